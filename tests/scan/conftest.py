"""Fixtures of the scan tests: a private profile cache and one fully built tree, scanned once."""

from __future__ import annotations

import os

import pytest

from tests.scan.trees import build_hf_cache, build_repository, license_text, sparse_weights, write


@pytest.fixture(scope="session", autouse=True)
def _private_profile_cache(tmp_path_factory):
    """Keep the persistent profile cache of these tests out of the user's cache directory."""
    path = tmp_path_factory.mktemp("cache") / "profiles.sqlite"
    before = os.environ.get("MODELTERMS_CACHE")
    os.environ["MODELTERMS_CACHE"] = str(path)  # for the CLI subprocesses too
    from analyzer import api

    if hasattr(api, "configure_cache"):
        api.configure_cache(path)
    yield
    if before is None:
        os.environ.pop("MODELTERMS_CACHE", None)
    else:
        os.environ["MODELTERMS_CACHE"] = before


@pytest.fixture(scope="session")
def scanned_tree(tmp_path_factory):
    """One tree with everything (scanned once): repository, HF cache, bad files, a disagreement."""
    from analyzer.scan.scanner import scan_directory

    root = tmp_path_factory.mktemp("tree")
    build_repository(root / "repo")
    snapshot = build_hf_cache(root / "hub")
    sparse_weights(snapshot / "model.safetensors")
    disagree = root / "repo" / "models" / "mislabeled"
    write(disagree / "LICENSE", license_text("apache-2.0"))
    write(disagree / "README.md", "---\nlicense: mit\n---\n# Mislabeled\n")
    (root / "repo" / "models" / "llama2" / "again").symlink_to("..")  # a directory loop
    (root / "repo" / "models" / "LICENSE-loop").symlink_to("LICENSE-loop")  # a file link loop
    (root / "repo" / "models" / "LICENSE-gone").symlink_to("nowhere")  # a dangling link
    os.mkfifo(root / "repo" / "models" / "llama3_2" / "LICENSE.pipe")
    write(root / "repo" / "models" / "llama3_2" / "LICENSE.bin.txt", "").write_bytes(b"\x00\x01" * 100)
    return root, scan_directory(root)

"""Every class of bad or odd input, in process: what the source and file layers make of it.

Unreadable files: the tests run as root, and root reads a chmod 000 file anyway, so an
unreadable file is simulated by making ``os.open`` raise EACCES for that one path (and an
unreadable directory by making ``os.scandir`` raise it); dangling symlinks and symlink loops
are real, and unreadable for everyone. test_cli_bad_inputs.py also runs the CLI as the
unprivileged user ``nobody`` against a real chmod 000 file where the machine allows it.
"""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import struct
import sys
import threading
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from analyzer import api, export, files, sources
from analyzer.catalog import catalog_dir
from analyzer.model import Document, InputError
from analyzer.taxonomy import TERM_IDS
from analyzer.textio import decode, license_text

GOOD = b"You may use the Model for any purpose. You may not use the Model for military purposes.\n"


def problem_of(source: str) -> str:
    """The reason ``resolve`` gives for a source that should fail (exactly one item)."""
    [item] = list(sources.resolve(source))
    assert isinstance(item, InputError), item
    assert item.problem.source
    assert "\n" not in item.problem.reason
    return item.problem.reason


def safetensors_header() -> bytes:
    header = json.dumps({"__metadata__": {"format": "pt"}, "w": {"dtype": "F32", "shape": [2]}}).encode()
    return struct.pack("<Q", len(header)) + header


def zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("LICENSE", "You may use it.")
    return buf.getvalue()


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b"", "empty file", id="empty"),
        pytest.param(b" \n\t\r\n  \n", "whitespace only", id="whitespace"),
        pytest.param(PNG, "PNG image", id="png"),
        pytest.param(safetensors_header(), "safetensors", id="safetensors-header"),
        pytest.param(zip_bytes(), "ZIP archive", id="zip"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF", id="pdf"),
        pytest.param(bytes(range(256)) * 8, "binary", id="all-bytes"),
        pytest.param(b"\x00" * 64 + GOOD, "NUL bytes", id="leading-nuls"),
        pytest.param(GOOD.replace(b" ", b"\x00"), "NUL bytes", id="many-nuls"),
        pytest.param("Лицензия на использование модели".encode("cp1251"), "convert it to UTF-8", id="cp1251"),
        pytest.param(
            "本契約はモデルの使用を許諾する".encode("shift_jis"), "convert it to UTF-8", id="shift-jis"
        ),
        pytest.param(b"\xff\xfeY\x00o\x00\x00\xd8", "invalid UTF-16", id="bad-utf16"),
    ],
)
def test_unreadable_content_is_one_line_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "LICENSE.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as exc:
        files.read_file_document(path)
    assert exc.value.problem.source == str(path)
    assert reason in exc.value.problem.reason and "\n" not in exc.value.problem.reason


@pytest.mark.parametrize(
    ("content", "expected", "encoding"),
    [
        pytest.param(
            "Lizenz für alle © 2024".encode("latin-1"), "Lizenz für alle © 2024", "windows-1252 (fallback)"
        ),
        pytest.param(
            "“Model” – you may use it".encode("cp1252"), "“Model” – you may use it", "windows-1252 (fallback)"
        ),
        # UTF-8 with one stray Latin-1 byte keeps its UTF-8 characters.
        pytest.param("Café — ".encode() + b"\xa9 Acme", "Café — © Acme", "windows-1252 (fallback)"),
        pytest.param("\ufeffYou may use it.".encode(), "You may use it.", "utf-8"),
        pytest.param("You may ‘use’ it.".encode("utf-16"), "You may ‘use’ it.", "utf-16"),
        pytest.param("\ufeffYou may use it.".encode("utf-16-be"), "You may use it.", "utf-16"),
        pytest.param("You may use it.".encode("utf-16-le"), "You may use it.", "utf-16-le"),
        pytest.param("You may use it.".encode("utf-32"), "You may use it.", "utf-32"),
        pytest.param(b"one\r\ntwo\rthree\nfour\r\n", "one\ntwo\nthree\nfour\n", "utf-8"),
        pytest.param(b"You may use it.\x00\x00\x00\x00", "You may use it.", "utf-8"),
        pytest.param(GOOD * 2 + b"\x00" + GOOD, GOOD.decode() * 3, "utf-8"),  # a stray NUL (< 1%)
    ],
)
def test_odd_encodings_are_read_as_the_text_they_hold(content, expected, encoding):
    text, used = decode(content, "LICENSE")
    assert expected in text and used == encoding
    assert "\r" not in text and "\x00" not in text


def test_mixed_line_endings_give_the_profile_of_the_unix_file(tmp_path):
    lines = [
        "ACME MODEL LICENSE",
        "",
        "1. Grant. You may use, modify and distribute the Model.",
        "2. Restrictions. You may not use the Model for commercial purposes.",
        "3. This Agreement is governed by the laws of the State of California.",
    ]
    unix, mixed = tmp_path / "unix.txt", tmp_path / "mixed.txt"
    unix.write_bytes("\n".join(lines).encode())
    mixed.write_bytes(
        b"\r\n".join(x.encode() for x in lines[:3]) + b"\r" + b"\n".join(x.encode() for x in lines[3:])
    )
    a, b = (api.analyze(files.read_file_document(p)) for p in (unix, mixed))
    assert a.text == b.text and a.terms == b.terms
    assert a.terms["commercial_use"].status == "prohibited"


HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Acme Terms</title><meta charset="utf-8"><style>p { color: red }</style>
<script>var x = "You may not use the Model for any purpose";</script></head>
<body><nav><a href="/">Home</a> | <a href="/login">Sign in</a></nav>
<main><h1>Acme Model License</h1>
<h2>1. Grant</h2><p>You may use, modify and <b>distribute</b> the Model &amp; its outputs.</p>
<h2>2. Restrictions</h2>
<p>You may <em>not</em> use the Model for commercial purposes.
You must comply with the <a href="https://acme.ai/aup">Acceptable Use Policy</a>.</p>
<ol><li>no military use;</li><li>no surveillance.</li></ol>
<p>This Agreement is governed by the laws of the State of California.</p></main>
<footer>Content licensed under CC-BY 4.0. Code under Apache 2.0.</footer>
</body></html>"""

MARKDOWN_PAGE = """---
license: other
license_name: acme
---
# Acme Model License

## 1. Grant

You may use, modify and **distribute** the Model and its _outputs_.

## 2. Restrictions

> You may *not* use the Model for `commercial` purposes.

You must comply with the [Acceptable Use Policy](https://acme.ai/aup).

| Use | Allowed |
|-----|---------|
| research | yes |

This Agreement is governed by the laws of the State of California.
"""


@pytest.mark.parametrize(
    ("name", "page", "markup"),
    [
        ("terms.html", HTML_PAGE, "html"),
        ("LICENSE.md", MARKDOWN_PAGE, "markdown"),
        ("LICENSE", HTML_PAGE, "html"),
    ],
)
def test_markup_is_stripped_and_evidence_indexes_what_the_user_sees(tmp_path, name, page, markup):
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    doc = files.read_file_document(path)
    assert doc.meta["markup"] == markup
    for syntax in ("<p>", "<b>", "&amp;", "**", "](", "`", "|-", "> You", "Sign in", "color: red", "var x"):
        assert syntax not in doc.text, syntax
    assert "Acceptable Use Policy (https://acme.ai/aup)" in doc.text
    profile = api.analyze(doc)
    assert profile.text == doc.text
    assert profile.terms["commercial_use"].status == "prohibited"
    assert profile.terms["governing_law"].params == {"jurisdiction": "California"}
    assert profile.terms["aup_compliance"].params.get("url") == "https://acme.ai/aup"
    spans = [e for t in TERM_IDS for e in profile.terms[t].evidence]
    assert spans
    for e in spans:
        assert e.text == profile.text[e.start : e.end]
        assert "<" not in e.text and "**" not in e.text and "#" not in e.text


def test_a_license_without_sentence_punctuation(tmp_path):
    words = (
        "you may use the model for research purposes you may not use the model for commercial purposes "
        "the licensor provides the model as is without warranty of any kind "
    )
    path = tmp_path / "LICENSE"
    path.write_text(words * 400, encoding="utf-8")
    profile = api.analyze(files.read_file_document(path))
    assert set(profile.terms) == set(TERM_IDS)
    for t in TERM_IDS:
        for e in profile.terms[t].evidence:
            assert e.text == profile.text[e.start : e.end]


def test_a_100_mb_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:  # sparse: 100 MB on paper, nothing on disk
        f.truncate(100 * 1024 * 1024)
    tracemalloc.start()
    try:
        reason = problem_of(str(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert reason.startswith("too large (104857600 bytes; limit 5242880 bytes")
    assert "MODELTERMS_MAX_BYTES" in reason
    assert peak < 5 * 1024 * 1024


def test_the_size_limit_is_configurable(tmp_path, monkeypatch):
    path = tmp_path / "LICENSE"
    path.write_bytes(GOOD * 100)  # 8.9 KB
    for raw, limit in [
        ("20M", 20 * 1024**2),
        ("1k", 1024),
        ("8KB", 8192),
        ("300", 300),
        ("junk", 5 * 1024**2),
    ]:
        monkeypatch.setenv("MODELTERMS_MAX_BYTES", raw)
        assert files.max_bytes() == limit
    monkeypatch.setenv("MODELTERMS_MAX_BYTES", "1k")
    assert "limit 1024 bytes" in problem_of(str(path))
    monkeypatch.setenv("MODELTERMS_MAX_BYTES", "lots")
    path.write_bytes(GOOD * 70000)  # 6 MB
    assert "MODELTERMS_MAX_BYTES='lots' is not a size" in problem_of(str(path))


def test_a_file_that_grows_past_the_limit_is_read_no_further(tmp_path, monkeypatch):
    path = tmp_path / "LICENSE"
    path.write_bytes(GOOD)
    monkeypatch.setenv("MODELTERMS_MAX_BYTES", "100")
    real_stat = os.stat
    monkeypatch.setattr(
        os, "stat", lambda p, *a, **k: os.stat_result((*real_stat(p)[:6], 10, *real_stat(p)[7:]))
    )
    path.write_bytes(GOOD * 1000)
    assert problem_of(str(path)).startswith("too large (more than that; limit 100 bytes")


def test_standard_input_is_read_only_up_to_the_limit(monkeypatch):
    monkeypatch.setenv("MODELTERMS_MAX_BYTES", "1000")
    stream = io.BytesIO(GOOD * 1000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stream))
    assert "too large" in problem_of("-")
    assert stream.tell() <= 1001 + io.DEFAULT_BUFFER_SIZE
    monkeypatch.setattr(sys, "stdin", None)
    assert problem_of("-") == "no standard input to read"


def _missing(path: Path) -> str:
    return str(path)


def _dangling(path: Path) -> str:
    os.symlink(path.parent / "gone", path)
    return str(path)


def _loop(path: Path) -> str:
    os.symlink(path, path)
    return str(path)


def _fifo(path: Path) -> str:
    os.mkfifo(path)
    return str(path)


def _under_a_file(path: Path) -> str:
    path.write_bytes(GOOD)
    return str(path / "LICENSE")


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        pytest.param(_missing, "no such file", id="missing"),
        pytest.param(_dangling, "dangling symlink", id="dangling-symlink"),
        pytest.param(_loop, "symlink loop", id="symlink-loop"),
        pytest.param(_fifo, "FIFO", id="fifo"),
        pytest.param(_under_a_file, "not a directory", id="file-as-directory"),
    ],
)
def test_paths_that_are_not_readable_files(tmp_path, make, reason):
    source = make(tmp_path / "LICENSE")
    result: list = []
    worker = threading.Thread(target=lambda: result.append(problem_of(source)), daemon=True)
    worker.start()
    worker.join(10)  # a FIFO opened for reading would block here forever
    assert result, "resolving the source blocked"
    assert reason in result[0]


def deny(monkeypatch, func_name: str, denied: Path) -> None:
    """Make os.<func_name> raise EACCES for one path (root reads a chmod 000 file anyway)."""
    real = getattr(os, func_name)

    def guarded(path, *args, **kwargs):
        if os.fspath(path) == os.fspath(denied):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, func_name, guarded)


def test_a_directory_with_unreadable_and_special_files_still_reports_the_good_one(tmp_path, monkeypatch):
    root = tmp_path / "model"
    (root / "sub").mkdir(parents=True)
    (root / "locked").mkdir()
    (root / "locked" / "LICENSE").write_bytes(GOOD)
    (root / "LICENSE").write_bytes(GOOD)
    (root / "LICENSE.secret").write_bytes(GOOD)
    os.symlink(root / "LICENSE-loop", root / "LICENSE-loop")
    os.symlink(tmp_path / "gone", root / "COPYING")
    os.mkfifo(root / "sub" / "LICENSE.pipe")
    (root / "sub" / "LICENSE.png").write_bytes(PNG)
    os.symlink("..", root / "sub" / "up")  # a directory loop: reported, never followed
    deny(monkeypatch, "open", root / "LICENSE.secret")
    deny(monkeypatch, "scandir", root / "locked")
    items = list(sources.resolve(str(root)))
    docs = [i for i in items if isinstance(i, Document)]
    problems = {i.problem.source: i.problem.reason for i in items if isinstance(i, InputError)}
    assert [d.id for d in docs] == ["LICENSE"]
    assert problems.pop(str(root / "sub" / "LICENSE.pipe")).startswith("a FIFO (named pipe)")
    assert problems == {
        str(root / "locked"): "cannot list directory (permission denied)",
        str(root / "sub" / "up"): "symlink loop (links to an enclosing directory)",
        str(root / "COPYING"): "dangling symlink (its target does not exist)",
        str(root / "LICENSE-loop"): "symlink loop (too many levels of symbolic links)",
        str(root / "LICENSE.secret"): "permission denied",
        str(root / "sub" / "LICENSE.png"): "binary file (PNG image), not a license text",
    }


def test_a_batch_reports_every_good_input_and_lists_the_bad_ones(tmp_path):
    good = tmp_path / "LICENSE.txt"
    good.write_bytes(GOOD)
    empty = tmp_path / "EMPTY.txt"
    empty.write_bytes(b"")
    result = api.analyze_sources(
        ["mit", str(empty), str(good), "no-such-license-key", str(tmp_path / "x.md")]
    )
    assert [p.id for p in result.profiles] == ["mit", "LICENSE.txt"]
    assert [(p.source, p.reason.split(" (")[0]) for p in result.problems] == [
        (str(empty), "empty file"),
        ("no-such-license-key", "not a file, catalog id or LicenseDB key"),
        (str(tmp_path / "x.md"), "no such file"),
    ]
    items = json.loads(export.profiles_json(result.profiles, result.problems))
    assert [i["source"] for i in items if "error" in i] == [p.source for p in result.problems]
    frame = export.long_frame(result.profiles, result.problems)
    assert len(frame) == 2 * len(TERM_IDS) + 3
    assert list(frame[frame.status == "error"].source) == [p.source for p in result.problems]


@pytest.mark.parametrize(
    ("source", "suggestion"),
    [
        ("llama-2-licence-2023", "llama-2-license-2023"),
        ("apache-2", "apache-2.0"),
        ("llama-22", "llama-2"),  # a catalog release id
        ("gemma-7", "gemma"),
    ],
)
def test_unknown_names_get_a_did_you_mean(source, suggestion):
    reason = problem_of(source)
    assert reason.startswith("not a file, catalog id or LicenseDB key (did you mean ")
    assert suggestion in reason.split("did you mean ", 1)[1].rstrip("?)").split(", ")


@pytest.mark.parametrize(
    ("source", "key"), [("MIT", "mit"), ("Apache-2.0", "apache-2.0"), ("LLAMA-2", "llama-2")]
)
def test_names_are_found_whatever_their_case(source, key):
    [doc] = list(sources.resolve(source))
    assert isinstance(doc, Document) and doc.id == key


def broken_catalog(
    tmp_path: Path, monkeypatch, replace: tuple[str, str] | None = None, raw: bytes | None = None
):
    directory = tmp_path / "catalog"
    shutil.copytree(catalog_dir(), directory)
    path = directory / "llama-2.yaml"
    if raw is not None:
        path.write_bytes(raw)
    else:
        text = path.read_text(encoding="utf-8")
        assert replace[0] in text
        path.write_text(text.replace(*replace), encoding="utf-8")
    monkeypatch.setenv("MODELTERMS_CATALOG", str(directory))
    return path


@pytest.mark.parametrize(
    ("replace", "raw", "field"),
    [
        (('release_date: "2023-07-18"', 'release_date: "July 2023"'), None, "'release_date'"),
        (('release_date: "2023-07-18"', "release_date: 2023-07-18"), None, "'release_date'"),
        (("context_length: 4096", "context_length: lots"), None, "'context_length'"),
        (("organization: Meta\n", ""), None, "'organization'"),
        (("notes: null", "notes: null\nlicence: mit"), None, "'licence'"),
        (("id: llama-2", "id: llama-two"), None, "'id'"),
        (("license_variants: []", "license_variants: [7B]"), None, "'license_variants'"),
        (None, b"id: [llama-2\n", "invalid YAML"),
        (None, b"id: llama-2\nmodel: Llama \xff 2\n", "cannot read"),
        (None, b"- just\n- a list\n", "not a mapping"),
    ],
)
def test_a_malformed_catalog_file_is_named_with_its_field(tmp_path, monkeypatch, replace, raw, field):
    path = broken_catalog(tmp_path, monkeypatch, replace, raw)
    reason = problem_of("llama-2")
    assert str(path) in reason and field in reason
    # LicenseDB keys still work with a broken catalog.
    [doc] = list(sources.resolve("mit"))
    assert isinstance(doc, Document)


def test_a_text_longer_than_the_pipeline_takes_is_refused_with_a_message(tmp_path, monkeypatch):
    from analyzer.nlp.pipeline import shared_nlp

    assert shared_nlp().max_length >= files.MAX_CHARS
    monkeypatch.setattr(files, "MAX_CHARS", 50)
    path = tmp_path / "LICENSE"
    path.write_bytes(GOOD)
    assert problem_of(str(path)) == f"too long to analyze ({len(GOOD)} characters; the limit is 50)"


def test_an_html_page_in_its_declared_legacy_charset():
    page = '<html><head><meta charset="windows-1251"></head><body><p>Лицензия: вы можете использовать.</p>'
    text, meta = license_text(page.encode("cp1251"), "terms.html")
    assert text == "Лицензия: вы можете использовать." and meta == {"encoding": "cp1251", "markup": "html"}

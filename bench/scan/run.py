"""Time `modelterms scan` on a synthetic tree of ~100 model folders (identification included).

    python -m bench.scan.run [--models 100] [--keep DIR] [--cli]

The tree mixes repository folders (LICENSE + USE_POLICY.md + MODEL_CARD.md), Hugging Face
snapshots (README.md front matter, files linked into blobs/, a 2 GB sparse weight file each
tenth model), lightly edited license copies and texts that match nothing. It reports the
phases (LicenseDB load, index build, the scan itself), per-file identification cost and the
identification accuracy against the keys the tree was built from.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KEYS = [
    "llama-2-license-2023",
    "llama-3.1-license-2024",
    "llama-3.2-license-2024",
    "llama-3.3-license-2024",
    "apache-2.0",
    "mit",
    "gemma-tou-2024-04-01",
    "qwen-2024",
    "deepseek-la-1.0",
    "bigscience-open-rail-m",
    "cc-by-nc-4.0",
    "gpl-3.0",
]
HF_IDS = {"llama-2-license-2023": "llama2", "llama-3.1-license-2024": "llama3.1", "apache-2.0": "apache-2.0"}
UNRELATED = "This folder holds the conversion scripts and a few notes about the training run.\n" * 20
CARD = """---
license: {hf}
---
# Model {n}

Model {n} was released on March {day}, 2024. It comes in 7B and 70B parameter sizes and was
trained on 2.0T tokens with a context length of 4096.
"""
POLICY = "# Use Policy\n\nYou agree you will not use the model to conduct surveillance or military work.\n"


def _edit(text: str, rng: random.Random) -> str:
    """A light edit: a copyright line on top and a few words changed."""
    words = text.split(" ")
    for _ in range(3):
        words[rng.randrange(len(words))] = "modified"
    return "Copyright (c) 2024 Example Labs\n\n" + " ".join(words)


def build_tree(root: Path, models: int, seed: int = 7) -> dict[str, str]:
    """Write the tree; returns path of each license file -> the LicenseDB key it was made from."""
    from analyzer.licensedb import licensedb

    db, rng, expected = licensedb(), random.Random(seed), {}
    for n in range(models):
        key = KEYS[n % len(KEYS)]
        text = db[key].text
        if n % 7 == 3:
            text = _edit(text, rng)
        if n % 11 == 5:
            key, text = "unknown", UNRELATED
        hf = HF_IDS.get(key, "other")
        card = CARD.format(hf=hf, n=n, day=1 + n % 28)
        if n % 2:
            snap = root / "hub" / f"models--org{n}--model-{n}" / "snapshots" / "rev"
            blobs = snap.parent.parent / "blobs"
            blobs.mkdir(parents=True)
            snap.mkdir(parents=True)
            (blobs / "l").write_text(text, encoding="utf-8")
            (blobs / "c").write_text(card, encoding="utf-8")
            (snap / "LICENSE").symlink_to("../../blobs/l")
            (snap / "README.md").symlink_to("../../blobs/c")
            if n % 10 == 1:
                with open(snap / "model.safetensors", "wb") as f:
                    f.truncate(2 * 1024**3)
            expected[f"hub/models--org{n}--model-{n}/snapshots/rev"] = key
        else:
            folder = root / "repo" / "models" / f"model_{n}"
            folder.mkdir(parents=True)
            (folder / "LICENSE").write_text(text, encoding="utf-8")
            (folder / "MODEL_CARD.md").write_text(card, encoding="utf-8")
            (folder / "USE_POLICY.md").write_text(POLICY, encoding="utf-8")
            expected[f"repo/models/model_{n}"] = key
    return expected


def measure(root: Path, expected: dict[str, str]) -> dict:
    from analyzer.licensedb import licensedb

    licensedb.cache_clear()  # build_tree loaded it: time a cold load
    t0 = time.perf_counter()
    licensedb()
    t1 = time.perf_counter()
    from analyzer.scan.identify import default_index

    index = default_index()
    t2 = time.perf_counter()
    from analyzer.scan.scanner import scan_directory

    result = scan_directory(root)
    t3 = time.perf_counter()
    scan_directory(root)  # warm: index and profiles already built
    t4 = time.perf_counter()
    found = {r.path: r.license_id for r in result.rows}
    texts = [(root / r.license_file).read_text(encoding="utf-8") for r in result.rows if r.license_file]
    index._cache.clear()
    t5 = time.perf_counter()
    for text in texts:
        index.identify(text)
    t6 = time.perf_counter()
    return {
        "models": len(result.rows),
        "license_files": len(texts),
        "problems": len(result.problems),
        "correct": sum(found.get(p) == k for p, k in expected.items()),
        "expected": len(expected),
        "licensedb_load_s": round(t1 - t0, 2),
        "index_build_s": round(t2 - t1, 2),
        "scan_first_s": round(t3 - t2, 2),
        "scan_again_s": round(t4 - t3, 2),
        "identify_ms_per_file": round(1000 * (t6 - t5) / max(len(texts), 1), 1),
        "total_cold_s": round(t3 - t0, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="build the tree here and keep it")
    parser.add_argument("--cli", action="store_true", help="also time `python -m analyzer scan` end to end")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        expected = build_tree(root, args.models)
        figures = measure(root, expected)
        if args.cli:
            started = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, "-m", "analyzer", "scan", str(root), "--json", str(Path(tmp) / "s.json")],
                capture_output=True,
            )
            figures["cli_wall_s"] = round(time.perf_counter() - started, 2)
            figures["cli_exit"] = proc.returncode
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()

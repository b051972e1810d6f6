"""Trees the scan tests build themselves: a multi-model repository and a Hugging Face cache.

License texts are copied from the installed LicenseDB; cards and policies are written here.
"""

from __future__ import annotations

from pathlib import Path

POLICY = """# {name} Acceptable Use Policy

## Prohibited Uses

You agree you will not use, or allow others to use, {name} to:

1. Violate the law or others' rights, including to engage in terrorism or human trafficking.
2. Engage in or facilitate military, warfare or nuclear applications.
3. Conduct surveillance or tracking of individuals without their consent.
"""

CARDS = {
    "llama2": """---
license: llama2
language:
  - en
---
# Llama 2

**Model Developers** Meta

Llama 2 was released on July 18, 2023. It comes in 7B, 13B and 70B parameter sizes, was
trained on 2.0T tokens and has a context length of 4096.

**Model Dates** Llama 2 was trained between January 2023 and July 2023.

**Intended Use Cases** Llama 2 is intended for commercial and research use in English.
""",
    "llama3_1": """---
license: llama3.1
---
# Llama 3.1

Developed by: Meta

**Model Release Date:** July 23, 2024. The collection comes in 8B, 70B and 405B sizes.
Llama 3.1 was pretrained on ~15 trillion tokens of data and supports a context length of 128K.

Supported languages: English, German, French, Italian, Portuguese, Hindi, Spanish, and Thai.
""",
    "llama3_2": """---
license: llama3.2
---
# Llama 3.2

Llama 3.2 was released on September 25, 2024. The text models come in 1B and 3B sizes.
""",
}

LICENSES = {
    "llama2": "llama-2-license-2023",
    "llama3_1": "llama-3.1-license-2024",
    "llama3_2": "llama-3.2-license-2024",
}


def license_text(key: str) -> str:
    from analyzer.licensedb import licensedb

    return licensedb()[key].text


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def build_repository(root: Path) -> Path:
    """models/llama2, models/llama3_1, models/llama3_2: LICENSE, USE_POLICY.md, MODEL_CARD.md."""
    for folder, key in LICENSES.items():
        base = root / "models" / folder
        write(base / "LICENSE", license_text(key))
        write(base / "USE_POLICY.md", POLICY.format(name=CARDS[folder].split("# ", 1)[1].split("\n")[0]))
        write(base / "MODEL_CARD.md", CARDS[folder])
    write(root / "README.md", "# A repository of models\n\nNo front matter: not a model card.\n")
    return root


def build_hf_cache(root: Path, repo: str = "meta-llama/Llama-2-7b-hf", rev: str = "0123abcd") -> Path:
    """models--ORG--NAME/snapshots/REV/ whose files link into blobs/, as huggingface_hub lays it out."""
    org, name = repo.split("/")
    base = root / f"models--{org}--{name}"
    snapshot = base / "snapshots" / rev
    snapshot.mkdir(parents=True)
    write(base / "blobs" / "a1", f"---\nlicense: llama2\n---\n# {name}\n\nThe 7B pretrained model.\n")
    write(base / "blobs" / "b2", license_text("llama-2-license-2023"))
    (snapshot / "README.md").symlink_to("../../blobs/a1")
    (snapshot / "LICENSE.txt").symlink_to("../../blobs/b2")
    write(base / "refs" / "main", rev)
    return snapshot


def sparse_weights(path: Path, size: int = 2 * 1024**3) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        f.truncate(size)
    return path


def minimal_pdf(lines: list[str], leading: int = 14) -> bytes:
    """A one-page PDF whose text layer holds these lines (Helvetica, no compression); a wide
    `leading` (30) sets each line apart, as pdfminer then reads each line as a box of its own."""
    ops = f"BT /F1 11 Tf 50 750 Td {leading} TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(ops)} >>\nstream\n{ops}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def rows_by_model(repo: Path) -> dict:
    """The scan's rows of a written tree, by release name."""
    from analyzer.scan.scanner import scan_directory

    return {r.release.model: r for r in scan_directory(repo).rows}

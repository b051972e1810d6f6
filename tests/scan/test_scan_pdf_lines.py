"""A model license shipped as a PDF whose printed lines pdfminer reads as boxes of their own (a
blank line between every two lines): a sentence wrapped over two lines is one sentence again, so
"grants you a limited, non-exclusive and / non-commercial license" withholds commercial use."""

from __future__ import annotations

from tests.scan.trees import license_text, minimal_pdf, write

LINES = [
    "ACME MODEL LICENSE AGREEMENT",
    "1. Definitions",
    '"You" means an individual or Legal Entity exercising permissions granted by this License and',
    "making use of the Model for whichever purpose and in any field of use.",
    "2. License and License Restrictions",
    "Acme grants you a limited, global, non-exclusive, and non-commercial license that can",
    "be terminated at any time.",
    "You must provide a copy of this agreement to any third-party users of the Model.",
]


def test_wrapped_lines_of_a_spaced_pdf_are_one_paragraph(monkeypatch):
    import pdfminer.high_level

    from analyzer.scan.scanner import pdf_text

    spaced = "\n\n".join(LINES) + "\n\n\x0c"
    monkeypatch.setattr(pdfminer.high_level, "extract_text", lambda *a, **k: spaced)
    text = pdf_text(b"%PDF", "LICENSE.pdf")
    assert "non-commercial license that can\nbe terminated at any time." in text
    assert "this License and\nmaking use" in text
    # a line ending a sentence, or a next line opening in capitals, keeps its paragraph break
    assert "1. Definitions\n\n" in text and "at any time.\n\nYou must" in text


def test_a_spaced_pdf_model_license_that_is_non_commercial_is_not_granted(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    (repo / "MODEL_LICENSE.pdf").write_bytes(minimal_pdf(LINES, leading=30))
    write(repo / "README.md", "# Acme\n\n- [2024.01.02] Released **Acme-70B**.\n")
    (row,) = scan_directory(repo).rows
    assert row.license_file == "MODEL_LICENSE.pdf"
    assert row.status("commercial_use") == "prohibited"


def test_a_definition_of_you_grants_nothing():
    from analyzer import api
    from analyzer.model import Document

    text = (
        "ACME LICENSE\n\n1. Definitions\n\n"
        '"You" means an individual or Legal Entity exercising permissions granted by this License '
        "and making use of the Model for whichever purpose and in any field of use.\n"
    )
    profile = api.analyze(Document("t", "t", text, "file:t"))
    assert profile.terms["commercial_use"].status == "silent"

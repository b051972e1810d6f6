"""A README that asks commercial users to sign an agreement first ("please sign [this
agreement](...) ... to get authorized") makes a granting model license's commercial_use
conditional; trees and texts are written here."""

from __future__ import annotations

from analyzer.scan.readme_terms import commercial_condition
from tests.scan.trees import license_text, write

SIGN = (
    "If you wish to use our models for commercial purpose or public serving, please sign "
    "[this agreement](https://example.org/agreements/acme_agreement.pdf) and fill "
    "[the form](https://forms.example.org/acme) to get authorized. We only track the commercial use."
)


def test_a_please_sign_sentence_with_links_is_a_condition():
    found = commercial_condition([("README.md", "## License\n\n" + SIGN + "\n")])
    assert found is not None
    rel, ev = found
    assert rel == "README.md" and ev.text.startswith("If you wish") and ev.text.endswith("to get authorized.")


def test_please_without_a_step_is_no_condition():
    text = "Please cite our paper if you use the models for commercial or research purposes.\n"
    assert commercial_condition([("README.md", text)]) is None


def test_scan_makes_a_granting_model_license_conditional(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(repo / "MODEL_LICENSE", license_text("agpl-3.0"))
    write(
        repo / "README.md",
        "# Acme\n\n## License\n\nThe code in this repo is licensed by [Apache 2.0](LICENSE), the model "
        "weights are licensed by [GNU AGPL 3.0](MODEL_LICENSE). " + SIGN + "\n",
    )
    (row,) = scan_directory(repo).rows
    assert row.license_file == "MODEL_LICENSE" and row.license_id == "agpl-3.0"
    assert row.status("commercial_use") == "conditional"

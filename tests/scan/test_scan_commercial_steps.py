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


def test_a_readme_saying_commercial_use_is_allowed_grants_it_for_a_license_only_named(tmp_path):
    from analyzer.scan.readme_terms import commercial_grant
    from analyzer.scan.scanner import scan_directory

    assert (
        commercial_grant([("R.md", "Acme supports commercial use.")])[1].text
        == "Acme supports commercial use."
    )
    for text in (
        "Acme does not support commercial use.",
        "It is free for non-commercial use only.",
        "Cite us.",
    ):
        assert commercial_grant([("R.md", text)]) is None, text
    repo = tmp_path / "acme"
    write(
        repo / "README.md",
        "# Acme\n\n## Download\n\n- [Acme-7B](https://huggingface.co/acme/Acme-7B)\n"
        "- [Acme-14B](https://huggingface.co/acme/Acme-14B)\n\n## License\n\nThe weights of Acme models are "
        "licensed under the [Acme Model License](https://huggingface.co/acme/Acme-7B/blob/main/LICENSE), "
        "which allows commercial use.\n",
    )
    rows = {r.release.model: r for r in scan_directory(repo).rows}  # a README only: still a model
    assert set(rows) == {"Acme-7B", "Acme-14B"}
    for row in rows.values():
        assert row.license_basis == "readme" and row.declared.name == "Acme Model License"
        assert row.status("commercial_use") == "granted"
        assert row.terms["commercial_use"].evidence[0].evidence.text.endswith("which allows commercial use.")
    write(
        repo / "README.md",
        (repo / "README.md").read_text() + "\nCommercial use is allowed after registration.\n",
    )
    rows = scan_directory(repo).rows
    assert {r.status("commercial_use") for r in rows} == {"conditional"}


def test_our_checkpoints_for_research_only_make_commercial_use_prohibited_and_a_third_partys_do_not():
    from analyzer.scan.readme_terms import research_only

    own = "## Note\nThe code is Apache. **Our released checkpoints are also for research purposes only**"
    other = "## Note\nFace models from [a](https://ex.com) are for non-commercial research purposes only"
    assert research_only([("README.md", own)])[1].text.startswith("Our released checkpoints")
    assert research_only([("README.md", other)]) is None


def test_a_readme_whose_checkpoints_are_for_research_only_is_prohibited(tmp_path):
    from analyzer.scan.scanner import scan_directory
    from tests.scan.trees import license_text, write

    repo = tmp_path / "acme-id"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme-ID\n\n## Release\n- [2024/01/22] We release the [pre-trained checkpoints]"
        "(https://huggingface.co/AcmeX/Acme-ID)!\n- [2024/01/31] A faster pipeline is supported.\n\n"
        "## Disclaimer\nThe code is released under Apache License. However, face models from other are for "
        "non-commercial research purposes only according to their [license](https://github.com/o/r#license). "
        "**Our released checkpoints are also for research purposes only**.\n",
    )
    (row,) = scan_directory(repo).rows
    assert row.status("commercial_use") == "prohibited"
    assert row.declared is None  # "their [license](...)" names no license of the weights
    assert row.release.release_date == "2024-01-22"  # the line linking the hub model releases it

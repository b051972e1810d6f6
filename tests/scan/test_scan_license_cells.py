"""A model table whose cells are written small (<sup>...</sup>) and whose License column holds an
HTML link to a license or only a note ("Non-commercial"); the tree is written here."""

from __future__ import annotations

import json

from analyzer.scan.mentions import clean_name
from analyzer.scan.use_notes import cell_license, is_use_note
from tests.scan.trees import license_text, write

ROW = (
    '| <sup>{name}</sup> | <sup><a href="https://huggingface.co/acme/{name}">HF Link</a></sup> '
    "| <sup>{score}</sup> | {lic} |\n"
)
META = "https://ai.meta.com/resources/models-and-libraries/llama-downloads/"
LLAMA = f'<sup> <a href="{META}" target="_blank">Llama 2 License </a></sup>'


def test_a_superscript_cell_is_the_name_and_a_footnote_mark_is_not():
    assert clean_name("<sup>Acme-13B-V1.2</sup>") == "Acme-13B-V1.2"
    assert clean_name("<sup>**Acme-70B-V1.0**</sup>") == "Acme-70B-V1.0"
    assert clean_name("Acme-7B<sup>2</sup>") == "Acme-7B"


def test_license_cells():
    assert cell_license(LLAMA) == (
        "Llama 2 License",
        "https://ai.meta.com/resources/models-and-libraries/llama-downloads/",
    )
    assert cell_license("[Acme License](LICENSE-7B)") == ("Acme License", "LICENSE-7B")
    for note in (
        "<sup>Non-commercial</sup>",
        "<sup> Non-commercial</sup>",
        "*Research purposes only*",
        "Non-Commercial use only",
    ):
        assert is_use_note(note), note
    for name in (LLAMA, "Apache 2.0", "CC BY-NC 4.0", "Acme Non-Commercial License", ""):
        assert not is_use_note(name), name


def test_scan_reads_each_rows_license_cell(tmp_path):
    from analyzer.scan.output import row_to_dict
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme"
    table = "| <sup>Model</sup> | <sup>Checkpoint</sup> | <sup>Score</sup> | <sup>License</sup> |\n"
    table += "| --- | --- | --- | --- |\n"
    table += ROW.format(name="Acme-70B-V1.0", score="7.7", lic=LLAMA)
    table += ROW.format(name="Acme-13B-V1.1", score="6.7", lic="<sup>Non-commercial</sup>")
    table += ROW.format(name="Acme-7B-V1.0", score="6.1", lic="<sup> Non-commercial</sup>")
    write(repo / "README.md", "# Acme\n\n## Models\n\n" + table)
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    assert set(rows) == {"Acme-70B-V1.0", "Acme-13B-V1.1", "Acme-7B-V1.0"}
    big = rows["Acme-70B-V1.0"]
    assert big.license_id == "llama-2-license-2023" and big.status("commercial_use") == "conditional"
    for name in ("Acme-13B-V1.1", "Acme-7B-V1.0"):
        row = rows[name]
        assert row.declared is None and row.license_file is None and row.license_id == "unknown"
        assert row.status("commercial_use") == "prohibited"
        ev = row.terms["commercial_use"].evidence[0]
        assert ev.file == "README.md" and "Non-commercial" in ev.evidence.text
        assert json.dumps(row_to_dict(row))  # the row serialises


def test_a_download_items_parenthesis_is_its_license_or_its_note(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme25"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme2.5\n\n## Hugging Face Integration\n\n"
        "* [Acme2.5-7B-multi](https://huggingface.co/acme/acme25-7b-multi) (Apache-2.0)\n"
        "* [Acme2.5-7B-instruct](https://huggingface.co/acme/acme25-7b-instruct) (*Research purposes only*)\n"
        "* [Acme2.5-7B-mono](https://huggingface.co/acme/acme25-7b-mono) (see the card)\n",
    )
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    multi, instruct, mono = rows["Acme2.5-7B-multi"], rows["Acme2.5-7B-instruct"], rows["Acme2.5-7B-mono"]
    assert multi.license_id == "apache-2.0" and multi.status("commercial_use") == "granted"
    assert multi.declared.evidence.text == "Apache-2.0"
    assert instruct.license_file is None and instruct.declared is None
    assert instruct.status("commercial_use") == "prohibited"
    assert mono.release.license is None  # "(see the card)" names no license

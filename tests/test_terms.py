"""The plain-language definitions (analyzer/rules/terms.yaml) and `modelterms terms`."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
import yaml

from analyzer import taxonomy
from analyzer.schemas import TableError
from analyzer.taxonomy import TERM_IDS, TERMS, TERMS_FILE, load_definitions


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analyzer", *args], capture_output=True, timeout=60)


def test_every_term_has_a_short_plain_definition_and_label():
    for t in TERMS:
        assert t.definition == taxonomy.definition(t.id)
        assert t.label and t.definition.endswith(".")
        # one or two sentences, short enough for a tooltip
        assert 20 <= len(t.definition) <= 260, t.id
        assert t.id not in t.definition, f"{t.id}: a definition explains the id, it does not repeat it"


def test_definition_of_an_unknown_term_names_it():
    with pytest.raises(KeyError, match="no_such_term"):
        taxonomy.definition("no_such_term")


def _rows():
    return yaml.safe_load(TERMS_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda rows: rows.pop("modify"), r"^terms.yaml:1: missing terms \['modify'\]$"),
        (
            lambda rows: rows.update(fine_tune={**rows["modify"]}),
            r"^terms.yaml:\d+: fine_tune: unknown term$",
        ),
        (
            lambda rows: rows["modify"].update(category="condition"),
            r"^terms.yaml:\d+: modify.category: 'condition'",
        ),
        (
            lambda rows: rows["termination"].update(statuses=["applies"]),
            r"termination.statuses: \['applies'\]",
        ),
        (
            lambda rows: rows["attribution"].update(definition=" "),
            r"attribution.definition: must not be blank",
        ),
        (
            lambda rows: rows["attribution"].update(note="x"),
            r"^terms.yaml:\d+: attribution.note: unknown key$",
        ),
    ],
)
def test_a_terms_file_that_disagrees_with_the_taxonomy_is_refused(tmp_path, change, message):
    rows = _rows()
    change(rows)
    path = tmp_path / "terms.yaml"
    path.write_text(yaml.safe_dump(rows), encoding="utf-8")
    with pytest.raises(TableError, match=message):
        load_definitions(path)


def test_the_bundled_terms_file_loads_in_taxonomy_order():
    assert list(load_definitions()) == list(TERM_IDS)


def test_terms_command_json_and_csv():
    proc = run("terms", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    records = json.loads(proc.stdout)
    assert [r["id"] for r in records] == list(TERM_IDS)
    by_id = {r["id"]: r for r in records}
    assert by_id["user_threshold"]["category"] == "condition"
    assert by_id["user_threshold"]["statuses"] == ["required", "conditional", "silent"]
    assert by_id["user_threshold"]["definition"] == taxonomy.definition("user_threshold")

    proc = run("terms", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert list(rows[0]) == ["id", "category", "statuses", "label", "definition"]
    assert len(rows) == 29
    assert rows[0]["statuses"] == "granted|conditional|prohibited|silent"


def test_terms_command_table_shows_each_definition():
    proc = run("terms")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    for t in TERMS:
        assert t.id in out and t.definition[:40] in out

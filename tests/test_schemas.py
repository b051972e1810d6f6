"""Every data table is validated by analyzer.schemas on load: one broken entry of each table,
written to a temporary file and given to the table's loader, is refused with one line that
names the file, the line of the entry and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.facets import FACETS_FILE, load_facets
from analyzer.scan.declared import HF_LICENSES, load_table
from analyzer.scan.discover import FILES_TABLE, load_file_rules
from analyzer.scan.facts import PATTERNS_PATH, load_patterns
from analyzer.scan.roles import ROLES_PATH, load_roles
from analyzer.schemas import TableError
from analyzer.taxonomy import TERMS_FILE, load_definitions

ROLE = '{role: code, pattern: "LICEN[CS]E[-_. ]CODE*", example: "LICENSE-CODE"}'
CASES = [
    # (bundled table, its loader, text replaced, replacement, line offset, field: message)
    (
        FILES_TABLE,
        load_file_rules,
        "skip_dirs:",
        "skip_folders: [x]\nskip_dirs:",
        0,
        "skip_folders: unknown key",
    ),
    (
        ROLES_PATH,
        lambda p: load_roles(str(p)),
        ROLE,
        ROLE[:-1] + ", colour: red}",
        0,
        "names.0.colour: unknown key",
    ),
    (
        HF_LICENSES,
        lambda p: load_table(None, p),
        "  mit: mit\n",
        "  mit: [mit, 7]\n",
        0,
        "identifiers.mit: expected a LicenseDB key, a list of keys or null",
    ),
    (
        PATTERNS_PATH,
        lambda p: load_patterns(str(p)),
        "    label: DATE_RANGE\n",
        "    label: DATE_RANGE\n    colour: red\n",
        1,
        "values.0.colour: unknown key",
    ),
    (
        FACETS_FILE,
        load_facets,
        "    needs: [commercial_use]\n",
        "    needs: [commercial_use, fly]\n",
        0,
        "facets.commercial.needs: unknown term 'fly'",
    ),
    (
        TERMS_FILE,
        load_definitions,
        "  label: Research use\n",
        "  label: Research use\n  colour: red\n",
        1,
        "research_use.colour: unknown key",
    ),
]


@pytest.mark.parametrize(
    ("table", "load", "old", "new", "offset", "message"), CASES, ids=[c[0].name for c in CASES]
)
def test_a_broken_entry_is_refused_with_file_line_and_field(tmp_path, table, load, old, new, offset, message):
    text = Path(table).read_text(encoding="utf-8")
    assert text.count(old) == 1
    line = text[: text.index(old)].count("\n") + 1 + offset
    path = tmp_path / table.name
    path.write_text(text.replace(old, new), encoding="utf-8")
    load(table)  # the bundled table loads
    with pytest.raises(TableError) as caught:
        load(path)
    assert str(caught.value) == f"{table.name}:{line}: {message}"


@pytest.mark.parametrize("table", [c[0] for c in CASES], ids=[c[0].name for c in CASES])
def test_a_table_that_is_not_yaml_names_the_line(tmp_path, table):
    path = tmp_path / table.name
    path.write_text("a: 1\nb: [unclosed\nc: 2\n", encoding="utf-8")
    load = next(c[1] for c in CASES if c[0] == table)
    with pytest.raises(TableError, match=rf"^{table.name}:\d+: not valid YAML \(") as caught:
        load(path)
    assert "\n" not in str(caught.value)


def test_a_veto_list_may_hold_a_shared_list(tmp_path):
    """`unless: ["x", *shared]`: the entries of the anchored list count as written in place, so one
    rule can have a veto more than another without a copy of the rest; a bad entry inside it is
    still refused with its file and line."""
    from analyzer.rules import RuleRow
    from analyzer.schemas.base import load_yaml_table

    table = tmp_path / "rules.yaml"
    table.write_text(
        "- id: a\n  terms: {commercial_use: granted}\n  phrases: [use]\n"
        '  unless: ["x", &shared ["y z", "w"]]\n  examples: ["You may use it."]\n'
        "- id: b\n  terms: {commercial_use: granted}\n  phrases: [sell]\n"
        '  unless: *shared\n  examples: ["You may sell it."]\n'
    )
    (_, a), (_, b) = load_yaml_table(table, RuleRow)
    assert a.unless == ["x", "y z", "w"]
    assert b.unless == ["y z", "w"]
    table.write_text(
        "- id: a\n  terms: {commercial_use: granted}\n  phrases: [use]\n"
        '  unless: ["x", ["  "]]\n  examples: ["You may use it."]\n'
    )
    with pytest.raises(TableError, match=r"rules.yaml:1.*unless"):
        load_yaml_table(table, RuleRow)

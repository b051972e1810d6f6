"""hf_licenses.yaml: Hub identifiers and license names -> LicenseDB keys, validated on load."""

from __future__ import annotations

import pytest
import yaml

from analyzer.licensedb import licensedb
from analyzer.scan.declared import HF_LICENSES, fold_name, load_table
from analyzer.schemas import TableError


def test_every_key_in_the_table_is_in_the_installed_licensedb():
    table = load_table(licensedb().keys())  # raises on an unknown key
    assert table.identifiers["llama2"] == ("llama-2-license-2023",)


@pytest.mark.parametrize(
    ("identifier", "name", "keys"),
    [
        ("llama2", None, ("llama-2-license-2023",)),
        ("llama3.1", None, ("llama-3.1-license-2024",)),
        ("Apache-2.0", None, ("apache-2.0",)),
        ("gemma", None, ("gemma-tou-2024-04-01", "gemma-tou-2025-03-24")),
        ("openrail", None, ()),
        ("other", "qwen", ("qwen-2024",)),
        ("other", "Qwen License Agreement", ("qwen-2024",)),
        ("other", "something-else", ()),
        ("Llama 3.1 Community License", None, ("llama-3.1-license-2024",)),
    ],
)
def test_keys_for_identifiers_and_names(identifier, name, keys):
    assert load_table().keys_for(identifier, name) == keys


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("identifiers: {}\n", r"^hf_licenses.yaml:1: names: missing$"),
        ("identifiers: {}\nnames: {}\nextra: {}\n", r"^hf_licenses.yaml:3: extra: unknown key$"),
        (
            "identifiers:\n  apache-2.0: apache-2.0\n  mit: 3\nnames: {}\n",
            r"^hf_licenses.yaml:3: identifiers.mit: expected a LicenseDB key, a list of keys or null$",
        ),
        (
            "identifiers:\n  mit: no-such-key\nnames: {}\n",
            r"^hf_licenses.yaml:2: identifiers.mit: unknown LicenseDB key 'no-such-key'$",
        ),
        (
            "identifiers: {}\nnames:\n  Apache 2.0: mit\n  apache-2.0: mit\n",
            r"^hf_licenses.yaml:4: names.apache-2.0: dup",
        ),
        ("identifiers:\n  '  ': mit\nnames: {}\n", r"^hf_licenses.yaml:2: identifiers.  : must not be blank"),
    ],
)
def test_bad_tables_are_refused_with_the_entry_named(tmp_path, text, message):
    path = tmp_path / "hf_licenses.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TableError, match=message):
        load_table({"mit", "apache-2.0"}, path)


def test_the_shipped_file_has_exactly_the_two_sections():
    data = yaml.safe_load(HF_LICENSES.read_text(encoding="utf-8"))
    assert set(data) == {"identifiers", "names"}


def test_fold_name():
    assert fold_name("Llama 3.1 Community License") == fold_name("llama-3.1-community-license")

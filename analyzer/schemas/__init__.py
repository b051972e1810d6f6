"""Schemas of every data table (pydantic, unknown keys forbidden) and the loaders whose errors
name the file, the line of the offending entry and its field.

Tables: the term rules, settings, cues and definitions (rules.py: rules/<lang>/, rules/terms.yaml),
the release catalog (catalog.py: licenses/), the use facets (facets.py: rules/use_facets.yaml),
and the scanner's tables (scan.py: rules/hf_licenses.yaml, scan/card_patterns.yaml,
scan/roles.yaml, scan/files.yaml). A schema checks the shape; what needs another table (a
rule's phrases, a LicenseDB key) is checked by the module that loads it, through
YamlTable.error, so that every message still starts with `file:line`.
"""

from analyzer.schemas.base import (
    NonEmpty,
    Strict,
    TableError,
    YamlTable,
    load_jsonl_table,
    load_yaml_mapping,
    load_yaml_table,
    validate,
    yaml_rows,
)
from analyzer.schemas.catalog import LicenseVariantRow, ReleaseRow
from analyzer.schemas.facets import UseFacetsTable
from analyzer.schemas.rules import (
    MODALITIES,
    PARAM_EXTRACTORS,
    CueRow,
    RuleRow,
    SettingsTable,
    TermDefinitionRow,
    TermDefinitions,
)
from analyzer.schemas.scan import CardPatternsTable, FileNames, HubLicenses, RolesTable

__all__ = [
    "MODALITIES",
    "PARAM_EXTRACTORS",
    "CardPatternsTable",
    "CueRow",
    "FileNames",
    "HubLicenses",
    "LicenseVariantRow",
    "NonEmpty",
    "ReleaseRow",
    "RolesTable",
    "RuleRow",
    "SettingsTable",
    "Strict",
    "TableError",
    "TermDefinitionRow",
    "TermDefinitions",
    "UseFacetsTable",
    "YamlTable",
    "load_jsonl_table",
    "load_yaml_mapping",
    "load_yaml_table",
    "validate",
    "yaml_rows",
]

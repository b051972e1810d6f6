"""Re-exports for call sites not yet moved: new code imports from analyzer.licensedb (the
ScanCode LicenseDB), analyzer.files (reading files and standard input) and analyzer.sources
(what a CLI SOURCE names). The dashboard and the engine's api/scale modules still use this name.
"""

from __future__ import annotations

from analyzer.files import (
    DEFAULT_MAX_BYTES,
    LICENSE_FILE_PATTERNS,
    MAX_CHARS,
    find_license_files,
    max_bytes,
    read_bytes,
    read_file_document,
    read_stdin_document,
)
from analyzer.licensedb import LicenseEntry, licensedb, licensedb_document
from analyzer.sources import resolve
from analyzer.textio import decode_text, license_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "LICENSE_FILE_PATTERNS",
    "MAX_CHARS",
    "LicenseEntry",
    "decode_text",
    "find_license_files",
    "license_text",
    "licensedb",
    "licensedb_document",
    "max_bytes",
    "read_bytes",
    "read_file_document",
    "read_stdin_document",
    "resolve",
]

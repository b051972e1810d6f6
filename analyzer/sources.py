"""What a SOURCE of the CLI names: standard input, a file, a directory of license files, a
catalog release or a LicenseDB license (by key, SPDX id or any case). Bad input never raises
past ``resolve``: each problem comes back as an InputError naming the input and the reason.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from analyzer import catalog
from analyzer.files import (
    FILE_SUFFIXES,
    find_license_files,
    read_file_document,
    read_stdin_document,
    shown,
    stat_input,
)
from analyzer.licensedb import did_you_mean, known_names, licensedb, licensedb_document
from analyzer.model import Document, InputError


def resolve(source: str) -> Iterator[Document | InputError]:
    """Documents named by one SOURCE of the CLI; problems are yielded, not raised."""
    try:
        if source == "-":
            yield read_stdin_document()
            return
        if not source.strip() or "\x00" in source:
            yield InputError(repr(source), "not a file, catalog id or LicenseDB key")
            return
        path = Path(source)
        info = stat_input(path, shown(source)) if os.path.lexists(source) else None
        if info is not None and stat.S_ISDIR(info.st_mode):
            yield from _directory_documents(path, shown(source))
            return
        if info is not None or os.sep in source or "/" in source or path.suffix.lower() in FILE_SUFFIXES:
            yield read_file_document(path, source)
            return
        yield _named_document(source)
    except InputError as exc:
        yield exc


def _directory_documents(path: Path, label: str) -> Iterator[Document | InputError]:
    errors: list[InputError] = []
    files = find_license_files(path, errors)
    yield from errors
    if not files and not errors:
        yield InputError(label, "no license files found in directory (LICENSE*, LICENCE*, COPYING*)")
    for file in files:
        try:
            doc = read_file_document(file)
        except InputError as exc:
            yield exc
            continue
        if len(files) > 1:
            doc = Document(shown(str(file.relative_to(path))), doc.name, doc.text, doc.source, doc.meta)
        yield doc


def _named_document(source: str) -> Document:
    """A catalog release or a LicenseDB license by id (case-insensitive; SPDX ids too)."""
    catalog_problem = None
    try:
        releases = catalog.load_catalog()
    except InputError as exc:  # a broken catalog must not block LicenseDB keys
        releases, catalog_problem = {}, exc.problem
    if source in releases:
        return catalog.release_document(releases[source])
    try:
        db = licensedb()
    except Exception as exc:  # the third-party loader: report it, as one line
        first = str(exc).splitlines()[0] if str(exc) else ""
        raise InputError(
            source, f"the ScanCode LicenseDB could not be loaded ({type(exc).__name__}: {first})"
        ) from None
    if source in db:
        return licensedb_document(source)
    names = known_names(tuple(releases), db)
    match = names.get(source.lower())
    if match:
        return catalog.release_document(releases[match]) if match in releases else licensedb_document(match)
    if catalog_problem is not None:
        raise InputError(source, f"not a file or LicenseDB key, and the catalog is broken: {catalog_problem}")
    raise InputError(source, "not a file, catalog id or LicenseDB key" + did_you_mean(source, names))

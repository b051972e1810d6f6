"""Schema of a release of the bundled catalog (licenses/<id>.yaml)."""

from __future__ import annotations

from pydantic import Field

from analyzer.schemas.base import Strict


class LicenseVariantRow(Strict):
    """A size-dependent license of a release (licenses/*.yaml, `license_variants`)."""

    parameters: list[str] | None = None
    license: str = Field(min_length=1)
    note: str | None = None


class ReleaseRow(Strict):
    """One release of the bundled catalog (licenses/<id>.yaml)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.\-]*$")
    model: str = Field(min_length=1)
    family: str = Field(min_length=1)
    version: str | None = None
    organization: str = Field(min_length=1)
    release_date: str = Field(pattern=r"^\d{4}-\d{2}(-\d{2})?$")
    parameters: list[str] | None = None
    context_length: int | None = None
    training_tokens: str | None = None
    license: str = Field(min_length=1)
    license_variants: list[LicenseVariantRow] | None = None
    source_url: str = Field(min_length=1)
    notes: str | None = None

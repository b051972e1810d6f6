"""A license stated in one version's news block is that version's; the tree is written here."""

from __future__ import annotations

from analyzer.scan.scoped import heading_version, of_another_version
from tests.scan.trees import write

README = """# Acme-Video

## News

### May 14th, 2025: New distilled model 13B v0.9.7:
- Release a new 13B distilled model [acme-video-13b-0.9.7-distilled](https://huggingface.co/acme/Acme-Video)

### March 5th, 2025: New checkpoint v0.9.5
- New license for commercial use ([OpenRail-M](https://huggingface.co/acme/Acme-Video/acme-0.9.5.license.txt))
- Release a new checkpoint v0.9.5 with improved quality

### December 20th, 2024: New checkpoint v0.9.1
- Release a new checkpoint v0.9.1 with improved quality

## Models

| Name | Notes |
|---|---|
| acme-video-13b-v0.9.7-distilled | fast |
| acme-video-2b-v0.9.5 | first commercial |
| acme-video-2b-v0.9.1 | older |
"""


def test_the_heading_over_a_statement_names_its_version():
    at = README.index("New license")
    assert heading_version(README, at) == "0.9.5"
    assert heading_version(README, README.index("| Name")) is None  # no version in "Models"
    assert heading_version("# Acme 2025 release\n\ntext", 20) is None  # a year is no version
    assert not of_another_version("acme-video-2b-v0.9.5", "0.9.5")
    assert of_another_version("acme-video-2b-v0.9.1", "0.9.5")
    assert of_another_version("acme-video-2b-v0.9.51", "0.9.5")
    assert not of_another_version("anything", None)


def test_scan_gives_the_license_to_that_version_only(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme-video"
    write(repo / "README.md", README)
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    assert rows["acme-video-2b-v0.9.5"].declared.name == "OpenRail-M"
    assert rows["acme-video-2b-v0.9.5"].declared.evidence.text.startswith("New license for commercial use")
    assert rows["acme-video-2b-v0.9.1"].declared is None
    assert rows["acme-video-13b-v0.9.7-distilled"].declared is None

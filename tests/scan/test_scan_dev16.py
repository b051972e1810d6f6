"""Fixes found on the dev16 split, on trees the tests write (no repository's text): a model card that
states one size and says the other sizes were released too ("We have also released 124 million ...
parameter models"); a README's sentence defining the model by the folder's name and more ("Acme 1 preview
is an open ... model"); a family's models dated by the line releasing them, not a later line saying they
are available on a hosting platform ("Acme-II" is also written "Acme2")."""

from __future__ import annotations

from tests.scan.trees import license_text, rows_by_model, write


def test_a_card_that_also_released_other_sizes_makes_one_release_per_size(tmp_path):
    repo = tmp_path / "acme-lm"
    write(repo / "LICENSE", license_text("mit"))
    write(repo / "README.md", "# acme-lm\n\nCode and models for Acme-LM.\n\n## License\n\n[MIT](./LICENSE)\n")
    write(
        repo / "model_card.md",
        "# Acme-LM model card\n\n## Model Details\n\n### Model version\n\n"
        "2.5 billion parameters: the largest Acme-LM version. We have also released 150 million, "
        "400 million, and 900 million parameter models.\n",
    )
    rows = rows_by_model(repo)
    assert set(rows) == {"Acme-LM 2.5B", "Acme-LM 150M", "Acme-LM 400M", "Acme-LM 900M"}
    assert rows["Acme-LM 400M"].release.parameters == ("400M",)
    assert rows["Acme-LM 2.5B"].release.parameters == ("2.5B",)
    assert {r.license_id for r in rows.values()} == {"mit"}


def test_a_sentence_defining_the_model_by_the_folders_name_names_the_release(tmp_path):
    repo = tmp_path / "acme"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme 1\n\nA video generation model.\n\n## News\n\n"
        "- **November 5, 2024**: Consumer-GPU support for Acme in a node editor\n\n## Overview\n\n"
        "Acme 1 preview is an open state-of-the-art video generation model with strong prompt adherence. "
        "We're releasing the model under a permissive Apache 2.0 license.\n\n"
        "## Architecture\n\nAcme 1 is a 10 billion parameter diffusion model.\n",
    )
    rows = rows_by_model(repo)
    assert set(rows) == {"Acme 1 preview"}
    assert rows["Acme 1 preview"].release.release_date is None  # a news line about support, not a release

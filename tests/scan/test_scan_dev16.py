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


def test_a_family_released_line_beats_a_later_available_on_a_platform_line(tmp_path):
    repo = tmp_path / "Acme-II"
    write(
        repo / "README.md",
        "# Acme2, a medical model\n\n### Latest News\n"
        "- [01/10/2024] The Acme2 model is now available on the [Other platform](https://example.com/acme).\n"
        "- [11/21/2023] We released Acme-II models. The Acme-II will be available in **7B** and **13B** "
        "versions.\n\n"
        "## Models\n\n| Model | Backbone | Link |\n|---|---|---|\n"
        "| Acme2-7B | Base-7B | [HF](https://huggingface.co/acme/Acme2-7B) |\n"
        "| Acme2-13B | Base-13B | [HF](https://huggingface.co/acme/Acme2-13B) |\n",
    )
    rows = rows_by_model(repo)
    assert rows["Acme2-7B"].release.release_date == "2023-11-21"
    assert rows["Acme2-13B"].release.release_date == "2023-11-21"

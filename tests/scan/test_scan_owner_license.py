"""A weights' license named only by its owner: "Vega is based on Llama 2 and should be used under
Llama's [model license](...)". The link text says no more than "model license"; the possessive
before it names the model, and the version the sentence gives that model is the one meant (Llama 2,
not the first Llama). Trees and sentences written here."""

from __future__ import annotations

from tests.scan.trees import license_text, write

README = """# ChatKit

An open platform for training and serving chatbots.

## News
- [2023/08] We released **Vega v1.5** based on Llama 2.

## Model Weights

Vega is based on Llama 2 and should be used under Llama's [model license](https://github.com/org/llama/blob/main/LICENSE).

| Size | Chat Model | Context Length |
| --- | --- | --- |
| 7B | [vega-7b-v1.5](https://huggingface.co/org/vega-7b-v1.5) | 4K |
| 13B | [vega-13b-v1.5](https://huggingface.co/org/vega-13b-v1.5) | 4K |
"""


def test_a_possessive_names_a_generic_license_link_with_the_sentences_version(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "chatkit"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(repo / "README.md", README)
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    row = rows["vega-7b-v1.5"]
    assert row.license_id == "llama-2-license-2023" and row.license_file is None
    assert row.status("commercial_use") == "conditional"
    assert "Llama's [model license]" in row.declared.evidence.text


def test_the_family_alone_keeps_its_first_version():
    from analyzer.scan.license_names import model_license_named

    assert model_license_named("Use it under LLaMA's model license.")[1] == "llama-license-2023"
    said = "Vega is based on Llama 2 and should be used under Llama's model license."
    assert model_license_named(said)[1] == "llama-2-license-2023"
    # a size is no version ("Llama-7B")
    assert model_license_named("Built on Llama-7B, under LLaMA's license.")[1] == "llama-license-2023"

"""Quantised copies linked by their format only ("[[AWQ](...), [GPTQ-Int4](...)]") are not releases; one
with its own table row stays; format words alone are no name. Trees are written here."""

from __future__ import annotations

from analyzer.scan.mentions import clean_name
from tests.scan.trees import write


def test_format_words_only_are_no_name():
    for raw in ("GPTQ-Int4", "AWQ", "GGUF", "Int8"):
        assert clean_name(raw) is None, raw
    assert clean_name("Acme-72B-Instruct-AWQ") == "Acme-72B-Instruct-AWQ"


def test_news_repackagings_are_dropped_and_table_rows_kept(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme"
    write(
        repo / "README.md",
        "# Acme\n\n## News\n\n"
        "* 2024.09.19: The instruction-tuned [Acme-72B model](https://huggingface.co/acme/Acme-72B-Instruct)"
        " and "
        "its quantized version [[AWQ](https://huggingface.co/acme/Acme-72B-Instruct-AWQ), "
        "[GPTQ-Int4](https://huggingface.co/acme/Acme-72B-Instruct-GPTQ-Int4)] are now available.\n\n"
        "## Models\n\n| Model | Params |\n|---|---|\n| Acme-13B-Chat | 13B |\n| Acme-13B-Chat-FP8 | 13B |\n",
    )
    names = {r.release.model for r in scan_directory(repo).rows}
    assert not any(n.endswith(("AWQ", "GPTQ-Int4")) for n in names), names
    assert {"Acme-13B-Chat", "Acme-13B-Chat-FP8"} <= names


def test_a_series_line_saying_which_sizes_are_out_gives_one_release_per_size(tmp_path):
    from analyzer.scan.scanner import scan_directory

    repo = tmp_path / "acme"
    write(
        repo / "README.md",
        "# Acme\n\n## News\n\n"
        "* 2024.09.19: The instruction-tuned [Acme2-VL-72B model](https://huggingface.co/acme/Acme2-VL-72B) "
        "is now available.\n"
        "* 2024.08.30: We have released the [Acme2-VL series](https://huggingface.co/collections/acme/a). "
        "The 2B and 7B models are now available, and the 72B model for open source is coming soon.\n",
    )
    rows = {r.release.model: r for r in scan_directory(repo).rows}
    assert set(rows) == {"Acme2-VL-72B", "Acme2-VL-2B", "Acme2-VL-7B"}
    for name, size in (("Acme2-VL-2B", "2B"), ("Acme2-VL-7B", "7B")):
        assert rows[name].release.release_date == "2024-08-30" and rows[name].release.parameters == (size,)
    assert rows["Acme2-VL-72B"].release.release_date == "2024-09-19"


def test_several_packagings_of_one_model_are_one_release():
    from analyzer.scan.releases import read_releases

    text = (
        "# Acme\n\n## Models\n\n"
        "- Acmeka for PyTorch: [acme/acmeka-pytorch-bf16](https://huggingface.co/acme/acmeka-pytorch-bf16), "
        "[acme/acmeka-pytorch-q8](https://huggingface.co/acme/acmeka-pytorch-q8).\n"
        "- Acmeka for MLX: [acme/acmeka-mlx-q4](https://huggingface.co/acme/acmeka-mlx-q4).\n"
        "- Acmeko for MLX: [acme/acmeko-mlx-q4](https://huggingface.co/acme/acmeko-mlx-q4), "
        "[acme/acmeko-mlx-bf16](https://huggingface.co/acme/acmeko-mlx-bf16).\n"
        "- [Acme-7B-Chat](https://huggingface.co/acme/Acme-7B-Chat), "
        "[Acme-7B-Chat-GPTQ-Int4](https://huggingface.co/acme/Acme-7B-Chat-GPTQ-Int4), "
        "[Acme-7B-Chat-AWQ](https://huggingface.co/acme/Acme-7B-Chat-AWQ)\n"
        "- [Acme-13B](https://huggingface.co/acme/Acme-13B), "
        "[Acme-13B-FP8](https://huggingface.co/acme/Acme-13B-FP8)\n"
    )
    names = [r.name for r in read_releases("README.md", text)]
    assert names == ["acmeka", "acmeko", "Acme-7B-Chat", "Acme-13B", "Acme-13B-FP8"]


def test_a_size_in_parentheses_after_a_bold_name():
    from analyzer.scan.releases import read_releases

    text = "# Acme\n\n## News\n- **[2025.03.12]** We released **Acme-Video 2.0** (11B).\n"
    (release,) = read_releases("README.md", text)
    assert release.name == "Acme-Video 2.0" and release.values["parameters"] == ("11B",)

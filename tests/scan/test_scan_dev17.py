"""Fixes found on the dev17 split, on trees the tests write (no repository's text): a hub collection page
names no model, so it does not decide which organization's links are the README's own; hub links written
as HTML anchors in a header bar of links ("🤗 HF Repo <a href=...>[Acme-2B]</a> • ...") name releases."""

from __future__ import annotations

from tests.scan.trees import license_text, rows_by_model, write


def test_collection_links_do_not_outvote_the_models_own_hub_links(tmp_path):
    repo = tmp_path / "Acme-TTS"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme TTS\n\n- [4/2025] We release a [family of multilingual models]"
        "(https://huggingface.co/collections/acmelabs/acme-multilingual-123) in a research preview.\n\n"
        "## Models\n\nWe provide 2 English models.\n\n"
        "1. [**Finetuned Prod**](https://huggingface.co/acmelabs/acme-tts-0.1-finetune-prod)"
        " - a finetuned model\n"
        "2. [**Pretrained**](https://huggingface.co/acmelabs/acme-tts-0.1-pretrained) - our base model\n\n"
        "We also offer a family of multilingual models.\n\n"
        "1. [**Multilingual Family**](https://huggingface.co/collections/acmelabs/acme-multilingual-123)\n",
    )
    rows = rows_by_model(repo)
    assert {"acme-tts-0.1-finetune-prod", "acme-tts-0.1-pretrained"} <= set(rows)


def test_html_hub_anchors_in_a_header_bar_name_releases(tmp_path):
    repo = tmp_path / "AcmeQA"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "<h1>AcmeQA: a question answering system</h1>\n\n"
        '<p align="center">📃 <a href="https://arxiv.org/pdf/0000.00000.pdf" target="_blank">Paper</a> • '
        '🤗 HF Repo <a href="https://huggingface.co/acme/AcmeQA" target="_blank">[AcmeQA-10B]</a> '
        '<a href="https://huggingface.co/acme/AcmeQA-2B" target="_blank">[AcmeQA-2B]</a> • '
        '📚 Dataset <a href="https://huggingface.co/datasets/acme/acmeqa-data" target="_blank">'
        "[AcmeQA-Data]</a></p>\n\n"
        "AcmeQA answers questions with web search.\n",
    )
    rows = rows_by_model(repo)
    assert {"AcmeQA-10B", "AcmeQA-2B"} <= set(rows)
    assert "AcmeQA-Data" not in rows
    assert rows["AcmeQA-2B"].release.parameters == ("2B",)


def test_an_html_anchor_in_prose_names_no_release(tmp_path):
    repo = tmp_path / "acme-tools"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(
        repo / "README.md",
        "# Acme tools\n\nThese scripts work with "
        '<a href="https://huggingface.co/other/Other-7B">Other-7B</a> and similar models.\n',
    )
    rows = rows_by_model(repo)
    assert "Other-7B" not in rows


def test_a_chinese_readme_asking_for_an_email_before_commercial_use_gates_it(tmp_path):
    repo = tmp_path / "AcmeMed"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(repo / "LICENSE_MODEL", license_text("mit"))
    write(
        repo / "README.md",
        "# AcmeMed\n\n## 模型列表\n\n| 模型名称 | 权重 |\n| :----: | :----: |\n"
        "| AcmeMed-7B | [HF](https://huggingface.co/acme/AcmeMed-7B) |\n\n## 声明\n\n"
        "本仓库开源代码遵循[Apache License 2.0](./LICENSE)协议、模型遵循[MIT](./LICENSE_MODEL)许可.\n\n"
        "1. AcmeMed模型对于学术研究完全开放. "
        "对AcmeMed模型进行商用, 请通过组织主页邮箱发送邮件进行细节咨询.\n",
    )
    row = rows_by_model(repo)["AcmeMed-7B"]
    assert row.license_file == "LICENSE_MODEL"
    assert row.status("commercial_use") == "conditional"


def test_an_email_for_questions_does_not_gate_commercial_use(tmp_path):
    repo = tmp_path / "AcmeMed"
    write(repo / "LICENSE", license_text("apache-2.0"))
    write(repo / "LICENSE_MODEL", license_text("mit"))
    write(
        repo / "README.md",
        "# AcmeMed\n\n## 模型列表\n\n| 模型名称 | 权重 |\n| :----: | :----: |\n"
        "| AcmeMed-7B | [HF](https://huggingface.co/acme/AcmeMed-7B) |\n\n## 声明\n\n"
        "本仓库开源代码遵循[Apache License 2.0](./LICENSE)协议、模型遵循[MIT](./LICENSE_MODEL)许可.\n\n"
        "如有问题, 请发送邮件咨询.\n",
    )
    assert rows_by_model(repo)["AcmeMed-7B"].status("commercial_use") == "granted"


def test_a_chinese_fine_tune_of_a_linked_base_described_as_a_base_model(tmp_path):
    repo = tmp_path / "AcmeMed"
    write(
        repo / "README.md",
        "# AcmeMed\n\n我们利用上述数据在强大的基座模型[Acme-VL](https://github.com/acme/Acme-VL)"
        "上进行微调, 得到AcmeMed.\n\n"
        "| 模型名称 | 权重 |\n| :----: | :----: |\n"
        "| AcmeMed | [HF](https://huggingface.co/acme/AcmeMed-7B) |\n\n"
        "模型可在[ModelScope](https://modelscope.cn/)上进行下载.\n",
    )
    rows = rows_by_model(repo)
    assert [r.release.base_model for r in rows.values()] == ["Acme-VL"]


def test_a_table_description_names_the_base_of_each_row(tmp_path):
    repo = tmp_path / "AcmeLong"
    write(
        repo / "README.md",
        "# AcmeLong\n\n## All available models\n\n|Model|HF Repo|Description|\n|---|---|---|\n"
        "|**AcmeLong-7B-64k-base**| [HF](https://huggingface.co/acme/AcmeLong-7B-64k-base) "
        "| **Base-2-7B** with an extended 64k context window |\n"
        "|**AcmeLong-7B-64k**| [HF](https://huggingface.co/acme/AcmeLong-7B-64k) "
        "| Chat model by AcmeLong training on AcmeLong-7B-64k-base|\n"
        "|**AcmeLong-13B-64k**| [HF](https://huggingface.co/acme/AcmeLong-13B-64k) "
        "| Chat model trained on 10K long instructions |\n",
    )
    rows = rows_by_model(repo)
    assert rows["AcmeLong-7B-64k-base"].release.base_model == "Base-2-7B"
    assert rows["AcmeLong-7B-64k"].release.base_model == "AcmeLong-7B-64k-base"
    assert rows["AcmeLong-13B-64k"].release.base_model is None  # trained on data, not on a checkpoint
    assert rows["AcmeLong-7B-64k-base"].release.context_length == 65536


def test_models_produced_by_training_from_a_named_series(tmp_path):
    repo = tmp_path / "AcmeTuning"
    write(
        repo / "README.md",
        "# AcmeTuning\n\n## AcmeLM\n\n**AcmeLM** models are produced by mixed training on Acme dataset and "
        "Chat dataset from Base2-chat series.\n\n| Model | Link |\n| :---: | :---: |\n"
        "| AcmeLM-7B | [HF](https://huggingface.co/acme/acmelm-7b) |\n"
        "| AcmeLM-13B | [HF](https://huggingface.co/acme/acmelm-13b) |\n\n"
        "We fine-tune on instructions generated from GPT-4 outputs.\n",
    )
    rows = rows_by_model(repo)
    assert {r.release.base_model for r in rows.values()} == {"Base2-chat"}


def test_training_on_data_collected_from_a_model_names_no_base(tmp_path):
    repo = tmp_path / "AcmeTuning"
    write(
        repo / "README.md",
        "# AcmeTuning\n\n| Model | Link |\n| :---: | :---: |\n"
        "| AcmeLM-7B | [HF](https://huggingface.co/acme/acmelm-7b) |\n\n"
        "AcmeLM-7B is the result of training on conversations collected from GPT-4 answers.\n",
    )
    assert rows_by_model(repo)["AcmeLM-7B"].release.base_model is None


def test_a_model_that_uses_a_pretrained_checkpoint_derives_from_it(tmp_path):
    repo = tmp_path / "acme-adapter"
    write(repo / "LICENSE-CODE", license_text("mit"))
    write(
        repo / "README.md",
        "# Acme-Adapter: novel views from one image\n\n### Pretrained Checkpoints\n\n"
        "As a default, our model uses **pretrained Diff2.1 checkpoint** and you can download the file.\n\n"
        "## Licence\n\nThis project including the codes is distributed under the "
        "[MIT License](LICENSE-CODE).\n",
    )
    rows = list(rows_by_model(repo).values())
    assert [r.release.base_model for r in rows] == ["Diff2.1"]


def test_using_a_pretrained_encoder_names_no_base(tmp_path):
    repo = tmp_path / "acme-adapter"
    write(repo / "LICENSE-CODE", license_text("mit"))
    write(
        repo / "README.md",
        "# Acme-Adapter: novel views from one image\n\n"
        "Our model uses the pretrained ResNet50 as an image encoder.\n\n"
        "## Licence\n\nThis project including the codes is distributed under the "
        "[MIT License](LICENSE-CODE).\n",
    )
    assert all(r.release.base_model is None for r in rows_by_model(repo).values())


def test_a_download_line_names_the_model_it_offers(tmp_path):
    repo = tmp_path / "AcmePaint-AI-Diffusion"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# AcmePaint-Chinese-EN-v-1.0\n\n#### AcmePaint is a text-to-image project.\n\n# Test cases\n\n"
        "Download model: [AcmePaint-v1.0](https://example.com/acmepaint-v-1.0.zip)\n\n"
        "### Diffusion Model\n\nThe pre-training model uses [acme-diffusion-v1-5](https://huggingface.co/other/"
        "acme-diffusion-v1-5) as pre-training, and uses 16 GPUs for 50 hours of training.\n",
    )
    rows = rows_by_model(repo)
    assert set(rows) == {"AcmePaint-v1.0"}
    assert rows["AcmePaint-v1.0"].release.base_model == "acme-diffusion-v1-5"


def test_a_download_line_without_a_models_name_names_nothing_and_a_judge_is_no_base(tmp_path):
    repo = tmp_path / "acme-eval"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# Acme eval\n\nDownload: [here](https://example.com/acme.zip)\n\n"
        "The pipeline uses GPT-4 as the judge model for every answer.\n",
    )
    rows = rows_by_model(repo)
    assert "here" not in rows
    assert all(r.release.base_model is None for r in rows.values())


def test_a_chinese_readme_that_takes_a_model_as_its_pretraining_start(tmp_path):
    repo = tmp_path / "AcmePaint"
    write(
        repo / "README.md",
        "# AcmePaint\n\n模型下载地址 [AcmePaint-v1.0](https://huggingface.co/acme/AcmePaint)\n\n"
        "### 扩散模型\n\n预训练模型采用了"
        "[acme-diffusion-v1-5](https://huggingface.co/other/acme-diffusion-v1-5) "
        "作为预训练，使用了16块GPU训练了50个小时。\n",
    )
    rows = rows_by_model(repo)
    assert rows["AcmePaint-v1.0"].release.base_model == "acme-diffusion-v1-5"


def test_a_models_page_the_readme_links_by_its_file_name_lists_releases_with_sizes_in_millions(tmp_path):
    repo = tmp_path / "AcmeDrive"
    write(repo / "LICENSE", license_text("mit"))
    write(repo / "LICENSE_MODEL", license_text("cc-by-nc-4.0"))
    write(
        repo / "README.md",
        "# AcmeDrive\n\n## Pretrained models\n\nWe release several sets of weights. Please refer to "
        "[MODELS.md](MODELS.md) for the complete list.\n\n## License\n\nWe are releasing the code under the "
        "[MIT License](LICENSE).\n\nWe are releasing the pre-trained models / weights under the "
        "[AcmeDrive License](LICENSE_MODEL).\n",
    )
    write(
        repo / "MODELS.md",
        "# Models\n\n## Available models\n\n<table>\n  <thead>\n    <tr>\n      <th>model</th>\n"
        "      <th># params<br />(in M)</th>\n      <th>weights</th>\n    </tr>\n  </thead>\n  <tbody>\n"
        '    <tr>\n      <td>Acme-S</td>\n      <td align="right">185</td>\n'
        '      <td><a href="https://example.com/acme_s.pt">part 1</a></td>\n    </tr>\n'
        '    <tr>\n      <td>Acme-L</td>\n      <td align="right">1200</td>\n'
        '      <td><a href="https://example.com/acme_l.pt">part 1</a></td>\n    </tr>\n'
        "  </tbody>\n</table>\n",
    )
    rows = rows_by_model(repo)
    assert {"Acme-S", "Acme-L"} <= set(rows)
    assert rows["Acme-S"].release.parameters == ("185M",)
    assert rows["Acme-L"].release.parameters == ("1200M",)
    assert rows["Acme-S"].license_file == "LICENSE_MODEL"
    assert rows["Acme-S"].status("commercial_use") == "prohibited"


def test_a_download_line_to_another_organizations_hub_page_is_no_release(tmp_path):
    """A setup step fetching a base ("Download the model: [Base-2-7b-hf](https://huggingface.co/other/...)")
    is not one of the README's own releases: read as one, it took the repository's MIT license."""
    repo = tmp_path / "AcmeChat"
    write(repo / "LICENSE", license_text("mit"))
    write(
        repo / "README.md",
        "# AcmeChat\n\nWe release AcmeChat-7B, fine-tuned from Base-2-7b.\n\n"
        "- [AcmeChat-7B](https://huggingface.co/acme/AcmeChat-7B)\n\n## Quick start\n\n"
        "Download the model: [Base-2-7b-hf](https://huggingface.co/other/Base-2-7b-hf)\n\n"
        "## License\n\nThe code and the model weights are released under the [MIT License](LICENSE).\n",
    )
    rows = rows_by_model(repo)
    assert "AcmeChat-7B" in rows
    assert "Base-2-7b-hf" not in rows


def test_a_chinese_readme_forbidding_commercial_use_with_a_contact_for_questions_is_no_gate(tmp_path):
    """ "如有问题请联系我们" asks for questions, not for leave: no conditional commercial use, neither
    after a ban nor after a grant."""
    banned = tmp_path / "AcmeMed"
    write(
        banned / "README.md",
        "# AcmeMed\n\n| 模型名称 | 权重 |\n| :----: | :----: |\n"
        "| AcmeMed-7B | [HF](https://huggingface.co/acme/AcmeMed-7B) |\n\n## 声明\n\n"
        "AcmeMed模型权重禁止商用，如有问题请联系我们。\n",
    )
    assert rows_by_model(banned)["AcmeMed-7B"].status("commercial_use") != "conditional"
    free = tmp_path / "AcmeFree"
    write(
        free / "README.md",
        "# AcmeFree\n\n| 模型名称 | 权重 |\n| :----: | :----: |\n"
        "| AcmeFree-7B | [HF](https://huggingface.co/acme/AcmeFree-7B) |\n\n## 声明\n\n"
        "AcmeFree模型可免费商用，使用中如有问题请发送邮件联系我们。\n",
    )
    assert rows_by_model(free)["AcmeFree-7B"].status("commercial_use") == "granted"


def test_a_rival_with_a_context_window_in_prose_is_no_base(tmp_path):
    """ "AcmeLong-7B outperforms Rival-7B-v0.1 with 32k context window" compares: read as the base,
    the rival's catalog license was inherited by a repository that states none."""
    repo = tmp_path / "AcmeLong"
    write(
        repo / "README.md",
        "# AcmeLong\n\n- [AcmeLong-7B](https://huggingface.co/acme/AcmeLong-7B)\n\n## Results\n\n"
        "On LongBench, AcmeLong-7B outperforms Mistral-7B-v0.1 with 32k context window by 4 points.\n",
    )
    row = rows_by_model(repo)["AcmeLong-7B"]
    assert row.release.base_model is None
    assert row.license_id is None or row.license_id == "unknown"

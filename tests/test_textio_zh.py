"""Chinese files in legacy and UTF-16 encodings: read when plausibly Chinese, refused otherwise.

Every text is written here by the test (no third-party license text).
"""

from __future__ import annotations

import contextlib
import random
import subprocess
import sys

import pytest

from analyzer import files
from analyzer.api import analyze
from analyzer.model import InputError
from analyzer.textio import decode

ZH = (
    "模型许可协议\n\n"
    "一、许可人授予被许可人非排他性的、全球性的、不可转让的许可，以使用、复制和修改本模型。\n"
    "二、被许可人不得将本模型用于商业用途，除非事先获得许可人的书面授权。\n"
    "三、本协议受中华人民共和国法律管辖。\n"
)
BILINGUAL = ZH + "\nModel License\n\n1. You may use, copy and modify the Model for research purposes.\n"


@pytest.mark.parametrize("codec", ["gb18030", "gbk", "gb2312"])
@pytest.mark.parametrize("text", [ZH, BILINGUAL], ids=["zh", "bilingual"])
def test_gb18030_family_is_decoded_not_refused(codec, text):
    decoded, used = decode(text.encode(codec), "LICENSE")
    assert decoded == text and used == "gb18030"


TRADITIONAL = (
    "模型許可協議\n\n一、許可方授予被許可方非排他性的許可，以使用、複製和修改本模型。\n"
    "二、被許可方不得將本模型用於商業用途。\n"
)


@pytest.mark.parametrize("text", [TRADITIONAL, TRADITIONAL + "\nModel License: you may use the Model.\n"])
def test_big5_traditional_chinese_is_decoded_not_read_as_latin1(text):
    decoded, used = decode(text.encode("big5"), "LICENSE")
    assert decoded == text and used == "big5"


@pytest.mark.parametrize(
    "text",
    [
        "Lizenz für die Nutzung des Modells. Die Weitergabe ist erlaubt, Änderungen sind möglich.",
        "Licence d'utilisation du modèle : vous pouvez copier, modifier et redistribuer le modèle.",
        "Café - © Acme 2024. Tous droits réservés. Überall gültig, Größe egal, ça va très bien.",
    ],
)
def test_latin1_texts_with_many_accents_stay_windows_1252(text):
    decoded, used = decode(text.encode("cp1252"), "LICENSE")
    assert decoded == text and used == "windows-1252 (fallback)"


def test_gbk_with_short_words_between_ascii_is_still_chinese():
    text = "Model 许可 v1: 您 可以 使用 本 模型; 不得 用于 军事 用途. 商业 使用 须 登记."
    decoded, used = decode(text.encode("gbk"), "LICENSE")
    assert decoded == text and used == "gb18030"


def test_crlf_gbk_file_reads_with_unix_line_breaks():
    decoded, used = decode(ZH.replace("\n", "\r\n").encode("gbk"), "LICENSE")
    assert decoded == ZH and used == "gb18030"


@pytest.mark.parametrize(
    ("codec", "used"),
    [("utf-16", "utf-16"), ("utf-16-le", "utf-16"), ("utf-16-be", "utf-16"), ("utf-8-sig", "utf-8")],
)
def test_chinese_with_a_bom_is_decoded(codec, used):
    data = ("\ufeff" + ZH).encode(codec) if codec in ("utf-16-le", "utf-16-be") else ZH.encode(codec)
    decoded, got = decode(data, "LICENSE")
    assert decoded == ZH and got == used


@pytest.mark.parametrize(
    ("data", "case"),
    [
        ("本契約はモデルの使用を許諾する。商用利用は禁止する。".encode("shift_jis"), "shift-jis"),
        ("Лицензия на использование модели для исследований".encode("cp1251"), "cp1251"),
        (bytes(random.Random(7).choices(range(0xA1, 0xFF), k=600)), "high-bytes"),
    ],
)
def test_other_legacy_encodings_and_garbage_are_refused_in_one_line(data, case):
    with pytest.raises(InputError) as exc:
        decode(data, "LICENSE")
    reason = exc.value.problem.reason
    assert "convert it to UTF-8" in reason and "\n" not in reason, case


def test_random_high_byte_runs_never_pass_as_chinese():
    rng = random.Random(13)
    accepted = []
    for _ in range(300):
        data = bytes(
            rng.choice([rng.randrange(0x20, 0x7F), *(rng.randrange(0xA1, 0xFF) for _ in range(3))])
            for _ in range(300)
        )
        with contextlib.suppress(InputError):
            accepted.append(decode(data, "x")[1])
    assert not {"gb18030", "big5"} & set(accepted)


def test_a_gbk_file_gets_its_chinese_reading(tmp_path):
    path = tmp_path / "MODEL_LICENSE"
    path.write_bytes(ZH.encode("gbk"))
    doc = files.read_file_document(path)
    assert doc.text == ZH and doc.meta["encoding"] == "gb18030"


def test_cli_reads_a_gbk_license_and_refuses_shift_jis(tmp_path):
    gbk, sjis = tmp_path / "MODEL_LICENSE", tmp_path / "OTHER_LICENSE"
    gbk.write_bytes(ZH.encode("gbk"))
    sjis.write_bytes("本契約はモデルの使用を許諾する。商用利用は禁止する。".encode("shift_jis"))
    ok = subprocess.run(
        [sys.executable, "-m", "analyzer", "analyze", str(gbk), "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
    assert '"commercial_use"' in ok.stdout and "商业用途" in ok.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "analyzer", "analyze", str(sjis)], capture_output=True, text=True
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1 and str(sjis) in bad.stderr


def test_a_big5_file_gets_its_chinese_reading(tmp_path):
    path = tmp_path / "LICENSE"
    text = "許可方授予您使用本模型的許可。如需將本模型用於商業用途，須向我們申請登記並獲得書面授權。\n"
    path.write_bytes(text.encode("big5"))
    doc = files.read_file_document(path)
    assert doc.meta["encoding"] == "big5"
    profile = analyze(doc)
    assert profile.language == "zh"
    assert profile.terms["commercial_use"].status == "conditional"
    assert "商業用途" in profile.terms["commercial_use"].evidence[0].text

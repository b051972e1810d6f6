"""Uploads on the Compare page: a good text becomes a column; a bad file gets a message."""

from __future__ import annotations

import pytest

from analyzer.model import InputProblem
from app import session
from app.components.upload import read_upload
from tests.app.helpers import open_app, table

LICENSE = (
    b"Example Model License\n\n1. Grant. You may use, copy and modify the model solely for "
    b"non-commercial research purposes.\n\n2. Governing Law. This license is governed by the laws "
    b"of the State of California.\n"
)

BAD = [
    pytest.param("weights.bin", b"\x00\x01\x02\x03" * 16, "binary", id="binary"),
    pytest.param("EMPTY.txt", b"", "empty", id="empty"),
    # Latin-1 is read with a Windows-1252 fallback (analyzer/textio.py); Cyrillic cp1251 is refused.
    pytest.param("cp1251.txt", "Лицензия на модели".encode("cp1251"), "UTF-8", id="not-utf8"),
    pytest.param("HUGE.txt", b"a license text. " * 20, "too large", id="too-large"),
]


@pytest.fixture
def small_limit(monkeypatch):
    monkeypatch.setenv("MODELTERMS_MAX_BYTES", "200")


def test_a_good_upload_becomes_a_column():
    at = open_app()
    at.file_uploader(key="w.upload").set_value(("MY-LICENSE.txt", LICENSE, "text/plain")).run()
    assert not at.exception
    assert not at.error
    assert list(table(at, "matrix.permission").columns)[-1] == "MY-LICENSE.txt"
    assert table(at, "matrix.limitation").loc["governing_law", "MY-LICENSE.txt"].startswith("▲")
    assert at.multiselect(key="w.chosen_uploads").value == [session.upload_id(LICENSE.decode())]


def test_an_upload_removed_from_the_comparison_stays_out():
    at = open_app()
    at.file_uploader(key="w.upload").set_value(("MY-LICENSE.txt", LICENSE, "text/plain")).run()
    at.multiselect(key="w.chosen_uploads").set_value([]).run()
    at.run()
    assert "MY-LICENSE.txt" not in table(at, "matrix.permission").columns


@pytest.mark.parametrize(("name", "data", "reason"), BAD)
def test_a_bad_upload_is_named_with_its_reason_and_the_page_keeps_working(small_limit, name, data, reason):
    at = open_app()
    at.file_uploader(key="w.upload").set_value((name, data, "application/octet-stream")).run()
    assert not at.exception
    [error] = at.error
    assert name in error.value and reason in error.value
    assert list(table(at, "matrix.permission").columns) == ["LLaMA", "Llama 2", "Llama 3.1"]


def test_the_limit_is_stated_in_the_uploader():
    at = open_app()
    assert "up to 5 MB" in at.file_uploader(key="w.upload").label


@pytest.mark.parametrize(("name", "data", "reason"), BAD)
def test_read_upload_reports_the_problem(small_limit, name, data, reason):
    problem = read_upload(name, data)
    assert isinstance(problem, InputProblem)
    assert problem.source == name and reason in problem.reason


def test_read_upload_decodes_a_good_text():
    upload = read_upload("MY-LICENSE.txt", LICENSE)
    assert upload.text == LICENSE.decode()
    assert upload.id == session.upload_id(LICENSE.decode())


def test_a_japanese_upload_is_flagged_as_not_read():
    text = "本ソフトウェアは無償で利用できます。ただし、商用利用には許可が必要です。\n".encode() * 3
    at = open_app()
    at.file_uploader(key="w.upload").set_value(("JA-LICENSE.txt", text, "text/plain")).run()
    assert not at.exception
    assert any("Japanese" in w.value and "not read" in w.value for w in at.warning)


def test_a_bilingual_upload_shows_where_its_versions_differ():
    text = (
        "第一条 商业使用\n如需将本模型用于商业用途，须向我们申请登记。\n\n"
        "1. Grant\n\nWe grant you a worldwide license to use, copy and modify the Model for any purpose.\n"
    ).encode()
    at = open_app()
    at.file_uploader(key="w.upload").set_value(("BI-LICENSE.txt", text, "text/plain")).run()
    assert not at.exception
    assert any("commercial_use" in e.label and "versions differ" in e.label for e in at.expander)

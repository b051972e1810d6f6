"""Fixtures of the AppTest page tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager


class Downloads(Mapping[str, bytes]):
    """File name -> bytes of the download buttons rendered; deferred data is made when read,
    as Streamlit makes it when the button is clicked."""

    def __init__(self) -> None:
        self.made: dict[str, Callable[[], bytes | str]] = {}

    def __getitem__(self, name: str) -> bytes:
        data = self.made[name]()
        return data.encode("utf-8") if isinstance(data, str) else data

    def __iter__(self) -> Iterator[str]:
        return iter(self.made)

    def __len__(self) -> int:
        return len(self.made)


@pytest.fixture
def downloads(monkeypatch) -> Downloads:
    captured = Downloads()
    add, add_deferred = MediaFileManager.add, MediaFileManager.add_deferred

    def eager(self, path_or_data, mimetype, coordinates, file_name=None, is_for_static_download=False):
        if file_name and isinstance(path_or_data, bytes | str):
            captured.made[file_name] = lambda: path_or_data
        return add(self, path_or_data, mimetype, coordinates, file_name, is_for_static_download)

    def deferred(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        if file_name:
            captured.made[file_name] = data_callable
        return add_deferred(self, data_callable, mimetype, coordinates, file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add", eager)
    monkeypatch.setattr(MediaFileManager, "add_deferred", deferred)
    return captured

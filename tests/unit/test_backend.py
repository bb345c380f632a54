"""Backend setting: off by default, API keys only in the keyring or the environment."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from assistant.cli import main as cli
from assistant.errors import InputError, KnownError
from assistant.llm.backend import (
    OPENAI,
    BackendChoice,
    FallbackEngine,
    api_key,
    backend_from_args,
    get_backend,
    load_backend,
    save_api_key,
    set_backend,
)
from assistant.llm.base import Outcome, Request
from assistant.llm.fake import FakeEngine, Script
from assistant.llm.remote import RemoteEngine
from tests.conftest import MemoryKeyring

SECRET = "sk-test-7f3a9c-never-in-the-db"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


def test_local_is_the_default(store) -> None:
    assert get_backend(store) == BackendChoice()
    assert not get_backend(store).remote


def test_the_key_goes_to_the_keyring_never_to_the_database(store, memory_keyring: MemoryKeyring) -> None:
    url = "http://192.168.1.20:8080/v1"
    save_api_key(url, SECRET)
    set_backend(store, BackendChoice(OPENAI, base_url=url, key_in_keyring=True))
    choice = get_backend(store)
    assert choice.remote and choice.key_in_keyring and api_key(choice) == SECRET
    store.db.execute("pragma wal_checkpoint(FULL)")
    for f in Path(store.path).parent.glob("*.db*"):
        assert SECRET.encode() not in f.read_bytes(), f


def test_a_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    choice = BackendChoice(OPENAI, base_url="http://127.0.0.1:9/v1", api_key_env="MY_SERVER_KEY")
    with pytest.raises(KnownError, match="MY_SERVER_KEY"):
        api_key(choice)
    monkeypatch.setenv("MY_SERVER_KEY", SECRET)
    assert api_key(choice) == SECRET


def test_no_keyring_says_to_use_an_environment_variable(no_keyring: None) -> None:
    with pytest.raises(KnownError, match="environment variable"):
        save_api_key("http://x:1/v1", SECRET)
    with pytest.raises(KnownError, match="environment variable"):
        api_key(BackendChoice(OPENAI, base_url="http://x:1/v1", key_in_keyring=True))


@pytest.mark.parametrize(
    "choice",
    [
        BackendChoice("gpt", base_url="http://x/v1"),
        BackendChoice(OPENAI, base_url="ftp://x/v1"),
        BackendChoice(OPENAI, base_url=""),
        BackendChoice(OPENAI, base_url="http://x/v1", api_key_env="K", key_in_keyring=True),
    ],
)
def test_bad_settings_are_refused(store, choice: BackendChoice) -> None:
    with pytest.raises(InputError):
        set_backend(store, choice)
    assert get_backend(store) == BackendChoice()


def test_command_line_override() -> None:
    assert backend_from_args(None, None, None) is None
    assert backend_from_args("local", None, None) == BackendChoice()
    with pytest.raises(InputError, match="--base-url"):
        backend_from_args("openai", None, None)
    one_run = backend_from_args(None, "http://127.0.0.1:8080/v1", "K", "m")
    assert one_run is not None and one_run.remote and one_run.model == "m" and not one_run.fallback_local


def _closed_port_url() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/v1"


def test_server_down_falls_back_to_the_local_model_when_allowed() -> None:
    local = FakeEngine(Script(replies=["from local"]))
    url = _closed_port_url()
    engine = load_backend(BackendChoice(OPENAI, base_url=url, fallback_local=True), lambda: local)
    assert isinstance(engine, FallbackEngine) and engine.on_fallback
    assert "unreachable" in engine.info.device_reason
    res = engine.generate(Request.chat([{"role": "user", "content": "hi"}], use_cache=False))
    assert res.ok and res.text == "from local"
    with pytest.raises(KnownError, match="not answering"):
        load_backend(BackendChoice(OPENAI, base_url=url, fallback_local=False), lambda: local)


def test_a_server_that_goes_down_later_hands_over_to_the_local_model() -> None:
    remote = RemoteEngine(_closed_port_url(), retries=0)
    engine = FallbackEngine(remote, lambda: FakeEngine(Script(replies=["ok"])))
    assert not engine.on_fallback and engine.info.device == "remote"
    res = engine.generate(Request.chat([{"role": "user", "content": "hi"}], use_cache=False))
    assert res.ok and res.text == "ok" and engine.on_fallback and engine.info.device == "CPU"


def test_a_failing_local_fallback_is_reported_not_raised() -> None:
    def broken() -> FakeEngine:
        raise KnownError("No model found.")

    engine = FallbackEngine(RemoteEngine(_closed_port_url(), retries=0), broken)
    res = engine.generate(Request.chat([{"role": "user", "content": "hi"}], use_cache=False))
    assert res.outcome is Outcome.FAILED and "could not take over" in (res.error or "")


def test_cli_server_settings(
    store,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = "http://10.0.0.5:8080/v1"
    monkeypatch.setattr(sys, "stdin", io.StringIO(SECRET + "\n"))
    assert cli(["server", "set", url, "--api-key-stdin", "--model", "qwen"]) == 0
    assert memory_keyring.data[("daybreak", url)] == SECRET
    assert cli(["server", "show"]) == 0
    out = capsys.readouterr().out
    assert "OS keyring" in out and SECRET not in out and "qwen" in out
    assert cli(["server", "off"]) == 0
    assert memory_keyring.data == {}
    assert cli(["server", "show"]) == 0
    assert "no server configured" in capsys.readouterr().out
    assert cli(["server", "set", "not-a-url"]) == 2


def test_the_app_gets_a_one_run_server_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    got: list[tuple[bool, object]] = []

    def gui(background: bool, backend: object) -> int:
        got.append((background, backend))
        return 0

    assert cli(["--backend", "openai", "--base-url", "http://127.0.0.1:8080/v1"], gui=gui) == 0
    ((background, choice),) = got
    assert (
        not background and isinstance(choice, BackendChoice) and choice.base_url == "http://127.0.0.1:8080/v1"
    )
    assert cli(["--backend", "openai"], gui=gui) == 2
    assert "--base-url" in capsys.readouterr().err
    assert cli([], gui=gui) == 0 and got[-1] == (False, None)  # no flags: the saved setting decides

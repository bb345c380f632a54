"""RemoteEngine against a real OpenAI-compatible server on loopback (llama-cpp-python's),
plus fake servers that hang or talk nonsense."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from assistant.cli import main as cli
from assistant.errors import KnownError
from assistant.llm.backend import OPENAI, BackendChoice, FallbackEngine, set_backend
from assistant.llm.base import Outcome, Request
from assistant.llm.loader import load_engine
from assistant.llm.models import embedded_model_path
from assistant.llm.remote import RemoteEngine, RemoteError
from assistant.skills.actions import ActionExtractor
from assistant.skills.evaluate import grounded
from tests.conftest import TRANSCRIPTS


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(*extra: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(embedded_model_path()),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "4096",
            *extra,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url + "/models", timeout=1) as r:
                if r.status == 200:
                    return proc, url
        except urllib.error.HTTPError:  # 401: up, and wants a key
            return proc, url
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("llama_cpp.server did not start")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    proc, url = start_server()
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(20)


def chat(text: str, **kw: object) -> Request:
    return Request.chat([{"role": "user", "content": text}], use_cache=False, **kw)


def test_streams_from_a_real_server(server: str) -> None:
    engine = RemoteEngine(server)
    pieces: list[str] = []
    res = engine.generate(chat("Say hello in five words.", max_tokens=24), on_token=pieces.append)
    assert res.outcome is Outcome.FINISHED and len(pieces) > 1 and res.text == "".join(pieces)


def test_schema_output_is_validated(server: str) -> None:
    schema = {
        "type": "object",
        "properties": {"fruit": {"type": "string", "maxLength": 30}},
        "required": ["fruit"],
    }
    res = RemoteEngine(server).generate(
        chat("Name a fruit as JSON.", schema=schema, max_tokens=40, temperature=0.0)
    )
    assert (res.ok and isinstance(res.data["fruit"], str)) or (not res.ok and res.data is None and res.error)


def test_cancel_mid_stream_and_the_server_carries_on(server: str) -> None:
    engine = RemoteEngine(server)
    cancel = threading.Event()
    seen: list[str] = []

    def on_token(t: str) -> None:
        seen.append(t)
        if len(seen) == 3:
            cancel.set()

    res = engine.generate(chat("Count to two hundred.", max_tokens=400), on_token=on_token, cancel=cancel)
    assert res.outcome is Outcome.CANCELLED and len(seen) == 3
    assert engine.generate(chat("Hi", max_tokens=4)).outcome is Outcome.FINISHED


def test_actions_through_the_server_stay_grounded(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DAYBREAK_MODEL_TRUST", "high")  # every candidate goes to the server
    text = (TRANSCRIPTS / "standup.txt").read_text()
    result = ActionExtractor(RemoteEngine(server)).extract(text, date(2026, 11, 18))
    assert result.model_used and result.prompt_tokens > 0
    assert all(grounded(i, text.split("\n"), ["Maya", "Tom", "Lena", "Raj"]) for i in result.action_items)


def test_server_killed_mid_request() -> None:
    proc, url = start_server()
    try:
        seen: list[str] = []

        def on_token(t: str) -> None:
            seen.append(t)
            if len(seen) == 3:
                proc.kill()

        res = RemoteEngine(url, retries=0).generate(
            chat("Write a long story.", max_tokens=500), on_token=on_token
        )
        assert (
            res.outcome is Outcome.FAILED and "stopped answering" in (res.error or "")
        ) or res.outcome is Outcome.FINISHED
        assert len(seen) < 500
    finally:
        proc.kill()
        proc.wait(20)


class _Garbage(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"hello, I am not an event stream\n")

    def log_message(self, *args: object) -> None:
        pass


def test_garbage_response_is_a_clear_error() -> None:
    httpd = HTTPServer(("127.0.0.1", 0), _Garbage)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    try:
        res = RemoteEngine(f"http://127.0.0.1:{httpd.server_port}/v1").generate(chat("hi", max_tokens=8))
        assert res.outcome is Outcome.FAILED and "not an event stream" in (res.error or "")
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_slow_server_times_out_and_down_server_is_plain() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)  # accepts, never answers
        port = silent.getsockname()[1]
        t0 = time.time()
        res = RemoteEngine(f"http://127.0.0.1:{port}/v1", timeout_s=0.3, retries=1).generate(
            chat("hi", max_tokens=8)
        )
        assert res.outcome is Outcome.FAILED and "not answering" in (res.error or "")
        assert time.time() - t0 < 5
    down = RemoteEngine(f"http://127.0.0.1:{free_port()}/v1", retries=1).generate(chat("hi", max_tokens=8))
    assert down.outcome is Outcome.FAILED and "not answering" in (down.error or "")
    assert json.dumps(down.error)  # a plain message, fit for the message bar


def test_cli_backend_openai(server: str, tmp_path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant",
            "actions",
            str(TRANSCRIPTS / "standup.txt"),
            "--date",
            "2026-11-18",
            "--json",
            "--backend",
            "openai",
            "--base-url",
            server,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["model"]["device"] == "remote" and len(doc["action_items"]) == 4
    missing = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant",
            "actions",
            "-",
            "--backend",
            "openai",
            "--base-url",
            server,
            "--api-key-env",
            "DAYBREAK_NO_SUCH_KEY",
        ],
        input="Ann: I'll send it.",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 2 and "DAYBREAK_NO_SUCH_KEY" in missing.stderr


def test_saved_setting_uses_the_server_then_the_local_model_when_it_dies(store) -> None:
    proc, url = start_server()
    try:
        set_backend(store, BackendChoice(OPENAI, base_url=url))  # fallback is on unless switched off
        engine = load_engine(store)
        assert isinstance(engine, FallbackEngine) and engine.info.device == "remote"
        assert engine.info.name.endswith(".gguf")  # named by the server's /v1/models
        first = engine.generate(chat("Say hi.", max_tokens=8))
        assert first.ok and not engine.on_fallback
        proc.kill()
        proc.wait(20)
        second = engine.generate(chat("Say hi.", max_tokens=8))
        assert second.ok and engine.on_fallback
        assert engine.info.device == "CPU" and "unreachable" in engine.info.device_reason
        engine.close()
    finally:
        proc.kill()
        proc.wait(20)


def test_api_key_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    proc, url = start_server("--api_key", "s3cret-house-key")
    try:
        with pytest.raises(RemoteError, match="refused the API key"):
            RemoteEngine(url, api_key="wrong").probe()
        no_key = RemoteEngine(url, retries=0).generate(chat("hi", max_tokens=4))
        assert no_key.outcome is Outcome.FAILED and "401" in (no_key.error or "")
        monkeypatch.setenv("HOUSE_LLM_KEY", "s3cret-house-key")
        args = ["--backend", "openai", "--base-url", url, "--api-key-env", "HOUSE_LLM_KEY"]
        assert cli([*args, "model", "info", "--json"]) == 0
        info = json.loads(capsys.readouterr().out)
        assert info["device"] == "remote" and "s3cret" not in json.dumps(info)
        monkeypatch.delenv("HOUSE_LLM_KEY")
        assert cli([*args, "model", "info"]) == 2
        assert "HOUSE_LLM_KEY" in capsys.readouterr().err
    finally:
        proc.kill()
        proc.wait(20)


def test_cli_server_set_and_test(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["server", "set", server, "--no-fallback"]) == 0
    assert cli(["server", "test"]) == 0
    assert "serves" in capsys.readouterr().out
    assert cli(["server", "set", f"http://127.0.0.1:{free_port()}/v1", "--no-fallback"]) == 0
    assert cli(["server", "test"]) == 2
    assert "not answering" in capsys.readouterr().err
    with pytest.raises(KnownError):
        from assistant.store import Store

        s = Store()
        try:
            load_engine(s)  # no fallback: the load fails with the plain message
        finally:
            s.close()

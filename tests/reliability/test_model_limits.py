"""Issue 16 item 3: every model call has a wall-clock limit that also covers the chat
template and a model server's stream; a hostile template cannot hang or exhaust memory.

Hostile templates are a class: loops, recursion, repetition, doubling, padding filters,
format widths.  Each must stop with :class:`TemplateLimit` (limits on steps and sizes,
and a deadline for what only time can catch), while real templates render exactly as
llama-cpp-python renders them.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from llama_cpp.llama_chat_format import Jinja2ChatFormatter

from assistant.llm.base import Outcome, Request
from assistant.llm.fake import FakeEngine, Script
from assistant.llm.models import embedded_model_path
from assistant.llm.remote import RemoteEngine
from assistant.llm.template import BoundedChatFormatter, TemplateLimit
from tests.conftest import model_with_template

MESSAGES: list[Any] = [
    {"role": "system", "content": "You are helpful."},
    {"role": "user", "content": "Hello there."},
]

HOSTILE = {
    "nested ranges": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "nested string loops": "{% set s = 'abcdefghij' * 100 %}{% for a in s %}{% for b in s %}"
    "{% for c in s %}{% endfor %}{% endfor %}{% endfor %}",
    "repetition": "{{ 'x' * 1500000000 }}",
    "list repetition": "{{ ([1] * 1500000000)|length }}",
    "doubling by ~": "{% set ns = namespace(s='xxxxxxxx') %}{% for i in range(40) %}"
    "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
    "doubling by +": "{% set ns = namespace(s=[1, 2]) %}{% for i in range(40) %}"
    "{% set ns.s = ns.s + ns.s %}{% endfor %}",
    "doubling by replace": "{% set ns = namespace(s='xx') %}{% for i in range(40) %}"
    "{% set ns.s = ns.s|replace('x', 'xx') %}{% endfor %}",
    "padding filter": "{{ 'x'|center(1500000000) }}",
    "padding method": "{{ 'x'.ljust(1500000000) }}",
    "percent width": "{{ '%0999999999d' % 1 }}",
    "format width": "{{ '{:>999999999}'.format(1) }}",
    "huge power": "{{ 10 ** 100000000 }}",
    "endless recursion": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "exponential recursion": "{% macro f(n) %}{% if n > 0 %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}"
    "{% endmacro %}{{ f(60) }}",
    "huge join": "{{ range(100000)|join('-' * 1000) }}",
}

CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
LLAMA3ISH = (
    "{{ bos_token }}{% for m in messages %}{% set content = '<|start_header_id|>' + m['role'] + "
    "'<|end_header_id|>\n\n' + m['content'] | trim + '<|eot_id|>' %}{{ content }}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}"
    "{{ messages|length }} {{ (messages|map(attribute='role')|list)|tojson }} {{ '%-5s|' % 'ab' }}"
    "{{ '{:>4}'.format(7) }}{{ 'y' * 3 }}{{ 2 ** 10 }}{{ range(3)|join(',') }}"
)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_chat_template_stops_with_a_plain_error(name: str) -> None:
    # limit_s only matters for the exponential recursion, which only time can catch;
    # the others stop on a step or size limit long before it.
    formatter = BoundedChatFormatter(HOSTILE[name], "</s>", "<s>", limit_s=0.5)
    result: list[object] = []

    def render() -> None:
        try:
            result.append(formatter(messages=MESSAGES).prompt[:40])
        except TemplateLimit as exc:
            result.append(exc)
        except BaseException as exc:  # anything else (MemoryError…) is the bug
            result.append(exc)

    # On a thread, so an unbounded render fails this test instead of hanging the run.
    worker = threading.Thread(target=render, daemon=True)
    worker.start()
    worker.join(30)
    assert result, f"{name}: still rendering after 30 s"
    assert isinstance(result[0], TemplateLimit), f"{name}: {result[0]!r}"
    assert "chat template" in str(result[0])


@pytest.mark.parametrize("template", [CHATML, LLAMA3ISH], ids=["chatml", "llama3-like"])
def test_real_templates_render_exactly_as_llama_cpp_renders_them(template: str) -> None:
    ours = BoundedChatFormatter(template, "</s>", "<s>")(messages=MESSAGES)
    theirs = Jinja2ChatFormatter(template, "</s>", "<s>")(messages=MESSAGES)
    assert ours.prompt == theirs.prompt and ours.stop == theirs.stop


def test_the_embedded_models_template_renders_unchanged() -> None:
    import gguf

    path = embedded_model_path()
    assert path is not None
    field = gguf.GGUFReader(path).get_field("tokenizer.chat_template")
    assert field is not None
    template = bytes(field.parts[field.data[0]]).decode()
    ours = BoundedChatFormatter(template, "<|im_end|>", "<|im_start|>")(messages=MESSAGES)
    theirs = Jinja2ChatFormatter(template, "<|im_end|>", "<|im_start|>")(messages=MESSAGES)
    assert ours.prompt == theirs.prompt


# -- the wall-clock limit on a whole call -------------------------------------------


def test_a_call_past_its_time_limit_ends_failed_with_a_plain_message() -> None:
    engine = FakeEngine(Script(replies=("word " * 400,), delay_s=0.02))
    start = time.monotonic()
    res = engine.generate(Request.chat(MESSAGES, max_tokens=400, time_limit_s=0.3, use_cache=False))
    assert time.monotonic() - start < 10  # not the 8 s the script would take
    assert res.outcome is Outcome.FAILED
    assert "took longer than 0.3 s" in (res.error or "")


def test_the_time_limit_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DAYBREAK_CALL_LIMIT_S", "7")
    assert Request.chat(MESSAGES).limit_s() == 7.0
    assert Request.chat(MESSAGES, time_limit_s=2).limit_s() == 2.0


# -- model servers that never stop -------------------------------------------------


def _event(text: str) -> bytes:
    return b'data: {"choices": [{"delta": {"content": "' + text.encode() + b'"}}]}\n\n'


class _Handler(BaseHTTPRequestHandler):
    mode = "endless"

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        try:
            for _ in range(10_000_000):
                if self.mode == "endless":  # ignores max_tokens and never sends [DONE]
                    self.wfile.write(_event("tok "))
                elif self.mode == "keepalive":  # only comments: no token ever arrives
                    self.wfile.write(b": ping\n\n")
                    time.sleep(0.01)
                else:  # one byte at a time, never a whole line: no read ever times out
                    self.wfile.write(b"d")
                    time.sleep(0.01)
                self.wfile.flush()
        except OSError:  # the client hung up: what the test wants
            return


@pytest.fixture
def fake_server() -> Iterator[Callable[[str], str]]:
    servers: list[ThreadingHTTPServer] = []

    def start(mode: str) -> str:
        handler = type("H", (_Handler,), {"mode": mode})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/v1"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _generate_in_thread(engine: RemoteEngine, request: Request) -> object:
    out: list[object] = []
    worker = threading.Thread(target=lambda: out.append(engine.generate(request)), daemon=True)
    worker.start()
    worker.join(30)
    assert out, "the call was still running after 30 s"
    return out[0]


def test_a_server_that_ignores_max_tokens_is_cut_off(fake_server: Callable[[str], str]) -> None:
    engine = RemoteEngine(fake_server("endless"), retries=0, timeout_s=5)
    res = _generate_in_thread(engine, Request.chat(MESSAGES, max_tokens=32, use_cache=False))
    assert res.outcome is Outcome.FINISHED and res.finish_reason == "length"  # type: ignore[attr-defined]
    assert res.completion_tokens <= 64  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", ["keepalive", "trickle"])
def test_a_server_that_never_finishes_is_stopped_at_the_time_limit(
    fake_server: Callable[[str], str], mode: str
) -> None:
    engine = RemoteEngine(fake_server(mode), retries=0, timeout_s=5)
    res = _generate_in_thread(engine, Request.chat(MESSAGES, max_tokens=32, time_limit_s=1, use_cache=False))
    assert res.outcome is Outcome.FAILED  # type: ignore[attr-defined]
    assert "took longer than 1 s" in (res.error or "")  # type: ignore[attr-defined]


# -- a real GGUF whose template loops: the CLI answers from the rules ----------------

LOOPING = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}" + CHATML


@pytest.fixture(scope="module")
def looping_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return model_with_template(tmp_path_factory.mktemp("looping") / "looping.gguf", LOOPING)


@pytest.mark.slow
def test_a_model_with_a_looping_template_fails_fast_and_actions_use_the_rules(looping_model: Path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant",
            "actions",
            "-",
            "--date",
            "2026-11-18",
            "--model",
            str(looping_model),
            "--json",
        ],
        input=b"Ann: Following up with the printer.\nBo: I'll send the budget by Friday.\n",
        capture_output=True,
        timeout=120,  # the old code renders for hours
    )
    assert out.returncode == 0, out.stderr
    assert b"chat template" in out.stderr and b"Traceback" not in out.stderr
    assert b"Send the budget" in out.stdout


def test_a_stop_while_the_server_is_silent_ends_as_cancelled(fake_server: Callable[[str], str]) -> None:
    # The watchdog shuts the socket on a stop; the stream then ends early, which must read as
    # the stop the user asked for, not as the server failing (it did, at random, before).
    engine = RemoteEngine(fake_server("keepalive"), retries=0, timeout_s=5)
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    out: list[object] = []
    worker = threading.Thread(
        target=lambda: out.append(
            engine.generate(Request.chat(MESSAGES, max_tokens=32, use_cache=False), cancel=cancel)
        ),
        daemon=True,
    )
    worker.start()
    worker.join(30)
    assert out, "the call was still running after 30 s"
    assert out[0].outcome is Outcome.CANCELLED, out[0]  # type: ignore[attr-defined]

"""An engine that talks to an OpenAI-compatible server (llama-server, vLLM, Ollama,
llama-cpp-python's server) instead of loading a model in-process.

Off by default: Daybreak opens no connection unless the user configures a server.
Uses only the standard library (``http.client``): streaming is Server-Sent Events,
cancel closes the connection, connection errors are retried with backoff before the
first token, and every fault ends the call with a plain message (the shared
:class:`Engine` validates schema output exactly as for the local engine).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import logging
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from typing import Any

from assistant.errors import KnownError, ModelError
from assistant.llm.base import CallLog, Engine, Message, ModelInfo, Request

log = logging.getLogger("daybreak.llm.remote")


class RemoteError(KnownError):
    """The server could not be reached or answered something unusable."""


#: Longest line of the event stream accepted (an event is a few hundred bytes).
MAX_LINE = 1 << 20


class _Watchdog:
    """Shuts the connection's socket at the call's deadline or on cancel.

    The socket timeout only bounds each read: a server that trickles a byte at a
    time, or sends keep-alive comments forever, never trips it.  Shutting the
    socket down from this thread wakes the blocked read at once.
    """

    def __init__(self, sock: socket.socket | None, deadline: float, cancel: threading.Event | None) -> None:
        self._sock = sock
        self._deadline = deadline
        self._cancel = cancel
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="daybreak-remote-watchdog", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._done.wait(0.05):
            if time.monotonic() > self._deadline or (self._cancel is not None and self._cancel.is_set()):
                if self._sock is not None:
                    with contextlib.suppress(OSError):  # already closed
                        self._sock.shutdown(socket.SHUT_RDWR)
                return

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


class RemoteEngine(Engine):
    def __init__(
        self,
        base_url: str,
        *,
        model: str = "",
        api_key: str | None = None,
        timeout_s: float = 60.0,
        retries: int = 3,
        n_ctx: int = 8192,
        call_log: CallLog | None = None,
    ) -> None:
        super().__init__(call_log)
        parts = urllib.parse.urlsplit(base_url.rstrip("/"))
        if parts.username or parts.password:  # never kept, sent, recorded or echoed
            raise ModelError(
                "The server address has a user name or password in it; Daybreak does not use those.",
                "Give the address without them, and the key separately.",
            )
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ModelError(f"Not a server address: {base_url!r}", "Use e.g. http://127.0.0.1:8080/v1")
        self.parts = parts
        self.prefix = parts.path if parts.path.endswith("/v1") else parts.path + "/v1"
        self.model = model
        self.api_key = api_key
        self.timeout_s = timeout_s
        self.retries = retries
        self.info = ModelInfo(
            path=base_url,
            name=model or "remote model",
            sha256=f"remote:{base_url}:{model}",
            size_bytes=0,
            n_ctx=n_ctx,
            device="remote",
            device_reason=f"served by {parts.hostname}",
        )
        self._conn: http.client.HTTPConnection | None = None
        self._post_sock: socket.socket | None = None
        #: The last call failed because the server could not be reached (not a bad answer):
        #: the signal for falling back to the local engine.
        self.unreachable = False

    def count_tokens(self, messages: list[Message]) -> int:
        # The server counts exactly; ~4 characters a token is a safe estimate for the cap.
        return sum(len(m["content"]) // 3 + 4 for m in messages)

    def _connection(self) -> http.client.HTTPConnection:
        cls = http.client.HTTPSConnection if self.parts.scheme == "https" else http.client.HTTPConnection
        return cls(self.parts.hostname or "", self.parts.port, timeout=self.timeout_s)

    def _post(
        self, path: str, body: dict[str, Any]
    ) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        headers = {"Content-Type": "application/json", "Accept": "text/event-stream"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        delay = 0.5
        for attempt in range(self.retries + 1):
            conn = self._connection()
            try:
                conn.request("POST", self.prefix + path, json.dumps(body), headers)
                self._post_sock = conn.sock
                resp = conn.getresponse()
            except (TimeoutError, ConnectionError, OSError) as exc:
                conn.close()
                if attempt == self.retries:
                    self.unreachable = True
                    raise RemoteError(
                        f"The model server at {self.parts.netloc} is not answering ({exc.__class__.__name__})."
                    ) from exc
                time.sleep(delay)
                delay *= 2
                continue
            if resp.status != 200:
                detail = resp.read(500).decode("utf-8", "replace")
                conn.close()
                raise RemoteError(f"The model server said {resp.status}: {detail}")
            return conn, resp
        raise AssertionError("unreachable")

    def probe(self, timeout_s: float = 5.0) -> list[str]:
        """Ask the server which models it serves (``GET /v1/models``), once, quickly.

        Names the model in :attr:`info` when the server serves exactly one and none
        was configured.

        Raises:
            RemoteError: the server is down or does not speak the OpenAI API.
        """
        cls = http.client.HTTPSConnection if self.parts.scheme == "https" else http.client.HTTPConnection
        conn = cls(self.parts.hostname or "", self.parts.port, timeout=timeout_s)
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        try:
            conn.request("GET", self.prefix + "/models", headers=headers)
            resp = conn.getresponse()
            body = resp.read(1 << 20)
        except (TimeoutError, ConnectionError, OSError) as exc:
            self.unreachable = True
            raise RemoteError(
                f"The model server at {self.parts.netloc} is not answering ({exc.__class__.__name__}).",
                "Start it, check the address in Settings, or switch back to the local model.",
            ) from exc
        finally:
            conn.close()
        if resp.status in (401, 403):
            raise RemoteError(
                f"The model server at {self.parts.netloc} refused the API key ({resp.status}).",
                "Check the key (Settings, or the environment variable named there).",
            )
        try:
            ids = [str(m["id"]) for m in json.loads(body)["data"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise RemoteError(
                f"{self.parts.netloc} answered, but not like an OpenAI-compatible server (status {resp.status}).",
                "Use the server's /v1 address, e.g. http://host:8080/v1",
            ) from exc
        self.unreachable = False
        if not self.model and len(ids) == 1:
            self.info.name = ids[0]
        elif self.model and ids and self.model not in ids:
            raise RemoteError(
                f"The server does not serve a model called {self.model!r}; it has: {', '.join(ids[:8])}."
            )
        return ids

    def _cancelled(self) -> bool:
        return self._cancel is not None and self._cancel.is_set()

    def _stream(self, request: Request, max_tokens: int) -> Iterator[str]:
        self.unreachable = False
        body: dict[str, Any] = {
            "messages": request.message_dicts(),
            "max_tokens": max_tokens,
            "temperature": request.temperature,
            "top_p": request.top_p,
            "seed": request.seed,
            "stream": True,
        }
        if self.model:
            body["model"] = self.model
        if request.schema is not None:
            body["response_format"] = {"type": "json_object", "schema": request.schema}
        conn, resp = self._post("/chat/completions", body)
        self._conn = conn
        # The response's socket: http.client hands it over and clears conn.sock when
        # the server will close the connection after the reply.
        watchdog = _Watchdog(self._post_sock, self._deadline, self._cancel)
        finished = False
        # A server that ignores max_tokens, or sends empty events forever, is cut off
        # after this many events (a real reply needs at most one per token, plus a few).
        events_left = 4 * max_tokens + 16
        try:
            while True:
                raw = resp.readline(MAX_LINE + 1)
                if not raw:
                    break
                if len(raw) > MAX_LINE:
                    raise RemoteError(
                        "The model server sent an event too long to be a reply; it was stopped."
                    )
                line = raw.decode("utf-8", "replace").strip()
                if not line or line.startswith(":"):
                    continue
                events_left -= 1
                if events_left < 0:
                    self._last_finish = "length"
                    return
                if not line.startswith("data:"):
                    raise RemoteError(
                        f"The model server sent something that is not an event stream: {line[:80]!r}"
                    )
                data = line[5:].strip()
                if data == "[DONE]":
                    finished = True
                    return
                try:
                    chunk = json.loads(data)
                    choice = chunk["choices"][0]
                except (json.JSONDecodeError, KeyError, IndexError, TypeError) as exc:
                    raise RemoteError(f"The model server sent an unreadable event: {data[:80]!r}") from exc
                if choice.get("finish_reason"):
                    self._last_finish = choice["finish_reason"]
                piece = (choice.get("delta") or {}).get("content")
                if piece:
                    yield str(piece)
            if not finished and not self._cancelled():
                # The connection ended without the closing [DONE]: a cut-off reply.  (After a
                # stop the watchdog closed it itself: that is the stop, not a server fault.)
                raise RemoteError("The model server stopped answering mid-reply (the stream ended early).")
        except (TimeoutError, http.client.IncompleteRead, ConnectionError) as exc:
            if self._cancelled():
                return  # the watchdog shut the socket on the user's stop
            raise RemoteError(
                f"The model server stopped answering mid-reply ({exc.__class__.__name__})."
            ) from exc
        finally:
            watchdog.stop()
            self._conn = None
            conn.close()  # on cancel too: closing the stream stops the server's generation

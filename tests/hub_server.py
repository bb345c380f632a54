"""A stand-in for the Hugging Face Hub on 127.0.0.1, for the download tests.

It answers like the Hub does for an LFS file: ``HEAD /{repo}/resolve/{rev}/{file}``
gives ``X-Repo-Commit``, ``X-Linked-Etag`` (the sha256) and ``X-Linked-Size`` and
redirects to a "CDN" URL, which serves the bytes with Range support.  Faults
are scripted: cut the connection after N bytes (``cut_after``), 404 with the
Hub's ``X-Error-Code``, a slow body.  Every GET's Range header is recorded.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def _address(server: ThreadingHTTPServer) -> str:
    host, port = server.socket.getsockname()[:2]
    return f"http://{host}:{port}"


@dataclass
class HubFile:
    data: bytes
    etag: str = ""

    def __post_init__(self) -> None:
        self.etag = self.etag or hashlib.sha256(self.data).hexdigest()


@dataclass
class FakeHub:
    files: dict[tuple[str, str], HubFile] = field(default_factory=dict)
    commit: str = "a" * 40
    cut_after: list[int] = field(default_factory=list)  # one entry per GET to cut, bytes sent first
    delay_per_chunk_s: float = 0.0
    ranges: list[str | None] = field(default_factory=list)
    heads: int = 0
    server: ThreadingHTTPServer | None = None
    cdn: ThreadingHTTPServer | None = (
        None  # another origin, as the Hub's CDN is (redirects to it are not followed)
    )

    @property
    def url(self) -> str:
        assert self.server is not None
        return _address(self.server)

    @property
    def cdn_url(self) -> str:
        assert self.cdn is not None
        return _address(self.cdn)

    def add(self, repo: str, name: str, data: bytes) -> HubFile:
        self.files[(repo, name)] = f = HubFile(data)
        return f

    def start(self) -> FakeHub:
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def handle(self) -> None:
                # The client stopping mid-transfer is what these tests do.
                with contextlib.suppress(ConnectionResetError, BrokenPipeError):
                    super().handle()

            def _lookup(self) -> tuple[str, str, HubFile | None] | None:
                # /{owner}/{name}/resolve/{rev}/{file}
                parts = self.path.split("?")[0].strip("/").split("/")
                if len(parts) == 5 and parts[2] == "resolve":
                    repo, name = f"{parts[0]}/{parts[1]}", parts[4]
                    return repo, name, hub.files.get((repo, name))
                return None

            def do_HEAD(self) -> None:
                hub.heads += 1
                found = self._lookup()
                if found is None or found[2] is None:
                    known_repo = found is not None and any(r == found[0] for r, _ in hub.files)
                    code = "EntryNotFound" if known_repo else "RepoNotFound"
                    self.send_response(404)
                    self.send_header("X-Error-Code", code)
                    self.send_header("X-Error-Message", "not found")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                repo, name, f = found
                assert f is not None  # the branch above answered 404 for a missing file
                self.send_response(302)
                self.send_header("X-Repo-Commit", hub.commit)
                self.send_header("X-Linked-Etag", f'"{f.etag}"')
                self.send_header("X-Linked-Size", str(len(f.data)))
                self.send_header("ETag", '"not-the-lfs-hash"')
                self.send_header("Location", f"{hub.cdn_url}/cdn/{repo}/{name}")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                if not path.startswith("/cdn/"):
                    self.send_error(404)
                    return
                repo_name = path[len("/cdn/") :]
                repo, _, name = repo_name.rpartition("/")
                f = hub.files.get((repo, name))
                if f is None:
                    self.send_error(404)
                    return
                rng = self.headers.get("Range")
                hub.ranges.append(rng)
                start = 0
                if rng and rng.startswith("bytes="):
                    start = int(rng[6:].split("-")[0])
                body = f.data[start:]
                self.send_response(206 if start else 200)
                if start:
                    self.send_header("Content-Range", f"bytes {start}-{len(f.data) - 1}/{len(f.data)}")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Accept-Ranges", "bytes")
                self.end_headers()
                limit = hub.cut_after.pop(0) if hub.cut_after else None
                sent = 0
                step = 64 * 1024
                try:
                    while sent < len(body):
                        chunk = body[sent : sent + step]
                        if limit is not None and sent + len(chunk) > limit:
                            self.wfile.write(chunk[: max(0, limit - sent)])
                            self.wfile.flush()
                            self.close_connection = True
                            self.connection.shutdown(2)  # the Wi-Fi dropped
                            return
                        self.wfile.write(chunk)
                        sent += len(chunk)
                        if hub.delay_per_chunk_s:
                            time.sleep(hub.delay_per_chunk_s)
                except (BrokenPipeError, ConnectionResetError):
                    return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.cdn = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        for name, srv in (("fake-hub", self.server), ("fake-cdn", self.cdn)):
            srv.daemon_threads = True
            threading.Thread(target=srv.serve_forever, name=name, daemon=True).start()
        return self

    def stop(self) -> None:
        for srv in (self.server, self.cdn):
            if srv is not None:
                srv.shutdown()
                srv.server_close()
        self.server = self.cdn = None

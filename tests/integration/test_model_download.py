"""Adding a model from a Hugging Face repo, against a stand-in Hub on 127.0.0.1 (``HF_ENDPOINT``).

Covers: progress, the LFS sha256 check, a connection dropped mid-body (resumed
in the same call with a Range request), a download stopped by the user and
resumed by the next attempt, an upstream file that changed in between, a
registry hash that does not match, missing repo/file, and a Hub that is down.
"""

from __future__ import annotations

import hashlib
import json
import socket
import threading
from pathlib import Path

import pytest

from assistant.cli import main as cli
from assistant.errors import ModelError
from assistant.llm import manager
from assistant.llm.download import DownloadError, DownloadStopped, download_gguf
from assistant.paths import user_models_dir
from tests.ggufs import make_gguf
from tests.hub_server import FakeHub

REPO = "tester/Tiny-GGUF"
FILE = "tiny-Q4_K_M.gguf"


@pytest.fixture
def hub(fake_hub: FakeHub) -> FakeHub:
    return fake_hub


@pytest.fixture
def model_bytes(tmp_path: Path) -> bytes:
    return make_gguf(tmp_path / "src.gguf", name="Tiny Hub Model", payload_bytes=2_000_000).read_bytes()


def test_download_with_progress_and_the_lfs_hash(store, hub: FakeHub, model_bytes: bytes) -> None:
    hub.add(REPO, FILE, model_bytes)
    seen: list[tuple[int, int | None]] = []
    entry, done = manager.add_from_hub(
        store, REPO, FILE, progress=lambda d, t: seen.append((d, t)), quiet=True
    )
    assert done.path == user_models_dir() / FILE and done.resumed_from == 0
    assert done.sha256 == hashlib.sha256(model_bytes).hexdigest() and done.commit == hub.commit
    assert done.path.read_bytes() == model_bytes
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and seen[-1] == (
        len(model_bytes),
        len(model_bytes),
    )
    assert len(seen) >= 10
    assert entry.status == "unlisted" and entry.meta is not None and entry.meta.name == "Tiny Hub Model"
    assert not list(user_models_dir().glob("*.part*"))


def test_a_dropped_connection_resumes_in_the_same_call(store, hub: FakeHub, model_bytes: bytes) -> None:
    hub.add(REPO, FILE, model_bytes)
    hub.cut_after = [700_000]
    _, done = manager.add_from_hub(store, REPO, FILE, quiet=True)
    assert hub.ranges[0] is None
    assert hub.ranges[1] is not None and hub.ranges[1].startswith("bytes=")
    resumed_at = int(hub.ranges[1][6:].split("-")[0])
    assert 0 < resumed_at <= 700_000
    assert done.path.read_bytes() == model_bytes


def test_a_stopped_download_resumes_on_the_next_attempt(store, hub: FakeHub, model_bytes: bytes) -> None:
    hub.add(REPO, FILE, model_bytes)
    cancel = threading.Event()

    def progress(done: int, total: int | None) -> None:
        if done > len(model_bytes) // 3:
            cancel.set()

    with pytest.raises(DownloadStopped, match="resumes"):
        manager.add_from_hub(store, REPO, FILE, progress=progress, cancel=cancel, quiet=True)
    part = user_models_dir() / (FILE + ".part")
    kept = part.stat().st_size
    # the chunk that crossed a third was not written: the next attempt asks for it again
    assert len(model_bytes) // 4 < kept < len(model_bytes) // 2
    assert not (user_models_dir() / FILE).exists()
    assert FILE not in {m.name for m in manager.list_models(store)}  # a partial file is never offered

    hub.ranges.clear()
    _, done = manager.add_from_hub(store, REPO, FILE, quiet=True)
    assert hub.ranges == [f"bytes={kept}-"]
    assert done.resumed_from == kept
    assert done.path.read_bytes() == model_bytes
    assert not part.exists()


def test_a_changed_upstream_file_starts_again(
    store, hub: FakeHub, model_bytes: bytes, tmp_path: Path
) -> None:
    hub.add(REPO, FILE, model_bytes)
    cancel = threading.Event()
    with pytest.raises(DownloadStopped):
        download_gguf(
            REPO, FILE, user_models_dir(), progress=lambda d, t: cancel.set(), cancel=cancel, quiet=True
        )
    newer = make_gguf(tmp_path / "v2.gguf", name="Tiny v2", payload_bytes=1_500_000, seed=9).read_bytes()
    hub.add(REPO, FILE, newer)
    hub.ranges.clear()
    done = download_gguf(REPO, FILE, user_models_dir(), quiet=True)
    assert hub.ranges == [None] and done.resumed_from == 0
    assert done.path.read_bytes() == newer


def test_a_registry_hash_mismatch_deletes_the_download(
    store,
    hub: FakeHub,
    model_bytes: bytes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    registry = tmp_path / "registry.json"
    registry.write_text(
        json.dumps(
            {"models": [{"id": "tiny", "name": "Tiny", "file": FILE, "sha256": "0" * 64, "size_bytes": 1,
                         "source": {"repo": REPO, "revision": "b" * 40}}]}
        )
    )  # fmt: skip
    monkeypatch.setattr("assistant.llm.registry.registry_path", lambda: registry)
    hub.add(REPO, FILE, model_bytes)
    with pytest.raises(ModelError, match="does not match its expected sha256"):
        manager.add_model(store, "tiny", quiet=True)
    assert not list(user_models_dir().glob("tiny*"))


def test_a_corrupted_transfer_fails_the_lfs_hash(store, hub: FakeHub, model_bytes: bytes) -> None:
    f = hub.add(REPO, FILE, model_bytes)
    f.data = model_bytes[:-10] + b"XXXXXXXXXX"  # same size, other bytes than the Hub's hash says
    with pytest.raises(ModelError, match="sha256"):
        manager.add_from_hub(store, REPO, FILE, quiet=True)
    assert not list(user_models_dir().glob("tiny*"))


def test_missing_repo_or_file_and_a_hub_that_is_down(store, hub: FakeHub, model_bytes: bytes) -> None:
    hub.add(REPO, FILE, model_bytes)
    with pytest.raises(DownloadError, match="no file"):
        manager.add_from_hub(store, REPO, "other.gguf", quiet=True)
    with pytest.raises(DownloadError, match="No such model repo"):
        manager.add_from_hub(store, "nobody/nothing", FILE, quiet=True)
    with pytest.raises(ModelError, match="GGUF file name"):
        manager.add_from_hub(store, REPO, "../../etc/passwd", quiet=True)
    hub.stop()
    with pytest.raises(DownloadError, match="Could not reach"):
        manager.add_from_hub(store, REPO, FILE, quiet=True)


def test_cli_add_from_a_repo(
    hub: FakeHub, model_bytes: bytes, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    hub.add(REPO, FILE, model_bytes)
    assert cli(["model", "add", f"{REPO}/{FILE}", "--quiet", "--use"]) == 0
    assert "Added tiny-Q4_K_M.gguf" in capsys.readouterr().out
    assert cli(["model", "list", "--json"]) == 0
    (active,) = [m for m in json.loads(capsys.readouterr().out)["models"] if m["active"]]
    assert active["file"] == FILE and active["model_name"] == "Tiny Hub Model"
    with socket.socket() as s:  # a port with nothing on it
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    assert cli(["model", "add", REPO, "--file", "x.gguf", "--quiet"]) == 2
    assert "Could not reach the Hub" in capsys.readouterr().err

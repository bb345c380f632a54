"""Downloading a GGUF file from a Hugging Face repo, resumable across runs.

Only ever called because the user asked to add a model; nothing else in
Daybreak opens a connection.  ``huggingface_hub`` finds the file (revision,
redirects, auth token, ``HF_ENDPOINT`` for mirrors) and streams it with Range
requests.  Its own ``hf_hub_download`` deletes a partial file when a download
fails (huggingface_hub PR #4228), which would throw away gigabytes after a
dropped Wi-Fi or a closed lid, so the bytes go to ``<file>.part`` beside the
destination, with the upstream ETag in ``<file>.part.json``: the next attempt
resumes where the last one stopped, unless the upstream file changed.  The
finished file must pass its sha256 (the registry's, or the Hub's LFS hash)
before it gets its real name.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import KnownError, ModelError
from assistant.llm.models import check_gguf, sha256_file
from assistant.paths import ensure_private_dir

log = logging.getLogger("daybreak.llm.download")

Progress = Callable[[int, int | None], None]
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class DownloadStopped(KnownError):
    """The user stopped the download; the part already fetched is kept."""


class DownloadError(KnownError):
    """The Hub (or mirror) could not be reached, or refused the file."""


@dataclass(frozen=True)
class Downloaded:
    path: Path
    sha256: str
    size_bytes: int
    resumed_from: int  # bytes that were already on disk from an earlier attempt
    commit: str | None


def _progress_class(progress: Progress | None, cancel: threading.Event | None, quiet: bool) -> type[Any]:
    from huggingface_hub.utils import tqdm as hf_tqdm

    class _Progress(hf_tqdm):
        """huggingface_hub's bar, reporting to ``progress`` and checking ``cancel`` per chunk."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if quiet:
                kwargs["disable"] = True
            super().__init__(*args, **kwargs)
            self._done = int(kwargs.get("initial") or 0)
            self._total = kwargs.get("total")

        def update(self, n: float | None = 1) -> bool | None:
            out = super().update(n)
            self._done += int(n or 0)
            if progress is not None:
                progress(self._done, self._total)
            if cancel is not None and cancel.is_set():
                raise DownloadStopped(
                    "The download was stopped.",
                    "What was fetched is kept: adding the same model again resumes it.",
                )
            return out

    return _Progress


def _hub_error(exc: Exception, what: str) -> KnownError | None:
    """huggingface_hub/httpx errors → a plain message (by type, never by text)."""
    from huggingface_hub import errors as hf_errors

    if isinstance(exc, hf_errors.RepositoryNotFoundError):
        return DownloadError(f"No such model repo on the Hub: {what}.", "Check the repo name (owner/name).")
    if isinstance(exc, hf_errors.RevisionNotFoundError):
        return DownloadError(f"That revision does not exist for {what}.")
    if isinstance(exc, hf_errors.EntryNotFoundError):
        return DownloadError(
            f"The repo has no file {what}.", "Check the file name (daybreak model add --help)."
        )
    if isinstance(exc, hf_errors.GatedRepoError):
        return DownloadError(
            f"{what} is gated: accept its licence on the Hub first.",
            "Then log in with `hf auth login` (or set HF_TOKEN) and try again.",
        )
    if isinstance(exc, hf_errors.OfflineModeIsEnabled):
        return DownloadError("HF_HUB_OFFLINE is set, so nothing can be downloaded.", "Unset it to download.")
    if isinstance(exc, hf_errors.HfHubHTTPError):
        return DownloadError(f"The Hub refused {what} ({exc.__class__.__name__}).")
    if isinstance(exc, (ConnectionError, TimeoutError)) or exc.__class__.__module__.startswith("httpx"):
        return DownloadError(
            f"Could not reach the Hub to fetch {what} ({exc.__class__.__name__}).",
            "Check the connection; adding it again resumes where it stopped.",
        )
    return None


def download_gguf(
    repo: str,
    filename: str,
    dest_dir: Path,
    *,
    revision: str | None = None,
    expected_sha256: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    quiet: bool = False,
    token: str | None = None,
) -> Downloaded:
    """Fetch ``repo``/``filename`` into ``dest_dir``, resuming an earlier partial download.

    Raises:
        DownloadStopped: ``cancel`` was set (the partial file is kept).
        DownloadError: the Hub or the network failed (the partial file is kept).
        ModelError: the finished file is not the expected one (it is deleted).
    """
    from huggingface_hub import get_hf_file_metadata, hf_hub_url
    from huggingface_hub.file_download import http_get
    from huggingface_hub.utils import build_hf_headers

    if "/" in filename or filename.startswith(".") or not filename.endswith(".gguf"):
        raise ModelError(
            f"Not a GGUF file name: {filename!r}.", "Give the .gguf file's name inside the repo."
        )
    ensure_private_dir(dest_dir)
    dest = dest_dir / filename
    part = dest.with_name(filename + ".part")
    state_file = dest.with_name(filename + ".part.json")
    endpoint = os.environ.get("HF_ENDPOINT") or None  # read now, not at import: mirrors and tests
    what = f"{repo}/{filename}"
    url = hf_hub_url(repo, filename, revision=revision, endpoint=endpoint)
    try:
        # No retries here: a wrong name or an unreachable Hub should be said at once.
        meta = get_hf_file_metadata(url, token=token, endpoint=endpoint)
    except Exception as exc:
        known = _hub_error(exc, what)
        if known is None:
            raise
        raise known from exc
    etag = (meta.etag or "").strip('"').lower()
    state = {"repo": repo, "file": filename, "etag": etag, "size": meta.size, "commit": meta.commit_hash}
    resume = 0
    if part.exists():
        try:
            old = json.loads(state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            old = None
        if old is not None and old.get("etag") == etag and old.get("size") == meta.size and etag:
            resume = part.stat().st_size
        else:
            log.info("upstream file changed (or no record of it): starting %s again", filename)
            part.unlink()
    state_file.write_text(json.dumps(state), encoding="utf-8")
    if meta.size is not None and resume > meta.size:
        part.unlink()
        resume = 0
    headers = build_hf_headers(token=token)
    try:
        with part.open("ab") as f:
            if meta.size is None or resume < meta.size:
                http_get(
                    meta.location,
                    f,
                    resume_size=resume,
                    headers=headers,
                    expected_size=meta.size,
                    displayed_filename=filename,
                    tqdm_class=_progress_class(progress, cancel, quiet),
                )
            f.flush()
            os.fsync(f.fileno())
    except KnownError:
        raise
    except Exception as exc:
        known = _hub_error(exc, what)
        if known is None:
            raise
        raise known from exc
    digest = sha256_file(part)
    want = (expected_sha256 or (etag if _SHA256.match(etag) else "")).lower()
    if want and digest != want:
        part.unlink()
        state_file.unlink(missing_ok=True)
        raise ModelError(
            f"The downloaded {filename} does not match its expected sha256 "
            f"({digest[:12]}… instead of {want[:12]}…), so it was deleted.",
            "The repo may have changed since the registry was written; try again or pick another file.",
        )
    check_gguf(part)
    part.replace(dest)
    state_file.unlink(missing_ok=True)
    return Downloaded(dest, digest, dest.stat().st_size, resume, meta.commit_hash)

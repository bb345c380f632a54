"""Which engine to use: the local llama.cpp model, or a model server.

The server setting lives in the DB (address, model name, where the key comes
from, fallback on/off) — never the API key itself: that is read from an
environment variable named in the setting, or from the OS keyring
(``keyring``).  Off by default: with no server configured, Daybreak opens no
network connection.
"""

from __future__ import annotations

import contextlib
import logging
import os
import urllib.parse
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import Any

from assistant.errors import InputError, KnownError
from assistant.llm.base import CallLog, Engine, Message, Outcome, Request, Result, TokenCallback
from assistant.llm.remote import RemoteEngine, RemoteError

log = logging.getLogger("daybreak.llm.backend")

LOCAL, OPENAI = "local", "openai"
KEYRING_SERVICE = "daybreak"


@dataclass(frozen=True)
class BackendChoice:
    """``backend`` is ``local`` or ``openai``; the rest only matters for ``openai``.

    Attributes:
        api_key_env: Name of the environment variable holding the key.
        key_in_keyring: The key is in the OS keyring under the server address.
        fallback_local: If the server cannot be reached, use the local model.
        confirmed: The user chose this server on this computer.  A server setting
            that arrived with a restored backup is ``False`` until the user confirms
            it (``daybreak server confirm``): until then the local model is used, so
            a stranger's backup cannot send this computer's keys to their server.
    """

    backend: str = LOCAL
    base_url: str = ""
    model: str = ""
    api_key_env: str = ""
    key_in_keyring: bool = False
    fallback_local: bool = True
    timeout_s: float = 60.0
    confirmed: bool = True

    @property
    def remote(self) -> bool:
        return self.backend == OPENAI

    def describe(self) -> str:
        if not self.remote:
            return "the local model"
        return f"the model server at {self.base_url}" + (f" ({self.model})" if self.model else "")

    def validate(self) -> BackendChoice:
        if self.backend not in (LOCAL, OPENAI):
            raise InputError(f"Unknown backend {self.backend!r}.", "Use local or openai.")
        if self.remote:
            if has_credentials(self.base_url):
                # Never stored, logged or echoed: the message shows the address without them.
                raise InputError(
                    f"The server address {redact(self.base_url)} has a user name or password in it; "
                    "Daybreak does not store credentials in settings.",
                    "Give the address without them, and the key with --api-key-env or --api-key-stdin.",
                )
            if not self.base_url.startswith(("http://", "https://")):
                raise InputError(
                    f"Not a server address: {redact(self.base_url)!r}.",
                    "Use e.g. http://192.168.1.20:8080/v1",
                )
            if self.api_key_env and self.key_in_keyring:
                raise InputError(
                    "Give the API key either by environment variable or in the keyring, not both."
                )
        return self


def has_credentials(url: str) -> bool:
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return "@" in url
    return bool(parts.username or parts.password)


def redact(url: str) -> str:
    """``url`` without any user name or password (for messages and logs)."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return "<an invalid address>"
    if not (parts.username or parts.password):
        return url
    host = parts.hostname or ""
    netloc = f"***@{host}" + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def get_backend(store: Any) -> BackendChoice:
    """The saved choice.  One whose address carries credentials (only possible from an
    older build or a restored backup) comes back unconfirmed, with them removed."""
    from assistant import settings

    raw = settings.BACKEND.get(store)
    known = {k: v for k, v in raw.items() if k in BackendChoice.__dataclass_fields__}
    choice = BackendChoice(**known)
    if has_credentials(choice.base_url):
        choice = replace(choice, base_url=redact(choice.base_url).replace("***@", ""), confirmed=False)
    return choice


def require_confirmation(store: Any) -> BackendChoice | None:
    """After a restore: a server setting from the backup waits for the user's confirmation.

    Returns the (now unconfirmed) server choice, or ``None`` when the backup had none.
    """
    from assistant import settings

    choice = get_backend(store)
    if not choice.remote:
        return None
    choice = replace(choice, confirmed=False)
    settings.BACKEND.set(store, asdict(choice))
    return choice


def set_backend(store: Any, choice: BackendChoice) -> None:
    from assistant import settings

    settings.BACKEND.set(store, asdict(choice.validate()))


# -- API keys: environment or OS keyring, never the DB -----------------------


def _no_keyring() -> KnownError:
    return KnownError(
        "No OS keyring is available on this computer, so the API key cannot be stored safely.",
        "Put the key in an environment variable instead and give its name.",
    )


def save_api_key(base_url: str, key: str) -> None:
    import keyring
    import keyring.errors

    try:
        keyring.set_password(KEYRING_SERVICE, base_url, key)
    except keyring.errors.NoKeyringError as exc:
        raise _no_keyring() from exc
    except keyring.errors.KeyringError as exc:
        raise KnownError(f"The keyring refused to store the key ({exc.__class__.__name__}).") from exc


def delete_api_key(base_url: str) -> None:
    import keyring
    import keyring.errors

    # Not there, or no keyring: nothing to delete.
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(KEYRING_SERVICE, base_url)


def _keyring_get(base_url: str) -> str | None:
    import keyring
    import keyring.errors

    try:
        key = keyring.get_password(KEYRING_SERVICE, base_url)
    except keyring.errors.NoKeyringError as exc:
        raise _no_keyring() from exc
    except keyring.errors.KeyringError as exc:
        raise KnownError(f"The keyring could not be read ({exc.__class__.__name__}).") from exc
    return str(key) if key else None


def api_key(choice: BackendChoice) -> str | None:
    """The server's key, from where the setting says it is (``None``: no key needed)."""
    if choice.api_key_env:
        key = os.environ.get(choice.api_key_env)
        if not key:
            raise KnownError(
                f"The environment variable {choice.api_key_env} (the model server's API key) is not set.",
                "Export it before starting Daybreak, or store the key in the keyring in Settings.",
            )
        return key
    if choice.key_in_keyring:
        key = _keyring_get(choice.base_url)
        if not key:
            raise KnownError(
                f"No API key for {choice.base_url} in the keyring.",
                "Enter it again in Settings → Model server.",
            )
        return key
    return None


def make_remote(choice: BackendChoice, call_log: CallLog | None = None) -> RemoteEngine:
    return RemoteEngine(
        choice.base_url,
        model=choice.model,
        api_key=api_key(choice),
        timeout_s=choice.timeout_s,
        call_log=call_log,
    )


class FallbackEngine(Engine):
    """A model server, with the local model taking over when the server cannot be reached.

    Only "cannot be reached" falls back (refused connection, timeout before the
    first token): a bad answer from a working server is reported as it is, and
    a reply that breaks off mid-stream is not re-run locally (the user saw it
    start).  Once on the local model it stays there until the backend is
    switched again, so every request does not wait for a dead server first.
    """

    def __init__(
        self,
        primary: RemoteEngine,
        local_factory: Callable[[], Engine],
        *,
        start_local: str | None = None,
    ) -> None:
        super().__init__(None)  # each engine records its own calls
        self.primary = primary
        self._local_factory = local_factory
        self.local: Engine | None = None
        self.info = primary.info
        self.reason = ""
        if start_local is not None:
            self._to_local(start_local)

    @property
    def on_fallback(self) -> bool:
        return self.local is not None

    def _to_local(self, why: str) -> Engine:
        if self.local is None:
            log.warning("model server unreachable, using the local model: %s", why)
            self.local = self._local_factory()
            self.reason = why
            self.info = replace(
                self.local.info,
                device_reason=f"model server unreachable ({self.primary.parts.netloc}); "
                + (self.local.info.device_reason or "local model"),
                extra={**self.local.info.extra, "fallback_from": self.primary.info.path},
            )
        return self.local

    def count_tokens(self, messages: list[Message]) -> int:
        return (self.local or self.primary).count_tokens(messages)

    @property
    def n_ctx(self) -> int:
        return (self.local or self.primary).n_ctx

    def generate(self, request: Request, on_token: TokenCallback | None = None, cancel: Any = None) -> Result:
        if self.local is None:
            result = self.primary.generate(request, on_token, cancel)
            if result.outcome is not Outcome.FAILED or not self.primary.unreachable:
                return result
            try:
                self._to_local(result.error or "unreachable")
            except KnownError as exc:
                result.error = f"{result.error} The local model could not take over: {exc}"
                return result
        assert self.local is not None
        return self.local.generate(request, on_token, cancel)

    def close(self) -> None:
        self.primary.close()
        if self.local is not None:
            self.local.close()


def load_backend(
    choice: BackendChoice, local_factory: Callable[[], Engine], call_log: CallLog | None = None
) -> Engine:
    """The engine ``choice`` asks for; for a server, checked with one quick request.

    Raises:
        KnownError: the server is down (and fallback is off), the key is missing, …
    """
    if not choice.remote:
        return local_factory()
    if not choice.confirmed:
        log.warning("the saved model server came with a restored backup and is not confirmed; local model")
        return local_factory()
    remote = make_remote(choice.validate(), call_log)
    try:
        remote.probe()
    except RemoteError as exc:
        if not (choice.fallback_local and remote.unreachable):
            raise
        return FallbackEngine(remote, local_factory, start_local=str(exc))
    if choice.fallback_local:
        return FallbackEngine(remote, local_factory)
    return remote


def backend_from_args(
    backend: str | None, base_url: str | None, api_key_env: str | None, model: str | None = None
) -> BackendChoice | None:
    """A one-run override from the command line (``None``: use the saved setting)."""
    if backend is None and base_url is None:
        return None
    if (backend or OPENAI) == OPENAI and not base_url:
        raise InputError("--backend openai needs --base-url, e.g. http://127.0.0.1:8080/v1")
    if backend == LOCAL:
        return BackendChoice()
    return BackendChoice(
        OPENAI,
        base_url=base_url or "",
        model=model or "",
        api_key_env=api_key_env or "",
        fallback_local=False,
    ).validate()

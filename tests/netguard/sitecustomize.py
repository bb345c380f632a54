"""Loaded by every Python subprocess the tests start (via PYTHONPATH): any attempt to
connect outside the loopback is recorded and refused, so "Daybreak opens no network
connection unless configured to" is checked for the CLI too, not only in-process."""

import os
import socket

_real_connect = socket.socket.connect


def _guarded(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        host = str(address[0]) if isinstance(address, tuple) else str(address)
        if not (host.startswith("127.") or host in ("::1", "localhost")):
            log = os.environ.get("DAYBREAK_NETGUARD_LOG")
            if log:
                with open(log, "a", encoding="utf-8") as f:
                    f.write(f"{os.getpid()} {address!r}\n")
            raise PermissionError(f"network access blocked in tests: {address!r}")
    return _real_connect(self, address)


socket.socket.connect = _guarded  # type: ignore[method-assign]

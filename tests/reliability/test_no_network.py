import socket
import subprocess
import sys

import pytest


def test_in_process_connections_outside_loopback_fail() -> None:
    with socket.socket() as sock, pytest.raises(AssertionError, match="network"):
        sock.connect(("192.0.2.1", 80))


def test_subprocesses_are_guarded_too(netguard_log) -> None:
    code = "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 80), timeout=0.1)\nexcept PermissionError:\n    print('blocked')\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "blocked"
    # This test made the attempt on purpose: take it back out of the log.
    lines = netguard_log.read_text().splitlines()
    assert any("192.0.2.1" in ln for ln in lines)
    netguard_log.write_text("".join(ln + "\n" for ln in lines if "192.0.2.1" not in ln))

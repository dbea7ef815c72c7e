"""Servers a test starts on loopback: a free port, and waiting until one answers."""

import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_serving(url, process, log, timeout=60):
    """Poll ``url`` until it answers; fail with the ``log`` file's text if the
    process ends first or nothing answers within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except urllib.error.HTTPError:
            return  # An error page is an answer too.
        except OSError:
            pass
        try:
            process.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"{url} stopped before serving:\n{log.read_text()}")
    pytest.fail(f"{url} did not answer within {timeout} s:\n{log.read_text()}")

"""A real `hass` process running the demo, shared by the end-to-end tests of a module."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
import os
from pathlib import Path
import re
import socket
import subprocess
import sys
import time

import aiohttp
import pytest
import pytest_socket

from demo.encore_demo import DEMO_PASSWORD, DEMO_USER
from demo.prepare import EXPORT_NAME, prepare

from .client import HomeAssistantClient

READY_LINE = "Demo history imported"
# Home Assistant gave up on Encore or the demo: waiting longer changes nothing.
FAILED_SETUP = re.compile(r"Setup failed for custom integration '(encore|encore_demo)'")
# The `hass` that serves the demo: this venv's, or another release's (scripts/test
# runs these tests a second time with .venv-ha-next's, the newest Home Assistant).
HASS_ENV = "ENCORE_E2E_HASS"
START_TIMEOUT = 120.0


@dataclass(frozen=True)
class DemoServer:
    """A running demo: where it listens and what it was given."""

    base_url: str
    config: Path
    log: Path

    @property
    def export(self) -> Path:
        """The generated export the demo imported."""
        return self.config / "demo-export" / EXPORT_NAME


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_ready(process: subprocess.Popen[bytes], log: Path) -> None:
    # A real `hass` in a process of its own: its log is read until it says it
    # is ready, waiting on the process between reads (it may exit instead).
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace") if log.exists() else ""
        if READY_LINE in text:
            return
        if FAILED_SETUP.search(text):
            raise RuntimeError(f"the demo failed to set up; see {log}")
        try:
            process.wait(timeout=0.2)
        except subprocess.TimeoutExpired:
            continue
        raise RuntimeError(f"hass exited with {process.returncode}; see {log}")
    raise TimeoutError(f"the demo was not ready in {START_TIMEOUT} s; see {log}")


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    """Start `hass` on a fresh demo configuration; stop it after the module."""
    # Home Assistant's test plugin blocks sockets before each test; this server
    # and its clients only ever use loopback.
    pytest_socket.enable_socket()
    folder = tmp_path_factory.mktemp("e2e") / "config"
    port = _free_port()
    prepare(folder, port=port)
    log = folder.parent / "hass.log"
    hass_bin = Path(os.environ.get(HASS_ENV) or Path(sys.executable).with_name("hass"))
    with log.open("wb") as output:
        process = subprocess.Popen(  # noqa: S603 - our own venv's hass
            [str(hass_bin), "--config", str(folder), "--skip-pip"],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_ready(process, log)
        yield DemoServer(f"http://127.0.0.1:{port}", folder, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
async def client(
    demo_server: DemoServer, socket_enabled: None
) -> AsyncIterator[HomeAssistantClient]:
    """A client logged in as the documented demo user."""
    async with aiohttp.ClientSession() as session:
        ha = HomeAssistantClient(demo_server.base_url, session)
        await ha.login(DEMO_USER, DEMO_PASSWORD)
        yield ha

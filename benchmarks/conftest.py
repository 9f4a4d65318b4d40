"""The test suite's fixtures: a real Home Assistant and the fake peers."""

import sys

import pytest

from tests.conftest import (
    auto_enable_custom_integrations,
    credentials,
    fake_spotify,
    history_db,
    loaded_entry,
    setup_entry,
    shared_data,
    spotify_entry,
    spotify_user,
    spotify_wiring,
)

__all__ = [
    "auto_enable_custom_integrations",
    "credentials",
    "fake_spotify",
    "history_db",
    "loaded_entry",
    "setup_entry",
    "shared_data",
    "spotify_entry",
    "spotify_user",
    "spotify_wiring",
]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print each benchmark module's figures after its runs."""
    for name, module in list(sys.modules.items()):
        # HOSTILE: history_import's hostile cases, which may run alone.
        if name.startswith("benchmarks.") and (
            getattr(module, "RESULTS", None) or getattr(module, "HOSTILE", None)
        ):
            terminalreporter.write_line(module.report())

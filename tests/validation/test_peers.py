"""A missing test peer skips with its reason outside CI and fails in CI."""

from pathlib import Path

import pytest

from tests import peers


def _outcome(peer: str) -> BaseException:
    with pytest.raises((pytest.skip.Exception, pytest.fail.Exception)) as caught:
        peers.missing_peer(peer, "PostgreSQL's server", "apt-get install postgresql.")
    return caught.value


def test_skips_with_the_reason_setup_recorded(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    notes = tmp_path / ".encore-peers"
    notes.write_text(
        "chromium: needs root\npostgresql: scripts/setup was told not to install"
        " system packages\n"
    )
    monkeypatch.setattr(peers, "SETUP_NOTES", notes)
    monkeypatch.delenv("CI", raising=False)

    outcome = _outcome("postgresql")

    assert isinstance(outcome, pytest.skip.Exception)
    assert str(outcome) == (
        "PostgreSQL's server is not installed (scripts/setup was told not to install"
        " system packages). apt-get install postgresql."
    )


def test_skips_without_notes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(peers, "SETUP_NOTES", tmp_path / "absent")
    monkeypatch.setenv("CI", "false")

    outcome = _outcome("postgresql")

    assert isinstance(outcome, pytest.skip.Exception)
    assert str(outcome) == (
        "PostgreSQL's server is not installed. apt-get install postgresql."
    )


@pytest.mark.parametrize("value", ["true", "1", "TRUE"])
def test_fails_in_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    monkeypatch.setattr(peers, "SETUP_NOTES", tmp_path / "absent")
    monkeypatch.setenv("CI", value)

    outcome = _outcome("postgresql")

    assert isinstance(outcome, pytest.fail.Exception)
    assert "CI must run every test" in str(outcome)

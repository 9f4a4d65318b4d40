"""What the listening page is told when a user slips or an import goes wrong (issue 33.9).

Through the websocket, as the page asks: errors carry their translation key
(the page says them in its user's language), a user's slip is not an ERROR in
Home Assistant's log, and an upload is named as the user named it.
"""

import logging
from pathlib import Path
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from homeassistant.components import persistent_notification
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from custom_components.encore.history.imports.uploads import safe_upload_name
from custom_components.encore.history.whose import async_phrase
from tests.history.imports.test_import import exports_dir, zip_folder

from .test_services import history, people  # noqa: F401 - fixtures
from .test_websocket import ws, ws_error

type Client = Any


async def _upload(hass_client: Any, path: Path) -> str:
    http = await hass_client()
    with path.open("rb") as handle:
        response = await http.post("/api/file_upload", data={"file": handle})
    assert response.status == 200
    return str((await response.json())["file_id"])


async def _import(
    hass: HomeAssistant, client: Client, hass_client: Any, entry_id: str, path: Path
) -> dict[str, Any]:
    """Upload `path`, import it as the page does; return the last import event."""
    await ws(
        client,
        "import_upload",
        config_entry_id=entry_id,
        file_id=await _upload(hass_client, path),
    )
    await hass.async_block_till_done(wait_background_tasks=True)
    while (message := await client.receive_json())["type"] == "event":
        if message["event"]["status"] != "running":
            return dict(message["event"])
    raise AssertionError(message)


def _notification(hass: HomeAssistant) -> str:
    notes = persistent_notification._async_get_or_create_notifications(hass)
    (note,) = [note for key, note in notes.items() if key.startswith("encore_import")]
    return str(note["message"])


@pytest.fixture
async def uploads(hass: HomeAssistant, tmp_path: Path) -> Path:
    """Uploads into a configuration folder of the test's own."""
    config = tmp_path / "config"
    config.mkdir()
    hass.config.config_dir = str(config)
    assert await async_setup_component(hass, "file_upload", {})
    return config / "encore" / "imports"


async def test_upload_is_named_as_the_user_named_it(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
    hass_client: Any,
    tmp_path: Path,
    uploads: Path,
) -> None:
    """Not a ZIP: the error names the user's file, never a temporary name."""
    wrong = tmp_path / "holiday photos.zip"
    wrong.write_bytes(b"not a zip at all")
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "encore/subscribe_imports"})
    assert (await client.receive_json())["success"]
    event = await _import(hass, client, hass_client, history["ada"].entry_id, wrong)
    assert event["status"] == "failed"
    assert event["translation_key"] == "import_not_zip"
    assert event["translation_placeholders"] == {"file": "holiday photos.zip"}
    assert "holiday photos.zip" in _notification(hass)
    # Nothing of the upload is left behind, not even its folder.
    assert not any(uploads.iterdir())


async def test_the_same_export_again_says_it_was_imported_before(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
    hass_client: Any,
    tmp_path: Path,
    uploads: Path,
) -> None:
    """Imported twice: the second report says so, with no 'Rows left out: -'."""
    archive = zip_folder(
        exports_dir() / "Efrrowini_spotify-music-analysis",
        tmp_path / "my_spotify_data.zip",
    )
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "encore/subscribe_imports"})
    assert (await client.receive_json())["success"]
    entry_id = history["ada"].entry_id
    first = await _import(hass, client, hass_client, entry_id, archive)
    assert first["status"] == "completed"
    text = _notification(hass)
    assert text.startswith("Imported my_spotify_data.zip:")
    assert ": -" not in text
    again = await _import(hass, client, hass_client, entry_id, archive)
    assert again["imported"] == 0
    assert again["files_already_imported"] == again["files"]
    assert _notification(hass).startswith(
        "my_spotify_data.zip was imported before: the history already holds its"
    )


async def test_a_reversed_range_is_answered_not_logged(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A custom range that ends before it starts: a translated error, no ERROR line."""
    client = await hass_ws_client(hass)
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        for command in ("listening_stats", "minutes_by_day", "top_items", "item"):
            error = await ws_error(
                client,
                command,
                period="custom",
                start="2024-05-10T00:00:00",
                end="2024-05-01T00:00:00",
                **({"artist": "Björk"} if command == "item" else {}),
            )
            assert error["translation_key"] == "period_end_before_start"
            assert error["translation_domain"] == "encore"
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("my_spotify_data.zip", "my_spotify_data.zip"),
        ("C:\\Users\\me\\Downloads\\export.ZIP", "export.zip"),
        ("../../etc/passwd.json", "passwd.json"),
        ("a<b>|c.json", "a_b_c.json"),
        (".zip", "export.zip"),
    ],
)
def test_upload_names_are_safe(name: str, safe: str) -> None:
    """No folders, no odd characters; the suffix says how it is read."""
    assert safe_upload_name(name) == safe


@pytest.mark.parametrize(
    ("language", "name", "everything"),
    [
        ("en", "Ada listening time", "Encore listening time (all sources)"),
        ("de", "Ada: Hörzeit", "Encore-Hörzeit (alle Quellen)"),
    ],
)
async def test_the_statistic_is_named_in_home_assistants_language(
    hass: HomeAssistant, language: str, name: str, everything: str
) -> None:
    """The listening-time statistic's name follows the language (issue 33.8)."""
    assert await async_setup_component(hass, "encore", {})
    hass.config.language = language
    assert await async_phrase(hass, "statistic_name", ["Ada"], None) == name
    assert await async_phrase(hass, "statistic_name_all", ["Ada"], None) == everything

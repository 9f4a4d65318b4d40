"""The history settings entry, export, purge, retention and backups."""

from collections.abc import AsyncGenerator
import csv
from datetime import timedelta
from functools import partial
import json
from pathlib import Path
import sqlite3
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator
from sqlalchemy import Connection, func, select

from homeassistant.config_entries import ConfigEntryDisabler, ConfigEntryState
from homeassistant.core import Context, HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.exceptions import ServiceValidationError, Unauthorized
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.encore import backup
from custom_components.encore.const import (
    CONF_DB_URL,
    CONF_KIND,
    CONF_MEDIA_PLAYERS,
    CONF_RETENTION_DAYS,
    DOMAIN,
    EntryKind,
)
from custom_components.encore.history.diagnostics import async_history_diagnostics
from custom_components.encore.history.manager import HistoryManager, async_get_manager
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.store.reads import READ_LIMIT
from custom_components.encore.history.store.schema import jobs, plays
from custom_components.encore.history.store.writes import WriterState

from .conftest import advance
from .history.databases import alter_from_outside

ACCOUNT = "ada_listener"
DAY_MS = 86_400_000


def record(ended_ms: int, n: int, account: str = ACCOUNT) -> PlayRecord:
    """A track stream ending at `ended_ms`."""
    return PlayRecord(
        account=account,
        source=Source.EXPORT_EXTENDED,
        ended_at=ended_ms,
        ms_played=180_000 + n,
        kind=PlayKind.TRACK,
        title=f'Song {n}, "quoted"',
        artist="Café Tacvba",
        album="Re",
        item_uri=f"spotify:track:{n:022d}",
        device="ios",
    )


async def add(manager: HistoryManager, records: list[PlayRecord]) -> None:
    """Store records like the importer does."""

    def write(conn: Connection, state: WriterState) -> None:
        state.insert_records(conn, records)

    await manager.async_write(write)


async def count(manager: HistoryManager) -> int:
    """Stored plays."""
    return await manager.async_read(
        lambda c: c.execute(select(func.count()).select_from(plays)).scalar_one()
    )


@pytest.fixture
async def settings_entry(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, tmp_path: Path
) -> AsyncGenerator[MockConfigEntry]:
    """The history settings entry, loaded, with an account entry beside it."""
    freezer.move_to("2026-11-20T12:00:00+00:00")
    hass.config.allowlist_external_dirs = {str(tmp_path)}
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id="history",
        data={CONF_KIND: EntryKind.HISTORY},
        options={CONF_RETENTION_DAYS: 30},
    )
    entry.add_to_hass(hass)
    MockConfigEntry(
        domain=DOMAIN,
        unique_id=ACCOUNT,
        title="Ada",
        data={CONF_KIND: EntryKind.SPOTIFY},
        disabled_by=ConfigEntryDisabler.USER,
    ).add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    yield entry
    if entry.state is ConfigEntryState.LOADED:
        await hass.config_entries.async_unload(entry.entry_id)


def account_entry_id(hass: HomeAssistant) -> str:
    """The account entry's id."""
    entry = hass.config_entries.async_entry_for_domain_unique_id(DOMAIN, ACCOUNT)
    assert entry is not None
    return entry.entry_id


async def test_add_the_settings_entry_once(hass: HomeAssistant) -> None:
    """The menu adds the history settings; once there, it offers them no more (43.16)."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": "user"}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"next_step_id": "history"}
    )
    assert result["type"] is FlowResultType.FORM
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Listening history"
    await hass.async_block_till_done()
    assert async_get_manager(hass).is_open
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": "user"}
    )
    assert result["type"] is FlowResultType.MENU
    assert result["menu_options"] == ["spotify", "sonos", "scrobbler"]
    hass.config_entries.flow.async_abort(result["flow_id"])
    for entry in hass.config_entries.async_entries(DOMAIN):
        await hass.config_entries.async_unload(entry.entry_id)
    assert not async_get_manager(hass).is_open


async def test_options_move_the_database_to_postgresql(
    hass: HomeAssistant,
    settings_entry: MockConfigEntry,
    postgres_db_url: str,
    history_db: str,
) -> None:
    """A bad URL is refused; a working one reopens the history there."""
    manager = async_get_manager(hass)
    await add(manager, [record(1_700_000_000_000, 1)])
    result = await hass.config_entries.options.async_init(settings_entry.entry_id)
    assert result["step_id"] == "history_menu"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "history"}
    )
    assert result["step_id"] == "history"
    for url, error in (
        ("nonsense", "db_url_invalid"),
        ("oracle://x@y/z", "db_url_unsupported"),
        ("postgresql+psycopg2://nobody@127.0.0.1:9/none", "db_unreachable"),
    ):
        result = await hass.config_entries.options.async_configure(
            result["flow_id"],
            {CONF_DB_URL: url, CONF_RETENTION_DAYS: 0, CONF_MEDIA_PLAYERS: []},
        )
        assert result["errors"] == {CONF_DB_URL: error}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {CONF_DB_URL: postgres_db_url, CONF_RETENTION_DAYS: 0, CONF_MEDIA_PLAYERS: []},
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert manager.store.dialect == "postgresql"
    assert "postgresql" in manager.display_url
    # A fresh database there; the SQLite file keeps its play.
    assert await count(manager) == 0
    await add(manager, [record(1_700_000_000_000, 2)])
    assert await count(manager) == 1


async def test_export_csv_and_jsonl(
    hass: HomeAssistant, settings_entry: MockConfigEntry, tmp_path: Path
) -> None:
    """The history written out is every play with its names, in UTC."""
    manager = async_get_manager(hass)
    start = 1_767_225_600_000  # 2026-01-01T00:00:00Z
    await add(manager, [record(start + i * 3_600_000, i) for i in range(5)])
    await add(manager, [record(start, 9, account="bob")])
    target = tmp_path / "out.csv"
    response = await hass.services.async_call(
        DOMAIN,
        "export_history",
        {"path": str(target), "config_entry_id": account_entry_id(hass)},
        blocking=True,
        return_response=True,
    )
    assert response == {"path": str(target), "rows": 5, "format": "csv"}
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["title"] for row in rows] == [f'Song {i}, "quoted"' for i in range(5)]
    assert rows[0]["ended_at"] == "2026-01-01T00:00:00.000+00:00"
    assert rows[0]["artist"] == "Café Tacvba"
    assert rows[0]["source"] == "export_extended"
    assert rows[0]["kind"] == "track"

    target = tmp_path / "all.jsonl"
    response = await hass.services.async_call(
        DOMAIN,
        "export_history",
        {
            "path": str(target),
            "format": "jsonl",
            "start": "2026-01-01T00:30:00+00:00",
        },
        blocking=True,
        return_response=True,
    )
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert response["rows"] == len(lines) == 4
    assert {line["account"] for line in lines} == {ACCOUNT}
    assert not list(tmp_path.glob(".*.partial"))


async def test_export_refuses_paths_and_non_admins(
    hass: HomeAssistant,
    settings_entry: MockConfigEntry,
    tmp_path: Path,
    hass_read_only_user: MockUser,
) -> None:
    """Only admins, only allowed folders, only existing folders."""
    with pytest.raises(Unauthorized):
        await hass.services.async_call(
            DOMAIN,
            "export_history",
            {"path": str(tmp_path / "x.csv")},
            blocking=True,
            return_response=True,
            context=Context(user_id=hass_read_only_user.id),
        )
    # Home Assistant serves www to anyone as /local/, even through a link.
    www = Path(hass.config.path("www"))
    await hass.async_add_executor_job(partial(www.mkdir, exist_ok=True))
    hass.config.allowlist_external_dirs.add(str(www))
    await hass.async_add_executor_job((tmp_path / "shared").symlink_to, www)
    for path, key in (
        ("/etc/encore.csv", "path_not_allowed"),
        (str(tmp_path / "missing" / "x.csv"), "path_folder_missing"),
        (str(www / "history.csv"), "path_public"),
        (str(tmp_path / "shared" / "history.csv"), "path_public"),
    ):
        with pytest.raises(ServiceValidationError) as err:
            await hass.services.async_call(
                DOMAIN,
                "export_history",
                {"path": path},
                blocking=True,
                return_response=True,
            )
        assert err.value.translation_key == key
    assert not await hass.async_add_executor_job((www / "history.csv").exists)


async def test_export_never_replaces_a_file_unasked(
    hass: HomeAssistant, settings_entry: MockConfigEntry, tmp_path: Path
) -> None:
    """An existing file stays unless overwrite is set; folders and other types are refused."""
    await add(
        async_get_manager(hass),
        [record(1_767_225_600_000 + i * 3_600_000, i) for i in range(5)],
    )

    async def export(path: Path, **data: Any) -> dict[str, Any]:
        response = await hass.services.async_call(
            DOMAIN,
            "export_history",
            {"path": str(path), **data},
            blocking=True,
            return_response=True,
        )
        assert isinstance(response, dict)
        return response

    spotify_zip = tmp_path / "my_spotify_data.zip"
    spotify_zip.write_bytes(b"PK\x03\x04 the user's own export")
    existing = tmp_path / "history.csv"
    existing.write_text("kept")
    folder = tmp_path / "exports"
    folder.mkdir()
    for path, data, key in (
        (spotify_zip, {}, "export_wrong_suffix"),
        (spotify_zip, {"overwrite": True}, "export_wrong_suffix"),
        (tmp_path / "history.jsonl", {}, "export_wrong_suffix"),
        (existing, {}, "export_exists"),
        (folder, {}, "export_wrong_suffix"),
        (tmp_path / "dir.csv", {}, "export_is_folder"),
    ):
        if path.name == "dir.csv":
            path.mkdir()
        with pytest.raises(ServiceValidationError) as err:
            await export(path, **data)
        assert err.value.translation_key == key, path
    assert spotify_zip.read_bytes() == b"PK\x03\x04 the user's own export"
    assert existing.read_text() == "kept"
    # Nothing written beside any of them, not even a partial file.
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "dir.csv",
        "exports",
        "history.csv",
        "my_spotify_data.zip",
    ]

    response = await export(existing, overwrite=True)
    assert response["rows"] == 5
    assert existing.read_text().startswith("account,source,")
    response = await export(folder / "history.jsonl", format="jsonl")
    assert response["rows"] == 5


async def test_export_loses_a_race_without_replacing(
    hass: HomeAssistant, settings_entry: MockConfigEntry, tmp_path: Path
) -> None:
    """A file created while the export runs is not replaced either."""
    await add(
        async_get_manager(hass),
        [record(1_767_225_600_000 + i * 3_600_000, i) for i in range(5)],
    )
    target = tmp_path / "late.csv"
    manager = async_get_manager(hass)
    real_read = manager.async_read

    async def read_then_race(job: Any) -> Any:
        # Someone creates the file after the check, before the rename.
        await hass.async_add_executor_job(target.write_text, "someone else's")
        return await real_read(job)

    manager.async_read = read_then_race  # type: ignore[method-assign]
    try:
        with pytest.raises(ServiceValidationError) as err:
            await hass.services.async_call(
                DOMAIN,
                "export_history",
                {"path": str(target)},
                blocking=True,
                return_response=True,
            )
    finally:
        del manager.async_read
    assert err.value.translation_key == "export_exists"
    assert target.read_text() == "someone else's"
    assert not list(tmp_path.glob(".*.partial"))


async def test_purge(
    hass: HomeAssistant,
    settings_entry: MockConfigEntry,
    hass_read_only_user: MockUser,
) -> None:
    """Purging needs a scope and an admin; it deletes what it says."""
    manager = async_get_manager(hass)
    now = int(dt_util.utcnow().timestamp() * 1000)
    await add(manager, [record(now - i * DAY_MS, i) for i in range(10)])
    await add(manager, [record(now, 1, account="bob")])
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN, "purge_history", {}, blocking=True, return_response=True
        )
    assert err.value.translation_key == "purge_needs_scope"
    with pytest.raises(Unauthorized):
        await hass.services.async_call(
            DOMAIN,
            "purge_history",
            {"all": True},
            blocking=True,
            context=Context(user_id=hass_read_only_user.id),
        )
    assert await count(manager) == 11
    scope = {
        "config_entry_id": account_entry_id(hass),
        "before": (dt_util.utcnow() - timedelta(days=4, hours=12)).isoformat(),
    }
    # A dry run counts what would go (what the page's confirmation names).
    for fields, would in ((scope, 5), ({"all": True}, 11)):
        response = await hass.services.async_call(
            DOMAIN,
            "purge_history",
            {**fields, "dry_run": True},
            blocking=True,
            return_response=True,
        )
        assert response == {"would_delete": would}
    assert await count(manager) == 11
    response = await hass.services.async_call(
        DOMAIN, "purge_history", scope, blocking=True, return_response=True
    )
    assert response == {"deleted": 5}
    response = await hass.services.async_call(
        DOMAIN, "purge_history", {"all": True}, blocking=True, return_response=True
    )
    assert response == {"deleted": 6}


async def test_retention_runs_daily(
    hass: HomeAssistant,
    settings_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
) -> None:
    """With 30 days kept, older plays go a few minutes after start and daily."""
    manager = async_get_manager(hass)
    now = int(dt_util.utcnow().timestamp() * 1000)
    await add(manager, [record(now - days * DAY_MS, days) for days in (1, 29, 31, 400)])
    await advance(hass, freezer, timedelta(minutes=6))
    assert await count(manager) == 2
    await advance(hass, freezer, timedelta(days=1, minutes=1))
    assert await count(manager) == 1
    kinds = await manager.async_read(
        lambda c: c.execute(
            select(jobs.c.kind, jobs.c.status, jobs.c.counts).where(
                jobs.c.kind == "retention"
            )
        ).all()
    )
    assert [(k, s, json.loads(c)["deleted"]) for k, s, c in kinds] == [
        ("retention", "completed", 2),
        ("retention", "completed", 1),
    ]


async def test_retention_on_a_database_that_refuses_waits_a_day(
    hass: HomeAssistant,
    settings_entry: MockConfigEntry,
    freezer: FrozenDateTimeFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A refused delete is logged, loses nothing and is done on the next day's run.

    Encore keeps running: nothing raises out of the timer.
    """
    manager = async_get_manager(hass)
    now = int(dt_util.utcnow().timestamp() * 1000)
    await add(manager, [record(now - days * DAY_MS, days) for days in (1, 31, 400)])
    refuse = (
        "CREATE TRIGGER refuse BEFORE DELETE ON plays"
        " BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END"
    )
    assert await hass.async_add_executor_job(alter_from_outside, manager, refuse) == 3
    await advance(hass, freezer, timedelta(minutes=6))
    assert await count(manager) == 3
    assert "Could not apply the history retention" in caplog.text
    assert "readonly database" in caplog.text
    assert settings_entry.state is ConfigEntryState.LOADED

    await hass.async_add_executor_job(
        alter_from_outside, manager, "DROP TRIGGER refuse"
    )
    await advance(hass, freezer, timedelta(days=1, minutes=1))
    assert await count(manager) == 1
    # The refused run was no job: only the one that deleted is in the list.
    kinds = await manager.async_read(
        lambda c: c.execute(
            select(jobs.c.status, jobs.c.counts).where(jobs.c.kind == "retention")
        ).all()
    )
    assert [(status, json.loads(counts)["deleted"]) for status, counts in kinds] == [
        ("completed", 2)
    ]


async def test_backup_holds_writes(
    hass: HomeAssistant, settings_entry: MockConfigEntry, history_db: str
) -> None:
    """Between the backup's start and end, writes wait in the queue; none is lost."""
    manager = async_get_manager(hass)
    await add(manager, [record(1_700_000_000_000, 1)])
    await backup.async_pre_backup(hass)
    db_file = Path(history_db.removeprefix("sqlite:///"))
    wal = Path(f"{db_file}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    pending = hass.async_create_task(add(manager, [record(1_700_000_000_000, 2)]))
    await hass.async_add_executor_job(lambda: None)
    assert not pending.done()
    await backup.async_post_backup(hass)
    await pending
    assert await count(manager) == 2


async def test_history_survives_a_broken_database(
    hass: HomeAssistant, settings_entry: MockConfigEntry, history_db: str
) -> None:
    """A database from a newer Encore: the settings entry retries, nothing is touched."""
    manager = async_get_manager(hass)
    await add(manager, [record(1_700_000_000_000, 1)])
    await hass.config_entries.async_unload(settings_entry.entry_id)
    assert not manager.is_open
    with sqlite3.connect(history_db.removeprefix("sqlite:///")) as conn:
        conn.execute("UPDATE encore_meta SET value = '99' WHERE key = 'schema_version'")
    await hass.config_entries.async_setup(settings_entry.entry_id)
    await hass.async_block_till_done()
    assert settings_entry.state is ConfigEntryState.SETUP_RETRY
    assert not manager.is_open
    with sqlite3.connect(history_db.removeprefix("sqlite:///")) as conn:
        assert conn.execute("SELECT count(*) FROM plays").fetchone() == (1,)


async def test_chosen_media_players_are_recorded(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A player chosen in the options is heard from setup until unload."""
    freezer.move_to("2026-11-20T12:00:00+00:00")
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id="history",
        data={CONF_KIND: EntryKind.HISTORY},
        options={CONF_MEDIA_PLAYERS: ["media_player.kitchen_cast"]},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    attributes = {
        "media_content_id": "spotify:track:4uLU6hMCjMI75M1A2tKUQC",
        "media_content_type": "music",
        "media_title": "Never Gonna Give You Up",
        "media_artist": "Rick Astley",
        "friendly_name": "Kitchen",
    }
    hass.states.async_set("media_player.kitchen_cast", "playing", attributes)
    await advance(hass, freezer, timedelta(seconds=95))
    # Unloading writes what was heard so far.
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    manager = async_get_manager(hass)
    row = await manager.async_read(
        lambda c: c.execute(select(plays.c.ms_played, plays.c.source)).one()
    )
    assert row.source == Source.MEDIA_PLAYER
    assert row.ms_played == 95_000
    await hass.config_entries.async_unload(entry.entry_id)


async def test_diagnostics_tell_shape_not_secrets(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    freezer: FrozenDateTimeFactory,
    tmp_path: Path,
) -> None:
    """The backend, counts by source and recent jobs; no URL, no plays."""
    assert await async_setup_component(hass, "diagnostics", {})
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id="history",
        data={CONF_KIND: EntryKind.HISTORY},
        options={CONF_DB_URL: f"sqlite:///{tmp_path}/secret-place.db"},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    history = async_get_manager(hass)
    await add(history, [record(1_700_000_000_000, 1)])
    await history.async_start_job("import", ACCOUNT)
    report = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    assert report["entry"]["options"][CONF_DB_URL] == "**REDACTED**"
    assert report["history"]["backend"] == "sqlite"
    reads = report["history"]["reads"]
    assert reads["limit"] == READ_LIMIT
    assert reads["running"] == reads["waiting"] == 0
    assert reads["started"] >= 1
    assert report["history"]["plays_by_source"] == {"export_extended": 1}
    assert report["history"]["recent_jobs"][0]["kind"] == "import"
    # Nothing looked up: the page never showed anything without artwork.
    assert report["artwork"] == {
        "looked_up": 0,
        "last_hour": 0,
        "budget_per_hour": 30,
        "waiting": 0,
        "paused_until": None,
    }
    assert "Song" not in str(report)
    assert "secret-place" not in str(report)
    await hass.config_entries.async_unload(entry.entry_id)
    assert await async_history_diagnostics(history) == {"open": False}

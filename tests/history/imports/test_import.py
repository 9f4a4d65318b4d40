"""Importing a Spotify data export through Home Assistant's action and options flow."""

import asyncio
from collections.abc import AsyncGenerator
import json
from pathlib import Path
import signal
import sqlite3
import subprocess
import sys
from typing import Any
import zipfile

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from sqlalchemy import Connection, func, select

from homeassistant.components import persistent_notification
from homeassistant.config_entries import ConfigEntryDisabler
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import (
    HomeAssistantError,
    ServiceValidationError,
    Unauthorized,
)
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.encore.const import CONF_DB_URL, CONF_KIND, DOMAIN, EntryKind
from custom_components.encore.history.imports import importer
from custom_components.encore.history.manager import HistoryManager, async_get_manager
from custom_components.encore.history.models import Source
from custom_components.encore.history.store import bulk
from custom_components.encore.history.store.schema import jobs, plays
from fakes.spotify.payloads import shared_data_dir

from ..databases import assert_rollups_exact, bulk_table_indexes

ACCOUNT = "ada_listener"
EXPORTS = "spotify-exports"


def exports_dir() -> Path:
    """The real exports in ../shared/data, or skip saying why."""
    data = shared_data_dir()
    if data is None or not (data / EXPORTS).is_dir():
        pytest.skip("../shared/data/spotify-exports is not here (real Spotify exports)")
    return data / EXPORTS


def raw_rows(folder: Path, pattern: str) -> list[dict[str, Any]]:
    """Every row of the files matching `pattern`, straight from the JSON."""
    rows: list[dict[str, Any]] = []
    for path in sorted(folder.glob(pattern)):
        rows.extend(json.loads(path.read_text(encoding="utf-8")))
    return rows


def expected_extended(rows: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    """Distinct streams of extended rows, computed without Encore's code."""
    streams = set()
    for row in rows:
        uri = (
            row.get("spotify_track_uri")
            or row.get("spotify_episode_uri")
            or row.get("audiobook_chapter_uri")
            or row.get("audiobook_uri")
        )
        item = uri or (
            row.get("master_metadata_album_artist_name")
            or row.get("episode_show_name"),
            row.get("master_metadata_track_name") or row.get("episode_name"),
            row.get("master_metadata_album_album_name"),
        )
        streams.add((row["ts"], item, row["ms_played"]))
    return streams


@pytest.fixture(params=["sqlite", "postgresql"])
async def history(
    hass: HomeAssistant,
    tmp_path: Path,
    freezer: FrozenDateTimeFactory,
    request: pytest.FixtureRequest,
) -> AsyncGenerator[HistoryManager]:
    """The history settings entry loaded, an account entry, an allowed folder.

    Each test runs on SQLite and on a real PostgreSQL server.
    """
    options = (
        {CONF_DB_URL: request.getfixturevalue("postgres_db_url")}
        if request.param == "postgresql"
        else {}
    )
    data = shared_data_dir()
    hass.config.allowlist_external_dirs = {str(tmp_path)} | (
        {str(data / EXPORTS)} if data is not None else set()
    )
    settings = MockConfigEntry(
        domain=DOMAIN,
        unique_id="history",
        data={CONF_KIND: EntryKind.HISTORY},
        options=options,
    )
    settings.add_to_hass(hass)
    account = MockConfigEntry(
        domain=DOMAIN,
        unique_id=ACCOUNT,
        title="Ada",
        data={CONF_KIND: EntryKind.SPOTIFY},
        # Importing needs the account's id, not its connection to Spotify.
        disabled_by=ConfigEntryDisabler.USER,
    )
    account.add_to_hass(hass)
    assert await hass.config_entries.async_setup(settings.entry_id)
    await hass.async_block_till_done()
    manager = async_get_manager(hass)
    assert manager.is_open
    assert manager.store.dialect == request.param
    yield manager
    await hass.config_entries.async_unload(settings.entry_id)


def account_entry(hass: HomeAssistant) -> str:
    """The account entry's id."""
    entry = hass.config_entries.async_entry_for_domain_unique_id(DOMAIN, ACCOUNT)
    assert entry is not None
    return entry.entry_id


async def import_path(
    hass: HomeAssistant, path: Path, context: Context | None = None
) -> dict[str, Any]:
    """Call encore.import_history and return its response."""
    response = await hass.services.async_call(
        DOMAIN,
        "import_history",
        {"config_entry_id": account_entry(hass), "path": str(path)},
        blocking=True,
        return_response=True,
        context=context,
    )
    assert isinstance(response, dict)
    return response


async def stored(manager: HistoryManager) -> set[tuple[int, int, int]]:
    """(ended_at, item_id, ms_played) of every stored play."""
    return set(
        await manager.async_read(
            lambda c: (
                c.execute(select(plays.c.ended_at, plays.c.item_id, plays.c.ms_played))
                .tuples()
                .all()
            )
        )
    )


async def play_count(manager: HistoryManager) -> int:
    """How many plays are stored."""
    return await manager.async_read(
        lambda c: c.execute(select(func.count()).select_from(plays)).scalar_one()
    )


def zip_folder(
    folder: Path, target: Path, prefix: str = "Spotify Extended Streaming History/"
) -> Path:
    """The folder's JSON files as an export ZIP."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.glob("*.json")):
            archive.write(path, prefix + path.name)
    return target


async def test_import_extended_history_zip(
    hass: HomeAssistant, history: HistoryManager, tmp_path: Path
) -> None:
    """A real extended export: every distinct stream once, video counted apart."""
    folder = exports_dir() / "danemanz_spotify_etl"
    archive = zip_folder(folder, tmp_path / "my_spotify_data.zip")
    report = await import_path(hass, archive)

    audio = raw_rows(folder, "Streaming_History_Audio_*.json")
    video = raw_rows(folder, "Streaming_History_Video_*.json")
    expected = expected_extended(audio)
    assert report["status"] == "completed"
    assert report["rows"] == len(audio) + len(video)
    assert report["skipped"] == {"video": len(video)}
    assert report["imported"] == len(expected)
    # The file repeats 166 rows exactly (SOURCES.md): they count as duplicates.
    assert report["duplicates"] == len(audio) - len(expected)
    assert report["duplicates"] >= 166
    assert await play_count(history) == len(expected)

    # The first stored play is the export's, in UTC.
    first = min(row["ts"] for row in audio)
    earliest = await history.async_read(
        lambda c: c.execute(select(func.min(plays.c.ended_at))).scalar_one()
    )
    assert dt_util.utc_from_timestamp(earliest / 1000) == dt_util.parse_datetime(first)

    note = persistent_notification._async_get_or_create_notifications(hass)
    message = next(iter(note.values()))["message"]
    assert f"{len(expected):,} new plays" in message


async def test_reimport_adds_nothing(
    hass: HomeAssistant, history: HistoryManager, tmp_path: Path
) -> None:
    """Importing the same export again adds 0 rows; a changed file is read again."""
    folder = exports_dir() / "Efrrowini_spotify-music-analysis"
    archive = zip_folder(folder, tmp_path / "export.zip")
    first = await import_path(hass, archive)
    before = await stored(history)
    again = await import_path(hass, archive)
    assert again["imported"] == 0
    assert again["files_already_imported"] == first["files_imported"]
    assert await stored(history) == before

    # The same rows in a differently named, re-serialized file: read, 0 added.
    loose = tmp_path / "loose"
    loose.mkdir()
    rows = raw_rows(folder, "Streaming_History_Audio_2023.json")
    (loose / "Streaming_History_Audio_2023_1.json").write_text(
        json.dumps(rows, indent=1)
    )
    third = await import_path(hass, loose)
    assert third["files_imported"] == 1
    assert third["imported"] == 0
    assert third["duplicates"] == len(rows)


async def test_account_data_and_legacy_names(
    hass: HomeAssistant, history: HistoryManager
) -> None:
    """Account data (current and legacy names), loose files in a folder."""
    for name in ("hobbies-w-erin_Spotify-Account-Data", "ohitsmekatie_my-spotify"):
        report = await import_path(hass, exports_dir() / name)
        assert report["status"] == "completed"
        assert report["files_failed"] == 0
        assert report["imported"] + report["duplicates"] == report["rows"]
    sources = await history.async_read(
        lambda c: set(c.execute(select(plays.c.source).distinct()).scalars())
    )
    assert sources == {Source.EXPORT_ACCOUNT}


async def test_bad_file_is_reported_and_the_rest_imported(
    hass: HomeAssistant, history: HistoryManager, tmp_path: Path
) -> None:
    """A malformed file and a wrong field type: reported, nothing half-written."""
    folder = exports_dir() / "Efrrowini_spotify-music-analysis"
    good = raw_rows(folder, "Streaming_History_Audio_2022.json")
    wrong = raw_rows(folder, "Streaming_History_Audio_2023.json")
    wrong[700]["ms_played"] = "12345"
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(
            "Spotify Extended Streaming History/Streaming_History_Audio_2022.json",
            json.dumps(good),
        )
        zf.writestr(
            "Spotify Extended Streaming History/Streaming_History_Audio_2023.json",
            json.dumps(wrong),
        )
        zf.writestr(
            "Spotify Extended Streaming History/Streaming_History_Audio_2024.json",
            b'[{"ts": "2024-',
        )
    report = await import_path(hass, archive)
    assert report["status"] == "completed_with_errors"
    assert report["files_failed"] == 2
    failed = {
        item["name"].rsplit("/", 1)[-1]: item["error"]
        for item in report["failed_files"]
    }
    assert "ms_played" in failed["Streaming_History_Audio_2023.json"]
    assert "701" in failed["Streaming_History_Audio_2023.json"]
    assert "Streaming_History_Audio_2024.json" in failed
    # Only the good file's rows, none of the wrong file's other 1469.
    assert await play_count(history) == len(expected_extended(good))

    job = await history.async_read(
        lambda c: c.execute(select(jobs).where(jobs.c.kind == "import")).one()
    )
    assert job.status == "completed_with_errors"
    assert json.loads(job.counts)["files_failed"] == 2


def small_file(first_second: int, plays: int) -> list[dict[str, Any]]:
    """An Extended history file of `plays` distinct streams, a minute apart."""
    return [
        {
            "ts": dt_util.utc_from_timestamp(first_second + 60 * n).strftime(
                "%Y-%m-%dT%H:%M:%SZ"
            ),
            "ms_played": 200_000,
            "master_metadata_track_name": f"Song {first_second + n}",
            "master_metadata_album_artist_name": f"Artist {n % 7}",
            "master_metadata_album_album_name": "An album",
            "spotify_track_uri": f"spotify:track:{first_second + n:022d}",
        }
        for n in range(plays)
    ]


async def test_many_small_files_each_whole_and_in_order(
    hass: HomeAssistant, history: HistoryManager, tmp_path: Path
) -> None:
    """Small files stored several to a transaction: each whole, told in order.

    A broken file between them fails alone; the report counts exactly what
    was stored, and a second import finds every good file already in.
    """
    archive = tmp_path / "export.zip"
    good: list[int] = []
    with zipfile.ZipFile(archive, "w") as zf:
        for number in range(40):
            name = f"Spotify Extended Streaming History/Streaming_History_Audio_{number}.json"
            if number == 17:
                zf.writestr(name, b'[{"ts": "2024-')
                continue
            zf.writestr(name, json.dumps(small_file(1_600_000_000 + number * 3600, 5)))
            good.append(number)
    report = await import_path(hass, archive)
    assert report["status"] == "completed_with_errors"
    assert (report["files"], report["files_imported"], report["files_failed"]) == (
        40,
        39,
        1,
    )
    assert report["failed_files"][0]["name"].endswith("_17.json")
    assert report["imported"] == report["rows"] == 5 * len(good)
    assert await play_count(history) == 5 * len(good)
    job = await history.async_read(
        lambda c: c.execute(select(jobs).where(jobs.c.kind == "import")).one()
    )
    assert json.loads(job.counts)["imported"] == 5 * len(good)

    again = await import_path(hass, archive)
    assert (again["files_already_imported"], again["files_failed"]) == (39, 1)
    assert again["imported"] == 0
    assert await play_count(history) == 5 * len(good)


async def test_an_import_cut_short_reports_what_it_stored(
    hass: HomeAssistant,
    history: HistoryManager,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Files stored in the writer's open transaction are committed and counted.

    Each file is stored alone and its transaction left open for the next
    (`COMMIT_ROWS`); an error after the seventh ends the import: the seven
    are committed with the failed job's counts, which say exactly them, and
    the next import finds them in.
    """
    monkeypatch.setattr(importer, "BATCH_ROWS", 5)
    monkeypatch.setattr(importer, "COMMIT_ROWS", 10_000)
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for number in range(12):
            zf.writestr(
                f"Spotify Extended Streaming History/Streaming_History_Audio_{number}.json",
                json.dumps(small_file(1_600_000_000 + number * 3600, 5)),
            )
    stored: list[int] = []

    def cut_short(progress: importer.ImportProgress) -> None:
        stored.append(progress.rows)
        if len(stored) == 7:
            raise RuntimeError("cut short")

    with pytest.raises(RuntimeError, match="cut short"):
        await importer.async_import_export(
            hass, history, ACCOUNT, archive, on_progress=cut_short
        )
    job = await history.async_read(
        lambda c: c.execute(select(jobs).where(jobs.c.kind == "import")).one()
    )
    counts = json.loads(job.counts)
    assert job.status == "failed"
    assert (counts["files_imported"], counts["imported"]) == (7, 35)
    assert await play_count(history) == 35

    again = await import_path(hass, archive)
    assert (again["files_already_imported"], again["imported"]) == (7, 25)
    assert await play_count(history) == 60


async def test_broken_zip_keeps_the_history(
    hass: HomeAssistant, history: HistoryManager, tmp_path: Path
) -> None:
    """A truncated ZIP: a translated error; what was stored stays."""
    folder = exports_dir() / "Efrrowini_spotify-music-analysis"
    await import_path(hass, zip_folder(folder, tmp_path / "good.zip"))
    before = await stored(history)
    data = (tmp_path / "good.zip").read_bytes()
    broken = tmp_path / "broken.zip"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(HomeAssistantError) as err:
        await import_path(hass, broken)
    assert err.value.translation_key is not None
    assert "broken.zip" in str(err.value)
    assert await stored(history) == before
    statuses = await history.async_read(
        lambda c: c.execute(select(jobs.c.status).order_by(jobs.c.id)).scalars().all()
    )
    assert statuses[-1] == "failed"


async def test_paths_and_permissions(
    hass: HomeAssistant,
    history: HistoryManager,
    tmp_path: Path,
    hass_read_only_user: MockUser,
    hass_admin_user: MockUser,
) -> None:
    """Only admins import; only allowed paths are read."""
    folder = exports_dir() / "ohitsmekatie_my-spotify"
    with pytest.raises(Unauthorized):
        await import_path(hass, folder, Context(user_id=hass_read_only_user.id))
    outside = Path("/etc/hostname")
    with pytest.raises(ServiceValidationError) as err:
        await import_path(hass, outside, Context(user_id=hass_admin_user.id))
    assert err.value.translation_key == "path_not_allowed"
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN,
            "import_history",
            {"config_entry_id": "nope", "path": str(tmp_path)},
            blocking=True,
            return_response=True,
        )
    assert err.value.translation_key == "unknown_entry"
    assert await play_count(history) == 0


async def test_one_import_per_account(
    hass: HomeAssistant, history: HistoryManager, tmp_path: Path
) -> None:
    """A second import of the same account while one runs is refused."""
    folder = exports_dir() / "hobbies-w-erin_Spotify-Account-Data"
    # Writes held (as for a backup): the first import waits at its first
    # one, lock taken, however fast this machine is.
    await asyncio.wrap_future(history.store.pause())
    first = asyncio.ensure_future(import_path(hass, folder))
    for _ in range(1000):
        if history.import_lock(ACCOUNT).locked():
            break
        # Time is frozen: a round trip through the executor lets the import on.
        await hass.async_add_executor_job(lambda: None)
    assert history.import_lock(ACCOUNT).locked()
    # A refusal, not an error: HTTP 400 and no ERROR line (issue 43.12).
    with pytest.raises(ServiceValidationError) as err:
        await import_path(hass, folder)
    assert err.value.translation_key == "import_in_progress"
    history.store.resume()
    assert (await first)["status"] == "completed"


async def test_upload_in_the_options_flow(
    hass: HomeAssistant,
    history: HistoryManager,
    tmp_path: Path,
    hass_client: Any,
) -> None:
    """The export uploaded through Home Assistant's file upload is imported."""
    # A configuration folder of its own: Encore starting in another test
    # (another process, the shared test folder) deletes the uploads it finds.
    config = tmp_path / "config"
    config.mkdir()
    hass.config.config_dir = str(config)
    assert await async_setup_component(hass, "file_upload", {})
    folder = exports_dir() / "Efrrowini_spotify-music-analysis"
    archive = zip_folder(folder, tmp_path / "my_spotify_data.zip")
    client = await hass_client()
    with archive.open("rb") as handle:
        response = await client.post("/api/file_upload", data={"file": handle})
    assert response.status == 200
    file_id = (await response.json())["file_id"]

    entry_id = account_entry(hass)
    result = await hass.config_entries.options.async_init(entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "import_history"}
    )
    assert result["step_id"] == "import_history"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"export_file": file_id}
    )
    assert result["reason"] == "import_started"
    await hass.async_block_till_done(wait_background_tasks=True)

    expected = expected_extended(raw_rows(folder, "Streaming_History_Audio_*.json"))
    assert await play_count(history) == len(expected)
    # The kept copy is gone once imported.
    imports = Path(hass.config.path("encore", "imports"))
    assert not any(imports.iterdir())


async def test_uploads_left_by_a_crash_are_deleted_at_start(
    hass: HomeAssistant, tmp_path: Path
) -> None:
    """A raw export an interrupted import kept does not stay in the config folder."""
    hass.config.config_dir = str(tmp_path)
    imports = tmp_path / "encore" / "imports"
    imports.mkdir(parents=True)
    left = [imports / "0f1e.zip", imports / "9a8b.json"]
    for path in left:
        path.write_bytes(b"ip_addr: 192.0.2.1")
    other = imports / "README.txt"
    other.write_text("not an upload", encoding="utf-8")
    assert await async_setup_component(hass, DOMAIN, {})
    await hass.async_block_till_done()
    assert not any(path.exists() for path in left)
    assert other.exists()


def run_script(db: Path, export: Path, *extra: str) -> subprocess.Popen[str]:
    """Start the stand-alone importer in its own process."""
    return subprocess.Popen(  # noqa: S603 - our own module, our arguments
        [
            sys.executable,
            "-m",
            "tests.history.imports.crash_import",
            str(db),
            str(export),
            ACCOUNT,
            *extra,
        ],
        cwd=Path(__file__).parents[3],
        stdout=subprocess.PIPE,
        text=True,
    )


def table(db: Path) -> list[tuple[Any, ...]]:
    """Every play with its item key, in a stable order."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT a.key, p.ended_at, i.key, p.ms_played, p.source, p.skipped"
            " FROM plays p JOIN items i ON i.id = p.item_id"
            " JOIN accounts a ON a.id = p.account_id ORDER BY 1, 2, 3, 4"
        ).fetchall()


@pytest.mark.parametrize(
    ("bulk_mode", "held"),
    [(False, False), (True, False), (True, True)],
    ids=["row_by_row", "bulk", "bulk_held"],
)
async def test_kill_9_mid_import_then_import_again(
    hass: HomeAssistant,
    tmp_path: Path,
    history_db: str,
    freezer: FrozenDateTimeFactory,
    bulk_mode: bool,
    held: bool,
) -> None:
    """Killed in the middle of a file, an import run again equals a clean one.

    In bulk mode (`store.bulk`) the killed import leaves the plays without
    their secondary indexes and its plays out of the time buckets: Home
    Assistant settles that as it opens the history. Held (`holds_commit`,
    as the importer stores files), the second file was stored whole but
    not committed when the third was killed: it is lost whole, note and all.
    """
    export = zip_folder(exports_dir() / "danemanz_spotify_etl", tmp_path / "export.zip")
    crashed = Path(history_db.removeprefix("sqlite:///"))
    process = run_script(
        crashed,
        export,
        "--die-in-file",
        "2" if held else "1",
        *(["--bulk"] if bulk_mode else []),
        *(["--held"] if held else []),
    )
    assert process.stdout is not None
    line = await hass.async_add_executor_job(process.stdout.readline)
    assert line.strip() == "mid"
    process.send_signal(signal.SIGKILL)
    await hass.async_add_executor_job(process.wait)
    # The first file is in; the half of the second (held: the second and
    # half of the third) died with its transaction.
    assert len(table(crashed)) == len(
        expected_extended(
            raw_rows(exports_dir() / "danemanz_spotify_etl", "*Audio_2018.json")
        )
    )
    with sqlite3.connect(crashed) as conn:
        indexes = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
        mark = conn.execute(
            "SELECT value FROM encore_meta WHERE key = ?", (bulk.BULK_KEY,)
        ).fetchall()
    dropped = {index.name for index in bulk.SECONDARY_INDEXES}
    if bulk_mode:
        assert indexes.isdisjoint(dropped)
        assert len(mark) == 1  # the first file's plays are owed
    else:
        assert indexes >= dropped
        assert mark == []

    clean = tmp_path / "clean.db"
    finished = run_script(clean, export)
    out, _ = await hass.async_add_executor_job(finished.communicate)
    assert out.strip() == "done"

    # Now Home Assistant opens the crashed database and imports again.
    hass.config.allowlist_external_dirs = {str(tmp_path)}
    MockConfigEntry(
        domain=DOMAIN,
        unique_id=ACCOUNT,
        data={CONF_KIND: EntryKind.SPOTIFY},
        disabled_by=ConfigEntryDisabler.USER,
    ).add_to_hass(hass)
    settings = MockConfigEntry(
        domain=DOMAIN, unique_id="history", data={CONF_KIND: EntryKind.HISTORY}
    )
    settings.add_to_hass(hass)
    assert await hass.config_entries.async_setup(settings.entry_id)
    manager = async_get_manager(hass)
    # The job the killed process left running is marked as cut short.
    statuses = await manager.async_read(
        lambda c: c.execute(select(jobs.c.status)).scalars().all()
    )
    assert statuses == ["interrupted"]
    report = await import_path(hass, export)
    assert report["files_already_imported"] == 1
    assert table(crashed) == table(clean)

    def settled(conn: Connection) -> None:
        assert bulk_table_indexes(conn) >= dropped
        assert bulk.pending(conn) is None
        assert_rollups_exact(conn)

    await manager.async_read(settled)
    await hass.config_entries.async_unload(settings.entry_id)

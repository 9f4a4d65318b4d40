"""Unlucky and hostile imports: no crash, nothing lost, memory and time bounded.

Each test here failed before its fix: a JSON file uploaded alone never imported,
invalid UTF-8 stopped the whole import with a bare error and a notification stuck
at 0 %, `[{},{},...]` decoded into tens of millions of dicts, a ZIP was reopened
for every member, a folder's link led out of the allowlist, and an unknown upload
id was a server error.
"""

from collections.abc import Callable, Iterator
from pathlib import Path
import sqlite3
import tracemalloc
from typing import Any
import uuid
import zipfile

import orjson
import pytest
from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError

from homeassistant.components import persistent_notification
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component

from custom_components.encore.history.imports.jobs import notification_id
from custom_components.encore.history.imports.spotify_export import (
    reader as export_reader,
)
from custom_components.encore.history.imports.spotify_export.reader import (
    DEFAULT_LIMITS,
    ExportFileFormat,
    ExportTooManyRowsError,
    discover,
    parse_bytes,
)
from custom_components.encore.history.imports.spotify_export.rows import normalize
from custom_components.encore.history.manager import HistoryManager
from custom_components.encore.history.models import (
    TEXT_CAPS,
    PlayColumns,
    PlayKind,
    PlayRecord,
    Source,
)
from custom_components.encore.history.store.engine import sqlite_url
from custom_components.encore.history.store.health import WriteRefusal, write_refusal
from custom_components.encore.history.store.schema import (
    artists,
    devices,
    items,
    jobs,
    plays,
)
from custom_components.encore.history.store.writes import WriterState
from tests.history.databases import migrated_engine

from .test_import import (
    ACCOUNT,
    account_entry,
    expected_extended,
    exports_dir,
    history,
    import_path,
    play_count,
    raw_rows,
)

__all__ = ["history"]

ACCOUNT_MUSIC = ExportFileFormat.ACCOUNT_MUSIC
EXTENDED = "Efrrowini_spotify-music-analysis"
ACCOUNT_DATA = "hobbies-w-erin_Spotify-Account-Data"


async def upload(hass: HomeAssistant, hass_client: Any, path: Path) -> str:
    """Upload a file through Home Assistant's real file_upload; return its id."""
    assert await async_setup_component(hass, "file_upload", {})
    client = await hass_client()
    with path.open("rb") as handle:
        response = await client.post("/api/file_upload", data={"file": handle})
    assert response.status == 200
    return str((await response.json())["file_id"])


async def import_upload(hass: HomeAssistant, file_id: str) -> dict[str, Any]:
    """Send an upload id through the account's options flow; return its last step."""
    result = await hass.config_entries.options.async_init(account_entry(hass))
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "import_history"}
    )
    return await hass.config_entries.options.async_configure(
        result["flow_id"], {"export_file": file_id}
    )


def own_config_dir(hass: HomeAssistant, tmp_path: Path) -> None:
    """Uploads go to a config folder of the test's own (see test_import)."""
    config = tmp_path / "config"
    config.mkdir()
    hass.config.config_dir = str(config)


@pytest.mark.parametrize(
    ("folder", "name", "pattern"),
    [
        (EXTENDED, "Streaming_History_Audio_2023.json", None),
        (ACCOUNT_DATA, "StreamingHistory_music_0.json", "StreamingHistory_music_0"),
        (ACCOUNT_DATA, "StreamingHistory_podcast_0.json", "StreamingHistory_podcast"),
    ],
)
async def test_one_json_file_uploaded_alone_is_imported(
    hass: HomeAssistant,
    history: HistoryManager,
    tmp_path: Path,
    hass_client: Any,
    folder: str,
    name: str,
    pattern: str | None,
) -> None:
    """The upload is kept as <uuid>.json; its first row tells what it holds."""
    own_config_dir(hass, tmp_path)
    source = exports_dir() / folder / name
    # What a browser sends is the user's name for it, which may not be Spotify's.
    renamed = tmp_path / "my listening.json"
    renamed.write_bytes(source.read_bytes())
    result = await import_upload(hass, await upload(hass, hass_client, renamed))
    assert result["reason"] == "import_started"
    await hass.async_block_till_done(wait_background_tasks=True)

    rows = raw_rows(source.parent, name)
    if pattern is None:
        assert await play_count(history) == len(expected_extended(rows))
    else:
        distinct = {
            (row["endTime"], *sorted(map(str, row.values())), row["msPlayed"])
            for row in rows
        }
        assert 0 < await play_count(history) <= len(distinct)
    job = await history.async_read(
        lambda c: c.execute(select(jobs).where(jobs.c.kind == "import")).one()
    )
    assert job.status == "completed"


async def test_unknown_upload_id_asks_again(
    hass: HomeAssistant, history: HistoryManager, tmp_path: Path
) -> None:
    """An id file_upload does not know shows the form with an error, no 500."""
    own_config_dir(hass, tmp_path)
    assert await async_setup_component(hass, "file_upload", {})
    result = await import_upload(hass, uuid.uuid4().hex)
    assert result["type"] == "form"
    assert result["step_id"] == "import_history"
    assert result["errors"] == {"export_file": "upload_not_found"}
    assert await play_count(history) == 0


async def test_invalid_utf8_fails_its_file_only(
    hass: HomeAssistant, history: HistoryManager, tmp_path: Path
) -> None:
    """A file that is no UTF-8 is reported; the files after it are imported."""
    folder = exports_dir() / EXTENDED
    broken = bytearray((folder / "Streaming_History_Audio_2022.json").read_bytes())
    # A Latin-1 byte in the middle of a title, as an editor saving in the wrong
    # encoding leaves it.
    at = broken.index(b'"master_metadata_track_name": "') + 31
    broken[at] = 0xE9
    archive = tmp_path / "my_spotify_data.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "Spotify Extended Streaming History/Streaming_History_Audio_2022.json",
            bytes(broken),
        )
        for name in (
            "Streaming_History_Audio_2023.json",
            "Streaming_History_Audio_2024.json",
        ):
            zf.write(folder / name, f"Spotify Extended Streaming History/{name}")

    report = await import_path(hass, archive)

    assert report["status"] == "completed_with_errors"
    assert report["files_imported"] == 2
    (failed,) = report["failed_files"]
    assert failed["name"].endswith("Streaming_History_Audio_2022.json")
    assert f"byte {at + 1:,}" in failed["error"]
    assert "UTF-8" in failed["error"]
    good = raw_rows(folder, "Streaming_History_Audio_202[34].json")
    assert await play_count(history) == len(expected_extended(good))


async def test_notification_ends_when_an_import_fails(
    hass: HomeAssistant, history: HistoryManager, tmp_path: Path
) -> None:
    """A failed import replaces its progress notification with the reason."""
    archive = tmp_path / "broken.zip"
    archive.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(HomeAssistantError):
        await import_path(hass, archive)
    notes = persistent_notification._async_get_or_create_notifications(hass)
    note = notes[notification_id(ACCOUNT)]
    assert "0 %" not in note["message"]
    assert "stopped" in note["message"]


def test_empty_objects_are_refused_before_decoding() -> None:
    """`[{},{},...]` over the row limit costs no decoding: memory stays flat."""
    rows = DEFAULT_LIMITS.max_file_rows + 1
    data = b"[" + b"{}," * (rows - 1) + b"{}]"
    for export_format in (ExportFileFormat.EXTENDED, ExportFileFormat.ACCOUNT_MUSIC):
        tracemalloc.start()
        try:
            with pytest.raises(ExportTooManyRowsError):
                parse_bytes("f.json", export_format, data, "x", ACCOUNT)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        # A million empty dicts alone would take ~70 MB; the check takes none.
        assert peak < 1_000_000


def test_rows_under_the_limit_are_decoded_piece_by_piece() -> None:
    """Decoded rows never pile up: the peak is the records', not all the dicts'."""
    row = (
        b'{"endTime": "2024-01-01 10:00", "artistName": "An Artist", '
        b'"trackName": "A Title", "msPlayed": 1000}'
    )
    count = 100_000
    data = b"[" + b",".join([row] * count) + b"]"

    def peak(parse: Callable[[], object]) -> int:
        tracemalloc.start()
        try:
            parse()
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    def whole_file_at_once() -> object:
        records = normalize(orjson.loads(data), ACCOUNT_MUSIC, "f.json", ACCOUNT)
        return PlayColumns.of(records)

    by_piece = peak(
        lambda: parse_bytes("f.json", ACCOUNT_MUSIC, data, "x", ACCOUNT).rows
    )
    # Measured here: 61 MB by piece, 159 MB with every row a dict at once.
    assert by_piece < 0.6 * peak(whole_file_at_once)


def test_a_zip_is_read_once_for_all_its_members(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2,000 members: the central directory is read once, not once a member."""
    archive = tmp_path / "many.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        for index in range(2000):
            zf.writestr(f"endsong_{index}.json", b"[]")
    reads = 0
    real = zipfile.ZipFile._RealGetContents  # type: ignore[attr-defined]

    def counting(self: zipfile.ZipFile) -> None:
        nonlocal reads
        reads += 1
        real(self)

    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", counting)
    files = discover(archive)
    assert len(files) == 2000
    assert all(file.read() == b"[]" for file in files)
    assert reads == 1


async def test_a_link_out_of_the_folder_is_not_followed(
    hass: HomeAssistant, history: HistoryManager, tmp_path: Path
) -> None:
    """A folder inside the allowlist may not lead Encore to a file outside it."""
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    secret = outside / "auth"
    secret.write_text('[{"ts": "2024-01-01T00:00:00Z", "ms_played": 1}]')
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Streaming_History_Audio_2024.json").symlink_to(secret)
    with pytest.raises(HomeAssistantError) as caught:
        await import_path(hass, folder)
    assert caught.value.translation_key == "import_link_outside"
    assert "Streaming_History_Audio_2024.json" in str(caught.value)
    assert await play_count(history) == 0
    # A link that stays inside the folder is fine.
    (folder / "Streaming_History_Audio_2024.json").unlink()
    real = folder / "kept" / "Streaming_History_Audio_2023.json"
    real.parent.mkdir()
    real.write_bytes((exports_dir() / EXTENDED / real.name).read_bytes())
    (folder / "Streaming_History_Audio_2023.json").symlink_to(real)
    report = await import_path(hass, folder)
    assert report["status"] == "completed"


def test_sniff_tells_formats_and_refuses_other_json(tmp_path: Path) -> None:
    """The first row's keys decide; a JSON file of something else is no history."""
    cases = {
        b'[{"ts": "2024-01-01T00:00:00Z", "ms_played": 1}]': ExportFileFormat.EXTENDED,
        b'\xef\xbb\xbf [ {"endTime": "x", "artistName": "a", "trackName": "t", "msPlayed": 1}]': ExportFileFormat.ACCOUNT_MUSIC,
        b'[{"endTime": "x", "podcastName": "p", "episodeName": "e", "msPlayed": 1}]': ExportFileFormat.ACCOUNT_PODCAST,
        b'[{"endTime": "x", "audiobookName": "b", "chapterName": "c", "msPlayed": 1}]': ExportFileFormat.ACCOUNT_AUDIOBOOK,
        b'[{"name": "Playlist", "items": []}]': None,
        b'{"username": "someone"}': None,
        b"[]": None,
    }
    for index, (data, expected) in enumerate(cases.items()):
        path = tmp_path / f"{index}.json"
        path.write_bytes(data)
        assert export_reader.sniff(path) is expected, data


async def test_oversized_names_are_cut_and_reported(
    hass: HomeAssistant, history: HistoryManager, tmp_path: Path
) -> None:
    """A 5 MB title is stored cut to its cap; a row with an absurd URI is refused."""
    row = {
        "ts": "2024-05-01T10:00:00Z",
        "ms_played": 200_000,
        "master_metadata_track_name": "Long " * 1_000_000,
        "master_metadata_album_artist_name": "Artist",
        "master_metadata_album_album_name": "Album",
        "spotify_track_uri": "spotify:track:0000000000000000000001",
    }
    rows = [
        row,
        {
            **row,
            "ts": "2024-05-01T10:05:00Z",
            "spotify_track_uri": "spotify:track:" + "x" * 5000,
        },
        {
            **row,
            "ts": "2024-05-01T10:10:00Z",
            "master_metadata_track_name": "Short",
            "spotify_track_uri": "spotify:track:0000000000000000000002",
        },
    ]
    path = tmp_path / "Streaming_History_Audio_2024.json"
    path.write_bytes(orjson.dumps(rows))

    report = await import_path(hass, path)

    assert report["imported"] == 2
    assert report["truncated"] == 1
    assert report["skipped"] == {"oversized": 1}
    titles = await history.async_read(
        lambda c: (
            c.execute(select(items.c.title).order_by(items.c.title)).scalars().all()
        )
    )
    assert [len(title) for title in titles] == [TEXT_CAPS["title"], 5]
    assert titles[0].endswith("…")
    response = await hass.services.async_call(
        "encore",
        "play_history",
        {"config_entry_id": account_entry(hass), "period": "all_time"},
        blocking=True,
        return_response=True,
    )
    # The answer is as small as the capped names make it.
    assert len(orjson.dumps(response)) < 10_000
    notes = persistent_notification._async_get_or_create_notifications(hass)
    assert "truncated: 1" in notes[notification_id(ACCOUNT)]["message"]
    assert "oversized: 1" in notes[notification_id(ACCOUNT)]["message"]


@pytest.fixture(params=["sqlite", "postgresql"])
def store_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated, empty history database of each kind."""
    with migrated_engine(request, sqlite_url(tmp_path / "history.db")) as engine:
        yield engine


def test_live_plays_are_capped_too(store_engine: Engine) -> None:
    """A player reporting a huge title (any media player can) stores it cut."""
    state = WriterState(store_engine.dialect.name)
    huge = PlayRecord(
        "media_player:media_player.radio",
        Source.MEDIA_PLAYER,
        1_714_557_600_000,
        60_000,
        PlayKind.TRACK,
        "T" * 40_000_000,
        "A" * 2000,
        None,
        device="D" * 1000,
    )
    bad_uri = huge._replace(ended_at=1_714_558_000_000, item_uri="x" * 10_000)
    with store_engine.begin() as conn:
        result = state.record_observed(conn, [huge, bad_uri], 60_000)
    assert result.inserted == 1
    assert result.outcomes[1] is None
    with store_engine.begin() as conn:
        title, artist, device = conn.execute(
            select(items.c.title, artists.c.name, devices.c.name)
            .select_from(plays)
            .join(items, items.c.id == plays.c.item_id)
            .join(artists, artists.c.id == plays.c.artist_id)
            .join(devices, devices.c.id == plays.c.device_id)
        ).one()
    assert (len(title), len(artist), len(device)) == (
        TEXT_CAPS["title"],
        TEXT_CAPS["artist"],
        TEXT_CAPS["device"],
    )


def _plays(first: int, count: int) -> list[PlayRecord]:
    return [
        PlayRecord(
            ACCOUNT,
            Source.SPOTIFY_PLAYER,
            1_714_557_600_000 + (first + index) * 300_000,
            200_000,
            PlayKind.TRACK,
            f"Song {first + index} " + "x" * 300,
            f"Artist {first + index}",
            "Album",
        )
        for index in range(count)
    ]


async def test_a_full_disk_raises_a_repair_that_clears_itself(
    hass: HomeAssistant, history: HistoryManager
) -> None:
    """A database that takes no writes: a repair with the way out; nothing lost.

    SQLite's own "disk full" (its page limit reached on the writer's
    connection); PostgreSQL's own disk_full SQLSTATE, raised by a trigger.
    """
    await history.async_record(_plays(0, 5), 0)
    if history.store.dialect == "sqlite":

        def limit(pages: int | None) -> Callable[[Any, Any], None]:
            def write(conn: Any, state: Any) -> None:
                count = conn.exec_driver_sql("PRAGMA page_count").scalar()
                conn.exec_driver_sql(f"PRAGMA max_page_count = {pages or count}")

            return write

        await history.async_write(limit(None))
        undo = limit(1_073_741_823)
    else:
        await history.async_write(
            lambda conn, state: conn.exec_driver_sql(
                "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$"
                " BEGIN RAISE EXCEPTION 'could not extend file: No space left on"
                " device' USING ERRCODE = 'disk_full'; END $$;"
                " CREATE TRIGGER refuse BEFORE INSERT ON plays"
                " FOR EACH ROW EXECUTE FUNCTION refuse()"
            )
        )

        def undo(conn: Any, state: Any) -> None:
            conn.exec_driver_sql("DROP TRIGGER refuse ON plays")

    with pytest.raises(HomeAssistantError) as caught:
        await history.async_record(_plays(100, 500), 0)
    assert caught.value.translation_key == "history_write_failed"
    # What the database said, not what failed after it (SQLite undoes the
    # whole transaction on a full disk, so releasing a savepoint fails next).
    assert "savepoint" not in str(caught.value)
    assert "full" in str(caught.value) or "No space" in str(caught.value)
    issue = ir.async_get(hass).async_get_issue("encore", "history_not_writable")
    assert issue is not None
    assert issue.translation_key == "history_not_writable_disk_full"
    assert issue.translation_placeholders is not None
    assert issue.translation_placeholders["database"] == history.display_url
    assert await play_count(history) == 5

    await history.async_write(undo)
    assert ir.async_get(hass).async_get_issue("encore", "history_not_writable") is None
    await history.async_record(_plays(100, 500), 0)
    assert await play_count(history) == 505


@pytest.mark.parametrize(
    ("message", "code", "refusal"),
    [
        ("database or disk is full", sqlite3.SQLITE_FULL, "disk_full"),
        ("attempt to write a readonly database", sqlite3.SQLITE_READONLY, "read_only"),
        ("database is locked", sqlite3.SQLITE_BUSY, "locked"),
        ("no such table: plays", sqlite3.SQLITE_ERROR, None),
    ],
)
def test_sqlite_refusals_are_told_apart(
    tmp_path: Path, message: str, code: int, refusal: str | None
) -> None:
    """Each refusal a user can act on gets its own advice; other errors none."""
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    wrapped = OperationalError("INSERT ...", {}, error)
    found = write_refusal(wrapped)
    assert (None if found is None else found[0]) == (
        None if refusal is None else WriteRefusal(refusal)
    )
    # Found under the error raised while handling it, too.
    later = OperationalError(
        "RELEASE SAVEPOINT", {}, sqlite3.OperationalError("no such savepoint")
    )
    later.__context__ = wrapped
    assert write_refusal(later) == found

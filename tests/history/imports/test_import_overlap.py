"""Both export packages of one account, through the import action, over real rows.

No export in ../shared/data holds both packages of one account: each test
makes the other package from a real one, as Spotify would write it (the end
to the minute, truncated or rounded; the lengths a few milliseconds apart
in some rows), and checks that every stream is stored once, that a song is
one item, and that the reports say what was stored. SQLite and PostgreSQL
(the `history` fixture).
"""

import hashlib
import json
import logging
from pathlib import Path
from typing import Any
import zipfile

from freezegun.api import FrozenDateTimeFactory
import pytest
from sqlalchemy import Connection, func, select

from homeassistant.components import persistent_notification
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from custom_components.encore.history.manager import HistoryManager
from custom_components.encore.history.models import PlayKind, Source
from custom_components.encore.history.store import bulk
from custom_components.encore.history.store.schema import items, plays

from ..databases import assert_rollups_exact, bulk_table_indexes
from .test_import import (  # noqa: F401
    expected_extended,
    exports_dir,
    history,
    import_path,
    play_count,
    raw_rows,
)

EXTENDED_FOLDERS = [
    "Efrrowini_spotify-music-analysis",
    "danemanz_spotify_etl",
    "erickmay_Spotify-Shuffle-Analysis",
]
ACCOUNT_FOLDERS = ["hobbies-w-erin_Spotify-Account-Data", "ohitsmekatie_my-spotify"]
EXTENDED_PATTERNS = ("Streaming_History_Audio_*.json", "endsong_*.json")
MINUTE_S = 60


def _minute(ts: str, index: int) -> str:
    """Account Data's `endTime` of an Extended `ts`: truncated, or rounded.

    Every other row each way, so both of Spotify's possible roundings occur.
    """
    moment = dt_util.parse_datetime(ts)
    assert moment is not None
    seconds = int(moment.timestamp())
    if index % 2:
        seconds += MINUTE_S // 2
    seconds -= seconds % MINUTE_S
    return dt_util.utc_from_timestamp(seconds).strftime("%Y-%m-%d %H:%M")


def _jitter(index: int, ms: int) -> int:
    """A few milliseconds apart in every third row (never below 0)."""
    return ms + (index % 3 == 1) * 3 - (index % 3 == 2 and ms >= 5) * 5


def account_data_of(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The Account Data files Spotify would give for these Extended rows.

    A row the Extended files repeat is one stream: one Account Data row.
    """
    music: list[dict[str, Any]] = []
    podcasts: list[dict[str, Any]] = []
    streams = {
        (
            row["ts"],
            row.get("spotify_track_uri"),
            row.get("spotify_episode_uri"),
            row["ms_played"],
        ): row
        for row in rows
    }
    for index, row in enumerate(streams.values()):
        end = _minute(row["ts"], index)
        ms = _jitter(index, row["ms_played"])
        if row.get("spotify_track_uri") and row.get("master_metadata_track_name"):
            music.append(
                {
                    "endTime": end,
                    "artistName": row["master_metadata_album_artist_name"],
                    "trackName": row["master_metadata_track_name"],
                    "msPlayed": ms,
                }
            )
        elif row.get("spotify_episode_uri") and row.get("episode_name"):
            podcasts.append(
                {
                    "endTime": end,
                    "podcastName": row["episode_show_name"],
                    "episodeName": row["episode_name"],
                    "msPlayed": ms,
                }
            )
    return {
        "StreamingHistory_music_0.json": music,
        "StreamingHistory_podcast_0.json": podcasts,
    }


def _uri(kind: str, *names: str) -> str:
    digest = hashlib.sha256("|".join(names).encode()).hexdigest()[:22]
    return f"spotify:{kind}:{digest}"


def extended_of(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Extended rows Spotify would give for these Account Data rows.

    The end some seconds into the minute Account Data names (by the row, so
    that both packages' rounding directions come up: back by up to half a
    minute in every other row); the URI made from the names.
    """
    made = []
    # A row Account Data repeats is one stream: one Extended row.
    streams = {tuple(sorted(row.items())): row for row in rows}
    for index, row in enumerate(streams.values()):
        start = dt_util.parse_datetime(row["endTime"].replace(" ", "T") + ":00Z")
        assert start is not None
        second = (index * 7) % MINUTE_S
        if index % 2:
            second = -(second // 2)
        ts = dt_util.utc_from_timestamp(start.timestamp() + second)
        extended: dict[str, Any] = dict.fromkeys(
            (
                "master_metadata_track_name",
                "master_metadata_album_artist_name",
                "master_metadata_album_album_name",
                "spotify_track_uri",
                "episode_name",
                "episode_show_name",
                "spotify_episode_uri",
                "reason_start",
                "reason_end",
                "shuffle",
                "skipped",
                "offline",
                "incognito_mode",
            )
        )
        extended |= {
            "ts": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "platform": "android",
            "ms_played": _jitter(index, row["msPlayed"]),
        }
        if "podcastName" in row:
            extended |= {
                "episode_name": row["episodeName"],
                "episode_show_name": row["podcastName"],
                "spotify_episode_uri": _uri(
                    "episode", row["podcastName"], row["episodeName"]
                ),
            }
        else:
            extended |= {
                "master_metadata_track_name": row["trackName"],
                "master_metadata_album_artist_name": row["artistName"],
                "master_metadata_album_album_name": f"{row['artistName']} album",
                "spotify_track_uri": _uri("track", row["artistName"], row["trackName"]),
            }
        made.append(extended)
    return made


def write_zip(target: Path, files: dict[str, list[dict[str, Any]]]) -> Path:
    """An export ZIP holding these files (path in the ZIP -> rows)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, rows in files.items():
            archive.writestr(name, json.dumps(rows))
    return target


def extended_files(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """The folder's Extended audio files, as the Extended package holds them."""
    return {
        f"Spotify Extended Streaming History/{path.name}": json.loads(
            path.read_text(encoding="utf-8")
        )
        for pattern in EXTENDED_PATTERNS
        for path in sorted(folder.glob(pattern))
    }


async def named_items(manager: HistoryManager) -> int:
    """Items of a song with no URI (Account Data rows no URI item took).

    Audiobooks left out: no test makes Extended rows of them.
    """
    return await manager.async_read(
        lambda c: c.execute(
            select(func.count())
            .select_from(items)
            .where(
                items.c.uri.is_(None),
                items.c.song_key.is_not(None),
                items.c.kind != PlayKind.AUDIOBOOK,
            )
        ).scalar_one()
    )


async def sources(manager: HistoryManager) -> dict[int, int]:
    """Plays by the source that stored them."""
    return dict(
        await manager.async_read(
            lambda c: (
                c.execute(select(plays.c.source, func.count()).group_by(plays.c.source))
                .tuples()
                .all()
            )
        )
    )


def notification(hass: HomeAssistant) -> str:
    """The text of the (one) import notification."""
    notes = persistent_notification._async_get_or_create_notifications(hass)
    return str(next(iter(notes.values()))["message"])


@pytest.mark.parametrize("bulk_mode", [False, True], ids=["row_by_row", "bulk"])
@pytest.mark.parametrize("folder", EXTENDED_FOLDERS)
async def test_one_zip_with_both_packages_of_a_real_export(
    hass: HomeAssistant,
    history: HistoryManager,  # noqa: F811
    tmp_path: Path,
    freezer: FrozenDateTimeFactory,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    folder: str,
    bulk_mode: bool,
) -> None:
    """Every stream once, the Extended row's; the report says what was stored.

    Also as a first import in bulk mode (`store.bulk`), made to pay for these
    small exports: the Account Data rows after the Extended ones read the
    plays without their indexes, and the job's end builds them and counts the
    plays in the time buckets. It stores and reports the same.
    """
    if bulk_mode:
        monkeypatch.setattr(bulk, "BULK_MIN_ROWS", 0)
    caplog.set_level(logging.DEBUG, logger="custom_components.encore")
    source = exports_dir() / folder
    audio = [row for pattern in EXTENDED_PATTERNS for row in raw_rows(source, pattern)]
    files = extended_files(source)
    account = account_data_of(audio)
    files |= {f"Spotify Account Data/{name}": rows for name, rows in account.items()}
    report = await import_path(hass, write_zip(tmp_path / "my_spotify_data.zip", files))

    expected = len(expected_extended(audio))
    assert report["status"] == "completed"
    assert report["imported"] == expected == await play_count(history)
    assert report["replaced"] == 0
    assert await sources(history) == {Source.EXPORT_EXTENDED: expected}
    assert await named_items(history) == 0
    assert f"{expected:,} new plays" in notification(hass)
    assert report["rows"] == report["imported"] + report["duplicates"] + report[
        "replaced"
    ] + sum(report["skipped"].values())
    assert ("Bulk import settled" in caplog.text) is bulk_mode

    def settled(conn: Connection) -> None:
        assert bulk_table_indexes(conn) >= {i.name for i in bulk.SECONDARY_INDEXES}
        assert bulk.pending(conn) is None
        assert_rollups_exact(conn)

    await history.async_read(settled)


@pytest.mark.parametrize("folder", EXTENDED_FOLDERS)
async def test_account_data_then_extended_of_a_real_export(
    hass: HomeAssistant,
    history: HistoryManager,  # noqa: F811
    tmp_path: Path,
    freezer: FrozenDateTimeFactory,
    folder: str,
) -> None:
    """Account Data first (the faster package), the Extended history weeks later.

    Its rows replace every Account Data row; the reports add up to the plays.
    """
    source = exports_dir() / folder
    audio = [row for pattern in EXTENDED_PATTERNS for row in raw_rows(source, pattern)]
    account = {
        f"Spotify Account Data/{name}": rows
        for name, rows in account_data_of(audio).items()
    }
    first = await import_path(hass, write_zip(tmp_path / "account.zip", account))
    assert first["imported"] == await play_count(history)
    second = await import_path(
        hass, write_zip(tmp_path / "extended.zip", extended_files(source))
    )
    expected = len(expected_extended(audio))
    assert first["imported"] + second["imported"] == expected
    assert await play_count(history) == expected
    assert second["replaced"] == first["imported"]
    assert await sources(history) == {Source.EXPORT_EXTENDED: expected}
    assert await named_items(history) == 0


@pytest.mark.parametrize("folder", ACCOUNT_FOLDERS)
async def test_real_account_data_then_its_extended_history(
    hass: HomeAssistant,
    history: HistoryManager,  # noqa: F811
    tmp_path: Path,
    freezer: FrozenDateTimeFactory,
    folder: str,
) -> None:
    """Real Account Data, then Extended rows of the same streams, by URI.

    Each stream stays once, as the Extended row; each song is its URI item.
    """
    source = exports_dir() / folder
    first = await import_path(hass, source)
    assert first["status"] == "completed"
    stored_first = await play_count(history)
    assert first["imported"] == stored_first
    rows = raw_rows(source, "StreamingHistory*.json")
    music_and_podcasts = [row for row in rows if "authorName" not in row]
    made = extended_of(music_and_podcasts)
    second = await import_path(
        hass,
        write_zip(
            tmp_path / "extended.zip",
            {"Spotify Extended Streaming History/Streaming_History_Audio_1.json": made},
        ),
    )
    assert second["status"] == "completed"
    assert first["imported"] + second["imported"] == await play_count(history)
    assert await play_count(history) == stored_first
    found = await sources(history)
    assert found.get(Source.EXPORT_ACCOUNT, 0) == len(rows) - len(music_and_podcasts)
    assert await named_items(history) == 0

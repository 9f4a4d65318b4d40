"""One song (issue 35.4): the Spotify URIs of one recording count as one track.

Tested on a real export: its songs with several URIs as long within seconds
are one entry of the rankings, with the plays of all their URIs (what a
count by name says too), under the most played URI; a song's live take or
remix, and a URI of another length, stay apart.
"""

from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any
import unicodedata

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from custom_components.encore.history.manager import HistoryManager
from custom_components.encore.history.periods import resolve_period
from custom_components.encore.history.queries import (
    PlayRule,
    Scope,
    TopKind,
    play_count,
    top_items,
    totals,
)
from custom_components.encore.history.store.recordings import (
    SAME_RECORDING_MS,
    clusters,
)

from .test_import import exports_dir, history, import_path, raw_rows  # noqa: F401 - fixtures

COUNTED_MS = 30_000


def _fold(text: str) -> str:
    """Names as this test compares them: case, accents and spacing ignored."""
    plain = "".join(
        char
        for char in unicodedata.normalize("NFKD", text.casefold())
        if not unicodedata.combining(char)
    )
    return " ".join(plain.split())


def recordings_of(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The export's recordings with several URIs, worked out in plain Python.

    Per URI: its song (artist and title), its longest stream and its plays
    of 30 s or more; URIs of one song as long within `SAME_RECORDING_MS` of
    the group's shortest are one recording.
    """
    uris: dict[str, dict[str, Any]] = {}
    for row in rows:
        uri = row.get("spotify_track_uri")
        if not uri or not row.get("master_metadata_track_name"):
            continue
        found = uris.setdefault(
            uri,
            {
                "uri": uri,
                "artist": row["master_metadata_album_artist_name"],
                "title": row["master_metadata_track_name"],
                "longest": 0,
                "plays": 0,
                "streams": 0,
            },
        )
        found["longest"] = max(found["longest"], row["ms_played"])
        found["plays"] += row["ms_played"] >= COUNTED_MS
        found["streams"] += 1
    by_song: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for found in uris.values():
        by_song[(_fold(found["artist"]), _fold(found["title"]))].append(found)
    merged = []
    for members in by_song.values():
        members.sort(key=lambda found: found["longest"])
        group: list[dict[str, Any]] = []
        for found in [*members, None]:
            if found is not None and (
                not group or found["longest"] - group[0]["longest"] <= SAME_RECORDING_MS
            ):
                group.append(found)
                continue
            if len(group) > 1:
                merged.append(
                    {
                        "artist": group[0]["artist"],
                        "title": group[0]["title"],
                        "uris": {member["uri"] for member in group},
                        "plays": sum(member["plays"] for member in group),
                        "best": max(group, key=lambda member: member["streams"])[
                            "streams"
                        ],
                    }
                )
            group = [found] if found is not None else []
    return merged


def test_clusters_keep_other_lengths_apart() -> None:
    """Lengths within seconds of the shortest are one; a chain never drifts further."""
    found = [
        (1, "song", 200_000, 5),
        (2, "song", 201_500, 9),
        (3, "song", 203_000, 1),  # within 3 s of the shortest
        (4, "song", 203_500, 2),  # 3.5 s: another recording
        (5, "other", 200_000, 1),  # another song, as long
    ]
    assert clusters(found) == [[(2, 9), (1, 5), (3, 1)]]


async def test_one_recording_is_one_song_in_a_real_export(
    hass: HomeAssistant,
    history: HistoryManager,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The rankings count a recording's URIs together, as a count by name does."""
    folder = exports_dir() / "Efrrowini_spotify-music-analysis"
    rows = raw_rows(folder, "Streaming_History_Audio_*.json")
    merged = recordings_of(rows)
    # The export has them (SOURCES.md): a single and its album's copy.
    assert len(merged) >= 20
    report = await import_path(hass, folder)
    assert report["status"] == "completed"

    period = resolve_period(
        "all_time", now=dt_util.now(), time_zone=dt_util.get_default_time_zone()
    )

    def read(conn: Any) -> tuple[list[Any], dict[str, int], int, int]:
        ranked = top_items(conn, Scope(), period, TopKind.TRACK, limit=100_000)
        counts = {
            f"{found['artist']}\x1f{found['title']}": play_count(
                conn, Scope(), period, artist=found["artist"], track=found["title"]
            ).plays
            for found in merged
        }
        summed = totals(conn, Scope(), period)
        return ranked, counts, summed.tracks, len(ranked)

    ranked, counts, tracks, entries = await history.async_read(read)
    by_uri = {entry.uri: entry for entry in ranked}
    for found in merged:
        listed = [entry for uri, entry in by_uri.items() if uri in found["uris"]]
        label = f"{found['artist']} - {found['title']}"
        if not found["plays"]:
            assert not listed, label
            continue
        # One entry, with every URI's plays, under the most played URI.
        assert len(listed) == 1, (label, listed)
        assert listed[0].plays == found["plays"], label
        # What a count by name says (its names may match more than these).
        assert counts[f"{found['artist']}\x1f{found['title']}"] >= found["plays"]
    # Different tracks counted as the rankings list them.
    assert tracks == entries


async def test_live_takes_and_remixes_stay_apart(
    hass: HomeAssistant,
    history: HistoryManager,  # noqa: F811
) -> None:
    """A title's live take or remix is another song, whatever its length."""
    folder = exports_dir() / "danemanz_spotify_etl"
    rows = raw_rows(folder, "Streaming_History_Audio_*.json")
    report = await import_path(hass, folder)
    assert report["status"] == "completed"
    variants = {
        (row["master_metadata_album_artist_name"], row["master_metadata_track_name"])
        for row in rows
        if row.get("master_metadata_track_name")
        and any(
            word in row["master_metadata_track_name"].casefold()
            for word in ("live", "remix", "edit", "version")
        )
    }
    assert variants, "the export holds live takes or remixes"
    period = resolve_period(
        "all_time",
        now=datetime.now(dt_util.get_default_time_zone()),
        time_zone=dt_util.get_default_time_zone(),
    )
    ranked = await history.async_read(
        lambda conn: top_items(
            conn, Scope(), period, TopKind.TRACK, limit=100_000, rule=PlayRule.ALL
        )
    )
    titles = {(entry.artist, entry.name) for entry in ranked}
    for artist, title in variants:
        # Each variant keeps its own entry, named as it is.
        assert (artist, title) in titles, (artist, title)

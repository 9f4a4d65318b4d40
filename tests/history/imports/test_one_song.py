"""One song (issue 35.4): the Spotify URIs of one recording count as one track.

Tested on a real export: its songs with several URIs as long within seconds
are one entry of the rankings, with the plays of all their URIs (what a
count by name says too), under the most played URI; a song's live take or
remix, and a URI of another length, stay apart.
"""

from collections import defaultdict
from datetime import datetime
import json
from pathlib import Path
from typing import Any
import unicodedata

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from custom_components.encore.history.manager import HistoryManager
from custom_components.encore.history.periods import resolve_period
from custom_components.encore.history.queries import (
    PlayRule,
    RankBy,
    Scope,
    TopKind,
    play_count,
    top_items,
    totals,
)
from custom_components.encore.history.queries.rankings import named_entries
from custom_components.encore.history.queries.recap import recap
from custom_components.encore.history.queries.taste import RANKED, music_ranking
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
        # The taste summary's and the page's walk (`music_ranking`): the same
        # tracks, the same best ones.
        walk = music_ranking(conn, Scope(), period, by_artist=False)
        assert walk.groups == summed.tracks
        assert named_entries(conn, TopKind.TRACK, walk.best) == top_items(
            conn, Scope(), period, TopKind.TRACK, limit=RANKED
        )
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


async def test_a_short_ranking_merges_recordings_as_the_whole_one(
    hass: HomeAssistant,
    history: HistoryManager,  # noqa: F811
) -> None:
    """Any length of ranking, any rule and measure: the whole ranking's beginning.

    A short ranking reads a few times its length of items and merges the
    recordings among them; a recording with URIs left unread is read when it
    could still reach the answer, and ties at the end read everything. The
    whole ranking (every item read) is the reference.
    """
    folder = exports_dir() / "Efrrowini_spotify-music-analysis"
    months = sorted(
        {row["ts"][:7] for row in raw_rows(folder, "Streaming_History_Audio_*.json")}
    )
    report = await import_path(hass, folder)
    assert report["status"] == "completed"
    zone = dt_util.get_default_time_zone()
    now = dt_util.now()
    # All time (the totals), and months read from the plays: in a month most
    # songs have a play or two, so the end of a ranking ties with the unread.
    periods = [resolve_period("all_time", now=now, time_zone=zone)]
    for month in months[:: max(1, len(months) // 6)]:
        year, number = (int(part) for part in month.split("-"))
        periods.append(
            resolve_period(
                "custom",
                now=now,
                time_zone=zone,
                start=datetime(year, number, 1, tzinfo=zone),
                end=datetime(year + number // 12, number % 12 + 1, 1, tzinfo=zone),
            )
        )

    def read(conn: Any) -> list[tuple[Any, ...]]:
        differences: list[tuple[Any, ...]] = []
        for period in periods:
            for rule in (PlayRule.THIRTY_SECONDS, PlayRule.ALL):
                for rank_by in RankBy:
                    whole = top_items(
                        conn,
                        Scope(),
                        period,
                        TopKind.TRACK,
                        limit=100_000,
                        rule=rule,
                        rank_by=rank_by,
                    )
                    for limit in (1, 2, 3, 5, 8, 13, 21, 34, 55, 144, 377, 987):
                        short = top_items(
                            conn,
                            Scope(),
                            period,
                            TopKind.TRACK,
                            limit=limit,
                            rule=rule,
                            rank_by=rank_by,
                        )
                        if short != whole[:limit]:
                            differences.append((period.start, rule, rank_by, limit))
        return differences

    assert await history.async_read(read) == []


def _streams(uri: str, title: str, plays: int, first: int) -> list[dict[str, Any]]:
    """`plays` whole streams of one URI, an hour apart from `first` (seconds)."""
    return [
        {
            "ts": dt_util.utc_from_timestamp(first + 3600 * n).strftime(
                "%Y-%m-%dT%H:%M:%SZ"
            ),
            "ms_played": 200_000,
            "master_metadata_track_name": title,
            "master_metadata_album_artist_name": "The Band",
            "master_metadata_album_album_name": "An album",
            "spotify_track_uri": uri,
        }
        for n in range(plays)
    ]


async def test_a_short_ranking_of_ties_and_hidden_recordings(
    hass: HomeAssistant,
    history: HistoryManager,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Where the end of a short ranking ties with what it left unread, and where
    a recording's URIs each rank low but together reach the top.
    """
    rows: list[dict[str, Any]] = []
    first = 1_600_000_000
    # Five favourites (10 plays), forty songs of 6, a song with two URIs
    # of 5 plays each (10 together), then two hundred songs of one play and
    # three songs with two URIs of one play each (2 together).
    songs = [(f"Favourite {n}", [10]) for n in range(5)]
    songs += [(f"Often {n}", [6]) for n in range(40)]
    songs += [("Twice released", [5, 5])]
    songs += [(f"Once {n}", [1]) for n in range(200)]
    songs += [(f"Pair {n}", [1, 1]) for n in range(3)]
    number = 0
    for title, counts in songs:
        for count in counts:
            number += 1
            rows += _streams(f"spotify:track:{number:022d}", title, count, first)
            first += 3600 * count
    export = tmp_path / "export"
    export.mkdir()
    (export / "Streaming_History_Audio_2020.json").write_text(
        json.dumps(rows), encoding="utf-8"
    )
    report = await import_path(hass, export)
    assert report["status"] == "completed"
    zone = dt_util.get_default_time_zone()
    now = dt_util.now()
    periods = [
        resolve_period("all_time", now=now, time_zone=zone),
        resolve_period(
            "custom",
            now=now,
            time_zone=zone,
            start=datetime(2020, 1, 1, tzinfo=zone),
            end=datetime(2022, 1, 1, tzinfo=zone),
        ),
    ]

    def read(conn: Any) -> list[tuple[Any, ...]]:
        found: list[tuple[Any, ...]] = []
        for period in periods:
            whole = top_items(conn, Scope(), period, TopKind.TRACK, limit=1000)
            names = [entry.name for entry in whole]
            # The two URIs of each song are one entry.
            assert len(names) == len(set(names)) == len(songs)
            assert {entry.name for entry in whole[:6]} == {
                *(f"Favourite {n}" for n in range(5)),
                "Twice released",
            }
            for limit in range(1, 12):
                short = top_items(conn, Scope(), period, TopKind.TRACK, limit=limit)
                if short != whole[:limit]:
                    found.append((period.start, limit))
            tail = top_items(conn, Scope(), period, TopKind.TRACK, limit=50)
            if tail != whole[:50]:
                found.append((period.start, 50))
        return found

    assert await history.async_read(read) == []


async def test_a_recap_counts_a_recording_once(
    hass: HomeAssistant,
    history: HistoryManager,  # noqa: F811
) -> None:
    """A year's recap ranks and counts songs as the rankings do: one per recording."""
    folder = exports_dir() / "Efrrowini_spotify-music-analysis"
    years = sorted(
        {
            int(row["ts"][:4])
            for row in raw_rows(folder, "Streaming_History_Audio_*.json")
        }
    )
    report = await import_path(hass, folder)
    assert report["status"] == "completed"
    zone = dt_util.get_default_time_zone()
    now = dt_util.now()

    def read(conn: Any) -> list[tuple[Any, ...]]:
        found: list[tuple[Any, ...]] = []
        for year in years:
            start = datetime(year, 1, 1, tzinfo=zone)
            end = datetime(year + 1, 1, 1, tzinfo=zone)
            period = resolve_period(
                "custom", now=now, time_zone=zone, start=start, end=end
            )
            answer = recap(conn, Scope(), start, end, zone)
            if answer.music is None:
                continue
            ranked = top_items(conn, Scope(), period, TopKind.TRACK, limit=50)
            uris = [entry.uri for entry in ranked if entry.uri]
            found.append(
                (
                    year,
                    answer.music.songs == totals(conn, Scope(), period).tracks,
                    [(e.name, e.plays) for e in answer.music.top_songs]
                    == [(e.name, e.plays) for e in ranked[:5]],
                    answer.music.song_uris == uris,
                )
            )
        return found

    checked = await history.async_read(read)
    assert checked, "the export has years of music"
    assert all(all(row[1:]) for row in checked), checked

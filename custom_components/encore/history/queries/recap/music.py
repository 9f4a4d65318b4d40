"""The recap's music and podcasts summed up: rankings, habits, the song on repeat."""

from collections import defaultdict
from collections.abc import Mapping
from datetime import timedelta

from sqlalchemy import Connection

from ...epoch import from_ms
from ..common import EPOCH_DAY, WEEKDAYS, by_recording, recording_map
from ..habits import artists_new_in
from ..model import TopEntry, TopKind
from ..rankings import best_rows, named_entries
from .grouping import _kind_sums
from .model import (
    _EPISODE,
    _THURSDAY,
    _TRACK,
    PLAYLIST,
    TOP,
    DayFigure,
    Habits,
    Moment,
    MusicRecap,
    PodcastRecap,
    SongOnRepeat,
    Streak,
    minutes,
)
from .reading import _At, _on_repeat, _Pass


def _moment(conn: Connection, found: tuple[int, int, int]) -> Moment:
    """Name a play: (ended_at, id, item)."""
    ended, _play_id, item = found
    (entry,) = named_entries(conn, TopKind.TRACK, [(item, 1, 0)])
    return Moment(entry.name, entry.artist, entry.uri, from_ms(ended))


def _habits(
    hours: Mapping[tuple[int, int], tuple[int, int]], kind: int
) -> Habits | None:
    days: dict[int, int] = defaultdict(int)
    weekdays = [0] * 7
    hours_of_day = [0] * 24
    for (hour_kind, local), (_n, ms) in hours.items():
        if hour_kind != kind:
            continue
        day = local // 24
        days[day] += ms
        weekdays[(day + _THURSDAY) % 7] += ms
        hours_of_day[local % 24] += ms
    if not days:
        return None
    top_day = min(days, key=lambda day: (-days[day], day))
    ordered = sorted(days)
    longest, longest_end, run = 0, ordered[0], 0
    for index, day in enumerate(ordered):
        run = run + 1 if index and day == ordered[index - 1] + 1 else 1
        if run > longest:
            longest, longest_end = run, day
    return Habits(
        DayFigure(EPOCH_DAY + timedelta(days=top_day), minutes(days[top_day])),
        WEEKDAYS[max(range(7), key=lambda day: (weekdays[day], -day))],
        max(range(24), key=lambda hour: (hours_of_day[hour], -hour)),
        Streak(
            longest,
            EPOCH_DAY + timedelta(days=longest_end - longest + 1),
            EPOCH_DAY + timedelta(days=longest_end),
        ),
        len(days),
    )


def _top(
    conn: Connection, kind: TopKind, counts: Mapping[int, tuple[int, int]], limit: int
) -> list[TopEntry]:
    return named_entries(conn, kind, best_rows(counts, limit), images=True)


def _music(
    conn: Connection,
    at: _At,
    read: _Pass,
    parts: Mapping[tuple[int, int], dict[int, tuple[int, int]]],
) -> MusicRecap | None:
    recording = recording_map(conn, at.scope)
    songs = by_recording(parts[_TRACK, 2], recording)
    habits = _habits(read.hours, _TRACK)
    if not songs or habits is None or read.first is None or read.last is None:
        return None
    artists = parts[_TRACK, 3]
    albums = parts[_TRACK, 4]
    plays_n, ms = _kind_sums(read.hours, _TRACK)
    # The first songs are among the most played, unless those are fewer.
    most = read.most_played
    ranked = best_rows(
        {item: songs[item] for item in most}
        if len(most) >= PLAYLIST and songs is parts[_TRACK, 2]
        else songs,
        PLAYLIST,
    )
    named = named_entries(conn, TopKind.TRACK, ranked, images=True)
    top_songs = named[:TOP]
    uris = [
        entry.uri
        for entry in named
        if entry.uri and entry.uri.startswith("spotify:track:")
    ]
    new = artists_new_in(conn, at.scope, at.start, at.end, at.rule, played=artists)
    item_id, week, count, repeat_ms = _on_repeat(conn, at, songs, read)
    (song,) = named_entries(
        conn, TopKind.TRACK, [(item_id, count, repeat_ms)], images=True
    )
    on_repeat = SongOnRepeat(
        song, EPOCH_DAY + timedelta(days=week * 7 - _THURSDAY), count
    )
    return MusicRecap(
        plays_n,
        ms,
        minutes(ms),
        len(artists),
        len(songs),
        len(albums),
        _top(conn, TopKind.ARTIST, artists, TOP),
        top_songs,
        _top(conn, TopKind.ALBUM, albums, TOP),
        habits,
        len(new),
        _top(conn, TopKind.ARTIST, new, TOP),
        on_repeat,
        _moment(conn, read.first),
        _moment(conn, read.last),
        uris,
    )


def _podcasts(
    conn: Connection,
    parts: Mapping[tuple[int, int], dict[int, tuple[int, int]]],
    hours: Mapping[tuple[int, int], tuple[int, int]],
) -> PodcastRecap | None:
    episodes = parts[_EPISODE, 2]
    habits = _habits(hours, _EPISODE)
    if not episodes or habits is None:
        return None
    shows = parts[_EPISODE, 3]
    plays_n, ms = _kind_sums(hours, _EPISODE)
    return PodcastRecap(
        plays_n,
        ms,
        minutes(ms),
        len(shows),
        len(episodes),
        _top(conn, TopKind.SHOW, shows, TOP),
        habits,
    )

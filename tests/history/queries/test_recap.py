"""The recap against a plain-Python recount of the same plays.

Real Spotify exports (../shared/data, skipped saying why where missing) and
the benchmark's generated export (benchmarks/synthetic_export.py, a smaller
catalogue so that common ground and repeats happen) are imported through
the writer as the integration imports them, on SQLite and a real
PostgreSQL. Then every figure of `recap` is counted again from the rows of
`plays`, `items` and `artists` (`SELECT`, nothing the recap reads), in
several time zones: months that cross a daylight-saving change, a year
that starts in the user's zone and not in UTC, half-hour zones.
"""

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Connection, Engine, select

from benchmarks.synthetic_export import ExportSpec, build_export
from custom_components.encore.history.epoch import from_ms, to_ms
from custom_components.encore.history.imports.spotify_export.reader import (
    ExportBudget,
    discover,
    parse_file,
)
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.periods import local_midnight
from custom_components.encore.history.queries import PlayRule, Scope
from custom_components.encore.history.queries.recap import (
    Recap,
    RecapStatus,
    months_with_plays,
    previous_bounds,
    recap,
)
from custom_components.encore.history.store.engine import sqlite_url
from custom_components.encore.history.store.jobs import (
    import_file,
    start_job,
    update_job,
)
from custom_components.encore.history.store.schema import (
    accounts,
    artists,
    devices,
    item_recordings,
    items,
    plays,
)
from custom_components.encore.history.store.writes import WriterState
from tests.history.databases import migrated_engine

EXPORTS = Path(__file__).parents[4] / "shared" / "data" / "spotify-exports"
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")
SYNTHETIC = ExportSpec(
    rows=30_000, artists=400, tracks=2_500, shows=15, rows_per_file=10_000
)
ADA, BOB, SONOS = "ada", "bob", "sonos:RINCON_RECAP"


def _import(conn: Connection, state: WriterState, folder: Path, account: str) -> None:
    with conn.begin():
        job = start_job(conn, state, "import", account)
    budget = ExportBudget()
    for file in discover(folder):
        parsed = parse_file(file, account, budget=budget)
        with conn.begin():
            import_file(
                conn,
                state,
                job_id=job,
                account=account,
                name=parsed.name,
                fingerprint=parsed.fingerprint,
                rows=parsed.rows,
                columns=parsed.columns,
            )
    with conn.begin():
        update_job(conn, job, {}, status="completed")


def _live(conn: Connection, state: WriterState, day: datetime, room: str) -> None:
    """Plays a Sonos speaker recorded (rooms), in the unfolded tail."""
    records = [
        PlayRecord(
            source=Source.SONOS,
            account=SONOS,
            ended_at=to_ms(day + timedelta(minutes=4 * index)),
            ms_played=200_000,
            kind=PlayKind.TRACK,
            title=f"Kitchen song {index % 3}",
            artist="Kitchen Band",
            album="Kitchen Album",
            device=room,
        )
        for index in range(1, 12)
    ]
    with conn.begin():
        state.insert_records(conn, records)


@dataclass
class Loaded:
    engine: Engine
    dialect: str


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Loaded]:
    """An empty migrated database of each kind."""
    with migrated_engine(request, sqlite_url(tmp_path / "history.db")) as engine:
        yield Loaded(engine, request.param)


# -- the recount ---------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    account: str
    ended: int
    ms: int
    kind: int
    item: int
    artist: int | None
    album: int | None
    device: str | None
    sources: int


def _rows(conn: Connection) -> tuple[list[Row], dict[int, Any], dict[int, Any]]:
    keys = {row.id: row.key for row in conn.execute(select(accounts))}
    names = {row.id: row.name for row in conn.execute(select(devices))}
    rows = [
        Row(
            keys[row.account_id],
            row.ended_at,
            row.ms_played,
            row.kind,
            row.item_id,
            row.artist_id,
            row.album_key,
            names.get(row.device_id),
            row.sources,
        )
        for row in conn.execute(select(plays))
    ]
    item_rows = {row.id: row for row in conn.execute(select(items))}
    artist_rows = {row.id: row for row in conn.execute(select(artists))}
    return rows, item_rows, artist_rows


def _minutes(ms: int) -> int:
    return (ms + 30_000) // 60_000


def _ranked(counts: dict[int, list[int]], limit: int) -> list[tuple[int, int, int]]:
    order = sorted(counts.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
    return [(key, n, ms) for key, (n, ms) in order[:limit]]


def _count(rows: list[Row], key: Any) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        value = key(row)
        if value:
            found[value][0] += 1
            found[value][1] += row.ms
    return dict(found)


def _local_day(ms: int, zone: tzinfo) -> date:
    return from_ms(ms).astimezone(zone).date()


def _habits(rows: list[Row], zone: tzinfo) -> dict[str, Any]:
    days: dict[date, int] = defaultdict(int)
    weekdays = [0] * 7
    hours = [0] * 24
    for row in rows:
        local = from_ms(row.ended).astimezone(zone)
        days[local.date()] += row.ms
        weekdays[local.weekday()] += row.ms
        hours[local.hour] += row.ms
    top = min(days, key=lambda day: (-days[day], day))
    ordered = sorted(days)
    best = (0, ordered[0])
    run = 0
    for index, day in enumerate(ordered):
        run = run + 1 if index and day - ordered[index - 1] == timedelta(days=1) else 1
        if run > best[0]:
            best = (run, day)
    return {
        "top_day": {"day": top, "minutes": _minutes(days[top])},
        "busiest_weekday": [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ][max(range(7), key=lambda day: (weekdays[day], -day))],
        "busiest_hour": max(range(24), key=lambda hour: (hours[hour], -hour)),
        "streak": (best[0], best[1] - timedelta(days=best[0] - 1), best[1]),
        "days": len(days),
    }


class Recount:
    """Every figure of a recap, counted in plain Python."""

    def __init__(self, conn: Connection) -> None:
        self.rows, self.items, self.artists = _rows(conn)
        # The URIs of one recording are one song (`store.recordings`).
        self.recording = {
            int(item_id): int(target)
            for item_id, target in conn.execute(
                select(item_recordings.c.item_id, item_recordings.c.recording_id)
            ).tuples()
        }

    def song(self, item_id: int) -> tuple[str, str | None]:
        item = self.items[item_id]
        artist = self.artists.get(item.artist_id)
        return (item.title or item.uri or "", artist.name if artist else None)

    def artist(self, artist_id: int) -> str:
        return str(self.artists[artist_id].name)

    def check(
        self,
        got: Recap,
        who: set[str] | None,
        start: datetime,
        end: datetime,
        zone: tzinfo,
        people: dict[str, str] | None = None,
    ) -> None:
        def counted(low: int, high: int) -> list[Row]:
            return [
                row
                for row in self.rows
                if (who is None or row.account in who)
                and low <= row.ended < high
                and row.ms >= 30_000
                and row.kind in (PlayKind.TRACK, PlayKind.EPISODE)
            ]

        low, high = to_ms(start), to_ms(end)
        now = counted(low, high)
        if not now:
            assert got.status is RecapStatus.NOTHING_YET
            assert got.music is None
            assert got.podcasts is None
            return
        assert got.status is RecapStatus.READY
        music = [row for row in now if row.kind == PlayKind.TRACK]
        episodes = [row for row in now if row.kind == PlayKind.EPISODE]
        self._music(got, music, who, low, high, zone)
        if not episodes:
            assert got.podcasts is None
        else:
            podcasts = got.podcasts
            assert podcasts is not None
            assert podcasts.plays == len(episodes)
            assert podcasts.ms_played == sum(row.ms for row in episodes)
            assert podcasts.episodes == len({row.item for row in episodes})
            shows = _count(episodes, lambda row: row.artist)
            assert podcasts.shows == len(shows)
            assert [(e.name, e.plays, e.ms_played) for e in podcasts.top_shows] == [
                (self.artist(key), n, ms) for key, n, ms in _ranked(shows, 5)
            ]
            self._habits(podcasts.habits, episodes, zone)
        # The period before.
        before, until = previous_bounds(start, end, zone)
        earlier = counted(to_ms(before), to_ms(until))
        comparison = got.comparison
        assert comparison is not None
        assert (comparison.start, comparison.end) == (before, until)
        earlier_music = [row for row in earlier if row.kind == PlayKind.TRACK]
        assert comparison.music_minutes == _minutes(sum(r.ms for r in earlier_music))
        assert comparison.minutes_change == _minutes(
            sum(row.ms for row in now)
        ) - _minutes(sum(row.ms for row in earlier))
        was = _ranked(_count(earlier_music, lambda row: row.artist), 1)
        previous = comparison.previous_number_one
        assert (previous and previous.name) == (self.artist(was[0][0]) if was else None)
        # Rooms: the Sonos plays' devices, none from an export.
        rooms: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for row in now:
            if row.sources & ((1 << Source.SONOS) | (1 << Source.MEDIA_PLAYER)):
                rooms[str(row.device)][0] += 1
                rooms[str(row.device)][1] += row.ms
        if not rooms:
            assert got.rooms is None
        else:
            assert got.rooms is not None
            assert {(r.name, r.plays, r.minutes) for r in got.rooms} == {
                (name, n, _minutes(ms)) for name, (n, ms) in rooms.items()
            }
        self._household(got, now, people)

    def _music(
        self,
        got: Recap,
        music: list[Row],
        who: set[str] | None,
        low: int,
        high: int,
        zone: tzinfo,
    ) -> None:
        if not music:
            assert got.music is None
            return
        recap_music = got.music
        assert recap_music is not None
        assert recap_music.plays == len(music)
        assert recap_music.ms_played == sum(row.ms for row in music)
        assert recap_music.minutes == _minutes(recap_music.ms_played)
        songs = _count(music, lambda row: self.recording.get(row.item, row.item))
        by_artist = _count(music, lambda row: row.artist)
        assert recap_music.songs == len(songs)
        assert recap_music.artists == len(by_artist)
        assert recap_music.albums == len({row.album for row in music if row.album})
        assert [
            (e.name, e.artist, e.plays, e.ms_played) for e in recap_music.top_songs
        ] == [(*self.song(key), n, ms) for key, n, ms in _ranked(songs, 5)]
        assert [(e.name, e.plays, e.ms_played) for e in recap_music.top_artists] == [
            (self.artist(key), n, ms) for key, n, ms in _ranked(by_artist, 5)
        ]
        albums = _count(music, lambda row: row.album)
        assert [(e.plays, e.ms_played) for e in recap_music.top_albums] == [
            (n, ms) for _key, n, ms in _ranked(albums, 5)
        ]
        assert recap_music.song_uris == [
            self.items[key].uri
            for key, _n, _ms in _ranked(songs, 50)
            if (self.items[key].uri or "").startswith("spotify:track:")
        ]
        self._habits(recap_music.habits, music, zone)
        # Discoveries: first counted music play of the scope, ever, in the period.
        first: dict[int, int] = {}
        for row in self.rows:
            if (
                (who is None or row.account in who)
                and row.kind == PlayKind.TRACK
                and row.ms >= 30_000
                and row.artist
            ):
                first[row.artist] = min(first.get(row.artist, row.ended), row.ended)
        new = {
            key: by_artist[key] for key, ended in first.items() if low <= ended < high
        }
        assert recap_music.discoveries == len(new)
        assert [(e.name, e.plays) for e in recap_music.top_discoveries] == [
            (self.artist(key), n) for key, n, _ms in _ranked(new, 5)
        ]
        # On repeat: the most plays of one track within a local week.
        weeks: dict[tuple[int, date], list[int]] = defaultdict(lambda: [0, 0])
        for row in music:
            day = _local_day(row.ended, zone)
            weeks[row.item, day - timedelta(days=day.weekday())][0] += 1
            weeks[row.item, day - timedelta(days=day.weekday())][1] += row.ms
        (item, week), (count, ms) = min(
            weeks.items(), key=lambda kv: (-kv[1][0], kv[0][1], -kv[1][1], kv[0][0])
        )
        repeat = recap_music.on_repeat
        assert repeat is not None
        assert (repeat.song.name, repeat.week_start, repeat.plays) == (
            self.song(item)[0],
            week,
            count,
        )
        assert repeat.song.ms_played == ms
        ordered = sorted(music, key=lambda row: row.ended)
        assert recap_music.first_song.at == from_ms(ordered[0].ended)
        assert recap_music.last_song.at == from_ms(ordered[-1].ended)
        assert (recap_music.first_song.name, recap_music.first_song.artist) in {
            self.song(row.item) for row in ordered if row.ended == ordered[0].ended
        }
        assert (recap_music.last_song.name, recap_music.last_song.artist) in {
            self.song(row.item) for row in ordered if row.ended == ordered[-1].ended
        }

    @staticmethod
    def _habits(habits: Any, rows: list[Row], zone: tzinfo) -> None:
        expected = _habits(rows, zone)
        assert (habits.top_day.day, habits.top_day.minutes) == (
            expected["top_day"]["day"],
            expected["top_day"]["minutes"],
        )
        assert habits.busiest_weekday == expected["busiest_weekday"]
        assert habits.busiest_hour == expected["busiest_hour"]
        streak = habits.longest_streak
        assert (streak.days, streak.start, streak.end) == expected["streak"]
        assert habits.days == expected["days"]

    def _household(
        self, got: Recap, now: list[Row], people: dict[str, str] | None
    ) -> None:
        per: dict[str, list[Row]] = defaultdict(list)
        for row in now:
            if people and row.account in people:
                per[people[row.account]].append(row)
        if len(per) < 2:
            assert got.household is None
            return
        household = got.household
        assert household is not None
        expected = sorted(
            (-_minutes(sum(row.ms for row in own)), account)
            for account, own in per.items()
        )
        assert [(-lst.minutes, lst.person) for lst in household.listeners] == expected
        for listener in household.listeners:
            own = [row for row in per[listener.person] if row.kind == PlayKind.TRACK]
            top = _ranked(_count(own, lambda row: row.artist), 1)
            assert (listener.number_one_artist and listener.number_one_artist.name) == (
                self.artist(top[0][0]) if top else None
            )
        shared: dict[int, set[str]] = defaultdict(set)
        mine = [r for rows in per.values() for r in rows if r.kind == PlayKind.TRACK]
        together = _count(mine, lambda r: r.artist)
        for row in mine:
            if row.artist and people:
                shared[row.artist].add(people[row.account])
        common = sorted(
            (key for key, who in shared.items() if len(who) > 1),
            key=lambda key: (
                -len(shared[key]),
                -together[key][0],
                -together[key][1],
                key,
            ),
        )[:5]
        assert [(s.entry.name, s.people) for s in household.common_artists] == [
            (self.artist(key), sorted(shared[key])) for key in common
        ]


def _month(year: int, month: int, zone: tzinfo) -> tuple[datetime, datetime]:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (
        local_midnight(date(year, month, 1), zone),
        local_midnight(following, zone),
    )


def _year(year: int, zone: tzinfo) -> tuple[datetime, datetime]:
    return (
        local_midnight(date(year, 1, 1), zone),
        local_midnight(date(year + 1, 1, 1), zone),
    )


def _check_periods(
    engine: Engine,
    who: set[str] | None,
    periods: list[tuple[datetime, datetime]],
    zone: tzinfo,
    people: dict[str, str] | None = None,
) -> int:
    """Check each period; return how many had plays."""
    ready = 0
    with engine.connect() as conn:
        recount = Recount(conn)
        scope = Scope(accounts=None if who is None else tuple(sorted(who)))
        for start, end in periods:
            got = recap(conn, scope, start, end, zone, people=people)
            recount.check(got, who, start, end, zone, people)
            ready += got.status is RecapStatus.READY
    return ready


def test_recap_synthetic_export(database: Loaded) -> None:
    """The benchmark's generated ten years: years, DST months, three zones."""
    export = build_export(SYNTHETIC)
    state = WriterState(database.dialect)
    with database.engine.connect() as conn:
        _import(conn, state, export.path, ADA)
        _live(conn, state, datetime(2026, 3, 28, 20, tzinfo=UTC), "Kitchen")
    for zone in (BERLIN, NEW_YORK, KOLKATA):
        periods = [
            _year(2025, zone),  # starts at local midnight, not UTC's
            _month(2026, 3, zone),  # Europe's and America's spring change
            _month(2025, 10, zone),  # Europe's autumn change
            _month(2025, 11, zone),  # America's autumn change
            _month(2030, 1, zone),  # nothing yet
        ]
        assert _check_periods(database.engine, None, periods, zone) == 4
        assert _check_periods(database.engine, {ADA}, periods[:2], zone) == 2
    with database.engine.connect() as conn:
        months = months_with_plays(conn, Scope(), BERLIN)
        rows = _rows(conn)[0]
    local = {from_ms(row.ended).astimezone(BERLIN) for row in rows}
    assert months == sorted({(at.year, at.month) for at in local}, reverse=True)


def test_recap_hours_from_plays_and_partial_cells(database: Loaded) -> None:
    """Where the time buckets serve in part or not at all, the plays do.

    A period that starts and ends inside an hour (and a quarter hour) reads
    its partial cells from the plays, the whole ones from the buckets; a
    zone whose offset is not whole quarter hours, and a scope of some kinds
    (the buckets hold every kind together), read every hour from the plays.
    """
    state = WriterState(database.dialect)
    with database.engine.connect() as conn:
        _import(conn, state, build_export(SYNTHETIC).path, ADA)
        # Sonos plays around Europe's spring change, in the ragged period.
        _live(conn, state, datetime(2025, 3, 30, 0, 20, tzinfo=UTC), "Kitchen")
    odd = timezone(timedelta(hours=5, minutes=50))
    ragged = (
        datetime(2025, 3, 9, 10, 20, 30, tzinfo=UTC),
        datetime(2025, 11, 3, 7, 50, 10, tzinfo=UTC),
    )
    kinds = Scope(kinds=(PlayKind.TRACK, PlayKind.EPISODE))
    with database.engine.connect() as conn:
        recount = Recount(conn)
        for zone in (BERLIN, KOLKATA, odd):
            got = recap(conn, Scope(), *ragged, zone)
            assert got.rooms is not None
            recount.check(got, None, *ragged, zone)
        # Inside one hour: no whole cell, with plays and without.
        for start, end in (
            (
                datetime(2025, 3, 30, 0, 25, tzinfo=UTC),
                datetime(2025, 3, 30, 0, 50, tzinfo=UTC),
            ),
            (
                datetime(2030, 1, 1, 10, 5, tzinfo=UTC),
                datetime(2030, 1, 1, 10, 35, tzinfo=UTC),
            ),
        ):
            recount.check(
                recap(conn, Scope(), start, end, BERLIN), None, start, end, BERLIN
            )
        for scope, zone in ((Scope(), odd), (kinds, BERLIN), (kinds, KOLKATA)):
            start, end = _year(2025, zone)
            recount.check(recap(conn, scope, start, end, zone), None, start, end, zone)


def test_recap_buckets_agree_with_plays_under_every_rule(database: Loaded) -> None:
    """Music less the other kinds, from the buckets, as the plays say, for each rule.

    The recount counts the 30 s rule; every stream (short ones with no
    milliseconds included) and Last.fm's rule read other columns of the
    buckets. A scope of music and podcasts reads the same plays without them.
    """
    state = WriterState(database.dialect)
    with database.engine.connect() as conn:
        _import(conn, state, build_export(SYNTHETIC).path, ADA)
        for zone in (BERLIN, KOLKATA):
            start, end = _year(2025, zone)
            for rule in PlayRule:
                buckets, plays_only = (
                    recap(conn, scope, start, end, zone, rule=rule, compare=False)
                    for scope in (
                        Scope(),
                        Scope(kinds=(PlayKind.TRACK, PlayKind.EPISODE)),
                    )
                )
                assert buckets.music is not None
                assert buckets.podcasts is not None
                assert buckets.music == plays_only.music
                assert buckets.podcasts == plays_only.podcasts


def _repeats(
    conn: Connection, state: WriterState, spread: tuple[int, int, int], twice: bool
) -> tuple[datetime, datetime]:
    """Four local weeks of made-up plays; return them as a period.

    `spread`: how many songs were played once a week, how many in two
    weeks, and how many once; `twice`: a song played twice in the third
    week, the song on repeat, which the most played songs' weeks do not show.
    """
    start = local_midnight(date(2025, 6, 2), BERLIN)  # a Monday
    weekly, pairs, once = spread
    records = [
        _record(start + timedelta(days=7 * week + 2, seconds=index), f"w{index}")
        for index in range(weekly)
        for week in range(4)
    ]
    records += [
        _record(start + timedelta(days=7 * week + 3, seconds=index), f"p{index}")
        for index in range(pairs)
        for week in (0, 2)
    ]
    records += [
        _record(start + timedelta(days=1, seconds=index), f"o{index}")
        for index in range(once)
    ]
    if twice:
        records += [_record(start + timedelta(days=day), "twice") for day in (15, 16)]
    with conn.begin():
        state.insert_records(conn, records)
    return start, start + timedelta(days=28)


def _record(at: datetime, title: str) -> PlayRecord:
    return PlayRecord(
        account=ADA,
        source=Source.SPOTIFY_RECENT,
        ended_at=to_ms(at),
        ms_played=180_000 + len(title),
        kind=PlayKind.TRACK,
        title=title,
        artist=f"Band {len(title) % 7}",
        album=f"Album {len(title) % 3}",
    )


@pytest.mark.parametrize(
    ("spread", "twice"),
    [
        ((800, 100, 50), True),  # the rest's weeks read by id
        ((800, 100, 3_600), True),  # too many songs to name: every week read
        ((1_000, 0, 0), False),  # more songs tie for the most plays than a read names
    ],
)
def test_recap_song_on_repeat_beyond_the_most_played(
    database: Loaded, spread: tuple[int, int, int], twice: bool
) -> None:
    """The best week belongs to a song with fewer plays than the most played ones.

    The 800 songs played weekly are read first (those with 4 plays, the
    most: the 100 played in two weeks would make more than one read
    names); their best week has one play, fewer than 4, so every song with
    one play or more is read next.
    """
    state = WriterState(database.dialect)
    with database.engine.connect() as conn:
        start, end = _repeats(conn, state, spread, twice)
        got = recap(conn, Scope(), start, end, BERLIN)
        Recount(conn).check(got, None, start, end, BERLIN)
    assert got.music is not None
    assert got.music.on_repeat is not None
    assert got.music.on_repeat.plays == (2 if twice else 1)
    # Else the first week's longest (the longest titles), the first stored.
    assert got.music.on_repeat.song.name == ("twice" if twice else "w100")


def _exports(name: str) -> Path:
    folder = EXPORTS / name
    if not folder.is_dir():
        pytest.skip(
            f"{folder} is not here (the real Spotify exports of ../shared/data)"
        )
    return folder


@pytest.mark.parametrize(
    ("folder", "years"),
    [
        ("Efrrowini_spotify-music-analysis", (2023, 2024)),
        ("danemanz_spotify_etl", (2018, 2023)),
        ("erickmay_Spotify-Shuffle-Analysis", (2016, 2019)),
        ("hobbies-w-erin_Spotify-Account-Data", (2022, 2023)),
        ("ohitsmekatie_my-spotify", (2020, 2021)),
    ],
)
def test_recap_real_exports(
    database: Loaded, folder: str, years: tuple[int, int]
) -> None:
    """Each real export: its years and every month of them, in Berlin and New York."""
    state = WriterState(database.dialect)
    with database.engine.connect() as conn:
        _import(conn, state, _exports(folder), ADA)
    for zone in (BERLIN, NEW_YORK):
        periods = [_year(year, zone) for year in years] + [
            _month(year, month, zone) for year in years for month in range(1, 13)
        ]
        _check_periods(database.engine, None, periods, zone)


def test_recap_household_of_two_real_exports(database: Loaded) -> None:
    """Two people's exports and a speaker: who listened most, common ground."""
    state = WriterState(database.dialect)
    with database.engine.connect() as conn:
        _import(conn, state, _exports("Efrrowini_spotify-music-analysis"), ADA)
        _import(conn, state, _exports("danemanz_spotify_etl"), BOB)
        _live(conn, state, datetime(2023, 10, 29, 0, 30, tzinfo=UTC), "Living Room")
    periods = [_year(2023, BERLIN), _month(2023, 10, BERLIN)]
    people = {ADA: "person.ada", BOB: "person.bob"}
    assert _check_periods(database.engine, None, periods, BERLIN, people) == 2
    with database.engine.connect() as conn:
        got = recap(conn, Scope(), *_year(2023, BERLIN), BERLIN, people=people)
        alone = recap(
            conn, Scope(), *_year(2023, BERLIN), BERLIN, people=people, leave_out=[BOB]
        )
        one = recap(conn, Scope(), *_year(2023, BERLIN), BERLIN, people={ADA: "a"})
    assert got.household is not None
    # The speaker is in the figures, but no listener.
    assert [lst.person for lst in got.household.listeners] == [
        "person.ada",
        "person.bob",
    ] or [lst.person for lst in got.household.listeners] == ["person.bob", "person.ada"]
    # Bob stays out: his plays are in no figure, and a household of one has no part.
    assert alone.household is None
    assert one.household is None
    assert got.music is not None
    assert alone.music is not None
    assert alone.music.plays < got.music.plays
    with database.engine.connect() as conn:
        recount = Recount(conn)
        recount.rows = [row for row in recount.rows if row.account != BOB]
        recount.check(alone, None, *_year(2023, BERLIN), BERLIN)
    assert got.rooms is not None
    assert [room.name for room in got.rooms] == ["Living Room"]


def test_previous_bounds() -> None:
    """Calendar months and years have the one before; other periods their length."""
    march = _month(2026, 3, BERLIN)
    assert previous_bounds(*march, BERLIN) == (_month(2026, 2, BERLIN)[0], march[0])
    january = _month(2026, 1, BERLIN)
    assert previous_bounds(*january, BERLIN)[0] == _month(2025, 12, BERLIN)[0]
    year = _year(2026, BERLIN)
    assert previous_bounds(*year, BERLIN)[0] == _year(2025, BERLIN)[0]
    week = (datetime(2026, 3, 2, tzinfo=BERLIN), datetime(2026, 3, 9, tzinfo=BERLIN))
    assert previous_bounds(*week, BERLIN)[0] == datetime(2026, 2, 23, tzinfo=BERLIN)


def test_a_year_so_far_is_compared_with_the_same_span_last_year() -> None:
    """Issue 43.3: "this year" asked in November, against 1 January to the same moment of 2025.

    Before, the same length of time just before: from 6 February 2025 14:07
    to 1 January 2026.
    """
    now = datetime(2026, 11, 25, 14, 7, tzinfo=BERLIN)
    this_year = (datetime(2026, 1, 1, tzinfo=BERLIN), now)
    assert previous_bounds(*this_year, BERLIN) == (
        datetime(2025, 1, 1, tzinfo=BERLIN),
        datetime(2025, 11, 25, 14, 7, tzinfo=BERLIN),
    )
    # A month so far: the same days of the month before, clamped to its end.
    this_month = (
        datetime(2026, 3, 1, tzinfo=BERLIN),
        datetime(2026, 3, 31, 9, tzinfo=BERLIN),
    )
    assert previous_bounds(*this_month, BERLIN) == (
        datetime(2026, 2, 1, tzinfo=BERLIN),
        datetime(2026, 2, 28, 9, tzinfo=BERLIN),
    )
    january = (
        datetime(2026, 1, 1, tzinfo=BERLIN),
        datetime(2026, 1, 20, tzinfo=BERLIN),
    )
    assert previous_bounds(*january, BERLIN) == (
        datetime(2025, 12, 1, tzinfo=BERLIN),
        datetime(2025, 12, 20, tzinfo=BERLIN),
    )
    # Not from a month's first midnight: the same length just before.
    odd = (
        datetime(2026, 3, 2, 10, tzinfo=BERLIN),
        datetime(2026, 3, 4, 10, tzinfo=BERLIN),
    )
    assert previous_bounds(*odd, BERLIN) == (
        datetime(2026, 2, 28, 10, tzinfo=BERLIN),
        odd[0],
    )


def test_recap_rule_all_counts_skips(database: Loaded) -> None:
    """Under every-stream, the short streams count too."""
    state = WriterState(database.dialect)
    with database.engine.connect() as conn:
        _import(conn, state, build_export(SYNTHETIC).path, ADA)
        start, end = _year(2025, BERLIN)
        every = recap(conn, Scope(), start, end, BERLIN, rule=PlayRule.ALL)
        counted = recap(conn, Scope(), start, end, BERLIN)
    assert every.music is not None
    assert counted.music is not None
    assert every.music.plays > counted.music.plays

"""Every query against an independent computation over the same plays.

One deterministic history of about three thousand streams per database
(SQLite and a real PostgreSQL server), written through the writer as the
integration writes it: an export import in a job (Extended history for Ada,
Account data for Bob then his Extended history over part of it, which
replaces those rows), retention deleting the oldest plays, then collectors:
Ada's player and recently-played (merging), a Sonos household, a media
player. It holds skips, episodes, an audiobook, lost items, tracks without
artist, artists spelled "Beyoncé" and "BEYONCE", "The Beatles" and "Beatles",
plays across the DST changes of Europe/Berlin, midnights, months and years.

The expected answers are computed in plain Python from the rows of the
tables (`SELECT *`, nothing the queries use), following the definitions in
history/queries.py. Each check runs twice: with the collectors' plays in the
unfolded tail, and (in a transaction rolled back afterwards) folded into the
totals.
"""

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from difflib import SequenceMatcher
from functools import cache
import itertools
from pathlib import Path
import random
import re
import unicodedata
from zoneinfo import ZoneInfo

from hypothesis import event, given, settings, strategies as st
import pytest
from sqlalchemy import Connection, Engine, select

from custom_components.encore.history.epoch import to_ms
from custom_components.encore.history.models import (
    PlayColumns,
    PlayKind,
    PlayRecord,
    Source,
)
from custom_components.encore.history.periods import Period, PeriodName, resolve_period
from custom_components.encore.history.queries import (
    PlayRow,
    PlayRule,
    RankBy,
    RecentPlays,
    Scope,
    TopKind,
    coverage,
    discovered,
    find,
    first_last,
    habits as habit_queries,
    heatmap,
    listeners,
    most_skipped,
    new_artists,
    play_count,
    playing_at,
    recent_plays,
    repeat_rate,
    skip_rate,
    streaks,
    stream_count,
    streamed_ms,
    taste_brief,
    taste_summary,
    to_dict,
    top_items,
    totals,
)
from custom_components.encore.history.queries.common import (
    covers_everything,
    resolve_scope,
)
from custom_components.encore.history.queries.matching import _Group, _unique
from custom_components.encore.history.queries.name_scores import (
    EXACT_SCORE,
    FUZZY_CUTOFF,
    FUZZY_SCALE,
    HEARD_CUTOFF,
    HEARD_KEY_MIN,
    HEARD_SCORE,
    PREFIX_MID_WORD_MIN_CHARS,
    PREFIX_MIN_CHARS,
    PREFIX_SCORE,
    SOUND_CUTOFF,
    SOUND_KEY_MIN,
    SOUND_SCORE,
    WORDS_SCORE,
    NameScorer,
    heard_key,
    sound_key,
    unsaid_key,
    words_fit,
)
from custom_components.encore.history.store.deletes import delete_plays
from custom_components.encore.history.store.engine import (
    create_history_engine,
    sqlite_url,
)
from custom_components.encore.history.store.folding import folded_id
from custom_components.encore.history.store.jobs import (
    import_file,
    start_job,
    update_job,
)
from custom_components.encore.history.store.migrations import migrate
from custom_components.encore.history.store.rollups import fold
from custom_components.encore.history.store.schema import (
    ALL_ACCOUNTS,
    HOUR_MS,
    QUARTER_MS,
    accounts,
    album_totals,
    artist_firsts,
    artist_totals,
    artists,
    devices,
    item_lengths,
    item_totals,
    items,
    plays,
    rollup_hours,
    rollup_quarters,
)
from custom_components.encore.history.store.writes import WriterState
from tests.history.databases import migrated_engine, of_kept_items

BERLIN = ZoneInfo("Europe/Berlin")
ZONES: tuple[tzinfo, ...] = (
    BERLIN,
    ZoneInfo("America/New_York"),
    ZoneInfo("Asia/Kolkata"),  # +5:30: local hours are not UTC hours
    # +10:30, and +11 in summer: half hours that change, read by quarter hour.
    ZoneInfo("Australia/Lord_Howe"),
    UTC,
)
NOW = datetime(2025, 1, 15, 14, 30, tzinfo=BERLIN)
RETENTION = datetime(2023, 1, 20, tzinfo=UTC)
WINDOW_MS = 120_000

ADA, BOB = "ada", "bob"
SONOS, RADIO = "sonos:RINCON_TEST", "media_player:media_player.radio"

# (artist, [(title, length ms)]); two spellings of one artist, on purpose.
CATALOGUE: list[tuple[str | None, list[tuple[str, int]]]] = [
    ("Beyoncé", [("Halo", 261_000), ("Single Ladies", 193_000), ("Intro", 41_000)]),
    ("BEYONCE", [("Halo", 261_000), ("Formation", 206_000)]),
    (
        "The Beatles",
        [("Let It Be", 243_000), ("Yesterday", 125_000), ("Intro", 20_000)],
    ),
    ("Beatles", [("Hey Jude", 431_000)]),
    ("Sigur Rós", [("Hoppípolla", 268_000), ("Svefn-g-englar", 601_000)]),
    ("Björk", [("Jóga", 305_000), ("Army of Me", 234_000)]),
    ("AC/DC", [("Thunderstruck", 292_000), ("Back in Black", 255_000)]),
    (
        "Daft Punk",
        [("One More Time", 320_000), ("Da Funk", 328_000), ("Intro", 55_000)],
    ),
    ("Air", [("La Femme d'Argent", 430_000), ("Sexy Boy", 298_000)]),
    ("Air Supply", [("All Out of Love", 242_000)]),
    ("Röyksopp", [("Eple", 221_000), ("Interlude", 25_000)]),
    *[
        (
            f"Band {number:02d}",
            [(f"Song {number}-{track}", 150_000 + 9_000 * track) for track in range(4)],
        )
        for number in range(20)
    ],
    (None, [("Untitled Demo", 180_000)]),
]
SHOWS = [
    ("The Daily", 1_500_000),
    ("Lage der Nation", 3_600_000),
    ("Radiolab", 2_700_000),
]
DEVICES = ["Pixel 8", "Küche", "Living Room", "MacBook"]


@dataclass(frozen=True, slots=True)
class Stream:
    """One stream to emit."""

    ended: int
    ms: int
    kind: PlayKind
    title: str | None
    artist: str | None
    album: str | None
    uri: str | None
    device: str


def _tracks() -> list[tuple[str | None, str, int, str, str]]:
    """(artist, title, length, album, uri) of every track."""
    found = []
    for index, (artist, songs) in enumerate(CATALOGUE):
        for number, (title, length) in enumerate(songs):
            album = f"{artist or 'Unknown'} Album {number % 2}"
            found.append(
                (
                    artist,
                    title,
                    length,
                    album,
                    f"spotify:track:t{index:02d}{number:02d}",
                )
            )
    return found


def _timeline(
    rng: random.Random,
    starts: list[datetime],
    per_session: tuple[int, int],
    *,
    episodes: float = 0.05,
    extras: bool = False,
) -> list[Stream]:
    """Sessions of streams starting at `starts`, one after another."""
    tracks = _tracks()
    weights = [1.0 / (rank + 2) for rank in range(len(tracks))]
    streams: list[Stream] = []
    for start in starts:
        clock = to_ms(start)
        device = rng.choice(DEVICES)
        for _ in range(rng.randint(*per_session)):
            roll = rng.random()
            if roll < episodes:
                show, length = rng.choice(SHOWS)
                number = rng.randint(1, 6)
                kind, title, artist, album = (
                    PlayKind.EPISODE,
                    f"{show} #{number}",
                    show,
                    None,
                )
                uri: str | None = f"spotify:episode:{show[:3]}{number}"
            elif extras and roll < episodes + 0.02:
                kind, title, artist, album, uri, length = (
                    PlayKind.OTHER, None, None, None, None, 200_000,
                )  # fmt: skip
            elif extras and roll < episodes + 0.04:
                chapter = rng.randint(1, 3)
                kind, title, artist = PlayKind.AUDIOBOOK, f"Kapitel {chapter}", None
                album, uri, length = (
                    "Der Zauberberg",
                    f"spotify:chapter:z{chapter}",
                    1_800_000,
                )
            else:
                artist, title, length, album, uri = rng.choices(tracks, weights)[0]
                kind = PlayKind.TRACK
            how = rng.random()
            if how < 0.55:
                ms = length - rng.randint(0, 900)
            elif how < 0.8:
                ms = rng.choice((rng.randint(500, 29_999), 29_999, 30_000, 15_000))
            else:
                ms = rng.randint(length // 5, length)
            ms = max(1, min(ms, length))
            clock += ms + rng.randint(1_000, 3_000)
            streams.append(Stream(clock, ms, kind, title, artist, album, uri, device))
    return streams


def _starts(
    rng: random.Random, first: datetime, last: datetime, count: int
) -> list[datetime]:
    """Session starts: random ones, plus midnights, DST changes and New Year."""
    span = (last - first).total_seconds()
    chosen = {first + timedelta(seconds=rng.random() * span) for _ in range(count)}
    special = [
        datetime(2024, 3, 31, 0, 40, tzinfo=UTC),  # over 02:00 -> 03:00 in Berlin
        datetime(2024, 10, 26, 23, 50, tzinfo=UTC),  # over 03:00 -> 02:00 in Berlin
        datetime(2023, 12, 31, 22, 40, tzinfo=UTC),  # over New Year in Berlin
        datetime(2024, 5, 31, 21, 45, tzinfo=UTC),  # over the end of May in Berlin
        datetime(2023, 3, 26, 0, 30, tzinfo=UTC),
    ]
    chosen.update(moment for moment in special if first <= moment < last)
    return sorted(chosen)


def _record(
    stream: Stream, account: str, source: Source, **changes: object
) -> PlayRecord:
    record = PlayRecord(
        account=account,
        source=source,
        ended_at=stream.ended,
        ms_played=stream.ms,
        kind=stream.kind,
        title=stream.title,
        artist=stream.artist,
        album=stream.album,
        item_uri=stream.uri,
        device=stream.device,
        skipped=(stream.ms < 30_000)
        if stream.ended > to_ms(datetime(2024, 1, 1, tzinfo=UTC))
        else None,
    )
    return record._replace(**changes)


@dataclass
class History:
    """The database and what was written to it."""

    engine: Engine
    dialect: str
    job_counts: dict[str, int] = field(default_factory=dict)
    file_rows: int = 0
    lengths: dict[int, int] = field(default_factory=dict)
    """Longest stream of each item ever stored (deleted ones included)."""
    reference: Reference | None = None


def _write(engine: Engine, dialect: str) -> History:
    rng = random.Random(20250115)  # noqa: S311 - a reproducible history
    history = History(engine, dialect)
    state = WriterState(dialect)
    ada_export = _timeline(
        rng,
        _starts(
            rng,
            datetime(2023, 1, 2, tzinfo=UTC),
            datetime(2024, 10, 31, tzinfo=UTC),
            110,
        ),
        (5, 20),
        extras=True,
    )
    bob_streams = _timeline(
        rng,
        _starts(
            rng, datetime(2023, 6, 1, tzinfo=UTC), datetime(2024, 9, 30, tzinfo=UTC), 50
        ),
        (4, 16),
    )
    bob_account = [
        _record(
            stream,
            BOB,
            Source.EXPORT_ACCOUNT,
            ended_at=stream.ended - stream.ended % 60_000,
            item_uri=None,
            album=None,
            device=None,
            skipped=None,
        )
        for stream in bob_streams
        if stream.kind is PlayKind.TRACK
    ]
    overlap = to_ms(datetime(2024, 3, 1, tzinfo=UTC))
    bob_extended = [
        _record(stream, BOB, Source.EXPORT_EXTENDED)
        for stream in bob_streams
        if stream.ended >= overlap
    ]
    with engine.connect() as conn:
        with conn.begin():
            job = start_job(conn, state, "import", ADA)
        with conn.begin():
            added = import_file(
                conn,
                state,
                job_id=job,
                account=ADA,
                name="Streaming_History_Audio_2023-2024.json",
                fingerprint="a" * 64,
                rows=len(ada_export) + 3,
                columns=PlayColumns.of(
                    [_record(s, ADA, Source.EXPORT_EXTENDED) for s in ada_export]
                    + [_record(ada_export[5], ADA, Source.EXPORT_EXTENDED)] * 3
                ),
                batch=500,
            )
        with conn.begin():
            bob_added = state.insert_records(conn, bob_account)
            # Some of these rows go when the extended ones replace them: the
            # lengths they taught stay.
            _learn(history, _lengths(conn))
        with conn.begin():
            bob_more = state.insert_records(conn, bob_extended)
        assert bob_more.replaced > 0
        history.job_counts = {
            "rows": len(ada_export) + 3 + len(bob_account) + len(bob_extended),
            "imported": added.inserted + bob_added.inserted + bob_more.inserted,
            "duplicates": added.duplicates + bob_added.duplicates + bob_more.duplicates,
            "replaced": bob_more.replaced,
        }
        history.file_rows = len(ada_export) + 3
        with conn.begin():
            update_job(conn, job, history.job_counts, status="completed")
        with conn.begin():
            _learn(history, _lengths(conn))
        with conn.begin():
            assert delete_plays(conn, state, None, to_ms(RETENTION), forget_files=False)
            # Items no play names any more went, their lengths with them.
            history.lengths = of_kept_items(conn, history.lengths)

        # Collectors, after the import: they stay in the unfolded tail.
        live = _timeline(
            rng,
            _starts(
                rng,
                datetime(2024, 11, 1, tzinfo=UTC),
                datetime(2025, 1, 15, 12, tzinfo=UTC),
                9,
            ),
            (4, 12),
        )
        observed: list[PlayRecord] = []
        for index, stream in enumerate(live):
            player = _record(
                stream, ADA, Source.SPOTIFY_PLAYER, ended_at=stream.ended + 700
            )
            recent = _record(
                stream,
                ADA,
                Source.SPOTIFY_RECENT,
                ms_played=_length(stream),
                device=None,
                skipped=None,
            )
            if stream.ms < 30_000:
                observed.append(player)
            elif index % 3:
                observed += [player, recent]
            else:
                # Recently-played first: the player's measure replaces its length.
                observed += [recent, player]
        merged = 0
        with conn.begin():
            for record in observed:
                result = state.record_observed(conn, [record], WINDOW_MS)
                merged += result.merged
                # Recently-played stores the track's length until the
                # player's measure replaces it: that length stays learnt.
                for outcome in result.outcomes:
                    if outcome is not None:
                        _learn(
                            history,
                            dict(
                                conn.execute(
                                    select(plays.c.item_id, plays.c.ms_played).where(
                                        plays.c.id == outcome[0]
                                    )
                                ).all()
                            ),
                        )
        assert merged > 0
        sonos = _timeline(
            rng,
            _starts(
                rng,
                datetime(2024, 1, 5, tzinfo=UTC),
                datetime(2025, 1, 14, tzinfo=UTC),
                30,
            ),
            (3, 12),
            episodes=0.2,
        )
        radio = _timeline(
            rng,
            _starts(
                rng,
                datetime(2024, 2, 1, tzinfo=UTC),
                datetime(2025, 1, 15, 9, tzinfo=UTC),
                15,
            ),
            (3, 10),
            extras=True,
        )
        with conn.begin():
            state.insert_records(conn, [_record(s, SONOS, Source.SONOS) for s in sonos])
        with conn.begin():
            state.insert_records(
                conn,
                [
                    _record(s, RADIO, Source.MEDIA_PLAYER, artist=None)
                    if i % 5 == 0
                    else _record(s, RADIO, Source.MEDIA_PLAYER)
                    for i, s in enumerate(radio)
                ],
            )
        with conn.begin():
            _learn(history, _lengths(conn))
    return history


def _learn(history: History, lengths: dict[int, int]) -> None:
    """Grow the lengths the history knows to those of the plays stored now."""
    for item_id, length in lengths.items():
        history.lengths[item_id] = max(history.lengths.get(item_id, 0), length)


def _length(stream: Stream) -> int:
    for artist, title, length, _album, _uri in _tracks():
        if (artist, title) == (stream.artist, stream.title):
            return length
    return stream.ms


def _lengths(conn: Connection) -> dict[int, int]:
    longest: dict[int, int] = {}
    for item_id, ms in conn.execute(
        select(plays.c.item_id, plays.c.ms_played)
    ).tuples():
        longest[item_id] = max(longest.get(item_id, 0), ms)
    return longest


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def history(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[History]:
    """The history, written once per database for the whole module.

    SQLAlchemy's echo of every statement, which the test plugin turns on,
    costs more than the statements here: it is quiet for this module.
    """
    sqlite = sqlite_url(tmp_path_factory.mktemp("queries") / "history.db")
    with migrated_engine(request, sqlite) as engine:
        yield _write(engine, request.param)


# -- the reference ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    """A stored stream with everything the reference needs."""

    id: int
    account: str
    source: int
    sources: int
    started: int
    ended: int
    ms: int
    kind: int
    item_id: int
    artist_id: int | None
    device: str | None
    skipped: bool | None
    title: str | None
    album: str | None
    uri: str | None
    item_artist_id: int | None
    album_key: int | None
    artist: str | None
    """The stream's artist's name."""


@dataclass
class Reference:
    """The tables, read whole, and the definitions in plain Python."""

    rows: list[Row]
    artist_names: dict[int, str]
    artist_uris: dict[int, str | None]
    lengths: dict[int, int]

    scopes: dict[Scope, list[Row]] = field(default_factory=dict)
    recordings: dict[int, int] = field(default_factory=dict)
    """Issue 35.4: a URI item -> the recording it counts as (one song's URIs as
    long within 3 s of the shortest, under the most streamed one)."""

    def recording(self, item_id: int) -> int:
        return self.recordings.get(item_id, item_id)

    def scoped(self, scope: Scope) -> list[Row]:
        if scope not in self.scopes:
            self.scopes[scope] = [
                row
                for row in self.rows
                if (scope.accounts is None or row.account in scope.accounts)
                and (scope.source is None or row.sources & (1 << scope.source))
                and (scope.kinds is None or row.kind in scope.kinds)
                and (
                    scope.devices is None
                    or (
                        row.device is not None
                        and any(
                            norm(row.device).startswith(norm(name))
                            for name in scope.devices
                        )
                    )
                )
            ]
        return self.scopes[scope]

    def counted(self, row: Row, rule: PlayRule) -> bool:
        if rule is PlayRule.ALL:
            return True
        if rule is PlayRule.THIRTY_SECONDS:
            return row.ms >= 30_000
        length = self.lengths[row.item_id]
        return row.ms >= 240_000 or (length > 30_000 and 2 * row.ms >= length)

    def selected(self, scope: Scope, period: Period, rule: PlayRule) -> list[Row]:
        return [
            row
            for row in self.scoped(scope)
            if in_period(row, period) and self.counted(row, rule)
        ]


@cache
def _bounds(period: Period) -> tuple[int, int]:
    return (-(2**62) if period.start_ms is None else period.start_ms), period.end_ms


def in_period(row: Row, period: Period) -> bool:
    start, end = _bounds(period)
    return start <= row.ended < end


@cache
def norm(text: str) -> str:
    """Names as the tests compare them (an independent spelling of the rule)."""
    plain = "".join(
        char
        for char in unicodedata.normalize("NFKD", text.casefold())
        if not unicodedata.combining(char)
    )
    words = re.sub(r"[\W_]+", " ", plain).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def read_reference(conn: Connection, lengths: dict[int, int]) -> Reference:
    account_keys = dict(conn.execute(select(accounts.c.id, accounts.c.key)).all())
    device_names = dict(conn.execute(select(devices.c.id, devices.c.name)).all())
    artist_rows = list(conn.execute(select(artists)).mappings())
    names = {row["id"]: row["name"] for row in artist_rows}
    item_rows = {row["id"]: row for row in conn.execute(select(items)).mappings()}
    rows = []
    for play in conn.execute(select(plays)).mappings():
        item = item_rows[play["item_id"]]
        rows.append(
            Row(
                id=play["id"],
                account=account_keys[play["account_id"]],
                source=play["source"],
                sources=play["sources"],
                started=play["started_at"],
                ended=play["ended_at"],
                ms=play["ms_played"],
                kind=play["kind"],
                item_id=play["item_id"],
                artist_id=play["artist_id"],
                device=device_names.get(play["device_id"]),
                skipped=play["skipped"],
                title=item["title"],
                album=item["album"],
                uri=item["uri"],
                item_artist_id=item["artist_id"],
                album_key=play["album_key"],
                artist=names.get(play["artist_id"]),
            )
        )
    return Reference(
        rows,
        names,
        {row["id"]: row["spotify_uri"] for row in artist_rows},
        lengths,
        recordings=_recordings(rows, names),
    )


def _recordings(rows: list[Row], names: dict[int, str]) -> dict[int, int]:
    """One song's URI items as long within 3 s of the shortest: one recording."""
    longest: dict[int, int] = defaultdict(int)
    streams: dict[int, int] = defaultdict(int)
    songs: dict[tuple[str, str], set[int]] = defaultdict(set)
    for row in rows:
        if row.kind != PlayKind.TRACK or not row.uri or not row.title:
            continue
        if not row.item_artist_id:
            continue
        longest[row.item_id] = max(longest[row.item_id], row.ms)
        streams[row.item_id] += 1
        songs[(norm(names[row.item_artist_id]), norm(row.title))].add(row.item_id)
    found: dict[int, int] = {}
    for members in songs.values():
        ordered = sorted(members, key=lambda item: (longest[item], item))
        while ordered:
            group = [
                item for item in ordered if longest[item] - longest[ordered[0]] <= 3_000
            ]
            ordered = ordered[len(group) :]
            best = min(group, key=lambda item: (-streams[item], item))
            found.update({item: best for item in group if item != best})
    return found


@pytest.fixture(params=["tail", "folded"])
def db(
    request: pytest.FixtureRequest, history: History
) -> Iterator[tuple[Connection, Reference]]:
    """A connection to the history (folded inside a transaction rolled back)."""
    with history.engine.connect() as conn:
        transaction = conn.begin()
        try:
            if history.reference is None:
                # The plays are the same folded or not: read them once.
                history.reference = read_reference(conn, history.lengths)
            if request.param == "folded":
                assert fold(conn, history.dialect) > 0
            yield conn, history.reference
        finally:
            transaction.rollback()


def periods() -> dict[str, Period]:
    def named(name: str, **kw: object) -> Period:
        return resolve_period(name, now=NOW, time_zone=BERLIN, **kw)  # type: ignore[arg-type]

    return {
        "all_time": named("all_time"),
        "last_365": named("last_days", days=365),
        "last_30": named("last_days", days=30),
        "this_month": named("this_month"),
        "last_month": named("last_month"),
        "last_year": named("last_year"),
        "this_week": named("this_week"),
        "today": named("today"),
        # Bounds that are not whole hours, over a DST change.
        "spring": named(
            "custom",
            start=datetime(2024, 3, 30, 12, 17, 5, 123_000, tzinfo=BERLIN),
            end=datetime(2024, 4, 1, 7, 0, 0, 1_000, tzinfo=BERLIN),
        ),
        "autumn": named(
            "custom",
            start=datetime(2024, 10, 26, tzinfo=BERLIN),
            end=datetime(2024, 10, 28, 0, 30, tzinfo=BERLIN),
        ),
        # Early in the history: less of it before than after.
        "early": named(
            "custom",
            start=datetime(2023, 2, 1, tzinfo=BERLIN),
            end=datetime(2023, 5, 1, tzinfo=BERLIN),
        ),
    }


PERIODS = periods()
SCOPES = {
    "everyone": Scope(),
    "ada": Scope(accounts=(ADA,)),
    "ada+bob": Scope(accounts=(ADA, BOB)),
    "player": Scope(source=Source.SPOTIFY_PLAYER),
    "bob extended": Scope(accounts=(BOB,), source=Source.EXPORT_EXTENDED),
    "nobody": Scope(accounts=("nobody",)),
}
# Every scope with every period would be slow on a real server: these pairs
# cover each scope, each period, open and closed periods, edges and DST.
PAIRS = [
    ("everyone", "all_time"),
    ("everyone", "spring"),
    ("ada", "all_time"),
    ("ada", "autumn"),
    ("ada+bob", "last_year"),
    ("ada+bob", "this_month"),
    ("player", "last_365"),
    ("bob extended", "all_time"),
    ("nobody", "all_time"),
    ("everyone", "this_week"),
    ("ada", "today"),
    ("everyone", "early"),
]
# The slower checks take every other pair.
FEWER = PAIRS[::2]
RULES = list(PlayRule)


def combinations(
    pairs: list[tuple[str, str]] = PAIRS,
) -> Iterator[tuple[str, Scope, Period]]:
    for scope_name, period_name in pairs:
        yield f"{scope_name}/{period_name}", SCOPES[scope_name], PERIODS[period_name]


# -- the checks ------------------------------------------------------------------

# Checks that never read the all-time totals run on the unfolded history only.
TAIL_ONLY = pytest.mark.parametrize("db", ["tail"], indirect=True)


@TAIL_ONLY
def test_the_history_has_what_the_tests_need(db: tuple[Connection, Reference]) -> None:
    """Skips, episodes, merges, two spellings, plays in each DST change."""
    _conn, ref = db
    kinds = Counter(row.kind for row in ref.rows)
    assert kinds[PlayKind.TRACK] > 1500
    assert kinds[PlayKind.EPISODE] > 50
    assert kinds[PlayKind.AUDIOBOOK]
    assert kinds[PlayKind.OTHER]
    assert sum(row.ms < 30_000 for row in ref.rows) > 500
    assert any(
        row.sources == (1 << Source.SPOTIFY_PLAYER) | (1 << Source.SPOTIFY_RECENT)
        for row in ref.rows
    )
    assert {row.artist for row in ref.rows} >= {
        "Beyoncé",
        "BEYONCE",
        "The Beatles",
        "Beatles",
        None,
    }
    for period_name in ("spring", "autumn"):
        assert any(in_period(row, PERIODS[period_name]) for row in ref.rows)
    assert min(row.ended for row in ref.rows) >= to_ms(RETENTION)


def test_rollups_add_up_to_the_plays(
    db: tuple[Connection, Reference], history: History
) -> None:
    """Hours always, and the all-time totals up to the fold mark, equal the plays.

    The time buckets also hold the plays and time the Last.fm rule counts,
    judged by every item's length as it is now.
    """
    conn, ref = db
    account_ids = dict(conn.execute(select(accounts.c.key, accounts.c.id)).all())

    def bucket_sums(
        width: int, account_first: bool
    ) -> dict[tuple[int, ...], list[int]]:
        cells: dict[tuple[int, ...], list[int]] = defaultdict(lambda: [0] * 6)
        for row in ref.rows:
            account, bucket = account_ids[row.account], row.ended // width
            cell = cells[
                (account, bucket, row.sources)
                if account_first
                else (bucket, account, row.sources)
            ]
            lastfm = ref.counted(row, PlayRule.LASTFM)
            cell[0] += 1
            cell[1] += row.ms
            cell[2] += row.ms >= 30_000
            cell[3] += row.ms if row.ms >= 30_000 else 0
            cell[4] += lastfm
            cell[5] += row.ms if lastfm else 0
        return dict(cells)

    for table, width, account_first in (
        (rollup_hours, HOUR_MS, False),
        (rollup_quarters, QUARTER_MS, True),
    ):
        stored = {
            tuple(row[:3]): list(row[3:])
            for row in conn.execute(select(table)).tuples()
            if row[3]
        }
        assert stored == bucket_sums(width, account_first), table.name

    mark = folded_id(conn)
    expected: dict[tuple[int, int, int, int, int], list[int]] = defaultdict(
        lambda: [0, 0, 0, 0]
    )
    by_album: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    by_artist: dict[tuple[int, int, int], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in ref.rows:
        if row.id > mark:
            continue
        # Each account's rows, and every account's together.
        for account in (account_ids[row.account], ALL_ACCOUNTS):
            for cell in (
                expected[
                    (
                        account,
                        row.kind,
                        row.item_id,
                        row.artist_id or 0,
                        row.album_key or 0,
                    )
                ],
                *(
                    [by_artist[(account, row.kind, row.artist_id)]]
                    if row.artist_id
                    else []
                ),
                *(
                    [by_album[(account, row.album_key)]]
                    if row.album_key is not None and row.kind == PlayKind.TRACK
                    else []
                ),
            ):
                cell[0] += 1
                cell[1] += row.ms
                cell[2] += row.ms >= 30_000
                cell[3] += row.ms if row.ms >= 30_000 else 0
    got = {
        (row.account_id, row.kind, row.item_id, row.artist_id, row.album_key): [
            row.streams,
            row.ms_played,
            row.plays_30s,
            row.ms_30s,
        ]
        for row in conn.execute(select(item_totals))
        if row.streams
    }
    assert got == dict(expected)
    got_artists = {
        (row.account_id, row.kind, row.artist_id): [
            row.streams,
            row.ms_played,
            row.plays_30s,
            row.ms_30s,
        ]
        for row in conn.execute(select(artist_totals))
    }
    assert got_artists == dict(by_artist)
    got_albums = {
        (row.account_id, row.album_key): [
            row.streams,
            row.ms_played,
            row.plays_30s,
            row.ms_30s,
        ]
        for row in conn.execute(select(album_totals))
    }
    assert got_albums == dict(by_album)
    # When each artist was first played (any stream, and of 30 s or more),
    # per account and over every account, among the folded plays: kept as
    # plays are folded, and found again when a first one was deleted.
    firsts: dict[tuple[int, int, int], list[int | None]] = {}
    for row in ref.rows:
        if row.id > mark or not row.artist_id:
            continue
        for account in (account_ids[row.account], ALL_ACCOUNTS):
            first = firsts.setdefault((account, row.kind, row.artist_id), [None, None])
            for index, counts in ((0, True), (1, row.ms >= 30_000)):
                old = first[index]
                if counts and (old is None or row.ended < old):
                    first[index] = row.ended
    got_firsts = {
        (row.account_id, row.kind, row.artist_id): [
            row.first_ended,
            row.first_ended_30s,
        ]
        for row in conn.execute(select(artist_firsts))
    }
    assert got_firsts == firsts
    # An item's length: its longest stream ever stored, deleted or not, kept
    # as the plays arrive, as long as a play names the item.
    lengths = {  # noqa: C416 - SQLAlchemy rows, not plain pairs
        item_id: longest
        for item_id, longest in conn.execute(
            select(item_lengths.c.item_id, item_lengths.c.longest_ms)
        )
    }
    assert lengths == history.lengths


def _top_expected(
    ref: Reference, scope: Scope, period: Period, kind: TopKind, rule: PlayRule
) -> dict[object, tuple[int, int, set[tuple[str, str | None, str | None]]]]:
    """Key -> (plays, ms, names it may go by: (name, artist, uri))."""
    found: dict[object, list[int]] = defaultdict(lambda: [0, 0])
    labels: dict[object, set[tuple[str, str | None, str | None]]] = defaultdict(set)
    for row in ref.selected(scope, period, rule):
        if kind is TopKind.SHOW:
            if row.kind != PlayKind.EPISODE or row.artist_id is None:
                continue
            key: object = row.artist_id
            labels[key].add(
                (
                    ref.artist_names[row.artist_id],
                    None,
                    ref.artist_uris[row.artist_id],
                )
            )
        elif row.kind != PlayKind.TRACK:
            continue
        elif kind is TopKind.ARTIST:
            if row.artist_id is None:
                continue
            key = row.artist_id
            labels[key].add(
                (
                    ref.artist_names[row.artist_id],
                    None,
                    ref.artist_uris[row.artist_id],
                )
            )
        elif kind is TopKind.TRACK:
            key = ref.recording(row.item_id)
            labels[key].add(
                (
                    row.title or row.uri or "",
                    ref.artist_names.get(row.item_artist_id)
                    if row.item_artist_id
                    else None,
                    row.uri,
                )
            )
        else:
            if row.album is None:
                continue
            # An album: its title (normalised) by the stream's artist.
            key = (row.artist_id or 0, norm(row.album))
            # Spellings of one album are one album: compared normalised.
            labels[key].add(
                (
                    norm(row.album),
                    ref.artist_names.get(row.artist_id) if row.artist_id else None,
                    None,
                )
            )
        found[key][0] += 1
        found[key][1] += row.ms
    return {key: (p, m, labels[key]) for key, (p, m) in found.items()}


def _ranks(measures: list[int]) -> list[int]:
    return [1 + sum(other > measure for other in measures) for measure in measures]


@pytest.mark.parametrize("kind", list(TopKind))
def test_top_items(db: tuple[Connection, Reference], kind: TopKind) -> None:
    """Rankings by plays and by time, under each rule, with ranks and counts."""
    conn, ref = db
    # Every pair under the default rule, both measures and a short limit;
    # the other rules over fewer pairs.
    cases = [
        (combination, PlayRule.THIRTY_SECONDS, rank_by, limit)
        for combination in combinations()
        for rank_by in RankBy
        for limit in (3, 1000)
    ] + [
        (combination, rule, RankBy.PLAYS, 1000)
        for combination in combinations(FEWER)
        for rule in (PlayRule.ALL, PlayRule.LASTFM)
    ]
    for (label, scope, period), rule, rank_by, limit in cases:
        expected = _top_expected(ref, scope, period, kind, rule)
        by_time = rank_by is RankBy.TIME
        ranked = sorted(
            expected.values(),
            key=lambda value: (
                (-value[1], -value[0]) if by_time else (-value[0], -value[1])
            ),
        )
        got = top_items(
            conn, scope, period, kind, rank_by=rank_by, limit=limit, rule=rule
        )
        context = (label, rule, rank_by, limit)
        assert [(e.plays, e.ms_played) for e in got] == [
            (p, m) for p, m, _ in ranked[:limit]
        ], context
        primary = [e.ms_played if by_time else e.plays for e in got]
        assert [e.rank for e in got] == _ranks(primary), context
        for entry in got:
            candidates = {
                label
                for p, m, labels in expected.values()
                if (p, m) == (entry.plays, entry.ms_played)
                for label in labels
            }
            name = norm(entry.name) if kind is TopKind.ALBUM else entry.name
            assert (name, entry.artist, entry.uri) in candidates, context


def test_all_time_ending_in_the_last_hour_reads_the_totals(
    db: tuple[Connection, Reference],
) -> None:
    """A period that ends just after the last stream holds them all.

    As "all time" does right after a play: answered from the totals, and the
    same as from the plays. One that ends at the last stream (exclusive) does
    not hold it.
    """
    conn, ref = db
    last = max(row.ended for row in ref.rows)
    first = min(row.ended for row in ref.rows)
    scope = resolve_scope(conn, Scope())
    assert covers_everything(conn, scope, None, last + 1)
    assert not covers_everything(conn, resolve_scope(conn, Scope()), None, last)
    assert not covers_everything(
        conn, resolve_scope(conn, Scope()), first + 1, last + 1
    )
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    period = Period(
        PeriodName.CUSTOM,
        epoch + timedelta(milliseconds=first),
        epoch + timedelta(milliseconds=last + 1),
    )
    expected = _top_expected(
        ref, Scope(), period, TopKind.ARTIST, PlayRule.THIRTY_SECONDS
    )
    got = top_items(conn, Scope(), period, TopKind.ARTIST, limit=1000)
    assert sorted((e.plays, e.ms_played) for e in got) == sorted(
        (p, m) for p, m, _ in expected.values()
    )


def test_totals_and_rates(db: tuple[Connection, Reference]) -> None:
    """Plays, time, streams, distinct artists and tracks; repeat and skip rates."""
    conn, ref = db
    for label, scope, period in combinations():
        everything = [row for row in ref.scoped(scope) if in_period(row, period)]
        short = sum(row.ms < 30_000 for row in everything)
        assert stream_count(conn, scope, period) == len(everything), label
        assert skip_rate(conn, scope, period) == pytest.approx(
            short / len(everything) if everything else 0.0
        ), label
        for rule in RULES:
            chosen = ref.selected(scope, period, rule)
            music = [row for row in chosen if row.kind == PlayKind.TRACK]
            got = totals(conn, scope, period, rule=rule)
            assert (got.plays, got.ms_played, got.streams, got.ms_streamed) == (
                len(chosen),
                sum(row.ms for row in chosen),
                len(everything),
                sum(row.ms for row in everything),
            ), (label, rule)
            assert got.artists == len(
                {row.artist_id for row in music if row.artist_id}
            ), (label, rule)
            assert got.tracks == len({ref.recording(row.item_id) for row in music}), (
                label,
                rule,
            )
            distinct = len({ref.recording(row.item_id) for row in music})
            assert repeat_rate(conn, scope, period, rule=rule) == pytest.approx(
                (len(music) - distinct) / len(music) if music else 0.0
            ), (label, rule)


# Content and place (issue 35): music is tracks, podcasts episodes; a room
# is the plays on its device. Every family reads them from the plays, as the
# time buckets hold every kind and device together.
CONTENT_SCOPES = {
    "music": Scope(kinds=(int(PlayKind.TRACK),)),
    "ada podcasts": Scope(accounts=(ADA,), kinds=(int(PlayKind.EPISODE),)),
    "kitchen": Scope(devices=("kuche",)),
    "ada living room music": Scope(
        accounts=(ADA,), kinds=(int(PlayKind.TRACK),), devices=("living",)
    ),
    "nowhere": Scope(devices=("toaster",)),
}


def test_content_and_rooms_in_totals_rankings_and_heatmap(
    db: tuple[Connection, Reference],
) -> None:
    """Totals, rankings and the heatmap of one content or one room."""
    conn, ref = db
    for scope_label, scope in CONTENT_SCOPES.items():
        for period_label in ("all_time", "spring", "last_year"):
            period = PERIODS[period_label]
            label = (scope_label, period_label)
            everything = [row for row in ref.scoped(scope) if in_period(row, period)]
            chosen = ref.selected(scope, period, PlayRule.THIRTY_SECONDS)
            music = [row for row in chosen if row.kind == PlayKind.TRACK]
            got = totals(conn, scope, period)
            # "..., 40 minutes of it podcasts": every stream's time of a kind.
            assert streamed_ms(conn, scope, period) == sum(
                row.ms for row in everything
            ), label
            assert (got.plays, got.ms_played, got.streams, got.ms_streamed) == (
                len(chosen),
                sum(row.ms for row in chosen),
                len(everything),
                sum(row.ms for row in everything),
            ), label
            assert got.tracks == len({ref.recording(row.item_id) for row in music}), (
                label
            )
            assert got.artists == len(
                {row.artist_id for row in music if row.artist_id}
            ), label
            by_artist: dict[int, int] = {}
            for row in music:
                if row.artist_id:
                    by_artist[row.artist_id] = by_artist.get(row.artist_id, 0) + 1
            top = top_items(conn, scope, period, TopKind.ARTIST, limit=3)
            assert [entry.plays for entry in top] == sorted(
                by_artist.values(), reverse=True
            )[:3], label
            cells: dict[tuple[int, int], int] = {}
            for row in chosen:
                local = datetime.fromtimestamp(row.ended / 1000, BERLIN)
                cell = (local.weekday(), local.hour)
                cells[cell] = cells.get(cell, 0) + row.ms
            expected = [[0] * 24 for _ in range(7)]
            for (day, hour), ms in cells.items():
                expected[day][hour] = (ms + 30_000) // 60_000
            assert heatmap(conn, scope, period, BERLIN) == expected, label


_LETTERS = "abcdeilnorst "


@st.composite
def _query_and_names(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A query and names: unrelated ones, and the query with a few edits."""
    query = draw(st.text(alphabet=_LETTERS, min_size=1, max_size=14))
    names = []
    for _ in range(draw(st.integers(1, 8))):
        if draw(st.booleans()):
            names.append(draw(st.text(alphabet=_LETTERS, max_size=14)))
            continue
        name = list(query)
        for _edit in range(draw(st.integers(1, 3))):
            at = draw(st.integers(0, len(name)))
            char = draw(st.sampled_from(_LETTERS))
            match draw(st.sampled_from(("insert", "replace", "delete"))):
                case "insert":
                    name.insert(at, char)
                case _ if at == len(name):
                    pass
                case "replace":
                    name[at] = char
                case _:
                    del name[at]
        names.append("".join(name))
    return query, names


@settings(max_examples=400, deadline=None)
@given(case=_query_and_names())
def test_name_scores_are_difflib_ratios_with_cutoffs(
    case: tuple[str, list[str]],
) -> None:
    """The bounds that turn names away early never turn away a good one.

    One scorer scores many names (it keeps the query's counts between
    them), against the score read straight off difflib.
    """
    query, names = case
    score_of = NameScorer(query)
    for name in names:
        if name == query:
            expected = EXACT_SCORE
        elif (
            name.startswith(query)
            and len(query) >= PREFIX_MIN_CHARS
            and (
                len(query) >= PREFIX_MID_WORD_MIN_CHARS
                or name[len(query) : len(query) + 1] in ("", " ")
            )
        ) or name.replace(" ", "") == query.replace(" ", ""):
            expected = PREFIX_SCORE
        elif words_fit(query.split(), name.split()):
            expected = WORDS_SCORE
        else:
            ratio = SequenceMatcher(None, query, name, autojunk=False).ratio()
            sounds = len(sound_key(query)) >= SOUND_KEY_MIN and sound_key(
                query
            ) == sound_key(name)
            heard = (
                len(heard_key(query)) >= HEARD_KEY_MIN
                and heard_key(query) == heard_key(name)
            ) or (
                # A French name's unsaid ending ("la fam darschon").
                len(unsaid_key(query)) >= HEARD_KEY_MIN
                and unsaid_key(query) == unsaid_key(name)
            )
            if ratio >= FUZZY_CUTOFF:
                expected = ratio * FUZZY_SCALE
            elif sounds and ratio >= SOUND_CUTOFF:
                expected = SOUND_SCORE
            elif heard and ratio >= HEARD_CUTOFF:
                expected = HEARD_SCORE
            else:
                expected = 0.0
        event("fuzzy match" if 0 < expected < PREFIX_SCORE else "other")
        assert score_of(name) == expected, (query, name)


def test_a_name_spelled_by_its_letters() -> None:
    """ "D.A.N.C.E." is stored "d a n c e"; speech to text writes "dance"."""
    assert NameScorer("dance")(norm("D.A.N.C.E.")) == PREFIX_SCORE
    assert NameScorer("dance")("d a n c e s") == 0.0


def test_a_whole_name_heard_alike() -> None:
    """Speech to text's words for a title it does not know (issue 45, ninth turn).

    "Bohemian rap city" is heard as "Bohemian Rhapsody": its consonants by
    class, word breaks ignored (`heard_key`); a short key is nobody's.
    """
    assert heard_key("bohemian rap city") == heard_key("bohemian rhapsody")
    assert heard_key("kafe takuba") == heard_key("cafe tacvba")
    assert NameScorer("bohemian rap city")("bohemian rhapsody") == HEARD_SCORE
    # A letter slip stays a fuzzy match, scored above a name heard alike.
    assert NameScorer("bohemian rapsody")("bohemian rhapsody") > HEARD_SCORE
    # Too few sounds to mean one title: "rap city" alone is not Rhapsody.
    assert len(heard_key("rap city")) < HEARD_KEY_MIN
    assert NameScorer("rap city")("rhapsody") == 0.0
    # Alike in sound but not in letters: no match.
    assert heard_key("pet sound") == heard_key("bad sand")
    assert NameScorer("pet sound")("bad sand") == 0.0


def test_two_names_heard_alike_find_neither() -> None:
    """When two known names are heard alike, nothing is found, never a guess."""
    first = _Group("bohemian rhapsody", "queen", HEARD_SCORE, [1])
    second = _Group("bohemian rapsodie", "other", HEARD_SCORE, [2])
    assert _unique([first, second]) == []
    assert _unique([first]) == [first]
    # A better match of another name wins over one heard alike.
    fuzzy = _Group("bohemian rhapsodies", "x", 0.75, [3])
    assert _unique([first, fuzzy]) == [fuzzy]


def test_find_a_title_heard_alike(db: tuple[Connection, Reference]) -> None:
    """ "Bag in blag" is Back in Black: the one title heard like it."""
    conn, _ref = db
    match = find(conn, "bag in blag", TopKind.TRACK)
    assert match is not None
    assert (match.name, match.artist, match.score) == (
        "Back in Black",
        "AC/DC",
        HEARD_SCORE,
    )
    # Heard like no title at all: nothing, and said so.
    assert find(conn, "bag in blue", TopKind.TRACK) is None


def test_find_ignores_case_accents_and_the(db: tuple[Connection, Reference]) -> None:
    """Exact, then prefix, then fuzzy; two spellings are one artist."""
    conn, ref = db
    streams = Counter(row.artist_id for row in ref.rows if row.kind == PlayKind.TRACK)
    beyonce_ids = [i for i, name in ref.artist_names.items() if norm(name) == "beyonce"]
    most = max(beyonce_ids, key=lambda i: (streams[i], -i))
    for asked in ("beyonce", "BEYONCÉ", " Beyoncé! "):
        match = find(conn, asked, TopKind.ARTIST)
        assert match is not None
        assert (match.name, match.score) == (ref.artist_names[most], 1.0)
    prefix = find(conn, "beyon", TopKind.ARTIST)
    assert prefix is not None
    assert (norm(prefix.name), prefix.score) == ("beyonce", 0.9)
    fuzzy = find(conn, "Beyonse", TopKind.ARTIST)
    assert fuzzy is not None
    assert norm(fuzzy.name) == "beyonce"
    assert 0.6 < fuzzy.score < 0.85
    for asked, wanted in (
        ("beatles", "beatles"),
        ("The Beatles", "beatles"),
        ("sigur ros", "sigur ros"),
        ("acdc", "ac dc"),
        ("bjork", "bjork"),
    ):
        match = find(conn, asked, TopKind.ARTIST)
        assert match is not None, asked
        assert norm(match.name) == wanted, asked
    # "Air" is exact; "Air Supply" only a prefix of "air s".
    air = find(conn, "air", TopKind.ARTIST)
    assert air is not None
    assert (air.name, air.score) == ("Air", 1.0)
    supply = find(conn, "air s", TopKind.ARTIST)
    assert supply is not None
    assert (supply.name, supply.score) == ("Air Supply", 0.9)
    assert find(conn, "Zzyzx Qwerty", TopKind.ARTIST) is None
    assert find(conn, "", TopKind.ARTIST) is None
    show = find(conn, "the daily", TopKind.SHOW)
    assert show is not None
    assert (show.name, show.kind) == ("The Daily", TopKind.SHOW)
    assert find(conn, "The Daily", TopKind.ARTIST) is None  # a show, not music


def test_an_artist_said_after_a_song_not_found_is_not_the_answer(
    db: tuple[Connection, Reference],
) -> None:
    """ "Zzyzx Qwerty by Beyoncé": no such song, and not Beyoncé's plays (issue 45).

    Words around an artist still find it ("anything by Beyoncé", "some
    music by Air"), and so does the artist said alone inside other words.
    """
    conn, _ref = db
    assert find(conn, "zzyzx qwerty by beyonce", TopKind.ARTIST) is None
    assert find(conn, "zzyzx qwerty von air", TopKind.ARTIST) is None
    for asked in ("anything by beyonce", "some music by beyonce", "lieder von beyonce"):
        found = find(conn, asked, TopKind.ARTIST)
        assert found is not None, asked
        assert norm(found.name) == "beyonce", asked
    inside = find(conn, "that beyonce one", TopKind.ARTIST)
    assert inside is not None
    assert norm(inside.name) == "beyonce"


def test_find_tracks_and_albums(db: tuple[Connection, Reference]) -> None:
    """A title alone goes to the most played; with an artist, to that artist's."""
    conn, ref = db
    by_group: Counter[tuple[str, str]] = Counter(
        (norm(row.title), norm(ref.artist_names[row.item_artist_id]))
        for row in ref.rows
        if row.kind == PlayKind.TRACK and row.title and row.item_artist_id
    )
    intros = {
        artist: count for (title, artist), count in by_group.items() if title == "intro"
    }
    assert len(intros) == 3
    match = find(conn, "intro", TopKind.TRACK)
    assert match is not None
    assert match.artist is not None
    best = max(intros.values())
    assert intros[norm(match.artist)] == best
    assert match.score == 1.0
    daft = find(conn, "Intro", TopKind.TRACK, artist="daft punk")
    assert daft is not None
    assert (daft.name, daft.artist, daft.score) == ("Intro", "Daft Punk", 1.0)
    halo = find(conn, "halo", TopKind.TRACK, artist="Beyonce")
    assert halo is not None
    assert (norm(halo.name), norm(halo.artist or "")) == ("halo", "beyonce")
    fuzzy = find(conn, "Hopipolla", TopKind.TRACK)
    assert fuzzy is not None
    assert fuzzy.name == "Hoppípolla"
    assert fuzzy.artist == "Sigur Rós"
    assert find(conn, "Halo", TopKind.TRACK, artist="Nobody Known At All") is None
    album = find(conn, "daft punk album 1", TopKind.ALBUM)
    assert album is not None
    assert (album.name, album.artist) == ("Daft Punk Album 1", "Daft Punk")


def _target_rows(
    ref: Reference, conn: Connection, artist: str | None, track: str | None
) -> tuple[object, list[Row]]:
    """What play_count and first_last match, and the rows of it."""
    if track:
        match = find(conn, track, TopKind.TRACK, artist=artist)
        assert match is not None
        rows = [
            row
            for row in ref.rows
            if row.kind == PlayKind.TRACK
            and row.title is not None
            and norm(row.title) == norm(match.name)
            and norm(
                ref.artist_names.get(row.item_artist_id, "")
                if row.item_artist_id
                else ""
            )
            == norm(match.artist or "")
        ]
        return match, rows
    assert artist is not None
    # The better of an artist and a show (an artist on a tie).
    matches = [
        found
        for found in (
            find(conn, artist, TopKind.ARTIST),
            find(conn, artist, TopKind.SHOW),
        )
        if found is not None
    ]
    assert matches
    match = max(matches, key=lambda found: (found.score, found.kind is TopKind.ARTIST))
    kind = PlayKind.TRACK if match.kind is TopKind.ARTIST else PlayKind.EPISODE
    return match, [
        row
        for row in ref.rows
        if row.kind == kind
        and row.artist is not None
        and norm(row.artist) == norm(match.name)
    ]


def _match_in(ref: Reference, scope: Scope, match: object, rows: list[Row]) -> object:
    """The match as a scope reports it: None when its accounts never played it.

    Names are looked up among what the scope's accounts played, from any
    source; the test names are spelled one way, so the match is otherwise
    the same as everyone's.
    """
    played = any(
        scope.accounts is None or row.account in scope.accounts for row in rows
    )
    return match if played else None


NAMED = [
    ("beyonce", None),
    ("Lage der Nation", None),
    ("beyoncé", "Halo"),
    (None, "Intro"),
]


def test_play_count_and_first_last(db: tuple[Connection, Reference]) -> None:
    """Counts and first/last plays of names, across spellings, in scope and period."""
    conn, ref = db
    for artist, track in NAMED:
        match, rows = _target_rows(ref, conn, artist, track)
        assert rows, (artist, track)
        for label, scope, period in combinations(FEWER):
            in_scope = {row.id for row in ref.scoped(scope)}
            for rule in RULES:
                chosen = [
                    row
                    for row in rows
                    if row.id in in_scope
                    and in_period(row, period)
                    and ref.counted(row, rule)
                ]
                got = play_count(
                    conn, scope, period, artist=artist, track=track, rule=rule
                )
                assert got.match == _match_in(ref, scope, match, rows), label
                assert (got.plays, got.ms_played) == (
                    len(chosen),
                    sum(row.ms for row in chosen),
                ), (artist, track, label, rule)
        for scope in SCOPES.values():
            in_scope = {row.id for row in ref.scoped(scope)}
            for rule in RULES:
                chosen = [
                    row for row in rows if row.id in in_scope and ref.counted(row, rule)
                ]
                got_first_last = first_last(
                    conn, scope, artist=artist, track=track, rule=rule
                )
                assert got_first_last.match == _match_in(ref, scope, match, rows)
                if not chosen:
                    assert (got_first_last.first, got_first_last.last) == (None, None)
                    continue
                first = min(chosen, key=lambda row: (row.ended, row.id))
                last = max(chosen, key=lambda row: (row.ended, row.id))
                assert got_first_last.first is not None
                assert got_first_last.last is not None
                assert _same(got_first_last.first, first)
                assert _same(got_first_last.last, last)
    nothing = play_count(conn, Scope(), PERIODS["all_time"], artist="Zzyzx Qwerty")
    assert (nothing.match, nothing.plays, nothing.ms_played) == (None, 0, 0)
    everything = play_count(conn, Scope(), PERIODS["last_365"])
    assert everything.plays == totals(conn, Scope(), PERIODS["last_365"]).plays


def _same(got: PlayRow, row: Row) -> bool:
    return (
        got.ended_at == datetime.fromtimestamp(row.ended / 1000, UTC)
        and got.started_at == datetime.fromtimestamp(row.started / 1000, UTC)
        and got.ms_played == row.ms
        and (got.title, got.artist, got.album, got.uri)
        == (row.title, row.artist, row.album, row.uri)
        and (got.kind, got.account, got.source, got.device, got.skipped)
        == (row.kind, row.account, row.source, row.device, row.skipped)
    )


@TAIL_ONLY
def test_playing_at_and_recent_plays(db: tuple[Connection, Reference]) -> None:
    """What played at a moment; the latest plays, filtered by name and device."""
    conn, ref = db
    rng = random.Random(7)  # noqa: S311 - reproducible moments
    moments = [
        datetime.fromtimestamp((row.ended - 1) / 1000, UTC)
        for row in rng.sample(ref.rows, 15)
    ]
    moments += [
        datetime.fromtimestamp((row.started - 5) / 1000, UTC)
        for row in rng.sample(ref.rows, 5)
    ]
    for scope in (SCOPES["everyone"], SCOPES["ada"], SCOPES["player"]):
        candidates_in = ref.scoped(scope)
        for moment in moments:
            at = to_ms(moment)
            covering = [
                row
                for row in candidates_in
                if row.started <= at < row.ended and row.ended <= at + 12 * HOUR_MS
            ]
            got = playing_at(conn, scope, moment)
            if not covering:
                assert got is None
                continue
            best = max(covering, key=lambda row: (row.started, -row.ended, row.id))
            assert got is not None
            assert _same(got, best)
    for label, scope, period in combinations(FEWER):
        for artist, track, device, rule in (
            (None, None, None, PlayRule.ALL),
            ("beyonce", None, None, PlayRule.THIRTY_SECONDS),
            (None, "Let it be", None, PlayRule.ALL),
            (None, None, "kuche", PlayRule.LASTFM),
            (None, None, "living", PlayRule.ALL),
        ):
            rows = list(ref.selected(scope, period, rule))
            match = None
            if artist or track:
                match, named = _target_rows(ref, conn, artist, track)
                ids = {row.id for row in named}
                rows = [row for row in rows if row.id in ids]
            if device:
                rows = [
                    row
                    for row in rows
                    if row.device and norm(row.device).startswith(device)
                ]
            rows.sort(key=lambda row: (row.ended, row.id), reverse=True)
            found = recent_plays(
                conn,
                scope,
                period,
                artist=artist,
                track=track,
                device=device,
                limit=7,
                rule=rule,
            )
            if artist or track:
                match = _match_in(ref, scope, match, named)
            assert found.match == match, (label, artist, track)
            latest = found.plays
            assert len(latest) == len(rows[:7]), (label, artist, track, device)
            assert all(_same(g, r) for g, r in zip(latest, rows[:7], strict=True)), (
                label
            )
    assert recent_plays(conn, Scope(), PERIODS["all_time"], device="toaster") == (
        RecentPlays(None, [])
    )
    # The first plays of a period ("the first song this morning"), oldest first.
    for label, scope, period in combinations(FEWER):
        for rule in RULES:
            rows = sorted(
                ref.selected(scope, period, rule), key=lambda row: (row.ended, row.id)
            )
            first = recent_plays(conn, scope, period, limit=3, rule=rule, oldest=True)
            assert len(first.plays) == len(rows[:3]), (label, rule)
            assert all(
                _same(g, r) for g, r in zip(first.plays, rows[:3], strict=True)
            ), (label, rule)


def test_heatmap_by_local_weekday_and_hour(db: tuple[Connection, Reference]) -> None:
    """Minutes by local weekday and hour in four time zones, one with half hours."""
    conn, ref = db
    for zone in ZONES:
        for label, scope, period in combinations(PAIRS if zone is BERLIN else FEWER):
            for rule in RULES:
                cells: Counter[tuple[int, int]] = Counter()
                for row in ref.selected(scope, period, rule):
                    local = datetime.fromtimestamp(row.ended / 1000, zone)
                    cells[(local.weekday(), local.hour)] += row.ms
                expected = [
                    [(cells[(day, hour)] + 30_000) // 60_000 for hour in range(24)]
                    for day in range(7)
                ]
                assert heatmap(conn, scope, period, zone, rule=rule) == expected, (
                    zone,
                    label,
                    rule,
                )


def _days(ref: Reference, scope: Scope, zone: tzinfo, rule: PlayRule) -> set[date]:
    return {
        datetime.fromtimestamp(row.ended / 1000, zone).date()
        for row in ref.scoped(scope)
        if ref.counted(row, rule)
    }


@TAIL_ONLY
def test_streaks(db: tuple[Connection, Reference]) -> None:
    """Current and longest runs of local days, on several "todays"."""
    conn, ref = db
    for zone in ZONES:
        for scope in (SCOPES[name] for name in ("everyone", "ada", "player", "nobody")):
            for rule in RULES:
                days = _days(ref, scope, zone, rule)
                for today in (date(2025, 1, 15), date(2024, 3, 31)):
                    known = sorted(day for day in days if day <= today)
                    best, best_end, run = 0, None, 0
                    for index, day in enumerate(known):
                        run = (
                            run + 1
                            if index and day - known[index - 1] == timedelta(days=1)
                            else 1
                        )
                        if run > best:
                            best, best_end = run, day
                    cursor = today if today in days else today - timedelta(days=1)
                    current = 0
                    while cursor in days:
                        current += 1
                        cursor -= timedelta(days=1)
                    got = streaks(conn, scope, zone, today=today, rule=rule)
                    assert (got.current_days, got.longest_days, got.longest_end) == (
                        current,
                        best,
                        best_end,
                    ), (zone, scope, rule, today)
                    if best_end is not None:
                        assert got.longest_start == best_end - timedelta(days=best - 1)


@pytest.mark.parametrize(
    "few", [habit_queries.FEW_ARTISTS, 0], ids=["by-key", "all-read"]
)
def test_new_artists(
    db: tuple[Connection, Reference], few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Artists whose first counted play in scope falls in the period.

    Both ways of reading the all-time plays of the period's artists: by
    their keys, and (when there are many) all of them.
    """
    monkeypatch.setattr(habit_queries, "FEW_ARTISTS", few)
    conn, ref = db
    for label, scope, period in combinations():
        for rule in RULES:
            first: dict[int, int] = {}
            for row in ref.scoped(scope):
                if (
                    row.kind == PlayKind.TRACK
                    and row.artist_id
                    and ref.counted(row, rule)
                ):
                    first[row.artist_id] = min(
                        first.get(row.artist_id, row.ended), row.ended
                    )
            counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
            for row in ref.selected(scope, period, rule):
                if (
                    row.kind == PlayKind.TRACK
                    and row.artist_id
                    and (
                        period.start_ms is None
                        or first[row.artist_id] >= period.start_ms
                    )
                ):
                    counts[row.artist_id][0] += 1
                    counts[row.artist_id][1] += row.ms
            ranked = sorted(
                counts.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0])
            )
            got = new_artists(conn, scope, period, limit=1000, rule=rule)
            assert [(e.name, e.plays, e.ms_played) for e in got] == [
                (ref.artist_names[a], p, m) for a, (p, m) in ranked
            ], (label, rule)
            # The count is of every new artist, not of the few named.
            count, named = discovered(conn, scope, period, limit=2, rule=rule)
            assert (count, named) == (len(ranked), got[:2]), (label, rule)


@pytest.mark.parametrize("chunk", [habit_queries.CHUNK, 2, 1])
@pytest.mark.parametrize("kind", [TopKind.TRACK, TopKind.ARTIST])
def test_most_skipped(
    db: tuple[Connection, Reference],
    kind: TopKind,
    chunk: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Music tracks or artists by their streams under 30 s; fewer streams first.

    The streams of those that can rank are counted a chunk of keys at a
    time, or all at once when many tie: each way gives the same.
    """
    monkeypatch.setattr(habit_queries, "CHUNK", chunk)
    conn, ref = db
    for label, scope, period in combinations():
        skips: Counter[int] = Counter()
        streams: Counter[int] = Counter()
        for row in ref.scoped(scope):
            key = row.artist_id if kind is TopKind.ARTIST else row.item_id
            if row.kind != PlayKind.TRACK or not key or not in_period(row, period):
                continue
            streams[key] += 1
            skips[key] += row.ms < 30_000
        ranked = sorted(
            (key for key in skips if skips[key]),
            key=lambda key: (-skips[key], streams[key], key),
        )[:5]
        got = most_skipped(conn, scope, period, kind, limit=5)
        assert [(e.skips, e.streams) for e in got] == [
            (skips[key], streams[key]) for key in ranked
        ], label
        assert [e.rank for e in got] == _ranks([skips[key] for key in ranked]), label
        if kind is TopKind.ARTIST:
            names = [ref.artist_names[key] for key in ranked]
        else:
            titles = {row.item_id: row.title or row.uri for row in ref.rows}
            names = [titles[key] for key in ranked]
        assert [e.name for e in got] == names, label
    with pytest.raises(ValueError, match="skips"):
        most_skipped(conn, Scope(), PERIODS["all_time"], TopKind.ALBUM)


@TAIL_ONLY
def test_listeners(db: tuple[Connection, Reference]) -> None:
    """The Spotify accounts with plays: speakers and players are nobody's."""
    conn, ref = db
    people = {
        row.account
        for row in ref.rows
        if not row.account.startswith(("sonos:", "media_player:"))
    }
    assert len(people) == 2
    assert listeners(conn) == len(people)


@TAIL_ONLY
def test_coverage(db: tuple[Connection, Reference], history: History) -> None:
    """Span, days with data, sources, gaps of a week or more, what imports added."""
    conn, ref = db
    for zone in ZONES:
        for name, scope in SCOPES.items():
            rows = ref.scoped(scope)
            got = coverage(conn, scope, zone)
            if not rows:
                assert (
                    got.first,
                    got.last,
                    got.days_with_data,
                    got.sources,
                    got.gaps,
                ) == (
                    None,
                    None,
                    0,
                    {},
                    [],
                )
                continue
            assert got.first == datetime.fromtimestamp(
                min(r.ended for r in rows) / 1000, UTC
            )
            assert got.last == datetime.fromtimestamp(
                max(r.ended for r in rows) / 1000, UTC
            )
            days = sorted(
                {datetime.fromtimestamp(r.ended / 1000, zone).date() for r in rows}
            )
            assert got.days_with_data == len(days), (zone, name)
            gaps = [
                (a + timedelta(days=1), b - timedelta(days=1))
                for a, b in itertools.pairwise(days)
                if (b - a).days - 1 >= 7
            ]
            assert got.gaps == gaps, (zone, name)
            sources: Counter[str] = Counter()
            for row in rows:
                for source in Source:
                    if row.sources & (1 << source) and (
                        scope.source is None or scope.source == source
                    ):
                        sources[source.name.lower()] += 1
            assert got.sources == dict(sources), name
    everyone = coverage(conn, Scope(), BERLIN).imported
    assert everyone == {
        "jobs": 1,
        **history.job_counts,
        "files": 1,
        "file_rows": history.file_rows,
        "stored": sum(
            1
            for row in ref.rows
            if row.sources
            & ((1 << Source.EXPORT_EXTENDED) | (1 << Source.EXPORT_ACCOUNT))
        ),
    }
    assert coverage(conn, Scope(accounts=(BOB,)), BERLIN).imported["jobs"] == 0


def test_taste_summary(db: tuple[Connection, Reference]) -> None:
    """The summary agrees with the answers it is made of and is plain JSON.

    Beside every other pair: one source's plays of all time, which the
    totals cannot answer (counted from the plays, every artist new in it).
    """
    conn, ref = db
    for label, scope, period in combinations([*FEWER, ("bob extended", "all_time")]):
        summary = taste_summary(conn, scope, period, BERLIN, today=NOW.date())
        assert summary["totals"] == to_dict(totals(conn, scope, period))
        top = top_items(conn, scope, period, TopKind.ARTIST, limit=5)
        assert summary["top_artists"] == to_dict(top)
        assert summary["top_tracks"] == to_dict(
            top_items(conn, scope, period, TopKind.TRACK, limit=5)
        )
        assert summary["top_shows"] == to_dict(
            top_items(conn, scope, period, TopKind.SHOW, limit=3)
        )
        assert summary["repeat_rate"] == pytest.approx(repeat_rate(conn, scope, period))
        assert summary["skip_rate"] == pytest.approx(skip_rate(conn, scope, period))
        every_new = new_artists(conn, scope, period, limit=10_000)
        assert summary["new_artists_count"] == len(every_new)
        assert summary["new_artists"] == to_dict(every_new[:5])
        assert summary["streaks"] == to_dict(
            streaks(conn, scope, BERLIN, today=NOW.date())
        )
        grid = heatmap(conn, scope, period, BERLIN)
        by_hour = [sum(row[hour] for row in grid) for hour in range(24)]
        by_day = [sum(row) for row in grid]
        if any(by_day):
            # The busiest weekday and the busiest hour, each on its own (33.15).
            hour = by_hour.index(max(by_hour))
            day = by_day.index(max(by_day))
            assert summary["peak"] == {
                "weekday": (
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                )[day],
                "hour": hour,
                "weekday_minutes": by_day[day],
                "hour_minutes": by_hour[hour],
            }, label
        else:
            assert summary["peak"] is None
        # The top five artists' part of the counted music plays, over the rows.
        music = [
            row
            for row in ref.selected(scope, period, PlayRule.THIRTY_SECONDS)
            if row.kind == PlayKind.TRACK
        ]
        leaders = {entry.name for entry in top}
        led = sum(1 for row in music if row.artist in leaders)
        assert summary["top_artists_share"] == pytest.approx(
            led / len(music) if music else 0.0
        ), label
        assert summary["period"]["name"] == period.name.value
        # JSON-friendly: only plain types all the way down.
        assert _plain(summary), label
        # The brief a spoken answer reads says the same of what it holds.
        brief = taste_brief(conn, scope, period, BERLIN, artists=3)
        assert brief == {
            "period": summary["period"],
            "rule": summary["rule"],
            "plays": summary["totals"]["plays"],
            "top_artists": summary["top_artists"][:3],
            "peak": summary["peak"],
        }, label


def test_taste_summary_of_a_track_credited_to_two_artists(tmp_path: Path) -> None:
    """One track, two artist credits: one track with both plays, two artists."""
    engine = create_history_engine(sqlite_url(tmp_path / "credits.db"))
    uri = "spotify:track:0000000000000000000001"
    base = to_ms(datetime(2025, 1, 10, 12, tzinfo=UTC))
    records = [
        PlayRecord(
            account=ADA,
            source=Source.SPOTIFY_PLAYER,
            ended_at=base + index * 600_000,
            ms_played=200_000 + index,
            kind=PlayKind.TRACK,
            title="Halo",
            artist=artist,
            album="I Am... Sasha Fierce",
            item_uri=uri,
        )
        for index, artist in enumerate(("Beyoncé", "Beyoncé", "Sasha Fierce"))
    ]
    # A play before the month: the month is not all of the history (which
    # the all-time totals would answer).
    records.append(
        records[0]._replace(
            ended_at=base - 400 * 86_400_000,
            title="Crazy in Love",
            item_uri="spotify:track:0000000000000000000002",
        )
    )
    try:
        with engine.begin() as conn:
            migrate(conn)
            WriterState("sqlite").insert_records(conn, records)
        with engine.connect() as conn:
            period = resolve_period("this_month", now=NOW, time_zone=BERLIN)
            summary = taste_summary(conn, Scope(), period, BERLIN, today=NOW.date())
    finally:
        engine.dispose()
    assert summary["totals"]["tracks"] == 1
    assert summary["totals"]["artists"] == 2
    assert [(t["name"], t["plays"], t["ms_played"]) for t in summary["top_tracks"]] == [
        ("Halo", 3, 600_003)
    ]
    assert [(a["name"], a["plays"]) for a in summary["top_artists"]] == [
        ("Beyoncé", 2),
        ("Sasha Fierce", 1),
    ]
    assert summary["repeat_rate"] == pytest.approx(2 / 3)


def _plain(value: object) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return value is None or isinstance(value, str | int | float | bool)


def test_to_dict_makes_json() -> None:
    """Datetimes become ISO strings, enums their values, dataclasses dicts."""
    row = PlayRow(
        ended_at=datetime(2024, 1, 1, tzinfo=UTC),
        started_at=datetime(2023, 12, 31, 23, 57, tzinfo=UTC),
        ms_played=180_000,
        title="Halo",
        artist="Beyoncé",
        album=None,
        uri=None,
        kind=PlayKind.TRACK,
        account=ADA,
        source=Source.SPOTIFY_PLAYER,
        device=None,
        skipped=False,
    )
    assert to_dict(
        {"rows": [row], "day": date(2024, 1, 1), "gap": (date(2024, 1, 1), 3)}
    ) == {
        "rows": [
            {
                "ended_at": "2024-01-01T00:00:00+00:00",
                "started_at": "2023-12-31T23:57:00+00:00",
                "ms_played": 180_000,
                "title": "Halo",
                "artist": "Beyoncé",
                "album": None,
                "uri": None,
                "kind": 0,
                "account": ADA,
                "source": 3,
                "device": None,
                "skipped": False,
                # Whose it is: none said, its account's (issue 46).
                "play_id": 0,
                "persons": None,
                "certainty": 0,
                "rule": 0,
            }
        ],
        "day": "2024-01-01",
        "gap": ["2024-01-01", 3],
    }

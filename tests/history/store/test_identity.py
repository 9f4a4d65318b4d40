"""One song is one item, and the two export packages keep one row per stream.

On SQLite and a real PostgreSQL server (the `engine` fixture).
"""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, func, select, text

from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.periods import resolve_period
from custom_components.encore.history.queries import (
    PlayRule,
    Scope,
    TopKind,
    play_count,
    top_items,
    totals,
)
from custom_components.encore.history.store.identity import SAME_LENGTH_MS
from custom_components.encore.history.store.migrations import migrate, schema_version
from custom_components.encore.history.store.resolution import (
    InsertResult,
    artist_key,
    local_item_key,
)
from custom_components.encore.history.store.rollups import rebuild_rollups
from custom_components.encore.history.store.schema import (
    SCHEMA_VERSION,
    accounts,
    artists,
    item_songs,
    items,
    meta,
    plays,
)
from custom_components.encore.history.store.uri_items import UriItems
from custom_components.encore.history.store.writes import WriterState

MINUTE = 60_000
# 2024-03-01 12:00:00 UTC: a whole minute.
NOON = 1_709_294_400_000
URI = "spotify:track:0000000000000000000halo"
EVERYTHING = resolve_period(
    "all_time", now=datetime(2025, 1, 1, tzinfo=UTC), time_zone=UTC
)


def extended(
    ended: int, ms: int = 200_000, *, title: str = "Halo", artist: str = "Beyoncé"
) -> PlayRecord:
    """An Extended history row: a URI, an album, the end to the second."""
    return PlayRecord(
        account="ada",
        source=Source.EXPORT_EXTENDED,
        ended_at=ended,
        ms_played=ms,
        kind=PlayKind.TRACK,
        title=title,
        artist=artist,
        album=f"{title} (Deluxe)",
        item_uri=f"spotify:track:{(artist + title).encode().hex()[:22]:0>22}"
        if title != "Halo" or artist != "Beyoncé"
        else URI,
    )


def account_data(
    ended: int, ms: int = 200_000, *, title: str = "Halo", artist: str = "Beyoncé"
) -> PlayRecord:
    """An Account Data row: names only, the end as given (a whole minute)."""
    assert ended % MINUTE == 0
    return PlayRecord(
        account="ada",
        source=Source.EXPORT_ACCOUNT,
        ended_at=ended,
        ms_played=ms,
        kind=PlayKind.TRACK,
        title=title,
        artist=artist,
        album=None,
    )


def minute_of(ended: int, rounding: str) -> int:
    """The Account Data end of a stream: its minute truncated or rounded."""
    if rounding == "truncated":
        return ended - ended % MINUTE
    return (ended + MINUTE // 2) // MINUTE * MINUTE


@pytest.fixture
def db(engine: Engine) -> Engine:
    """A migrated, empty history."""
    with engine.begin() as conn:
        migrate(conn)
    return engine


type Write = Callable[[list[PlayRecord]], InsertResult]


@pytest.fixture
def write(db: Engine) -> Write:
    """Store a batch of one package, each in its transaction, by one writer."""
    state = WriterState(db.dialect.name)

    def run(records: list[PlayRecord]) -> InsertResult:
        with db.begin() as conn:
            return state.insert_records(conn, records)

    return run


def read[T](db: Engine, query: Callable[[Connection], T]) -> T:
    """Run a read."""
    with db.connect() as conn:
        return query(conn)


def stored(db: Engine) -> list[tuple[int, int, int, int]]:
    """(source, ended_at, ms_played, item_id) of every play, ordered."""
    return read(
        db,
        lambda c: sorted(
            c.execute(
                select(
                    plays.c.source, plays.c.ended_at, plays.c.ms_played, plays.c.item_id
                )
            ).tuples()
        ),
    )


def item_count(db: Engine) -> int:
    """Rows of the items table."""
    return read(
        db, lambda c: c.execute(select(func.count()).select_from(items)).scalar_one()
    )


# -- one song, one item ---------------------------------------------------------


@pytest.mark.parametrize("named_first", [True, False])
def test_a_song_named_and_by_uri_is_one_item(
    db: Engine, write: Write, named_first: bool
) -> None:
    """Account Data beyond the Extended history: one item, whichever came first.

    Rankings of tracks and albums count both packages' plays of it, and
    `play_count` by name agrees with the ranking.
    """
    named = [account_data(NOON + day * 1440 * MINUTE) for day in range(3)]
    by_uri = [extended(NOON + (day + 10) * 1440 * MINUTE + 7_000) for day in range(2)]
    for batch in [named, by_uri] if named_first else [by_uri, named]:
        write(batch)
    assert item_count(db) == 1
    with db.connect() as conn:
        (track,) = top_items(conn, Scope(), EVERYTHING, TopKind.TRACK)
        assert (track.name, track.artist, track.uri, track.plays) == (
            "Halo",
            "Beyoncé",
            URI,
            5,
        )
        (album,) = top_items(conn, Scope(), EVERYTHING, TopKind.ALBUM)
        assert (album.name, album.plays) == ("Halo (Deluxe)", 5)
        counted = play_count(conn, Scope(), EVERYTHING, artist="beyonce", track="halo")
        assert counted.plays == 5
        assert totals(conn, Scope(), EVERYTHING).tracks == 1


def test_live_plays_after_account_data_join_its_item(db: Engine, write: Write) -> None:
    """Only Account Data imported, then the player records the song by URI."""
    write([account_data(NOON)])
    state = WriterState(db.dialect.name)
    live = extended(NOON + 1440 * MINUTE)._replace(source=Source.SPOTIFY_PLAYER)
    with db.begin() as conn:
        assert state.record_observed(conn, [live], 120_000).inserted == 1
    # And Account Data of later days, imported after that.
    write([account_data(NOON + 2 * 1440 * MINUTE)])
    assert item_count(db) == 1
    with db.connect() as conn:
        (track,) = top_items(conn, Scope(), EVERYTHING, TopKind.TRACK)
        assert (track.uri, track.plays) == (URI, 3)


def test_spellings_of_one_song_are_one_item(db: Engine, write: Write) -> None:
    """Case, accents and punctuation do not make another song.

    (Encore's normalisation reads an apostrophe as a space: "dont" would be
    another title.)
    """
    write(
        [
            account_data(NOON, title="Don't Stop Me Now", artist="Queen"),
            account_data(NOON + MINUTE, title="DON'T STOP ME NOW!", artist="QUEEN"),
        ]
    )
    write(
        [
            account_data(
                NOON + 2 * MINUTE, title="Don\u2019t Stop Me Now", artist="queen"
            )
        ]
    )
    assert item_count(db) == 1


@pytest.mark.parametrize("one_batch", [True, False])
def test_a_uri_named_anew_takes_the_item_of_that_name(
    db: Engine, write: Write, one_batch: bool
) -> None:
    """Extended rows name a URI as it was then: every name finds its item.

    Account Data calls the song "Forever"; the Extended history first calls
    its URI 'Forever (From "Euphoria")', and "Forever" only later.
    """
    write([account_data(NOON, title="Forever", artist="Labrinth")])
    uri = "spotify:track:6potEImiklXkwD9qFzpu15"
    then = extended(
        NOON + 1440 * MINUTE, title='Forever (From "Euphoria")', artist="Labrinth"
    )._replace(item_uri=uri)
    later = then._replace(ended_at=NOON + 2 * 1440 * MINUTE, title="Forever")
    for batch in [[then, later]] if one_batch else [[then], [later]]:
        write(batch)
    write([account_data(NOON + 3 * 1440 * MINUTE, title="Forever", artist="Labrinth")])
    assert item_count(db) == 1
    with db.connect() as conn:
        (track,) = top_items(conn, Scope(), EVERYTHING, TopKind.TRACK)
        assert (track.uri, track.plays) == (uri, 4)
        (album,) = top_items(conn, Scope(), EVERYTHING, TopKind.ALBUM)
        assert album.plays == 4
        assert totals(conn, Scope(), EVERYTHING).plays == 4


def test_one_title_by_two_artists_stays_two_songs(db: Engine, write: Write) -> None:
    """ "Intro" by two artists: two items, each package's rows on the right one."""
    write(
        [
            extended(NOON + 7_000, title="Intro", artist="The xx"),
            extended(NOON + 10 * MINUTE, title="Intro", artist="M83"),
        ]
    )
    write(
        [
            account_data(NOON + 1440 * MINUTE, title="Intro", artist="The xx"),
            account_data(NOON + 1441 * MINUTE, title="Intro", artist="M83"),
            account_data(NOON + 1442 * MINUTE, title="Intro", artist="Alt-J"),
        ]
    )
    assert item_count(db) == 3
    with db.connect() as conn:
        ranked = top_items(conn, Scope(), EVERYTHING, TopKind.TRACK)
        assert sorted((entry.artist, entry.plays, entry.uri) for entry in ranked) == [
            ("Alt-J", 1, None),
            ("M83", 2, extended(0, title="Intro", artist="M83").item_uri),
            ("The xx", 2, extended(0, title="Intro", artist="The xx").item_uri),
        ]


# -- the same stream in both packages ---------------------------------------------


@pytest.mark.parametrize("rounding", ["truncated", "rounded"])
@pytest.mark.parametrize("extended_first", [True, False])
def test_both_packages_give_one_play_per_stream(
    db: Engine, write: Write, rounding: str, extended_first: bool
) -> None:
    """Ends truncated or rounded to the minute: one play, the Extended row's.

    Seconds on both sides of the half minute, so rounding moves some ends
    into the next minute.
    """
    ends = [
        NOON + hour * 60 * MINUTE + second * 1000
        for hour, second in enumerate((0, 1, 29, 30, 31, 59))
    ]
    full = [extended(end, 180_000 + index) for index, end in enumerate(ends)]
    minute = [
        account_data(minute_of(row.ended_at, rounding), row.ms_played) for row in full
    ]
    if extended_first:
        write(full)
        result = write(minute)
        assert (result.inserted, result.duplicates) == (0, len(minute))
    else:
        assert write(minute).inserted == len(minute)
        result = write(full)
        assert (result.inserted, result.replaced) == (len(full), len(minute))
    assert stored(db) == [
        (Source.EXPORT_EXTENDED, row.ended_at, row.ms_played, stored(db)[0][3])
        for row in full
    ]


@pytest.mark.parametrize("extended_first", [True, False])
@pytest.mark.parametrize(
    ("jitter", "kept"),
    [
        (0, 1),
        (1, 1),
        (-1, 1),
        (SAME_LENGTH_MS, 1),
        (-SAME_LENGTH_MS, 1),
        (SAME_LENGTH_MS + 1, 2),
        (-SAME_LENGTH_MS - 1, 2),
    ],
)
def test_lengths_a_little_apart_are_the_same_stream(
    db: Engine, write: Write, jitter: int, kept: int, extended_first: bool
) -> None:
    """`msPlayed` within a second of `ms_played` is the same stream; beyond, not."""
    full = [extended(NOON + 42_000, 200_000)]
    minute = [account_data(NOON, 200_000 + jitter)]
    for batch in [full, minute] if extended_first else [minute, full]:
        write(batch)
    assert len(stored(db)) == kept
    assert Source.EXPORT_EXTENDED in {row[0] for row in stored(db)}


@pytest.mark.parametrize("extended_first", [True, False])
def test_two_songs_ending_in_one_minute_with_one_length(
    db: Engine, write: Write, extended_first: bool
) -> None:
    """The Extended row of one song does not swallow another song's row."""
    full = [extended(NOON + 20_000, 30_000)]
    minute = [
        account_data(NOON, 30_000),
        account_data(NOON, 30_000, title="Single Ladies"),
    ]
    for batch in [full, minute] if extended_first else [minute, full]:
        write(batch)
    with db.connect() as conn:
        ranked = top_items(conn, Scope(), EVERYTHING, TopKind.TRACK, rule=PlayRule.ALL)
    assert sorted((entry.name, entry.plays) for entry in ranked) == [
        ("Halo", 1),
        ("Single Ladies", 1),
    ]
    assert [row[0] for row in stored(db)] == [
        Source.EXPORT_EXTENDED,
        Source.EXPORT_ACCOUNT,
    ]


@pytest.mark.parametrize("extended_first", [True, False])
def test_two_plays_of_one_song_in_one_minute_stay_two(
    db: Engine, write: Write, extended_first: bool
) -> None:
    """Two quick skips of one song: each package has both, two plays stored.

    An exact repeat of an Account Data row is still one stream.
    """
    full = [extended(NOON + 10_000, 2_000), extended(NOON + 12_500, 2_400)]
    minute = [account_data(NOON, 2_000), account_data(NOON, 2_400)]
    minute.append(minute[0])
    for batch in [full, minute] if extended_first else [minute, full]:
        write(batch)
    assert [row[:3] for row in stored(db)] == [
        (Source.EXPORT_EXTENDED, NOON + 10_000, 2_000),
        (Source.EXPORT_EXTENDED, NOON + 12_500, 2_400),
    ]


def test_an_account_row_at_a_batch_edge(db: Engine, write: Write) -> None:
    """The Extended row of an Account Data row may be in the batch before."""
    write([extended(NOON + 59_000, 100_000)])
    write([account_data(NOON + MINUTE, 100_000)])
    write([extended(NOON + 2 * MINUTE + 5_000, 100_000, title="Formation")])
    assert [row[0] for row in stored(db)] == [Source.EXPORT_EXTENDED] * 2


# -- an older history brought forward ----------------------------------------------


def _as_version_5(conn: Connection) -> None:
    """Drop what versions 6 and 7 added, and say the database is version 5."""
    conn.execute(text("ALTER TABLE items DROP COLUMN image_url"))
    conn.execute(text("ALTER TABLE artists DROP COLUMN image_url"))
    conn.execute(text("DROP INDEX ix_items_song"))
    conn.execute(text("ALTER TABLE items DROP COLUMN song_key"))
    conn.execute(text("DROP TABLE item_songs"))
    conn.execute(meta.update().where(meta.c.key == "schema_version").values(value="5"))


def test_version_5_gets_one_item_per_song(db: Engine) -> None:
    """Named items join their song's URI item (or each other); old doubles go.

    As version 5 wrote them: Account Data rows under items of their own,
    and the Account Data rows the old rule (end truncated, equal length)
    could not match with their Extended rows.
    """
    with db.begin() as conn:
        account = conn.execute(accounts.insert().values(key="ada")).inserted_primary_key
        artist = conn.execute(
            artists.insert().values(
                key=artist_key("Beyoncé"), name="Beyoncé", name_norm="beyonce"
            )
        ).inserted_primary_key
        shouting = conn.execute(
            artists.insert().values(
                key=artist_key("BEYONCÉ!"), name="BEYONCÉ!", name_norm="beyonce"
            )
        ).inserted_primary_key

        def item(key: str, title: str, by: int, album: str | None) -> int:
            return int(
                conn.execute(
                    items.insert().values(
                        key=key,
                        kind=PlayKind.TRACK,
                        title=title,
                        artist_id=by,
                        album=album,
                        uri=key if key.startswith("spotify:") else None,
                        title_norm="halo",
                    )
                ).inserted_primary_key[0]
            )

        named = item(local_item_key("Beyoncé", "Halo", None), "Halo", artist[0], None)
        by_uri = item(URI, "Halo", artist[0], "I Am... Sasha Fierce")
        shouted = item(
            local_item_key("BEYONCÉ!", "HALO", None), "HALO", shouting[0], None
        )
        other = item(local_item_key("Beyoncé", "Intro", None), "Intro", artist[0], None)

        def play(source: Source, ended: int, ms: int, on: int, by: int) -> None:
            conn.execute(
                plays.insert().values(
                    account_id=account[0],
                    source=source,
                    sources=1 << source,
                    started_at=ended - ms,
                    ended_at=ended,
                    ms_played=ms,
                    kind=PlayKind.TRACK,
                    item_id=on,
                    artist_id=by,
                )
            )

        # A stream in both packages the old rule missed (rounded minute).
        play(Source.EXPORT_EXTENDED, NOON + 45_000, 200_000, by_uri, artist[0])
        play(Source.EXPORT_ACCOUNT, NOON + MINUTE, 200_000, named, artist[0])
        # Account Data beyond the Extended history, in two spellings.
        play(Source.EXPORT_ACCOUNT, NOON + 1440 * MINUTE, 200_000, named, artist[0])
        play(Source.EXPORT_ACCOUNT, NOON + 1441 * MINUTE, 150_000, shouted, shouting[0])
        play(Source.EXPORT_ACCOUNT, NOON + 1442 * MINUTE, 90_000, other, artist[0])
        rebuild_rollups(conn, conn.dialect.name)
        _as_version_5(conn)
    with db.begin() as conn:
        assert migrate(conn) == 5
        assert schema_version(conn) == SCHEMA_VERSION
    with db.connect() as conn:
        kept = conn.execute(select(items.c.id).order_by(items.c.id)).scalars().all()
        assert kept == [by_uri, other]
        ranked = top_items(conn, Scope(), EVERYTHING, TopKind.TRACK)
        assert sorted((entry.name, entry.plays) for entry in ranked) == [
            ("Halo", 3),
            ("Intro", 1),
        ]
        # By the streams' artists, as albums always rank: two spellings.
        albums = top_items(conn, Scope(), EVERYTHING, TopKind.ALBUM)
        assert {album.name for album in albums} == {"I Am... Sasha Fierce"}
        assert sum(album.plays for album in albums) == 3
        assert totals(conn, Scope(), EVERYTHING).plays == 4
    # New rows of the song find its item.
    state = WriterState(db.dialect.name)
    with db.begin() as conn:
        state.insert_records(conn, [account_data(NOON + 3000 * MINUTE)])
    assert item_count(db) == 2


def test_a_uri_named_by_turns_keeps_both_songs(db: Engine, write: Write) -> None:
    """The writer remembers the spelling it noted last for a URI (`UriItems`).

    A URI named "Forever", then 'Forever (From "Euphoria")', then "Forever"
    again, batch after batch by one writer: both songs stay noted once, and
    Account Data of either name finds the URI's item.
    """
    uri = "spotify:track:6potEImiklXkwD9qFzpu15"
    titles = ["Forever", 'Forever (From "Euphoria")', "Forever"]
    for day, title in enumerate(titles):
        write(
            [
                extended(
                    NOON + day * 1440 * MINUTE, title=title, artist="Labrinth"
                )._replace(item_uri=uri)
            ]
        )
    for day, title in enumerate(titles[:2], start=len(titles)):
        write(
            [account_data(NOON + day * 1440 * MINUTE, title=title, artist="Labrinth")]
        )
    assert item_count(db) == 1
    with db.connect() as conn:
        assert conn.execute(select(func.count()).select_from(item_songs)).scalar() == 2
        (track,) = top_items(conn, Scope(), EVERYTHING, TopKind.TRACK)
        assert (track.uri, track.plays) == (uri, 5)


def test_uri_items_remember_ids_and_the_last_spelling() -> None:
    """One int per URI holds its item id and the spelling noted last."""
    known = UriItems()
    known.learn({"spotify:track:a": 7, "spotify:track:b": 2**40})
    assert known.ids(
        ["spotify:track:a", None, "spotify:track:b", "spotify:track:c"]
    ) == [
        7,
        0,
        2**40,
        0,
    ]
    assert known.unknown(["spotify:track:a", None, "spotify:track:c"]) == {
        "spotify:track:c"
    }
    first = ("spotify:track:a", 0, "Labrinth", "Forever")
    second = ("spotify:track:a", 0, "Labrinth", "Forever (Live)")
    other = ("spotify:track:b", 0, "Labrinth", "Still")
    nameless = (None, 0, "Labrinth", "Forever")

    def newly_spelled(*records: tuple[str | None, int, str, str]) -> list[Any]:
        uris, *names = zip(*records, strict=True)
        return known.newly_spelled(uris, *names)

    assert newly_spelled(first, other, first, nameless) == [first, other]
    assert newly_spelled(first, other) == []
    assert newly_spelled(second, second) == [second]
    assert newly_spelled(first) == [first]
    # By turns within one call: each change, as the records come.
    assert newly_spelled(second, first, second) == [second, first, second]
    assert newly_spelled(second) == []
    # A new URI's first spelling, noted as its item is made, is not new again.
    known.learn({"spotify:track:n": 9})
    made = ("spotify:track:n", 0, "Labrinth", "Never")
    assert newly_spelled(made) == [made]
    assert newly_spelled(made) == []
    live = ("spotify:track:n", 0, "Labrinth", "Never (Live)")
    assert newly_spelled(live, made) == [live, made]
    # The spelling never changes the id.
    assert known.item_id("spotify:track:a") == 7
    assert known.item_id("spotify:track:b") == 2**40
    assert known.item_id("spotify:track:n") == 9
    known.clear()
    assert len(known) == 0

"""One recording is one song everywhere, however its URIs reached the history (issue 43.1-2).

A song's single and album copy are two Spotify URIs of one recording
(`store.recordings`). The import path merged them; a play a collector
observed (recently played, the Spotify player, a speaker) did not, so a song
played live and imported counted as two songs. The song on repeat and the
forgotten favourites were judged per URI too.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select

from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.periods import Period, PeriodName
from custom_components.encore.history.queries import Scope, TopKind, top_items
from custom_components.encore.history.queries.recap import recap
from custom_components.encore.history.queries.recipes import (
    FORGOTTEN_AFTER_DAYS,
    forgotten_favourites,
)
from custom_components.encore.history.store.migrations import migrate
from custom_components.encore.history.store.schema import item_recordings, items
from custom_components.encore.history.store.writes import WriterState

BERLIN = ZoneInfo("Europe/Berlin")
ADA = "ada"
ALBUM = "spotify:track:" + "A" * 22
SINGLE = "spotify:track:" + "S" * 22
OTHER = "spotify:track:" + "O" * 22
WINDOW_MS = 180_000
# Monday 2 November 2026, noon in Berlin.
MONDAY = datetime(2026, 11, 2, 12, tzinfo=BERLIN)


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _record(
    uri: str, title: str, moment: datetime, source: Source, length: int = 200_000
) -> PlayRecord:
    return PlayRecord(
        account=ADA,
        source=source,
        ended_at=_ms(moment),
        ms_played=length,
        kind=PlayKind.TRACK,
        title=title,
        artist="Wet Leg",
        album="Wet Leg",
        item_uri=uri,
        started_at=_ms(moment) - length,
    )


def _write(engine: Engine, state: WriterState, *records: PlayRecord) -> None:
    """Store records as their source does: an export in a batch, a collector one by one."""
    with engine.begin() as conn:
        exported = [r for r in records if r.source is Source.EXPORT_EXTENDED]
        if exported:
            state.insert_records(conn, exported)
        for record in records:
            if record.source is not Source.EXPORT_EXTENDED:
                state.record_observed(conn, [record], WINDOW_MS)


def _fresh(engine: Engine) -> WriterState:
    with engine.begin() as conn:
        migrate(conn)
    return WriterState(engine.dialect.name)


def test_a_uri_first_heard_live_joins_its_recording(engine: Engine) -> None:
    """Imported album copy, then the single heard live: one song with every play."""
    state = _fresh(engine)
    _write(
        engine,
        state,
        *(
            _record(
                ALBUM,
                "Chaise Longue",
                MONDAY + timedelta(hours=h),
                Source.EXPORT_EXTENDED,
            )
            for h in range(3)
        ),
    )
    # The single is 400 ms longer: the same recording (`SAME_RECORDING_MS`).
    for hour in (5, 6):
        _write(
            engine,
            state,
            _record(
                SINGLE,
                "Chaise Longue",
                MONDAY + timedelta(hours=hour),
                Source.SPOTIFY_PLAYER,
                200_400,
            ),
        )
    with engine.begin() as conn:
        merged = conn.execute(
            select(items.c.uri, item_recordings.c.recording_id).join(
                item_recordings, item_recordings.c.item_id == items.c.id
            )
        ).all()
        period = Period(
            PeriodName.CUSTOM, MONDAY - timedelta(days=1), MONDAY + timedelta(days=1)
        )
        ranked = top_items(conn, Scope(), period, TopKind.TRACK, limit=10)
    assert [uri for uri, _ in merged] == [SINGLE]
    assert [(entry.name, entry.plays, entry.uri) for entry in ranked] == [
        ("Chaise Longue", 5, ALBUM)
    ]


def test_the_song_on_repeat_counts_every_uri_of_its_recording(engine: Engine) -> None:
    """2 album plays and 3 single plays in one week beat another song's 4."""
    state = _fresh(engine)
    records = (
        [
            _record(
                ALBUM,
                "Chaise Longue",
                MONDAY + timedelta(hours=h),
                Source.EXPORT_EXTENDED,
            )
            for h in (0, 1)
        ]
        + [
            _record(
                SINGLE,
                "Chaise Longue",
                MONDAY + timedelta(hours=h),
                Source.SPOTIFY_PLAYER,
                200_400,
            )
            for h in (2, 3, 4)
        ]
        + [
            _record(
                OTHER,
                "Wet Dream",
                MONDAY + timedelta(days=1, hours=h),
                Source.EXPORT_EXTENDED,
                150_000,
            )
            for h in (0, 1, 2, 3)
        ]
    )
    _write(engine, state, *records)
    with engine.begin() as conn:
        got = recap(
            conn,
            Scope(),
            MONDAY - timedelta(days=1),
            MONDAY + timedelta(days=7),
            BERLIN,
            compare=False,
        )
    assert got.music is not None
    assert got.music.on_repeat is not None
    assert got.music.on_repeat.song.name == "Chaise Longue"
    assert got.music.on_repeat.plays == 5
    # And the recap's song count is one song per recording.
    assert got.music.songs == 2


def test_a_song_whose_single_played_lately_is_not_forgotten(engine: Engine) -> None:
    """Old favourite by its album copy, its single heard ten days ago: not forgotten."""
    state = _fresh(engine)
    now = MONDAY
    old = now - timedelta(days=FORGOTTEN_AFTER_DAYS + 30)
    records = [
        _record(
            ALBUM, "Chaise Longue", old + timedelta(hours=h), Source.EXPORT_EXTENDED
        )
        for h in range(5)
    ] + [
        _record(
            OTHER,
            "Wet Dream",
            old + timedelta(days=1, hours=h),
            Source.EXPORT_EXTENDED,
            150_000,
        )
        for h in range(4)
    ]
    _write(engine, state, *records)
    with engine.begin() as conn:
        before = forgotten_favourites(conn, Scope(), now)
    assert [entry.name for entry in before] == ["Chaise Longue", "Wet Dream"]
    _write(
        engine,
        state,
        _record(
            SINGLE,
            "Chaise Longue",
            now - timedelta(days=10),
            Source.SPOTIFY_PLAYER,
            200_400,
        ),
    )
    with engine.begin() as conn:
        after = forgotten_favourites(conn, Scope(), now)
    assert [entry.name for entry in after] == ["Wet Dream"]

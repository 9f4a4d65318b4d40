"""One Spotify stream heard by a player and reported by the account: one play."""

import itertools

import pytest
from sqlalchemy import Engine, select

from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.periods import PeriodName
from custom_components.encore.history.queries import Scope, play_count
from custom_components.encore.history.store.migrations import migrate
from custom_components.encore.history.store.schema import accounts, plays
from custom_components.encore.history.store.writes import WriterState
from tests.history.test_periods import BERLIN, at, period

ADA, BOB = "ada", "bob"
CORE_SONOS = "media_player:media_player.kitchen_kitchen"
ENCORE_SONOS = "sonos:Sonos_household"
BASE = 1_767_225_600_000  # 2026-01-01T00:00Z
WINDOW_MS = 180_000
SESSION = (("Sexy Boy", 0), ("Kelly Watch the Stars", 4), ("La Femme d'Argent", 9))


def _record(
    account: str, source: Source, title: str, minute: float, shift_s: int = 0
) -> PlayRecord:
    """A 4-minute stream of `title` that ended at `minute` (plus `shift_s`)."""
    return PlayRecord(
        account=account,
        source=source,
        ended_at=BASE + round(minute * 60_000) + shift_s * 1000,
        ms_played=240_000,
        kind=PlayKind.TRACK,
        title=title,
        artist="Air",
        album="Moon Safari",
        item_uri=f"spotify:track:{title.replace(' ', '').replace("'", '')[:22]:0>22}",
    )


def _session(account: str, source: Source, shift_s: int = 0) -> list[PlayRecord]:
    return [_record(account, source, t, m, shift_s) for t, m in SESSION]


def _counts(engine: Engine) -> dict[str, int]:
    """Plays per history account, as stored."""
    with engine.begin() as conn:
        rows = conn.execute(
            select(accounts.c.key, plays.c.id).join(
                accounts, accounts.c.id == plays.c.account_id
            )
        ).all()
    found: dict[str, int] = {}
    for key, _ in rows:
        found[key] = found.get(key, 0) + 1
    return found


def _answers(engine: Engine) -> tuple[int, int]:
    """How many plays the answers count for Ada and for everyone."""
    everything = period(PeriodName.ALL_TIME, at(BERLIN, 2026, 2, 1))
    with engine.begin() as conn:
        ada = play_count(conn, Scope(accounts=(ADA,)), everything).plays
        everyone = play_count(conn, Scope(), everything).plays
    return ada, everyone


@pytest.mark.parametrize("observer", [CORE_SONOS, ENCORE_SONOS])
@pytest.mark.parametrize("account_first", [True, False], ids=["account", "player"])
def test_a_session_heard_twice_counts_once(
    engine: Engine, observer: str, account_first: bool
) -> None:
    """The account's and a player's view of one session: the account's counts."""
    state = WriterState(engine.dialect.name)
    source = Source.MEDIA_PLAYER if observer == CORE_SONOS else Source.SONOS
    batches = [
        _session(ADA, Source.SPOTIFY_PLAYER),
        # The player reports each end a little later.
        _session(observer, source, shift_s=20),
    ]
    if not account_first:
        batches.reverse()
    with engine.begin() as conn:
        migrate(conn)
        for batch in batches:
            result = state.record_observed(conn, batch, WINDOW_MS)
        assert result.merged == len(SESSION)
    assert _counts(engine) == {ADA: len(SESSION)}
    assert _answers(engine) == (len(SESSION), len(SESSION))
    with engine.begin() as conn:
        bits = set(conn.execute(select(plays.c.sources)).scalars())
    assert bits == {(1 << Source.SPOTIFY_PLAYER) | (1 << source)}


def test_what_never_merges(engine: Engine) -> None:
    """Other songs at the same time, two accounts, two players, other times."""
    state = WriterState(engine.dialect.name)
    with engine.begin() as conn:
        migrate(conn)
        state.record_observed(conn, _session(ADA, Source.SPOTIFY_PLAYER), WINDOW_MS)
        # Overlapping in time, other songs: the player's own plays.
        other = [
            _record(CORE_SONOS, Source.MEDIA_PLAYER, f"Other {n}", m)
            for n, (_, m) in enumerate(SESSION)
        ]
        state.record_observed(conn, other, WINDOW_MS)
        # Bob plays Ada's songs at the same time: two people, two plays each.
        state.record_observed(conn, _session(BOB, Source.SPOTIFY_PLAYER), WINDOW_MS)
        # Two observers of one song do not make it the account's.
        state.record_observed(
            conn, [_record(ENCORE_SONOS, Source.SONOS, "Alone", 30)], WINDOW_MS
        )
        state.record_observed(
            conn, [_record(CORE_SONOS, Source.MEDIA_PLAYER, "Alone", 30)], WINDOW_MS
        )
        # The same song an hour later is another play.
        state.record_observed(
            conn, [_record(CORE_SONOS, Source.MEDIA_PLAYER, "Sexy Boy", 60)], WINDOW_MS
        )
    counts = _counts(engine)
    assert counts[BOB] == len(SESSION)
    assert counts[ENCORE_SONOS] == 1
    assert counts[CORE_SONOS] == len(SESSION) + 2
    assert counts[ADA] == len(SESSION)


@pytest.mark.parametrize(
    "order",
    list(itertools.permutations(range(3))),
    ids=lambda order: "-".join(("account", "core", "encore")[i] for i in order),
)
def test_account_core_and_encore_sonos_count_once(
    engine: Engine, order: tuple[int, ...]
) -> None:
    """The account, a core Sonos player and Encore's Sonos hear one session.

    In every order of arrival, the answers count the session once, as the
    account's: the two players' views meet the account's play, never each other.
    """
    state = WriterState(engine.dialect.name)
    views = [
        _session(ADA, Source.SPOTIFY_PLAYER),
        _session(CORE_SONOS, Source.MEDIA_PLAYER, shift_s=20),
        _session(ENCORE_SONOS, Source.SONOS, shift_s=-15),
    ]
    with engine.begin() as conn:
        migrate(conn)
        for index in order:
            state.record_observed(conn, views[index], WINDOW_MS)
    assert _answers(engine) == (len(SESSION), len(SESSION))
    assert _counts(engine) == {ADA: len(SESSION)}


def test_overlapping_songs_on_three_sources_never_merge(engine: Engine) -> None:
    """Different songs heard at the same time stay apart, whoever reports them."""
    state = WriterState(engine.dialect.name)
    with engine.begin() as conn:
        migrate(conn)
        state.record_observed(conn, _session(ADA, Source.SPOTIFY_PLAYER), WINDOW_MS)
        for observer, source, word in (
            (CORE_SONOS, Source.MEDIA_PLAYER, "Core"),
            (ENCORE_SONOS, Source.SONOS, "Encore"),
        ):
            state.record_observed(
                conn,
                [
                    _record(observer, source, f"{word} {n}", m, shift_s=10)
                    for n, (_, m) in enumerate(SESSION)
                ],
                WINDOW_MS,
            )
    assert _counts(engine) == {
        ADA: len(SESSION),
        CORE_SONOS: len(SESSION),
        ENCORE_SONOS: len(SESSION),
    }
    assert _answers(engine) == (len(SESSION), 3 * len(SESSION))

"""Questions about the listening history, answered for Assist and for LLMs.

The intent handlers and the LLM tools both come here: whose history the asker
means, which period, one read of the database in the executor, and plain
data back. `speak_*` turns that data into one short spoken answer in the
asker's language; the LLM tools send the data itself (and the sentence).
"""

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from ..history.manager import async_get_manager
from ..history.periods import Period, PeriodName, implied_period, resolve_period
from ..history.queries import (
    CountAnswer,
    FirstLast,
    Match,
    PlayRow,
    PlayRule,
    RankBy,
    Scope,
    TopEntry,
    TopKind,
    Totals,
    find,
    first_last,
    listeners,
    play_count,
    playing_at,
    recent_plays,
    taste_brief,
    taste_summary,
    top_items,
    totals,
)
from ..history.whose import async_resolve_scope
from .answers import PeriodWords, Speaker, pick_language
from .when import When, moment_on

# What counts as a play when someone asks: Spotify's own rule (a stream of 30
# seconds or more), so the answers agree with Wrapped and the Spotify app.
DEFAULT_RULE = PlayRule.THIRTY_SECONDS
# Spoken answers name the first few; more is a list nobody remembers.
SPOKEN_ITEMS = 3
# Words between a title and its artist in "One More Time by Daft Punk".
_BY_WORDS = {"en": " by ", "de": " von "}


class NotUnderstoodError(ValueError):
    """Words that should say a time and do not; `said` holds them."""

    def __init__(self, said: str) -> None:
        """Keep what was said."""
        super().__init__(f"no time: {said!r}")
        self.said = said


class Which(StrEnum):
    """The first or the last play."""

    FIRST = "first"
    LAST = "last"


@dataclass(frozen=True, slots=True)
class Asker:
    """Who asks, whose history that means, and when."""

    scope: Scope
    accounts: list[str]
    sure: str | None
    """A phrase to add: whose history it is was not obvious."""
    now: datetime
    speaker: Speaker
    labels: dict[Period, str] = field(default_factory=dict)
    """What the answers call the periods heard in words (`heard`)."""
    if_several: str | None = None
    """The phrase to add if the history holds several people's plays, which
    only it can tell (`whose.ResolvedScope.said_if_several`)."""
    listeners: list[int] = field(default_factory=list)
    """How many people's plays the history holds, once a read told."""

    @property
    def said(self) -> str | None:
        """A phrase to add when whose history it is was not obvious."""
        if self.sure is not None:
            return self.sure
        if self.if_several is not None and self.listeners and self.listeners[0] > 1:
            return self.if_several
        return None

    @property
    def asks_listeners(self) -> bool:
        """Whether the next read should tell how many people's plays there are."""
        return self.if_several is not None and not self.listeners

    @property
    def today(self) -> date:
        """The asker's local date."""
        return self.now.date()

    def period(
        self,
        name: str | None,
        *,
        days: int | None = None,
        default: PeriodName = PeriodName.ALL_TIME,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> Period:
        """Resolve a period by name; days alone mean the last days.

        Raises a `PeriodError` for a period that cannot be (a name with days
        it does not take, a start after the end).
        """
        period = PeriodName(
            implied_period(name, days=days, start=start, end=end, default=default)
        )
        if period is PeriodName.LAST_DAYS and not days:
            days = 7
        return resolve_period(
            period,
            now=self.now,
            time_zone=dt_util.get_default_time_zone(),
            days=days,
            start=start,
            end=end,
        )

    def remember(self, when: When) -> None:
        """Let the answers call a period what it was understood to be."""
        if when.label is not None:
            self.labels[when.period] = when.label

    def words(self, period: Period) -> PeriodWords:
        """Return what the answers call a period."""
        found = words(period)
        if (label := self.labels.get(period)) is not None:
            return replace(found, said=label)
        return found

    def finish(self, speech: str) -> str:
        """Add whose history it was, when that was not obvious.

        The first letter is a capital: a period or moment may open it.
        """
        speech = speech[:1].upper() + speech[1:]
        return f"{speech} ({self.said})" if self.said else speech


async def async_asker(
    hass: HomeAssistant,
    *,
    user_id: str | None,
    language: str | None,
    config_entry_id: str | None = None,
) -> Asker:
    """Return the asker's scope and language."""
    speaker = Speaker(pick_language(language, hass.config.language))
    resolved = await async_resolve_scope(
        hass,
        user_id=user_id,
        config_entry_id=config_entry_id,
        language=speaker.language,
    )
    # In the asker's language, from the speech tables like the rest of the
    # answer (the actions' `said` is in Home Assistant's language); only when
    # `whose` found it worth saying, or the history may.
    phrase = speaker.whose(resolved.reason, resolved.accounts)
    return Asker(
        scope=resolved.scope,
        accounts=resolved.accounts,
        sure=phrase if resolved.said else None,
        now=dt_util.now(),
        speaker=speaker,
        if_several=phrase if resolved.said_if_several else None,
    )


async def async_read[T](
    hass: HomeAssistant, fn: Callable[[Connection], T], asker: Asker | None = None
) -> T:
    """Read in the executor; raises HomeAssistantError while the history is shut.

    For an asker whose history only the history can tell, the same read
    counts the people whose plays it holds (`listeners`): a read of its own
    would wait its turn among everyone's questions.
    """
    manager = async_get_manager(hass)
    if asker is None or not asker.asks_listeners:
        return await manager.async_read(fn)

    def both(conn: Connection) -> tuple[T, int]:
        return fn(conn), listeners(conn)

    answer, people = await manager.async_read(both)
    asker.listeners.append(people)
    return answer


def words(period: Period) -> PeriodWords:
    """Return what the answers call a period."""
    return PeriodWords(
        name=str(period.name),
        days=period.days,
        start=period.start.date() if period.start else None,
        # The end is exclusive: the last day is the one before it.
        end=(period.end - timedelta(microseconds=1)).date(),
    )


def period_json(period: Period) -> dict[str, Any]:
    """Return a period for an LLM: its name and bounds (end excluded)."""
    return dict(period.as_dict())


def _local(moment: datetime) -> datetime:
    return dt_util.as_local(moment)


def play_json(row: PlayRow) -> dict[str, Any]:
    """Return a stored play for an LLM."""
    return {
        "started_at": _local(row.started_at).isoformat(),
        "ended_at": _local(row.ended_at).isoformat(),
        "title": row.title,
        "artist": row.artist,
        "album": row.album,
        "uri": row.uri,
        "kind": row.kind.name.lower(),
        "ms_played": row.ms_played,
        "device": row.device,
        "skipped": row.skipped,
    }


# -- top artists, tracks, albums, shows ---------------------------------------


@dataclass(frozen=True, slots=True)
class TopAnswer:
    """The most played items of a period."""

    period: Period
    kind: TopKind
    rank_by: RankBy
    entries: list[TopEntry]


async def async_top(
    hass: HomeAssistant,
    asker: Asker,
    period: Period,
    kind: TopKind,
    *,
    rank_by: RankBy = RankBy.PLAYS,
    limit: int = SPOKEN_ITEMS,
    rule: PlayRule = DEFAULT_RULE,
) -> TopAnswer:
    """Return the top items."""
    entries = await async_read(
        hass,
        lambda conn: top_items(
            conn, asker.scope, period, kind, rank_by=rank_by, limit=limit, rule=rule
        ),
        asker,
    )
    return TopAnswer(period, kind, rank_by, entries)


def _entry_label(
    speaker: Speaker, entry: TopEntry, kind: TopKind, *, full: bool
) -> str:
    if kind in (TopKind.TRACK, TopKind.ALBUM) and full:
        return speaker.by(entry.name, entry.artist)
    return entry.name


def speak_top(asker: Asker, answer: TopAnswer, *, spoken: int = SPOKEN_ITEMS) -> str:
    """Say the top items: "This week you listened most to Daft Punk, ...".

    `spoken` items are named: the three a listener remembers, or as many as
    were asked for ("my top 5 songs").
    """
    speaker = asker.speaker
    period = asker.words(answer.period)
    if not answer.entries:
        none = "none_show" if answer.kind is TopKind.SHOW else "none_music"
        return asker.finish(speaker.text(none, tail=speaker.tail(period)))
    first, *rest = answer.entries[:spoken]
    amount = (
        speaker.duration(first.ms_played)
        if answer.rank_by is RankBy.TIME
        else speaker.amount(first.plays)
    )
    values = {
        "lead": speaker.lead(period),
        "first": _entry_label(speaker, first, answer.kind, full=True),
        "amount": amount,
    }
    if not rest:
        return asker.finish(speaker.text("top", **values))
    others = speaker.join(
        [_entry_label(speaker, e, answer.kind, full=False) for e in rest]
    )
    return asker.finish(speaker.text("top_then", rest=others, **values))


def top_json(answer: TopAnswer) -> dict[str, Any]:
    """Return the top items for an LLM."""
    return {
        "period": period_json(answer.period),
        "kind": str(answer.kind),
        "rank_by": str(answer.rank_by),
        "items": [
            {
                "rank": entry.rank,
                "name": entry.name,
                "artist": entry.artist,
                "plays": entry.plays,
                "ms_played": entry.ms_played,
                "uri": entry.uri,
            }
            for entry in answer.entries
        ],
    }


# -- listening time -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TimeAnswer:
    """How much was played in a period."""

    period: Period
    totals: Totals


async def async_listening_time(
    hass: HomeAssistant, asker: Asker, period: Period, *, rule: PlayRule = DEFAULT_RULE
) -> TimeAnswer:
    """Return the totals of a period."""
    result = await async_read(
        hass, lambda conn: totals(conn, asker.scope, period, rule=rule), asker
    )
    return TimeAnswer(period, result)


def speak_listening_time(asker: Asker, answer: TimeAnswer) -> str:
    """Say the totals: "Today you listened for 2 hours and 5 minutes, 34 plays."."""
    speaker = asker.speaker
    period = asker.words(answer.period)
    if not answer.totals.ms_streamed:
        return asker.finish(speaker.text("none", tail=speaker.tail(period)))
    # Every stream's time, as the listening time sensors show it; the plays
    # are those the rule counts.
    return asker.finish(
        speaker.text(
            "time",
            lead=speaker.lead(period),
            duration=speaker.duration(answer.totals.ms_streamed),
            plays=speaker.plays(answer.totals.plays),
        )
    )


def totals_json(answer: TimeAnswer) -> dict[str, Any]:
    """Return the totals for an LLM."""
    return {
        "period": period_json(answer.period),
        "plays": answer.totals.plays,
        "ms_played": answer.totals.ms_played,
        "minutes_played": round(answer.totals.ms_played / 60_000, 1),
        "streams": answer.totals.streams,
        "ms_streamed": answer.totals.ms_streamed,
        "minutes_streamed": round(answer.totals.ms_streamed / 60_000, 1),
        "artists": answer.totals.artists,
        "tracks": answer.totals.tracks,
    }


# -- an artist or a track by name ---------------------------------------------


type Resolver = Callable[[Connection, Scope], Match | None]
"""Finds what a question is about among what the asker played, inside the read."""


def resolve_name(
    conn: Connection, scope: Scope, name: str, artist: str | None, language: str
) -> Match | None:
    """Return the artist or track the asker most likely means by `name`.

    Spoken names are not typed: "Daft Punk" is an artist, "One More Time" a
    track, "One More Time by Daft Punk" a track of an artist. The best scored
    reading wins; on a tie an artist, whose name is what people say more.
    """
    if artist:
        return find(conn, name, TopKind.TRACK, artist=artist, scope=scope)
    as_artist = find(conn, name, TopKind.ARTIST, scope=scope)
    if as_artist is not None and as_artist.score >= 1:
        # An exact artist wins every tie: no track can beat it.
        return as_artist
    candidates = [
        match
        for match in (as_artist, find(conn, name, TopKind.TRACK, scope=scope))
        if match is not None
    ]
    if not candidates and (show := find(conn, name, TopKind.SHOW, scope=scope)):
        # A podcast is asked for by its show's name, like an artist; looked
        # for only when no artist or song fits (a fuzzy search costs a read).
        candidates.append(show)
    title, by, maker = name.rpartition(_BY_WORDS.get(language, " by "))
    if (
        by
        and title
        and maker
        and (split := find(conn, title, TopKind.TRACK, artist=maker, scope=scope))
        is not None
    ):
        candidates.append(split)
    if not candidates:
        return None
    return max(
        candidates,
        key=lambda match: (match.score, match.kind is TopKind.ARTIST),
    )


def by_name(name: str, artist: str | None, language: str) -> Resolver:
    """Resolve a spoken name: an artist, a track, or "a track by an artist"."""
    return lambda conn, scope: resolve_name(conn, scope, name, artist, language)


def by_target(artist: str | None, track: str | None) -> Resolver:
    """Resolve an explicit track (of an artist) or artist, as an LLM gives them."""
    if track:
        return lambda conn, scope: find(
            conn, track, TopKind.TRACK, artist=artist, scope=scope
        )
    if artist:
        return lambda conn, scope: find(conn, artist, TopKind.ARTIST, scope=scope)
    return lambda _conn, _scope: None


def _match_args(match: Match) -> dict[str, str | None]:
    if match.kind in (TopKind.ARTIST, TopKind.SHOW):
        return {"artist": match.name, "track": None}
    return {"artist": match.artist, "track": match.name}


def match_label(speaker: Speaker, match: Match) -> str:
    """Return "Daft Punk" or "One More Time by Daft Punk"."""
    if match.kind in (TopKind.ARTIST, TopKind.SHOW) or not match.artist:
        return match.name
    return speaker.by(match.name, match.artist)


def match_json(match: Match | None) -> dict[str, Any] | None:
    """Return what a name was matched to, for an LLM."""
    if match is None:
        return None
    return {
        "kind": str(match.kind),
        "name": match.name,
        "artist": match.artist,
        "score": match.score,
    }


@dataclass(frozen=True, slots=True)
class CountResult:
    """How often something was played in a period."""

    period: Period
    asked: str
    match: Match | None
    count: CountAnswer | None


async def async_play_count(
    hass: HomeAssistant,
    asker: Asker,
    period: Period,
    asked: str,
    resolver: Resolver,
    *,
    rule: PlayRule = DEFAULT_RULE,
) -> CountResult:
    """Return how often what `asked` names was played in a period."""

    def read(conn: Connection) -> CountResult:
        match = resolver(conn, asker.scope)
        if match is None:
            return CountResult(period, asked, None, None)
        answer = play_count(conn, asker.scope, period, **_match_args(match), rule=rule)
        return CountResult(period, asked, match, answer)

    return await async_read(hass, read, asker)


def speak_play_count(asker: Asker, result: CountResult) -> str:
    """Say the count: "You played Bohemian Rhapsody by Queen 12 times this year."."""
    speaker = asker.speaker
    tail = speaker.tail(asker.words(result.period))
    if result.match is None or result.count is None:
        return asker.finish(speaker.text("unknown_name", name=result.asked))
    label = match_label(speaker, result.match)
    if not result.count.plays:
        return asker.finish(speaker.text("count_zero", name=label, tail=tail))
    return asker.finish(
        speaker.text(
            "count", name=label, times=speaker.times(result.count.plays), tail=tail
        )
    )


def count_json(result: CountResult) -> dict[str, Any]:
    """Return a play count for an LLM."""
    return {
        "period": period_json(result.period),
        "asked": result.asked,
        "match": match_json(result.match),
        "plays": result.count.plays if result.count else 0,
        "ms_played": result.count.ms_played if result.count else 0,
    }


# -- first and last play ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FirstLastResult:
    """When something was first and last played."""

    asked: str
    match: Match | None
    plays: FirstLast | None


async def async_first_last(
    hass: HomeAssistant,
    asker: Asker,
    asked: str,
    resolver: Resolver,
    *,
    rule: PlayRule = DEFAULT_RULE,
) -> FirstLastResult:
    """Return the first and last play of what `asked` names."""

    def read(conn: Connection) -> FirstLastResult:
        match = resolver(conn, asker.scope)
        if match is None:
            return FirstLastResult(asked, None, None)
        answer = first_last(conn, asker.scope, **_match_args(match), rule=rule)
        return FirstLastResult(asked, match, answer)

    return await async_read(hass, read, asker)


def speak_first_last(asker: Asker, result: FirstLastResult, which: Which) -> str:
    """Say when: "You first listened to Daft Punk on March 3, 2021 at 8 PM, ..."."""
    speaker = asker.speaker
    if result.match is None or result.plays is None:
        return asker.finish(speaker.text("unknown_name", name=result.asked))
    row = result.plays.first if which is Which.FIRST else result.plays.last
    label = match_label(speaker, result.match)
    if row is None:
        return asker.finish(speaker.text("count_zero", name=label, tail=""))
    when = speaker.when(_local(row.started_at), asker.today)
    if result.match.kind is TopKind.ARTIST:
        return asker.finish(
            speaker.text(
                f"{which}_artist", name=label, when=when, item=row.title or "?"
            )
        )
    return asker.finish(speaker.text(f"{which}_track", name=label, when=when))


def first_last_json(result: FirstLastResult) -> dict[str, Any]:
    """Return the first and last play for an LLM."""
    plays = result.plays
    return {
        "asked": result.asked,
        "match": match_json(result.match),
        "first": play_json(plays.first) if plays and plays.first else None,
        "last": play_json(plays.last) if plays and plays.last else None,
    }


# -- what was played ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlayedResult:
    """A period in short: totals, the artists heard most, the last play."""

    period: Period
    totals: Totals
    artists: list[TopEntry]
    recent: list[PlayRow] = field(default_factory=list)
    """Newest first."""


async def async_what_played(
    hass: HomeAssistant,
    asker: Asker,
    period: Period,
    *,
    limit: int = 1,
    rule: PlayRule = DEFAULT_RULE,
) -> PlayedResult:
    """Return what was played in a period."""

    def read(conn: Connection) -> PlayedResult:
        return PlayedResult(
            period,
            totals(conn, asker.scope, period, rule=rule),
            top_items(
                conn,
                asker.scope,
                period,
                TopKind.ARTIST,
                rank_by=RankBy.PLAYS,
                limit=SPOKEN_ITEMS,
                rule=rule,
            ),
            recent_plays(
                conn,
                asker.scope,
                period,
                artist=None,
                track=None,
                device=None,
                limit=limit,
                rule=rule,
            ).plays,
        )

    return await async_read(hass, read, asker)


def speak_what_played(asker: Asker, result: PlayedResult) -> str:
    """Say the period: "Yesterday you listened mostly to Daft Punk and Air: ..."."""
    speaker = asker.speaker
    period = asker.words(result.period)
    if not result.totals.plays or not result.artists:
        return asker.finish(speaker.text("none", tail=speaker.tail(period)))
    speech = speaker.text(
        "played",
        lead=speaker.lead(period),
        artists=speaker.join([entry.name for entry in result.artists]),
        plays=speaker.plays(result.totals.plays),
        duration=speaker.duration(result.totals.ms_played),
    )
    if result.recent:
        last = result.recent[0]
        item = speaker.text("played_last", item=speaker.by(last.title, last.artist))
        speech = f"{speech} {item}"
    return asker.finish(speech)


def played_json(result: PlayedResult) -> dict[str, Any]:
    """Return what was played for an LLM."""
    return {
        "period": period_json(result.period),
        "plays": result.totals.plays,
        "ms_played": result.totals.ms_played,
        "top_artists": [
            {"name": entry.name, "plays": entry.plays, "ms_played": entry.ms_played}
            for entry in result.artists
        ],
        "recent": [play_json(row) for row in result.recent],
    }


def moment_asked(
    now: datetime,
    hour: int,
    minute: int = 0,
    meridiem: str | None = None,
    day: str | None = None,
) -> datetime:
    """Return the moment a clock time means, on today or yesterday (`day`).

    As `when.moment_on` says: the last such moment that has passed.
    """
    base = None
    if day is not None:
        base = now.date() - timedelta(days=1 if day == "yesterday" else 0)
    return moment_on(now, hour, minute, meridiem, base)


@dataclass(frozen=True, slots=True)
class PlayingResult:
    """What was playing at a moment."""

    moment: datetime
    row: PlayRow | None


async def async_playing_at(
    hass: HomeAssistant, asker: Asker, moment: datetime
) -> PlayingResult:
    """Return the play that was going on at `moment`."""
    row = await async_read(
        hass, lambda conn: playing_at(conn, asker.scope, moment), asker
    )
    return PlayingResult(moment, row)


def speak_playing_at(asker: Asker, result: PlayingResult) -> str:
    """Say the play: "At 8 PM you were listening to One More Time by Daft Punk."."""
    speaker = asker.speaker
    if result.row is None:
        return asker.finish(
            speaker.text(
                "playing_at_none",
                moment=speaker.moment(result.moment, asker.today, lead=False),
            )
        )
    return asker.finish(
        speaker.text(
            "playing_at",
            moment=speaker.moment(result.moment, asker.today, lead=True),
            item=speaker.by(result.row.title, result.row.artist),
        )
    )


def playing_json(result: PlayingResult) -> dict[str, Any]:
    """Return what was playing for an LLM."""
    return {
        "moment": result.moment.isoformat(),
        "play": play_json(result.row) if result.row else None,
    }


# -- taste --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TasteResult:
    """A summary of what the asker listens to."""

    period: Period
    summary: dict[str, Any]
    """The history's taste summary (for LLMs), or its brief (for speech)."""
    artists: list[TopEntry]
    plays: int


async def async_taste(
    hass: HomeAssistant,
    asker: Asker,
    period: Period,
    *,
    rule: PlayRule = DEFAULT_RULE,
    brief: bool = False,
) -> TasteResult:
    """Return the taste summary of a period, with the artists that lead it.

    `brief`: only what `speak_taste` says (`taste_brief`), for Assist; the
    whole summary is for LLMs, which can use all of it.
    """
    zone = dt_util.get_default_time_zone()

    def read(conn: Connection) -> TasteResult:
        if brief:
            found = taste_brief(
                conn, asker.scope, period, zone, artists=SPOKEN_ITEMS, rule=rule
            )
            plays = found["plays"]
        else:
            found = taste_summary(
                conn, asker.scope, period, zone, today=asker.today, rule=rule
            )
            # The summary ranks the artists and counts the period already.
            plays = found["totals"]["plays"]
        return TasteResult(
            period,
            found,
            [TopEntry(**entry) for entry in found["top_artists"][:SPOKEN_ITEMS]],
            plays,
        )

    return await async_read(hass, read, asker)


def speak_taste(asker: Asker, result: TasteResult) -> str:
    """Say the taste: "Overall your taste is led by Daft Punk, Justice and Air, ..."."""
    speaker = asker.speaker
    period = asker.words(result.period)
    if not result.artists or not result.plays:
        return asker.finish(speaker.text("none", tail=speaker.tail(period)))
    # Spoken from the ranking itself: a share of all plays is one number a
    # listener can take in; the full summary goes to LLMs.
    share = sum(entry.plays for entry in result.artists) / result.plays
    spoken = speaker.text(
        "taste",
        lead=speaker.lead(period),
        artists=speaker.join([entry.name for entry in result.artists]),
        share=speaker.percent(share),
    )
    if peak := result.summary.get("peak"):
        # A local hour of any day: only its clock time is spoken.
        hour = datetime.combine(asker.today, time(peak["hour"]), tzinfo=UTC)
        spoken += " " + speaker.text(
            "taste_peak",
            weekday=speaker.weekday(peak["weekday"]),
            time=speaker.clock(hour),
        )
    return asker.finish(spoken)


def taste_json(result: TasteResult) -> dict[str, Any]:
    """Return the taste summary for an LLM."""
    return {
        "period": period_json(result.period),
        "summary": result.summary,
        "top_artists": [
            {"name": entry.name, "plays": entry.plays, "ms_played": entry.ms_played}
            for entry in result.artists
        ],
        "plays": result.plays,
    }

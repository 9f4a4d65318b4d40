"""Asking the history for Assist and for LLMs, and saying the answers.

The intent handlers and the LLM tools both come here: an `Asker` (who asks,
whose history that means, the language), the `Question` a handler built from
what it heard, one answer coroutine of the question layer (`history.questions`),
and the answer said by `speak_*` in the asker's language; the LLM tools also
send the figures (`*_json`). Nothing here builds a query: the question layer
does, the same for every door.
"""

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, Final

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from ..history import questions
from ..history.periods import Period, PeriodName
from ..history.questions import (
    Answered,
    Content,
    Counted,
    FirstLast,
    Match,
    NamedCount,
    PeriodTotals,
    Played,
    Playing,
    PlayRow,
    PlayRule,
    Question,
    RankBy,
    Scope,
    TopEntry,
    TopKind,
    Whose,
)
from ..history.questions.fields import resolve
from ..history.whose import (
    ResolvedScope,
    WhoseReason,
    async_resolve_scope,
    my_certainty,
)
from .answers import PeriodWords, Wording, pick_language
from .when import moment_on

# What counts as a play when someone asks: Spotify's own rule (a stream of 30
# seconds or more), so the answers agree with Wrapped and the Spotify app.
DEFAULT_RULE: Final = PlayRule.THIRTY_SECONDS
# Spoken answers name the first few; more is a list nobody remembers.
SPOKEN_ITEMS: Final = 3
TIES_NAMED: Final = 8
"""How many level at the top a spoken ranking names; past that it says how
many were level and names `SPOKEN_ITEMS` of them."""
# "The last days" said without a number.
SOME_DAYS: Final = 7


class NotUnderstoodError(ValueError):
    """Words that should say a time and do not; `said` holds them."""

    def __init__(self, said: str) -> None:
        """Keep what was said."""
        super().__init__(f"no time: {said!r}")
        self.said = said


class PlaceUnknownError(ValueError):
    """A place said that is no area and no device of the history; `place` names it."""

    def __init__(self, place: str) -> None:
        """Keep the place as said."""
        super().__init__(f"no place: {place!r}")
        self.place = place


class Which(StrEnum):
    """The first or the last play."""

    FIRST = "first"
    LAST = "last"


@dataclass(frozen=True, slots=True)
class Asker:
    """Who asks, whose history that means, when, and in which language."""

    whose: Whose
    now: datetime
    speaker: Wording

    @property
    def today(self) -> date:
        """The asker's local date."""
        return self.now.date()

    @property
    def accounts(self) -> tuple[str, ...]:
        """The titles of the accounts asked about."""
        return self.whose.accounts

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
        return resolve(
            name,
            now=self.now,
            time_zone=dt_util.get_default_time_zone(),
            default=default,
            days=days,
            start=start,
            end=end,
            some_days=SOME_DAYS,
        )

    def question(
        self,
        counted: Counted,
        period: Period,
        *,
        label: str | None = None,
        content: Content = Content.EVERYTHING,
        rule: PlayRule = DEFAULT_RULE,
        **more: Any,
    ) -> Question:
        """Return the asker's question about their history."""
        return Question(
            counted,
            period,
            self.whose,
            content=content,
            rule=rule,
            label=label,
            **more,
        )

    def words(self, question: Question) -> PeriodWords:
        """Return what the answers call the question's period."""
        found = words(question.period)
        if question.label is not None:
            return replace(found, said=question.label)
        return found

    def finish(self, speech: str, answered: Answered[Any] | None = None) -> str:
        """Add where rooms are not known, and whose history it was if not obvious.

        The first letter is a capital: a period or moment may open it.
        Raises `PlaceUnknownError` when the place asked is none the home has.
        """
        if (
            answered is not None
            and (where := answered.question.where) is not None
            and not answered.place_known
        ):
            # Words read as a place that is none the home has ("in the whole
            # of last year", "in the helmets"): "no plays there" would be a
            # wrong fact; the door says which place it does not know.
            raise PlaceUnknownError(where.name)
        speech = speech[:1].upper() + speech[1:]
        if answered is not None and answered.rooms_unknown:
            speech = f"{speech} {self.rooms_note(answered)}"
        said = self.whose.said if answered is None else answered.whose_said
        return f"{speech} ({said})" if said else speech

    def rooms_note(self, answered: Answered[Any]) -> str:
        """Say since when plays name their room: the export's plays name none."""
        since = answered.rooms_since
        if since is None:
            return self.speaker.text("rooms_never")
        day = dt_util.as_local(since).date()
        return self.speaker.text(
            "rooms_since",
            day=self.speaker.day(day, with_year=day.year != self.today.year),
        )


async def async_asker(
    hass: HomeAssistant,
    *,
    user_id: str | None,
    language: str | None,
    config_entry_id: str | None = None,
    person: str | None = None,
    everyone: bool = False,
    subject: str | None = None,
) -> Asker:
    """Return the asker's scope and language; `everyone`: the household's.

    `subject` names whose listening is told when it is not the asker's (a
    person said): the answers speak of them in the third person. `person`
    is that person's entity: their account's plays (`config_entry_id`) and
    what was attributed to them, or, with no account, those alone (issue 46).
    """
    speaker = Wording(pick_language(language, hass.config.language), subject)
    if person is not None and config_entry_id is None:
        resolved = ResolvedScope(
            Scope(accounts=(), person=person, most=my_certainty(hass)),
            [subject or person],
            None,
            WhoseReason.ENTRY,
        )
    else:
        resolved = await async_resolve_scope(
            hass,
            user_id=user_id,
            config_entry_id=config_entry_id,
            language=speaker.language,
            everyone=everyone,
        )
        if person is not None:
            scope = replace(resolved.scope, person=person, most=my_certainty(hass))
            resolved = replace(resolved, scope=scope)
    # In the asker's language, from the speech tables like the rest of the
    # answer (the actions' `said` is in Home Assistant's language); only when
    # `whose` found it worth saying, or the history may.
    phrase = speaker.whose(resolved.reason, resolved.accounts)
    return Asker(
        Whose(
            resolved.scope,
            tuple(resolved.accounts),
            phrase if resolved.said else None,
            phrase if resolved.said_if_several else None,
        ),
        dt_util.now(),
        speaker,
    )


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


def question_json(answered: Answered[Any]) -> dict[str, Any]:
    """Return what every answer for an LLM holds: the period, content and place."""
    question = answered.question
    found: dict[str, Any] = {
        "period": period_json(question.period),
        "content": str(question.content),
    }
    if question.where is not None:
        found["where"] = question.where.said
        found["rooms_known_since"] = (
            None
            if answered.rooms_since is None
            else dt_util.as_local(answered.rooms_since).isoformat()
        )
        found["rooms_complete"] = not answered.rooms_unknown
    return found


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


async def async_top(
    hass: HomeAssistant, question: Question
) -> Answered[list[TopEntry]]:
    """Return the top items of a `Counted.RANKING` question.

    The question layer's family (`history.questions.async_top`), without
    artwork (an answer spoken or read by an agent shows none).
    """
    return await questions.async_top(hass, question, images=False)


def _entry_label(
    speaker: Wording, entry: TopEntry, kind: TopKind, *, full: bool
) -> str:
    if kind in (TopKind.TRACK, TopKind.ALBUM) and full:
        return speaker.by(entry.name, entry.artist)
    return entry.name


def speak_top(
    asker: Asker, answered: Answered[list[TopEntry]], *, spoken: int = SPOKEN_ITEMS
) -> str:
    """Say the top items: "This week you listened most to Daft Punk, ...".

    `spoken` items are named: the three a listener remembers, or as many as
    were asked for ("my top 5 songs").
    """
    speaker = asker.speaker
    question = answered.question
    period = asker.words(question)
    if not answered.value:
        none = "none_show" if question.ranked is TopKind.SHOW else "none_music"
        return asker.finish(speaker.text(none, tail=speaker.tail(period)), answered)
    entries = answered.value
    first = entries[0]

    def measure(entry: TopEntry) -> int:
        by_time = question.rank_by is RankBy.TIME
        return entry.ms_played if by_time else entry.plays

    # Those level with the first are named together: "most to A and B, 6
    # plays each", never "A, 6 plays, then B" when B has 6 too; also when
    # only one was asked for ("my number one singer").
    tied = 1
    while tied < len(entries) and measure(entries[tied]) == measure(first):
        tied += 1
    rest = entries[tied:spoken]
    amount = (
        speaker.duration(first.ms_played)
        if question.rank_by is RankBy.TIME
        else speaker.amount(first.plays)
    )
    leaders = [
        _entry_label(speaker, entry, question.ranked, full=True)
        for entry in entries[: min(tied, TIES_NAMED)]
    ]
    values = {
        "lead": speaker.lead(period),
        "first": speaker.join(leaders),
        "amount": amount,
    }
    if tied > TIES_NAMED:
        # Every song of the day played once: naming three as "the top"
        # would pick them by chance; say that many were level, and some.
        level = (
            f"{tied}"
            if tied < len(entries) or len(entries) < question.limit
            else speaker.text("more_than", count=TIES_NAMED)
        )
        values["first"] = speaker.join(leaders[:SPOKEN_ITEMS])
        kinds = speaker.text(f"level_{question.ranked}", level=level)
        return asker.finish(speaker.text("top_level", level=kinds, **values), answered)
    key = "top" if tied == 1 else "top_tie"
    if not rest:
        return asker.finish(speaker.text(key, **values), answered)
    others = speaker.join(
        [_entry_label(speaker, e, question.ranked, full=False) for e in rest]
    )
    return asker.finish(speaker.text(f"{key}_then", rest=others, **values), answered)


def top_json(answered: Answered[list[TopEntry]]) -> dict[str, Any]:
    """Return the top items for an LLM."""
    question = answered.question
    return {
        **question_json(answered),
        "kind": str(question.ranked),
        "rank_by": str(question.rank_by),
        "items": [
            {
                "rank": entry.rank,
                "name": entry.name,
                "artist": entry.artist,
                "plays": entry.plays,
                "ms_played": entry.ms_played,
                "uri": entry.uri,
            }
            for entry in answered.value
        ],
    }


# -- listening time -----------------------------------------------------------


async def async_listening_time(
    hass: HomeAssistant, question: Question
) -> Answered[PeriodTotals]:
    """Return the totals of a period (the question layer's family)."""
    return await questions.async_totals(hass, question)


# What a listening time says of the content asked about.
_TIME_KEYS: Final = {
    Content.MUSIC: "time_music",
    Content.PODCASTS: "time_podcasts",
    Content.AUDIOBOOKS: "time_audiobooks",
    Content.EVERYTHING: "time",
}


def speak_listening_time(asker: Asker, answered: Answered[PeriodTotals]) -> str:
    """Say the totals: "Today you listened for 2 hours and 5 minutes, 34 plays."."""
    speaker = asker.speaker
    period = asker.words(answered.question)
    found = answered.value
    if not found.totals.plays:
        return asker.finish(
            speaker.text(_none_key(answered.question), tail=speaker.tail(period)),
            answered,
        )
    # The counted plays' time, as every view says it (`PeriodTotals`).
    values = {
        "lead": speaker.lead(period),
        "duration": speaker.duration(found.totals.ms_played),
        "plays": speaker.plays(found.totals.plays),
    }
    key = _TIME_KEYS[answered.question.content]
    if found.podcasts_ms:
        # "Listening" is everything: say how much of it was podcasts.
        key = "time_with_podcasts"
        values["podcasts"] = speaker.duration(found.podcasts_ms)
    return asker.finish(speaker.text(key, **values), answered)


def _none_key(question: Question) -> str:
    """Say there was nothing of the content asked about."""
    return {
        Content.MUSIC: "none_music",
        Content.PODCASTS: "none_show",
    }.get(question.content, "none")


def totals_json(answered: Answered[PeriodTotals]) -> dict[str, Any]:
    """Return the totals for an LLM."""
    found = answered.value.totals
    return {
        **question_json(answered),
        "plays": found.plays,
        "ms_played": found.ms_played,
        "minutes_played": round(found.ms_played / 60_000, 1),
        "streams": found.streams,
        "ms_streamed": found.ms_streamed,
        "minutes_streamed": round(found.ms_streamed / 60_000, 1),
        "podcasts_ms_played": answered.value.podcasts_ms,
        "artists": found.artists,
        "tracks": found.tracks,
    }


# -- an artist or a track by name ---------------------------------------------


def match_label(speaker: Wording, match: Match) -> str:
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


def asked_of(question: Question) -> str:
    """Return the name as asked."""
    name = question.name
    if name is None:
        return ""
    return name.said or name.track or name.artist or ""


async def async_play_count(
    hass: HomeAssistant, question: Question
) -> Answered[NamedCount]:
    """Return how often what the question names was played in its period.

    The question layer's family (`history.questions.async_named_count`).
    """
    return await questions.async_named_count(hass, question)


def speak_play_count(
    asker: Asker, answered: Answered[NamedCount], *, timed: bool = False
) -> str:
    """Say the count: "You played Bohemian Rhapsody by Queen 12 times this year.".

    `timed`: asked how long ("how long did I listen to Air"): the minutes
    first, then the plays.
    """
    speaker = asker.speaker
    tail = speaker.tail(asker.words(answered.question))
    found = answered.value
    if found.match is None:
        return asker.finish(
            speaker.text("unknown_name", name=asked_of(answered.question)), answered
        )
    label = match_label(speaker, found.match)
    if not found.plays:
        return asker.finish(speaker.text("count_zero", name=label, tail=tail), answered)
    if timed:
        return asker.finish(
            speaker.text(
                "count_time",
                name=label,
                duration=speaker.duration(found.ms_played),
                # "Twice", "3 times": the count said as a count answers it.
                times=speaker.times(found.plays),
                tail=tail,
            ),
            answered,
        )
    return asker.finish(
        speaker.text("count", name=label, times=speaker.times(found.plays), tail=tail),
        answered,
    )


def count_json(answered: Answered[NamedCount]) -> dict[str, Any]:
    """Return a play count for an LLM."""
    found = answered.value
    return {
        **question_json(answered),
        "asked": asked_of(answered.question),
        "match": match_json(found.match),
        "plays": found.plays,
        "ms_played": found.ms_played,
    }


# -- first and last play ------------------------------------------------------


async def async_first_last(
    hass: HomeAssistant, question: Question
) -> Answered[FirstLast]:
    """Return the first and last play of what the question names (or of anything)."""
    return await questions.async_first_last_play(hass, question)


def speak_first_last(asker: Asker, answered: Answered[FirstLast], which: Which) -> str:
    """Say when: "You first listened to Daft Punk on March 3, 2021 at 8 PM, ..."."""
    speaker = asker.speaker
    found = answered.value
    if found.match is None:
        return asker.finish(
            speaker.text("unknown_name", name=asked_of(answered.question)), answered
        )
    row = found.first if which is Which.FIRST else found.last
    label = match_label(speaker, found.match)
    if row is None:
        return asker.finish(speaker.text("count_zero", name=label, tail=""), answered)
    when = speaker.when(_local(row.started_at), asker.today)
    if found.match.kind is TopKind.ARTIST:
        return asker.finish(
            speaker.text(
                f"{which}_artist", name=label, when=when, item=row.title or "?"
            ),
            answered,
        )
    return asker.finish(speaker.text(f"{which}_track", name=label, when=when), answered)


def first_last_json(answered: Answered[FirstLast]) -> dict[str, Any]:
    """Return the first and last play for an LLM."""
    plays = answered.value
    return {
        "asked": asked_of(answered.question),
        "match": match_json(plays.match),
        "first": play_json(plays.first) if plays.first else None,
        "last": play_json(plays.last) if plays.last else None,
    }


# -- what was played ----------------------------------------------------------


async def async_what_played(
    hass: HomeAssistant, question: Question
) -> Answered[Played]:
    """Return what was played in a period: totals, top artists, the latest plays."""
    return await questions.async_played(hass, question, artists=SPOKEN_ITEMS)


def speak_what_played(asker: Asker, answered: Answered[Played]) -> str:
    """Say the period: "Yesterday you listened mostly to Daft Punk and Air: ..."."""
    speaker = asker.speaker
    period = asker.words(answered.question)
    found = answered.value
    if not found.totals.totals.plays or not found.artists:
        return asker.finish(speaker.text("none", tail=speaker.tail(period)), answered)
    speech = speaker.text(
        "played",
        lead=speaker.lead(period),
        artists=speaker.join([entry.name for entry in found.artists]),
        plays=speaker.plays(found.totals.totals.plays),
        duration=speaker.duration(found.totals.totals.ms_played),
    )
    if found.recent:
        last = found.recent[0]
        item = speaker.text("played_last", item=speaker.by(last.title, last.artist))
        speech = f"{speech} {item}"
    return asker.finish(speech, answered)


def played_json(answered: Answered[Played]) -> dict[str, Any]:
    """Return what was played for an LLM."""
    found = answered.value
    return {
        **question_json(answered),
        "plays": found.totals.totals.plays,
        "ms_played": found.totals.totals.ms_played,
        "top_artists": [
            {"name": entry.name, "plays": entry.plays, "ms_played": entry.ms_played}
            for entry in found.artists
        ],
        "recent": [play_json(row) for row in found.recent],
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


async def async_playing_at(
    hass: HomeAssistant,
    question: Question,
    moment: datetime,
    or_else: datetime | None = None,
) -> Answered[Playing]:
    """Return the play going on at `moment`, else at `or_else` (the period is its day)."""
    return await questions.async_playing_at(hass, question, moment, or_else)


def speak_playing_at(
    asker: Asker,
    answered: Answered[Playing],
    place: str | None = None,
    other_half: datetime | None = None,
) -> str:
    """Say the play: "At 8 PM you were listening to One More Time by Daft Punk.".

    `place`: the place as said ("in the kitchen"), when the question was
    asked of one; it follows the moment. `other_half`: the hour in the other
    half of the day, said without one, where nothing played either: both
    are said ("Nothing was playing on November 18 at 8 AM or 8 PM").
    """
    speaker = asker.speaker
    found = answered.value
    at = speaker.moment(found.moment, asker.today, lead=True)
    if place is not None and answered.question.where is not None:
        at = f"{at} {place}"
    if found.row is None:
        same_day = other_half is not None and other_half.date() == found.moment.date()
        halves = sorted(
            {found.moment, other_half} if other_half and same_day else {found.moment}
        )
        moment = speaker.moment(halves[0], asker.today, lead=False)
        if place is not None and answered.question.where is not None:
            moment = f"{moment} {place}"
        if len(halves) == 2:
            other = speaker.clock(halves[1])
            text = speaker.text("playing_at_none_either", moment=moment, other=other)
            return asker.finish(text, answered)
        return asker.finish(speaker.text("playing_at_none", moment=moment), answered)
    return asker.finish(
        speaker.text(
            "playing_at", moment=at, item=speaker.by(found.row.title, found.row.artist)
        ),
        answered,
    )


def playing_json(answered: Answered[Playing]) -> dict[str, Any]:
    """Return what was playing for an LLM."""
    found = answered.value
    return {
        "moment": found.moment.isoformat(),
        "play": play_json(found.row) if found.row else None,
    }


# -- taste --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Taste:
    """A summary of what the asker listens to."""

    summary: dict[str, Any]
    """The history's taste summary (for LLMs), or its brief (for speech)."""
    artists: list[TopEntry]
    plays: int


async def async_taste(
    hass: HomeAssistant, question: Question, *, today: date, brief: bool = False
) -> Answered[Taste]:
    """Return the taste summary of a period, with the artists that lead it.

    `brief`: only what `speak_taste` says (`taste_brief`), for Assist; the
    whole summary is for LLMs, which can use all of it.
    """
    answered = await questions.async_taste_summary(
        hass, question, today=today, brief=brief
    )
    found = answered.value
    # The summary ranks the artists and counts the period already.
    plays = found["plays"] if brief else found["totals"]["plays"]
    return answered.with_value(
        Taste(
            found,
            [TopEntry(**entry) for entry in found["top_artists"][:SPOKEN_ITEMS]],
            plays,
        )
    )


def speak_taste(asker: Asker, answered: Answered[Taste]) -> str:
    """Say the taste: "Overall your taste is led by Daft Punk, Justice and Air, ..."."""
    speaker = asker.speaker
    period = asker.words(answered.question)
    found = answered.value
    if not found.artists or not found.plays:
        return asker.finish(speaker.text("none", tail=speaker.tail(period)), answered)
    # Spoken from the ranking itself: a share of all plays is one number a
    # listener can take in; the full summary goes to LLMs.
    share = sum(entry.plays for entry in found.artists) / found.plays
    spoken = speaker.text(
        "taste",
        lead=speaker.lead(period),
        artists=speaker.join([entry.name for entry in found.artists]),
        share=speaker.percent(share),
    )
    if peak := found.summary.get("peak"):
        # A local hour of any day: only its clock time is spoken.
        hour = datetime.combine(asker.today, time(peak["hour"]), tzinfo=UTC)
        spoken += " " + speaker.text(
            "taste_peak",
            weekday=speaker.weekday(peak["weekday"]),
            time=speaker.clock(hour),
        )
    return asker.finish(spoken, answered)


def taste_json(answered: Answered[Taste]) -> dict[str, Any]:
    """Return the taste summary for an LLM."""
    found = answered.value
    return {
        **question_json(answered),
        "summary": found.summary,
        "top_artists": [
            {"name": entry.name, "plays": entry.plays, "ms_played": entry.ms_played}
            for entry in found.artists
        ],
        "plays": found.plays,
    }

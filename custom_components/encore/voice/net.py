"""The wide net: listening questions nobody wrote a sentence for.

Encore's sentence files end with the intent `EncoreWideNet`: wildcard
sentences anchored on a listener and a listening word ("did I ... play",
"my ... top", "wie viele ... gehört"). Home Assistant's default agent prefers
a custom sentence that matches over its own, so a history question the
family sentences miss lands here instead of on "no area called ...". The
handler reads the whole utterance with `parse.read_question` and hands the
reading to the family handler that answers it, as an intent of that family
with its slots: the answer, its data and the response's intent are the
family's, the same as for a listed sentence.

When the words say a listening question but not which one, or a time that
is none, the answer says what was understood and asks; it never answers a
question it did not understand.

A family handler whose own slots turn out not to be understood (a
sentence's wildcard took "most this week" for a time) asks this handler to
read the whole utterance once more (`REREAD`): the reading is used when it
differs from the sentence's.

The reading is answered by the family's handler itself (`FAMILIES`, filled
by the modules that define them), never dispatched again through Home
Assistant's intent registry: the words went through the agent once.
"""

from dataclasses import dataclass, replace
import re
from typing import Any, ClassVar, Final, override

import probatio

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import intent

from ..const import DOMAIN, LOGGER
from .answers import Wording, pick_language
from .elsewhere import about_something_else, decline, says_listening
from .parse import NAMED, Asked, Reading
from .parse.disfluent import without_hesitations
from .respond import not_answered
from .when import clocks_said, normalize
from .whole import WholeUtterance

INTENT_WIDE_NET: Final = "EncoreWideNet"
"""Named to sort after the family intents: on a full tie between a family
sentence and the net (as many wildcards and words), hassil takes the first
intent by name, and the family's listed sentence should win."""
REREAD: Final = f"{DOMAIN}_reread"
"""The platform of an intent this module made: it is never read again."""
FAMILIES: Final[dict[str, intent.IntentHandler]] = {}
"""Encore's family handlers by intent type, one instance each: the same ones
are registered with Home Assistant, and a reading is answered by them
directly."""


def family[H: intent.IntentHandler](handler: H) -> H:
    """Keep a family's handler for the readings (the one registered too)."""
    FAMILIES[handler.intent_type] = handler
    return handler


# Where each question goes: the family intent and its fixed slots.
_FAMILY: Final[dict[Asked, tuple[str, dict[str, Any]]]] = {
    Asked.TOP: ("EncoreTopItems", {}),
    Asked.ON_REPEAT: ("EncoreTopItems", {"kind": "track", "default": "last_days"}),
    Asked.LISTENING_TIME: ("EncoreListeningTime", {}),
    Asked.PLAYS: ("EncoreHowMany", {"counted": "plays"}),
    Asked.SONGS: ("EncoreHowMany", {"counted": "songs"}),
    Asked.ARTISTS: ("EncoreHowMany", {"counted": "artists"}),
    Asked.PLAY_COUNT: ("EncorePlayCount", {}),
    Asked.DID_I: ("EncoreDidIListen", {}),
    Asked.FIRST_PLAY: ("EncoreFirstLastPlay", {"which": "first"}),
    Asked.LAST_PLAY: ("EncoreFirstLastPlay", {"which": "last"}),
    Asked.FIRST_IN: ("EncoreFirstLastPlay", {"which": "first"}),
    Asked.LAST_IN: ("EncoreFirstLastPlay", {"which": "last"}),
    Asked.WHAT_PLAYED: ("EncoreWhatPlayed", {}),
    Asked.TASTE: ("EncoreTasteSummary", {}),
    Asked.PEAK: ("EncoreHabits", {"habit": "peak"}),
    Asked.NEW_ARTISTS: ("EncoreHabits", {"habit": "new_artists"}),
    Asked.SKIPS: ("EncoreHabits", {"habit": "skips"}),
    Asked.REPEAT: ("EncoreHabits", {"habit": "repeat"}),
    Asked.MOST_SKIPPED: ("EncoreHabits", {"habit": "most_skipped"}),
    Asked.STREAK: ("EncoreHabits", {"habit": "streak"}),
    Asked.RECAP: ("EncoreRecap", {}),
    Asked.DAY_PARTS: ("EncoreHabits", {"habit": "day_parts"}),
    Asked.WEEK_PARTS: ("EncoreHabits", {"habit": "week_parts"}),
}
# What is not told per room (the question layer answers rooms in every
# ranking and total, issue 35): a streak is the household's days, a recap
# its own; these say so instead of ignoring the room.
# A name's first or last time is asked of all the history, without a room.
_NOT_PER_PLACE: Final = frozenset(
    {Asked.STREAK, Asked.RECAP, Asked.FIRST_PLAY, Asked.LAST_PLAY}
)
# Where the content said ("music", "podcasts") changes the figures: the
# listening time and the usual hour, as their listed sentences fill the
# content slot. Rankings are of one kind already (artists, shows); a count
# of plays says its songs apart ("10 plays: 9 different songs").
_BY_CONTENT: Final = frozenset(
    {
        Asked.LISTENING_TIME,
        Asked.PEAK,
        Asked.PLAYS,
        Asked.WHAT_PLAYED,
        Asked.DAY_PARTS,
        Asked.WEEK_PARTS,
    }
)
# No period: the streak is today's; a name's first and last time have none.
_NO_PERIOD: Final = frozenset(
    {Asked.STREAK, Asked.FIRST_PLAY, Asked.LAST_PLAY, Asked.RECAP}
)


@dataclass(frozen=True, slots=True)
class Routed:
    """A reading as a family intent: its type and slots."""

    intent_type: str
    slots: dict[str, Any]
    said: str | None = None
    """The words the reading was read from when only part of the utterance
    (`Reading.said`): the family reads no time words outside them."""


class UnsureError(ValueError):
    """A listening question understood in part; `key` says which part not."""

    def __init__(self, key: str, reading: Reading) -> None:
        """Keep what was missing and what was read."""
        super().__init__(key)
        self.key = key
        self.reading = reading


def _a_moment(when: str) -> bool:
    """Whether the words of a time hold a clock time, in either language."""
    words = normalize(when)
    return bool(clocks_said(words, "en") or clocks_said(words, "de"))


def route(reading: Reading) -> Routed:
    """Return the family intent and slots a reading goes to.

    Raises `UnsureError` for what was not understood.
    """
    if (
        reading.asked is None
        and reading.when is not None
        and not reading.name
        and _a_moment(reading.when)
    ):
        # A moment said alone ("just gone nine on Tuesday evening", "kurz
        # nach acht", issue 45's eighth turn): what was on then.
        reading = replace(reading, asked=Asked.WHAT_PLAYED)
    if reading.asked is None:
        raise UnsureError("not_what", reading)
    if reading.unread is not None:
        raise UnsureError("not_when", reading)
    if reading.narrowed is not None:
        # "My most played Queen song": no family ranks one artist's songs;
        # said back, never the top songs of everyone (issue 45, item 4).
        raise UnsureError("not_narrowed", reading)
    if reading.asked in NAMED and not reading.name:
        raise UnsureError("not_who", reading)
    if reading.place is not None and reading.asked in _NOT_PER_PLACE:
        raise UnsureError("not_where", reading)
    intent_type, fixed = _FAMILY[reading.asked]
    slots: dict[str, Any] = dict(fixed)
    if reading.asked is Asked.ON_REPEAT and reading.kind not in (None, "track"):
        # Hooked on a podcast, obsessed with someone: their top, lately.
        slots["kind"] = reading.kind
    if reading.asked in (Asked.TOP, Asked.MOST_SKIPPED) and reading.kind:
        slots["kind"] = (
            "track"
            if reading.kind == "show" and reading.asked is Asked.MOST_SKIPPED
            else reading.kind
        )
    if reading.limit is not None:
        slots["limit"] = reading.limit
    if reading.recap is not None:
        slots["recap"] = reading.recap
    if reading.month is not None:
        slots["month"] = reading.month
    if reading.name:
        slots["name"] = reading.name
    if reading.timed:
        slots["measure"] = "time"
    if reading.asked is Asked.RECAP and reading.when is not None:
        if reading.recap == "period":
            slots["when"] = reading.when
        else:
            # The household's period, by name.
            slots["period"] = reading.when
    said = " ".join(part for part in (reading.place, reading.when) if part)
    if said and reading.asked not in _NO_PERIOD:
        slots["when"] = said
    if reading.asked in _BY_CONTENT and reading.content != "everything":
        slots["content"] = reading.content
    if reading.person:
        slots["person"] = reading.person
    elif reading.everyone and (
        reading.asked is not Asked.RECAP or reading.recap == "period"
    ):
        # "Was wurde bei uns am Wochenende gehört, zusammengefasst": a
        # period's recap of the household's plays, never the asker's own.
        slots["household"] = True
    return Routed(intent_type, slots, reading.said)


def unsure_text(language: str, err: UnsureError) -> str:
    """Say what was understood of a question, and what not."""
    speaker = Wording(pick_language(language, "en"))
    reading = err.reading
    asked = ""
    if reading.asked is Asked.TOP and reading.kind is not None:
        asked = speaker.text(f"understood_top_{reading.kind}")
    elif reading.asked is not None:
        asked = speaker.text(f"understood_{reading.asked}")
    return speaker.text(
        f"unsure_{err.key}",
        asked=asked,
        said=reading.narrowed or reading.unread or "",
        place=reading.place or "",
    )


class WideNetIntent(intent.IntentHandler):
    """Read a listening question whole, then answer it as its family does."""

    intent_type = INTENT_WIDE_NET
    description = (
        "Answers a question about the user's listening history, read from the "
        "whole sentence"
    )
    slots: ClassVar[dict[Any, Any]] = {
        probatio.Optional("text", description="The question as said"): str,
        # The net's wildcards: what was caught around its anchors.
        # Words said before the question to someone else, left out.
        probatio.Optional("encore_aside"): str,
        probatio.Optional("encore_a"): str,
        probatio.Optional("encore_b"): str,
        probatio.Optional("encore_c"): str,
    }

    @property
    @override
    def slot_schema(self) -> dict[Any, Any]:
        """Return the slot schema."""
        return self.slots

    @override
    async def async_handle(self, intent_obj: intent.Intent) -> intent.IntentResponse:
        """Read the question, then hand it to its family's handler."""
        slots = self.async_validate_slots(intent_obj.slots)
        text = intent_obj.text_input or str(slots.get("text", {}).get("value", ""))
        whole = WholeUtterance(intent_obj, text)
        if about_something_else(text, whole.language):
            return decline(intent_obj, whole.language)
        language, reading = whole.language, whole.reading
        try:
            routed = route(reading)
        except UnsureError as err:
            if err.key == "not_what" and not says_listening(text, language):
                # Nothing said is of listening ("what did I have for dinner
                # yesterday"): another agent may know.
                return decline(intent_obj, language)
            LOGGER.debug("Understood %r only in part: %s", text, reading)
            return not_answered(intent_obj, unsure_text(language, err))
        if (lost := time_left_unread(reading, whole.text)) is not None:
            unsure = UnsureError("not_when", replace(reading, unread=lost))
            return not_answered(intent_obj, unsure_text(language, unsure))
        return await async_answer_as(intent_obj, routed)


async def async_answer_as(
    intent_obj: intent.Intent, routed: Routed
) -> intent.IntentResponse:
    """Answer with the family handler, as an intent of that family."""
    handler = FAMILIES[routed.intent_type]
    family = intent.Intent(
        intent_obj.hass,
        REREAD,
        routed.intent_type,
        {
            key: {"value": value, "text": str(value)}
            for key, value in routed.slots.items()
        },
        routed.said or intent_obj.text_input,
        intent_obj.context,
        intent_obj.language,
        assistant=intent_obj.assistant,
        device_id=intent_obj.device_id,
        satellite_id=intent_obj.satellite_id,
        conversation_agent_id=intent_obj.conversation_agent_id,
    )
    return await handler.async_handle(family)


async def async_reread(
    intent_obj: intent.Intent,
    whole: WholeUtterance,
    *,
    story: bool = False,
    unread_time: str | None = None,
) -> intent.IntentResponse | None:
    """Read a family sentence's whole utterance again, once (`_async_reread`).

    `story`: when that says nothing, the question's own clauses are answered
    if a story around them held the words of time (`async_without_story`).
    `unread_time`: the sentence's words of time that read as none; a reading
    that reads no time from them either is no answer (`_time_lost`).
    """
    if unread_time is not None and _time_lost(whole, unread_time):
        return None
    answered = await _async_reread(intent_obj, whole)
    if answered is None and story:
        return await async_without_story(intent_obj, whole)
    return answered


# What a word no reader knew must look like to be a time lost: a figure, a
# day's or a period's word, misspelt or in dialect ("Satdy", "Samschdaach",
# "KW 46", "im vierten Quartal", "Blursday"). Anything else after an opener
# ("in music", "in hours", "at home") is no time, and the reading stands.
_LOOKS_TIMED: Final = re.compile(
    r"\d|(?:day|dy|dee|tag|tach|daach)s?$|week|woche|month|monat|year|jahr|quart|^kw$|^q[1-4]$"
    r"|^h[12]$|morning|evening|night|abend|morgen|nacht|mittag|^(?:first|second|third|fourth"
    r"|ersten|zweiten|dritten|vierten)$|summer|winter|spring|autumn|sommer|herbst|frühling"
    r"|christmas|easter|weihnacht|ostern|pfingst|advent",
    re.IGNORECASE,
)
_PARTS_COMPARED: Final = frozenset({Asked.WEEK_PARTS, Asked.DAY_PARTS})
# A word that can only say a time, in a dialect or slurred as speech to text
# writes it ("yestiddy evenin", "geschdern", "die Dooch", "last neet"): the
# net's reading that read no time at all from a question holding one would
# answer today or all time instead (issue 45's sixty-seventh turn, blind
# writer 452: wrong facts). Compounds of "day" only ("day" alone is said of
# habits, "how many hours a day"), and never "-dy" ("already", "anybody").
# Not `_LOOKS_TIMED`, which judges only the words right after a time's
# opener ("on Satdy"), where any day-like word is a time: this judges every
# word of the question, so it holds only words that cannot be anything else.
_ONLY_A_TIME: Final = re.compile(
    r"^(?:yest\w*|yist\w*|yday|evenin'?|mornin'?|nite|neet|arvo|fortnight|tonite"
    r"|(?!every|some|holi|birth|hey|pay|doom|may|mid|week|wochen|werk|feier|geburts)"
    r"\w+(?:day|tag|dag|dooch|daach|tach)s?"
    r"|(?:ge|vor|vorge|vorje|je)s(?:ch)?d(?:ern|a|än)|weekend|wochenende)$"
)
# Questions of which day or hour, whose own words name days ("which weekday",
# "an welchem Wochentag", "is it Sunday?").
_ASKS_WHICH_DAY: Final = frozenset({Asked.PEAK})


def time_left_unread(reading: Reading, text: str) -> str | None:
    """Return a word of time the net's reading read no time from, if any.

    Only where no time, place, name or unread time was read and the question
    asks over a period; a comparison of parts names its parts itself.
    """
    if (
        reading.when is not None
        or reading.place is not None
        or reading.unread is not None
        or reading.asked in _NO_PERIOD
        or reading.asked in _PARTS_COMPARED
        or reading.asked in _ASKS_WHICH_DAY
        # A name's family reads the time said with the name itself, and says
        # one it cannot read (`utterance.time_beside_name`).
        or reading.name
    ):
        return None
    whose = set(normalize(reading.person or "").split())
    for said in normalize(reading.said or text).split():
        word = said.strip('.,;:!?"')
        if word not in whose and _ONLY_A_TIME.match(word):
            return word
    return None


_TIME_OPENER: Final = {
    "en": re.compile(
        r"(?:^|\s)(?:on|in|at|during|since|over|from|last)\s+(?P<word>[\w'.-]+(?:\s+[\w'.-]+)?)",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"(?:^|\s)(?:am|im|um|seit|ab|vom|in der|in den|letzte\w*)\s+(?P<word>[\w'.-]+(?:\s+[\w'.-]+)?)",
        re.IGNORECASE,
    ),
}


def _time_lost(whole: WholeUtterance, unread: str) -> bool:
    """Whether a time said ("on Satdy", "in der KW 46") would be lost by the reading.

    The sentence's slot held words after a time's opener that read as no
    time yet look like one (`_LOOKS_TIMED`), and the whole question's
    reading reads no time and no place either: answering it would answer
    today or all time, a broader question than was asked (issue 45's
    thirtieth turn: "what was I
    listening to on Satdy" was answered for today). The sentence's own
    error ("not which time ... means") then stands.
    """
    reading = whole.reading
    if reading.when is not None or reading.place is not None or reading.unread:
        return False
    if reading.asked in _PARTS_COMPARED:
        # "More at the weekend or durin the week": the parts compared are
        # the question's own words, no time lost (issue 45's thirty-first turn).
        return False
    opener = _TIME_OPENER.get(whole.language, _TIME_OPENER["en"])
    found = opener.search(unread)
    if found is None:
        return False
    return any(_LOOKS_TIMED.search(word) for word in found["word"].casefold().split())


async def _async_reread(
    intent_obj: intent.Intent, whole: WholeUtterance
) -> intent.IntentResponse | None:
    """Read a family sentence's whole utterance again, once.

    Returns the answer of the reading, or None when there is nothing to read,
    the intent was itself a reading, or the reading is what the sentence
    said (its own error then stands).
    """
    if intent_obj.platform == REREAD or not whole.text:
        return None
    language, reading = whole.language, whole.reading
    try:
        routed = route(reading)
    except UnsureError as err:
        if err.key in ("not_what", "not_when"):
            # The sentence's own error says what was not understood.
            return None
        # The sentence took words for a name or a time that the whole
        # question says are a room or no time: say what was understood.
        return not_answered(intent_obj, unsure_text(language, err))
    sentence = {key: _folded(slot["value"]) for key, slot in intent_obj.slots.items()}
    read = {key: _folded(value) for key, value in routed.slots.items()}
    if (
        routed.intent_type == intent_obj.intent_type
        and read == sentence
        # A reading of the question's clauses alone answers in their words:
        # the story's ("for a fortnight") are no time of the question.
        and reading.said is None
    ):
        return None
    return await async_answer_as(intent_obj, routed)


async def async_without_story(
    intent_obj: intent.Intent, whole: WholeUtterance
) -> intent.IntentResponse | None:
    """Answer the question's own clauses when a story around them held time words.

    "I was poorly for a fortnight with my chest last month, ..., how many
    different songs did I get through last month" (issue 45's twenty-sixth
    turn): "a fortnight" is the story's, no time of the question. Returns
    None when the clauses alone say no question or another one.
    """
    if not whole.text:
        return None
    reading = whole.by_clauses
    if reading is None or reading.said is None or reading.said == whole.text:
        # Read whole again (a reading's own intent) it is read in its clauses
        # only; each reading reads fewer words, so this ends.
        return None
    try:
        routed = route(reading)
    except UnsureError:
        return None
    if routed.intent_type != intent_obj.intent_type:
        return None
    return await async_answer_as(intent_obj, routed)


# The slots that tell one question of a family from another ("habit: skips"
# or "habit: most_skipped"); the rest (the time, the name) a sentence's
# wildcards hear as well as the reading.
_WHICH_QUESTION: Final = ("habit", "counted", "which")


async def async_another_family(
    intent_obj: intent.Intent, whole: WholeUtterance
) -> intent.IntentResponse | None:
    """Answer the whole utterance when it asks another question than the sentence.

    A listed sentence matches its words ("which ... tunes ... the most" is
    a ranking), while the whole question may ask another family ("on which
    day of the week do I have the tunes on the most" asks the usual day;
    "whose records am I forever skipping" the most skipped, not the skip
    rate), rank another kind ("my top three acts" are artists, "what record
    did I play most this summer" an album, not the summer's recap), or name
    something the sentence dropped ("my first ever spin of Genesis by
    Justice" is Genesis's first play, not the first of anything).

    The sentence's family and its slots are compared with the parser's
    reading of the whole utterance (`_disagreement`). Where they disagree on
    what is asked, the reading is answered when it is sure (a habit, a
    recap, a count of different things, a streak, habits compared, or
    `Reading.sure`: a rank word with no count, on repeat, a name's first or
    last time with its name); else the answer says what was understood and
    asks, never guesses (issue 45, item 4). Returns None when the reading
    asks what the sentence does.
    """
    if intent_obj.platform == REREAD or not whole.text:
        return None
    language, reading = whole.language, whole.reading
    if (
        reading.asked is Asked.RECAP
        and intent_obj.intent_type == "EncoreWhatPlayed"
        and not re.search(_MONTH_OR_LONGER, (reading.when or "").casefold())
    ):
        # "Recap my listening yesterday", "... last week": what played, in
        # short; a month, a season or a year summed up is a recap.
        return None
    try:
        routed = route(reading)
    except UnsureError as err:
        if err.key == "not_narrowed":
            # The sentence would answer wider than asked ("what's my most
            # played queen song" is no ranking of every song).
            return not_answered(intent_obj, unsure_text(language, err))
        return None
    differs = _disagreement(intent_obj, routed, reading)
    if differs is None:
        return None
    said_when = _said_when(intent_obj, language)
    if (
        differs != "family"
        or reading.asked in _SURE
        or reading.sure
        or _ONLY_LAST.match(said_when)
        or (
            reading.asked is Asked.LAST_IN
            and reading.when is None
            and (
                _LAST_SAID_AGAIN.match(said_when) or _LAST_THEN_REMARK.match(said_when)
            )
        )
        or _ends_first_or_last(reading, said_when)
        or _BEGUN_AGAIN.search(said_when)
    ):
        # "Which song did I play last", "welches Lied lief als letztes": a
        # sentence's period that is only the word "last" is none.
        return await async_answer_as(intent_obj, routed)
    if "name" in intent_obj.slots:
        # The sentence's name check reads the whole again when nothing goes
        # by the name it caught ("how often do I play the same songs again").
        return None
    LOGGER.debug(
        "%r: the sentence asks %s, the reading %s",
        intent_obj.text_input,
        intent_obj.intent_type,
        reading,
    )
    return not_answered(intent_obj, which_text(language, intent_obj, reading))


def _disagreement(
    intent_obj: intent.Intent, routed: Routed, reading: Reading
) -> str | None:
    """Return what a listed sentence and the reading disagree on, or None.

    "family": what is asked (a ranking, a count, a recap, a first or last
    time); "kind": what a ranking ranks, said in so many words; "limit": how
    many were said; "name": a name the sentence dropped, or took with words
    the reading says are no name ("queen the day before yesterday").
    """
    sentence = {key: _folded(slot["value"]) for key, slot in intent_obj.slots.items()}
    if routed.intent_type != intent_obj.intent_type or any(
        _folded(routed.slots.get(key)) != sentence.get(key)
        for key in _WHICH_QUESTION
        if key in routed.slots or key in sentence
    ):
        return "family"
    if reading.asked is Asked.TOP:
        if reading.kind_said and _folded(routed.slots.get("kind")) != sentence.get(
            "kind", "artist"
        ):
            return "kind"
        if reading.limit is not None and sentence.get("limit") not in (
            None,
            reading.limit,
        ):
            return "limit"
    if (
        reading.asked is Asked.RECAP
        and routed.slots.get("household")
        and not sentence.get("household")
    ):
        # "Wie war unsere Woche": the household's, which the sentence dropped.
        return "household"
    if reading.asked in NAMED and reading.name:
        said = sentence.get("name")
        read = _folded(reading.name)
        if not said or (said != read and read in said and reading.sure):
            return "name"
    return None


def _asked_of(intent_type: str, slots: dict[str, Any]) -> str:
    """Return the words of what a listed sentence asks (`understood_*`)."""
    if intent_type == "EncoreTopItems":
        return f"understood_top_{slots.get('kind', 'artist')}"
    for asked, (family_type, fixed) in _FAMILY.items():
        if family_type == intent_type and all(
            _folded(slots.get(key)) == value
            for key, value in fixed.items()
            if key in _WHICH_QUESTION
        ):
            return f"understood_{asked}"
    return "understood_what_played"


def which_text(language: str, intent_obj: intent.Intent, reading: Reading) -> str:
    """Say what the sentence understood and what else its words may ask."""
    speaker = Wording(pick_language(language, "en"))
    slots = {key: _folded(slot["value"]) for key, slot in intent_obj.slots.items()}
    other = (
        f"understood_top_{reading.kind}"
        if reading.asked is Asked.TOP and reading.kind is not None
        else f"understood_{reading.asked}"
    )
    return speaker.text(
        "unsure_which",
        asked=speaker.text(_asked_of(intent_obj.intent_type, slots)),
        other=speaker.text(other),
    )


# A period a recap sums up rather than a short account of what played.
_MONTH_OR_LONGER: Final = (
    r"\b(?:year|month|summer|winter|spring|autumn|fall|jahr\w*|monat\w*|sommer\w*"
    r"|frühling\w*|herbst\w*|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|januar|februar|märz|mai|juni|juli"
    r"|oktober|dezember|\d{4})\b"
)
# What a reading is sure of when a listed sentence of another family took
# the words: each is told by words no other family's question holds.
_SURE: Final = frozenset(
    {
        Asked.PEAK,
        Asked.MOST_SKIPPED,
        Asked.SONGS,
        Asked.ARTISTS,
        Asked.RECAP,
        Asked.DAY_PARTS,
        Asked.WEEK_PARTS,
        Asked.STREAK,
    }
)


# The words for "last": a sentence's period that is only one of them is
# none ("which song did I play last", "welches Lied lief als letztes").
_LAST_WORDS: Final = (
    r"(?:last|at last|lastly|last of all|zuletzt|zu letzt|zum schluss"
    r"|als (?:aller)?le[tsczhd]+(?:es|er|e|s))"
)
# A staff sergeant's sign-off after it ("Was lief als Letztes? Ende.",
# blind writer 492) is no period either.
_ONLY_LAST: Final = re.compile(rf"^{_LAST_WORDS}(?: (?:ende|meldung|zackig))?$")
# "What did I play last, song-wise, the very last one": the last word and
# the last said again in other words (issue 45's sixty-first turn, blind
# writer 389, a mother shouting across the kitchen), still no period.
# "Was lief zuletzt? I hab's scho wieder vergesse, mei Kopf": a remark of
# the speaker's own after the last word, which the reading left out and
# found no period in (issue 45's seventy-sixth turn, blind writer 516).
_LAST_THEN_REMARK: Final = re.compile(
    rf"^{_LAST_WORDS} (?:i|ich|isch|ick) (?:hab|han|hab's|han's|habs|hob|weiss|woiss)\b"
)
_LAST_SAID_AGAIN: Final = re.compile(
    rf"^{_LAST_WORDS}(?: (?:song|track|tune|music)[- ]?wise)?"
    r" the (?:very )?(?:last|latest|most recent) (?:one|song|track|tune|thing)$"
)


# A question taken back and begun again, caught whole in the sentence's
# period ("how many songs did I play today, no wait, podcast episodes, how
# many episodes today", blind writer 451): the reading of what was said
# last is the question, the sentence's of what was taken back is none.
_BEGUN_AGAIN: Final = re.compile(
    r"\b(?:no wait|no|sorry|actually|hang on|or well)\b(?: \w+){0,4}"
    r" (?:how (?:many|much|often|long)|what|which|who)\b"
)


# A period the sentence caught with the first or last word after it ("was
# lief am Samschdaa als letschdes", issue 45's fifty-ninth turn): the
# reading's first or last of that period is what is asked, never "which of
# both".
# "... als letztes, bevor Ruhe einkehrte": the end said again after it
# (issue 45's sixtieth turn, blind writer 381).
_ENDS_LAST: Final = re.compile(
    rf"\b{_LAST_WORDS}(?:,? (?:bevor|before)(?: \w+){{1,3}})?$"
)
# ... or the last word said first, the period after it ("was lief als
# Letztes am letzte Freitag", issue 45's seventy-third turn, blind writer
# 496): the reading read that period, so its last is what is asked.
_OPENS_LAST: Final = re.compile(
    rf"^{_LAST_WORDS} (?:am|an|im|in|on|in the|letzte|letzten|letztes)\b"
)
_ENDS_FIRST: Final = re.compile(
    r"\b(?:first|at first|first of all|zuerst|als (?:aller)?er[sctzh]+(?:es|er|e|s))$"
)


def _ends_first_or_last(reading: Reading, said_when: str) -> bool:
    """Whether the sentence's period ends on the first or last word the reading asks."""
    if reading.when is None:
        return False
    if reading.asked is Asked.LAST_IN:
        return (
            _ENDS_LAST.search(said_when) is not None
            or _OPENS_LAST.match(said_when) is not None
        )
    if reading.asked is Asked.FIRST_IN:
        return _ENDS_FIRST.search(said_when) is not None
    return False


def _said_when(intent_obj: intent.Intent, language: str) -> str:
    """Return the words a sentence's `when` caught, sounds of speech left out."""
    slot = intent_obj.slots.get("when")
    said = str(slot["value"]) if slot else ""
    # "Last like what was the most recent song": the question said again.
    said = re.split(r"[,\s]+like\b", without_hesitations(said, language))[0]
    return str(_folded(said)).strip(" ?.!")


def _folded(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


@callback
def async_register_net(hass: HomeAssistant) -> None:
    """Register the net's handler once."""
    registered = {handler.intent_type: handler for handler in intent.async_get(hass)}
    if type(registered.get(INTENT_WIDE_NET)) is WideNetIntent:
        return
    intent.async_register(hass, WideNetIntent())

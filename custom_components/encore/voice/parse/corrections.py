"""Self-corrections: "last month, no wait, in September" is September.

A speaker who corrects a time says the correction word and then the time
meant; the time before it is dropped, never read into a name or kept as a
second period. Only a correction followed by a time counts: "yes or no",
"nee" ending a question, "Moment" before anything else stay as they were.
"""

from datetime import datetime, tzinfo
import re
from typing import Final

from ...history.periods import PeriodName
from ..when import normalize, parse_when

# -- the words that take back what was said before them -------------------------------

_MARKERS = {
    "en": (
        ("no", "wait"),
        ("no", "sorry"),
        ("no", "no"),
        ("sorry",),
        ("i", "mean"),
        ("i", "meant"),
        ("or", "rather"),
        ("rather",),
        ("actually",),
        ("scratch", "that"),
        ("hang", "on"),
        ("wait",),
        ("no",),
        ("nope",),
        ("nah",),
        # A Glaswegian's "naw wait" (blind writer 501, issue 45's
        # seventy-fifth turn).
        ("naw",),
        ("or", "was", "it"),
        ("or", "was", "that"),
        # Blind writer 491 (issue 45's seventy-second turn): "actually make
        # that the whole weekend", "or, scratch that, at all last weekend".
        ("make", "that"),
        ("or", "scratch", "that"),
    ),
    "de": (
        ("nee",),
        ("ne",),
        ("nein",),
        # Swabian and Swiss "noi", "nei" (issue 45's thirty-fifth turn).
        ("noi",),
        ("nei",),
        ("quatsch",),
        ("ich", "mein"),
        ("ich", "meinte"),
        ("moment", "mal"),
        ("moment",),
        ("warte",),
        ("wart",),
        ("sorry",),
        ("oder", "besser"),
        ("oder", "war", "das"),
        ("oder", "war", "es"),
        # Blind writer 491: "nee streich das, diesen Sommer", "ach quatsch,
        # am dritten", "ich mein September, nee doch, Oktober".
        ("streich", "das"),
        ("ach", "quatsch"),
        ("ach", "nee"),
        ("nee", "doch"),
        ("nein", "doch"),
    ),
}
# The longest run of words read as the time taken back or said instead.
_SPAN = 5
# Words said between the time taken back and the correction ("gehört", "am
# meisten gehört").
_AFTER = 4
# Words that open a time without being it: "in September", "um acht".
_TIME_OPENERS = frozenset({"in", "on", "at", "im", "am", "um", "an", "this", "the"})


# A clock said as the correction ("nein, um acht"), and the days it may
# have been said on before it.
_CLOCK_OPENERS = frozenset({"um", "at", "gegen", "around"})
_DAYS = frozenset(
    {
        *("gestern", "vorgestern", "heute", "yesterday", "today", "tonight"),
        *("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag"),
        *("sonntag", "monday", "tuesday", "wednesday", "thursday", "friday"),
        *("saturday", "sunday"),
    }
)


# A word that opens the time taken back, dropped with it ("at the weekend").
_OPENS_TAKEN_BACK = frozenset({"in", "on", "at", "im", "am", "um", "an", "during"})


# A time said in part before a correction ("yesterday, or was that the day
# before, no, yesterday"): taken back like a whole one, never left in a name.
_ELLIPTICAL = frozenset(
    {"the day before", "day before", "the week before", "am tag davor", "den tag davor"}
)


def _is_time(words: list[str], language: str, now: datetime, zone: tzinfo) -> bool:
    if " ".join(words) in _ELLIPTICAL:
        return True
    return bool(words) and parse_when(" ".join(words), language, now, zone) is not None


def _is_period(words: list[str], language: str, now: datetime, zone: tzinfo) -> bool:
    """Whether `words` name a time other than all of it ("also insgesamt" stresses)."""
    found = parse_when(" ".join(words), language, now, zone) if words else None
    return found is not None and found.period.name is not PeriodName.ALL_TIME


def _time_at_start(
    pieces: list[str], language: str, now: datetime, zone: tzinfo
) -> bool:
    """Return whether `pieces` begin with a time ("in september", "gestern")."""
    first = 1 if pieces and pieces[0] in _TIME_OPENERS else 0
    return any(
        _is_period(pieces[start : start + length], language, now, zone)
        for start in {0, first}
        for length in range(min(_SPAN, len(pieces) - start), 0, -1)
    )


def _without_last_time(
    pieces: list[str], language: str, now: datetime, zone: tzinfo
) -> list[str]:
    """Return `pieces` less the time said last, at most `_AFTER` words from the end.

    "letzte woche gehört" before "nee, diesen Monat": the verb stays.
    """
    count = len(pieces)
    for after in range(min(_AFTER, count) + 1):
        end = count - after
        for length in range(min(_SPAN, end), 0, -1):
            if _is_time(pieces[end - length : end], language, now, zone):
                start = end - length
                # "At the weekend, last weekend I mean": its "at" goes with it,
                # never the "on" of "have on" ("what did I have on last
                # Friday, no hang on, the day before yesterday").
                if start > 0 and pieces[start - 1] in _HAVE_ON:
                    if pieces[start] in _OPENS_TAKEN_BACK:
                        start += 1
                elif (
                    start > 0
                    and pieces[start - 1] in _OPENS_TAKEN_BACK
                    and not (start > 1 and pieces[start - 2] in _HAVE_ON)
                ):
                    start -= 1
                return pieces[:start] + pieces[end:]
    return pieces


# The verbs whose "on" is theirs, never a time's ("had on", "put on").
_HAVE_ON: Final = frozenset({"have", "had", "has", "having", "put", "putting"})


def _last_marker(
    pieces: list[str], language: str, now: datetime, zone: tzinfo
) -> tuple[int, int] | None:
    """Return (start, end) of the last correction word that a time follows."""
    markers = _MARKERS.get(language, _MARKERS["en"])
    for start in range(len(pieces) - 1, 0, -1):
        for marker in markers:
            end = start + len(marker)
            if tuple(pieces[start:end]) != marker:
                continue
            # "I mean, yeah, last year": a filler before the time meant
            # goes with the correction (blind writer 491).
            fillers = _FILLERS["de" if language == "de" else "en"]
            while end < len(pieces) and pieces[end] in fillers:
                end += 1
            if _time_at_start(pieces[end:], language, now, zone):
                return start, end
            if (whole := _all_time_at(pieces, end)) and _ends_timed(
                pieces[:start], language, now, zone
            ):
                # "Or, scratch that, at all last weekend": the time after
                # "at all" is meant; "heute, nee, überhaupt": all of it.
                rest = pieces[end + whole :]
                timed = _time_at_start(rest, language, now, zone)
                return start, end + whole if timed else end
    return None


# Words that say all of time after a time taken back ("heute, nee,
# überhaupt das letzte", "these days, scratch that, just in general").
_ALL_TIME: Final = (
    ("überhaupt",),
    ("insgesamt",),
    ("seit", "anfang", "an"),
    ("ever",),
    ("at", "all"),
    ("just", "in", "general"),
    ("in", "general"),
    ("of", "all", "time"),
    ("all", "time"),
)


def _all_time_at(pieces: list[str], start: int) -> int:
    """Return how many words from `start` say all of time, or 0."""
    for words in _ALL_TIME:
        if tuple(pieces[start : start + len(words)]) == words:
            return len(words)
    return 0


def _ends_timed(pieces: list[str], language: str, now: datetime, zone: tzinfo) -> bool:
    """Whether a time ends `pieces`, at most `_AFTER` words from their end."""
    return _without_last_time(pieces, language, now, zone) != pieces


# Sounds and fillers said between a correction and the time meant.
# German "um" opens a clock ("nee warte, um acht").
_FILLERS: Final = {
    "en": frozenset({"yeah", "uh", "um", "er", "erm", "like"}),
    "de": frozenset({"äh", "ähm", "öh"}),
}


def is_marker(words: str, language: str) -> bool:
    """Return whether `words` are a correction word alone ("nee", "no wait")."""
    markers = _MARKERS.get(language, _MARKERS["en"])
    pieces = tuple(words.split())
    # "Nee warte", "no sorry i mean": correction words one after another.
    while pieces:
        found = next(
            (marker for marker in markers if pieces[: len(marker)] == marker), None
        )
        if found is None:
            return False
        pieces = pieces[len(found) :]
    return bool(words.split())


# A time made exact after the question, "I mean" said after it ("wie viele
# Platten haben wir am Wochenende gespielt, dat letzte Wochenende mein ich",
# "what did I play at the weekend, last weekend I mean"): the time meant,
# said as "ich mein X" so the correction drops the first (issue 45's
# twentieth turn: it read "am Wochenende" twice, as weekends compared). Only
# a clause of its own (after a comma) that is a time; "Queen mein ich" is a
# name's and stays.
_MEANT_AFTER_TIME = {
    "en": re.compile(
        r",\s*(?:the\s+)?(?P<time>[^,]+?)\s*,?\s+i\s+mean[\s.!?]*$", re.IGNORECASE
    ),
    "de": re.compile(
        r",\s*(?:(?:das|die|den|der|dem|dat)\s+)?(?P<time>[^,]+?)\s*,?\s+"
        r"(?:mein|meine|meinte)\s+ich[\s.!?]*$",
        re.IGNORECASE,
    ),
}


def time_meant_first(text: str, language: str, now: datetime, zone: tzinfo) -> str:
    """Return `text` with a closing ", X mein ich" said ", ich mein X"."""
    pattern = _MEANT_AFTER_TIME["de" if language == "de" else "en"]
    found = pattern.search(text)
    if found is None or not _is_period(
        normalize(found.group("time")).split(), language, now, zone
    ):
        return text
    meant = "ich mein" if language == "de" else "i mean"
    return f"{text[: found.start()]}, {meant} {found.group('time')}"


# The words that deny a time said after another ("this summer, not last
# year"): the time denied is no time of the question (here and in
# `put_right_first`).
DENIALS: Final = {
    "en": frozenset({"not"}),
    "de": frozenset({"nicht", "net", "ned", "nit", "nid", "nöd"}),
}


def _without_denied(
    pieces: list[str], language: str, now: datetime, zone: tzinfo
) -> list[str]:
    """Drop "not X" where X is a time and a time was said before it.

    "Mein Lied vom Sommer, des Johr, net letscht Johr": this year's summer,
    never last year's (a Swabian parent, issue 45's thirty-fifth turn).
    """
    denials = DENIALS.get(language, DENIALS["en"])
    for start in range(len(pieces) - 1, 0, -1):
        if pieces[start] not in denials:
            continue
        rest = pieces[start + 1 :]
        length = next(
            (
                length
                for length in range(min(_SPAN, len(rest)), 0, -1)
                if _is_period(rest[:length], language, now, zone)
            ),
            0,
        )
        if length and _time_at_start_anywhere(pieces[:start], language, now, zone):
            return pieces[:start] + pieces[start + 1 + length :]
    return pieces


def _time_at_start_anywhere(
    pieces: list[str], language: str, now: datetime, zone: tzinfo
) -> bool:
    """Return whether any run of `pieces` names a time."""
    return any(
        _is_period(pieces[start : start + length], language, now, zone)
        for start in range(len(pieces))
        for length in range(min(_SPAN, len(pieces) - start), 0, -1)
    )


def _day_taken_back(said: list[str], kept: list[str]) -> list[str]:
    """Return the day of the words taken back with a clock ("vorgestern").

    `kept` is `said` with the time taken back left out (not always its
    head: "was lief vorgestern um" keeps "um"). "The day before yesterday"
    is kept whole, never as its last word (issue 45's forty-second turn).
    """
    dropped: list[str] = []
    index = 0
    for word in said:
        if index < len(kept) and word == kept[index]:
            index += 1
        else:
            dropped.append(word)
    text = " ".join(dropped)
    if "day before yesterday" in text:
        return ["the", "day", "before", "yesterday"]
    return [word for word in dropped if word in _DAYS][-1:]


def take_back(
    pieces: list[str], language: str, now: datetime, zone: tzinfo
) -> list[str]:
    """Drop a time taken back and its correction word; the last time said wins.

    "last month no wait in september" is "in september"; "vorgestern nee
    gestern" is "gestern"; "oder war das vorgestern nee gestern" too; a
    time denied after another ("this month, not last month") goes too.
    """
    pieces = _without_denied(pieces, language, now, zone)
    while (found := _last_marker(pieces, language, now, zone)) is not None:
        start, end = found
        # "Letztes Jahr, noi wart, dieses Jahr": correction words said one
        # after another go together.
        while start > 0 and is_marker(pieces[start - 1], language):
            start -= 1
        before = _without_last_time(pieces[:start], language, now, zone)
        # "Since March, or, no, since October": the "or" went with March.
        if before and before[-1] in ("or", "oder"):
            before = before[:-1]
        after = pieces[end:]
        # "Gestern um halb neun, nein wart, um acht": only the clock is
        # taken back, the day it was said on stays (issue 45's thirty-sixth
        # turn).
        opener = (
            pieces[start - 1] if start and pieces[start - 1] in _CLOCK_OPENERS else None
        )
        if after and not _DAYS & set(after) and (after[0] in _CLOCK_OPENERS or opener):
            # "The day before yesterday at, hang on, nine at night": the
            # clock said after the break is the one the day was said with.
            said_opener = (
                [] if after[0] in _CLOCK_OPENERS or opener is None else [opener]
            )
            after = _day_taken_back(pieces[:start], before) + said_opener + after
            # "vorgestern um, nee warte, um neun": one "um".
            if before and before[-1] in _OPENS_TAKEN_BACK:
                before = before[:-1]
        pieces = before + after
    return pieces


# -- a name taken back ------------------------------------------------------------------

# Words that take back a name said before them ("Air, I mean Justice"). Never
# a bare "no" or "nee": "No Woman No Cry" is a name, "sorry" too when it
# opens one ("Sorry Seems to Be the Hardest Word").
_NAME_MARKERS = {
    "en": (
        r"i mean|i meant|no wait|no sorry|sorry i mean|sorry i meant|or rather"
        r"|scratch that|not that|sorry|make that"
    ),
    "de": (
        r"ich mein|ich meine|ich meinte|nee warte|nein warte|ne warte|quatsch"
        r"|oder besser|sorry|nee ich mein|nein ich mein|äh nee|ach nee"
        # No German title holds "nee" or "nein" between two names.
        r"|nee|nein"
    ),
}
# What says after a name that it is the one meant: "Justice mein ich".
_MEANT_AFTER = {
    "en": re.compile(r"[\s,]+(?:i mean|i meant)[\s,.]*$", re.IGNORECASE),
    "de": re.compile(r"[\s,]+(?:mein ich|meine ich|meinte ich)[\s,.]*$", re.IGNORECASE),
}


# A clause opening with these says the name meant ("sorry" or "nee" may
# open chat: "sorry, I'm cooking").
_OPENS_CORRECTION = {
    "en": re.compile(r"(?:well )?(?:i mean|i meant|or rather|make that|no wait) \S"),
    "de": re.compile(r"(?:ich mein|ich meine|ich meinte|oder besser|nee warte) \S"),
}


def opens_correction(words: str, language: str) -> bool:
    """Whether normalised `words` open with a name's correction and go on.

    "i mean justice", "ich mein justice": the clause says the name meant,
    no chat after the question.
    """
    return (
        _OPENS_CORRECTION[language if language == "de" else "en"].match(words)
        is not None
    )


def take_back_name(said: str, language: str) -> str:
    """Return the name said after the last correction in `said`, or `said`.

    "Air, I mean Justice" is Justice; "Air nee warte Justice" too. A
    correction word that opens or ends the words is no correction.
    """
    markers = _NAME_MARKERS.get(language, _NAME_MARKERS["en"])
    said = _MEANT_AFTER.get(language, _MEANT_AFTER["en"]).sub("", said)
    # A bare "no" takes a name back only between commas ("the album
    # homework, no, discovery"; blind writer 491): "No Woman No Cry" keeps
    # its words.
    bare = r"|,\s*(?:no|nah|nope)\s*," if language != "de" else ""
    pattern = re.compile(rf"[\s,]+(?:{markers})[\s,]+(?=\S){bare}", re.IGNORECASE)
    found = None
    for match in pattern.finditer(said):
        found = match
    if found is None or not said[: found.start()].strip(" ,"):
        return said
    return said[found.end() :].strip(" ,")

"""A time corrected after a sound: "gestern Abend, äh, letzte Nacht" (issue 45's sixty-sixth turn).

A self-correcting writer (blind writer 451) took a time back with no word
of correction, only a sound between the two: "wie viele Lieder
hab ich heute, äh, diese Woche gespielt", "lief bei mir letzten Freitag,
äh, am Samstag Daft Punk", "was haben wir letzten Monat, äh, im Oktober
so gehört". The sound was dropped as a hesitation and both times were
read (the first left in the name or asked about, the second unreadable).
The time said last is meant, as after "nee" (`corrections.take_back`):
the sound is written as "nee" when a time ends the words before it and a
time begins the words after it, and only then; a sound anywhere else
stays a hesitation. "also" is no correction: it restates ("im Sommer
letzten Jahres, also Juni bis August").
"""

from datetime import datetime, tzinfo
import re
from typing import Final

from ...history.periods import PeriodName
from ..when import normalize, parse_when

# A sound set off by a comma before it; never "also", which restates
# ("im Sommer letzten Jahres, also Juni bis August": a pinned reading).
_BETWEEN: Final = re.compile(
    r",\s*(?:äh+m*|öh+m*|ähm+|hm+)\s*,?\s+(?=\S)", re.IGNORECASE
)
# The longest run of words read as a time on either side.
_SPAN: Final = 5
# Words that open a time without being it ("am Samstag", "im Oktober").
_OPENERS: Final = frozenset({"am", "im", "um", "in", "an", "vom", "seit"})


def _is_period(words: list[str], now: datetime, zone: tzinfo) -> bool:
    found = parse_when(" ".join(words), "de", now, zone) if words else None
    return found is not None and found.period.name is not PeriodName.ALL_TIME


def _ends_with_time(words: list[str], now: datetime, zone: tzinfo) -> bool:
    return any(
        _is_period(words[-length:], now, zone)
        for length in range(min(_SPAN, len(words)), 0, -1)
    )


def _starts_with_time(words: list[str], now: datetime, zone: tzinfo) -> bool:
    first = 1 if words and words[0] in _OPENERS else 0
    return any(
        _is_period(words[start : start + length], now, zone)
        for start in {0, first}
        for length in range(min(_SPAN, len(words) - start), 0, -1)
    )


# A guess at the count said after the question ("..., so zwanzig?"): the
# question is still asked, the guess is no name (writer 451).
_GUESSED_COUNT: Final = re.compile(
    r",\s*(?:so|etwa|ungefähr|circa|vielleicht|bestimmt)\s+(?:\d+|zehn|zwanzig|dreißig"
    r"|vierzig|fünfzig|hundert|(?:ein|zwei|drei|vier|fünf)und(?:zwanzig|dreißig|vierzig)"
    r")(?:\s+(?:mal|oder so|stück))?\s*\?*\s*$",
    re.IGNORECASE,
)


# A year said after a season or a month narrows it, takes nothing back:
# "eine Zusammenfassung vom Sommer, äh, heuer" is this year's summer.
_SEASON_OR_MONTH: Final = re.compile(
    r"(?:sommer|winter|herbst|frühling|frühjahr|januar|jänner|februar|märz|april"
    r"|mai|juni|juli|august|september|oktober|november|dezember)$"
)
_A_YEAR: Final = re.compile(
    r"^(?:heuer|dieses jahr(?:es)?|letztes jahr|letzten jahres|vom letzten jahr"
    r"|(?:im jahr )?\d{4})\b"
)


def sound_as_correction(text: str, language: str, now: datetime, zone: tzinfo) -> str:
    """Return `text` with a sound between two times said as "nee", a guess dropped."""
    if language != "de":
        return text
    text = _GUESSED_COUNT.sub("?", text)
    for found in reversed(list(_BETWEEN.finditer(text))):
        before = normalize(text[: found.start()]).split()
        after = normalize(text[found.end() :]).split()
        if _SEASON_OR_MONTH.search(" ".join(before)) and _A_YEAR.match(" ".join(after)):
            continue
        if _ends_with_time(before, now, zone) and _starts_with_time(after, now, zone):
            text = f"{text[: found.start()]}, nee, {text[found.end() :]}"
    return text

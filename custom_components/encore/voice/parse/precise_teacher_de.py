"""A Hanover grammar-school teacher's exact German (issue 45's seventy-third turn, blind round twelve).

Blind writer 500 says a day's part in the genitive ("am Vormittag des
heutigen Tages", "am Abend des vergangenen Samstags"): the day alone was
read and the part asked back, or the whole Saturday answered (a wrong
fact). She says when a week began by its noun ("seit Wochenbeginn"). Her
periods said again ("im laufenden Jahr, das heißt seit dem ersten
Januar", "am vergangenen Wochenende, am vierzehnten und fünfzehnten")
are `spelled_out`'s, her clock said again ("um Viertel vor acht, also um
neunzehn Uhr fünfundvierzig") `clock_said_again_de`'s.
"""

from datetime import datetime, tzinfo
import re
from typing import Final

from ..when import normalize, parse_when
from .periods import find_period
from .rules import Rule, rewrite

_PART = r"(morgen|vormittag|mittag|nachmittag|abend)"
_DAY = r"(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_TODAY = {"heutigen": "heute", "gestrigen": "gestern", "vorgestrigen": "vorgestern"}

PRECISE_TEACHER: Final[tuple[Rule, ...]] = (
    # "am Vormittag des heutigen Tages": this morning.
    (
        rf"\b(?:am|im verlauf des|im laufe des) {_PART} des (heutigen|gestrigen|vorgestrigen) tages\b",
        lambda found: f"{_TODAY[found[2].lower()]} {found[1].capitalize()}",
    ),
    # "am Abend des vergangenen Samstags": last Saturday evening.
    (
        rf"\bam {_PART} des (?:vergangenen|letzten|vorigen) {_DAY}s?\b",
        lambda found: f"am letzten {found[2].capitalize()}{found[1].lower()}",
    ),
    # "Sagen Sie mir bitte, ob ich ... gehört habe.": her polite question
    # said as a request, its full stop the question's mark.
    (
        r"^\s*(?:sagen|nennen|teilen) sie mir(?: bitte)?(?: mit)?,? (ob|wann|wie|was|wer|welche\w*)\b(.+?)\.?$",
        r"Könnten Sie mir sagen, \1\2?",
    ),
    # "seit Wochenbeginn", "seit Beginn der Kalenderwoche": this week.
    (
        (
            r"\bseit (?:dem )?(?:wochenbeginn|wochenanfang|(?:beginn|anfang) der"
            r" (?:laufenden )?kalenderwoche)\b"
        ),
        "seit Anfang der Woche",
    ),
)


def said_as_precise_teacher(text: str) -> str:
    """Return `text` with a precise teacher's periphrases said plainly."""
    return " ".join(rewrite(PRECISE_TEACHER, text, re.IGNORECASE).split())


# "gestern Abend um Viertel vor acht, also um neunzehn Uhr fünfundvierzig":
# the clock said again, exactly. Only after a period whose moment is the
# same hour and minute: "um acht, also um 20 Uhr" sets the half of the day
# the first left open, and stays for the reader of clocks.
_CLOCK_AGAIN: Final = re.compile(
    r"^(?P<before>.+?\bum\b[^,;:]+?)[,;]\s+(?:also|das heißt|sprich|genauer gesagt|d\.\s?h\.)"
    r",?\s+(?P<again>um [^,;?!]+?)(?P<after>\s*(?:[,;][^?!]*)?[?.!]*)$",
    re.IGNORECASE,
)


def without_clock_said_again_de(text: str, now: datetime, zone: tzinfo) -> str:
    """Return `text` without a clock said again that names the moment before it."""
    if (found := _CLOCK_AGAIN.match(text)) is None:
        return text
    pieces = re.sub(r"[,;:.?!]", " ", normalize(found["before"])).split()
    span = find_period(pieces, "de", now, zone)
    first = parse_when(span.words, "de", now, zone) if span is not None else None
    again = parse_when(f"heute {normalize(found['again'])}", "de", now, zone)
    if (
        first is None
        or again is None
        or first.moment is None
        or first.other_half is not None
        or again.moment is None
    ):
        return text
    if (first.moment.hour, first.moment.minute) != (
        again.moment.hour,
        again.moment.minute,
    ):
        return text
    return f"{found['before']}{found['after']}"

"""Times said in another language of the household inside an English question.

Issue 45's fiftieth turn: a Filipino nurse in London said the day in
Tagalog ("how long was i listening kagabi", "what was i listening to
kahapon") and a Nairobi speaker in Swahili ("jana, how many times did I
play something", "which song was on at saa mbili usiku jana"). The time
was no time to the English reader, and the answer was about today: a
wrong fact. Each is written here as the English time it means, before the
question is read.

Swahili counts the hours from sunrise, six in the morning: "saa mbili" is
the second hour, eight o'clock, "usiku" (night) and "jioni" (evening) make
it the evening's, "asubuhi" (morning) the morning's.
"""

import re
from typing import Final

from .rules import Rule

# Swahili's hours, counted from six o'clock.
_SWAHILI_HOURS: Final = {
    "moja": 1,
    "mbili": 2,
    "tatu": 3,
    "nne": 4,
    "tano": 5,
    "sita": 6,
    "saba": 7,
    "nane": 8,
    "tisa": 9,
    "kumi na moja": 11,
    "kumi na mbili": 12,
    "kumi": 10,
}
_SWAHILI_PARTS: Final = {
    "asubuhi": "am",
    "mchana": "pm",
    "jioni": "pm",
    "usiku": "pm",
}


def _swahili_clock(found: re.Match[str]) -> str:
    """Return "saa mbili usiku" as "8 pm": the hour after six, in its half of the day."""
    hour = (_SWAHILI_HOURS[found["hour"]] + 6) % 12 or 12
    half = _SWAHILI_PARTS.get(found["part"] or "", "")
    if found["part"] == "asubuhi" and hour == 12:
        half = "pm"
    return f"{hour} {half}".strip()


BORROWED_TIMES_EN: Final[tuple[Rule, ...]] = (
    # Tagalog: last night, yesterday, earlier today.
    (r"\bkagabi\b", "last night"),
    (r"\bkahapon\b", "yesterday"),
    (r"\bkanina\b", "earlier today"),
    # Swahili: the clock first ("saa mbili usiku"), then the days.
    (
        (
            r"\bsaa (?P<hour>kumi na moja|kumi na mbili|moja|mbili|tatu|nne|tano|sita|saba"
            r"|nane|tisa|kumi)(?: (?P<part>asubuhi|mchana|jioni|usiku))?\b"
        ),
        _swahili_clock,
    ),
    # "Jana" and "Leo" are names too ("Leo, not the knife, ..."): Swahili's
    # days only after another word, never first, where a name is called.
    (r"(?<=\w )juzi\b", "the day before yesterday"),
    (r"(?<=\w )jana\b", "yesterday"),
    # Said first, "jana" is the day only where the question says no other
    # time ("jana, how many times did I play something").
    (
        (
            r"^jana\b,?(?!.*\b(?:today|tonight|yesterday|week|month|year|ever|night|morning|evening"
            r"|afternoon|weekend|since|last|this|\w+day)\b)"
        ),
        "yesterday,",
    ),
)

# The minutes to an hour as regions say them (moved here from `everyday_en`,
# which had grown past its size): read before the everyday words.
CLOCKS_SAID_EN: tuple[Rule, ...] = (
    # A Texan's "a quarter till eight" is a quarter to eight.
    (r"\b(quarter|ten|five|twenty|twenty-five|twenty five) till\b", r"\1 to"),
    # New England's "a quarter of eight", "around ten of nine" (issue 45's
    # sixty-first turn, blind writer 402, a Bostonian: the clock was left
    # out and the whole night answered): minutes to the hour; "of" before a
    # clock's hour only, never "ten of my songs".
    (
        (
            r"\b(quarter|(?<=\bat )(?:ten|five|twenty)|(?<=\baround )(?:ten|five|twenty)"
            r"|(?<=\babout )(?:ten|five|twenty)) of (one|two|three|four|five|six|seven"
            r"|eight|nine|ten|eleven|twelve|[1-9]|1[0-2])\b(?! (?:songs?|tracks?|tunes?"
            r"|plays?|times|episodes?|them|those|artists?|bands?|albums?|minutes|hours)\b)"
        ),
        r"\1 to \2",
    ),
)

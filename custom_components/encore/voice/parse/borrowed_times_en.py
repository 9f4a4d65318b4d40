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

_HOUR = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
    r"|twenty one|twenty two|twenty three)"
)
# A clock's hour and minutes said as words, for the 24-hour clock a French
# speaker counts in ("vingt heures": twenty hours) and its minutes.
_UNITS: Final = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen"
    " fourteen fifteen sixteen seventeen eighteen nineteen twenty"
)


def _clock_words() -> dict[str, int]:
    """Return each clock number said as words, "twenty-one" and "twenty one" alike."""
    words = {word: number for number, word in enumerate(_UNITS.split(" "))}
    words |= {"thirty": 30, "forty": 40, "fifty": 50}
    return words | {
        f"{tens}{space}{unit}": words[tens] + words[unit]
        for tens in ("twenty", "thirty", "forty", "fifty")
        for unit in ("one", "two", "three", "five")
        for space in (" ", "-")
    }


_CLOCK_WORDS: Final = _clock_words()
_AFTERNOON_HOUR = (
    r"(?:1[3-9]|2[0-3]|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty[ -](?:one|two|three)|twenty)"
)
_SAID_MINUTES = (
    r"(?:five|ten|fifteen|twenty[ -]five|twenty|thirty[ -]five|thirty|forty[ -]five|forty"
    r"|fifty[ -]five|fifty|\d{1,2})"
)


def _clock_number(word: str) -> int:
    """Return the number of a clock's hour or minutes said as a word or digits."""
    return int(word) if word.isdigit() else _CLOCK_WORDS[word.lower()]


def _said_in_hours(found: re.Match[str]) -> str:
    """Return "at twenty hours less the quarter" as "at 19:45", its clock in digits."""
    hour = _clock_number(found["hour"])
    minutes = 0
    if found["less"]:
        minutes = (
            -15
            if found["less"].lower().endswith("quarter")
            else -_clock_number(found["less_by"])
        )
    elif found["plus"]:
        said = found["plus"].lower()
        minutes = (
            15 if said == "quarter" else 30 if said == "half" else _clock_number(said)
        )
    elif found["minutes"]:
        minutes = _clock_number(found["minutes"])
    hour, minutes = divmod(hour * 60 + minutes, 60)
    return f"at {hour % 24}:{minutes:02d}"


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
    # The 24-hour clock in words (issue 45's sixty-fifth turn, blind writer
    # 429: "at twenty hours less the quarter", "at twenty one hours" had
    # left the clock out and the whole day answered, a wrong fact), and an
    # hour's minutes said after "hours" ("at eight hours ten in the
    # evening"): the clock in digits, which every reader of times reads.
    (
        (
            rf"\bat (?P<hour>{_AFTERNOON_HOUR}) (?:hours?|h|o'clock)"
            rf"(?: (?:less|minus) (?P<less>(?:the |a )?quarter|(?P<less_by>{_SAID_MINUTES})(?: minutes?)?)"
            r"| and (?:a |the )?(?P<plus>quarter|half|"
            + _SAID_MINUTES
            + r")(?: minutes?)?"
            rf"| (?P<minutes>{_SAID_MINUTES})(?: minutes?)?)?\b"
        ),
        _said_in_hours,
    ),
    (
        rf"\bat (?P<hour>{_HOUR}) hours? (?P<minutes>{_SAID_MINUTES})(?: minutes?)?\b(?P<less>)(?P<plus>)",
        _said_in_hours,
    ),
)

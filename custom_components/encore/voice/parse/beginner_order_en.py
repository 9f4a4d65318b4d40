"""A beginner's English: the period first, the question word last (blind writer 449).

A speaker of A2 English says the period first, then what is asked, and
the question word last, with bare verbs: "last friday cafe tacuba i hear
or no" (read as the name's last play ever, a wrong fact), "day before
yesterday one more time by daft punk i listen or not" (its "one" read as
a clock, what played at one answered: a wrong fact), "our home last month
play how many song" ("home" read as a name, a wrong fact), "october first
song i listen what" (what played on the first of October answered),
"last friday first play song which one", and the parts of the week said by
their days, "monday to friday or saturday sunday, when i listen more
music" (Sunday's peak answered, a wrong fact). Each rule puts the question
word first and keeps the period and the name as said; a period said first
is a period only when it is one of the calendar's words.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_WEEKDAY: Final = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)"
)
# A period said first: the calendar's words only, so a name is never taken
# for one.
_PERIOD_WORDS: Final = (
    r"(?:(?:the )?day before yesterday|yesterday(?: (?:night|morning|afternoon|evening))?"
    r"|today|this (?:morning|afternoon|evening|week|weekend|month|year)"
    rf"|last (?:night|week|weekend|month|year|{_WEEKDAY})|(?:on )?{_WEEKDAY}"
    r"|(?:the )?(?:last|past) (?:two|three|four|\d+) (?:days?|weeks?|months?))"
)
_PERIOD: Final = rf"(?P<when>{_PERIOD_WORDS})"
_VERB: Final = r"(?P<verb>listen|play|hear)(?:ed|d)?(?: to)?"
_PLAIN: Final = {"listen": "listen to", "play": "play", "hear": "hear"}


def _did_i(found: re.Match[str]) -> str:
    """Return "last friday X i hear or no" as "did i hear X last friday"."""
    verb = _PLAIN[found["verb"].lower()]
    return f"did i {verb} {found['name']} {found['when']}"


def _first_or_last(found: re.Match[str]) -> str:
    """Return "october first song i listen what" as the first song of October."""
    when = found["when"]
    if re.fullmatch(_MONTH, when, re.IGNORECASE):
        when = f"in {when}"
    return f"what was my {found['which'].lower()} {found['kind']} {when}"


def _what_then(found: re.Match[str]) -> str:
    """Return "november third what song i play" as what played on that day."""
    when = found["when"]
    if re.match(_MONTH, when, re.IGNORECASE):
        when = f"on {when}"
    kind = found["kind"] or ""
    return f"what{kind} did i {_PLAIN[found['verb'].lower()]} {when}"


_ORDINAL: Final = {
    "one": "first",
    "two": "second",
    "three": "third",
    "four": "fourth",
    "five": "fifth",
    "six": "sixth",
    "seven": "seventh",
    "eight": "eighth",
    "nine": "ninth",
    "ten": "tenth",
    "eleven": "eleventh",
    "twelve": "twelfth",
    "thirteen": "thirteenth",
    "fourteen": "fourteenth",
    "fifteen": "fifteenth",
    "sixteen": "sixteenth",
    "seventeen": "seventeenth",
    "eighteen": "eighteenth",
    "nineteen": "nineteenth",
    "twenty": "twentieth",
    "thirty": "thirtieth",
}

_UNITS: Final = "one|two|three|four|five|six|seven|eight|nine"

_BEGINNER_EN: Final[tuple[Rule, ...]] = (
    # The day of a month said as its number's word ("november three what
    # song i play", Taglish "nung november three"): its ordinal, which the
    # time reader knows; "november" alone had been read. Never before a
    # word it counts ("october three times"), in a year said in words
    # ("September twenty twenty-six"), nor after "this" ("this november
    # one": this November's).
    (
        (
            r"(?<!this )(?<!last )(?<!next )"
            rf"\b(?P<month>{_MONTH}) (?P<day>(?:(?:twenty|thirty) (?:{_UNITS}(?!\w))|{'|'.join(_ORDINAL)}))\b"
            r"(?! (?:times?|hours?|minutes?|days?|weeks?|songs?|tracks?|o'clock|pm|am|p\.m\.|a\.m\.)\b)"
            r"(?!-| (?:twenty|nineteen|two thousand|\d))"
        ),
        lambda found: (
            f"{found['month']} "
            + re.sub(r"\w+$", lambda last: _ORDINAL[last[0].lower()], found["day"])
        ),
    ),
    # "Last friday cafe tacuba i hear or no", "day before yesterday one more
    # time by daft punk i listen or not": whether the name played then. The
    # name holds no pronoun or question word; the period is the calendar's.
    (
        (
            rf"^{_PERIOD},? (?P<name>(?!(?:i|we|what|which|how|who|the (?:first|last))\b)"
            r"(?:(?!\b(?:i|we|you|what|which|how|who)\b)[\w' .&-]){2,50}?),? (?:i|we)"
            rf" (?:already |ever )?{_VERB} or (?:not|no)\W*$"
        ),
        _did_i,
    ),
    # "The daily today i already listen?": the name first, then the period.
    (
        r"^(?P<name>(?!(?:i|we|what|which|how|who|my|our)\b)"
        r"(?:(?!\b(?:i|we|you|what|which|how|who)\b)[\w' .&-]){2,50}?),? "
        + _PERIOD
        + rf",? (?:i|we) already {_VERB}(?: or (?:not|no))?\W*$",
        _did_i,
    ),
    # "November third what song i play", "september month what i listen":
    # what played then.
    (
        (
            rf"^(?P<when>(?:on )?{_MONTH} \w+(?: \w+)?|{_PERIOD_WORDS}),? what"
            rf"(?P<kind> (?:songs?|tracks?|music))? (?:i|we) {_VERB}\W*$"
        ),
        _what_then,
    ),
    (
        rf"^(?P<month>{_MONTH}) month,? what (?:songs? |music )?(?:i|we) {_VERB}\b",
        lambda found: f"what did i {_PLAIN[found['verb'].lower()]} in {found['month']}",
    ),
    # "Past two week how many hour music i have on": how long.
    (
        rf"^{_PERIOD},? how many hours? (?:of )?music (?:i|we) (?:have on|had on|{_VERB})\W*$",
        r"how long did i listen \g<when>",
    ),
    # "You think i like what style music": the taste.
    (
        (
            r"^(?:you think |do you think )?(?:i|we) like what (?:style|kind|type|sort)"
            r" (?:of )?music\W*$"
        ),
        "what kind of music do i like",
    ),
    # "How many day one by one i listen already, no stop", "continue listen
    # how many day already": the streak of days.
    (
        (
            r"^how many days? one by one (?:i|we) (?:listen|play)(?:ed)?(?: already)?"
            r"(?:,? (?:no stop|nonstop|never stop))?\W*$"
        ),
        "how many days in a row have i listened",
    ),
    (
        (
            r"^(?:continue|continuous|nonstop|no stop) (?:listen|play)(?:ing)? how many days?"
            r"(?: already)?\W*$"
        ),
        "how many days in a row have i listened",
    ),
    # "Last month music report please", "my week music how, tell me": the
    # period's recap.
    (
        rf"^{_PERIOD},? (?:my )?music (?:report|summary)(?: please)?\W*$",
        r"recap \g<when>",
    ),
    (
        r"^my (week|month|year) music how\b[\w ,]*$",
        r"recap this \1",
    ),
    # "How many song i skip, compare all play": the skip rate.
    (
        (
            r"^how many songs? (?:i|we) skip(?:ped)?,? compare(?:d)? (?:to |with )?"
            r"(?:all|everything)(?: (?:i |we )?play(?:ed)?)?\W*$"
        ),
        "what is my skip rate",
    ),
    # "Our home last month play how many song": the household's count, its
    # "home" no name.
    (
        r"^our (?:home|house|household|family),? (?P<rest>"
        + _PERIOD
        + r",? (?:we )?(?:play|listen|hear)(?:ed|d)?(?: to)? how many\b)",
        lambda found: re.sub(
            r",? (?:we )?(play|listen|hear)", r" we \1", found["rest"], count=1
        ),
    ),
    # "October first song i listen what", "last friday first play song which
    # one": the first or last song of the period, never what played on the
    # first of October.
    (
        (
            rf"^(?P<when>{_MONTH}|{_PERIOD_WORDS}),? (?:the )?(?P<which>first|last)"
            r"(?: one)? (?:play(?:ed)? )?(?P<kind>song|track|tune|podcast|episode)"
            rf"(?: (?:i|we) {_VERB})? (?:what|which(?: one)?|what name)\W*$"
        ),
        _first_or_last,
    ),
    # "Monday to friday or saturday sunday, when i listen more": the parts
    # of the week compared by their days, never Sunday's peak.
    (
        (
            r"\bmonday (?:to|till|until|through|-) friday (or|vs\.?|versus)"
            r" saturday(?:,| and| or)? sunday\b"
        ),
        r"weekdays \1 weekends",
    ),
    (
        (
            r"\bsaturday(?:,| and)? sunday (or|vs\.?|versus) monday"
            r" (?:to|till|until|through|-) friday\b"
        ),
        r"weekends \1 weekdays",
    ),
)


def said_as_beginner_en(text: str) -> str:
    """Return a beginner's period-first English question in English order."""
    return rewrite(_BEGINNER_EN, text, re.IGNORECASE)

"""A phone typist's shorthand in the Assist chat box (issue 45's seventy-fifth turn, blind writer 514).

Thumbed in lowercase without stops, her times are clipped past what the
shorthand table reads: "lst 7 days", "lst 3 mo", "lst fri", a date as
"11/3". Each was no time at all, and the question was answered over all
time or today instead (a wrong fact). She opens with "quick q", "k so",
"thx n", writes "hw" for how, "w" for with, and her fat thumbs swap
letters in the words a question is read by ("tiem", "muisc", "lsitened").

Run on the words as said, before any reader looks for a time; only a
sentence with one of her marks (`_MARK`) is read, so no one else's words
are rewritten. A date written with a slash is month first, as "nov 3" is
said ("11/3" is November 3rd, issue 45's blind round fourteen labels it so).
"""

import re
from typing import Final

from ..when.words import month_names
from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:lst|hw|wat|yday|thx|pls|tiem|muisc|lsitened|quick q|k so|mo)\b"
    r"|\b\d{1,2}/\d{1,2}\b|(?:^|(?<= ))# ",
    re.IGNORECASE,
)

_DAYS: Final = (
    ("mon", "monday"),
    ("tue|tues", "tuesday"),
    ("wed", "wednesday"),
    ("thu|thur|thurs", "thursday"),
    ("fri", "friday"),
    ("sat", "saturday"),
    ("sun", "sunday"),
)

_MONTHS: Final = month_names("en")

_PHONE_SHORTHAND_EN: Final[tuple[Rule, ...]] = (
    # Her openers ask nothing: "quick q hw many ...", "k so wat was ...",
    # "thx n did i ...".
    # Never "so far" ("so far hw many songs this yr": up to now).
    (r"^(?:quick q|k so|k|so|thx n|thx and|thx)[,.]?\s+(?!far\b)(?=\w)", ""),
    # "# of episodes i played this mo": how many.
    # Only first, or as "# of": after a name, "X, # this wk" is its play
    # count, as the parser read it before (issue 45's sixty-fifth turn).
    (r"(?:^# (?:of )?|(?<= )# of )(?=\w)", "how many "),
    # "Lst" before a count of days or a day clipped: "lst 7 days", "lst 3
    # mo", "lst fri" (the table reads it only before a whole word of time).
    (r"\blst (?=\d+ |(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b)", "last "),
    *((rf"\b(last|on|since) (?:{short})\b(?!')", rf"\1 {day}") for short, day in _DAYS),
    (r"\b(last|past) (\d+) mo\b", r"\1 \2 months"),
    # A date with a slash, month first: "on 11/3" is November 3rd; a first
    # number past twelve is the day ("25/11"). Said bare ("wat did i listen
    # to 11/3"), it is the day asked: "on" it; said after a comma ("this
    # morning, 20/11, before ..."), it restates a day said already.
    *(
        (
            rf"\b(on|since|from|til|till|until) {number}/([12]\d|3[01]|0?[1-9])\b",
            rf"\1 {month} \2",
        )
        for number, month in enumerate(_MONTHS, start=1)
    ),
    *(
        (
            rf"\b(on|since|from|til|till|until) (1[3-9]|2\d|3[01])/0?{number}\b",
            rf"\1 {month} \2",
        )
        for number, month in enumerate(_MONTHS, start=1)
    ),
    *(
        (rf"(?<!, )\b{number}/([12]\d|3[01]|0?[1-9])\b", rf"on {month} \1")
        for number, month in enumerate(_MONTHS, start=1)
    ),
    *(
        (rf"(?<!, )\b(1[3-9]|2\d|3[01])/0?{number}\b", rf"on {month} \1")
        for number, month in enumerate(_MONTHS, start=1)
    ),
    # "Hw many", "hw long", "wat did i": how, what; "w" before a time is with.
    (r"\bhw\b", "how"),
    (r"\bwat\b", "what"),
    (
        r"\b(start|started|begin|began|kick off|kicked off|end|ended|finish|finished) w (?=last|this|yesterday|on)\b",
        r"\1 with ",
    ),
    # Her thumbs' swaps in the words a question is read by.
    (r"\btiem\b", "time"),
    (r"\bmuisc\b", "music"),
    (r"\blsitened\b", "listened"),
)


def said_as_phone_shorthand(text: str) -> str:
    """Return `text` with a phone typist's shorthand said in words."""
    return rewrite_marked(_MARK, _PHONE_SHORTHAND_EN, text, squeeze=True)

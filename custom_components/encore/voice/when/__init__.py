"""Spoken periods and moments ("last Friday evening", "seit März"), EN and DE.

One parser for Assist's sentences and the LLM tools: the words a person says
for a time become either a period (a start and an exclusive end, clipped to
now: nothing has been played in the future) or a moment (a clock time, for
"what was playing at 8"). Named calendar periods keep their names, so their
answers read as before ("this week"); every other one gets a label of its
own in the asker's language, built from what was understood, never echoed
from what was heard.

Parts of a day, in both languages: morning 5-12, noon 12-14 (German "Mittag"
only), afternoon 12-18, evening 18-24, night 18-6 of the next morning.
"Lately" and "recently" are the last 14 days. A weekday alone is the last
one that has begun (today's, when today is that day); "last Friday" is the
one before today. A month or a date alone is the last one that has begun.

`split_when` finds such words at the start or end of a longer phrase (a
name said with its period: "Daft Punk last week"), so a period is never taken
for part of a name.

The package, by concern: `words` (the vocabulary of both languages),
`context` (what a reading knows: now, the time zone, labels), `clock`
(clock times and moments), `days` (a day and its part), `years` (years
said in words), `calendar` (a week by its number, a quarter, a
half-year), `misspelt` (time words misspelt or said in dialect),
`periods` (the whole: named and relative periods, seasons, spans, and
`split_when`).
"""

from .clock import clock_words_in_figures, clocks_said, moment_on, other_half
from .context import When, normalize
from .periods import one_time, parse_when, season_by_months, split_when
from .words import (
    CARDINALS,
    DISPLAY_MONTHS,
    LATELY_DAYS,
    month_names,
    number_word,
    said_number,
    weekday_names,
)
from .years import years_in_figures

__all__ = [
    "CARDINALS",
    "DISPLAY_MONTHS",
    "LATELY_DAYS",
    "When",
    "clock_words_in_figures",
    "clocks_said",
    "moment_on",
    "month_names",
    "normalize",
    "number_word",
    "one_time",
    "other_half",
    "parse_when",
    "said_number",
    "season_by_months",
    "split_when",
    "weekday_names",
    "years_in_figures",
]

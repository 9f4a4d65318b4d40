"""English as a Lagos accountant says it (issue 45's seventy-first turn).

Blind writer 481 asked in Nigerian English and Pidgin, beyond what
`nigerian_en` knew: "by 8 in the night", "by noon", "by five past five" (at
that time: "by" was left unread, and "on the 3rd of November by noon"
summed up the whole day, a wrong fact), "since two weeks" (for two weeks),
"I have been on The Daily since ..., how many times" (its plays; "on The
Daily" was read as a room), "any X for August" (in August), "who be the
fresh faces wey enter my music" (new artists), "I don dey listen every day
since how many days now" (the streak), "wetin I first play when I wake up
today" (the first song of today), "how I close my day on ..., which song
was the last" (the last song of that day), "which track I don dey rinse"
(on repeat), "between afternoon and night which one I dey listen pass"
(which part of the day), "how many separate songs enter my ear" (different
songs). Read first of `nigerian_en`, before its own words.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_MONTH: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)"
)
_HOUR: Final = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
)
# A clock time: "8", "9pm", "five past five", "half past seven", "noon".
_CLOCK: Final = (
    rf"(?:noon|midday|midnight|(?:(?:\w+|quarter|half) (?:past|to) )?{_HOUR}"
    r"(?:[:.]\d{2})?(?: ?o'?\s?clock)?(?: ?[ap]\.?m\.?)?)"
)
_PART: Final = r"(?:mornings?|afternoons?|evenings?|nights?)"

_LAGOS_AGAIN_EN: Final[tuple[Rule, ...]] = (
    # "By 8 in the night", "by 9 for night": at 8 pm.
    (rf"\bby ({_HOUR}) (?:o'?\s?clock )?(?:in the|for|at) night\b", r"at \1 pm"),
    (rf"\b({_HOUR}) (?:o'?\s?clock )?in the night\b", r"\1 pm"),
    # "What was playing ... by noon", "wetin play by five past five": at
    # that time, in a question of what played at a moment ("by noon" of
    # what had played before it says no "playing", "hearing" or "wetin").
    (
        (
            r"^(?=.*\b(?:wetin|playing|hearing|listening|dey play|was on|song was|track was"
            r"|(?:i|we) (?:dey )?(?:hear|play|listen)(?! to\b)\b|(?:i|we) (?:dey )?listen to"
            rf"|tune was)\b)(.*?)\bby ({_CLOCK})(?=\W|$)"
        ),
        r"\1at \2",
    ),
    # "I have been on The Daily since two weeks now, how many times": the
    # name's plays in that span.
    (
        (
            r"^(i|we) (?:have been|'ve been|don dey|dey|been) (?:on|listening to|playing) (.+?)"
            r" (since .+?)(?: now)?,? how many times(?: sef| o| abeg)?\W*$"
        ),
        r"how many times have \1 played \2 \3",
    ),
    # "Any X for August": in August, in a yes-or-no question of a name
    # ("what did I play for October" is read as it is elsewhere).
    (
        (
            r"^((?:any|did (?:i|we) (?:play|hear|listen to)|(?:i|we) (?:play|hear|listen to)) .+?)"
            rf" for ({_MONTH}|last (?:week|month|year)|this (?:week|month|year))(?=\W*$)"
        ),
        r"\1 in \2",
    ),
    # "Who be the fresh faces wey enter my music lately": new artists.
    (
        (
            r"^(?:who|which) (?:be|are|were|is) (?:the |dem )?(?:fresh|new) (?:faces|names|voices|artists)"
            r" (?:wey|that|who) (?:enter|entered|don enter|come into|came into) (?:my|our) "
            r"(?:music|playlist|ear|ears|listening|list)\b"
        ),
        "who are the new artists I discovered",
    ),
    # "How many separate songs enter my ear": played.
    (
        r"\b(songs|tracks|tunes|artists) (?:wey |that )?(?:enter|entered|don enter) (?:my|our) (?:ear|ears|head)\b",
        r"\1 did I play",
    ),
    # "I don dey listen every day since how many days now": the streak.
    (
        (
            r"^(?:abeg,? )?(i|we) (?:don dey|dey|don|have been) (?:listen|listening|play|playing)(?: to)?"
            r"(?: music)? every ?day,? since how many days(?: now)?(?: sef| o)?\W*$"
        ),
        r"how many days in a row have \1 listened",
    ),
    (
        r"^(?:abeg,? )?since how many days (i|we) (?:don dey|dey|don|have been) (?:listen|listening|play|playing)(?: to)?(?: music)? every ?day\W*$",
        r"how many days in a row have \1 listened",
    ),
    # "Wetin I first play when I wake up today": the first song of today.
    (
        r"^(?:abeg,? )?(?:wetin|what) (i|we) (?:first )?(?:play|hear|listen to)(?: first)? (?:when|as|after) (?:i|we) (?:wake|woke) up(?: today| this morning)?\W*$",
        r"what was the first song \1 played today",
    ),
    # "How I close my day on the 3rd of November, which song was the last":
    # that day's last song; "how I start my day ..., the first".
    (
        (
            r"^how (i|we) (?:close|end|finish|start|begin|open) (?:my|our) day (.+?),?"
            r" (?:which|what|wetin) (song|track|tune) (?:was|be|na) (?:the )?(first|last)(?: one)?\W*$"
        ),
        r"what was the \4 \3 \1 played \2",
    ),
    # "Which track I don dey rinse these past days": on repeat.
    (
        r"^(which|what) (song|track|tune) (i|we) (?:don )?(?:dey )?rinse(?: am)?(?: well well)?\b",
        r"\1 \2 have \3 had on repeat",
    ),
    # "Between afternoon and night which one I dey listen pass": which part
    # of the day, never the most played.
    (
        (
            rf"^between (?:the )?({_PART}) and (?:the )?({_PART}),? (?:na )?which (?:one|time|period)"
            r" (i|we) (?:dey )?(?:listen|play|hear)(?: to)?(?: music)? (?:pass|most|more)\W*$"
        ),
        r"do \3 listen more in the \1 or the \2",
    ),
    (
        (
            r"^between (?:the )?(weekdays?|weekends?) and (?:the )?(weekdays?|weekends?),? (?:na )?which"
            r" (?:one|time|period) (i|we) (?:dey )?(?:listen|play|hear)(?: to)?(?: music)? (?:pass|most|more)\W*$"
        ),
        r"do \3 listen more at \1 or \2",
    ),
)


def said_as_in_lagos_again(text: str) -> str:
    """Return a Lagos accountant's question in plain English, commas kept."""
    return rewrite(_LAGOS_AGAIN_EN, text, re.IGNORECASE)

"""A Filipino nurse's English and a poor recogniser's split words (issue 45's seventy-fourth turn).

Blind round thirteen. Writer 502, a Filipino nurse in London, speaks
English with Taglish touches that `taglish_en` (Tagalog sentences) does
not know: particles that ask nothing at either end ("ano ba ...", "...
naman", "... di ba", "... po"), the present for the past ("when's the
last time I play the daily", "what song I end with on November 3rd"), a
statement asked with "di ba" ("I play sexy boy by air last weekend di
ba": did I), "for the whole week" as the week so far ("how many hours I
listen for the whole week already": its week had not been read, and the
answer asked back), "for the whole day yesterday" (yesterday, not a name
"whole day"), "the speaker play for me" (I played, not a name "speaker"),
"the band we always play" (the most played, not what was played), "last
last week" (the week before last: last week had been answered), "LSS"
(last song syndrome: the song stuck on repeat). Writer 507's recogniser splits a kind's word ("al
bum", "art ists"): the ranking had been of songs, a wrong fact.

Each rule is bound to words only this speech says, so a plain English
question is left as it was said.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_PERIOD: Final = (
    r"(?:yesterday|today|tonight|last \w+|this \w+|past \w+|since \w+|in \w+"
    r"|on \w+|\d{4}|twenty \w+|(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)\b)"
)
_VERB_PAST: Final = {
    "play": "played",
    "listen to": "listened to",
    "listen": "listened to",
    "hear": "heard",
}


def _whole(found: re.Match[str]) -> str:
    """Return "for the whole week" as this week, or nothing beside a period said."""
    unit = found["unit"].lower()
    rest = found.string[: found.start()] + found.string[found.end() :]
    if re.search(rf"\b{_PERIOD}", rest, re.IGNORECASE):
        return ""
    return " today" if unit == "day" else f" this {unit}"


def _past(found: re.Match[str]) -> str:
    """Return the present said for the past in the past."""
    verb = found["verb"].lower()
    return f"{found['ask']} {found['when']} time {found['who']} {_VERB_PAST[verb]}"


NURSE_TAGLISH_EN: Final[tuple[Rule, ...]] = (
    # A recogniser's split words of a kind: "al bum", "art ists".
    (r"\bal (bums?)\b", r"al\1"),
    (r"\bart (ists?)\b", r"art\1"),
    # A statement asked with "di ba" (isn't it): a yes-or-no question.
    (
        (
            r"^(?P<who>i|we) (?P<verb>play|played|listen to|listened to|hear|heard)"
            r" (?P<rest>.+?),? (?:di ba|diba)\W*$"
        ),
        r"did \g<who> play \g<rest>",
    ),
    # The particles that only carry politeness or a tag, said last.
    # A bare "ba" only after a comma: a misheard name may end in it ("cafe taco ba").
    (r"(?:,?\s+\b(?:po|naman|di ba|diba)|,\s*ba)\W*$", ""),
    (r"\s+\b(?:po|naman)\b(?=,)", ""),
    # Said first: "ano yung playing at ..." (what was playing), "ano my
    # LSS song" (what is my), "ano ba, ..." and "kuya, ..." ask nothing.
    (r"^ano(?: ba)?,? (?:yung )?(?=(?:playing|on) )", "what was "),
    (r"^ano(?: ba)?,? (?=my\b)", "what is "),
    (r"^(?:ano ba|kuya|ate),? (?=\w)", ""),
    # "LSS": last song syndrome, the song stuck on repeat.
    (r"\b(?:my )?lss (song|track|tune)\b", r"my \1 on repeat"),
    # "For the whole week (already)": the week so far; "for the whole day
    # yesterday": yesterday.
    (
        r",? for (?:the|this) whole (?P<unit>day|week|month|year|summer)\b(?: already\b)?",
        _whole,
    ),
    (
        (
            r"\b(?:the|this) whole (?:day|week|month|year|summer) (?=(?:yesterday|today"
            r"|last \w+|this \w+|on \w+)\b)"
        ),
        "",
    ),
    (r"\b(week|month|year|today) already\b", r"\1"),
    # "Last last week": Filipino English for the week before last, never
    # last week (a wrong week answered); "hows": how's, its mark dropped.
    (
        (
            # Never where one track is asked: "which track did I play last
            # last week" is the last track, last week.
            r"^(?!which (?:track|song|tune|album|record|artist|band|podcast|episode)\b)"
            r"(.*?)\blast last (week|weekend|month|year|monday|tuesday|wednesday|thursday"
            r"|friday|saturday|sunday)\b"
        ),
        r"\1the \2 before last",
    ),
    (r"^hows\b", "how's"),
    # "The speaker play for me": I played.
    (
        r"\bthe (?:speaker|speakers|sonos|radio) (?:play|plays|played) for me\b",
        "i played",
    ),
    (
        r"\bthe (?:speaker|speakers|sonos|radio) (?:play|plays|played) for us\b",
        "we played",
    ),
    # The present for the past: "the last time I play", "what song I end
    # with", "the band we always play".
    (
        (
            r"^(?P<ask>when(?:'s| is| was)? the) (?P<when>last|first) time (?P<who>i|we)"
            r" (?P<verb>play|listen to|listen|hear)\b"
        ),
        _past,
    ),
    (
        r"^(?:what|which) (song|track|tune) (i|we) (?:end|finish|close) (?:with|on)\b",
        r"what was the last \1 \2 played",
    ),
    (
        (
            r"\b(?:who's|who is|who was|which is) the (band|artist|singer|group) (i|we)"
            r" (?:always|usually) (?:play|listen to|put on)\b"
        ),
        r"which \1 did \2 play the most",
    ),
)


def said_as_a_nurse(text: str) -> str:
    """Return this speech's words said in plain English."""
    return rewrite(NURSE_TAGLISH_EN, text, re.IGNORECASE)

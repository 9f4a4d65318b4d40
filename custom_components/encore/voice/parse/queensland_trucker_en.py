"""A terse Queensland truckie's clipped English (issue 45's seventy-ninth turn, blind writer 533).

Blind round eighteen's truck driver asks on a rest stop in as few words as
he can. He drops "did I" and asks "or not" after the time: "catch the
daily this morning or not" (whether he heard it: the whole clause had been
read as one name, "catch the daily this morning", with no time). He
"signs off with" the last song of a day ("what'd I sign off with last
weekend": no reader knew it, and the net asked what was meant), and
"knocks off halfway" what he skips ("what artist do I keep knocking off
halfway": the most skipped artist; read as nothing asked). What Home
Assistant's sentences missed of his ("this arvo", "the kitchen speaker",
"where's me streak at", "how many times've I", "X last week, how many
goes", "which band gets a run most") is the sentence file's.

Each rule is bound to its own words: a bare verb of hearing first and "or
not" after a past time, "sign off with", "knock off" said with "halfway"
or "early". Run on the words as said, in `said_as_written_en`.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A past time said in the clipped question: the "or not" asks of it.
_PAST: Final = (
    r"(?:yesterday|today|this (?:morning|arvo|afternoon|week|month|year|summer)"
    r"|last (?:night|week|weekend|month|year|summer|fortnight"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|lately|recently|ever"
    r"|the day before yesterday|(?:since|in) (?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?:over )?the (?:last|past) (?:\w+ )?(?:days|weeks|months|fortnight|week|month))"
)

_QUEENSLAND_TRUCKER_EN: Final[tuple[Rule, ...]] = (
    # "Catch the daily this morning or not", "hear any queen yesterday or
    # what": "did I" dropped, asked of the time said before "or not".
    (
        (
            r"^(?P<verb>catch|hear|play|spin|have|get)\s+(?P<rest>(?!(?:it|this|that|the next|next|i|we|you|they|he|she|me|us|ada)\b)"
            rf".+?\b{_PAST}\b.*?)[,\s]+or (?:not|what|nah|no)\s*[?.!]*$"
        ),
        r"did I \g<verb> \g<rest>",
    ),
    # "What'd I sign off with last weekend": the last song of that time.
    (r"\bsign(?:ed|ing)? off with\b", "finish with"),
    # "What artist do I keep knocking off halfway": skipping it.
    (
        (
            r"\bknock(?P<form>s|ed|ing)?(?: (?:it|them|'em|em))? off"
            r" (?:halfway|half way|half-way|partway|part way|midway|early|before (?:the|its|it's) (?:end|finished|done))"
            r"(?: through)?\b"
        ),
        lambda m: (
            "skip" + {"s": "s", "ed": "ped", "ing": "ping"}.get(m["form"] or "", "")
        ),
    ),
)


def said_by_a_queensland_trucker(text: str) -> str:
    """Return a Queensland truckie's clipped question said in full."""
    return rewrite(_QUEENSLAND_TRUCKER_EN, text, re.IGNORECASE)

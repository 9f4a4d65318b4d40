"""English as a Tamil speaker from India says it (issue 45's fifty-fifth turn, blind writer 346).

Tamil English asks a yes or no with "or not" and no auxiliary ("Justice i
listened or not last weekend?", "Sexy Boy by Air played today morning or
not"), says "totally" for in total, "tell my top five" for tell me, a clock
as "8.30 morning today", and asks "till when i was listening X, last time
when" and "when i started listening X" (the last and the first play).
"""

import re

from .rules import Rule, rewrite

_TAMIL_EN: tuple[Rule, ...] = (
    (r"^tell my (?=(?:top|most|favourite|favorite)\b)", "tell me my "),
    (r"^totally,?\s+", ""),
    (r"\s+totally\b(?= (?:we|i) (?:had|have|did))", ""),
    (r"\bhow many plays (we|i) had\b", r"how many plays did \1 have"),
    (r"\s+out of total\s*([?.!]*)$", r"\1"),
    # "At 8.30 morning today", "at 5.15 evening today": this morning.
    (
        r"\b(\d{1,2})[.:](\d{2}) (morning|afternoon|evening|night) today\b",
        r"\1:\2 this \3",
    ),
    (r"\btoday (morning|afternoon|evening)\b", r"this \1"),
    # The yes or no said with "or not" and no auxiliary.
    (
        r"^([^,?]{2,40}?) (i|we) (listened|played|heard) or not (.+?)\s*\??$",
        r"did \2 \3 \1 \4",
    ),
    (
        r"^(?!.*\b(?:i|we)\b)([^,?]{2,40}?) played (.+?) or not\s*\??$",
        r"did I play \1 \2",
    ),
    (
        r"^any (.+?) (songs|tracks) (i|we) played (.+?)\s*\??$",
        r"did \3 play any \1 \2 \4",
    ),
    # "When i started listening X": the first play; "till when i was
    # listening X, last time when": the last.
    (
        r"^when (i|we) started listening (?:to )?(.+?)(?: podcast)?\s*\??$",
        r"when did \1 first listen to \2",
    ),
    (
        r"^till when (i|we) (?:was|were) listening (?:to )?([^,]+?),?\s*last time when\s*\??$",
        r"when did \1 last listen to \2",
    ),
    (
        r"^(on [^,]+?) which was the first (track|song|tune)\b",
        r"\1 what was the first \2",
    ),
    (
        r"^first time heard (artists|bands|singers) (in (?:the )?last \w+ days) what(?: all)?\s*\??$",
        r"which new \1 did I hear \2",
    ),
)


def said_in_tamil_english(text: str) -> str:
    """Return a Tamil speaker's English question said plainly, commas kept."""
    return rewrite(_TAMIL_EN, text, re.IGNORECASE)

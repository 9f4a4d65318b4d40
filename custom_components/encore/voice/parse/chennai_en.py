"""English as a Chennai student says it (issue 45's seventieth turn, blind writer 477).

Tamil's words said around an English question: "tell no" (tell me, do)
first or last, "enna" (what) first as the question word or last as a tag
with "da", an address said last ("machan", "da", "dei"), and "first time
itself" for a first hearing ("any artist I heard first time itself" asks
which artists were new). The tags had been taken for names ("friday tell
no", "enna da", "when machan"). `tamil_en` reads the rest of this speech;
this reader runs before it.
"""

import re

from .rules import Rule, rewrite

_CHENNAI_EN: tuple[Rule, ...] = (
    # "Tell no", "tell na" first or last: asks nothing of its own.
    (r"^tell (?:no|na|me na|me no),?\s+", ""),
    (r",?\s+tell (?:no|na|me na|me no)\s*([?.!]*)$", r"\1"),
    # "Enna I heard last friday": what I heard.
    (r"^enna,?\s+(?=(?:i|we|song|songs|track|album|artist)\b)", "what "),
    # "Enna my top artist this month": what is my top artist.
    (r"^enna,?\s+(?=my\b)", "what is "),
    # Tags said last: "last song I heard enna da", "... when machan".
    (
        r"(?<=\w)(?:,?\s+(?:enna da|enna di|enna|machan|macha|dei|seri))+\s*([?.!]*)$",
        r"\1",
    ),
    (r"\b(heard|played|listened|when|what|ah)\s+(?:da|di)\s*([?.!]*)$", r"\1\2"),
    # "Any artist I heard first time itself": which artists were new.
    (
        (
            r"\bany (artists?|bands?|singers?) (i|we) (heard|listened to|played) (?:for )?(?:the )?"
            r"first time(?: itself)?\b"
        ),
        r"any new \1 \2 \3",
    ),
)


def said_in_chennai(text: str) -> str:
    """Return a Chennai student's question with its Tamil tags undone, commas kept."""
    return rewrite(_CHENNAI_EN, text, re.IGNORECASE)

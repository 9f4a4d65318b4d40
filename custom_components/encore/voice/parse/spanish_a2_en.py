"""English as a Spanish speaker at A2-B1 says it (issue 45's seventy-ninth turn, writer 537).

Blind round eighteen's learner asks without "do" and keeps Spanish words
and order: "to which podcast I am enganched these days" (¿a qué podcast
estoy enganchado?: hooked on, the period's top), "how many time of podcast
I hear in october" (cuánto tiempo de podcast: listening time), "how much
Queen I have listen in the summer" (cuánto Queen: how often), "have I put
eres of cafe tacvba this week" (poner: play; "de": by), "which groups new
appear in my history" (grupos nuevos: new artists), "how many songs I have
passed without listen them" (pasar sin escuchar: skip). Each rule holds to
the learner's own shape of a sentence (a bare or Spanish verb after a
listener, the adjective after its noun), so no other speaker's question is
touched.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_KINDS: Final = (
    r"(?:song|songs|track|tracks|tune|tunes|artist|artists|band|bands|group|groups"
    r"|singer|singers|album|albums|disc|discs|record|podcast|podcasts|show|episode)"
)
_TIME: Final = (
    r"(?:this|last|today|yesterday|these|the last|the past|in|on|lately|recently"
    r"|since|during)\b"
)

_SPANISH_A2: Final[tuple[Rule, ...]] = (
    # "To which podcast I am hooked these days": the period's top.
    (
        (
            rf"^(?:to|with|on) (which|what) ({_KINDS}) (i|we) (?:am|are|was|were|have been) "
            r"enganch(?:ed|ado|ada|ados|adas)(?: (?:on|to|with))?\b"
        ),
        r"\1 \2 have \3 been hooked on",
    ),
    # "How many time of podcast I hear" (cuánto tiempo de): how long.
    (
        r"^how (?:many|much) time of (podcasts?|music|songs|tunes)\b (?:i|we) (?:hear|heard|listen|listened|put)(?: to)?\b",
        r"how much time did i listen to \1",
    ),
    (
        r"^how much time did i listen to podcast\b",
        "how much time did i listen to podcasts",
    ),
    # "How much Queen I have listen" (cuánto Queen): how often.
    (
        (
            rf"^how much (?!(?:things?|tings?|music|time|different|distinct|of)\b|\w+s\b)(.+?) "
            rf"(i|we) (?:have|has) (?:listen|listened|hear|heard|put)(?: to)?(?= {_TIME}|\W*$)"
        ),
        r"how many times have \2 listened to \1",
    ),
    # "Have I put X of Y this week" (poner: play; "X de Y": X by Y).
    (
        rf"^(have) (i|we) (?:put|putted) (?!on\b)(.+?) of (.+?)(?= {_TIME}|\W*$)",
        r"\1 \2 played \3 by \4",
    ),
    (rf"^(have) (i|we) (?:put|putted) (?!on\b)(?=.+? {_TIME})", r"\1 \2 played "),
    # "Which groups new appear in my history": the adjective after its
    # noun (grupos nuevos), new to the history.
    (
        (
            r"^(which|what) (groups|bands|artists|singers|songs|albums|podcasts) new "
            r"(?:appear|appeared|have appeared|are|were) (?:in|on) (?:my|our) (?:history|list|music)\b"
        ),
        r"which new \2 did i discover",
    ),
    # "How many songs I have passed without listen them" (pasar sin
    # escuchar): skipped.
    (
        r"\b(i|we) (?:have |has )?(?:passed|pass)\b(.*?) without (?:listen|listening|hear|hearing)(?: to)?(?: them| it)?\b",
        r"\1 skipped\2",
    ),
)


def said_in_spanish_a2(text: str) -> str:
    """Return a Spanish A2-B1 learner's English question in standard words."""
    return re.sub(r"\s{2,}", " ", rewrite(_SPANISH_A2, text, re.IGNORECASE)).strip()

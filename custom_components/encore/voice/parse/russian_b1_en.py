"""A Russian learner's English at B1 (issue 45's eighty-fifth turn, blind writer 569).

She keeps Russian's word order and prepositions: "how many time I spent
for podcasts in October" (one word, "skol'ko", for how much and how
many; "for" after spend: her listening time, a name "spent" had been
looked for), "is it true I have listened Digital Love day before
yesterday" (did I listen to it: her perfect with no "to" is her
mark, "is it true I played X a million times" someone else's count),
"which music I had in kitchen over past
two weeks" (no "did", no articles), "at eight o'clock evening yesterday,
what was playing" (the evening said without "in the": eight pm), "what is
my skip percent" (the skip rate), "I listen one song again and again, how
much in this year" (the repeat rate: the top songs had been answered, a
wrong fact).

Each rule is its own mark (`_MARK`): only a sentence in her word order is
read, so no other speaker's question is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_CONTENT: Final = r"(?:podcasts?|music|songs|tracks|audiobooks?|episodes)"

_MARK: Final = re.compile(
    r"^how many time i (?:spent|spend|listened|was listening)\b"
    r"|^is it true (?:that )?i have (?:listened|heard) (?!to\b)"
    rf"|^(?:which|what) {_CONTENT} i (?:had|played|heard|listened)\b"
    r"|\bo'clock (?:of )?(?:morning|evening|night|afternoon)\b"
    r"|\bskip (?:percent|percentage|procent)\b"
    r"|^i (?:listen|play|put on) (?:one|the same|same) (?:song|track|thing) again and again\b",
    re.IGNORECASE,
)

_RUSSIAN_B1_EN: Final[tuple[Rule, ...]] = (
    # "how many time I spent for podcasts": how much time did I spend on.
    (
        rf"^how many time i (?:spent|spend|listened|was listening) (?:for|on|to|with) (?P<content>{_CONTENT})\b",
        r"how much time did i spend on \g<content>",
    ),
    (r"^how many time i (?:spent|spend)\b", "how much time did i spend"),
    # "is it true I have listened Digital Love day before yesterday".
    (
        r"^is it true (?:that )?i have (?:listened|heard) (?!to\b)(?P<rest>.+?)\W*$",
        r"did i listen to \g<rest>",
    ),
    (r"(?<=\w) day before yesterday\b", " the day before yesterday"),
    # "which music I had in kitchen over past two weeks".
    (
        rf"^(?:which|what) (?P<content>{_CONTENT}) i (?:had|played|heard|listened(?: to)?)\b",
        r"what \g<content> did i play",
    ),
    (r"\bin (kitchen|bedroom|bathroom|garage|office|living room|car)\b", r"in the \1"),
    (r"\bover past\b", "over the past"),
    # "at eight o'clock evening yesterday, what was playing".
    (
        r"^at (?P<hour>[\w:]+) o'clock (?:of |in the )?(?:evening|night)(?P<rest>[^,]*),\s*what (?P<verb>was playing|was on|played)\W*$",
        r"what \g<verb> at \g<hour> pm\g<rest>",
    ),
    (
        r"^at (?P<hour>[\w:]+) o'clock (?:of |in the )?morning(?P<rest>[^,]*),\s*what (?P<verb>was playing|was on|played)\W*$",
        r"what \g<verb> at \g<hour> am\g<rest>",
    ),
    # "what is my skip percent": the skip rate.
    (r"\bskip (?:percent|percentage|procent)\b", "skip rate"),
    # "I listen one song again and again, how much in this year".
    (
        r"^i (?:listen|play|put on) (?:one|the same|same) (?P<kind>song|track|thing) again and again,?\s*how (?:much|often|many)(?: times)?,?\s*(?:in )?(?P<when>[^?]*)\W*$",
        r"how often do i play the same \g<kind> again and again \g<when>",
    ),
)


def said_as_russian_b1(text: str) -> str:
    """Return a Russian B1 learner's question in plain English."""
    return rewrite_marked(_MARK, _RUSSIAN_B1_EN, text, squeeze=True)

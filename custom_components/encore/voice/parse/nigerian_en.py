"""English as Lagos says it (issue 45's twenty-ninth turn).

A Lagos engineer (blind writer 138) asked in Nigerian English: "which
podcast do I listen to pass" (the most), "wetin I play on saturday" (what
did I play), "the album I dey play pass na which one" (the one I play
most), "abeg" (please), "sef", "sha" and "o" to close, "for kitchen" (in
the kitchen), "how far" as a greeting. None was understood, or "pass"
and "na" were taken for a name. Each rule is a word of the way of
speaking bound to its place; "pass" is "most" only after a listening verb.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_VERBS: Final = r"(?:play|played|playing|listen to|listened to|listening to|hear|heard|skip|skipped)"

_NIGERIAN_EN: Final[tuple[Rule, ...]] = (
    # A greeting and "please", wherever they stand.
    (r"^(?:how far|how far now|my guy|oga)[,!]?\s+", ""),
    # "Oya" (come on) said first; "shey I played X", "abi I listened to X":
    # the question whether I did (issue 45's fiftieth turn, blind writer 294).
    (r"^oya(?: now)?[,!]?\s+", ""),
    (r"^(?:shey|abi)[,!]? (i|we) (?:played|play) ", r"did \1 play "),
    (r"^(?:shey|abi)[,!]? (i|we) (?:listened to|listen to) ", r"did \1 listen to "),
    (r"^(?:shey|abi)[,!]? (i|we) (?:heard|hear) ", r"did \1 hear "),
    (r"(?:^|(?<=\s))abeg[,!]?\s*", ""),
    (r"[,\s]+(?:sef|sha|o|oh|abeg)\W*$", ""),
    # "Wetin I play", "wetin I dey listen to": what did I play.
    (rf"^wetin (i|we) (?:dey |don )?({_VERBS})\b", r"what did \1 \2"),
    (r"\b(i|we) dey (?=(?:play|listen|hear|skip|rinse))", r"\1 "),
    # "How much Queen I don hear", "how many hours I don spend" (blind
    # writer 233): "don" is the perfect.
    (
        r"\b(i|we) don (hear|play|listen|spend|skip)\b",
        lambda m: (
            f"{m[1]} have "
            + {"hear": "heard", "spend": "spent", "skip": "skipped"}.get(
                m[2], m[2] + "ed"
            )
        ),
    ),
    # "Rinse pass": played the most; "no fit stop playing": can't stop.
    (r"\brinsed? pass\b", "played most"),
    (r"\bno fit stop (playing|listening|hearing)\b", r"can't stop \1"),
    # "How my week for music be": how was it.
    (r"^how (my|our) (day|week|month|year|summer)\b(.*?) be\W*$", r"how was \1 \2\3"),
    # "Who be the artist", "which one be that": is.
    (r"\b(who|which one|what) be\b", r"\1 is"),
    # "Played pass", "gets played pass": the most.
    (rf"\b({_VERBS}|gets played|get played)\s+pass\b(?: everything| all)?", r"\1 most"),
    # "…, na which one", "which one be that": the question said again.
    (r"(?:,\s+(?:na )?|\s+na )which one(?: is| be)?(?: that| it)?\W*$", ""),
    (r"\bthe song wey\b", "the song that"),
    # "For kitchen", "for this house": in the kitchen, in this house.
    (r"\bfor (kitchen|bedroom|living room|bathroom|office|garage)\b", r"in the \1"),
    (r"\bfor this house\b", "in this house"),
    # "Wednesday by nine for night" (issue 45's thirtieth turn, a wrong fact
    # left then): the hour at night, "by" for "at".
    (
        (
            r"\bby (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
            r"(?: o'?clock)? for night\b"
        ),
        r"at \1 pm",
    ),
    (r"\bfor night\b", "at night"),
    # "The one song that I played pass everything": the song I played most.
    (r"^i want to know the one (song|artist|album|podcast) that\b", r"which \1"),
    (
        r"^(this|the) (song|artist|album|podcast) (i|we) have been playing since\b",
        r"which \2 have \3 been playing lately",
    ),
)


def said_as_in_lagos(text: str) -> str:
    """Return a Lagos speaker's question in plain English, commas kept."""
    return rewrite(_NIGERIAN_EN, text, re.IGNORECASE)

"""A Dutch learner's English (issue 45's fifty-ninth turn, blind writer 374).

A B1 learner said Dutch in English words: "do I play songs over and over a
lot this month" (how often I repeat songs: read as the top songs, a wrong
fact), "how much do I listen the same songs again and again" (the same),
"at quarter for eight" (kwart voor acht: a quarter to eight), "my listen
moment" (when I usually listen). Her "in the last time" (de laatste tijd,
lately) is read by `learner` and kept from `name_first_en`'s last play.
Each rule holds to the learner's whole frame.
"""

import re

from .rules import Rule, rewrite

_LEARNER_NL_EN: tuple[Rule, ...] = (
    # "Do I play songs over and over a lot", "how much do I listen the same
    # songs again and again": how often I repeat songs.
    (
        (
            r"^(?:do|did) (i|we) (?:play|listen to|hear|put on) (?:the same )?(songs|tracks|tunes|music)"
            r" (?:over and over|again and again)(?: again)?(?: (?:a lot|much|very much|often|too much))?\b"
        ),
        r"how often do \1 replay \2",
    ),
    (
        (
            r"^how (?:much|often) (?:do|did) (i|we) (?:listen|listen to|play|hear) the same (songs|tracks|tunes)"
            r" (?:over and over|again and again)\b"
        ),
        r"how often do \1 replay \2",
    ),
    # "At quarter for eight", "half for nine": kwart voor, to the hour.
    (
        r"\b(quarter|a quarter|ten|five|twenty) for (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
        r"\1 to \2",
    ),
    # "When is mostly my listen moment": when I usually listen.
    (
        r"^when is (?:mostly |usually )?my (?:listen|listening) moment\b[^?!]*",
        "when do i usually listen",
    ),
)


def said_as_dutch_learner(text: str) -> str:
    """Return a Dutch learner's English question said plainly."""
    return rewrite(_LEARNER_NL_EN, text, re.IGNORECASE)

"""A data nerd's English (issue 45's sixtieth turn, blind writer 386).

A statistics-minded teenager asks in a dataset's words: "ok query: ...",
"quick count: plays on saturday", the measure said after the question (",
like by raw play count", ", raw count", ", percentage", ", skips over total
plays"), "which album has the highest play count" (the one played most),
"which show dominates my podcast stats", "the artist with the worst skip
ratio" (skipped most), "did Queen show up in my data", "the most recent
track in the log", "the last recorded play", "the first entry of this
month", "top of the leaderboard", "any Air plays in the last seven days"
(did I play Air). The measure after the question turned a ranking into a
count and the skips of one artist into all skips (wrong facts); the data's
words were read as names. Each rule reads a data word only where it names
the history or the measure, never a name's own words.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_KINDS: Final = r"(artist|band|singer|song|track|tune|album|record|podcast|show)"
_STATS: Final = (
    r"(?:stats|statistics|data|dataset|numbers|log|logs|history|charts?|leaderboard)"
)

_DATA_NERD_EN: Final[tuple[Rule, ...]] = (
    # The opener of a query: "ok query:", "quick query:"; "quick count:"
    # asks how many.
    (r"^(?:ok(?:ay)?,?\s+)?(?:quick\s+)?query\s*:\s*", ""),
    (r"^(?:ok(?:ay)?,?\s+)?quick count\s*:\s*(?!how many\b)", "how many "),
    # "Pull up what I was listening to": tell me, as a query is pulled.
    (r"^pull (?:up )?(?=(?:what|which|who|when|how)\b)", "tell me "),
    # The measure said after the question: never the question itself.
    (
        r",\s*(?:like\s+)?(?:by|on)\s+(?:raw|total|pure|sheer)?\s*(?:play ?count|number of plays|plays|streams)\s*([?.!]*)$",
        r"\1",
    ),
    (r",\s*(?:the\s+)?raw (?:count|number|total)\s*([?.!]*)$", r"\1"),
    (
        r"(\bskip\b.*),\s*(?:as\s+a\s+|in\s+)?(?:percentage|percent|%)\s*([?.!]*)$",
        r"\1\2",
    ),
    (
        (
            r",\s*(?:i\.?e\.?,?\s+|so\s+|meaning\s+)?skips? (?:over|divided by|out of|per) (?:total|all)"
            r" (?:plays|streams|listens)\s*([?.!]*)$"
        ),
        r"\1",
    ),
    # "Which album has the highest play count": the album played most.
    (
        (
            rf"\b(?:which|what) {_KINDS}s? (?:has|had|have|has got|got) the (?:highest|biggest|largest|top|most)"
            r" (?:play ?count|number of plays|plays|streams)\b"
        ),
        r"which \1 did I play the most",
    ),
    # "Which show dominates my podcast stats", "sits at the top of the
    # leaderboard": the one played most.
    (
        (
            rf"\b(?:which|what) {_KINDS}s? (?:dominates|dominated|leads|led|tops|topped)"
            rf" (?:my|the) (?:\w+ )?{_STATS}\b"
        ),
        r"which \1 did I play the most",
    ),
    (
        r"\b(?:is|was) (?:sitting |sat |)(?:at |on )?(?:the )?top of (?:the|my) (?:leaderboard|charts?|rankings?)\b",
        "is top",
    ),
    # "The artist with the worst skip ratio": the one skipped most.
    (
        (
            rf"^(?:(?:what's|what is|which is|who's|who is) )?(?:the |which |what |my )?{_KINDS}s? (?:with|has|had|has got) the (?:worst|highest|biggest|top|largest)"
            rf" skip (?:ratio|rate|percentage|share|count)\b(?: (?:in|of) (?:my|the) (?:\w+ )?{_STATS}\b)?"
        ),
        r"which \1 do I skip the most",
    ),
    # "Did Queen show up in my data": did I listen to Queen.
    (
        rf"^did (.+?) (?:show|turn) up in (?:my|the) (?:\w+ )?{_STATS}\b",
        r"did I listen to \1",
    ),
    # "The most recent track in the log", "the last recorded play", "the
    # first entry of this month": the history's words for a play.
    (
        rf"\b((?:most recent|latest|last|first|earliest) (?:{_KINDS[1:-1]}|play|entry|thing)s?) in (?:the|my) {_STATS}\b",
        r"\1",
    ),
    (r"\b(most recent|latest|last|first|earliest) (?:recorded|logged) ", r"\1 "),
    (
        # Never a span's bound: "going back to the very first entry".
        (
            r"(?<!to the )(?<!to the very )(?<!since the )(?<!since the very )"
            r"\b(most recent|latest|last|first|earliest) (?:entry|log entry)\b"
        ),
        r"\1 play",
    ),
    # "Any Air plays in the last seven days": did I play Air.
    (
        (
            r"^any (?!(?:music|podcasts?|songs?|tracks?|tunes?|episodes?|new|other|more)\b)(.+?)"
            r" (?:plays|spins|streams|listens)\b"
        ),
        r"did I play \1",
    ),
)


def said_as_data_nerd(text: str) -> str:
    """Return a data nerd's question in plain words, commas kept."""
    return rewrite(_DATA_NERD_EN, text, re.IGNORECASE)

"""English as Minnesota says it (issue 45's fifty-fifth turn, blind writer 342).

A Minnesotan opens with "uff da", "oh ya", "holy buckets" or "oh for Pete's
sake", closes with "do ya know", "would ya", "way back", "then?" or "up at
the cabin and all", and points at a name before asking ("that one song
Sexy Boy by Air, did I play that on Saturday?"). The opener was read as a
name ("uff da by Discovery"), and the pointed name was lost: "did I play
that on Saturday" answered yes with the plays of no song (a wrong fact).
"""

import re

from .rules import Rule, rewrite

_MINNESOTA_EN: tuple[Rule, ...] = (
    # The openers: nothing asked.
    (
        r"^(?:uff da|oh ya|holy buckets|(?:oh )?for pete's sake|oh my),?\s+",
        "",
    ),
    # The closers: "do ya know", "would ya", "way back", "then?", "up at the
    # cabin and all" (where, not what), "I'm embarrassed just saying it".
    (r"[,.]?\s*(?:do ya know|would ya|way back)\s*([?.!]*)$", r"\1"),
    (r",\s*then\s*([?.!]*)$", r"\1"),
    (r"[,.]?\s*up at the (?:cabin|lake)(?: and all)?\s*([?.!]*)$", r"\1"),
    (r"([?.!])\s*I'm embarrassed[^?.!]*[?.!]*$", r"\1"),
    (r"\bwould ya\b", "would you"),
    # "That one song X, did I play that": the name put where "that" stands.
    (
        r"^(?:that one|that) (?:song|tune|track|album|record) ([^,]{2,60}),\s*did (i|we) (play|hear|have|listen to) (?:that|it)\b",
        r"did \2 \3 \1",
    ),
    # "Any of that Justice band on since Monday": did I have any of it on.
    (
        r"^any of that ([^,]{2,40}?) (?:band|group|stuff|music) on\b",
        r"did I have any \1 on",
    ),
    # "How many of those podcast episodes have I": how many episodes.
    (
        r"\bhow many of (?:those|them|these) (?=(?:podcast|songs|tracks|tunes|episodes)\b)",
        "how many ",
    ),
)


def said_in_minnesota(text: str) -> str:
    """Return a Minnesotan's question said plainly, commas kept."""
    return rewrite(_MINNESOTA_EN, text, re.IGNORECASE)

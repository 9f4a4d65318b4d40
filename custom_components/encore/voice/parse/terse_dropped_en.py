"""A terse speaker's question with its first words dropped (issue 45's eighty-fourth turn).

A West Texas roughneck between shifts (held-out writer 559) asks the way
people short of time or breath do everywhere: the "did I" or "how many"
that opens the question is left out. "Ever play any Chris Stapleton" is
"did I ever play any Chris Stapleton"; "catch the daily this mornin?" is
"did I catch The Daily this morning"; "times i run that don't stop me now
this year" is "how many times did I run ..."; "what i end on saturday" is
"what did I end on Saturday"; "song on at eight this mornin" is "what song
was on at eight this morning".

Each rule needs the words that make it a question of the past: "ever", a
time said, "times" at the very start. "Play any Chris Stapleton" (no
"ever") is a command and stays Home Assistant's.
"""

import re
from typing import Final

from ..when.words import time_said_en
from .rules import Rule, rewrite

# A time said after the words: what makes "catch the daily" a question.
_TIME: Final = rf"(?=.*{time_said_en()})"
_BASE: Final = r"(?P<verb>play|hear|listen to|catch|have|run|spin)"

# A past or bare verb said again after "did": "had X on" stays "have X on".
_BARE: Final = {
    "run": "play",
    "ran": "play",
    "played": "play",
    "heard": "hear",
    "had": "have",
}


def _how_many_times(found: re.Match[str]) -> str:
    """Return "times I ran X" as "how many times did I play X"."""
    verb = found.group(2).lower()
    return f"how many times did {found.group(1)} {_BARE.get(verb, verb)} "


_TERSE_EN: Final[tuple[Rule, ...]] = (
    # "Ever play any Chris Stapleton", "ever hear that one": whether it played.
    # ("Ever heard of Queen" asks what the speaker knows, never a play.)
    (rf"^ever {_BASE}\b(?! of\b)", r"did I ever \g<verb>"),
    (
        r"^ever (played|heard|listened to|caught|had|ran|spun)\b(?! of\b)",
        r"have I ever \1",
    ),
    # "Catch the daily this mornin?", "hear any queen yesterday": a time said.
    (
        rf"^{_TIME}(?P<verb>catch|hear|play|listen to) (?=(?:the|any|some|that)\b)",
        r"did I \g<verb> ",
    ),
    # "Times i run X this year": the count, its "how many" dropped.
    (r"^times (i|we) (run|ran|play|played|hear|heard|had|have) ", _how_many_times),
    # "What i end on saturday", "what i start with today": its "did" dropped.
    (
        (
            rf"^{_TIME}(what|which \w+) (i|we) (end|start|finish|kick off|open|close)"
            r"(?: with| off with)?\b"
        ),
        r"\1 did \2 \3 with",
    ),
    # "Song on at eight this mornin": what was on then.
    (
        rf"^{_TIME}(song|tune|track|music) (?:was )?on at\b",
        r"what \1 was on at",
    ),
)


def said_tersely(text: str) -> str:
    """Return a terse question with its dropped first words said again."""
    return rewrite(_TERSE_EN, text, re.IGNORECASE)

"""A terse Berlin cab driver's German (issue 45's seventy-seventh turn, blind writer 523).

Berlin's "j" for "g" inside a compound ("Meistjeskipptes Lied?": the most
skipped song) was no word any reader knew, and "Womit ging's letzten
Freitag los?" (what did I start with) was taken for a name "womit ginges
los". Read on the words as said, first of `said_as_written_de`, and only
in a sentence with one of his marks (`_MARK`).
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\bmeistje(?:skippt|spielt|hört|laufen)\w*|^(?:womit|mit wat|mit was) ging'?s\b.*\blos\b",
    re.IGNORECASE,
)

_BERLIN_CAB_DE: Final[tuple[Rule, ...]] = (
    # "Meistjeskipptes Lied": the most skipped one.
    (r"\bmeistje(skippt|spielt|hört)", r"meistge\1"),
    # "Womit ging's letzten Freitag los?": the first song then.
    (
        r"^(?:womit|mit wat|mit was) ging'?s (.+?) los\b",
        r"womit habe ich \1 angefangen",
    ),
)


def said_in_a_berlin_cab(text: str) -> str:
    """Return a Berlin cab driver's question in the German later readers know."""
    return rewrite_marked(_MARK, _BERLIN_CAB_DE, text)

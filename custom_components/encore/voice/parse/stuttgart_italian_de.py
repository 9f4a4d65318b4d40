"""An Italian learner's German in Stuttgart (issue 45's eighty-seventh turn).

Blind writer 583, an Italian in Stuttgart at B1, keeps the Italian word
order and says "die Lied": "heute die erste Lied war was", "am Samstag die
letzte Lied war welche" (the first or last song then), and says "wegdrücken"
for skipping: "die Lied was ich immer wegdrücke, welche ist" and "welche
Band ich drücke immer weg, am meisten von alle" (the song or artist skipped
most: the artist played most had been answered, a wrong fact).

His "ich drücke immer weg" (the artist skipped most) and a Berlin DJ's
"für'n Vibe" (his taste) are read for everyone in `dialect_de` and
`code_switch`. The table acts only where his marks are heard (`_ITALIAN`),
so a standard question keeps its words.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# The Italian learner's "die Lied" and "wegdrücke"/"drücke ... weg".
_ITALIAN: Final = re.compile(
    r"\b(?:die (?:erste |letzte )?lied|wegdrück\w*|drücke? (?:immer |dauernd |oft )?weg)\b",
    re.IGNORECASE,
)

_ITALIAN_RULES: Final[tuple[Rule, ...]] = (
    # "die Lied was ich immer wegdrücke, welche ist": the song skipped most.
    (
        r"^die (?:lied|song) (?:was|das|wo) ich (?:immer |dauernd |oft )?wegdrück\w*\b.*$",
        "welches Lied überspringe ich am meisten",
    ),
    # "heute die erste Lied war was", "am Samstag die letzte Lied war
    # welche": the period said first, the question word last.
    (
        r"^(.+?) die (erste|letzte) (?:lied|song) war (?:was|welche[sr]?)\W*$",
        r"was war \1 das \2 Lied",
    ),
)


def said_in_stuttgart_de(text: str) -> str:
    """Return `text` with the Italian learner's shapes said plainly."""
    return rewrite_marked(_ITALIAN, _ITALIAN_RULES, text, squeeze=True)

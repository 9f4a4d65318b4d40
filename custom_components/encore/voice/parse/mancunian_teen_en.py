"""A Mancunian teenager's English (issue 45's seventy-sixth turn, blind writer 517).

Blind round fifteen's fourteen-year-old from Manchester says "banging out"
for playing ("how much queen have i been banging out this month"): no reader
knew it, and the count of a name was not understood. He says a song is "on
mega rotation" ("which track's on mega rotation for me right now"): a
listed sentence took it for what played lately, a wrong fact, since only
"heavy rotation" was known as the song on repeat. His "wots" (what's) is
read by the older readers; the net's opening words now know it too
(`sentences/en.yaml`).

Only a sentence with one of his marks is read (`_MARK`): the verb itself
("banging", "bangin"), a rotation made big ("mega", "massive") or his
words around a question ("innit", "our kid", "proper", "wots").
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:bangin[g']?|banged|wots|innit|our kid|proper|mint)(?![\w'])"
    r"|\b(?:mega|massive|mad|constant|serious|proper|full) rotation\b",
    re.IGNORECASE,
)

_WHO: Final = r"(i|we|ada|you)"

_MANCUNIAN_TEEN_EN: Final[tuple[Rule, ...]] = (
    # "How much queen have I been banging out this month": played (played
    # loud). The perfect keeps its listener: "have I played".
    (
        rf"\b(have|has|'ve|had) {_WHO} been bangin[g']?(?: (?:out|on))?\b",
        r"\1 \2 played",
    ),
    (rf"\b{_WHO}(?:'ve| have) been bangin[g']?(?: (?:out|on))?\b", r"\1 have played"),
    (rf"\b(have|has|had) {_WHO} banged(?: out| on)?\b", r"\1 \2 played"),
    (r"\bbanged out\b", "played"),
    (r"\bbangin[g']? out\b", "playing"),
    # "On mega rotation", "on massive rotation": on heavy rotation, the
    # song on repeat.
    (
        r"\b(?:mega|massive|mad|constant|serious|proper|full) rotation\b",
        "heavy rotation",
    ),
)


def said_by_a_mancunian_teen(text: str) -> str:
    """Return a Mancunian teenager's question in the English later readers know."""
    return rewrite_marked(_MARK, _MANCUNIAN_TEEN_EN, text)

"""German of a Polish speaker at B1 (issue 45's seventy-seventh turn, blind writer 527).

Polish has no "haben" perfect for a yes-or-no question of listening, so he
asks whether a band "was with me" ("war Air bei mir in letzte Zeit oder
nicht": did I hear Air lately), and the net took it but no reader knew
it. Read on the words as said, first of `said_as_written_de`, and only in
a sentence that opens "war X bei mir" (or "bei uns"): never "war da X bei"
(Münsterland's, `muensterland_de`) nor "war das", "war es".
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    # Never a period said first ("war am Samstag X dran bei uns", Neukölln's
    # "dran" of `neukoelln_spaeti_de`).
    r"^war (?!.*\bdran\b)(?!(?:da|das|es|der|die|dat|des|denn|was|wer|nix|nichts|am|im|in|um"
    r"|gestern|heute|vorgestern|letzte\w*|diese\w*)\b)[^,]+? bei (?:mir|uns)\b",
    re.IGNORECASE,
)

_POLISH_B1_DE: Final[tuple[Rule, ...]] = (
    # "war Air bei mir in letzte Zeit oder nicht": did I hear Air then.
    (
        r"^war ([^,]+?) bei mir\b(.*?)(?:,? oder nicht)?\s*(\??)$",
        r"habe ich \1\2 gehört\3",
    ),
    (
        r"^war ([^,]+?) bei uns\b(.*?)(?:,? oder nicht)?\s*(\??)$",
        r"haben wir \1\2 gehört\3",
    ),
)


def said_by_a_polish_b1_speaker(text: str) -> str:
    """Return a Polish speaker's "war X bei mir" said as the question it asks."""
    return rewrite_marked(_MARK, _POLISH_B1_DE, text)

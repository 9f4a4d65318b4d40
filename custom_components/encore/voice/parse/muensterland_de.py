"""German of a grandmother of 84 from the Münsterland (issue 45's seventy-sixth turn, blind writer 518).

She names a band by where it is from and points with "da" ("Die Mexikaner
da, Café Tacuba, wann liefen die zuletzt?" had been answered with the last
song, a wrong fact; "Heute Morgen, war da Justice bei? Die Franzosen
da."), asks whether a name "war da bei" (was among it), and asks "wat
hatte ich da an" for what played ("Am Samstag, wat hatte ich da an?").
Read on the words as said, in `said_as_written_de`: the epithet is left
out only as a phrase of its own ("die Franzosen da" between commas or
after the question), before another name or after a question mark.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# "Die Mexikaner da", "die Engländer da", "der Franzose da".
# Never a word of listening ("die Lieder da, wie oft ..." points at them).
_EPITHET: Final = (
    r"(?:die|der|den|de) (?!(?:lieder|sänger|sängerin|künstler|interpreten|hörer|alben|folgen)\b)"
    r"\w+(?:er|aner|ener|osen|ose|länder|ländern) da"
)

_MUENSTERLAND: Final[tuple[Rule, ...]] = (
    # The epithet said first, before the name it points at.
    (rf"^\s*{_EPITHET}\s*,\s*", ""),
    # The epithet said after the question.
    (rf"([?.!])\s*{_EPITHET}\W*$", r"\1"),
    (rf",\s*{_EPITHET}\W*$", ""),
    # "War da X bei": did X play then.
    # Only as the question's own start, never after "wer" ("wer war da
    # Meister bei die Künstler" asks the top artist).
    (
        r"(^|,\s*)(?:war|wär|waren) (?:da|denn da|da denn|dann da) (.+?) (?:bei|dabei)\b",
        r"\1habe ich da \2 gehört",
    ),
    # "Wat hatte ich da an": what was on then.
    (
        r"\b(?:wat|was) (?:hatte|hatt|hab|habe) (?:ich|ick) (?:da|denn da|da so) (?:an|am laufen)\b",
        "was lief da",
    ),
)


def said_in_muensterland(text: str) -> str:
    """Return `text` with a Münsterland grandmother's words said in standard ones."""
    return " ".join(rewrite(_MUENSTERLAND, text, re.IGNORECASE).split())

"""A Jamaican grandmother's Patois in Birmingham: her asks and recaps (issue 45's eighty-seventh turn).

Blind writer 579, a Jamaican grandmother in Birmingham in her seventies,
says most of her questions in words `patois_en` and `patois_elder_en`
already read. Two ways of asking they did not know:

- what someone saw or heard her do, asked as whether she did it: "yuh hear
  mi play Don't Stop Me Now yesterday", "yuh see mi put on X", "yuh know
  if mi play X": did I play X (no question word, so nothing was asked);
- how a time went for her: "how October go fi mi, all di listening", "so
  how mi week go, music wise", "how di year go fi mi": how was my listening
  in October, my week in music (a recap; "go" had no reader).

Read only in a sentence that says Patois (`_MARK`, her "mi" and "yuh"), so
"how did October go" or "you heard me play" elsewhere keep their reading.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# Her marks: Patois' own words for me and you ("mi", "yuh", "fi").
_MARK: Final = re.compile(r"\b(?:mi|yuh|fi)\b", re.IGNORECASE)
_PERIOD: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december|summer|winter|spring|autumn)"
)

_RULES: Final[tuple[Rule, ...]] = (
    # "yuh hear mi play X yesterday": whether she played it.
    (
        (
            r"^(?:so\s+)?(?:yuh|you) (?:hear|see|know if|notice) (?:mi|me) "
            r"(?:play|put on|have on|listen to|listen) (?=\w)"
        ),
        "did i play ",
    ),
    # "how mi week go, music wise" / "how di year go fi mi": a recap.
    (
        (
            r"^(?:so\s+)?how (?:mi|di|dis|my|the) (week|month|year) go"
            r"(?: fi mi)?(?:\W+(?:music ?wise|all di listening|wid di music))?\W*$"
        ),
        r"how was my \1 in music",
    ),
    # "how October go fi mi, all di listening": that month's recap.
    (
        (
            rf"^(?:so\s+)?how ({_PERIOD}) go fi mi"
            r"(?:\W+(?:music ?wise|all di listening|wid di music))?\W*$"
        ),
        r"how was my listening in \1",
    ),
)


def said_by_a_birmingham_grandma(text: str) -> str:
    """Return `text` with her Patois asks and recaps said in standard English."""
    return rewrite_marked(_MARK, _RULES, text)

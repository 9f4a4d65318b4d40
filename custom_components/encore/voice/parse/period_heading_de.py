"""A period said as a heading, with a colon, before the question (issue 45's eightieth turn, blind writer 538).

A terse Thuringian forester says the period first and sets it apart with a
colon: "die letzten drei Monate: am Wochenende mehr gehört als werktags?".
The heading was taken for a story told before the question and left out,
and the comparison was answered for all time (a wrong fact). Said with a
comma, the same period is read where it stands ("die letzten drei Monate,
am Wochenende ..."), so the colon after a period of the last days, weeks
or months is read as that comma. Only a period of "letzte(n)" at the very
start moves; any other heading ("Meldung Top-Künstler: ...") stays.
"""

import re
from typing import Final

_HEADING: Final = re.compile(
    r"^\s*((?:die |in den )?(?:letzte|letzten|vergangene|vergangenen) (?:\w+ )?"
    r"(?:tage|tagen|wochen|monate|monaten|woche|monat|jahr))\s*:\s+",
    re.IGNORECASE,
)


def said_with_period_heading_de(text: str) -> str:
    """Return "die letzten drei Monate: ..." as "die letzten drei Monate, ..."."""
    return _HEADING.sub(r"\1, ", text, count=1)

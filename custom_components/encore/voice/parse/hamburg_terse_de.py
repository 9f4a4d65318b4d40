"""German of a terse Hamburg docker (issue 45's seventy-sixth turn, blind writer 515).

He says the least a question needs: a heading and an order ("Oktober. Kurz
zusammenfassen."), the field after the thing ("Meine Woche, Musik, kurz"),
and a first play with its verb left off ("Seit wann hab ich Café Tacvba").
Each had been left not understood, or had read "seit café tacvba" as the
name. Read on the words as said, in `said_as_written_de`; each rule holds
its own shape, so no other speaker's words are touched.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A span of time said as a heading: a month, "die Woche", "letzte Woche".
_SPAN: Final = (
    r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
    r"|(?:diese|letzte) woche|(?:dieser|diesen|letzter|letzten) monat|(?:dieses|letztes) jahr"
    r"|gestern|vorgestern|heute|sommer|letzten sommer)"
)

_TERSE: Final[tuple[Rule, ...]] = (
    # "Oktober. Kurz zusammenfassen." The span is the heading, the order
    # after it asks its recap: said as "Rückblick Oktober".
    (
        rf"^\s*({_SPAN})\s*[.:,!]\s*(?:(?:kurz|bitte|mal)\s+)*(?:zusammenfassen|zusammenfassung|rückblick|überblick)(?:\s+(?:kurz|bitte))*\W*$",
        r"Rückblick \1",
    ),
    # "Meine Woche, Musik, kurz": the field said between commas after the
    # span, as "meine Woche in Musik".
    (
        r"^\s*(mein|meine) (woche|monat|jahr|sommer),\s*(musik)\s*(?:,\s*(?:kurz|bitte))*\W*$",
        r"\1 \2 in \3",
    ),
    # "Seit wann hab ich Café Tacvba": the first play with its participle
    # left off; a tail that ends in a verb of its own is another question.
    (
        r"^\s*seit wann (hab|habe) ich ((?:(?!\b(?:gehört|gespielt|gelaufen|gehabt|g'?hört|g'?spielt|drin|an|auf|da|dabei|mein ich)\b).)+?)\W*$",
        r"seit wann habe ich \2 gehört",
    ),
)


def said_as_hamburg_terse(text: str) -> str:
    """Return `text` with a terse speaker's headings and orders said as questions."""
    return rewrite(_TERSE, text, re.IGNORECASE)

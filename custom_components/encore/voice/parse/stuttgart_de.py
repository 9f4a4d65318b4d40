"""German of a chatty Swabian from Stuttgart (issue 45's seventy-sixth turn, blind writer 516).

She says "Stückle" for the songs ("die gleiche Stückle wiederholt": "wie
arg hab i in letzter Zeit ..." had been answered with the listening time,
a wrong fact), "laufe g'habt" for played ("Hen mir vorgestern ebbes von
Daft Punk laufe g'habt?"), "net lasse" for a song she cannot leave alone,
points back to the content after the question (", von dene Podcasts"),
says in passing what she means ("so vom Spiele her") and talks on after
the question ("Was lief zuletzt? I hab's scho wieder vergesse, mei Kopf",
"... net lasse? Mei Mann verdreht scho d'Auge"). Read on the words as
said, in `said_as_written_de`; the remarks after a question mark are left
out only when they start as hers ("i hab's", "mei Mann") and ask nothing.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_SWABIAN: Final[tuple[Rule, ...]] = (
    # A remark after the question: hers, with no question of its own.
    (
        r"\?\s*(?:i hab'?s|i han'?s|i hab|i woiß|mei (?:mann|frau|kopf|bua|mädle|schatz)|mein (?:mann|kopf))\b[^?]*$",
        "?",
    ),
    # "So vom Spiele her", "vom Zähle her": what she means, said in passing
    # after the question (as "vom Höre her", read for older writers).
    (
        r",?\s*\b(?:so )?vom (?:spiele|spielen|zähle|zählen|lose|losen|höre|hören|abspiele|abspielen) her\b",
        "",
    ),
    # ", von dene Podcasts": the content pointed back to, said last.
    (
        r",?\s*\bvon dene (podcasts|podcascht|folge|folgen|lieder|liedle|stückle)\W*$",
        r", von den \1",
    ),
    # "Stückle": a song, as the older writers' "Liedle".
    (r"\bstückle\b", "lieder"),
    # "Laufe g'habt": played ("laufe ghabt" is read for older writers).
    (r"\blauf[ea] g'habt\b", "gehört"),
    (r"\bebbes von\b", "etwas von"),
    # "Welches Lied kann i net lasse": the song she cannot leave alone.
    (r"\bkann (i|ich) (.*?)\bnet lasse\b", r"kann ich \2nicht lassen"),
)


def said_in_stuttgart(text: str) -> str:
    """Return `text` with a Stuttgart speaker's words said in standard ones."""
    return " ".join(rewrite(_SWABIAN, text, re.IGNORECASE).split())

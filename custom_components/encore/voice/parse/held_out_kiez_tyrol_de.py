"""Last turn's held-out German speakers, a Neukölln woman and a Tyrolean farmer (issue 45's eighty-sixth turn, 572, 573).

Held-out writer 572, a young Neukölln woman, speaks Kiezdeutsch: "wallah"
and "lan" after the question, "alter" before it, "feiern" for liking a lot
("alter wen feier ich in letzter zeit so krass": whom she plays most), and a
day said first and pointed back to with "da" ("samstag was hab ich da
gehört lan"). Others of her Kiez say "digga", "bro", "vallah" the same way.

Held-out writer 573, a Tyrolean mountain farmer, is curt: "heint fria"
(this morning: "fria" had been read as a name), "auf d'Nacht" (in the
evening), a clock time said first and "wos wor des" after it ("Um halbe
neune heint fria, wos wor des"), "Wia lang geht des scho, dass i jedn Tog
eppes los" (the streak), "Wos hob i de letschte Zeit ollweil drin, fir a
Liadl" (the song on repeat).

Each table acts only where its speaker's marks are heard (`_KIEZ`,
`_TYROL`), so a standard question keeps its words.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# The Kiez's tags before and after the question.
_KIEZ: Final = re.compile(
    r"\b(?:wallah|vallah|lan|digga|diggah|alter)\b|\bfeier(?:e|n|st)? (?:ich|i)\b",
    re.IGNORECASE,
)

_KIEZ_RULES: Final[tuple[Rule, ...]] = (
    # A tag said after the question: "..., wallah", "... lan".
    (r"[,\s]+(?:wallah|vallah|lan|digga|diggah|bro|alter)\W*$", ""),
    # A tag said before it: "alter wen ...", "digga, wer ...".
    (r"^(?:ey |yo )?(?:alter|digga|diggah|wallah|vallah)\b,? ", ""),
    # A singer or rapper is an artist ("welchen rapper feier ich").
    (
        r"^welche[n]? (?:sänger|sängerin|rapper|rapperin)\b(?= feier)",
        "welchen künstler",
    ),
    # "wen feier ich in letzter zeit so krass": whom she plays most. Only
    # with "so krass", "so hart", "am meisten" (how much she likes them).
    (
        (
            r"^(wen|welchen (?:künstler|song|track|podcast)|welche band) feier(?:e|n)? (ich|wir)"
            r" ((?:[^,.?!]+? )??)(?:so |voll )*"
            r"(?:krass|hart|übelst|derbe|am meisten|am krassesten)\W*$"
        ),
        r"\1 höre \2 \3am meisten",
    ),
    # "samstag was hab ich da gehört": the day said first and pointed to.
    (
        (
            r"^((?:am |letzten |letzte )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag"
            r"|sonntag|gestern|vorgestern|wochenende)),? was (hab|habe|hatte) (ich|wir) da"
            r" (gehört|gepumpt|gespielt|laufen gehabt)\W*$"
        ),
        r"was \2 \3 \1 \4",
    ),
)

# The Tyrolean's words: "Liadl", "heint fria", "wos wor des", "los i".
_TYROL: Final = re.compile(
    r"\b(?:liadl\w*|heint|fria|wos|wor|eppes|ollweil|tog|los i|d'nacht)\b",
    re.IGNORECASE,
)

_TYROL_RULES: Final[tuple[Rule, ...]] = (
    (r"\bheint (?:fria|friah|in da fruah)\b", "heute früh"),
    # Right after a day it is that day's evening ("gestern auf d'Nacht").
    (
        r"\b(gestern|vorgestern|geschter|vorgeschter|heute|heint) (?:auf|af|in) d'nacht\b",
        r"\1 abend",
    ),
    (r"\b(?:auf|af|in) d'nacht\b", "abends"),
    (r"\bdreiviertl\b", "dreiviertel"),
    # "um halbe neune", "dreiviertel achte": the hour's South German "-e".
    (
        r"\b(halbe|halb|viertel|dreiviertel) (drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)e\b",
        r"\1 \2",
    ),
    (r"\bum (drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)e\b", r"um \1"),
    (
        r"\bhalbe\b(?= (?:drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b)",
        "halb",
    ),
    # "Um halbe neune heint fria, wos wor des": what played at that time.
    (
        r"^(um [^,.?!]+?),? (?:wos|was) (?:wor|war|woa) (?:des|das|dös)\W*$",
        r"\1, was lief",
    ),
    # "Wia lang geht des scho, dass i jedn Tog eppes los": the streak.
    (
        (
            r"^wia lang (?:geht|gaht|geat) (?:des|das) (?:scho|schon)n?,? dass (?:i|ich)"
            r" (?:jedn|jeden|jedm) (?:tog|tag) (?:eppes|ebbes|was|wos|musi|musik)?"
            r" ?(?:los|lose|hör|hea|gher)\W*$"
        ),
        "wie viele tage am stück habe ich gehört",
    ),
    # "Wos hob i de letschte Zeit ollweil drin, fir a Liadl": on repeat.
    (
        (
            r"^(?:wos|was) (?:hob|hab) (?:i|ich) (?:de|die|in der) (?:letschte|letzte|letschtn)"
            r" zeit (?:ollweil|allweil|oiwei|imma|immer) drin,? (?:fir|für) (?:a|an) (?:liadl|lied|song)\W*$"
        ),
        "welches lied höre ich in letzter zeit in dauerschleife",
    ),
)


def said_in_kiez_or_tyrol(text: str) -> str:
    """Return `text` with round twenty-five's Neukölln and Tyrolean shapes said plainly."""
    text = rewrite_marked(_KIEZ, _KIEZ_RULES, text, squeeze=True)
    return rewrite_marked(_TYROL, _TYROL_RULES, text, squeeze=True)

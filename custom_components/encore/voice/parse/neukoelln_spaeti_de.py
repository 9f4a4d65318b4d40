"""A Neukölln Späti owner's Berlinisch (issue 45's seventy-third turn, blind round twelve).

Blind writer 495 asks with "uff" for "auf" and the Berliner's "ick":
"uff welchen Podcast bin ick in letzter Zeit so hängenjeblieben" (the
podcast I was hooked on, the most played; the hipster's "auf wen war ick
hängengeblieben" was read, a thing named before "bin" was not), "uff wat
für Mucke steh ick so" (the taste), and a yes-or-no question with "dran"
closing it: "war am Samstag Daft Punk dran bei uns" (whether we played
it), which Home Assistant had taken for an area called "uns".
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:uff|ick|icke|hängenjeblieben|hängen jeblieben|mucke|dran bei (?:uns|mir))\b",
    re.IGNORECASE,
)

_THING = (
    r"(?:podcast|podcasts|künstler|band|bands|song|songs|lied|lieder|album|platte"
    r"|interpret|interpretin|sänger|sängerin|mucke|musik|track|tracks)"
)

SPAETI: Final[tuple[Rule, ...]] = (
    # "Uff welchen Podcast bin ick in letzter Zeit so hängenjeblieben": the
    # most played of that kind then.
    (
        (
            rf"\b(?:uff|auf) (welchen|welche|welches|welcher|wat für ne|wat für nen|was für eine|was für einen)"
            rf" ({_THING}) (?:bin|war) (?:ick|ich|i) (.*?)\s*(?:so )?(?:komplett |total |voll |richtig |krass )?"
            r"(?:hängenjeblieben|hängen jeblieben|hängengeblieben|hängen geblieben)\b"
        ),
        r"welchen \2 habe ich \3 am meisten gehört",
    ),
    # "Uff wat für Mucke steh ick so": the taste.
    (
        r"\b(?:uff|auf) (?:wat|was) für (?:mucke|musik|musike|sound) (?:steh|stehe|steh'|fahr|fahre) (?:ick|ich|i)\b(?: so)?(?: eigentlich)?",
        "was für musik mag ich",
    ),
    # "War am Samstag Daft Punk dran bei uns", "war gestern Air dran bei
    # mir": whether it played then; the time stays with the name, which the
    # name's family reads.
    (r"^(?:war|wa) (.+?) dran bei uns\W*$", r"haben wir \1 gehört"),
    (r"^(?:war|wa) (.+?) dran bei mir\W*$", r"habe ich \1 gehört"),
)


def said_in_a_spaeti(text: str) -> str:
    """Return `text` with a Neukölln Späti owner's words said in standard ones."""
    return rewrite_marked(_MARK, SPAETI, text, squeeze=True)

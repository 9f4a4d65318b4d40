"""German of a Dutch B1 learner (issue 45's seventy-fifth turn, blind round fourteen).

Blind writer 510, a Dutchman learning German, half-Germanises Dutch words
("gistern" for "gisteren", "übergeslagen" for "overgeslagen"), says
"nummer(s)" for song(s) ("welke nummer überspring ik am meisten"), the
Dutch article "het" ("welke war het letzte Lied": "letzte" read as a
person), "ik" and "heb" beside German verbs, and keeps the Dutch order
("ik heb gistern gehört welke Lied um Viertel vor acht"). "Wie viele
nummers haben wir gistern gespielt" had been understood as nothing.

Read on the words as said, in `said_as_written_de` (so the check for
unread times reads "gistern" too). Gated by his marks: no other speaker's
question is rewritten. "Nummer eins" (the top) keeps its "Nummer".
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# Words only a Dutch speaker's German says.
# What Dutch "het" stands before: a noun or its adjective. Swiss German
# "het" is "hat" ("wie lang het d Ada die Wuche glost"), never an article.
_HET_BEFORE: Final = (
    r"(?:album|alben|letzte\w*|erste\w*|lied\w*|nummer\w*|song\w*|podcast\w*"
    r"|eerst\w*|laatst\w*|meest\w*|vaakst\w*|liefst\w*)\b"
)

_MARK: Final = re.compile(
    rf"\b(?:gistern|gisteren|nummers|nummer(?! ?(?:eins|1|one)\b)|het(?= {_HET_BEFORE})|ik|heb"
    r"|übergeslagen|overgeslagen|liedjes?|hè)\b",
    re.IGNORECASE,
)

DUTCH_B1_DE: Final[tuple[Rule, ...]] = (
    # The half-German days ("gistern", Dutch "gisteren").
    (r"\bgister(?:e)?n\b", "gestern"),
    (r"\bvoorgistern\b|\beergistern\b", "vorgestern"),
    # "Nummer(s)" is a song where it is no rank ("nummer eins", "nummer 1").
    (r"\bnummers\b", "lieder"),
    (r"\bnummer\b(?! ?(?:eins|1|one|zwei|drei|2|3)\b)", "lied"),
    (r"\bliedjes\b", "lieder"),
    (r"\bliedje\b", "lied"),
    # The Dutch neuter article and pronoun.
    (
        rf"\bhet\b(?= {_HET_BEFORE})(?! (?:eerst|laatst|meest|vaakst|liefst)e?\b)",
        "das",
    ),
    (r"\bik\b", "ich"),
    (r"\bheb\b", "habe"),
    # Dutch "overgeslagen" (skipped), half German.
    (r"\b(?:übergeslagen|overgeslagen|übergeschlagen)\b", "übersprungen"),
    # "Hè" as a tag asks nothing.
    (r",?\s*\bhè\b\s*\??", " "),
    # The Dutch order: "ich habe gestern gehört welches Lied um ...": the
    # object question after the participle is put first, the rest kept.
    (
        r"^ich (habe|hab) (.+?) (gehört|gespielt) (welke|welches|welche|welchen) (lied|song|album|podcast|künstler)\b\s*(.*)$",
        lambda m: f"welches {m[5]} {m[1]} ich {m[2]} {m[6]} {m[3]}",
    ),
    # "Das Album das ich ... gehört habe, welches ist das": the question
    # asked after its noun phrase.
    (
        r"^das (album|lied|song|podcast)\b(.*?),? welches ist das\s*\??$",
        r"welches ist das \1\2",
    ),
)


def said_as_dutch_b1(text: str) -> str:
    """Return `text` with a Dutch B1 learner's German said in standard words."""
    return rewrite_marked(_MARK, DUTCH_B1_DE, text, squeeze=True)

"""A French Erasmus student's B1 German (issue 45's seventy-third turn, blind round twelve).

Blind writer 497, a French student learning German, kept French habits a
reader of French learners (`learner_fr_de`) had not met: French fillers
before or inside the question ("euh", "bah", "du coup", "en fait": the
question had gone to Home Assistant as an area "ich am meisten gehört
habe"), the clock said the French way without "Uhr" ("um acht weniger
Viertel", huit heures moins le quart; "um fünf und Viertel", cinq heures et
quart: five o'clock had been answered, a wrong fact), "Lieblingsgruppe"
(groupe préféré, a band), "die meiste" (le plus) for "am meisten", a name
said first and pointed back to in French order ("Stromae, wie viel Mal ich
habe ihn gehört": "ihn" had been taken for the name), and the song one
cannot stop listening to ("das Lied, das ich nicht kann aufhören zu hören,
welche ist": on repeat).

Read on the words as said, in `said_as_written_de`. Each rule is a French
word, a French clock or a French word order, never a listed sentence.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_HOURS: Final = (
    r"(?:eins|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\d{1,2})"
)

ERASMUS_FR_DE: Final[tuple[Rule, ...]] = (
    # French fillers: sounds and words that ask nothing, wherever they
    # stand (never "ben": Ben Howard is a name).
    (
        r"(?:^|(?<=[\s,.?!]))(?:euh+m*|bah|du coup|en fait|bref|voilà)(?=[\s,.?!…]|$)[,.…]*",
        " ",
    ),
    # ", quoi" closing a French question: a tag.
    (r",\s*quoi\s*([?.!]?)\s*$", r"\1"),
    # The clock's French words said amid German: "moins le quart", "et
    # quart", "et demie", "moins dix".
    (r"\bmoins (?:le |un )?quart\b", "weniger viertel"),
    (r"\bmoins (?:cinq|5)\b", "weniger fünf"),
    (r"\bmoins (?:dix|10)\b", "weniger zehn"),
    (r"\bmoins (?:vingt|20)\b", "weniger zwanzig"),
    (r"\bet quart\b", "und viertel"),
    (r"\bet demie?\b", "und halb"),
    (rf"\b({_HOURS}) heures?\b", r"\1 uhr"),
    # "Huit heures moins le quart", "moins dix" said without "Uhr" (the
    # reader of French learners knows "acht Uhr weniger Viertel").
    (
        rf"\b({_HOURS})(?: uhr)? weniger (?:ein |das |die |der )?viertel\b",
        r"viertel vor \1",
    ),
    (rf"\b({_HOURS})(?: uhr)? weniger (fünf|zehn|zwanzig)\b", r"\2 vor \1"),
    # "Cinq heures et quart": a quarter past.
    (
        rf"\b({_HOURS})(?: uhr)? und (?:ein |das )?viertel\b",
        r"viertel nach \1",
    ),
    # "Huit heures vingt" said with the "und" of "et quart": after "um" a
    # clock, never twenty-eight.
    (
        rf"\bum ({_HOURS})(?: uhr)? und (fünf|zehn|zwanzig|fünfundzwanzig)\b",
        r"um \1 uhr \2",
    ),
    # "Mon groupe préféré": a band.
    (r"\blieblingsgruppen?\b", "lieblingsband"),
    (r"\bmein lieblingsband\b", "meine lieblingsband"),
    # "Le plus": the most.
    (r"\b(überspringe|skippe|höre|spiele) (?:die|der|das) meiste\b", r"\1 am meisten"),
    (
        r"\b(?:die|der|das) meiste (gehört|gespielt|übersprungen|geskippt)\b",
        r"am meisten \1",
    ),
    # "Combien de fois je l'ai écouté": the verb after its subject, a
    # pronoun pointing back to a name said first.
    (
        r"\b(wie viel mal|wie viele male|wie oft) (ich|wir) (habe|hab|haben) (ihn|sie|es|das) (gehört|gespielt)\b",
        r"wie oft \3 \2 \4 \5",
    ),
    # "La chanson que je ne peux pas arrêter d'écouter": on repeat.
    (
        (
            r"^\s*(?:und )?(?:das|die|der|welche[sr]?) (lied|song|titel|album|podcast),? (?:das|die|den|der|welche[sn]?)"
            r" (?:ich|wir) nicht (?:kann|können) aufhören zu hören"
            r"(?:,? (?:welche[sr]?|was) (?:ist|war)(?: es| das| er)?)?\s*[?.!]?\s*$"
        ),
        r"von welchem \1 komme ich nicht los",
    ),
)


def said_as_erasmus_fr_de(text: str) -> str:
    """Return `text` with a French student's fillers, clock and order said in German."""
    return " ".join(rewrite(ERASMUS_FR_DE, text, re.IGNORECASE).split())

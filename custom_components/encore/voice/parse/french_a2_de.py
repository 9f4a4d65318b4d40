"""A French speaker's A2-B1 German, French words mixed in (issue 45's seventy-ninth turn).

Blind writer 537 (blind round eighteen), a French speaker with A2-B1
German, said French words the readers of French learners (`learner_fr_de`,
`erasmus_fr_de`) had not met: "mon podcast préféré" said half in German
("was ist mein podcast préféré dieses Jahr": nothing asked), "mon goût
musical", "normalement", "une résumé", "j'ai fini" ("mit welche Lied ich
hab fini am dritte November": the last song of that day), "s'il te plaît"
after the question, and "encore et encore" said "immer und immer" ("was ist
die Lied, die ich spiele immer und immer in diese Tage": on repeat).

Read on the words as said, in `said_as_written_de`, before any reader takes
"normalement" for a name after "wann ich höre". Each rule is a French word
or a French turn, never a German one, so no other speaker's question moves.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# What a French speaker calls préféré: the kinds, French and German.
_KIND: Final = (
    r"(?:lieder|lied|songs?|titel|künstler|alben|album|podcasts?|bands?|chansons?"
    r"|artistes?|groupes?)"
)
# The French kinds said in German.
_KIND_IN_GERMAN: Final = {
    "chanson": "lied",
    "chansons": "lieder",
    "artiste": "künstler",
    "artistes": "künstler",
    "groupe": "band",
    "groupes": "bands",
}


def _favourite(said: re.Match[str]) -> str:
    """Return "podcast préféré" as "Lieblingspodcast" (le podcast préféré)."""
    kind = said[1].lower()
    return f"Lieblings{_KIND_IN_GERMAN.get(kind, kind)}"


FRENCH_A2_DE: Final[tuple[Rule, ...]] = (
    # "S'il te plaît" after the question: a kind word, no question's.
    (r",?\s*\bs'il (?:te|vous) pla[iî]t\b", ""),
    # "Mon podcast préféré": the favourite, the kind said before "préféré".
    (rf"\b({_KIND}) pr[ée]f[ée]r[ée]e?s?\b", _favourite),
    # "Mon goût musical": the taste.
    (r"\bg[oô][uû]t(?: musical)?\b", "Musikgeschmack"),
    # "Normalement", "d'habitude": usually.
    (r"\bnormalement\b|\bd'habitude\b", "normalerweise"),
    # "Une résumé", "un résumé": a summary.
    (r"\b(?:eine?n?|une?|die|das) r[ée]sum[ée]\b", "eine Zusammenfassung"),
    (r"\br[ée]sum[ée]\b", "Zusammenfassung"),
    # "J'ai fini (avec)": what I ended with, the last.
    (
        r"\b(?:ich|wir) (?:habe|hab|haben) (?:fini|finie|finis|terminé)\b",
        "habe ich aufgehört",
    ),
    # "Encore et encore": again and again.
    (r"\bimmer und immer(?: wieder)?\b", "immer wieder"),
)


def said_as_french_a2_de(text: str) -> str:
    """Return `text` with a French speaker's French words said in German."""
    return " ".join(rewrite(FRENCH_A2_DE, text, re.IGNORECASE).split())

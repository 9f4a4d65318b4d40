"""German as a grandparent asks it (issue 45's seventeenth turn, writer 46).

A German grandparent says "Kapelle" for a band, "Sendungen" for podcasts
(the singular is left alone: "die Sendung anhalten" is a command),
"der Kasten in der Küche" for the kitchen's speaker, adds "sei so gut",
"weißt du das", names a thing again after a comma ("von Air, diesen
Franzosen", "von den Sendungen, diese Podcasts") and asks for a summary
"von meinem Jahr". The text is read here with its punctuation, before it is
normalized: an apposition ("diesen Franzosen") is dropped only at the end, set apart
by a comma, said with "diese" (never an article: "..., die Ärzte?" is a name),
and never when its noun is a time ("..., diese Woche?" stays).
"""

import re

from .grandparent_de import undo_grandparent_de
from .rules import Rule, rewrite

_TIME_NOUN = (
    r"(?:woche|wochen|monat|monate|monats|jahr|jahre|jahres|tag|tage|tages|nacht|nächte|morgen|abend|abende"
    r"|wochenende|wochenenden|zeit|saison)"
)

ELDERLY_DE: tuple[Rule, ...] = (
    # "..., sei so gut" / "weißt du das?": a kind word around the question.
    (
        r",?\s*\b(?:sei|seien sie|wärst du|wären sie) (?:so )?(?:gut|lieb|nett|freundlich)\b\s*,?",
        " ",
    ),
    (r",?\s*\b(?:weißt du das|weisst du das|weißt du|weisst du)\s*(?=[?.!]|$)", ""),
    # "von Air, diesen Franzosen?": the thing named again, set apart at the end.
    (
        rf",\s*(?:von\s+)?(?:diese|diesen|dieser|diesem|dieses)\s+(?!{_TIME_NOUN}\b)\w+\s*(?=[?.!]?\s*$)",
        "",
    ),
    # Saxony says it "Gabelle" (issue 45's sixtieth turn, blind writer 383).
    (r"\b(?:kapellen|gabellen)\b(?!\s+(?-i:[A-ZÄÖÜ]))", "Bands"),
    (r"\b(?:kapelle|gabelle)\b(?!\s+(?-i:[A-ZÄÖÜ]))", "Band"),
    # "Ming Lieblingskapelle" (a Rhineland grandfather, issue 45's
    # fifty-sixth turn, blind writer 351): the favourite band, no song.
    (r"\blieblingskapelle\b", "Lieblingsband"),
    (r"\blieblingskapellen\b", "Lieblingsbands"),
    # "Sendungen" (podcasts), never before a name ("die Sendungen The Daily").
    (r"\b(?:den |die )?sendungen\b(?!\s+(?-i:[A-ZÄÖÜ]))", "Podcasts"),
    # "was lief im Kasten in der Küche": the box is the room's speaker.
    (
        r"\b(?:im|auf dem|aus dem|in dem) (?:kasten|ding|apparat|gerät|kästchen)\s+(?=(?:in der|im|auf der) )",
        "",
    ),
    # "eine Zusammenfassung von meinem Jahr": this year's.
    (
        r"\b(zusammenfassung|rückblick|überblick|übersicht) (?:von|über|auf) (?:meinem|meinen|mein) (jahr|monat)\b",
        r"\1 von diesem \2",
    ),
    (
        r"\b(zusammenfassung|rückblick|überblick|übersicht) (?:von|über|auf) (?:meiner|meine) woche\b",
        r"\1 von dieser Woche",
    ),
    # The spaces a dropped word left.
    (r"\s+(?=[?.!,])", ""),
    (r"\s{2,}", " "),
)
"""The rewrites, read with the text's punctuation (case is ignored)."""


def undo_elderly_de(text: str) -> str:
    """Return `text` with a German grandparent's words undone."""
    # A Bavarian grandmother's greeting, remarks and words first (issue 45's
    # nineteenth turn).
    text = undo_grandparent_de(text)
    return rewrite(ELDERLY_DE, text, re.IGNORECASE).strip()

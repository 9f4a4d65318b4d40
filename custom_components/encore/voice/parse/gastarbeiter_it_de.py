"""German of an Italian pensioner decades in Germany (issue 45's seventy-fifth turn).

Blind writer 513, a former Gastarbeiter, leaves out articles, leaves verbs
in the infinitive ("wie lange Musica laufen", "welche Album ich viel
hören"), says "Wocke" for "Woche", "Musica" for "Musik", puts "letzte"
after its noun as Italian does ("am Wochenende letzte", "il fine settimana
scorso") and drops in Italian words ("ieri", "allora", "mamma mia").
"In letzte zwei Wocke welche Podcast ich höre viel" had been answered for
all time and "am Wochenende letzte hab ich Daft Punk gehört" as the last
play of the weekend: wrong facts.

Read on the words as said, in `said_as_written_de`, so the check for
unread times reads "Wocke" too. The word forms ("Wocke", "Musica",
"ieri") are his alone; the order rules are gated by his marks.
"""

import re
from typing import Final

from .rules import Rule, rewrite, rewrite_marked

_WORDS: Final[tuple[Rule, ...]] = (
    (r"\bwocke\b", "woche"),
    (r"\bwocken\b", "wochen"),
    (r"\bmusica\b", "musik"),
    (r"\bieri\b", "gestern"),
    (r"\boggi\b", "heute"),
    (r"\b(?:mamma mia|allora|ecco|madonna)\b,?", " "),
)

# His marks: an infinitive after "ich" or a subject left out, "viel" for
# "am meisten", "letzte" after its noun, "ich vergesse", "neu für mich".
_MARK: Final = re.compile(
    r"\b(?:ich (?:viel )?(?:hören|spielen|machen)|musik laufen|lied laufen|ich höre viel"
    r"|(?:wochenende|woche|monat|jahr|sommer) letzte|ich vergesse|neu für mich"
    r"|mache weiter drücken|wie viel mal|alles zusammen|wieder und wieder|diese tage)\b",
    re.IGNORECASE,
)

_ORDER: Final[tuple[Rule, ...]] = (
    # "Am Wochenende letzte" (il fine settimana scorso): "letzte" after its
    # noun, never before another period word ("am Wochenende letzte Woche").
    (
        r"\b(?:am |das |im )?(wochenende|jahr) letzte[ns]?\b(?! ?(?:woche|monat|jahr|mal|nacht|zeit|tage?)\b)",
        r"letztes \1",
    ),
    (
        r"\b(?:die |in der )?woche letzte[ns]?\b(?! ?(?:woche|monat|jahr|mal|nacht|zeit|tage?)\b)",
        "letzte woche",
    ),
    (
        r"\b(?:im |den )?(monat|sommer|winter|herbst) letzte[ns]?\b(?! ?(?:woche|monat|jahr|mal|nacht|zeit|tage?)\b)",
        r"letzten \1",
    ),
    # "Ich mache weiter drücken (wenn Lied laufen)": pressing next, a skip.
    (
        r"\bich (?:mache|mach) weiter drücken\b(?: wenn (?:das |die |ein )?lied (?:laufen|läuft))?",
        "überspringe ich",
    ),
    # "Welche Album ich viel hören": the most heard, asked.
    (
        r"\b(welche[snmr]?) (\w+) ich (?:viel|meiste) (?:hören|höre)\b",
        r"\1 \2 habe ich am meisten gehört",
    ),
    (
        r"\b(welche[snmr]?) (\w+) ich (?:hören|höre|spielen|spiele) (?:viel|meiste)\b",
        r"\1 \2 habe ich am meisten gehört",
    ),
    # "Wie lange Musik laufen": the infinitive for "lief".
    (r"\bwie lange (musik|lieder|podcasts?) laufen\b", r"wie lange lief \1"),
    (r"\bwie viel mal (musik|lieder|was) (?:gelaufen|laufen)\b", r"wie oft lief \1"),
    # "Gelaufen alles zusammen", said last: all of it. "Musik und alles
    # zusammen", ", alles zusammen, Lieder und Podcasts" say what is counted.
    (r"(?<![,\s])(?<!\bund)\s+alles zusammen(?=\W*$)", " insgesamt"),
    # "Welche Sänger neu für mich": the verb left out.
    (
        r"\b(welche|welcher) (sänger|sängerin|künstler|bands?|interpreten) neu für mich\b",
        r"\1 \2 sind neu für mich",
    ),
    # "Ich vergesse" (I forget) asks nothing.
    (r",?\s*\bich vergesse\b", " "),
    # "Jetzt diese Tage" (in questi giorni): lately.
    (r"\b(?:jetzt )?(?:in )?diese tage\b", "in letzter zeit"),
)


def said_as_gastarbeiter_it(text: str) -> str:
    """Return `text` with an Italian pensioner's German said in standard words."""
    text = " ".join(rewrite(_WORDS, text, re.IGNORECASE).split())
    return rewrite_marked(_MARK, _ORDER, text, squeeze=True)

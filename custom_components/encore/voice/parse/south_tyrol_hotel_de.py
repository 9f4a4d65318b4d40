"""A South Tyrolean hotel keeper's German (issue 45's blind round eleven).

Blind writer 489 speaks Südtirolerisch with Italian words in it: "hon i",
"gheart", "glousn" (gehört, from "losen"), "glaffn" (gelaufen), "ghobt"
for a song had on, "hobm mir" (haben wir), "wia long" (wie lange),
"aufgwocht" (aufgewacht), "aufkemmen" (came up: a name's first play),
"Lieblingsliad", "Musigjohr", a question opened on "hoi", "bo", "jo",
"magari" or "allora", and "wer isch mei Lieblingsliad" for the top song
("wer" of a song, not of an artist). "Welcher Podcast isch bei mir in
letzter Zeit drau" (dran) asks the top podcast lately. Her words of time
("fert" for last year, "in der Fria", "af d'Nocht", "Mantig") are read
where every time is read (`when.shorthand`), so a slot and the check for
a time left unread see them too.

Each rule is bound to a listening question's shape: "ghobt" is played only
after "hon i" or "hobm mir", "drau" only closing a question about the
history with a time said before it (never "grod", what plays now).
"""

import re
from typing import Final

from .rules import Rule, rewrite

# The words of time that may stand before "drau" (dran) closing the
# question: a period of the past, never "grod" (now).
_PERIOD_BEFORE_DRAU = (
    r"(?:in letzter zeit|letzte wochn|letzte woche|die wochn|diese woche|heier|heuer"
    r"|des johr|dieses jahr|fert|letztes jahr|letzten monat|diesen monat|seit \w+|im \w+)"
)

SOUTH_TYROL_HOTEL: Final[tuple[Rule, ...]] = (
    # A word said first that asks nothing: "hoi," (hello), "bo," (well),
    # "jo" (well, before the question's verb), "magari" (maybe), "allora",
    # "ecco". Only at the start: "jo" inside a question stays.
    (r"^\s*(?:hoi|bo|magari|allora|ecco)\b\s*,?\s*", ""),
    (r"^\s*jo\b\s*,?\s*(?=(?:hon|hob|hobm|hom|hobn|isch|wor)\b)", ""),
    # "Wer isch mei Lieblingsliad": the song, though "wer" is said.
    (
        r"\bwer (isch|is|ist|wor|war) (mei|mein) (lieblingsliad|lieblingsliadl|lieblingslied)\b",
        r"was \1 mein lieblingslied",
    ),
    (r"\blieblingsliad\b", "lieblingslied"),
    (r"\bliadlan\b", "lieder"),
    (r"\bmusigjohr\b", "musikjahr"),
    # "Hobm mir", "hobm wir": have we.
    (r"\bhobm (mir|wir|mia)\b", "haben wir"),
    # "Wia long": how long.
    (r"\bwia long\b", "wie lange"),
    # The participles of listening: "glousn", "glosn" (from "losen"),
    # "glaffn", "gloffn" (gelaufen), "aufgwocht" (aufgewacht).
    (r"\bg(?:e)?l(?:ou|o)s(?:e)?n\b", "gehört"),
    (r"\bg(?:e)?l(?:a|o)ffn\b", "gelaufen"),
    (r"\baufg(?:e)?w(?:o|a)cht\b", "aufgewacht"),
    # "Daft Punk, wann isch des zum erschtn Mol ...": the name said first
    # pointed back to, as `said_first` knows it ("wann ist das"). Only after
    # the name's comma: "seit wann isch des Sexy Boy ..." is an article.
    (r",\s*(wann|wia oft|wie oft) isch (?:des|dös)\b", r", \1 ist das"),
    (r"\bzum erscht(?:n|en|e)? mol\b", "zum ersten mal"),
    (r"\bes letzte mol\b", "das letzte mal"),
    # "Wann isch des zum erschtn Mol aufkemmen": when it first came up.
    (r"\b(?:aufkemmen|aufkemman|aufkimmen)\b", "aufgetaucht"),
    # "Hon i X ghobt", "hobm mir X ghobt", "wia oft hon i de heier ghobt":
    # a song or an artist had on, only after the speaker's "hon i" or
    # "haben wir" in the same question.
    (
        r"\b(hon i|hob i|hab i|hab ich|habe ich|haben wir|hom mir)\b(.*?) g(?:e)?hobt\b",
        r"\1\2 gehört",
    ),
    # "Isch bei mir in letzter Zeit drau": the most played of that time.
    (
        (
            rf"^(welcher|welches|welche|wer|wos fir a|was für ein) ?(\w+)? (?:isch|is|ist|wor|war)"
            rf" bei (?:mir|uns) ({_PERIOD_BEFORE_DRAU}) (?:drau|dran|drauf)\s*[?.!]*$"
        ),
        r"\1 \2 habe ich \3 am meisten gehört",
    ),
    # "In der Fria oder af d'Nocht": mornings or evenings, compared.
    (
        r"\bin der (?:fria|friah|fruah|früh) oder af d'? ?nocht\b",
        "morgens oder abends",
    ),
    (
        r"\baf d'? ?nocht oder in der (?:fria|friah|fruah|früh)\b",
        "abends oder morgens",
    ),
)


def said_in_south_tyrol(text: str) -> str:
    """Return `text` with a South Tyrolean hotel keeper's words said plainly."""
    return " ".join(rewrite(SOUTH_TYROL_HOTEL, text, re.IGNORECASE).split())

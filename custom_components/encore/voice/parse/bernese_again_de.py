"""Bärndütsch words the Bernese readers did not know (issue 45's seventieth turn).

Blind writer 478 asked in Bernese: "hütt" (today) with its double t was
no time, so "wie mängs Liedli han i hütt scho gloset" looked for a name
"hütt" and "wi viu han i hütt am Namittag glost" was asked back which
afternoon; "i de letschte zwöi Wuche" was no period ("zwöi" was read only
before an hour); "mis meischtglosete Liedli" (my most heard song) was
no ranking. `dialect_de_swiss` reads the rest of Bern's words after these.

Only words no standard German sentence holds change ("hütt", "zwöi",
"meischtglosete", "mis" before a superlative), so a title keeps its words.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_BERNESE: Final[tuple[Rule, ...]] = (
    # "Hütt", "hütte" said for "hüt" (today), never the noun "Hütte" before
    # a word of the day or of listening.
    (r"\bhütt\b", "heute"),
    (r"\bhütte(?= (?:am|z|morge|morgen|abe|abig|namittag|scho|no|i tag)\b)", "heute"),
    # "Zwöi", "zwoi" (two) before a span: "i de letschte zwöi Wuche".
    (
        r"\b(?:zwöi|zwoi)(?= (?:wuche|woche|wochen|täg|tage|mönet|monate|stund|stunde|stunden)\b)",
        "zwei",
    ),
    (
        r"\b(?:i|in) (de|dä|den) (letscht\w*|letzte\w*) (?=zwei|drei|vier|sieben|zehn|\d)",
        "in den letzten ",
    ),
    (r"\b(zwei|drei|vier) (?:wuche|wuchä)\b", r"\1 wochen"),
    # "Mis meischtglosete Liedli": my most heard song ("mis" is "mein" only
    # before a superlative here: "Mis" is also a title's word).
    (r"\bmis(?= (?:meischt|meist|liebscht|lieblings))", "mein"),
    (
        r"\bmeischt ?(?:glos|glost|gloset|glosset|gloste)(?:e|i|ete|ets|eti|et|es|s)?\b",
        "meistgehörtes",
    ),
    (r"\b(meistgehörtes) liedli\b", r"\1 lied"),
    (r"\bliebschte\b", "liebsten"),
    # "Aube" (usually): the habit asks nothing the ranking needs. Not
    # "albe", Swabia's word for albums.
    (r"\baube\b", ""),
)

# A sentence holding one of these words is Bernese.
_MARK: Final = re.compile(
    r"\b(?:hütt|hütte|zwöi|zwoi|mis|meischt\w*|liebschte|aube)\b", re.IGNORECASE
)


def said_in_bernese_again(text: str) -> str:
    """Return Bernese words no reader knew in standard German; other text as it is."""
    return rewrite_marked(_MARK, _BERNESE, text, squeeze=True)

"""A Bernese woman's Bärndütsch again (issue 45's eighty-fifth turn, blind writer 567).

Blind writer 567, a woman from Bern in her mid-forties, asks in the Bernese
of everyday speech, with its "l" said as "u" ("vüu" for viel, "Verzeu mau"
for erzähl mal) and its diminutives ("Liedli", "Podcäschtli"). The readers
before knew Zürich's and Basel's words and Bern's "wie mängs Mau", but not:

- "Wie vüu Liedli han i hüt am Morge scho glost?", "Wie vüu Sache han i
  vorgeschter glost, aues zäme?", "mit wie vüune verschidene Bands ..."
  ("vüu", "vüune": how many; "aues zäme": all told);
- "weles Podcäschtli losen i am meischte" (her podcast, read as a song:
  the top song was told, a wrong fact);
- "bi welem Liedli drück i am hüfigschte uf wyter" (most often: read as
  the skip rate, a wrong fact);
- "Han i i de letschte zwo Wuche öppis Nöis entdeckt" ("zwo" for zwei: no
  period, all time told, a wrong fact);
- "Sexy Boy, wenn isch das ds letschte Mau gloffe?" ("wenn" for wann, "ds"
  and "Mau": the name was lost and the last song of all told);
- "bin i eher e Morge- oder e Namittagsloserin" (a listener, "Loser", of
  the morning or the afternoon: the parts of the day compared);
- "di füf meischtglosete Songs vo färn" (the five: "meistgehörtes" before
  a plural had hidden the count).

Others of Bern say the same with "vüu Mau", "Podcäscht", "am hüüfigschte",
"Abigloser", "zwo Mönet", "ds erschte Mau": each is read here. Run first of
`said_as_written_de`'s newest rounds, only where her words are heard
(`_MARK`: words only Bernese says), so a standard question keeps its words;
"laht mi nid los" (on repeat) is read with the other idioms in `hooked_de`.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# Words only Bern's German says: "vüu", "vüune", "Mau", "Podcäschtli",
# "hüfigschte", "Wuche", "Loserin", "gloffe".
_MARK: Final = re.compile(
    r"\b(?:vüu\w*|mau|sit (?:wenn|wann)|nimmt mi\w* (?:es )?(?:\w+ )?wunder|meischt ?glos\w*|meistgehörtes|podcäscht\w*|hü?üfigscht\w*|wuche|mönet|\w+loser(?:in)?|gloffe|glost)\b",
    re.IGNORECASE,
)

# A part of the day a "Loser" (listener) is said of, as it is meant.
_DAY_PART: Final = {
    "morge": "Morgen",
    "morgen": "Morgen",
    "vormittag": "Vormittags",
    "namittag": "Nachmittags",
    "nachmittag": "Nachmittags",
    "abig": "Abend",
    "abe": "Abend",
    "nacht": "Nacht",
}
_PART: Final = "|".join(_DAY_PART)

_RULES: Final[tuple[Rule, ...]] = (
    # "Es nimmt mi (es bitzeli) wunder: ...": I wonder, asking nothing.
    (
        r"^(?:es )?nimmt mi(?:ch)? (?:es )?(?:bitzeli |bitzli |chli )?wunder\b[:,]?\s*",
        "",
    ),
    (r"^mi(?:ch)? nimmt(?:s)? (?:es )?(?:bitzeli |bitzli |chli )?wunder\b[:,]?\s*", ""),
    # "sit wenn losen i X", "sit wenn lose mir X": since when (its first play).
    (
        r"^sit (?:wenn|wann) (?:losen|lose|los|ghöre) (i|mir|mer)\b",
        lambda found: (
            "seit wann höre ich" if found[1].lower() == "i" else "seit wann hören wir"
        ),
    ),
    # "di zwöi Künstler", "di zwo Bands": a count before a kind.
    (
        r"\b(?:zwöi|zwoi|zwo) (?=(?:künstler|bands|songs|lieder|liedli|alben|podcasts)\b)",
        "zwei ",
    ),
    # "Wie vüu", "vüu Mau", "mit wie vüune": viel, vielen.
    (r"\bvüu?ne\b", "vielen"),
    (r"\bwie vüu mau\b", "wie oft"),
    (r"\bvüu sache\b", "viele Sachen"),
    (
        r"\bvüu (?=(?:verschide\w*|liedli|lieder|songs|künstler|bands|alben|podcasts|folge\w*)\b)",
        "viele ",
    ),
    (r"\bvüu\b", "viel"),
    (r"\baues zäme\b", "alles zusammen"),
    # "Podcäschtli", "Podcäscht": a podcast, never a song.
    (r"\bpodcäscht\w*", "Podcast"),
    # "am hüfigschte": am häufigsten (a ranking, never the rate).
    (r"\bhü?üfigschte\b", "häufigsten"),
    # "i de letschte zwo Wuche", "zwo Mönet": two of a span.
    (r"\bzwo (?=(?:wuche|wuchä|woche|wochen)\b)", "zwei "),
    (r"\bzwo (?:mönet|monet|monate)\b", "zwei Monate"),
    (r"\bzwo (?:täg|tage)\b", "zwei Tage"),
    (r"\b(?:i|in) (?:de|dä|den) (?:letschte|letzte)n? (?=zwei\b)", "in den letzten "),
    (r"\bzwei (?:wuche|wuchä)\b", "zwei Wochen"),
    # "X, wenn isch das ds letschte Mau gloffe": the name's last (first)
    # play asked as standard German says it.
    (r"(?<=, )(?:wenn|wann) han i (?=(?:das|dä|die|ihn|es|se|si)\b)", "wann hab ich "),
    (r"(?<=, )wenn (?=(?:isch|hei mir|het)\b)", "wann "),
    (
        r"\b(?:ds|s) (letscht|erscht)e? mau\b",
        lambda found: (
            "das letzte Mal" if found[1].lower() == "letscht" else "das erste Mal"
        ),
    ),
    # "e Morge- oder e Namittagsloserin": a listener of a part of the day.
    (rf"\b({_PART})-(?= oder\b)", lambda found: f"{_DAY_PART[found[1].lower()]}-"),
    (
        rf"\b({_PART})s?-?loser(in)?\b",
        lambda found: f"{_DAY_PART[found[1].lower()]}hörer{found[2] or ''}",
    ),
    (r"\be (?=\w+-|\w+hörer)", "eine "),
    # "di füf meischtglosete Songs": the plural keeps the count before it.
    (
        r"\b(?:meischt ?glos\w*|meistgehörtes) (songs|lieder|liedli|künstler|bands|alben|podcasts)\b",
        r"meistgehörten \1",
    ),
)


def said_as_bernese_woman(text: str) -> str:
    """Return the Bernese woman's words in standard German; other text as it is."""
    return rewrite_marked(_MARK, _RULES, text, squeeze=True)

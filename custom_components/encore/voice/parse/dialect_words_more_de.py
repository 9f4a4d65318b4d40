"""Words of the dialects the other readers did not know (issue 45's sixty-sixth turn).

Blind writers 445 to 450 said words of a question in their dialect that no
reader knew, and got answers for another question (wrong facts): Vienna's
"vurgestern" (today was answered), the Palatinate's "zwää Woche" (all time),
Low German's "vom letzten Maand" (all time) and "mien Week" (this month),
Switzerland's hours with their "-e" ("um halb nüüne", "zehn nach füüfe":
the clock was dropped or read as ten o'clock) and "überschpringe" (skip:
the most played was answered). Each word is read as its German one, an
hour's only after the words that say a clock; read last in `dialect_de`,
once every dialect's own words are plain.
"""

from typing import Final

from .rules import Rule, rewrite

# Switzerland's hours said with "-e" ("am füüfe", "halb nüüne"); "achte"
# and "elfe" are words of their own and are left out.
_HOURS_E: Final = (
    ("eis|eisi", "eins"),
    ("drüü|drüü?e", "drei"),
    ("vieri|viere", "vier"),
    ("füüfe|füfe|föifi|föife", "fünf"),
    ("sächse|sechse", "sechs"),
    ("sibne|siebne", "sieben"),
    ("nüüne|nüne|nüüni", "neun"),
    ("zääne|zäne|zehne", "zehn"),
    ("zwölfe", "zwölf"),
)

DIALECT_WORDS_MORE_DE: Final[tuple[Rule, ...]] = (
    # Vienna's and rural Austria's "vurgestern" (writer 445).
    (r"\bvurgestern\b", "vorgestern"),
    # The Palatinate's and Hesse's "zwää" (writer 446), only before what
    # is counted in time.
    (
        r"\bzwää(?= (?:woche|wochen|monat|monate|monaten|tag|tage|tagen|jahr|jahre)\b)",
        "zwei",
    ),
    (r"\b(letzte|letzten) (zwei|drei|vier) woche\b", r"\1 \2 wochen"),
    # Low German's "Maand" (writer 447): "vom letzten Maand", "düssen Maand".
    (r"\bmaand\b", "monat"),
    # Low German's English "Week" after a word that owns it ("mien Week",
    # "disse Week"): never a title's "Week" after a verb.
    (r"\b(mein|meine|diese|die|letzte|letzten|vorige) week\b", r"\1 woche"),
    (r"\bmein woche\b", "meine woche"),
    # "..., so Band-mäßig" said last (writer 445): a manner of speaking
    # after the question, whose "wen" already says the kind. Only a band:
    # "so Liadl-mäßig" says songs, which other readers take.
    (r"(?: so)? (?:band|bands|künstler)-?mäßig$", ""),
    # "Wen hab i ... oft g'hört" (writer 445): whom most, as the plain
    # "wen habe ich oft gehört" is read before the dialects (`plainly`).
    (
        r"^wen (habe|hab|hast) (ich|du) (.*?) ?(?:sehr |ganz |so )?oft gehört$",
        r"wen \1 \2 \3 am meisten gehört",
    ),
    # Switzerland's "überschpringe" (writer 450): skip.
    (r"\büberschpring(e|en|t|sch|st)?\b", r"überspring\1"),
    # "An welem Dag" (writer 450): which day.
    (r"\b(an|am|um|in) welem (dag|tag)\b", r"\1 welchem tag"),
    *(
        (rf"\b(um|halb|nach|vor|gegen|bis) (?:{said})\b", rf"\1 {plain}")
        for said, plain in _HOURS_E
    ),
    # Switzerland's "am füüfe" is "um fünf".
    *((rf"\bam (?:{said})\b", f"um {plain}") for said, plain in _HOURS_E),
)


def undo_dialect_words_more(words: str) -> str:
    """Return normalized German words with these dialect words read."""
    return rewrite(DIALECT_WORDS_MORE_DE, words)

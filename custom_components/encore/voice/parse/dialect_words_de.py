"""German dialects' words of a listening question, read by their shape.

The companion of `dialect_times_de` for the words that say what is asked:
which ("wele", "welli", "wecha", "welchm"), a song ("Lidder"), an album
("Lieblingsplattn"), skipped ("iwwersprunge"), most often ("am öftan"), a
day and an hour ("an welchm Tog", "zu welcher Stund"). Issue 45's
thirty-eighth turn brought Zurich, the Upper Palatinate, the Palatinate,
Lower Bavaria and the Mühlviertel; each said these few words its own way,
and a question that lost its "which" or its "skipped" was answered as
another family ("Welle Künschtler wird bei mir am meischde iwwersprunge?"
was answered with the top artist). Run before every dialect's own rules, so
each reads the standard word; a word changes only where no standard German
sentence holds it.
"""

from .rules import Rule, rewrite

_KINDS = r"(?:lied|lieder|song|songs|künstler|künschtler|band|bands|album|alben|platte|podcast|folge|folgen|sänger|artist|artists|track|tracks|stück)"

DIALECT_WORDS_DE: tuple[Rule, ...] = (
    # Which: "wele Song", "welli Band", "wecha Sänger", "an welchm Tog".
    (rf"\b(?:wele|weli|welli|wella|wela)\b(?= {_KINDS}\b)", "welche"),
    (rf"\b(?:weles|welles|weless)\b(?= {_KINDS}\b)", "welches"),
    (rf"\b(?:wecha|wecher|wölcha|welcha)\b(?= {_KINDS}\b)", "welcher"),
    (r"\b(?:welem|welchm|wöchm|wellem)\b", "welchem"),
    # A day and an hour: "an welchem Tog", "zu welcher Stund".
    (r"\b(welchem|am|an|jeden|dem|einem|welchen) (?:tog|dog|dåg)\b", r"\1 tag"),
    (r"\b(welcher|der|einer) stund\b", r"\1 stunde"),
    # Songs, albums, episodes: "Lidder", "Lidd", "Lieblingsplattn", "Folga".
    (r"\blidder\b", "lieder"),
    (r"\blidd\b", "lied"),
    (r"\b(lieblings)?plattn\b", r"\1platte"),
    # Skipped: "iwwersprunge" (the Palatinate), "iwwerspringe".
    (r"\biwwersprung(?:e|en|a)?\b", "übersprungen"),
    (r"\biwwerspring(e|st|t)?\b", r"überspring\1"),
    # Most often: "am öftan", "am öftastn", "am öftesdn".
    (
        r"\bam (?:öftan|öftastn|öftasten|öftesdn|öftestn|öfteschde|öftschde)\b",
        "am öftesten",
    ),
    # "Wen hob i in letzter Zeit so vui ghört, wecha Sänger war des": heard
    # "so much" and then asked which one is the most heard.
    (
        (
            r"\bso (?:viel|vui|vüi|vü|vill|arg) (gehört|ghört|gespielt|gspielt|gspuit)\b"
            r"(?=.*\bwelche[rsn]? (?:sänger|sängerin|künstler|band|lied|song|album|podcast)\b)"
        ),
        r"am meisten \1",
    ),
    # Thirty, said short: "die letztn dreißg Dog".
    (r"\b(?:dreißg|dreissg|dreißich|dreißge)\b", "dreißig"),
)


def undo_dialect_words(words: str) -> str:
    """Return lower-cased German words with the dialects' question words made standard."""
    return rewrite(DIALECT_WORDS_DE, words)

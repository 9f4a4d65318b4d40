"""Basel's and Vorarlberg's words the older readers missed (issue 45's sixty-ninth turn).

A Basler speaking Baseldytsch (blind writer 466) and a Vorarlberger in
Alemannic Austrian German (470) were scored blind. Basel writes the long i
as "y" in more words than `dialect_de_basel` knew: "syt" (since), "my"/"mys"
(my), "dryssg" (thirty), "wytergsprunge" (skipped); it says "wär han ich"
for whom did I hear, "zwanzgi füfezwanzg" for 2025, "bsässe gsi" for
hooked on, "neui" (new), "verschiideni" (different). "Syt Oktober" had been
read as October alone, "my Wuche" as this month, "zwanzgi füfezwanzg" as
all time: wrong facts. Vorarlberg says "wia mängmol" (how often), "glosat"
(listened), "hot" (has), "weli Zit" (what time), "normalerwis", "meischt
gspielta" (most played) and "Zämmafassig" (summary). Both put a name
first and point back to it ("The Daily, wenn isch där s letscht Mol
gloffa") and say "do" (then) after the verb as a filler.

Read before `dialect_de_basel` and `dialect_de_alemannic`, which then see
the words they know. Each rule holds a word no standard German sentence
holds ("syt", "dryssg", "glosat", "mängmol"), or one beside the words that
make it the dialect's ("my Wuche", "hot d", "isch do ... emol gloffe"), so
a title keeps its words.
"""

from typing import Final

from .rules import Rule, rewrite

_MONTHS = (
    r"januar|februar|märz|merz|april|mai|juni|juli|augschte|auguscht|august"
    r"|september|oktober|november|dezember"
)
_DAYS = r"mäntig|montag|zischtig|dienstag|mittwuch|mittwoch|donnschtig|donnerstag|frytig|fritig|freitag|samschtig|samstag|sunntig|sonntag"
_PERIODS = r"wuche|woche|wucha|johr|jahr|monet|monat|summer|sommer|wuchenänd"

HIGH_ALEMANNIC: Final[tuple[Rule, ...]] = (
    # Thanks said after the question asks nothing.
    (r",? merci (?:vil|viel)mol\W*$|,? merci vilmal\W*$", ""),
    # A name said first, then pointed back to ("Dä Daily, wenn han ich dä s
    # letschte Mol ghört", "The Daily, wenn isch där s letscht Mol gloffa"):
    # the name goes where the pointing word stood.
    (
        (
            r"^(?:dä )?([^,]+),? wenn (isch|han i|han ich|hani|hon i) (?:dä|där|das|des|dia|die|de)"
            r" (?=(?:s|das|des) (?:letscht|erscht|letzt|erst)\w* (?:mol|mal)\b)"
        ),
        r"wenn \2 \1 ",
    ),
    # "Wär han ich ... am meischte ghört": whom I heard, Basel's "wär".
    (r"\bwär(?= (?:han|hon) (?:i|ich)\b)", "wen"),
    # "Vo wäm bin ich in letschter Zyt so richtig bsässe gsi": hooked on.
    (
        r"^vo(?:n)? w(?:ä|e)m bin i(?:ch)? (.*?) ?(?:eso |so )?(?:richtig )?bsässe(?: gsi)?\b",
        r"wen habe ich \1 am meisten gehört",
    ),
    # The year said as two numbers with Basel's "zwanzgi" first.
    (r"\bim zwanzgi (?=(?:füfe|vieri?e|föife)zwanzg\b)", "im jahr zwanzg"),
    (r"\bzwanzgi (?=(?:füfe|vieri?e|föife)zwanzg\b)", "zwanzg"),
    # The long i written as y: "syt", "my", "mys", "dryssg", "wyter...".
    (rf"\bsyt(?= (?:{_MONTHS}|{_DAYS}|letscht\w*|geschter|anfang|\d)\b)", "seit"),
    (r"\bmy(?= (?:wuche|woche|wucha)\b)", "meine"),
    (rf"\bmys?(?= (?:{_MONTHS}|{_PERIODS})\b)", "mein"),
    (r"\bdryss?g\b", "dreißig"),
    (
        r"\bwyter(?:gsprunge|gsprungen|gdruckt|druckt|gschaltet|gskippt)\b",
        "übersprungen",
    ),
    (r"\bverschiiden[is]\b", "verschiedene"),
    (
        r"\bneui(?= (?:bands|künschtler|künstler|lieder|liedli|songs|interprete)\b)",
        "neue",
    ),
    # A kind's "-mässig" said last ("Wie isch my Wuche gsi, musiggmässig").
    (r",? musigg?[- ]?mässig\W*$", ""),
    (r"\be (?=rückblick|überblick|zämefassig|zämmefassig|zämmafassig)", "einen "),
    # "Was für Musigg han ich eigentlich gärn": the music I like.
    (
        (
            r"\b(was für (?:musigg?|musik|lieder|liedli|bands|künschtler)) (?:han|hon) (?:i|ich)"
            r" (?:eigentlich |eigentli )?gärn\b"
        ),
        r"\1 höre ich gern",
    ),
    # "Do" (then) after the verb is a filler: "isch do Da Funk emol gloffe",
    # "hon i do öppis glosat", "isch do s letschte Liedle gsi".
    (
        (
            r"\b(isch|hon i|han i|hani) do (?=(?:.{1,40} )?(?:emol|mol|mal) (?:gloffe|gloffa|gelaufen|ghört|gehört|glost)\b"
            r"|öppis|s |am )"
        ),
        r"\1 ",
    ),
    # "Emol" (ever) before the participle asks whether at all.
    (r"\bemol (?=(?:gloffe|gloffa|gelaufen|ghört|gehört|glost|glosat)\b)", ""),
    # Vorarlberg: "wia mängmol" (how often), "glosat", "hot d Ada", "weli
    # Zit", "normalerwis", "meischt gspielta", "Zämmafassig", "gschwind".
    (r"\bwi[ae]? mängs?mol\b", "wie oft"),
    (r"\bglosat\b", "gehört"),
    (r"\bhüt am morg[ae]\b", "heute morgen"),
    (r"\bhot(?= (?:d|die|dr|der|i|er|si|mr|mir)\b)", "hat"),
    (r"\bweli zit\b", "welche uhrzeit"),
    (r"\bnormalerwis\b", "normalerweise"),
    (r"\bmeischt g?spielta\b", "meistgespielten"),
    (r"\bmin[ei](?= (?:drei|fünf|föif|füf|zwei|zwoa|zeh|zehn) )", "meine"),
    (r"\b(drei|fünf|föif|füf|zwoa|zehn|meistgespielten) liedle\b", r"\1 lieder"),
    (r"\bzämmafassig\b", "zusammenfassung"),
    (r"\ba (?=zusammenfassung|rückblick|überblick)", "eine "),
    # A summary "vo de letschta drei Monet" is of the months ("De top fünf
    # Künstler vo de letztn drei Monat" is read as it was).
    (
        r"\b(zusammenfassung|rückblick|überblick) vo de (?=letschta|letschte|letzten)",
        r"\1 der ",
    ),
    (r"(?:^|(?<= ))gschwind\b,? ?", ""),
)


def undo_high_alemannic(words: str) -> str:
    """Return normalized German words with Basel's and Vorarlberg's newer words undone."""
    return " ".join(rewrite(HIGH_ALEMANNIC, words).split())

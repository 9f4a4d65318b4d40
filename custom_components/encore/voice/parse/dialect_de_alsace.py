"""German as an Alsatian says it, with French in it (issue 45's sixty-ninth turn).

Blind writer 472 asked in Alsatian German and got an answer for another
question five times: "geschtert" (yesterday, with its Alsatian -t) was
read as no time and answered for today, "halb nein" (half past nine: the
Alsatian "nein" is "neun") lost its clock, and "s'erschte Liedel" and
"am Friddi vor einere Woch" lost their day. Most of the rest went unread:
"ghert" (gehört), "gspielt", "gloffe", "hemmer" (haben wir), "hit morje"
(heute morgen), "z'Owe" (abends), "wie viel Mol" (how often), "Liedel"
(song), "wel" (which), "min" (my), "ebbis" (something), "vum" (vom),
"meh" (mehr), "gfallt" (gefällt), "was fer" (was für), "Samschtig", and
the French and Alsatian words said around a question ("alors", "hopla",
"jo", "sag mol").

The words are undone only in a sentence that says at least one word no
other German says ("geschtert", "Liedel", "hemmer", "hit morje", "z'Owe",
"Friddi", "ebbis", "alors"...), so a standard sentence, a title ("Nein",
"Min") and the neighbours' dialects keep their words and readers: the
Palatinate's "gheert", Bavaria's "ghert", Switzerland's "gloffe" and
Swabia's "Liedle" and "Samschtig" are no mark. Read on the words as said, before any reader of
`plainly.WAYS` keys on them; a name keeps its letters.
"""

import re
from typing import Final

from .rules import Rule, rewrite, rewrite_marked

# The end of what was said, a question's mark left after it.
_END: Final = r"(?=[?.!]*$)"

# Words only Alsatian says: a sentence holding one is read as Alsatian.
_ALSACE_MARK: Final = re.compile(
    r"\b(?:geschtert|vorgeschtert|liedel|hemmer|hit morje|z'owe|friddi|ebbis"
    r"|hopla|alors|einere woch|s'erscht mol|am owe)\b",
    re.IGNORECASE,
)

ALSACE: Final[tuple[Rule, ...]] = (
    # What is said around a question: "alors", "hopla" first, "jo", "jo
    # oder nee", "sag mol" last; none of them asks anything.
    (r"^(?:alors|hopla|jo),? ", ""),
    (rf",? (?:jo,? )?oder (?:nee|nei){_END}", ""),
    (rf",? (?:jo|hopla|sag mol){_END}", ""),
    # Yesterday and the day before with the Alsatian -t: "geschtert".
    (r"\bvorgeschtert\b", "vorgestern"),
    (r"\bgeschtert\b", "gestern"),
    # The parts of a day: "hit morje", "z'Owe", "am Owe", "am Morje".
    (r"\bhit (?=morje|owe|z'owe|nomidda|mittag)", "heute "),
    (r"\b(gestern|heute|vorgestern) z'? ?owe\b", r"\1 abend"),
    (r"\bz'? ?owe\b", "abends"),
    (r"\bowe\b", "abend"),
    (r"\bmorje\b", "morgen"),
    # The Alsatian "nein" is nine, after a word of the clock only.
    (r"\b(um|halb|viertel vor|viertel nach|gegen) nein\b", r"\1 neun"),
    # Days and weeks: "am Friddi vor einere Woch", "die Woch", "Samschtig".
    (r"\bfriddi\b", "freitag"),
    (r"\bsamschtig\b", "samstag"),
    (r"\bvor einere woch\b", "letzte woche"),
    (r"\b(die|de) woch\b", "diese woche"),
    (r"\bde ganze monat\b", "diesen monat"),
    (r"\bde monat\b", "diesen monat"),
    # The verbs: "hemmer" (haben wir), "ghert", "gspielt", "abgspielt",
    # "gloffe", "gfallt", "ghabt", "lauft", "isch".
    (r"\bhemmer\b", "haben wir"),
    (r"\bghe?ert\b", "gehört"),
    (r"\bgspielt\b", "gespielt"),
    (r"\babgspielt\b", "abgespielt"),
    (r"\bgloffe\b", "gelaufen"),
    (r"\bgfallt\b", "gefällt"),
    (r"\bghabt\b", "gehabt"),
    (r"\blauft\b", "läuft"),
    (r"\bisch\b", "ist"),
    # The first and the last: "s'erschte Liedel", "s'erscht Mol".
    (r"\bs'erscht(?:e)? mol\b", "das erste mal"),
    (r"\bs'erschte\b", "das erste"),
    (r"\bs'letschte\b", "das letzte"),
    # "Wie viel Mol" is how often; "Liedel" a song; "wel" which.
    (r"\bwie viel mol\b", "wie oft"),
    (r"\bwie viel liedel\b", "wie viele Lieder"),
    (r"\bliedel\b", "lied"),
    (r"\bwel (?=lied|album)", "welches "),
    (r"\bwel (?=künstler|podcast|interpret)", "welcher "),
    (r"\bwel (?=band)", "welche "),
    (r"\bmin (?=nummer|lieblings)", "mein "),
    (r"\bebbis\b", "etwas"),
    (r"\bvum\b", "vom"),
    (r"\bmeh\b", "mehr"),
    (r"\bwas fer\b", "was für"),
    (r"\bbi mir\b", "bei mir"),
    (r"\bgrad\b", "gerade"),
    (r"\bin de (?=küche|stube|wohnzimmer|bad)", "in der "),
    (r"\bdes johr\b", "dieses jahr"),
)


# Episodes counted with "wie viel" and the show after them, as Alsace says
# it ("wie viel Episode vum Podcast"): read in any sentence, since it asks
# nothing else; a learner's "von die Podcast" keeps its own reader.
_EPISODES: Final[tuple[Rule, ...]] = (
    (
        r"\bwie viele? episoden? (?:vum|vun dem) podcast\b",
        "wie viele Podcastfolgen",
    ),
)


def said_in_alsace(text: str) -> str:
    """Return a German question said in Alsatian in the standard words."""
    text = rewrite(_EPISODES, text, re.IGNORECASE)
    return rewrite_marked(_ALSACE_MARK, ALSACE, text, squeeze=True)

"""An Innsbrucker's North Tyrolean (issue 45's seventy-fifth turn, blind round fourteen).

Blind writer 509 writes Tyrol's dark a as "å" ("hån i", "wånn", "wår",
"Jåhr", "ångfångt", "Fåss ma zåmm") and its own words: "heint", "geschter",
"fern" (last year), "letscht Wochn", "in der Friah um hålbe neine",
"Samschtig", "Freitig", "gheart", "glaufn", "gwesn", "zletscht",
"Liedl", "Künschtler", "Podcascht", "welln", "nei dazuakemmen", "bei ins"
(us), and "epper" (perhaps, by chance) in a yes-or-no question. Unread,
"fern" and "hålbe neine" had been answered for all time and for the whole
morning (wrong facts), and "epper" had been taken into the name.

Read first of `said_as_written_de`, so that the parser and the check for a
time left unread (`utterance.unread_time`) both see standard words: a word
of time said here and still not read is asked back, never answered for a
broader period. Only a sentence holding one of his words is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# His words with the dark a written "å", and the few only he says: other Alpine
# speakers' "letscht", "heint", "meischtn" are read by their own readers.
_MARK: Final = re.compile(
    r"\b(?:hån|wånn|wår|wårn|jåhr|fåss|zåmm|ångfångt|hålbe|musikgschmåck|gschmåck|mål"
    r"|dazuakemmen|bei ins|fern es)\b",
    re.IGNORECASE,
)

# Tyrol's clock: "hålbe neine" is half past eight, "um neine" nine.
_HOURS = {
    "oans": "eins",
    "zwoa": "zwei",
    "dreie": "drei",
    "viere": "vier",
    "fünfe": "fünf",
    "sechse": "sechs",
    "siebne": "sieben",
    "achte": "acht",
    "neine": "neun",
    "zehne": "zehn",
    "elfe": "elf",
    "zwölfe": "zwölf",
}
_HOUR = "(" + "|".join(_HOURS) + ")"

INNSBRUCK: Final[tuple[Rule, ...]] = (
    # The dark a, then his verbs with their listener: "hån i" (have I),
    # "hån ma" (have we), a closing "hån" (have).
    (r"å", "a"),
    (r"Å", "A"),
    (r"\bhan (?:i|ich)\b", "habe ich"),
    (r"\bhan (?:ma|mir|mia)\b", "haben wir"),
    (r"\bhan\b", "habe"),
    # "Epper" in a yes-or-no question asks nothing ("did I by chance").
    (r"\s*\bepper\b", ""),
    # "Fern im Summer": last summer; "fern" alone: last year. Never "Fernseh".
    (r"\bsummer\b", "sommer"),
    (r"\bfern (?:im|in) (sommer|winter|herbst|frühling|fruahling)\b", r"letzten \1"),
    (r"\bfern\b(?![-\w])", "letztes jahr"),
    (r"\b(bei|mit|für|von|vo) ins\b", r"\1 uns"),
    # His clock and his days.
    (r"\bhalbe? " + _HOUR + r"\b", lambda m: "halb " + _HOURS[m[1].lower()]),
    (r"\bum " + _HOUR + r"\b", lambda m: "um " + _HOURS[m[1].lower()]),
    (r"\bin der (?:friah|fruah)\b", "in der früh"),
    (r"\bheint\b", "heute"),
    (r"\bvorgeschter\b", "vorgestern"),
    (r"\bgeschter\b", "gestern"),
    (r"\bmontig\b", "montag"),
    (r"\bdien(?:s|sch)tig\b", "dienstag"),
    (r"\bdonner(?:s|sch)tig\b", "donnerstag"),
    (r"\bfreitig\b", "freitag"),
    (r"\bsam(?:s|sch)tig\b", "samstag"),
    (r"\bsunntig\b", "sonntag"),
    (r"\bletschtn\b", "letzten"),
    (r"\bletscht(e|er|es)?\b", r"letzt\1"),
    (r"\bletzt (woche|wochn)\b", r"letzte \1"),
    (r"\bwochn\b", "woche"),
    (r"\berschtn\b", "ersten"),
    (r"\berscht(e|en|er|es)?\b", r"erst\1"),
    (r"\bzletscht\b", "zuletzt"),
    # His words of listening and of the things listened to.
    (r"\bghear[td]\b", "gehört"),
    (r"\bglosn\b", "gehört"),
    (r"\bglaufn\b", "gelaufen"),
    (r"\bgwesn\b", "gewesen"),
    (r"\bangfangt\b", "angefangen"),
    (r"\baufghört\b", "aufgehört"),
    (r"\b(?:nei )?dazuakemmen\b", "neu dazugekommen"),
    (r"\bmeischtn\b", "meisten"),
    (r"\böftestn\b", "öftesten"),
    (r"\bkünschtler\b", "künstler"),
    (r"\bpodcascht\b", "podcast"),
    (r"\bliedln\b", "lieder"),
    (r"\bliedl\b", "lied"),
    (r"\bsänger und gruppn\b", "künstler"),
    (r"\bgruppn\b", "bands"),
    (r"\bmusikgschmack\b", "musikgeschmack"),
    (r"\bmusi\b", "musik"),
    (r"\bgonz\b", "ganz"),
    (r"\bnia\b", "nie"),
    # "Fåss ma zåmm, wia's ...": sum it up for me.
    (r"\bfass ma zamm\b", "fass mir zusammen"),
    (r"\bwia's\b", "wie es"),
    # His question words and articles: "wos", "wia vül", "welln", "isch",
    # "es Album", "es erschte Mål", "vo" (by).
    (r"\bwia vül\b", "wie viele"),
    (r"\bwia\b", "wie"),
    (r"\bwos\b", "was"),
    (r"\bisch\b", "ist"),
    (r"\bwarn\b", "waren"),
    (r"\bwelln\b", "welchen"),
    (r"\bwelle\b", "welche"),
    (r"\bwelles\b", "welches"),
    (r"\bweller\b", "welcher"),
    (r"\b(ist|war|waren) des\b", r"\1 das"),
    (r"\bfür an\b", "für einen"),
    (r"\bes (album|lied|erste|letzte|ganz)\b", r"das \1"),
    (r"\bdo\b", "da"),
    (r"\bvo\b", "von"),
    (r"\bamol\b", "mal"),
    (r"\b(mal|überhaupt) an (?=(?-i:[A-ZÄÖÜ]))", r"\1 "),
    (r"(?-i:\bi\b)(?! (?:dr|der|de|da|d')\b)", "ich"),
    # "Wos isch bei ins fern es Album gwesn, des am meischtn glaufn isch":
    # which album played most then.
    (
        (
            r"^was (?:ist|war) (.*?)\s*das (album|lied|podcast)(?: gewesen)?,? (?:das|des|der)"
            r" am (meisten|öftesten) (gelaufen|gehört|gespielt) (?:ist|hat|habe)\W*$"
        ),
        r"welches \2 ist \1 am \3 \4",
    ),
)


def said_in_innsbruck(text: str) -> str:
    """Return `text` with an Innsbrucker's North Tyrolean said in standard German."""
    return rewrite_marked(_MARK, INNSBRUCK, text, squeeze=True)

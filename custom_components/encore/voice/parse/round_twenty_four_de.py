"""Blind round twenty-four's German (issue 45's eighty-fifth turn, blind writers 568, 570, 571).

Blind writer 568, a Hamburg docker, asks for a recap as a chat: "schnack
ma büschen über meine Woche" (a chat about my week: read as whether he
played "schnack"). Others of his coast say "klönen" or "snacken" for it.

He also says a name first and points back to it: "Santiano, hatt ich die
dies Jahr mal an" (the name had been left out as a remark said first) and
"Daft Punk, wie oft hatt ich die dies Jahr an".

Blind writer 570, a Swabian housewife, says "des erschte Liedle im neue
Johr" for the first song of this year ("im neue" had been read as a room)
and "was war des für a Liedle gestern Obed um acht rum" for the song at a
clock time (no question was read: "was war des für a Liedle" is "welches
Lied lief").

Blind writer 571, a Dresdner, clips "denn" onto every verb and "meinem"
to "mei'm": "Gib mir ma ne Zusammenfassung von mei'm Jahr" (the recap of
this year: read as this month's, a wrong fact), "wie hieß'n das Lied
vorhin, das letzte" (the last song).

Each table acts only where its speaker's marks are heard (`_COAST`,
`_NAME_FIRST`, `_SWABIAN`, `_SAXON`), so a standard question keeps its words.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# The docker's chat about a period: "schnack", "snack", "klön" with
# "über meine ...".
_COAST: Final = re.compile(
    r"^(?:schnack|snack|klön|klöön)(?:e|en)?\b.* über (?:meine|meinen|mein|meiner)\b",
    re.IGNORECASE,
)

_COAST_RULES: Final[tuple[Rule, ...]] = (
    # "schnack ma büschen über meine Woche": a recap of the period.
    (
        (
            r"^(?:schnack|snack|klön|klöön)(?:e|en)? (?:(?:ma|mal|mol|mit mir|'n|n|ein|en"
            r"|büschen|bisschen|bischen|bissel|lütt) )*über (meine|meinen|mein|meiner)"
            r" (woche|monat|jahr|wochenende|sommer|musikjahr|musikwoche)\b"
        ),
        r"fass \1 \2 zusammen",
    ),
)

# The docker's name said first and pointed back to with "die" before a
# period and "an" ("Santiano, hatt ich die dies Jahr mal an").
_NAME_FIRST: Final = re.compile(
    r"^[^,.?!]+, (?:wie oft |wie häufig )?(?:hatt|hatte) (?:ich|wir) (?:die|den|dat|de|ihn|sie)"
    r" (?:dies|diese|dieses|diesen|letzte|letzten|letztes|im|am|seit|heute|heut|gestern)\b[^,.?!]* an\W*$",
    re.IGNORECASE,
)

_NAME_FIRST_RULES: Final[tuple[Rule, ...]] = (
    (
        (
            r"^([^,.?!]+), ((?:wie oft |wie häufig )?)(?:hatt|hatte) (ich|wir)"
            r" (?:die|den|dat|de|ihn|sie) ([^,.?!]*?) an\W*$"
        ),
        r"\2hatte \3 \1 \4 an",
    ),
)

# The Swabian's "Liedle", "erschte", "Johr", "Obed".
_SWABIAN: Final = re.compile(
    r"\b(?:liedle|erschte[snr]?|johr|obed|des für a)\b", re.IGNORECASE
)

_SWABIAN_RULES: Final[tuple[Rule, ...]] = (
    # "des erschte Liedle im neue Johr": the first of this year.
    (
        r"\b(erschte[snr]?|erste[snr]?|letschte[snr]?) (\w+) im neue[n]? (?:johr|jahr)\b",
        r"\1 \2 dieses Jahr",
    ),
    # "was war des für a Liedle gestern Obed um acht rum": which song played.
    (
        r"^was war (?:des|das|denn|dann) für (?:a|e|ein|en|'n) (?:liedle|lied|song|stückle)\b",
        "welches Lied lief",
    ),
)

# The Dresdner's clipped "meinem" and "denn" ("mei'm", "hieß'n").
_SAXON: Final = re.compile(r"\b(?:mei'm|hieß'n|hieß'sch)\b", re.IGNORECASE)

_SAXON_RULES: Final[tuple[Rule, ...]] = (
    (r"\bmei'm\b", "meinem"),
    # "wie hieß'n das Lied vorhin, das letzte": the last song. Without
    # "das letzte" a song "vorhin" is no last one, and stays unread.
    (
        (
            r"^wie hieß(?:'n|'sch|n| denn)? (?:das|des|dat) (?:lied|liedl|song|stück)"
            r"(?: (?:vorhin|grad|gerade|eben))?,? (?:das|des|dat) letzte\W*$"
        ),
        "welches Lied lief zuletzt",
    ),
)


def said_in_round_twenty_four_de(text: str) -> str:
    """Return `text` with round twenty-four's docker's, Swabian's and Dresdner's shapes said plainly."""
    text = rewrite_marked(_COAST, _COAST_RULES, text, squeeze=True)
    text = rewrite_marked(_NAME_FIRST, _NAME_FIRST_RULES, text, squeeze=True)
    text = rewrite_marked(_SWABIAN, _SWABIAN_RULES, text, squeeze=True)
    return rewrite_marked(_SAXON, _SAXON_RULES, text, squeeze=True)

"""South Tyrol's and the Rhineland's words no reader knew (issue 45's sixty-eighth turn).

A South Tyrolean (blind writer 465) said "Liadlen" for songs, "hobn mir" for
"haben wir", "scholt i ... weiter" and "weitergescholtn" for skipping, "wia"
for "wie" after a period said first ("vorgestern, wia oft isch überhaupt
wos g'laufen"), "s'letzte Mal" and "settimana scorsa" (read with the
Italian words, `learner_it_de`). "Welchen Künstler scholt i am öftesten
weiter" had been answered with the most played artist, "wia oft isch
überhaupt wos g'laufen" with the plays of something named "überhaupt was":
wrong facts. A Rhinelander from Düsseldorf (blind writer 461) said
"Leedsche" (Liedchen) for songs and "wat" (etwas) before "übersprungen".

Each word is turned only where no German word is spelt so; "scholt" is read
as skipping only with "weiter" closing the question, so a name said so
stays. Read before every other dialect (`dialect_de`), whose rules
expect the plain words.
"""

from typing import Final

from .rules import Rule, rewrite

SOUTH_TYROL_DE: Final[tuple[Rule, ...]] = (
    # "Liadlen", "Liadla": the plural of "Liadl" (a song), which
    # `dialect_de_austria` reads; Düsseldorf's "Leedsche" (Liedchen).
    (r"\bliadl(?:en|a)\b", "lieder"),
    (r"\bleedsche[rn]?\b", "lieder"),
    (r"\bleedche\b", "lied"),
    # "Hobn mir", "hobn wir": have we.
    (r"\bhobn (mir|wir)\b", "haben wir"),
    # "Scholt i ... weiter" (schalte ich weiter): skipping, only with the
    # "weiter" of the separable verb closing the question; read as
    # "überspringe", as the readers after `prepare` know no "schalte ...
    # weiter" (Bavaria's is read on the whole sentence, `bavarian_de`).
    (r"\bscholt(?:e|n)? (i|ich|mir|wir)\b(.*) weiter$", r"überspringe \1\2"),
    (r"\bweiterg(?:e)?scholt(?:n|en|et)?\b", "weitergeschaltet"),
    # "Wia" before the question's words, wherever the question begins (a
    # period said first: "vorgestern, wia oft").
    (r"\bwia (?=oft|viel|viele|lang|lange)\b", "wie "),
    # Düsseldorf's "wat" (etwas) before the participle closing the
    # question: "wie oft hab isch ... wat übersprungen" (it had been read as
    # a narrowing, "wat"); a "wat" said first asks what and stays.
    (
        r"(?<=\w) wat (?=(?:übersprungen|jeskippt|geskippt|weggedrückt|wegjedrückt)$)",
        " was ",
    ),
    # "S'letzte Mal": the last time.
    (r"\b(?:der |die |das )?s'letzte\b", "das letzte"),
)


def undo_south_tyrol(words: str) -> str:
    """Return normalized German words with South Tyrol's and Düsseldorf's words read."""
    return rewrite(SOUTH_TYROL_DE, words)

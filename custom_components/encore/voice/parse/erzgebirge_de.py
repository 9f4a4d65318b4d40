"""German as a pensioner from the Erzgebirge says it (issue 45's seventy-second turn).

A pensioner from the Erzgebirge (blind writer 490) asked in his dialect:
"Wos war denn mei Lieblingsliedel diesen Monat", "Wie viele Liedel warn
denn gestern dran", "Wos fier Musik mog iech eigentlich", "Wos war heut es
erste Liedel", "Wos fier a Liedel läft bei mir grod in Dauerschleife",
"Nu, wie war'n mei Monat so", "in de letzten zwee Wochen, Liedel un
Podcast zamm". None of them reached Encore: "wos", "iech", "mog", "fier",
"läft", "grod" were no words of a question.

Read on the words as said, in `said_as_written_de`. Each rule holds to
the dialect's own words ("iech", "Liedel", "wos fier"), or to a word beside
what makes it his ("mei" before a word of listening), so a title keeps its
words.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_KIND: Final = r"(?:lieblings)?(?:liedel|lied|musik|monat|woche|jahr|künstler|album|podcast|platte)"

ERZGEBIRGE: Final[tuple[Rule, ...]] = (
    # "Nu," (well) before a question asks nothing.
    (r"^nu,? (?=wie|wos|was|wer|wann|hob|hab)", ""),
    # "iech" (ich), "mog" (mag), "wos fier" (was für), "wos" (was).
    (r"\biech\b", "ich"),
    (r"\bmog (?=ich\b)", "mag "),
    (r"\bwos fier(?: a| e)?\b", "was für"),
    (r"\bfier\b", "für"),
    # "Wos von Air" is something by Air (etwas von), never "what".
    (r"\bwos von\b", "etwas von"),
    (r"\bwos\b", "was"),
    # "mei" before a word of listening (mein), "es erste" (das erste).
    (rf"\bmei (?={_KIND}\b)", "mein "),
    (r"\bes (erste|letzte)\b", r"das \1"),
    (r"\bheut\b", "heute"),
    # "Liedel" (Lied, Lieder): plural after a count.
    (r"\b(wie viele|wieviele|wie viel|wieviel) liedel\b", r"\1 Lieder"),
    (r"\b(\w*?)liedel\b", lambda said: f"{said.group(1)}lied"),
    # "warn denn gestern dran" (liefen gestern), "war'n" (war).
    (
        r"\b((?:wie viele|wieviele|wie viel|wieviel) \w+) warn (?:denn )?(.+?) dran\b",
        r"\1 liefen \2",
    ),
    (r"\bwar'?n (?=mein|mei)\b", "war "),
    # "läft" (läuft), "grod" (gerade), "un" (und), "zwee" (zwei), "zamm".
    (r"\bläft\b", "läuft"),
    (r"\bgrod\b", "gerade"),
    (r"\bun\b", "und"),
    (r"\bzwee\b", "zwei"),
    (r"\bin de (?=letzten)", "in den "),
    # "Liedel un Podcast zamm": both together, everything that played.
    (
        r"^(wie viel|wieviel) lief\b(.*?),? (?:lied|lieder) und podcasts? zamm$",
        r"wie viele Wiedergaben liefen\2",
    ),
    (r"\bahmds\b", "abends"),
    (r"\bgehärt\b", "gehört"),
    (r"\bfei\b ?", ""),
)


def said_in_the_erzgebirge(text: str) -> str:
    """Return `text` with an Erzgebirge pensioner's words said plainly."""
    return " ".join(rewrite(ERZGEBIRGE, text, re.IGNORECASE).split())


def undo_erzgebirge(words: str) -> str:
    """Return normalized German words with an Erzgebirge pensioner's made plain.

    For the readers that take the words without the ways of `plainly`: the
    content a listed sentence's slots left out ("Liedel un Podcast zamm" is
    both, never podcasts alone).
    """
    return said_in_the_erzgebirge(words).lower()

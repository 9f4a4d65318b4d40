"""Alemannic as a Badener from Freiburg says it (issue 45's seventy-second turn).

A Badener from Freiburg (blind writer 487) asked in his Alemannic as
speech-to-text writes it: "wa hani vorgeschtern glost" (was han i),
"die drei Bände wo i ... gspielt ha" (bands, never books), "bi welem
Künschtler drück i am ehschte weiter" (most often), "s erscht mol",
"seit wenn isch X bi mir drin" ("wenn" is wann), "als erschts ufgleit",
"in einere Tour", "e kleini Zämmefassung vu mim Summer", "wie vill Liedli
und Folge sin s insgesamt gsi", "hit nomittag". Two questions had been
answered wrongly: the bands as songs, and the artist skipped most as the
skip rate of all time.

Read on the words as said, in `said_as_written_de`, before the readers of
Baden and Switzerland. Each rule holds to the dialect's function words
("hani", "wa" before them, "welem", "ehschte"), so a title keeps its words.
"""

import re
from typing import Final

from .rules import Rule, rewrite

FREIBURG: Final[tuple[Rule, ...]] = (
    # "wa" (was) before "hani" (han i: habe ich, read by Switzerland's
    # rules after this one) or "isch", at a clause's start.
    (r"(?:^|(?<=, )|(?<=\bbi )|(?<=\bmit ))wa (?=hani\b|hän\b|han i\b|isch\b)", "was "),
    # "wenn" is wann in a question: "seit wenn", "wenn hani".
    (r"\bseit wenn\b", "seit wann"),
    # Never "wenn isch": the Swiss readers know "X, wenn isch där gloffa".
    (r"(?:^|(?<=, ))wenn (?=hani\b|han i\b)", "wann "),
    (r"\bdes (?:s|'s) erscht (?:mol|mal)\b", "das erste Mal"),
    # "seit wann isch X bi mir drin": since X came in, its first play; the
    # same asked again after it ("..., wann habe ich des s erscht mol
    # gspielt") asks nothing more.
    (
        (
            r"\bseit wann isch (.+?) bi (?:mir|uns) drin\b"
            r"(?:, wann (?:hani|han i) das erste mal \w+)?"
        ),
        r"wann habe ich \1 zum ersten Mal gehört",
    ),
    (r"\bals ersch(?:t|ts|tes|ti)\b", "als erstes"),
    (r"\bals letsch(?:t|ts|tes|ti)\b", "als letztes"),
    (r"\bufgleit\b", "aufgelegt"),
    # "Bände", "Bänd": bands (nobody asks a listening history of books).
    (r"\bbänd(?:e|er)?\b", "bands"),
    # "welem", "welles", "welli": which.
    (r"\bwelem\b", "welchem"),
    (r"\bwelles\b", "welches"),
    (r"\bwelli\b", "welche"),
    # "am ehschte" (am ehesten): the one most often, a ranking.
    (r"\bam eh(?:e|)sch?t(?:e|en|a)\b", "am meisten"),
    (r"\bam ehesten\b", "am meisten"),
    # "in einere Tour": on and on; "lauft" (läuft) beside it.
    (r"\bin einere tour\b", "in einer Tour"),
    (r"\blauft (?=bi|bei)", "läuft "),
    # "sin s ... gsi" (waren es), "isch s glaufe" (ist es gelaufen).
    (r"\bsin s (insgesamt |alles |zämme |zamme )?gsi\b", r"waren es \1"),
    (r"\bwie isch s glaufe\b", "wie war es"),
    # "Zämmefassung", "vu mim", "e kleini", "e bitzeli": a summary of my.
    (r"\bz(?:ä|a)m+efas+(?:ung|ig|ig)\b", "Zusammenfassung"),
    (r"\bvu mim\b", "von meinem"),
    # "Summer" after "mim", "im": the season (a title keeps its word).
    (r"\b(von meinem|im|vom) summer\b", r"\1 Sommer"),
    # "Summer letscht Johr": last year's summer, said as the readers of a
    # season with its year know it.
    (r"\bsommer letscht(?:es|s)? johr\b", "Sommer letztes Jahr"),
    (r"\bvu (?=mi|de|dr)\b", "von "),
    (r"\buf mini\b", "auf meine"),
    (r"\b(?:e )?(?:kleini|bitzeli|bitzli)(?: e)?\b ?", ""),
    # "neu dezue kumme" (neu dazugekommen).
    (r"\bneu de?zue ?(?:kumme|cho|komme)\b", "neu dazugekommen"),
    # "hit nomittag" (heute Nachmittag), "do alles" (da alles).
    (r"\bnomittag\b", "nachmittag"),
    (r"\bdo alles\b", "alles"),
    # "die gliche Liedli widder" (die gleichen Lieder wieder).
    (r"\bgliche\b", "gleichen"),
    (r"\bwidder\b", "wieder"),
    # "Wie arg hör i ... widder": how often; "wie arg isch des" (how bad
    # is it) asks nothing of a count.
    (r"\bwie arg(?= (?:hör|los|spiel)\b)", "wie oft"),
)


def said_in_freiburg(text: str) -> str:
    """Return `text` with a Freiburger's Alemannic words said plainly."""
    return " ".join(rewrite(FREIBURG, text, re.IGNORECASE).split())

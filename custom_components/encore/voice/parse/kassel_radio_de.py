"""A Kassel radio host's German (issue 45's blind round eleven).

Blind writer 493 speaks North Hessian radio-speak: "sinn" for "sind" ("Wie
viele Lieder sinn heut Morgen gelaufen": read as a name, "nothing called
sinn"), the charts for the most played ("welche Band hat bei mir die
Charts angeführt"), "war des dabei" for whether a name played ("Da Funk
am Wochenende, war des dabei"), and a remark naming the last song of the
night after the question (", der Rausschmeißer sozusagen"), which a
sentence's time took in and the answer asked back.

"Sinn" is "sind" only where a verb stands (after what is counted, or
opening the question before a time), never the noun ("macht keinen
Sinn"); "dabei" asks whether a name played only closing the question.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_COUNTED = (
    r"(?:lieder|lied|songs|titel|tracks|stücke|künstler|bands|interpreten|alben|folgen"
    r"|podcasts|podcastfolgen|sachen)"
)
_OPENS_A_TIME = (
    r"(?:diesen|dies|diese|dieses|letzte|letzten|letztes|heut|heute|gestern|vorgestern"
    r"|seit|im|am|in|da|do|bei)"
)

KASSEL_RADIO: Final[tuple[Rule, ...]] = (
    # "Wie viele Lieder sinn heut Morgen gelaufen", "Sinn diesen Monat neue
    # Künstler dazugekommen": the verb.
    # Never before "mer" ("welle neie Bands sinn mer ... über de Weg
    # gelaaf": "mer" is me there, and "sind wir" would read the household).
    (rf"\b({_COUNTED}) sinn\b(?! (?:mer|mir)\b)", r"\1 sind"),
    (rf"^\s*sinn\b(?= {_OPENS_A_TIME}\b)", "sind"),
    (r"\b(wie viele|wieviele|wie viel|wieviel) sinn\b", r"\1 sind"),
    # "Welche Band hat bei mir die Charts angeführt", "wer führt bei mir die
    # Charts an", "wer stand bei mir an der Spitze der Charts": the most
    # played of the time said.
    (
        (
            r"\b(welche|welcher|welches|wer) (?:(\w+) )?(?:hat|hatte) (?:bei (?:mir|uns) )?(.*?)"
            r"\bdie charts (?:angeführt|angefüht|dominiert|gestürmt)\b"
        ),
        r"\1 \2 habe ich \3 am meisten gehört",
    ),
    (
        r"\b(welche|welcher|welches|wer) (?:(\w+) )?führt (?:bei (?:mir|uns) )?(.*?)\bdie charts an\b",
        r"\1 \2 habe ich \3 am meisten gehört",
    ),
    (
        (
            r"\b(welche|welcher|welches|wer) (?:(\w+) )?(?:stand|war|is|ist) (?:bei (?:mir|uns) )?(.*?)"
            r"\b(?:an der spitze der charts|an der chartspitze|ganz oben in den charts)\b"
        ),
        r"\1 \2 habe ich \3 am meisten gehört",
    ),
    (
        (
            r"\b(welche|welcher|welches|wer) (?:(\w+) )?(?:stand|war|lag|landete|is|ist)"
            r" (?:bei (?:mir|uns) )?(.*?)\bauf (?:platz|rang) (?:eins|1)\b"
        ),
        r"\1 \2 habe ich \3 am meisten gehört",
    ),
    # "Mein Nummer-eins-Hit": the top song.
    (r"\b(mein|mei) nummer[- ](?:eins|1)[- ]?hit\b", "mein lieblingslied"),
    # "Welches Lied war heut Morgen der Opener", "was war der Opener heut
    # früh": the first song of that time.
    (
        r"\b(?:welches|welcher|was für ein) (lied|song|titel|track) war (.*?) ?(?:der|mein) opener\b",
        r"welches \1 lief \2 als erstes",
    ),
    (r"\bwas war (?:der|mein) opener\b", "welches lied lief als erstes"),
    # "Wie viele Stunden war ich diese Woche on air": how long I listened.
    (
        r"\bwie (lange|lang|viele stunden|viel zeit) war (?:ich|i) (.*?) ?on air\b",
        r"wie \1 habe ich \2 gehört",
    ),
    # "Da Funk am Wochenende, war des dabei": whether it played then.
    (
        r",\s*(?:war|wor|is|ist) (?:des|das|dat|es|der|die|er|sie) (?:denn |auch |a )?(?:mit )?dabei\s*[?.!]*$",
        ", lief das bei mir",
    ),
    # ", der Rausschmeißer sozusagen": the last song of the night, named
    # again after the question; "war der Rausschmeißer" asks for it.
    (
        r"\s*,\s*(?:also |quasi )?(?:der|den|mein) rausschmeißer(?: sozusagen| quasi| halt| eben)?\s*[?.!]*$",
        "",
    ),
    (r"\b(war|lief) (.*?)(?:der|als) rausschmeißer\b", r"lief \2als letztes"),
)


def said_on_kassel_radio(text: str) -> str:
    """Return `text` with a Kassel radio host's words said plainly."""
    return " ".join(rewrite(KASSEL_RADIO, text, re.IGNORECASE).split())

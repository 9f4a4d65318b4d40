"""A Russian-German late resettler's German (issue 45's seventy-fourth turn, blind round thirteen).

Blind writer 502, a Spätaussiedler, asks with Russian habits: no articles,
a free word order, and "normal" as a filler (Russian "нормально") said
after the question ("seit Montag wieviel Lieder normal": taken for a name
"normal"). He counts what played with "wieviel Mal ... was gelaufen"
(сколько раз что-то играло: how many plays, asked back for a name), says
a yes-or-no question as a statement with the period first ("in letzte Zeit
Air lief bei mir": understood as nothing) and asks "gibt neue Sänger ..."
(есть новые: new artists) without "es".

Read on the words as said, in `said_as_written_de`. Each rule holds to
function words, never to a name: a name is moved whole.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A question of when or how usually, where "normal" means "normalerweise"
# ("wann ich höre normal Musik") and is kept.
_USUALLY: Final = (
    r"(?!.*\b(?:wann|uhr|uhrzeit|tageszeit|stunde|wochentag|tag|tage|meistens|immer)\b)"
)

# The words before a statement's "lief": no question word, no verb that
# asks already ("was lief bei mir", "hab ich ... gehört" are read as they
# stand).
_NO_QUESTION: Final = (
    r"(?!.*\b(?:wann|wie|wieviel|wieviele|was|wat|wos|wer|wen|welche[rnsm]?|wo|womit|ist|war|sind"
    r"|hat|hab|habe|haben|hast|gehört|gespielt|läuft|laufen|gelaufen)\b)"
)

RUSSIAN_GERMAN_DE: Final[tuple[Rule, ...]] = (
    # "Wieviel Mal überhaupt was gelaufen vorgestern": how many times
    # anything played, the plays counted (never a name's count).
    (
        (
            r"\bwie ?viele? ?mal (überhaupt |insgesamt |so )?(?:irgend|et)?was"
            r" (?:ist |hat )?(?:gelaufen|lief|gespielt|abgespielt)\b"
        ),
        r"wie oft lief \1was",
    ),
    # "Normal" said as a filler at the question's end or start: it asks
    # nothing where the question asks no habit ("seit Montag wieviel
    # Lieder normal"); after a verb it is "normalerweise" and stays.
    (
        rf"^{_USUALLY}(.*?\S)(?<!\bhöre)(?<!\bhör)(?<!\bspiele)(?<!\bmag),? normal\s*([?.!]?)\s*$",
        r"\1\2",
    ),
    (rf"^{_USUALLY}\s*normal,? (?=\S)", ""),
    # "In letzte Zeit Air lief bei mir", "gestern Queen lief bei uns?": a
    # yes-or-no question said as a statement; asked with "lief" first, the
    # period and the name in the order said.
    (
        # Never across a comma: "Ei sa mol, lief bei uns ..." asks already.
        rf"^{_NO_QUESTION}(?!lief\b)([^,]+?) lief bei (mir|uns)\b\s*(.*?)\s*\??\s*$",
        r"lief \1 bei \2 \3",
    ),
    # "Gibt neue Sänger in letzte zwei Wochen": "es" left out of "gibt es"
    # (есть новые), whether new artists were heard.
    (
        r"^(gibt|gab) (neue|neuen) (sänger|sängerin|sängerinnen|künstler|künstlerin|künstlerinnen|interpreten|bands|gruppen)\b",
        r"\1 es \2 \3",
    ),
)


def said_as_russian_german(text: str) -> str:
    """Return `text` with a Russian-German speaker's order and filler said plainly."""
    return " ".join(rewrite(RUSSIAN_GERMAN_DE, text, re.IGNORECASE).split())

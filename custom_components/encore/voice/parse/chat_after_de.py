"""A German remark said after the question's mark (issue 45's thirty-fourth turn).

A chatty speaker from the Palatinate (blind writer 185) said why she asks
after the question: "Was war dann mei Lied vum Monat? Ich summ do ebbes die
ganz Zeit", "Phantom, hab ich des seit Montag gehört? Ich glaab schun",
"Wann hab ich Justice es erschte Mol gehört? Wer hot mir die dann
gezeigt". The remark's words were read as the question's: a room ("Feier"),
a name, a period.

A sentence after the first question mark is left out when the first one
asks about listening and the remark asks nothing of it: it takes nothing
back ("nee", "ich mein", "oder"), names no listening ("gehört", "Lied",
"wie oft"), and is no question of its own (it ends on no question mark:
"Hab ich wirklich jeden Tag was gehört? Wie lang geht die Serie schon?"
asks its second).
"""

import re
from typing import Final

# What a question about listening says: the first sentence must say one.
_ASKS: Final = re.compile(
    r"\b(?:gehört|gespielt|gspielt|ghört|gelaufen|gelaafe|lief|läuft|lauft|lied|lieder"
    r"|song|songs|album|platte|podcast|podcasts|folge|folgen|künstler|band|favorit"
    r"|am meisten|wie oft|wie viel|wie viele|wann|rückblick|stücke?r?)\b",
    re.IGNORECASE,
)
# What a remark after it may not say: a correction, or listening of its own.
_TAKES_BACK_OR_ASKS: Final = re.compile(
    r"^\s*(?:nee|nein|ne|oder|ich mein|ich meine|i mein|quatsch|sorry|moment|also nee)\b"
    r"|\b(?:gehört|gespielt|gspielt|ghört|gelaufen|lief|läuft|wie oft|wie viel|wie viele"
    r"|welche[snmr]?|am meisten|letzte[nmrs]?|diese[nmrs]?|gestern|heute|seit|im|am)\b",
    re.IGNORECASE,
)
# The remark ends on no question mark of its own ("…? Was war das?" asks).
_AFTER_MARK: Final = re.compile(r"^(?P<asked>[^?]{8,}\?)\s+(?P<remark>[^?]+?)[.!]*\s*$")


def chat_after_de(text: str, language: str) -> str:
    """Return `text` without a remark said after its German question."""
    if language != "de" or (found := _AFTER_MARK.match(text)) is None:
        return text
    if _ASKS.search(found["asked"]) is None:
        return text
    if _TAKES_BACK_OR_ASKS.search(found["remark"]) is not None:
        return text
    return found["asked"]

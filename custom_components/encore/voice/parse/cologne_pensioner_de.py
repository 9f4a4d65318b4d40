"""A chatty Cologne pensioner (issue 45's seventy-ninth turn, blind writer 534).

He says "isch" for "ich", "dat", "wat", "jestern", and tells about the
carnival first, in a sentence of its own, before he asks: "Isch war jestern
mit meinem Kostüm beim Schneider, dat Funkenuniform kneift. Hab isch da wat
von Queen gehört, jestern?" (his story opened with "Isch", read as the
Swabian "isch" that asks, so the story was kept and nothing was read);
"Heute Nachmittag hab isch Kamelle für den Zoch sortiert, und nebenbei lief
wat. Wat war dat denn alles?" (what played then, pointed back to with "dat");
and he adds an aside after the question that is no exclusion: "Hab isch
diesen Monat wat Neues entdeckt? Außer dem neuen Sessionslied natürlich."
(answered "I cannot leave the new session song out"). Read on the words as
said, first of `said_as_written_de`; every rule acts only where his "isch"
for "ich" is said beside a verb (the mark), so a Swabian's "isch" (ist) and
any standard question stay as they are.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# His "isch" is "ich": said after a verb of his own ("hab isch", "hör
# isch", "mag isch") or opening a story ("Isch war ...", "Isch hab ...").
_MARK: Final = re.compile(
    r"\b(?:hab|hab'|hatte|hör|spiel|mag|drück|skipp|skippe|krieg|bin|war) isch\b"
    r"|(?:^|[.!?]\s+)isch (?:war|hab|bin|hatte|drück|hör)\b",
    re.IGNORECASE,
)

# A time he says at the start of a story: the day or the part of it.
_STORY_TIME = (
    r"(?:(?:jestern|gestern|vorjestern|vorgestern|heute|hück|heut)"
    r"(?: (?:morgen|morjen|früh|mittag|nachmittag|abend|ovend|nacht))?"
    r"|(?:am|letzten|letzte|vorigen) (?:montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag|wochenende)|letzte woche)"
)

_COLOGNE_PENSIONER: Final[tuple[Rule, ...]] = (
    # "Isch war jestern ..., dat Funkenuniform kneift. Hab isch da wat von
    # Queen gehört, jestern?": the story's time is the question's; "da"
    # points back to it. The question said with the time, the story left out.
    (
        (
            rf"^isch (?:war|bin|hab|hatte) (?:[^.?!]*? )?({_STORY_TIME})\b[^.?!]*[.!]\s+"
            r"(hab|hatte|war|lief) isch da\b([^.?!]*?)(?:,\s*"
            + _STORY_TIME
            + r")?\s*\?\s*$"
        ),
        r"\2 isch \1\3?",
    ),
    # A story of his own before the question, when the question says its
    # own time or needs none: "Isch war beim Zahnarzt. Wat lief jestern?"
    (
        r"^isch (?:war|bin|hab|hatte) [^.?!]*[.!]\s+(?=[^.!?]*\?\s*$)(?![^?]*\b(?:da|dann|dabei)\b)",
        "",
    ),
    # "Heute Nachmittag hab isch ..., und nebenbei lief wat. Wat war dat
    # denn alles?": what played then, at the time his story opened with.
    (
        (
            rf"^({_STORY_TIME}) [^.?!]*\b(?:lief|liefen) (?:da |dabei )?(?:wat|was|musik|radio)\.\s+"
            r"(?:wat|was) war (?:dat|das|et) (?:denn )?(?:alles|so|so alles)?\s*\?\s*$"
        ),
        r"Was lief \1?",
    ),
    # "? Außer dem neuen Sessionslied natürlich.": an aside after the
    # question, of what he knows already; no exclusion asked.
    (r"(?<=\?)\s*außer (?:dem|der|den|die|das|dat) [^.?!]*?\bnatürlich\W*$", ""),
)


def said_as_cologne_pensioner(text: str) -> str:
    """Return `text` with a Cologne pensioner's story and asides left out."""
    return rewrite_marked(_MARK, _COLOGNE_PENSIONER, text, squeeze=True)

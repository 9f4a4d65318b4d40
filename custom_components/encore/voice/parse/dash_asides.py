"""An aside set off by dashes inside a question (issue 45's thirty-seventh turn).

An Edinburgh academic and a Tyrolean one (blind writers 207) set their
asides off by dashes: "And this morning — from the porridge onwards,
roughly — how long was the music on for?", "Since Monday — and it's been a
long week, believe me — how many tunes have I had on?", "What did I close
the day with the day before yesterday — Wednesday, that is?", "Wos war
vorgestern des letzte Liad - am Mittwoch also?". The aside's words were read
as the question's: "week" as a time the question did not hold (so it was
not answered), "Wednesday, that is" as a second day.

An aside between two dashes is left out unless it takes something back
("— no, September, ..." is a correction, read by `corrections`) or holds
the question's only time ("how many songs — in August, I mean — did I
play"). An aside after one dash at the end is left out only when it says it
restates ("that is", "I should say", "so to speak", "also", "mein i").
"""

import re
from typing import Final

from ..when.words import calendar_words
from .rules import compiled

# A dash set off by spaces, or an em or en dash however spaced: never the
# hyphen inside a word ("wrap-up", "Top-Lieder").
_DASH: Final = r"(?:\s+[—\u2013-]\s+|\s*[—\u2013]\s*)"
# What an aside says that the question needs: a correction ("— no,
# September"), what was meant ("— podcast I mean, not TV —"), which one
# ("Genesis — the Justice one —").
_KEPT: Final = {
    "en": (
        r"\s*(?:(?:no|nope|not|sorry|wait|or rather|rather|i tell a lie|actually|correction"
        r"|scratch that)\b|.*\bi mean\b|the [\w' ]+ one\s*$)"
    ),
    "de": (
        r"\s*(?:(?:nein|nee|na|nö|ne|noi|nicht|nit|net|sorry|halt|wart|warte|quatsch"
        r"|besser gesagt)\b)"
    ),
}
# A question's own words: what stands before a dash must ask for the words
# after it to be an aside.
_ASKS: Final = {
    "en": r"\b(?:what|what's|which|who|who's|how|when|when'd|did|do|have|has|was|were|is)\b",
    "de": r"\b(?:was|wos|wat|wer|wen|wie|wann|welche\w*|hab|habe|hat|hast|war|ist|isch|lief)\b",
}
_RESTATED: Final = {
    "en": (
        r"\b(?:that is|that's to say|i should say|i believe|so to speak|i think|if memory"
        r" serves|mind you|as it were|or thereabouts|would you say|if i'm not mistaken)\b"
    ),
    "de": (
        r"\b(?:also|mein i|mein ich|mein' ich|wenn i mi nit irr|wenn ich mich nicht irre"
        r"|glaub ich|glaub i|sozusagen)\b"
    ),
}
_TIME: Final = {
    "en": calendar_words(
        "en",
        "may",
        "weekend",
        "morning",
        "afternoon",
        "evening",
        "night",
        "lately",
        "recently",
        "days",
    ),
    "de": calendar_words(
        "de",
        "jänner",
        "wochenende",
        "heuer",
        "heint",
        "morgen",
        "abend",
        "nachmittag",
        "tage",
        "tagen",
    ),
}


def without_dash_asides(text: str, language: str) -> str:
    """Return `text` without an aside its dashes set off from the question."""
    if language not in _TIME or not re.search(r"[—\u2013]|\s-\s", text):
        return text
    kept = compiled(_KEPT[language], re.IGNORECASE)
    time = compiled(_TIME[language], re.IGNORECASE)

    def paired(found: re.Match[str]) -> str:
        aside = found.group(1)
        rest = text[: found.start()] + " " + text[found.end() :]
        if kept.match(aside) or (time.search(aside) and not time.search(rest)):
            return found.group(0)
        return " "

    text = compiled(rf"{_DASH}([^—\u2013]+?){_DASH}").sub(paired, text)
    # After one dash at the end: only a restatement, after a whole question
    # ("— Wednesday, that is?"), never a question of its own ("The Daily -
    # how many times ...? Every morning, I think") nor more said after it.
    restated = compiled(
        rf"{_DASH}([^—\u2013?]*?{_RESTATED[language]}[^—\u2013?]*?)(?P<end>[?!.]*)$",
        re.IGNORECASE,
    )
    found = restated.search(text)
    if (
        found is None
        or kept.match(found.group(1))
        or not compiled(_ASKS[language], re.IGNORECASE).search(text[: found.start()])
    ):
        return text
    return " ".join((text[: found.start()] + found.group("end")).split())

"""A question asked in the passive: "when was Daft Punk last played".

A formal speaker asks what "was played", "has been listened to" or "wurde
aufgelegt" without saying who played it (issue 45's twenty-third turn, a
retired civil servant and a Viennese Hofrat). The readers look for the
listener and the verb of listening together ("did I play", "hab ich …
gehört"), so the passive is said again in the active, with the household's
"I" as the one who listened: "when was Daft Punk last played" is "when did I
last play Daft Punk", "how many songs were played this morning" is "how many
songs did I play this morning", "wann wurde das zuletzt aufgelegt" is "wann
hab ich das zuletzt aufgelegt".

Only the verbs of playing and listening are turned: "what was that song
called" and "wann wurde das Album veröffentlicht" ask nothing of the history
and stay as they were; so do a ranking's "most played album" and a bare
"was Air played yesterday", which the readers know as it is. A room or a
person said with it stays where it was, for their readers.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_BE_EN: Final = r"(?:was|were|has been|have been|had been|'s been|got)"
_ADVERB_EN: Final = r"(?:(?P<adv>most recently|last|first|ever|recently|at all) )?"
_VERB_EN: Final = (
    r"(?P<verb>played|listened to|heard|put on|streamed|spun|skipped)"
    r"(?: by (?:me|us|anyone|anybody))?"
    r"(?!\s+(?:songs?|tracks?|tunes?|albums?|records?|artists?|bands?|podcasts?|shows?"
    r"|episodes?|ones?|things?|stuff)\b)"
)
_ACTIVE_EN: Final = {
    "played": "play",
    "listened to": "listen to",
    "heard": "hear",
    "put on": "put on",
    "streamed": "stream",
    "spun": "play",
    "skipped": "skip",
}
# What was played: any words but a listener's ("the last time I heard" is
# already active) or a ranking's ("hour most played album").
_SUBJECT_EN: Final = r"(?!(?:there|it's)\b)(?:(?!\b(?:i|we|most|least)\b)[^,?.!:;])+?"
_END: Final = r"(?=[\s,?.!]|$)"
_BEFORE_VERB: Final = {"last": "last", "most recently": "last", "first": "first"}


def _active(ask: str, adverb: str, verb: str, subject: str) -> str:
    """Return what was asked in the passive said in the active, "I" its listener.

    "last" and "first" stand before the verb ("when did i last play Air");
    "at all", "ever" and "recently" after what was played.
    """
    adverb = adverb.lower()
    ask = ask.lower()
    ask = {"if": "", "whether": "", "on how many occasions": "how many times"}.get(
        ask, ask
    )
    parts = (
        ask,
        "did i",
        _BEFORE_VERB.get(adverb, ""),
        _ACTIVE_EN[verb.lower()],
        subject,
        "" if adverb in _BEFORE_VERB else adverb,
    )
    return " ".join(part for part in parts if part)


_RULES_EN: Final[tuple[Rule, ...]] = (
    # "what was played", "which song was listened to most": the question
    # word is what was played.
    (
        rf"\b(?P<what>what|which(?: \w+)?|who)(?: in total)? {_BE_EN} {_ADVERB_EN}{_VERB_EN}\b",
        lambda match: _active(match["what"], match["adv"] or "", match["verb"], ""),
    ),
    # "which piece is most frequently cut short by me": what "I" skip.
    (
        (
            r"\b(?P<what>what|which(?: \w+)?(?: of music)?) (?:is|are|gets|get) (?P<how>most frequently"
            r"|most often|usually|often)? ?(?P<verb>cut short|skipped|cut off) by (?:me|us)\b"
        ),
        lambda match: " ".join(
            part
            for part in (match["what"], "do i", match["how"] or "", match["verb"])
            if part
        ),
    ),
    # "when Bohemian Rhapsody first appeared in my history": its first play.
    (
        (
            rf"\b(?:when|on what date) (?P<subject>{_SUBJECT_EN}) first (?:appeared|showed up|turned up"
            r"|came up|popped up) in (?:my|our) (?:history|listening(?: history)?)\b"
        ),
        lambda match: _active("when", "first", "played", match["subject"]),
    ),
    # "the number of songs that were played".
    (
        (
            rf"\b(?P<kind>songs|tracks|tunes|artists|albums|episodes|podcasts|items|things)"
            rf" (?:that|which) {_BE_EN} {_VERB_EN}\b"
        ),
        lambda match: f"{match['kind']} i {match['verb'].lower()}",
    ),
    # "how many items in total were played": what is counted was played.
    (
        rf"\b(?P<count>how many(?: \w+){{1,2}}?)(?: in total| altogether)? {_BE_EN} {_VERB_EN}\b",
        lambda match: _active(match["count"], "", match["verb"], ""),
    ),
    # "the last occasion on which Daft Punk were played".
    (
        (
            rf"\b(?:the )?(?P<which>last|first|most recent) (?:occasion|time) (?:on which|when|that)"
            rf" (?P<subject>{_SUBJECT_EN}) {_BE_EN} {_VERB_EN}{_END}"
        ),
        lambda match: _active(
            "when",
            "first" if match["which"].lower() == "first" else "last",
            match["verb"],
            match["subject"],
        ),
    ),
    # "when Daft Punk was most recently played", "if Justice was played at all".
    (
        (
            rf"\b(?P<ask>how many times|how often|on how many occasions|on what date|at what time"
            rf"|when|if|whether) (?P<subject>(?!(?:it|that|this)\b){_SUBJECT_EN})"
            rf" {_BE_EN} {_ADVERB_EN}{_VERB_EN}{_END}"
        ),
        lambda match: _active(
            match["ask"], match["adv"] or "", match["verb"], match["subject"]
        ),
    ),
    # "how many times was Genesis played", "when has Air been played": the
    # verb first, what was played after it. A bare "was Air played" is left
    # to the readers, which know it as it is.
    (
        (
            r"\b(?P<ask>how many times|how often|on how many occasions|when|on what date) "
            rf"(?:(?:was|were) (?P<subject>{_SUBJECT_EN})"
            rf"|(?:has|have|had) (?P<perfect>{_SUBJECT_EN}) been)"
            rf" {_ADVERB_EN}{_VERB_EN}{_END}"
        ),
        lambda match: _active(
            match["ask"] or "",
            match["adv"] or "",
            match["verb"],
            match["subject"] or match["perfect"],
        ),
    ),
)

_PARTICIPLE_DE: Final = (
    r"(?P<part>gespielt|gehört|aufgelegt|gestreamt|abgespielt|übersprungen)"
)
_RULES_DE: Final[tuple[Rule, ...]] = (
    # "wann wurde das zuletzt aufgelegt": a question word, the verb second,
    # the participle last. Without a question word ("wurde Air gestern
    # gespielt") the readers know the question as it is.
    (
        (
            r"\b(?P<ask>wann|wie oft|wie häufig|womit|mit welchem \w+|welche[srmn]? \w+|wie viele?(?: \w+)??|was)"
            rf" (?:wurde|wurden) (?P<rest>[^,?.!]+?) {_PARTICIPLE_DE}(?: worden)?\b"
        ),
        r"\g<ask> hab ich \g<rest> \g<part>",
    ),
    # "welches Lied gespielt wurde", "wie viele Stunden gehört worden sind":
    # the inner clause's verb last.
    (
        rf"\b{_PARTICIPLE_DE} (?:worden (?:ist|sind|war|waren)|wurden?|worden)\b",
        r"ich \g<part> habe",
    ),
)


_RULES: Final = {"en": _RULES_EN, "de": _RULES_DE}


def said_in_active(text: str, language: str) -> str:
    """Return a question asked in the passive as the household's own "I" would ask it."""
    return rewrite(_RULES.get(language, _RULES_EN), text, re.IGNORECASE)

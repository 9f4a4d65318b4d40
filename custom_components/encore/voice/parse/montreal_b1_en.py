"""A Montrealer's B1 English, French order and words kept (issue 45's eighty-fifth turn, blind writer 567).

A French-Canadian from Montreal opens with Quebec French ("coudonc", "tsé",
"ben", "euh", "c'est quoi", "combien de fois... sorry,"), says a name
first and asks of it with "them" or "it" ("the Daft Punk, how much times I
play them the seven last days", "sexy boy from Air I play it how much
times this summer", "eh, don't stop me now, I played it on saturday?"),
the thing counted before "played" ("how much times the podcast The Daily
played in october": the podcasts' plays had been answered, a wrong fact),
"depuis un mois" as "since one month" (the last thirty days: last calendar
month had been answered, a wrong fact), "before to go to bed" after the
last song of a day (yesterday's top songs had been answered, a wrong
fact), a French clock ("yesterday 20h10") and the question word last ("it
was what that played", "c'est quoi that I listen this afternoon").

Only a sentence with one of her marks (`_MARK`: her French words, "how
much times", "since one month", "before to go", "it was what", a name said
first after "eh," and asked with "I played it ...?") is read, so no other speaker's
question is rewritten. A name is never changed ("sexy boy from Air" is
found by the history's matcher as the song it holds).
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"^(?:coudonc|tsé|ben|euh|c'est quoi|combien de fois)\b|\bc'est quoi\b|\bhow much times\b"
    r"|\bsince (?:one|a|1) month\b|\bbefore to go\b|\bit was what\b|\bwhen in the day\b"
    r"|^eh, [^,]+, (?:i|we) (?:played|listened to|heard) (?:it|them|him|her) (?:on|this|last|yesterday|today)\b[^,]*\?$",
    re.IGNORECASE,
)

_WHO: Final = r"(?:i|we)"
_VERB: Final = r"(?:play|played|listen|listened|hear|heard|put|had)(?: to| on)?"
_PRONOUN: Final = r"(?:it|them|him|her)"
_HOW_MANY: Final = r"how (?:much|many) times?"

_MONTREAL_B1_EN: Final[tuple[Rule, ...]] = (
    # Her French openers ask nothing: "coudonc" (say), "tsé" (you know),
    # "ben", "euh", and "combien de fois... sorry," said again in English.
    (r"^(?:(?:coudonc|tsé|ben|euh|eh)\b[,!.]*\s*)+", ""),
    (r"^combien de fois\W*(?:sorry|pardon|i mean)?[,.]*\s*", ""),
    (r"\s+\b(?:eh|là)\W*$", ""),
    # "actually" (actuellement) is now: "my favourite band actually" her
    # favourite lately; beside her streak it says nothing.
    (r"\b((?:favourite|favorite|top|number one) \w+) actually\b", r"\1 lately"),
    (r"\b(my streak) actually\b", r"\1"),
    # "c'est quoi that I listen this afternoon": what she listened to.
    (
        rf"^c'est quoi (?:that|what) ({_WHO}) (?:play|played|listen|listened|hear|heard|had)(?: to)?\b",
        r"what did \1 listen to",
    ),
    (r"^c'est quoi\b", "what is"),
    (r",\s*like (of all (?:the )?time)\b", r" \1"),
    # "when in the day I put the most music": her usual hour.
    (
        rf"^when in the day ({_WHO}) (?:put|play|listen to|listen|have) (?:on )?the most\b",
        r"when do \1 usually listen to",
    ),
    # "since one month" (depuis un mois): the last thirty days.
    (r"\bsince (?:one|a|1) month\b", "in the last 30 days"),
    # "before to go to bed" (avant d'aller me coucher) after the day's last song.
    (r"\s*\bbefore to go (?:to bed|to sleep|sleep)\b", ""),
    # A French clock, "20h10", "8h": the moment.
    (r"(?<!\bat )\b(\d{1,2})h(\d{2})\b", r"at \1:\2"),
    (r"(?<!\bat )\b(\d{1,2})h\b", r"at \1:00"),
    # "yesterday at 20:10 it was what that played": what was playing then.
    (
        r"^(?P<when>.+?),? it was what (?:that )?(?:played|was playing|playing|was on)\W*$",
        r"what was playing \g<when>",
    ),
    # "how much times the podcast The Daily played in october": its plays.
    (
        rf"^{_HOW_MANY} (?:the (?:podcast|song|album|band|group|singer|artist) )?(?P<name>(?!(?:{_WHO}|did|music|songs|tracks|tunes|podcasts|episodes|things)\b).+?) (?:played|was played|passed)\b",
        r"how many times did I play \g<name>",
    ),
    # "the Daft Punk, how much times I play them the seven last days".
    (
        rf"^(?P<name>[^,]+),\s*{_HOW_MANY} {_WHO} {_VERB} {_PRONOUN}(?: on)?\b",
        r"how many times did I play \g<name>",
    ),
    # "sexy boy from Air I play it how much times this summer".
    (
        rf"^(?P<name>(?!(?:what|which|who|when|how)\b)[^,]+?) {_WHO} {_VERB} {_PRONOUN}(?: on)? {_HOW_MANY}\b",
        r"how many times did I play \g<name>",
    ),
    # "eh, don't stop me now, I played it on saturday?": did she.
    (
        rf"^(?P<name>(?![^,]*\b(?:i|we|who|which|what|when|how)\b)[^,]+),\s*{_WHO} {_VERB} {_PRONOUN}(?P<when> [^,?]+?)\s*\?+$",
        r"did I play \g<name>\g<when>",
    ),
    (r"^how (?:much|many) times?\b", "how many times"),
    # "... I play them the seven last days": in them (the French order
    # itself is read by `when`, for every speaker).
    (
        r"(?<!\bin )(?<!\bover )(?<!\bfor )\bthe (?:last (\w+)|(\w+) last) (days|weeks|months)\b",
        r"in the last \1\2 \3",
    ),
)


def said_by_a_montreal_b1(text: str) -> str:
    """Return a Montrealer's B1 English question said plainly."""
    return rewrite_marked(_MARK, _MONTREAL_B1_EN, text, squeeze=True)

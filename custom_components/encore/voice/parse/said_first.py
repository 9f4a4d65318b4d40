"""What a speaker says first and points back to.

A field said before its question ("podcast-wise, who's been top since
March", "Hinsichtlich der Podcasts: Welcher ...") takes the question word's
place; a name said first and pointed back to by a pronoun ("Queen, when did
I last hear her", "Queen, wann hab ich die zuletzt gehört") takes the
pronoun's. Read among the first ways of speaking (`plainly.WAYS`), before a
comma clips the question and loses what was said first.
"""

import re
from typing import Final

# The field said first ("podcast-wise, who's been top since March"): the
# clip to the question's clause dropped it, and "who" ranked artists (a
# wrong fact once). Its noun takes the question word's place: "which
# podcast's been top since March".
_FIELD_FIRST: Final = re.compile(
    r"^(?P<field>song|track|tune|album|record|artist|band|podcast|show)s?[- ]wise,?\s+"
    r"(?:who|what|which(?: one)?)\b",
    re.IGNORECASE,
)
_FIELD_LAST: Final = re.compile(
    r"^(?:who|what|which(?: one)?)\b(?P<rest>.*?),?\s+(?P<field>song|track|tune|album"
    r"|record|artist|band|podcast|show)s?[- ]wise[?.!]*$",
    re.IGNORECASE,
)


# Officialese's field said first (issue 45's forty-second turn, blind writer
# 250): "Hinsichtlich der Podcasts: Welcher wurde im laufenden Monat am
# meisten gehört?". Read as its own sentence, it was lost and "welcher"
# ranked songs. Its noun takes the question word's place.
_FIELD_FIRST_DE: Final = re.compile(
    r"^(?:hinsichtlich|bezüglich) der (?P<field>podcasts|lieder|titel|interpreten|künstler|alben)"
    r"\s*[:,]\s*(?P<which>welche[rsnm]?)\b",
    re.IGNORECASE,
)
_FIELD_DE: Final = {
    "podcasts": "Podcast",
    "lieder": "Lied",
    "titel": "Titel",
    "interpreten": "Künstler",
    "künstler": "Künstler",
    "alben": "Album",
}


# The same said plainly, with "was" (issue 45's sixty-third turn, blind
# writer 408, Lower Bavaria): "Bei de Podcasts, wos war in de letztn zwoa
# Wocha mei Favorit" (nothing had been read).
_FIELD_AT_DE: Final = re.compile(
    r"^bei (?:de|den|die) (?P<field>podcasts|liedern|songs|künstlern|alben|bands)"
    r"\s*[:,]\s*(?:was|wos|wer|wea) (?P<verb>war|woa|wor|is|ist)\b",
    re.IGNORECASE,
)
_FIELD_AT: Final = {
    "podcasts": "welcher Podcast",
    "liedern": "welches Lied",
    "songs": "welcher Song",
    "künstlern": "welcher Künstler",
    "alben": "welches Album",
    "bands": "welche Band",
}


def field_first_de(text: str) -> str:
    """Return "Hinsichtlich der Podcasts: Welcher ..." as "Welcher Podcast ..."."""
    text = _FIELD_AT_DE.sub(
        lambda found: f"{_FIELD_AT[found['field'].casefold()]} {found['verb']}", text
    )
    return _FIELD_FIRST_DE.sub(
        lambda found: f"{found['which']} {_FIELD_DE[found['field'].casefold()]}", text
    )


# A name said first and pointed back to (issue 45's thirty-first turn): "Air,
# did I play any of that since October". The clip to the question's clause
# dropped the name and read "since October" as one: a wrong fact.
_NAME_POINTED_BACK: Final = re.compile(
    r"^(?P<name>[^,?!]{2,40}),\s+(?P<ask>(?:did|have|has|had) (?:i|we|man))"
    r" (?P<verb>play|played|listen to|listened to|hear|heard|have|had|put on) any(?: of)?"
    r" (?:that|them|dem|it|those)\b",
    re.IGNORECASE,
)


# "Justice in September, I'd love to know how many times I played them"
# (issue 45's thirty-sixth turn): the count of the name said first.
_COUNT_POINTED_BACK: Final = re.compile(
    r"^(?P<name>[^,?!]{2,60}),\s+(?:i'd love to know |i wonder |i'd like to know |tell me )?"
    r"how many times (?P<who>i|we) (?:have |'ve )?(?:played|heard|listened to|had on)"
    r" (?:them|it|that|him|her|those)\b",
    re.IGNORECASE,
)


def name_pointed_back(text: str) -> str:
    """Return "Air, did I play any of that …" as "did I play Air …"."""
    text = _COUNT_POINTED_BACK.sub(r"how many times did \g<who> play \g<name>", text)
    return _NAME_POINTED_BACK.sub(r"\g<ask> \g<verb> \g<name>", text)


# The German way (issue 45's thirty-sixth turn): "Queen, wann hab isch die
# zuletscht ghört?", "Eres, wie oft hab ich das gehört": the pronoun stands
# for the name said first.
_NAME_POINTED_BACK_DE: Final = re.compile(
    r"^(?!(?:seit|im|am|in|an|um|letzte\w*|diese\w*|gestern|heute|vorgestern|heuer)\b)"
    r"(?P<name>[^,?!]{2,40}),\s+(?P<ask>wann|wie oft|wie viel|wieviel)"
    r" (?P<aux>hab|habe|hawwe|haben|hatte|hätt|hob) (?P<who>ich|isch|i|wir|mer|mir)"
    # The pronoun alone: "die Platte", "dat Eres" name a thing of their own.
    r" (?:die|den|das|des|dat|sie|ihn|es|se|de)\b(?!\s(?-i:[A-ZÄÖÜ]))",
    re.IGNORECASE,
)


def name_pointed_back_de(text: str) -> str:
    """Return "Queen, wann hab ich die zuletzt gehört" as "wann hab ich Queen …"."""
    return _NAME_POINTED_BACK_DE.sub(r"\g<ask> \g<aux> \g<who> \g<name>", text)


def field_first(text: str) -> str:
    """Return "podcast-wise, who …" (or "who …, podcast-wise") as "which podcast …"."""
    text = _FIELD_FIRST.sub(r"which \g<field>", text)
    return _FIELD_LAST.sub(r"which \g<field>\g<rest>", text)

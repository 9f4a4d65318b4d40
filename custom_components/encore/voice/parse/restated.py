"""An amount asked and then said more exactly (issue 45's twenty-first turn).

A speaker dictating in a car (writer 86) asked "how much" and then said
what was meant: "wie viel hab ich am Samstag abgespielt, also wie viele
Sachen" (how many things: plays), "how much did I play on Saturday, I mean
how many songs". The vague "how much" alone was read as a listening time;
the words said after "also", "ich mein", "I mean", "like" say the count.
Only a question that opens with "how much"/"wie viel" and ends with "how
many"/"wie viele" and the thing counted is rewritten: the count asked is
put first and the restatement dropped; any other question is left as it
was.
"""

import re

_THINGS_EN = r"(?:things|songs|tracks|tunes|plays|streams|episodes|podcasts|times)"
_THINGS_DE = (
    r"(?:sachen|dinge|lieder|songs|titel|stücke|tracks|wiedergaben|folgen|episoden"
    r"|podcasts|mal)"
)

_RESTATED = {
    "en": re.compile(
        r"^(?P<head>(?:\w+ )*?)how much (?P<rest>.+?),? (?:i mean|i meant|like|as in|so)"
        rf" how many (?P<things>{_THINGS_EN})[?.!]?$",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"^(?P<head>(?:\w+ )*?)wie ?viel (?P<rest>.+?),? (?:also|ich mein|ich meine"
        rf"|sprich|das heißt|äh|ähm) wie ?viele (?P<things>{_THINGS_DE})[?.!]?$",
        re.IGNORECASE,
    ),
}

_MANY = {"en": "how many", "de": "wie viele"}


def said_exactly(text: str, language: str) -> str:
    """Return `text` with a vague amount replaced by the count said after it."""
    if (pattern := _RESTATED.get(language)) is None or (
        found := pattern.match(text.strip())
    ) is None:
        return text
    return f"{found['head']}{_MANY[language]} {found['things']} {found['rest']}".strip()


# A vague period said more exactly in a sentence of its own: "listened to
# any Justice lately? Like in the last couple weeks?" (the second sentence's
# "last" asked for the last play, a wrong fact; twenty-second turn). The
# exact period takes the vague one's place.
_PERIOD_RESTATED = {
    "en": re.compile(
        r"^(?P<head>.+?)\b(?:lately|recently|of late|these days)\b(?P<tail>[^.?!]*)[.?!]+\s+"
        r"(?:(?:like|i mean|so|you know|as in|say),?\s+)?(?P<period>(?:in |over |during |within )?"
        r"(?:the )?(?:last|past) [^.?!]+?)[.?!]*$",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"^(?P<head>.+?)\b(?:in letzter zeit|neulich|die letzte zeit|letztens)\b(?P<tail>[^.?!]*)"
        r"[.?!]+\s+(?:(?:also|ich mein|ich meine|so|sprich),?\s+)?(?P<period>(?:in |im )?"
        r"(?:den |der )?(?:letzten|vergangenen) [^.?!]+?)[.?!]*$",
        re.IGNORECASE,
    ),
}


def period_said_exactly(text: str, language: str) -> str:
    """Return `text` with a vague period replaced by the exact one said after it."""
    if (pattern := _PERIOD_RESTATED.get(language)) is None or (
        found := pattern.match(text.strip())
    ) is None:
        return text
    return f"{found['head']}{found['period']}{found['tail']}?"

"""The one name a listening time asks about: "how long did I listen to Air".

A listening time read without its name was the period's whole listening
time: "how long did I listen to Air last week" answered the week's total, a
wrong fact (issue 45's eighteenth turn). Only a name said in the places a
name takes, written with a capital as a name is, is taken; the question is
then asked as that name's count, told in minutes and plays (`Reading.timed`).
Anything else stays the listening time it was.

Speech-to-text and typed questions come in lower case ("how long did i
listen to air this month", issue 45's twenty-sixth turn): there the words
where a name stands are taken, the period's words left out, unless they are
content ("music", "Podcasts") or a pointing word; a name nothing goes by is
then said as not found, never the period's total.
"""

import re
from typing import Final

from ..when import month_names, weekday_names

_NAME: Final = r"(?P<name>[A-Z0-9][\w'\u2019.&-]*(?: [\w'\u2019.&-]+){0,5}?)"
# Where a name ends: a period, a room, a remark.
_ENDS: Final = (
    r"(?=\s*(?:[,.?!;]|$| (?:for|on|in|at|this|last|yesterday|today|tonight|since"
    r"|during|over|so far|lately|recently|ever|altogether|in total|roughly|please"
    r"|diese\w*|letzte\w*|heute|gestern|seit|im|am|insgesamt|so|denn|schon)\b))"
)
_SAID: Final = {
    "en": (
        re.compile(
            rf"\b(?:how long|how much time|how many (?:minutes|hours))\b.*?"
            rf"\b(?:listen(?:ed|ing)?|been listening) to {_NAME}{_ENDS}"
        ),
        re.compile(rf"\bdid {_NAME} get any (?:minutes|time|hours|airtime){_ENDS}"),
        # "How much have I had Daft Punk on this year" (issue 45's
        # thirty-second turn): the name's plays, never the year's total.
        re.compile(
            rf"\bhow much (?:have|had|did) (?:I|i|we) (?:had|have|got|put) {_NAME} on\b"
        ),
        re.compile(rf"\bhow many (?:minutes|hours) did {_NAME} get{_ENDS}"),
    ),
    "de": (
        re.compile(
            r"\bwie lange (?:hab|habe|haben) (?:ich|wir) (?P<name>.+?)"
            r" (?:gehört|gespielt|laufen lassen)\b"
        ),
    ),
}
# The same places in lower case (`timed_name`'s second reading).
_LOWER_NAME: Final = r"(?P<name>[a-z0-9][\w'\u2019.&-]*(?: [\w'\u2019.&-]+){0,5}?)"
_SAID_LOWER: Final = {
    "en": (
        re.compile(
            rf"\b(?:how long|how much time|how many (?:minutes|hours))\b.*?"
            rf"\b(?:listen(?:ed|ing)?|been listening) to {_LOWER_NAME}{_ENDS}"
        ),
        re.compile(
            rf"\bhow much (?:have|had|did) (?:i|we) (?:had|have|got|put) {_LOWER_NAME} on\b"
        ),
        # "How much time did I spend on Daft Punk".
        re.compile(
            rf"\b(?:how long|how much time|how many (?:minutes|hours))\b.*?"
            rf"\bspen[dt] (?:on|with|listening to) {_LOWER_NAME}{_ENDS}"
        ),
    ),
    "de": (
        re.compile(
            r"\bwie lange (?:hab|habe|haben) (?:ich|wir) (?P<name>.+?)"
            r" (?:gehört|gespielt|laufen lassen)\b"
        ),
        re.compile(rf"\bwie lange (?:lief|liefen) {_LOWER_NAME}{_ENDS}"),
    ),
}
# Words in a name's place that are none: content, pointing words, fillers.
_NO_NAME_LOWER: Final = re.compile(
    r"^(?:(?:the|my|our|some|any|all|all the|all my|mein\w*|unser\w*|die|das|den"
    r"|so|schon|denn|eigentlich|insgesamt|bei mir|bei uns|überhaupt|noch)(?: |$))*"
    r"(?:music|songs?|tracks?|tunes?|podcasts?|episodes?|audiobooks?|stuff|things"
    r"|anything|something|everything|it|that|this|them|those|these|me|you|radio"
    r"|musik|lieder|liedern|folgen|episoden|hörbücher|zeug|was|etwas|irgendwas"
    r"|alles|es|das|dem|den)?$"
)
_TRAILING: Final = re.compile(
    r"(?: (?:bei mir|bei uns|so|denn|insgesamt|überhaupt|noch|schon|eigentlich"
    r"|altogether|in total|overall|so far|then|please|to|on|in|at|for|the))+$"
)
# A room or a preposition first: no name ("in der küche", "to in the").
_PLACE_WORD: Final = re.compile(
    r"^(?:in|im|am|an|bei|zu|to|at|on|for|from|von|der|die|das|dem|den)\b"
)
# Capitalised words that are no name: content, the asker, a period.
_CALENDAR: Final = "|".join(
    name.capitalize()
    for language in ("en", "de")
    for name in (*month_names(language), *weekday_names(language))
)
_NOT_A_NAME: Final = re.compile(
    r"^(?:Musik|Music|Songs?|Lieder|Tracks?|Podcasts?|Folgen|Episoden|Hörbücher"
    # "Samstagnachmittag": a weekday with its part joined on is a time too.
    rf"|I|Ich|Wir|(?:{_CALENDAR})(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?|Woche|Wochenende|Monat|Jahr|Stunden|Minuten|Zeit"
    r"|Tage|Tagen|Wochen|Monaten|Morgen|Abend|Nachmittag|Nacht|Sommer|Küche)\b"
)


def timed_name(text: str, language: str, rest: str | None = None) -> str | None:
    """Return the name a listening time asks about, or None.

    `rest`: the question's words as the parser reads them (slips mended,
    "to day" read "today"), less the period and the room: a lower-case name
    holds only these.
    """
    found_name = _capitalised(text, language)
    if found_name is not None or text != text.lower() or rest is None:
        return found_name
    return _lower_case(text, language, frozenset(rest.split()))


def _lower_case(text: str, language: str, kept: frozenset[str]) -> str | None:
    """Return the words where a name stands, in lower-case text, if a name.

    Only words the parser kept (`kept`) are the name's: "to day" is today,
    "heu te" heute, a room or a period no name.
    """
    for pattern in _SAID_LOWER.get(language, ()):
        if (found := pattern.search(text)) is None:
            continue
        # Words of a period or a room ("diesen monat the daily") go.
        words = [
            word
            for word in found.group("name").replace(",", " ").split()
            if word in kept
        ]
        # "musik bei mir", "queen so": what ends the words is no name.
        said = _TRAILING.sub("", " ".join(words))
        if said and not _NO_NAME_LOWER.match(said) and not _PLACE_WORD.match(said):
            return said
    return None


def _capitalised(text: str, language: str) -> str | None:
    """Return a capitalised name where a name stands, or None."""
    for pattern in _SAID.get(language, ()):
        if (found := pattern.search(text)) is None:
            continue
        words = found.group("name").strip(" ,").split()
        if language == "de":
            # "letzte Woche Air": the words of the time and the fillers
            # before the name go; a German noun of no name is no name.
            while words and (not words[0][:1].isupper() or _NOT_A_NAME.match(words[0])):
                words = words[1:]
        if words and not _NOT_A_NAME.match(words[0]):
            return " ".join(words)
    return None

"""A "when" asked of a first or last play whose name was not read (issue 45's eighty-fourth turn).

"Around the World, the Daft Punk one, when I hear first time?", "Digital
Love, when'd that get its first outin'", "Digital Love, wann tauchte dat dat
erste Mal bei mir auf?": a name said first, then "when" and "first" or
"last". Where no reader placed the name, what was left read as the first
(or last) play of anything, and with no period that is today's: "Today the
first thing you played was Don't Stop Me Now", a wrong fact, because "when"
asks for the date of one name's play, not for what played first. Such a
reading becomes the name's own first or last play with the name unread, so
Encore asks back which artist or song is meant.

"What song did I put on first thing when I woke up" keeps its reading: its
"what" asks for the thing, and "when" only tells the moment.
"""

from dataclasses import replace
import re

from ..when import normalize
from .reading import Asked, Reading

# "When" asking the time, in a question that asks no thing ("what", "which",
# "who") and no "whenever"/"no matter when"/"egal wann".
_ASKS_WHEN = {
    "en": re.compile(
        r"^(?!.*\b(?:what|which|who|whenever|no matter when)\b).*\bwhen\b"
    ),
    "de": re.compile(
        r"^(?!.*\b(?:was|welche\w*|wer|egal wann|wann immer)\b).*\bwann\b"
    ),
}
# A command said first ("Spiel Queen, wann war das zuletzt"): Home Assistant's.
_COMMAND = re.compile(r"^(?:play|put on|spiel\w*|leg\w* .*\bauf|mach\w* .*\ban)\b")
_OWN = {Asked.FIRST_IN: Asked.FIRST_PLAY, Asked.LAST_IN: Asked.LAST_PLAY}


def when_of_a_name(text: str, reading: Reading, language: str) -> Reading:
    """Return a name's first or last play, unnamed, where "when" asks its date."""
    own = _OWN.get(reading.asked) if reading.asked is not None else None
    asks = _ASKS_WHEN.get(language)
    if (
        own is None
        or asks is None
        or reading.when is not None
        or reading.name is not None
        or not asks.search(said := normalize(text))
        or _COMMAND.match(said)
    ):
        return reading
    return replace(reading, asked=own, sure=False)

"""Where: a room, an area or a speaker said with a question ("in the kitchen").

The history knows the device each stream played on (its name as Spotify or
the player gave it). A place said is matched to those names directly and
through Home Assistant: an area of that name gives the names of its media
players. `where_of` makes the question's `Where` of them; the question layer
counts the plays on those devices as it counts any others.
"""

from dataclasses import dataclass
from datetime import datetime, tzinfo
import re

from homeassistant.core import HomeAssistant, callback

from ..history.questions import Where
from ..history.questions.places import place_named
from .when import When, parse_when

_PLACE = {
    "en": re.compile(
        r"\b(?P<phrase>(?:in|on|at|from|through|over|via) (?:the|my|our) "
        # "On the music", "on the radio" ("what was on the wireless"): what
        # played, no place.
        r"(?!most\b|least\b|music\b|radio\b)(?P<full>(?P<name>.+?)(?: (?:speakers?|room|player|stereo|sonos))?))$",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?P<phrase>(?:im|in der|in dem|auf dem|auf der|am|über den|über die"
        r"|über das) (?!\w+sten\b)"  # "am meisten", "am öftesten": no place
        r"(?P<full>(?P<name>.+?)(?:[ -]?(?:lautsprecher|box|anlage))?))$",
        re.IGNORECASE,
    ),
}


# Rooms and speakers have short names ("kitchen", "living room", "kids bath
# room"): a longer run after "in the" is no place.
_MAX_PLACE_WORDS = 3


@dataclass(frozen=True, slots=True)
class Place:
    """A place said, and the device names it stands for."""

    said: str
    """As said, with its preposition: "in the kitchen"."""
    name: str
    """The place alone: "kitchen"."""
    full: str | None = None
    """The place with the word after it when one was said ("TV room" where
    `name` is "TV"): a room's name can end in "room" or "speaker" itself."""


def split_place(
    text: str, language: str, now: datetime, time_zone: tzinfo
) -> tuple[Place, When | None] | None:
    """Find a place and, around it, a time: "in the kitchen yesterday".

    None when the words hold no place, or hold words that are neither.
    """
    pattern = _PLACE.get(language, _PLACE["en"])
    pieces = text.split()
    # The shortest place whose words around it are a time (or nothing).
    for end in range(1, len(pieces) + 1):
        head = " ".join(pieces[:end])
        tail = " ".join(pieces[end:])
        found = pattern.search(head)
        if found is None:
            continue
        before = head[: found.start()].strip()
        rest = " ".join(part for part in (before, tail) if part)
        when = parse_when(rest, language, now, time_zone) if rest else None
        if rest and when is None:
            continue
        name = found.group("name").strip()
        if len(name.split()) > _MAX_PLACE_WORDS:
            # "the kitchen at ten past five I was on the phone": no room's
            # name runs on like this; the words are something else.
            continue
        if parse_when(found.group("phrase"), language, now, time_zone) is not None:
            return None
        full = found.group("full").strip()
        return Place(
            found.group("phrase").strip(), name, full if full != name else None
        ), when
    return None


@callback
def where_of(hass: HomeAssistant, place: Place) -> Where:
    """Return the question's place: the device names it may stand for.

    "The TV room" is the TV Room when the history knows one, else "TV".
    """
    return place_named(hass, place.said, place.name, place.full)

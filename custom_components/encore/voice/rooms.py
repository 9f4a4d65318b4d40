"""Where: a room, an area or a speaker said with a question ("in the kitchen").

The history knows the device each stream played on (its name as Spotify or
the player gave it). A place said is matched to those names directly and
through Home Assistant: an area of that name gives the names of its media
players. `where_of` makes the question's `Where` of them; the question layer
counts the plays on those devices as it counts any others.
"""

from dataclasses import dataclass
from datetime import datetime, tzinfo
from difflib import SequenceMatcher
import re

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
    floor_registry as fr,
)

from ..history.questions import Where, normalize_name
from ..history.questions.places import place_named
from .parse import find_period
from .when import When, normalize, parse_when

_PLACE = {
    "en": re.compile(
        r"\b(?P<phrase>(?:in|on|at|from|through|over|via) (?:the|my|our) "
        # "On the music", "on the radio" ("what was on the wireless"): what
        # played, no place; "on the speaker", "on the go": anywhere.
        r"(?!most\b|least\b|music\b|radio\b|(?:speakers?|stereo|sonos|go)$)(?P<full>(?P<name>.+?)(?: (?:speakers?|room|player|stereo|sonos))?))$",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?P<phrase>(?:im|in der|in dem|auf dem|auf der|am|über den|über die"
        r"|über das) (?!\w+sten\b)"  # "am meisten", "am öftesten": no place
        r"(?P<full>(?P<name>.+?)(?:[ -]?(?:lautsprecher|box|anlage))?))$",
        re.IGNORECASE,
    ),
}


# Words a room, an area or a device is named with (issue 45, eighth turn):
# words after "in the", "im" that hold none of them and name nothing the home
# has are no place ("im Großen und Ganzen", "on the whole", "in the
# helmets"), and the question is answered without them. A German word is
# also one when it ends in one ("Kinderzimmer", "Küchenlautsprecher").
_PLACE_WORDS = {
    "en": frozenset(
        [
            "room",
            "rooms",
            "bedroom",
            "bathroom",
            "bath",
            "kitchen",
            "living",
            "lounge",
            "den",
            "office",
            "study",
            "studio",
            "garage",
            "garden",
            "patio",
            "porch",
            "deck",
            "terrace",
            "balcony",
            "hall",
            "hallway",
            "corridor",
            "landing",
            "basement",
            "cellar",
            "attic",
            "loft",
            "nursery",
            "playroom",
            "kids",
            "guest",
            "dining",
            "gym",
            "laundry",
            "utility",
            "conservatory",
            "shed",
            "barn",
            "stable",
            "stables",
            "tractor",
            "cab",
            "van",
            "truck",
            "ute",
            "caravan",
            "camper",
            "boat",
            "greenhouse",
            "summerhouse",
            "workshop",
            "pool",
            "yard",
            "backyard",
            "upstairs",
            "downstairs",
            "floor",
            "house",
            "flat",
            "apartment",
            "cabin",
            "cottage",
            "kitchenette",
            "speaker",
            "speakers",
            "sonos",
            "player",
            "stereo",
            "tv",
            "television",
            "soundbar",
            "sub",
            "beam",
            "arc",
            "era",
            "roam",
            "move",
            "amp",
            "port",
            "echo",
            "dot",
            "homepod",
            "nest",
            "chromecast",
            "phone",
            "iphone",
            "android",
            "pixel",
            "galaxy",
            "laptop",
            "macbook",
            "computer",
            "pc",
            "desktop",
            "mac",
            "imac",
            "tablet",
            "ipad",
            "car",
            "headphones",
            "earbuds",
            "airpods",
            "watch",
            "console",
            "xbox",
            "playstation",
            "receiver",
            "amplifier",
            "radio",
            "boombox",
            "group",
        ]
    ),
    "de": frozenset(
        [
            "zimmer",
            "raum",
            "küche",
            "bad",
            "badezimmer",
            "flur",
            "diele",
            "keller",
            "garage",
            "garten",
            "terrasse",
            "balkon",
            "büro",
            "dachboden",
            "speicher",
            "wintergarten",
            "werkstatt",
            "scheune",
            "stall",
            "schuppen",
            "traktor",
            "wohnwagen",
            "partykeller",
            "gewächshaus",
            "stube",
            "wohnung",
            "haus",
            "obergeschoss",
            "erdgeschoss",
            "dachgeschoss",
            "etage",
            "stock",
            "oben",
            "unten",
            "lautsprecher",
            "box",
            "boxen",
            "anlage",
            "stereoanlage",
            "fernseher",
            "tv",
            "handy",
            "telefon",
            "laptop",
            "rechner",
            "computer",
            "tablet",
            "auto",
            "kopfhörer",
            "sonos",
            "echo",
            "player",
            "radio",
            "soundbar",
            "gruppe",
        ]
    ),
}
_PLACE_ENDINGS = {
    "en": ("room", "speaker", "speakers"),
    "de": (
        "zimmer",
        "raum",
        "küche",
        "lautsprecher",
        "box",
        "anlage",
        "bad",
        "keller",
        "garten",
        "büro",
    ),
}
# Words only a time holds, in a room's place ("the month just gone", "die
# Vorwoche", "the old radio days").
_TIME_WORD = re.compile(
    r"\b(?:days?|weeks?|weekends?|months?|years?|decades?|era|times|tag|tage|tagen"
    r"|\w*wochen?|\w*wochenenden?|\w*monat\w*|\w*jahr\w*|zeit|zeiten|\w*zeitraums?"
    r"|january|february|march|april|june|july|august|september|october|november"
    r"|december|januar|februar|märz|mai|juni|juli|oktober|dezember"
    # A season, its part or a feast ("im Spätsommer", "im Advent", "over
    # Christmas"; issue 45's seventy-second turn): no room, never
    # "im Wintergarten".
    r"|\w*sommer|\w*herbst|\w*frühling|\w*winter|summer|autumn|spring|advent"
    r"|fasching|fastnacht|karneval|weihnachten|ostern|pfingsten|silvester"
    r"|christmas|easter|thanksgiving|halloween)\b"
)
# How close words must be to a name the home has to be taken for it.
_CLOSE = 0.8

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
    worded: bool = True
    """Whether its words hold a room's or a device's word ("bedroom",
    "speaker", "Küche"); words with none are a place only when the home has
    a place of about that name (`is_place`)."""


# Words said around a time that are no part of it nor of a room's name.
_FILLER = {
    "en": re.compile(
        r"^[, ]*(?:(?:like|um|uh|erm|so|you know|i guess|i mean)\b[, ]*)+"
    ),
    "de": re.compile(r"^[, ]*(?:(?:so|äh|ähm|halt|also|quasi)\b[, ]*)+"),
}


def _worded(words: str, language: str) -> bool:
    """Whether the words hold a word rooms and devices are named with."""
    vocabulary = _PLACE_WORDS.get(language, _PLACE_WORDS["en"])
    endings = _PLACE_ENDINGS.get(language, _PLACE_ENDINGS["en"])
    return any(
        word in vocabulary or word.endswith(endings)
        for word in re.findall(r"[\w']+", words.casefold())
    )


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
        # "In the kitchen, like, all time": a filler before the time.
        rest = _FILLER.get(language, _FILLER["en"]).sub("", rest).strip(" ,")
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
        if _TIME_WORD.search(name.casefold()) or find_period(
            normalize(name).split(), language, now, time_zone
        ):
            # "Im Oktober was war", "in the month just gone", "in der
            # Vorwoche": a time said is no room's name; what it means is read
            # from the whole question, or said as not understood.
            continue
        full = found.group("full").strip()
        return Place(
            found.group("phrase").strip(),
            name,
            full if full != name else None,
            worded=_worded(found.group("phrase"), language),
        ), when
    return None


@callback
def where_of(hass: HomeAssistant, place: Place) -> Where:
    """Return the question's place: the device names it may stand for.

    "The TV room" is the TV Room when the history knows one, else "TV".
    """
    return place_named(hass, place.said, place.name, place.full)


def _home_names(hass: HomeAssistant) -> set[str]:
    """Return the names of the home's areas, floors, players and devices."""
    names: set[str] = set()
    for area in ar.async_get(hass).async_list_areas():
        names.update((area.name, *area.aliases))
    for floor in fr.async_get(hass).async_list_floors():
        names.update((floor.name, *floor.aliases))
    devices = dr.async_get(hass)
    for entity in er.async_get(hass).entities.values():
        if entity.domain != "media_player":
            continue
        names.update(name for name in (entity.name, entity.original_name) if name)
        # A speaker named by its device ("Living Room" for its player).
        if entity.device_id and (device := devices.async_get(entity.device_id)):
            names.update(name for name in (device.name_by_user, device.name) if name)
    return {normalize_name(name) for name in names if name}


@callback
def is_place(hass: HomeAssistant, place: Place) -> bool:
    """Whether a place said is one: worded like one, or about a name the home has.

    "Im Großen und Ganzen", "in the helmets": no room's word and nothing
    the home has by about that name; the question is asked without them.
    "The bedroom speaker" is a place even when the home has none: the
    answer says it does not know it.
    """
    if place.worded:
        return True
    said = [normalize_name(name) for name in (place.full, place.name) if name]
    for name in _home_names(hass):
        for words in said:
            if words == name or SequenceMatcher(None, words, name).ratio() >= _CLOSE:
                return True
    return False

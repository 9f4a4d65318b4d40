"""Assist plays from the history: "play my most played Daft Punk songs in the kitchen".

The sentences live in `sentences/play/<language>.yaml` (intent
`EncorePlayFavourites`). The handler asks the question layer for the asker's
most played songs of the period said (all time when none is), or the songs
of the artist named, and plays them in order, as a media-source folder
plays: on the Encore Sonos speaker of the room said (share links), else on
the asker's Spotify player (Spotify's `uris`, no playlist made). A room said
is where to play, not where the songs were heard: "whose" is the asker.

The songs go to the player through `media_player.play_media` with the
asker's context (a list held by `media_lists.async_hold`), so the player's
own checks and errors apply as to any other call.
"""

from dataclasses import dataclass, replace
from typing import Any, ClassVar, Final, override

import voluptuous as vol

from homeassistant.components.media_player import (
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    DOMAIN as MP_DOMAIN,
    SERVICE_PLAY_MEDIA,
    MediaType,
)
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import (
    area_registry as ar,
    config_validation as cv,
    device_registry as dr,
    entity_registry as er,
    intent,
)
from homeassistant.util import dt as dt_util

from ..const import DOMAIN, LOGGER
from ..history.periods import PeriodError, PeriodName
from ..history.questions import (
    Counted,
    Favourites,
    Name,
    TopKind,
    async_favourites,
    normalize_name,
)
from ..history.write_access import target_entry
from ..media.lists import async_hold
from ..sonos.player import SonosMediaPlayer
from .ask import Asker, NotUnderstoodError, async_asker
from .heard import hear_name
from .rooms import Place
from .seasons import find_season
from .slots import Heard, PlaceNotAnsweredError, heard_period

INTENT_PLAY_FAVOURITES: Final = "EncorePlayFavourites"
# Songs a request plays: an evening's worth, as a media-source folder holds.
PLAYED_SONGS: Final = 50
_SPOTIFY_TRACK: Final = "spotify:track:"

_TEXT: Final[dict[str, dict[str, str]]] = {
    "en": {
        "playing": "Playing your {count} most played songs{by}{tail} on {player}.",
        "playing_one": "Playing your most played song{by}{tail} on {player}.",
        "by": " by {artist}",
        "nothing": "I found no songs{by}{tail} in your listening history to play.",
        "unknown_artist": "I found nothing by {name} in your listening history.",
        "no_speaker": "I found no Encore Sonos speaker {place}.",
        "no_player": "I found no Spotify player of yours to play on.",
        "not_when": 'I did not understand which time "{said}" means.',
        "place_moment": "Tell me a period, not a moment, to pick the songs.",
        "period_wrong": "I can't tell which period you mean.",
    },
    "de": {
        "playing": "Ich spiele deine {count} meistgehörten Songs{by}{tail} auf {player}.",
        "playing_one": "Ich spiele deinen meistgehörten Song{by}{tail} auf {player}.",
        "by": " von {artist}",
        "nothing": "In deinem Hörverlauf finde ich keine Songs{by}{tail} zum Abspielen.",
        "unknown_artist": "In deinem Hörverlauf finde ich nichts von {name}.",
        "no_speaker": "Ich finde {place} keinen Sonos-Lautsprecher von Encore.",
        "no_player": "Ich finde keinen Spotify-Player von dir zum Abspielen.",
        "not_when": 'Ich verstehe nicht, welche Zeit "{said}" meint.',
        "place_moment": "Sag mir einen Zeitraum, keinen Zeitpunkt, für die Songs.",
        "period_wrong": "Ich weiß nicht, welchen Zeitraum du meinst.",
    },
}


class _RefusedError(Exception):
    """A request that cannot be played; `key` says why in the asker's words."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass(frozen=True, slots=True)
class _Asked:
    """The period (and room) heard, and the artist named, if any."""

    heard: Heard
    artist: str | None


def _speak(language: str, key: str, **values: object) -> str:
    return _TEXT.get(language, _TEXT["en"])[key].format(**values)


def _asked(asker: Asker, values: dict[str, Any]) -> _Asked:
    """Read the period, room and artist the slots hold.

    A period said inside the name ("Daft Punk from 2019") counts when no
    other was said; "my most played 2019 songs" is a period, no artist.
    """
    language = asker.speaker.language
    said_when = " ".join(
        str(values[key]).strip() for key in ("when", "where") if values.get(key)
    )
    when_values = {"when": said_when} if said_when else {}
    artist: str | None = None
    if name := str(values.get("name") or "").strip():
        zone = dt_util.get_default_time_zone()
        heard = hear_name(name, language, asker.now, zone)
        season = find_season(name, language, asker.now)
        if season is not None and not said_when:
            # "My favourite songs from last summer": the name is a season.
            when_values = {"when": name}
            artist = season.rest or None
        elif heard.when is not None and not said_when:
            when_values = {"when": heard.said.removeprefix(heard.name).strip()}
            artist = heard.name or None
        elif not heard.anything:
            # As said: a band's name may hold what a question drops ("Ever").
            artist = name
    said = str(when_values.get("when", ""))
    if season := find_season(said, language, asker.now):
        # A season is a span `when` does not read; the words around it
        # may still name the room ("last summer in the kitchen").
        around = heard_period(
            asker, {"when": season.rest} if season.rest else {}, PeriodName.ALL_TIME
        )
        if around.moment is not None or (around.label and around.place is None):
            raise NotUnderstoodError(said)
        return _Asked(Heard(season.period, season.label, around.place), artist)
    found = heard_period(asker, when_values, PeriodName.ALL_TIME)
    if found.moment is not None:
        raise PlaceNotAnsweredError(said_when)
    return _Asked(found, artist)


def _matches(said: Place, *names: str | None) -> bool:
    wanted = {normalize_name(said.name)}
    if said.full:
        wanted.add(normalize_name(said.full))
    return any(name and normalize_name(name) in wanted for name in names)


@callback
def _sonos_in(hass: HomeAssistant, place: Place) -> str | None:
    """Return the Encore Sonos player of the room, area or speaker said."""
    areas = ar.async_get(hass)
    devices = dr.async_get(hass)
    component = hass.data.get(MP_DOMAIN)
    if component is None:
        return None
    for entry in er.async_get(hass).entities.values():
        if entry.domain != MP_DOMAIN or entry.platform != DOMAIN:
            continue
        if not isinstance(component.get_entity(entry.entity_id), SonosMediaPlayer):
            continue
        device = devices.async_get(entry.device_id) if entry.device_id else None
        area_id = entry.area_id or (device.area_id if device else None)
        area = areas.async_get_area(area_id) if area_id else None
        state = hass.states.get(entry.entity_id)
        names = [
            state.name if state else None,
            entry.name or entry.original_name,
            device.name_by_user or device.name if device else None,
        ]
        if area is not None:
            names += [area.name, *area.aliases]
        if _matches(place, *names):
            return entry.entity_id
    return None


@callback
def _spotify_player(hass: HomeAssistant, user_id: str | None) -> str | None:
    """Return the media player of the asker's Spotify account."""
    try:
        account = target_entry(hass, user_id, None)
    except HomeAssistantError:
        return None
    return next(
        (
            entry.entity_id
            for entry in er.async_entries_for_config_entry(
                er.async_get(hass), account.entry_id
            )
            if entry.domain == MP_DOMAIN
        ),
        None,
    )


class PlayFavouritesIntent(intent.IntentHandler):
    """'Play my most played Daft Punk songs', 'spiel meine Lieblingslieder'."""

    intent_type = INTENT_PLAY_FAVOURITES
    description = "Plays the user's most played songs of a period or artist"
    slots: ClassVar[dict[Any, Any]] = {
        vol.Optional("name"): cv.string,
        vol.Optional("when"): cv.string,
        vol.Optional("where"): cv.string,
    }

    @property
    @override
    def slot_schema(self) -> dict[Any, Any]:
        """Return the slot schema."""
        return self.slots

    @override
    async def async_handle(self, intent_obj: intent.Intent) -> intent.IntentResponse:
        """Pick the songs and the player, and play."""
        slots = self.async_validate_slots(intent_obj.slots)
        values = {key: slot["value"] for key, slot in slots.items()}
        hass = intent_obj.hass
        response = intent_obj.create_response()
        user_id = intent_obj.context.user_id
        asker = await async_asker(hass, user_id=user_id, language=intent_obj.language)
        language = asker.speaker.language
        try:
            speech, data = await self._async_play(intent_obj, asker, values)
        except _RefusedError as err:
            return _failed(response, _speak(language, err.key, **err.values))
        except NotUnderstoodError as err:
            return _failed(response, _speak(language, "not_when", said=err.said))
        except PlaceNotAnsweredError:
            return _failed(response, _speak(language, "place_moment"))
        except PeriodError:
            return _failed(response, _speak(language, "period_wrong"))
        except HomeAssistantError as err:
            LOGGER.debug("%s could not play: %s", self.intent_type, err)
            return _failed(response, str(err))
        response.response_type = intent.IntentResponseType.ACTION_DONE
        response.async_set_speech(speech)
        response.async_set_speech_slots(data)
        return response

    async def _async_play(
        self, intent_obj: intent.Intent, asker: Asker, values: dict[str, Any]
    ) -> tuple[str, dict[str, Any]]:
        hass = intent_obj.hass
        language = asker.speaker.language
        asked = _asked(asker, values)
        place = asked.heard.place
        # Where it plays, before the history is read: a room without a
        # speaker is said at once.
        if place is not None:
            player = _sonos_in(hass, place)
            if player is None:
                raise _RefusedError("no_speaker", place=place.said)
        else:
            player = _spotify_player(hass, intent_obj.context.user_id)
            if player is None:
                raise _RefusedError("no_player")
        question = asker.question(
            Counted.RANKING,
            asked.heard.period,
            label=asked.heard.label,
            ranked=TopKind.TRACK,
            limit=PLAYED_SONGS,
            name=None
            if asked.artist is None
            else Name(asked.artist, language=language),
        )
        answered = await async_favourites(hass, question)
        found: Favourites = answered.value
        # The period in words, without the room: the room is where it plays.
        period_words = asker.words(question)
        if place is not None and period_words.said:
            said = period_words.said.removesuffix(place.said).strip()
            period_words = replace(period_words, said=said or None)
        tail = asker.speaker.tail(period_words)
        if asked.artist is not None and found.match is None:
            raise _RefusedError("unknown_artist", name=asked.artist)
        by = (
            ""
            if found.match is None
            else _speak(language, "by", artist=found.match.name)
        )
        uris = [
            entry.uri
            for entry in found.entries
            if entry.uri is not None and entry.uri.startswith(_SPOTIFY_TRACK)
        ]
        if not uris:
            raise _RefusedError("nothing", by=by, tail=tail)
        await hass.services.async_call(
            MP_DOMAIN,
            SERVICE_PLAY_MEDIA,
            {
                ATTR_ENTITY_ID: player,
                ATTR_MEDIA_CONTENT_ID: async_hold(hass, uris),
                ATTR_MEDIA_CONTENT_TYPE: MediaType.PLAYLIST,
            },
            blocking=True,
            context=intent_obj.context,
        )
        state = hass.states.get(player)
        player_name = state.name if state is not None else player
        key = "playing_one" if len(uris) == 1 else "playing"
        speech = asker.finish(
            _speak(
                language, key, count=len(uris), by=by, tail=tail, player=player_name
            ),
            answered,
        )
        return speech, {
            "entity_id": player,
            "uris": uris,
            "artist": None if found.match is None else found.match.name,
            "period": question.period.as_dict(),
        }


def _failed(response: intent.IntentResponse, speech: str) -> intent.IntentResponse:
    response.async_set_error(intent.IntentResponseErrorCode.FAILED_TO_HANDLE, speech)
    return response


@callback
def async_register_play_favourites(hass: HomeAssistant) -> None:
    """Register the handler once."""
    registered = {handler.intent_type: handler for handler in intent.async_get(hass)}
    if type(registered.get(INTENT_PLAY_FAVOURITES)) is PlayFavouritesIntent:
        return
    intent.async_register(hass, PlayFavouritesIntent())

"""Assist changes Spotify: "like this song", "add this song to my running playlist", "what's next".

The sentences live in `sentences/spotify/<language>.yaml`. Each handler picks
the asker's account as the actions do (`history.write_access.target_entry`)
and asks the same questions: may this user change it, did its owner turn
writes on. A refusal is spoken, never guessed around.
"""

from typing import Any, ClassVar, Final, override

import voluptuous as vol

from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import config_validation as cv, intent

from ..const import LOGGER
from ..history.write_access import async_require_may_write, target_entry
from ..spotify.account import SpotifyAccount
from ..spotify.changes import (
    async_add_to_playlist,
    async_change_library,
    async_current_uri,
    loaded_account,
)
from ..spotify.errors import SpotifyError
from ..spotify.models import PlayingItem
from .answers import pick_language

INTENT_LIKE: Final = "EncoreLikeSong"
INTENT_ADD_TO_PLAYLIST: Final = "EncoreAddToPlaylist"
INTENT_WHATS_NEXT: Final = "EncoreWhatsNext"
# Items "what's next" names; the rest is counted.
SPOKEN_NEXT: Final = 3

_TEXT: Final[dict[str, dict[str, str]]] = {
    "en": {
        "liked": "Saved {item} to your library.",
        "unliked": "Removed {item} from your library.",
        "added": "Added {item} to {playlist}.",
        "next": "Next up: {items}.",
        "next_more": "Next up: {items}, and {more} more.",
        "queue_empty": "Nothing is queued after this.",
        "by": "{title} by {artist}",
        "and": " and ",
    },
    "de": {
        "liked": "{item} ist jetzt in deiner Bibliothek.",
        "unliked": "{item} ist nicht mehr in deiner Bibliothek.",
        "added": "{item} ist jetzt in {playlist}.",
        "next": "Als Nächstes: {items}.",
        "next_more": "Als Nächstes: {items} und {more} weitere.",
        "queue_empty": "Danach ist nichts in der Warteschlange.",
        "by": "{title} von {artist}",
        "and": " und ",
    },
}


def _speak(language: str, key: str, **values: object) -> str:
    table = _TEXT.get(language, _TEXT["en"])
    return table[key].format(**values)


def _named(language: str, item: PlayingItem | None, fallback: str) -> str:
    if item is None or not item.name:
        return fallback
    if item.artists:
        return _speak(language, "by", title=item.name, artist=item.artists[0])
    return item.name


def _join(language: str, names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + _speak(language, "and") + names[-1]


class SpotifyChangeIntent(intent.IntentHandler):
    """Common handling: the asker's account, the refusals spoken."""

    slots: ClassVar[dict[Any, Any]] = {}
    writes: ClassVar[bool] = True

    @property
    @override
    def slot_schema(self) -> dict[Any, Any]:
        """Return the slot schema."""
        return self.slots

    @override
    async def async_handle(self, intent_obj: intent.Intent) -> intent.IntentResponse:
        """Do what was asked, or say why not."""
        slots = self.async_validate_slots(intent_obj.slots)
        values = {key: slot["value"] for key, slot in slots.items()}
        hass = intent_obj.hass
        language = pick_language(intent_obj.language, hass.config.language)
        response = intent_obj.create_response()
        user_id = intent_obj.context.user_id
        try:
            entry = target_entry(hass, user_id, None)
            if self.writes:
                await async_require_may_write(hass, user_id, entry)
            account = loaded_account(hass, entry)
            speech, data = await self.async_act(hass, entry, account, language, values)
        except HomeAssistantError as err:
            LOGGER.debug("%s refused: %s", self.intent_type, err)
            response.async_set_error(
                intent.IntentResponseErrorCode.FAILED_TO_HANDLE, str(err)
            )
            return response
        response.response_type = intent.IntentResponseType.ACTION_DONE
        response.async_set_speech(speech)
        response.async_set_speech_slots(data)
        return response

    async def async_act(
        self,
        hass: HomeAssistant,
        entry: Any,
        account: SpotifyAccount,
        language: str,
        values: dict[str, Any],
    ) -> tuple[str, dict[str, Any]]:
        """Return what to say and the data behind it."""
        raise NotImplementedError


def _playing(account: SpotifyAccount) -> PlayingItem | None:
    state = account.playback.data
    return None if state is None or state.playback is None else state.playback.item


class LikeSongIntent(SpotifyChangeIntent):
    """'Like this song' (or 'unlike' it): save or remove what plays now."""

    intent_type = INTENT_LIKE
    slots: ClassVar[dict[Any, Any]] = {vol.Optional("save"): cv.boolean}

    @override
    async def async_act(
        self,
        hass: HomeAssistant,
        entry: Any,
        account: SpotifyAccount,
        language: str,
        values: dict[str, Any],
    ) -> tuple[str, dict[str, Any]]:
        uri = await async_current_uri(entry, account)
        save = values.get("save", True) is not False
        await async_change_library(hass, entry, account, [uri], save=save)
        item = _named(language, _playing(account), uri)
        return _speak(language, "liked" if save else "unliked", item=item), {
            "uri": uri,
            "saved": save,
        }


class AddToPlaylistIntent(SpotifyChangeIntent):
    """'Add this song to my running playlist'."""

    intent_type = INTENT_ADD_TO_PLAYLIST
    slots: ClassVar[dict[Any, Any]] = {vol.Required("playlist"): cv.string}

    @override
    async def async_act(
        self,
        hass: HomeAssistant,
        entry: Any,
        account: SpotifyAccount,
        language: str,
        values: dict[str, Any],
    ) -> tuple[str, dict[str, Any]]:
        uri = await async_current_uri(entry, account)
        playlist = await async_add_to_playlist(
            hass, entry, account, str(values["playlist"]).strip(), [uri]
        )
        name = str(playlist.get("name") or values["playlist"])
        item = _named(language, _playing(account), uri)
        return _speak(language, "added", item=item, playlist=name), {
            "uri": uri,
            "playlist": playlist.get("uri"),
        }


class WhatsNextIntent(SpotifyChangeIntent):
    """'What's next in my queue' (reading: no write permission needed)."""

    intent_type = INTENT_WHATS_NEXT
    writes = False

    @override
    async def async_act(
        self,
        hass: HomeAssistant,
        entry: Any,
        account: SpotifyAccount,
        language: str,
        values: dict[str, Any],
    ) -> tuple[str, dict[str, Any]]:
        try:
            queue = await account.client.async_get_queue()
        except SpotifyError as err:
            raise HomeAssistantError(str(err)) from err
        upcoming = list(queue.upcoming)
        data = {"queue": [item.uri for item in upcoming]}
        if not upcoming:
            return _speak(language, "queue_empty"), data
        names = [
            _named(language, item, item.uri or "?") for item in upcoming[:SPOKEN_NEXT]
        ]
        more = len(upcoming) - len(names)
        if more > 0:
            return _speak(
                language, "next_more", items=_join(language, names), more=more
            ), data
        return _speak(language, "next", items=_join(language, names)), data


SPOTIFY_HANDLERS: Final = (LikeSongIntent, AddToPlaylistIntent, WhatsNextIntent)


@callback
def async_register_spotify_intents(hass: HomeAssistant) -> None:
    """Register the handlers once."""
    registered = {handler.intent_type: handler for handler in intent.async_get(hass)}
    for make in SPOTIFY_HANDLERS:
        handler = make()
        if type(registered.get(handler.intent_type)) is type(handler):
            continue
        intent.async_register(hass, handler)

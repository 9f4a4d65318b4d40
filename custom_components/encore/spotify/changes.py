"""One account's library and playlist changes, as actions and Assist ask for them.

Each checks the account's write option first (`writes.async_require_writes`)
and turns a refusal into what the user can act on (`writes.write_error`).
Whether the *caller* may change the account is asked above this layer
(`history.write_access`), where Home Assistant's users and persons are known.
"""

from typing import Any, Final

from homeassistant.config_entries import ConfigEntry, ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError

from ..const import DOMAIN
from .account import SpotifyAccount
from .client import PLAYLIST_WRITE_LIMIT
from .errors import SpotifyError
from .models import Playback
from .objects import Playlist
from .uri import parse_spotify_reference
from .writes import async_require_writes, write_error

# Playlists read to find one by name: every page of a large library.
PLAYLISTS_READ: Final = 500


def loaded_account(hass: HomeAssistant, entry: ConfigEntry) -> SpotifyAccount:
    """Return the running account of a Spotify entry, or say it is not running."""
    account: SpotifyAccount | None = None
    if entry.state is ConfigEntryState.LOADED:
        account = entry.runtime_data.spotify_account
    if account is None:
        raise HomeAssistantError(
            translation_domain=DOMAIN,
            translation_key="account_not_loaded",
            translation_placeholders={"account": entry.title},
        )
    return account


JUST_STARTED_MS: Final = 10_000
"""A track younger than this may not be the one someone asking to like "this
song" heard: they may mean the one that just ended."""


async def async_current_uri(entry: ConfigEntry, account: SpotifyAccount) -> str:
    """Return the song the user heard, for "like this song".

    The player's state is up to a poll old: right after a track changes it
    still shows the one before, and liking it would like the wrong song.
    Spotify is asked again (one request, as any command's). When the track
    changed since the state the user saw and the new one started seconds
    ago, which one was meant cannot be told: refused, naming both.
    """
    shown = _playing(account)
    await account.playback.async_refresh()
    now = _playing(account)
    if now is None or now.item.uri is None or now.item.uri.startswith("spotify:local:"):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="nothing_playing_to_save",
            translation_placeholders={"account": entry.title},
        )
    if (
        shown is not None
        and shown.item.uri not in (None, now.item.uri)
        and (now.progress_ms or 0) < JUST_STARTED_MS
    ):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="like_which_song",
            translation_placeholders={
                "previous": shown.item.name or str(shown.item.uri),
                "current": now.item.name or str(now.item.uri),
            },
        )
    return str(now.item.uri)


def _playing(account: SpotifyAccount) -> Playback | None:
    state = account.playback.data
    return None if state is None else state.playback


def canonical_uris(values: list[str]) -> list[str]:
    """Return `spotify:<kind>:<id>` for each URI or open.spotify.com link."""
    uris = []
    for value in values:
        parsed = parse_spotify_reference(value)
        if parsed is None:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="unknown_media",
                translation_placeholders={"media_id": value},
            )
        uris.append(parsed.uri)
    return uris


async def async_change_library(
    hass: HomeAssistant,
    entry: ConfigEntry,
    account: SpotifyAccount,
    uris: list[str],
    *,
    save: bool,
) -> None:
    """Save (like) or remove `uris`; the player learns it at once."""
    async_require_writes(hass, entry)
    try:
        if save:
            await account.client.async_save_to_library(uris)
        else:
            await account.client.async_remove_from_library(uris)
    except SpotifyError as err:
        raise write_error(hass, entry, err, needed="user-library-modify") from err
    account.saved.async_learned(uris, saved=save)


async def async_find_playlist(
    entry: ConfigEntry, account: SpotifyAccount, wanted: str
) -> Playlist:
    """Return the user's playlist named `wanted` (or with that URI or link).

    Names match without regard to case, an exact name first, then the one
    that starts or holds it ("my running playlist" finds "Running 2026").
    """
    parsed = parse_spotify_reference(wanted)
    playlists = await account.client.async_get_items(
        "/me/playlists", "me/playlists", Playlist, max_items=PLAYLISTS_READ, limit=50
    )
    if parsed is not None and parsed.kind == "playlist":
        for playlist in playlists:
            if playlist.id == parsed.id:
                return playlist
        return Playlist(id=parsed.id, uri=parsed.uri, name=wanted, type="playlist")
    said = wanted.casefold().strip()
    for test in (
        lambda name: name == said,
        lambda name: name.startswith(said),
        lambda name: said in name,
    ):
        for playlist in playlists:
            if test((playlist.name or "").casefold()):
                return playlist
    raise ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="playlist_not_found",
        translation_placeholders={"playlist": wanted, "account": entry.title},
    )


async def async_add_to_playlist(
    hass: HomeAssistant,
    entry: ConfigEntry,
    account: SpotifyAccount,
    wanted: str,
    uris: list[str],
) -> dict[str, Any]:
    """Append `uris` to the user's playlist `wanted`; return that playlist.

    A playlist the user only follows answers 403: the error names it. The
    answer is the playlist's `id`, `uri`, `name` and `public` as a dict: the
    doors that render it (the action's response, Assist's reply) read it so.
    """
    async_require_writes(hass, entry)
    playlist = await async_find_playlist(entry, account, wanted)
    name = playlist.name or wanted
    try:
        # Spotify takes at most 100 a request (more answer 500, not 400).
        for start in range(0, len(uris), PLAYLIST_WRITE_LIMIT):
            await account.client.async_add_playlist_items(
                str(playlist.id), uris[start : start + PLAYLIST_WRITE_LIMIT]
            )
    except SpotifyError as err:
        needed = (
            "playlist-modify-public" if playlist.public else "playlist-modify-private"
        )
        raise write_error(hass, entry, err, playlist=name, needed=needed) from err
    return {
        "id": playlist.id,
        "uri": playlist.uri,
        "name": playlist.name,
        "public": playlist.public,
    }

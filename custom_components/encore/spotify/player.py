"""The media player of a Spotify account: whatever the account plays, wherever."""

from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime
from functools import partial
from typing import Any, Final, override

from homeassistant.components import media_source
from homeassistant.components.media_player import (
    ATTR_MEDIA_ALBUM_NAME,
    ATTR_MEDIA_ARTIST,
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    ATTR_MEDIA_DURATION,
    ATTR_MEDIA_TITLE,
    BrowseMedia,
    MediaPlayerEnqueue,
    MediaPlayerEntity,
    MediaPlayerState,
    MediaType,
    RepeatMode,
    SearchMedia,
    SearchMediaQuery,
)
from homeassistant.core import callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.util import dt as dt_util

from ..const import CONF_DEFAULT_DEVICE, DOMAIN, PLAYER_FEATURES
from ..media.lists import (
    async_browse_sources,
    async_plays_of,
    async_source_roots,
    async_uris_of,
    is_encore_media,
)
from .account import SpotifyAccount
from .browse import ROOT_ID, async_browse
from .coordinator import Expectation, PlayerState
from .devices import choose_device, find_device
from .entity import SpotifyAccountEntity
from .errors import ForbiddenReason, SpotifyForbiddenError, SpotifyNotFoundError
from .models import Playback, PlayingItem, SpotifyDevice
from .search import async_search
from .uri import SINGLE_KINDS, is_liked_songs, parse_spotify_reference

SUPPORTED_FEATURES: Final = PLAYER_FEATURES
REPEAT_TO_HA: Final = {
    "off": RepeatMode.OFF,
    "context": RepeatMode.ALL,
    "track": RepeatMode.ONE,
}
REPEAT_TO_SPOTIFY: Final = {value: key for key, value in REPEAT_TO_HA.items()}
# What the player shows for items Spotify does not describe.
AD_TITLE: Final = "Advertisement"
UNKNOWN_TITLE: Final = "Unknown item"
# Unmuting restores this level when the level before muting is unknown.
UNMUTE_FALLBACK: Final = 50


class SpotifyMediaPlayer(SpotifyAccountEntity, MediaPlayerEntity):
    """Controls one Spotify account on whichever Connect device it plays."""

    _attr_name = None
    _attr_translation_key = "spotify"
    _attr_media_image_remotely_accessible = False
    _attr_supported_features = SUPPORTED_FEATURES

    def __init__(self, account: SpotifyAccount) -> None:
        """Initialize."""
        super().__init__(account, "player")
        self._muted_volume: int | None = None
        # The item whose saved state was last asked for.
        self._saved_asked: str | None = None

    @override
    async def async_added_to_hass(self) -> None:
        """Also follow the device list, and what Encore saves or removes."""
        await super().async_added_to_hass()
        self.async_on_remove(
            self.account.devices.async_add_listener(self._handle_coordinator_update)
        )
        self.async_on_remove(
            self.account.saved.async_add_listener(self.async_write_ha_state)
        )
        self._async_ask_saved()

    @callback
    @override
    def _handle_coordinator_update(self) -> None:
        """Show the new state; ask once whether a new item is saved."""
        super()._handle_coordinator_update()
        self._async_ask_saved()

    @callback
    def _async_ask_saved(self) -> None:
        uri = self.media_content_id
        if (
            uri is None
            or uri == self._saved_asked
            or uri.startswith("spotify:local:")
            or self.account.saved.known(uri) is not None
            # Once per track, and only while someone can see it (the plan
            # turns this off when no frontend is open or the budget runs low).
            or not self.account.playback.plan.read_likes
        ):
            return
        self._saved_asked = uri
        self.hass.async_create_background_task(
            self._async_saved(uri), f"{self.entity_id} saved {uri}"
        )

    async def _async_saved(self, uri: str) -> None:
        await self.account.saved.async_is_saved(uri)
        if self.media_content_id == uri:
            self.async_write_ha_state()

    @property
    @override
    def extra_state_attributes(self) -> dict[str, bool | None] | None:
        """Whether the item playing now is in the account's library (liked)."""
        uri = self.media_content_id
        if uri is None:
            return None
        return {"saved": self.account.saved.known(uri)}

    async def async_get_queue(self) -> list[dict[str, str | int | None]]:
        """Answer Spotify's queue in the shape every Encore player answers.

        As core `sonos` answers `get_queue`: a list in core's keys (with the
        type, image and duration Spotify also gives), what plays now first,
        then what plays next (Spotify's queue keeps no history).
        """
        queue = await self.account.client.async_get_queue()

        def item(found: PlayingItem) -> dict[str, str | int | None]:
            return {
                ATTR_MEDIA_TITLE: found.name,
                ATTR_MEDIA_ALBUM_NAME: found.album,
                ATTR_MEDIA_ARTIST: ", ".join(found.artists) or None,
                ATTR_MEDIA_CONTENT_ID: found.uri,
                ATTR_MEDIA_CONTENT_TYPE: found.kind,
                "media_image_url": found.image_url,
                ATTR_MEDIA_DURATION: None
                if found.duration_ms is None
                else round(found.duration_ms / 1000),
            }

        playing = [] if queue.current is None else [queue.current]
        return [item(found) for found in (*playing, *queue.upcoming)]

    @property
    def _playback(self) -> Playback | None:
        return self.coordinator.data.playback

    @property
    def _device(self) -> SpotifyDevice | None:
        playback = self._playback
        return playback.device if playback else None

    @property
    @override
    def state(self) -> MediaPlayerState:
        """Return playing, paused or idle."""
        playback = self._playback
        if playback is None:
            return MediaPlayerState.IDLE
        return (
            MediaPlayerState.PLAYING if playback.is_playing else MediaPlayerState.PAUSED
        )

    @property
    @override
    def volume_level(self) -> float | None:
        """Return the device volume, 0..1."""
        device = self._device
        if device is None or device.volume_percent is None:
            return None
        return device.volume_percent / 100

    @property
    @override
    def is_volume_muted(self) -> bool | None:
        """Return whether Encore muted the device (Spotify has no mute)."""
        return self._muted_volume is not None

    @property
    @override
    def media_content_id(self) -> str | None:
        """Return the Spotify URI of the item."""
        return self._playback.item.uri if self._playback else None

    @property
    @override
    def media_content_type(self) -> str | None:
        """Return music, episode or the kind Spotify named."""
        if (playback := self._playback) is None:
            return None
        kind = playback.item.kind
        if kind == "track":
            return MediaType.MUSIC
        if kind == "episode":
            return MediaType.EPISODE
        return kind

    @property
    @override
    def media_title(self) -> str | None:
        """Return the item's title; ads and unknown items say what they are."""
        if (playback := self._playback) is None:
            return None
        item = playback.item
        if item.name:
            return item.name
        if item.kind == "ad":
            return AD_TITLE
        return UNKNOWN_TITLE

    @property
    @override
    def media_artist(self) -> str | None:
        """Return the artists (or an episode's publisher)."""
        if (playback := self._playback) is None or not playback.item.artists:
            return None
        return ", ".join(playback.item.artists)

    @property
    @override
    def media_album_name(self) -> str | None:
        """Return the album (or an episode's show)."""
        return self._playback.item.album if self._playback else None

    @property
    @override
    def media_series_title(self) -> str | None:
        """Return an episode's show."""
        return self._playback.item.show if self._playback else None

    @property
    @override
    def media_image_url(self) -> str | None:
        """Return the cover; Home Assistant proxies it to the browser."""
        return self._playback.item.image_url if self._playback else None

    @property
    @override
    def media_duration(self) -> int | None:
        """Return the item's length in seconds."""
        playback = self._playback
        if playback is None or playback.item.duration_ms is None:
            return None
        return playback.item.duration_ms // 1000

    @property
    @override
    def media_position(self) -> int | None:
        """Return the position when the state was received."""
        playback = self._playback
        if playback is None or playback.progress_ms is None:
            return None
        return playback.progress_ms // 1000

    @property
    @override
    def media_position_updated_at(self) -> datetime | None:
        """Return when Encore received the position (Spotify's clock is unreliable)."""
        return self._playback.received_at if self._playback else None

    @property
    @override
    def media_playlist(self) -> str | None:
        """Return the name of the playlist, album, artist or show playing from."""
        return self.coordinator.data.context_name

    @property
    @override
    def source(self) -> str | None:
        """Return the device playing."""
        return self._device.name if self._device else None

    @property
    @override
    def source_list(self) -> list[str]:
        """Return the account's Spotify Connect devices."""
        names = [device.name for device in self.account.devices.data or ()]
        if (current := self.source) is not None and current not in names:
            names.append(current)
        return names

    @property
    @override
    def shuffle(self) -> bool | None:
        """Return whether shuffle is on."""
        return self._playback.shuffle if self._playback else None

    @property
    @override
    def repeat(self) -> RepeatMode | None:
        """Return the repeat mode."""
        return REPEAT_TO_HA.get(self._playback.repeat) if self._playback else None

    @callback
    def _expect(
        self,
        optimistic: PlayerState | None = None,
        expectation: Expectation | None = None,
    ) -> None:
        self.coordinator.async_expect(optimistic, expectation)

    async def _async_target_device(self) -> str | None:
        """Return the device id to address: None means "the active device"."""
        if (device := self._device) is not None and device.is_active:
            return None
        devices = self.account.devices.data or []
        if not any(device.is_active for device in devices):
            # The list may be stale; this is one of the rare moments to refresh it.
            devices = await self.account.devices.async_fresh()
        chosen = choose_device(
            devices,
            default_name=self.account.devices.config_entry.options.get(
                CONF_DEFAULT_DEVICE
            ),
            last=self.account.last_device,
        )
        return None if chosen.is_active else chosen.device_id

    @override
    async def async_media_play(self) -> None:
        """Resume, or start on the chosen device when none is active."""
        # With a device id, Spotify resumes the account's last session there.
        device_id = await self._async_target_device()
        try:
            await self.account.client.async_play(device_id)
        except SpotifyForbiddenError as err:
            if self._playback is not None or err.reason is not (
                ForbiddenReason.RESTRICTED_DEVICE
            ):
                raise
            # Spotify has no session left to resume on that device.
            raise ServiceValidationError(
                translation_domain=DOMAIN, translation_key="nothing_to_resume"
            ) from err
        self._expect(
            self.coordinator.async_patch_playback(is_playing=True),
            lambda playback: playback is not None and playback.is_playing,
        )

    @override
    async def async_media_pause(self) -> None:
        """Pause."""
        await self.account.client.async_pause()
        self._expect(
            self.coordinator.async_patch_playback(is_playing=False),
            lambda playback: playback is None or not playback.is_playing,
        )

    @override
    async def async_media_stop(self) -> None:
        """Stop: Spotify has no stop, so pause."""
        await self.async_media_pause()

    @override
    async def async_media_next_track(self) -> None:
        """Skip to the next item."""
        await self._async_skip(self.account.client.async_next)

    @override
    async def async_media_previous_track(self) -> None:
        """Go back to the previous item."""
        await self._async_skip(self.account.client.async_previous)

    async def _async_skip(self, command: Callable[[], Awaitable[None]]) -> None:
        before = self.media_content_id
        await command()
        self._expect(
            None,
            lambda playback: playback is None or playback.item.uri != before,
        )

    @override
    async def async_media_seek(self, position: float) -> None:
        """Seek to `position` seconds."""
        position_ms = int(position * 1000)
        await self.account.client.async_seek(position_ms)
        self._expect(
            self.coordinator.async_patch_playback(
                progress_ms=position_ms, received_at=dt_util.utcnow()
            )
        )

    @override
    async def async_set_volume_level(self, volume: float) -> None:
        """Set the device volume."""
        await self._async_set_volume(round(volume * 100))
        self._muted_volume = None

    async def _async_set_volume(self, percent: int) -> None:
        device = self._device
        if device is not None and not device.supports_volume:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="volume_not_supported",
                translation_placeholders={"device": device.name},
            )
        await self.account.client.async_set_volume(percent)
        if device is not None:
            self._expect(
                self.coordinator.async_patch_playback(
                    device=replace(device, volume_percent=percent)
                )
            )

    @override
    async def async_mute_volume(self, mute: bool) -> None:
        """Mute by setting 0 and remembering the level; unmute restores it."""
        if mute:
            if self._muted_volume is not None:
                return
            level = (self._device.volume_percent if self._device else None) or 0
            await self._async_set_volume(0)
            self._muted_volume = level or UNMUTE_FALLBACK
        else:
            restore = self._muted_volume or UNMUTE_FALLBACK
            await self._async_set_volume(restore)
            self._muted_volume = None
        self.async_write_ha_state()

    @override
    async def async_set_shuffle(self, shuffle: bool) -> None:
        """Turn shuffle on or off."""
        await self.account.client.async_set_shuffle(shuffle)
        self._expect(self.coordinator.async_patch_playback(shuffle=shuffle))

    @override
    async def async_set_repeat(self, repeat: RepeatMode) -> None:
        """Set the repeat mode."""
        state = REPEAT_TO_SPOTIFY[repeat]
        await self.account.client.async_set_repeat(state)
        self._expect(self.coordinator.async_patch_playback(repeat=state))

    @override
    async def async_select_source(self, source: str) -> None:
        """Move playback to another Spotify Connect device."""
        devices = await self.account.devices.async_fresh()
        device = find_device(devices, source)
        if device is None:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="device_not_found",
                translation_placeholders={
                    "device": source,
                    "devices": ", ".join(sorted(d.name for d in devices)) or "none",
                },
            )
        if device.is_restricted or not device.device_id:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="restricted_device_source",
                translation_placeholders={"device": device.name},
            )
        playing = self.state == MediaPlayerState.PLAYING
        await self.account.client.async_transfer(device.device_id, play=playing)
        self._expect(
            self.coordinator.async_patch_playback(
                device=replace(device, is_active=True)
            ),
            lambda playback: (
                playback is not None
                and playback.device is not None
                and playback.device.name == device.name
            ),
        )

    @override
    async def async_play_media(
        self,
        media_type: MediaType | str,
        media_id: str,
        enqueue: MediaPlayerEnqueue | None = None,
        **kwargs: Any,
    ) -> None:
        """Play or queue a Spotify URI, an open.spotify.com link or a browse id."""
        if (uris := await async_uris_of(self.hass, media_id)) is not None:
            await self._async_play_uris(uris, enqueue)
            return
        ref = parse_spotify_reference(media_id)
        liked = is_liked_songs(media_id)
        if ref is None and not liked:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key=(
                    "media_source_unsupported"
                    if media_source.is_media_source_id(media_id)
                    else "unsupported_media"
                ),
                translation_placeholders={"media_id": media_id},
            )
        uri = ref.uri if ref is not None else media_id.strip()
        single = ref is not None and ref.kind in SINGLE_KINDS
        client = self.account.client

        if enqueue in (MediaPlayerEnqueue.ADD, MediaPlayerEnqueue.NEXT):
            # Spotify's queue takes single tracks and episodes, and plays them
            # before the rest of the context: "add" and "next" are the same.
            if not single:
                raise ServiceValidationError(
                    translation_domain=DOMAIN,
                    translation_key="queue_only_items",
                    translation_placeholders={"media_id": media_id},
                )
            await client.async_add_to_queue(uri, await self._async_target_device())
            return

        device_id = await self._async_target_device()
        try:
            if single:
                await client.async_play(device_id, uris=[uri])
            else:
                await client.async_play(device_id, context_uri=uri)
        except SpotifyNotFoundError as err:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="content_not_found",
                translation_placeholders={"media_id": media_id},
            ) from err
        self._expect(
            None,
            lambda playback: (
                playback is not None
                and (
                    playback.item.uri == uri
                    or (playback.context is not None and playback.context.uri == uri)
                )
            ),
        )

    async def _async_play_uris(
        self, uris: list[str], enqueue: MediaPlayerEnqueue | None
    ) -> None:
        """Play songs in order (Spotify's `uris`: no playlist is made), or queue them."""
        device_id = await self._async_target_device()
        client = self.account.client
        if enqueue in (MediaPlayerEnqueue.ADD, MediaPlayerEnqueue.NEXT):
            # Spotify's queue is first in, first out: adding in order plays in order.
            for uri in uris:
                await client.async_add_to_queue(uri, device_id)
            return
        await client.async_play(device_id, uris=uris)
        first = uris[0]
        self._expect(
            None,
            lambda playback: playback is not None and playback.item.uri == first,
        )

    @override
    async def async_browse_media(
        self,
        media_content_type: MediaType | str | None = None,
        media_content_id: str | None = None,
    ) -> BrowseMedia:
        """Browse the account's library, and Encore's folders from the history.

        Only Encore's media source: the account plays no other (none has a
        Spotify URI to play).
        """
        if media_content_id and is_encore_media(media_content_id):
            return await async_browse_sources(self.hass, media_content_id)
        profile = self.account.profile
        node = await async_browse(
            self.account.client,
            profile.display_name,
            media_content_id,
            liked_songs_uri=f"spotify:user:{profile.user_id}:collection",
            user_id=profile.user_id,
        )
        if not media_content_id or media_content_id == ROOT_ID:
            node.children = [
                *(node.children or ()),
                *await async_source_roots(self.hass, None, encore_only=True),
            ]
        return node

    @override
    async def async_search_media(self, query: SearchMediaQuery) -> SearchMedia:
        """Search Spotify's catalog; what this account played most comes first."""
        account = self.account.profile.user_id
        return SearchMedia(
            result=await async_search(
                self.account.client,
                query.search_query,
                query.media_filter_classes,
                played=partial(async_plays_of, self.hass, account),
            )
        )

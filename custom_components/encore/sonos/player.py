"""The media player of a Sonos speaker; what plays comes from its group coordinator."""

from datetime import datetime
from typing import Any, Final, override

from homeassistant.components import media_source
from homeassistant.components.media_player import (
    ATTR_MEDIA_ALBUM_NAME,
    ATTR_MEDIA_ANNOUNCE,
    ATTR_MEDIA_ARTIST,
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_EXTRA,
    ATTR_MEDIA_TITLE,
    BrowseMedia,
    MediaPlayerEnqueue,
    MediaPlayerEntity,
    MediaPlayerEntityFeature,
    MediaPlayerState,
    MediaType,
    RepeatMode,
    SearchMedia,
    SearchMediaQuery,
)
from homeassistant.exceptions import ServiceValidationError

from ..const import DOMAIN, PLAYER_FEATURES
from ..media.lists import async_browse_sources, async_source_roots, plays_on_sonos
from . import commands
from .browse import ROOT_ID, async_browse
from .endpoint import base_url
from .entity import speaker_device_info
from .media import SourceKind
from .playback import async_play_media, async_select_source, current_source, source_list
from .speaker import SonosSpeaker
from .spotify_on_sonos import async_search_spotify

SUPPORTED_FEATURES: Final = (
    PLAYER_FEATURES
    | MediaPlayerEntityFeature.GROUPING
    | MediaPlayerEntityFeature.MEDIA_ANNOUNCE
    | MediaPlayerEntityFeature.CLEAR_PLAYLIST
)
STATES: Final = {
    "PLAYING": MediaPlayerState.PLAYING,
    "TRANSITIONING": MediaPlayerState.PLAYING,
    "PAUSED_PLAYBACK": MediaPlayerState.PAUSED,
    "STOPPED": MediaPlayerState.IDLE,
}
REPEAT: Final = {"off": RepeatMode.OFF, "all": RepeatMode.ALL, "one": RepeatMode.ONE}
REPEAT_TO_SONOS: Final = {mode: name for name, mode in REPEAT.items()}
VOLUME_STEP: Final = 2


class SonosMediaPlayer(MediaPlayerEntity):
    """One speaker; transport commands go to the coordinator of its group."""

    _attr_has_entity_name = True
    _attr_name = None
    _attr_translation_key = "sonos"
    _attr_should_poll = False
    _attr_media_image_remotely_accessible = False
    _attr_supported_features = SUPPORTED_FEATURES
    _attr_volume_step = VOLUME_STEP / 100

    def __init__(self, speaker: SonosSpeaker) -> None:
        """Initialize."""
        self.speaker = speaker
        self._attr_unique_id = speaker.uid
        self._attr_device_info = speaker_device_info(speaker)

    @override
    async def async_added_to_hass(self) -> None:
        """Follow the speaker."""
        self.speaker.entity_id = self.entity_id
        self.async_on_remove(self.speaker.async_add_listener(self.async_write_ha_state))

    @override
    async def async_will_remove_from_hass(self) -> None:
        """Let grouping forget this entity."""
        self.speaker.entity_id = None

    @property
    def _coordinator(self) -> SonosSpeaker:
        return self.speaker.coordinator

    @property
    @override
    def available(self) -> bool:
        """Return whether the speaker answers."""
        return self.speaker.available

    @property
    @override
    def state(self) -> MediaPlayerState:
        """Return the group's transport state."""
        return STATES.get(
            self._coordinator.transport_state or "", MediaPlayerState.IDLE
        )

    @property
    @override
    def volume_level(self) -> float | None:
        """Return the speaker's own volume."""
        volume = self.speaker.volume
        return None if volume is None else volume / 100

    @property
    @override
    def is_volume_muted(self) -> bool | None:
        """Return whether the speaker is muted."""
        return self.speaker.muted

    @property
    @override
    def shuffle(self) -> bool:
        """Return whether the group shuffles."""
        return commands.PLAY_MODE_PARTS.get(self._coordinator.play_mode, (False, ""))[0]

    @property
    @override
    def repeat(self) -> RepeatMode:
        """Return the group's repeat mode."""
        parts = commands.PLAY_MODE_PARTS.get(
            self._coordinator.play_mode, (False, "off")
        )
        return REPEAT[parts[1]]

    @property
    @override
    def media_content_id(self) -> str | None:
        """Return the Spotify URI when Spotify plays, otherwise the track URI."""
        playing = self._coordinator.now_playing
        return playing.spotify_uri or playing.track_uri or None

    @property
    @override
    def media_content_type(self) -> MediaType | None:
        """Return music, a channel (radio, inputs) or nothing."""
        source = self._coordinator.now_playing.source
        if source is SourceKind.NONE:
            return None
        if source in (SourceKind.RADIO, SourceKind.LINE_IN, SourceKind.TV):
            return MediaType.CHANNEL
        return MediaType.MUSIC

    @property
    @override
    def media_title(self) -> str | None:
        """Return the title."""
        return self._coordinator.now_playing.title

    @property
    @override
    def media_artist(self) -> str | None:
        """Return the artist."""
        return self._coordinator.now_playing.artist

    @property
    @override
    def media_album_name(self) -> str | None:
        """Return the album."""
        return self._coordinator.now_playing.album

    @property
    @override
    def media_image_url(self) -> str | None:
        """Return the cover, served by the speaker (Home Assistant proxies it)."""
        return self._coordinator.now_playing.image_url

    @property
    @override
    def media_channel(self) -> str | None:
        """Return the radio station."""
        return self._coordinator.now_playing.channel

    @property
    @override
    def media_playlist(self) -> str | None:
        """Return the playlist or album the queue was filled from."""
        return self._coordinator.now_playing.playlist

    @property
    @override
    def media_duration(self) -> int | None:
        """Return the track's length in seconds."""
        return self._coordinator.now_playing.duration

    @property
    @override
    def media_position(self) -> int | None:
        """Return the position when it was read."""
        return self._coordinator.position

    @property
    @override
    def media_position_updated_at(self) -> datetime | None:
        """Return when the position was read."""
        return self._coordinator.position_updated_at

    @property
    @override
    def source(self) -> str | None:
        """Return the input or favorite playing."""
        return current_source(self.speaker)

    @property
    @override
    def source_list(self) -> list[str]:
        """Return favorites and inputs."""
        return source_list(self.speaker)

    @property
    @override
    def group_members(self) -> list[str]:
        """Return the media players of the group, coordinator first."""
        return [
            member.entity_id
            for member in self.speaker.household.group_of(self.speaker)
            if member.entity_id is not None
        ]

    @property
    @override
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the kind of source (Spotify, radio, TV...)."""
        return {"source_kind": self._coordinator.now_playing.source.value}

    # Transport ------------------------------------------------------------------

    async def _async_transport(self, action: str) -> None:
        await self._coordinator.async_command(commands.transport, action)

    @override
    async def async_media_play(self) -> None:
        """Play."""
        await self._async_transport("Play")

    @override
    async def async_media_pause(self) -> None:
        """Pause."""
        await self._async_transport("Pause")

    @override
    async def async_media_stop(self) -> None:
        """Stop."""
        await self._async_transport("Stop")

    @override
    async def async_media_next_track(self) -> None:
        """Skip to the next track."""
        await self._async_transport("Next")

    @override
    async def async_media_previous_track(self) -> None:
        """Go to the previous track."""
        await self._async_transport("Previous")

    @override
    async def async_media_seek(self, position: float) -> None:
        """Seek to `position` seconds."""
        await self._coordinator.async_command(commands.seek, position)

    @override
    async def async_set_shuffle(self, shuffle: bool) -> None:
        """Turn shuffle on or off, keeping repeat."""
        await self._async_play_mode(shuffle, self.repeat)

    @override
    async def async_set_repeat(self, repeat: RepeatMode) -> None:
        """Set repeat, keeping shuffle."""
        await self._async_play_mode(self.shuffle, repeat)

    async def _async_play_mode(self, shuffle: bool, repeat: RepeatMode) -> None:
        mode = commands.PLAY_MODES[(shuffle, REPEAT_TO_SONOS[repeat])]
        coordinator = self._coordinator
        await coordinator.async_command(commands.set_play_mode, mode)
        # The event confirms it; a second change before it arrives builds on this.
        coordinator.play_mode = mode
        coordinator.household.async_notify_group(coordinator)

    # Volume ---------------------------------------------------------------------

    @override
    async def async_set_volume_level(self, volume: float) -> None:
        """Set this speaker's volume."""
        await self.speaker.async_command(commands.set_volume, round(volume * 100))

    @override
    async def async_volume_up(self) -> None:
        """Turn this speaker up a step."""
        await self.speaker.async_command(commands.change_volume, VOLUME_STEP)

    @override
    async def async_volume_down(self) -> None:
        """Turn this speaker down a step."""
        await self.speaker.async_command(commands.change_volume, -VOLUME_STEP)

    @override
    async def async_mute_volume(self, mute: bool) -> None:
        """Mute or unmute this speaker."""
        await self.speaker.async_command(commands.set_mute, mute)

    # Grouping -------------------------------------------------------------------

    @override
    async def async_join_players(self, group_members: list[str]) -> None:
        """Make other speakers of the household join this speaker's group."""
        household = self.speaker.household
        members = []
        for entity_id in group_members:
            member = household.speaker_by_entity(entity_id)
            if member is None:
                raise ServiceValidationError(
                    translation_domain=DOMAIN,
                    translation_key="sonos_not_in_household",
                    translation_placeholders={
                        "entity_id": entity_id,
                        "speaker": self.speaker.name,
                    },
                )
            members.append(member)
        coordinator = self._coordinator
        for member in members:
            if member is not coordinator:
                await member.async_command(commands.join, coordinator.uid)

    @override
    async def async_unjoin_player(self) -> None:
        """Take this speaker out of its group."""
        await self.speaker.async_command(commands.unjoin)

    # Media ----------------------------------------------------------------------

    @override
    async def async_select_source(self, source: str) -> None:
        """Play a favorite or an input."""
        await async_select_source(self.speaker, source)

    @override
    async def async_play_media(
        self,
        media_type: MediaType | str,
        media_id: str,
        enqueue: MediaPlayerEnqueue | None = None,
        **kwargs: Any,
    ) -> None:
        """Play or queue Spotify items, favorites, playlists, media sources or URLs.

        With `announce`, the sound plays over the music, at `extra.volume`.
        """
        await async_play_media(
            self.speaker,
            media_id,
            enqueue,
            announce=bool(kwargs.get(ATTR_MEDIA_ANNOUNCE)),
            extra=kwargs.get(ATTR_MEDIA_EXTRA),
            entity_id=self.entity_id,
        )

    async def async_get_queue(self) -> list[dict[str, Any]]:
        """Answer the group's queue as core `sonos` answers `get_queue`, item by item.

        The shape every Encore player answers (a Spotify player's too): a
        list in core's keys, the one `play_queue` and `remove_from_queue`
        count in (from 0).
        """
        coordinator = self._coordinator
        items = await coordinator.async_call(commands.browse, coordinator.soco, "Q:0")
        return [
            {
                ATTR_MEDIA_TITLE: getattr(item, "title", None),
                ATTR_MEDIA_ALBUM_NAME: getattr(item, "album", None),
                ATTR_MEDIA_ARTIST: getattr(item, "creator", None),
                ATTR_MEDIA_CONTENT_ID: item.resources[0].uri
                if item.resources
                else None,
            }
            for item in items
        ]

    @override
    async def async_clear_playlist(self) -> None:
        """Empty the group's queue."""
        await self._coordinator.async_command(commands.clear_queue)

    @override
    async def async_browse_media(
        self,
        media_content_type: MediaType | str | None = None,
        media_content_id: str | None = None,
    ) -> BrowseMedia:
        """Browse favorites, Sonos playlists, the queue, Spotify and the media sources.

        The media sources (Encore's folders from the history among them, TTS,
        local media, radio) as core's Sonos lists them: the audio ones.
        """
        if media_content_id and media_source.is_media_source_id(media_content_id):
            return await async_browse_sources(
                self.hass, media_content_id, plays_on_sonos
            )
        node = await async_browse(
            self.speaker, media_content_id, self.get_browse_image_url
        )
        if not media_content_id or media_content_id == ROOT_ID:
            node.children = [
                *(node.children or ()),
                *await async_source_roots(self.hass, plays_on_sonos),
            ]
        return node

    @override
    async def async_get_browse_image(
        self,
        media_content_type: MediaType | str,
        media_content_id: str,
        media_image_id: str | None = None,
    ) -> tuple[bytes | None, str | None]:
        """Fetch album art the speaker serves, for Home Assistant's proxy.

        The image id is a path on the speaker (see `browse`): nothing else is
        fetched, whatever a request asks for.
        """
        if not media_image_id or not media_image_id.startswith("/"):
            return None, None
        # Home Assistant's own fetch: its shared session, with a timeout.
        return await self._async_fetch_image(
            f"{base_url(self.speaker.soco)}{media_image_id}"
        )

    @override
    async def async_search_media(self, query: SearchMediaQuery) -> SearchMedia:
        """Search Spotify's catalog through the connected account."""
        return await async_search_spotify(self.speaker, query)

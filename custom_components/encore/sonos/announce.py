"""Announcements on Sonos: TTS, doorbells and chimes over what plays.

Where the speaker has the audio-clip API, every member of the speaker's group
plays the sound as a clip: the music ducks under it and goes on by itself
(nothing to restore; the transport never changes, so the history hears the
music go on). A clip's `volume` is the announce volume; the speakers' own
volumes are not touched.

Elsewhere (S1 speakers, a Play:5 of the first generation, sounds the clip API
does not play) the group's transport plays the sound: Encore takes a
snapshot, sets the announce volume, plays the sound, waits for its end and
restores the snapshot. Meanwhile the coordinator's `interrupted` names what
played before, so the history counts neither the sound nor the pause as
music. An announcement during another one replaces its sound and keeps the
first snapshot. A restore the speaker could not take (it went away) is taken
when it answers again: nothing stays at the announce volume.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlparse

from aiohttp import ClientError, ClientTimeout

from homeassistant.components import media_source
from homeassistant.components.media_player import async_process_play_media_url
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.event import async_call_later

from ..const import DOMAIN, LOGGER
from . import commands
from .audio_clip import ClipUnsupported
from .errors import SonosError
from .media import NowPlaying
from .snapshot import GroupSnapshot, async_restore, async_take

if TYPE_CHECKING:
    from .speaker import SonosSpeaker

# What the audio-clip API plays (Sonos: "only MP3 or WAV"); other sounds go
# through the transport, which plays far more.
CLIP_FORMATS: Final = frozenset({".mp3", ".wav"})
# Seconds an HTTP check of the sound's URL may take.
URL_CHECK_TIMEOUT: Final = 5.0
# Seconds a transport announcement may play when its length is unknown.
LONGEST_SOUND: Final = 300.0
# Seconds after its known length before an announcement counts as over anyway.
SOUND_SLACK: Final = 10.0
# Seconds to wait for the restored music to show in the speaker's events.
RESTORE_SETTLE: Final = 5.0


def _invalid(key: str, **placeholders: str) -> ServiceValidationError:
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=key,
        translation_placeholders=placeholders,
    )


async def async_media_url(
    hass: HomeAssistant, media_id: str, entity_id: str | None
) -> str:
    """Resolve a `media-source://` id (TTS, local media, radio) to an http(s) URL.

    Other ids are taken as URLs. Relative URLs of Home Assistant itself are
    made absolute and signed (`async_process_play_media_url`).
    """
    if media_source.is_media_source_id(media_id):
        try:
            resolved = await media_source.async_resolve_media(hass, media_id, entity_id)
        except media_source.Unresolvable as err:
            raise _invalid(
                "sonos_media_unresolvable", media_id=media_id, detail=str(err)
            ) from err
        except HomeAssistantError as err:
            raise _invalid(
                "sonos_media_unresolvable", media_id=media_id, detail=str(err)
            ) from err
        url = resolved.url
    else:
        url = media_id
    try:
        url = async_process_play_media_url(hass, url)
    except HomeAssistantError as err:
        raise _invalid(
            "sonos_media_unresolvable", media_id=media_id, detail=str(err)
        ) from err
    if not url.startswith(("http://", "https://")):
        raise _invalid("sonos_unsupported_media", media_id=media_id)
    return url


async def async_check_url(hass: HomeAssistant, url: str, media_id: str) -> None:
    """Make sure the sound can be fetched: a speaker would fail without a word."""
    session = async_get_clientsession(hass)
    shown = url.split("?", 1)[0]
    try:
        # GET, not HEAD: Home Assistant's own views answer no HEAD. Only the
        # status is read; the speaker fetches the sound itself.
        async with session.get(
            url, timeout=ClientTimeout(total=URL_CHECK_TIMEOUT), allow_redirects=True
        ) as response:
            status = response.status
    except (ClientError, TimeoutError, OSError) as err:
        raise _invalid(
            "sonos_media_unreachable",
            media_id=media_id,
            url=shown,
            detail=str(err) or type(err).__name__,
        ) from err
    if status >= 400:
        raise _invalid(
            "sonos_media_unreachable",
            media_id=media_id,
            url=shown,
            detail=f"HTTP {status}",
        )


def announce_volume(extra: dict[str, Any] | None) -> int | None:
    """Return the announce volume of `extra` (0-100, as in core `sonos`)."""
    volume = (extra or {}).get("volume")
    if volume is None:
        return None
    if isinstance(volume, bool) or not isinstance(volume, (int, float)):
        raise _invalid("sonos_announce_volume", volume=str(volume))
    if isinstance(volume, float) and 0 < volume < 1:
        # 0.4 is 40 %, as media players' volume_level counts.
        volume *= 100
    if not 0 <= volume <= 100:
        raise _invalid("sonos_announce_volume", volume=str(volume))
    return round(volume)


async def async_announce(
    speaker: SonosSpeaker, media_id: str, url: str, volume: int | None
) -> None:
    """Play `url` over what `speaker`'s group plays; the group plays on after."""
    await async_check_url(speaker.hass, url, media_id)
    coordinator = speaker.coordinator
    members = coordinator.household.group_of(coordinator)
    extension = PurePosixPath(urlparse(url).path).suffix.lower()
    if not extension or extension in CLIP_FORMATS:
        try:
            coordinator.last_clip_id = await coordinator.audio_clips.async_play(
                url, volume
            )
        except ClipUnsupported:
            LOGGER.debug("%s plays no audio clips; announcing the old way", coordinator)
        else:
            await asyncio.gather(
                *(_async_member_clip(member, url, volume) for member in members[1:])
            )
            return
    await _async_announce_by_transport(coordinator, url, volume)


async def _async_member_clip(
    member: SonosSpeaker, url: str, volume: int | None
) -> None:
    try:
        member.last_clip_id = await member.audio_clips.async_play(url, volume)
    except ClipUnsupported:
        # Its coordinator plays clips but it cannot (a mixed S1/S2 group):
        # only it misses the sound.
        LOGGER.debug("%s plays no audio clips; it misses the announcement", member)
    except SonosError as err:
        # The group heard it from the others: one member's refusal is no
        # reason to fail the announcement that played.
        LOGGER.warning("%s did not play the announcement: %s", member.name, err)


# The transport way ---------------------------------------------------------------------


@dataclass(slots=True)
class Announcement:
    """A sound the coordinator's transport plays instead of the music.

    Followed by callbacks, not a waiting task: Home Assistant waits for
    background tasks on shutdown, and an announcement may last minutes.
    """

    snapshot: GroupSnapshot
    url: str
    before: NowPlaying
    over: bool = False
    heard: bool = False
    unsubscribe: list[Callable[[], None]] = field(default_factory=list)

    def stop_watching(self) -> None:
        """Stop the listener and the timer."""
        while self.unsubscribe:
            self.unsubscribe.pop()()


async def _async_announce_by_transport(
    coordinator: SonosSpeaker, url: str, volume: int | None
) -> None:
    current: Announcement | None = coordinator.announcement
    if current is not None and not current.over:
        # The new sound replaces the old one; the first snapshot stays.
        current.url = url
        current.heard = False
        announcement = current
    else:
        snapshot = await async_take(coordinator)
        announcement = Announcement(snapshot, url, coordinator.now_playing)
    coordinator.announcement = announcement
    coordinator.interrupted = announcement.before
    coordinator.household.async_notify_group(coordinator)
    try:
        if volume is not None:
            for member in coordinator.household.group_of(coordinator):
                await member.async_command(commands.set_volume, volume)
        await coordinator.async_command(commands.play_uri, url)
    except SonosError:
        # Nothing half done: the music and the volumes come back at once.
        announcement.over = True
        announcement.stop_watching()
        await _async_finish(coordinator, announcement)
        raise
    if not announcement.unsubscribe:
        _watch(coordinator, announcement)


@callback
def _watch(coordinator: SonosSpeaker, announcement: Announcement) -> None:
    """Restore once the sound ended, was stopped or replaced, or at a deadline."""

    @callback
    def check() -> None:
        sounding = coordinator.now_playing.track_uri == announcement.url
        if sounding and coordinator.transport_state in ("PLAYING", "TRANSITIONING"):
            announcement.heard = True
        elif announcement.heard or not coordinator.available:
            _end(coordinator, announcement)

    @callback
    def deadline(_now: datetime) -> None:
        _end(coordinator, announcement)

    duration = coordinator.now_playing.duration
    announcement.unsubscribe = [
        coordinator.async_add_listener(check),
        async_call_later(
            coordinator.hass,
            duration + SOUND_SLACK if duration else LONGEST_SOUND,
            deadline,
        ),
    ]
    check()


@callback
def _end(coordinator: SonosSpeaker, announcement: Announcement) -> None:
    if announcement.over:
        return
    announcement.over = True
    announcement.stop_watching()
    coordinator.household.async_create_task(
        _async_finish(coordinator, announcement), f"restore {coordinator.name}"
    )


async def _async_finish(coordinator: SonosSpeaker, announcement: Announcement) -> None:
    """Restore the snapshot; owe it to the speaker if it does not answer."""
    try:
        await async_restore(announcement.snapshot)
    except SonosError as err:
        if not coordinator.available:
            LOGGER.warning(
                "%s went away during an announcement; what it played comes back"
                " when it answers again",
                coordinator.name,
            )
            coordinator.on_available.append(
                partial(_retry_restore, coordinator, announcement)
            )
        else:
            LOGGER.warning(
                "Restoring %s after an announcement failed: %s", coordinator.name, err
            )
        _release(coordinator, announcement)
        return
    _settle(coordinator, announcement)


@callback
def _retry_restore(coordinator: SonosSpeaker, announcement: Announcement) -> None:
    coordinator.household.async_create_task(
        _async_finish(coordinator, announcement), f"restore {coordinator.name}"
    )


@callback
def _settle(coordinator: SonosSpeaker, announcement: Announcement) -> None:
    """Keep the history's view until the restored music shows, briefly at most.

    Then the position is read once more: events carry none, and the restored
    track would otherwise look as if it started over at 0.
    """
    snapshot = announcement.snapshot

    @callback
    def done(_now: datetime | None = None) -> None:
        announcement.stop_watching()
        coordinator.household.async_create_task(
            _async_read_and_release(coordinator, announcement),
            f"restored {coordinator.name}",
        )

    @callback
    def check() -> None:
        if snapshot.matches(coordinator):
            done()

    if snapshot.matches(coordinator):
        done()
        return
    announcement.unsubscribe = [
        coordinator.async_add_listener(check),
        async_call_later(coordinator.hass, RESTORE_SETTLE, done),
    ]


async def _async_read_and_release(
    coordinator: SonosSpeaker, announcement: Announcement
) -> None:
    try:
        await coordinator.async_poll()
    except SonosError as err:
        LOGGER.debug("Reading %s after a restore failed: %s", coordinator, err)
    _release(coordinator, announcement)


@callback
def _release(coordinator: SonosSpeaker, announcement: Announcement) -> None:
    announcement.stop_watching()
    if coordinator.announcement is announcement:
        coordinator.announcement = None
        coordinator.interrupted = None
        coordinator.household.async_notify_group(coordinator)


async def async_end_announcements(speakers: list[SonosSpeaker]) -> None:
    """Put back what announcements still under way interrupted (unloading)."""
    for speaker in speakers:
        announcement: Announcement | None = speaker.announcement
        if announcement is None or announcement.over:
            continue
        announcement.over = True
        announcement.stop_watching()
        try:
            await async_restore(announcement.snapshot)
        except SonosError as err:
            LOGGER.warning(
                "Could not restore %s after an announcement: %s", speaker.name, err
            )
        speaker.announcement = None
        speaker.interrupted = None


async def async_cancel_announcement(speaker: SonosSpeaker) -> None:
    """Stop the announcement the speaker's group plays; the music goes on."""
    coordinator = speaker.coordinator
    announcement: Announcement | None = coordinator.announcement
    if announcement is not None and not announcement.over:
        _end(coordinator, announcement)
        return
    cancelled = False
    for member in coordinator.household.group_of(coordinator):
        if (clip_id := member.last_clip_id) is None:
            continue
        member.last_clip_id = None
        cancelled |= await member.audio_clips.async_cancel(clip_id)
    if not cancelled:
        raise _invalid("sonos_no_announcement", speaker=speaker.name)

"""Snapshots of what a group plays, and putting it back (announcements, `restore`).

A snapshot keeps, for a group's coordinator, what its transport held (the
queue at its track, a radio station, a single track, a Spotify Connect
session), the position, the play mode and whether it played; for every
member, its volume and mute; with `with_group`, who was in the group.

Restoring selects the same thing again with raw UPnP actions (each with a
timeout, see `commands`), seeks to where it was and plays if it played. SoCo's
own `Snapshot` does much the same but reads SoCo's cached topology and has no
timeouts, and neither it nor core `sonos` can bring back a Spotify Connect
session: only Spotify can start one. Encore asks Spotify to, through the
household's Spotify account, on the speaker's Spotify Connect device, at the
track and position it was at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from homeassistant.exceptions import HomeAssistantError

from ..const import LOGGER
from . import commands
from .commands import TransportSnapshot
from .errors import SonosError
from .media import QUEUE_URI_PREFIX, SourceKind, parse_time
from .spotify_on_sonos import spotify_account

if TYPE_CHECKING:
    from .speaker import SonosSpeaker

SPOTIFY_CONNECT_PREFIX = "x-sonos-vli:"
PLAYING = ("PLAYING", "TRANSITIONING")


@dataclass(slots=True)
class GroupSnapshot:
    """What one group played, and how loud each member was."""

    coordinator: SonosSpeaker
    transport: TransportSnapshot
    # Members by uid (coordinator first) when the group was kept too.
    group: tuple[str, ...] = ()
    volumes: dict[str, tuple[int, bool]] = field(default_factory=dict)
    spotify_uri: str | None = None
    source: SourceKind = SourceKind.NONE

    @property
    def playing(self) -> bool:
        """Whether the group played when the snapshot was taken."""
        return self.transport.transport_state in PLAYING

    @property
    def spotify_connect(self) -> bool:
        """Whether Spotify Connect played (only Spotify can start it again)."""
        return self.transport.transport_uri.startswith(SPOTIFY_CONNECT_PREFIX)

    def matches(self, speaker: SonosSpeaker) -> bool:
        """Whether the coordinator plays (or holds) the snapshot's item again."""
        if self.spotify_connect:
            same = speaker.now_playing.spotify_uri == self.spotify_uri
        elif self.transport.transport_uri.startswith(QUEUE_URI_PREFIX):
            same = speaker.transport_uri.startswith(QUEUE_URI_PREFIX) and (
                speaker.now_playing.queue_position == self.transport.track_number
            )
        else:
            same = speaker.transport_uri == self.transport.transport_uri
        return same and (speaker.transport_state in PLAYING) == self.playing


async def async_take(
    coordinator: SonosSpeaker, *, with_group: bool = True
) -> GroupSnapshot:
    """Read what `coordinator`'s group plays and each member's volume."""
    transport = await coordinator.async_call(commands.read_transport, coordinator.soco)
    members = coordinator.household.group_of(coordinator)
    volumes = {}
    for member in members:
        volumes[member.uid] = await member.async_call(commands.read_volume, member.soco)
    playing = coordinator.now_playing
    return GroupSnapshot(
        coordinator=coordinator,
        transport=transport,
        group=tuple(m.uid for m in members) if with_group else (),
        volumes=volumes,
        spotify_uri=playing.spotify_uri,
        source=playing.source,
    )


async def async_restore_group(snapshot: GroupSnapshot) -> None:
    """Bring the group back together as it was (with_group)."""
    coordinator = snapshot.coordinator
    household = coordinator.household
    wanted = [
        household.speakers[uid] for uid in snapshot.group if uid in household.speakers
    ]
    if not wanted:
        return
    current = household.group_of(coordinator)
    for member in current[1:]:
        if member not in wanted:
            await member.async_command(commands.unjoin)
    if not coordinator.is_coordinator:
        await coordinator.async_command(commands.unjoin)
    for member in wanted[1:]:
        if member not in household.group_of(coordinator):
            await member.async_command(commands.join, coordinator.uid)


async def async_restore(snapshot: GroupSnapshot) -> None:
    """Put back what the group played, where it was, and each member's volume.

    Volumes come back even when the music cannot: an announcement never
    leaves a speaker at its announce volume.
    """
    coordinator = snapshot.coordinator
    household = coordinator.household
    try:
        if not snapshot.spotify_connect:
            await coordinator.async_command(
                commands.restore_transport,
                coordinator.uid,
                snapshot.transport,
            )
        elif snapshot.playing:
            await async_resume_spotify_connect(snapshot)
    finally:
        for uid, (volume, muted) in snapshot.volumes.items():
            if (member := household.speakers.get(uid)) is None:
                continue
            if member.volume != volume:
                await member.async_command(commands.set_volume, volume)
            if member.muted != muted:
                await member.async_command(commands.set_mute, muted)


async def async_resume_spotify_connect(snapshot: GroupSnapshot) -> None:
    """Ask Spotify to play the interrupted session on the speaker again.

    Spotify keeps the session's context (playlist, album) and queue: when the
    account's player still holds the same track, a plain resume on the
    speaker's Connect device brings it all back; otherwise the track plays
    on its own. Without a linked account nothing can (core cannot either).
    """
    coordinator = snapshot.coordinator
    account = spotify_account(coordinator.household)
    if account is None or snapshot.spotify_uri is None:
        raise SonosError("sonos_connect_needs_account", {"speaker": coordinator.name})
    client = account.client
    position = parse_time(snapshot.transport.position)
    position_ms = None if position is None else position * 1000
    try:
        devices = await client.async_get_devices()
        device_id = next(
            (d.device_id for d in devices if d.name == coordinator.name), None
        )
        playback = None if device_id is None else await client.async_get_playback()
        if device_id is None:
            pass
        elif playback is not None and playback.item.uri == snapshot.spotify_uri:
            await client.async_play(device_id, position_ms=position_ms)
        else:
            await client.async_play(
                device_id, uris=[snapshot.spotify_uri], position_ms=position_ms
            )
    except HomeAssistantError as err:
        LOGGER.debug("Resuming Spotify on %s failed: %s", coordinator, err)
        raise SonosError(
            "sonos_connect_resume_failed",
            {"speaker": coordinator.name, "detail": str(err)},
        ) from err
    if device_id is None:
        # Spotify lists Sonos speakers by room while they are reachable.
        raise SonosError("sonos_connect_device_missing", {"speaker": coordinator.name})

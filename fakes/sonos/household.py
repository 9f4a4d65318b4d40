"""A household of emulated speakers: groups, ZoneGroupState, favorites, playlists."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
import hashlib
import itertools
from typing import TYPE_CHECKING, Any, Self
from xml.sax.saxutils import quoteattr

from .alarms import AlarmClock
from .didl import didl_element, didl_lite, playlist_metadata_didl
from .events import let_accepted_attach
from .models import (
    CLASS_AUDIO_BROADCAST,
    EmulatorClock,
    Favorite,
    QueueItem,
    SonosPlaylist,
    TrackMetadata,
)
from .playback import Source
from .spotify import (
    SpotifyCatalog,
    catalog_queue_item,
    container_metadata,
    container_uri,
    service_desc,
)

if TYPE_CHECKING:
    from .speaker import EmulatedSpeaker

# The port real speakers answer UPnP on.
REAL_PORT = 1400

_HOUSEHOLD_COUNTER = itertools.count(1)


def _token(*parts: object, length: int = 12) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:length]


@dataclass(slots=True)
class Group:
    """A zone group: the coordinator's uid first, then the members."""

    group_id: str
    members: list[str] = field(default_factory=list)

    @property
    def coordinator(self) -> str:
        """The uid of the group coordinator."""
        return self.members[0]


class EmulatedHousehold:
    """Several emulated speakers sharing one ZoneGroupState.

    Favorites, Sonos playlists, the Spotify link and the clock are household
    wide. Each speaker still has its own queue. Call methods from the event loop
    thread (SoCo calls go through threads; the emulator itself does not).
    """

    def __init__(
        self,
        household_id: str | None = None,
        *,
        clock: EmulatorClock | None = None,
        spotify_linked: bool = True,
        spotify_service_type: int = 2311,
        real_ports: bool = False,
    ) -> None:
        """Create an empty household; add speakers with :meth:`add_speaker`.

        With ``real_ports`` every speaker listens on port 1400, like real ones,
        each on an address of its own in 127.0.0.0/8: what SoCo before 0.32
        and core ``sonos`` (both always use port 1400) can reach.
        """
        self.real_ports = real_ports
        number = next(_HOUSEHOLD_COUNTER)
        self.household_id = (
            household_id or f"Sonos_{_token('household', number, length=24)}"
        )
        self.clock = clock or EmulatorClock()
        self.speakers: list[EmulatedSpeaker] = []
        self.groups: list[Group] = []
        self.vanished: dict[str, str] = {}
        self.favorites: list[Favorite] = []
        self.favorites_update_id = 1
        self.playlists: list[SonosPlaylist] = []
        self.playlists_update_id = 1
        self.spotify_service_type: int | None = (
            spotify_service_type if spotify_linked else None
        )
        self.catalog = SpotifyCatalog()
        self.alarm_clock = AlarmClock(self)
        self._group_counter = itertools.count(1)
        self._favorite_ids = itertools.count(1)
        self._playlist_ids = itertools.count(0)
        self._number = number

    # Speakers -------------------------------------------------------------------

    def add_speaker(self, room_name: str, **kwargs: Any) -> EmulatedSpeaker:
        """Create a speaker in this household (not started yet)."""
        from .speaker import EmulatedSpeaker

        if self.real_ports:
            kwargs.setdefault("host", None)
            kwargs.setdefault("port", REAL_PORT)
        return EmulatedSpeaker(room_name, household=self, **kwargs)

    def _register(self, speaker: EmulatedSpeaker) -> None:
        if speaker in self.speakers:
            return
        self.speakers.append(speaker)
        self.groups.append(Group(self._new_group_id(speaker.uid), [speaker.uid]))

    def default_mac(self) -> str:
        """Return a fresh, deterministic MAC address for the next speaker."""
        digest = _token(self.household_id, len(self.speakers), length=6).upper()
        return "48:A6:B8:" + ":".join(digest[i : i + 2] for i in range(0, 6, 2))

    def speaker(self, key: str) -> EmulatedSpeaker:
        """Find a speaker by uid or room name."""
        for speaker in self.speakers:
            if key in (speaker.uid, speaker.room_name):
                return speaker
        raise KeyError(key)

    def by_uid(self, uid: str) -> EmulatedSpeaker | None:
        """Find a speaker by uid, or ``None``."""
        return next((s for s in self.speakers if s.uid == uid), None)

    async def start(self) -> None:
        """Start every speaker's server."""
        for speaker in self.speakers:
            if not speaker.running:
                await speaker.start()

    async def stop(self) -> None:
        """Stop every speaker's server and event delivery."""
        await asyncio.gather(*(speaker.stop() for speaker in self.speakers))

    async def stop_events(self) -> None:
        """Stop sending NOTIFYs, and let the listener take in those under way.

        Whoever then closes an event listener finds no connection half
        accepted (`let_accepted_attach`).
        """
        await asyncio.gather(*(speaker.publisher.close() for speaker in self.speakers))
        await let_accepted_attach()

    async def __aenter__(self) -> Self:
        """Start the household."""
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Stop the household."""
        await self.stop()

    # Time -------------------------------------------------------------------------

    def settle(self) -> None:
        """Apply track ends and sleep timers of every speaker up to now."""
        for speaker in self.speakers:
            speaker.playback.settle()

    def flush(self) -> None:
        """Send the NOTIFYs for every state change since the last flush."""
        for speaker in self.speakers:
            speaker.flush_events()

    async def drain_events(self) -> None:
        """Wait until every NOTIFY queued so far has been answered (or failed)."""
        for speaker in self.speakers:
            await speaker.drain_events()

    def advance(self, seconds: float) -> None:
        """Move the household clock forward, play on, and send the events."""
        self.clock.advance(seconds)
        self.settle()
        self.flush()

    # Groups -----------------------------------------------------------------------

    def _new_group_id(self, coordinator_uid: str) -> str:
        return f"{coordinator_uid}:{next(self._group_counter)}"

    def group_of(self, speaker: EmulatedSpeaker) -> Group:
        """The group ``speaker`` is in."""
        for group in self.groups:
            if speaker.uid in group.members:
                return group
        raise KeyError(speaker.uid)

    def coordinator_of(self, speaker: EmulatedSpeaker) -> EmulatedSpeaker:
        """The coordinator of the group ``speaker`` is in."""
        coordinator = self.by_uid(self.group_of(speaker).coordinator)
        assert coordinator is not None
        return coordinator

    def members_of(self, speaker: EmulatedSpeaker) -> list[EmulatedSpeaker]:
        """All speakers of ``speaker``'s group, coordinator first."""
        members = (self.by_uid(uid) for uid in self.group_of(speaker).members)
        return [member for member in members if member is not None]

    def join(self, member: EmulatedSpeaker, target: EmulatedSpeaker) -> None:
        """Make ``member`` join the group of ``target`` (as ``x-rincon:`` does)."""
        coordinator = self.coordinator_of(target)
        if coordinator is member or member.uid in self.group_of(coordinator).members:
            return
        self._leave(member, standalone=False)
        self.group_of(coordinator).members.append(member.uid)
        member.playback.become_member(coordinator.uid)
        self.flush()

    def unjoin(self, speaker: EmulatedSpeaker) -> tuple[str, str]:
        """Make ``speaker`` a standalone group; return (delegated uid, new group id)."""
        group = self.group_of(speaker)
        if group.members == [speaker.uid]:
            return "", group.group_id
        delegated = self._leave(speaker)
        self.flush()
        return delegated, self.group_of(speaker).group_id

    def _leave(self, speaker: EmulatedSpeaker, *, standalone: bool = True) -> str:
        """Take ``speaker`` out of its group (into a new standalone group)."""
        group = self.group_of(speaker)
        if group.members == [speaker.uid]:
            self.groups.remove(group)
            delegated = ""
        else:
            was_coordinator = group.coordinator == speaker.uid
            group.members.remove(speaker.uid)
            delegated = ""
            if was_coordinator:
                heir = self.by_uid(group.coordinator)
                assert heir is not None
                heir.playback.inherit(speaker.playback)
                group.group_id = self._new_group_id(heir.uid)
                for uid in group.members[1:]:
                    if (other := self.by_uid(uid)) is not None:
                        other.playback.become_member(heir.uid)
                delegated = heir.uid
        if standalone:
            self.groups.append(Group(self._new_group_id(speaker.uid), [speaker.uid]))
        if speaker.playback.source == Source.GROUP or delegated:
            speaker.playback.select_queue()
        return delegated

    def group_name(self, group: Group) -> str:
        """The name a controller shows for ``group`` (``Kitchen + 1``)."""
        coordinator = self.by_uid(group.coordinator)
        name = coordinator.room_name if coordinator else ""
        others = len(group.members) - 1
        return f"{name} + {others}" if others else name

    # ZoneGroupState -----------------------------------------------------------------

    def vanish(self, speaker: EmulatedSpeaker, reason: str = "powered off") -> None:
        """Report ``speaker`` under ``VanishedDevices`` and drop it from its group."""
        if len(self.group_of(speaker).members) > 1:
            self._leave(speaker)
        self.vanished[speaker.uid] = reason

    def reappear(self, speaker: EmulatedSpeaker) -> None:
        """Put a vanished speaker back into the ZoneGroupState."""
        self.vanished.pop(speaker.uid, None)

    def zone_group_state(self) -> str:
        """The household's ZoneGroupState XML (the 10.1+ ``ZoneGroups`` shape)."""
        groups = []
        for group in self.groups:
            members = [
                speaker
                for uid in group.members
                if (speaker := self.by_uid(uid)) is not None
                and uid not in self.vanished
            ]
            if not members:
                continue
            body = "".join(_member_xml(speaker) for speaker in members)
            groups.append(
                f"<ZoneGroup Coordinator={quoteattr(group.coordinator)} "
                f"ID={quoteattr(group.group_id)}>{body}</ZoneGroup>"
            )
        vanished = "".join(
            f"<Device UUID={quoteattr(speaker.uid)} "
            f"ZoneName={quoteattr(speaker.room_name)} Reason={quoteattr(reason)} "
            f"Location={quoteattr(speaker.location)}/>"
            for uid, reason in self.vanished.items()
            if (speaker := self.by_uid(uid)) is not None
        )
        return (
            "<ZoneGroupState><ZoneGroups>"
            + "".join(groups)
            + "</ZoneGroups><VanishedDevices>"
            + vanished
            + "</VanishedDevices></ZoneGroupState>"
        )

    # Spotify ---------------------------------------------------------------------

    @property
    def spotify_linked(self) -> bool:
        """Whether a Spotify account is linked to the household."""
        return self.spotify_service_type is not None

    def link_spotify(self, service_type: int = 2311) -> None:
        """Link a Spotify account (2311 "Spotify" or 3079 "Spotify US")."""
        self.spotify_service_type = service_type

    def unlink_spotify(self) -> None:
        """Remove the Spotify account; enqueueing Spotify then fails with 800."""
        self.spotify_service_type = None

    # Favorites and playlists ---------------------------------------------------------

    def _favorites_changed(self) -> None:
        self.favorites_update_id += 1

    def add_favorite(self, favorite: Favorite) -> Favorite:
        """Add a favorite (its id is assigned) and notify ContentDirectory subscribers."""
        favorite.favorite_id = next(self._favorite_ids)
        self.favorites.append(favorite)
        self._favorites_changed()
        self.flush()
        return favorite

    def remove_favorite(self, favorite: Favorite) -> None:
        """Remove a favorite."""
        self.favorites.remove(favorite)
        self._favorites_changed()
        self.flush()

    def add_radio_favorite(
        self, title: str, uri: str, description: str = "TuneIn Station"
    ) -> Favorite:
        """Add a radio station favorite (plays with ``play_uri``)."""
        meta = TrackMetadata(
            title=title,
            item_class=CLASS_AUDIO_BROADCAST,
            desc="SA_RINCON65031_",
            item_id=f"F00092020{_token(uri, length=8)}",
            parent_id="F00082064",
        )
        protocol = uri.split(":", 1)[0] + ":*:*:*"
        return self.add_favorite(
            Favorite(
                title,
                uri,
                didl_lite(didl_element(meta.item_id, meta.parent_id, meta)),
                protocol_info=protocol,
                description=description,
            )
        )

    def add_spotify_favorite(
        self, kind: str, spotify_id: str, title: str | None = None
    ) -> Favorite:
        """Add a Spotify album/playlist favorite (plays through the queue)."""
        container = self.catalog.container(kind, spotify_id)
        meta = container_metadata(container, self.spotify_service_type or 2311)
        if title:
            meta.title = title
        resource = didl_lite(didl_element(meta.item_id, meta.parent_id, meta))
        return self.add_favorite(
            Favorite(
                meta.title,
                container_uri(kind, spotify_id),
                resource,
                protocol_info="x-rincon-cpcontainer:*:*:*",
                description=f"Spotify {kind.title()}",
                favorite_type="shortcut",
            )
        )

    def _playlists_changed(self) -> None:
        self.playlists_update_id += 1

    def add_playlist(
        self, title: str, items: list[QueueItem] | None = None
    ) -> SonosPlaylist:
        """Create a Sonos playlist holding copies of ``items``."""
        playlist = SonosPlaylist(
            next(self._playlist_ids), title, [item.copy() for item in items or []]
        )
        self.playlists.append(playlist)
        self._playlists_changed()
        self.flush()
        return playlist

    def add_spotify_playlist(self, title: str, track_ids: list[str]) -> SonosPlaylist:
        """Create a Sonos playlist of Spotify tracks."""
        service_type = self.spotify_service_type or 2311
        items = [
            catalog_queue_item(self.catalog.track(track_id), service_type)
            for track_id in track_ids
        ]
        return self.add_playlist(title, items)

    def playlist(self, playlist_id: int) -> SonosPlaylist | None:
        """Find a Sonos playlist by its number."""
        return next((p for p in self.playlists if p.playlist_id == playlist_id), None)

    def remove_playlist(self, playlist: SonosPlaylist) -> None:
        """Delete a Sonos playlist."""
        self.playlists.remove(playlist)
        self._playlists_changed()
        self.flush()

    def playlist_source(self, playlist: SonosPlaylist) -> tuple[str, str]:
        """The (URI, DIDL) a queue item enqueued from ``playlist`` reports."""
        return playlist.uri, playlist_metadata_didl(playlist)

    def spotify_desc(self) -> str:
        """The ``desc`` of the household's Spotify account."""
        return service_desc(self.spotify_service_type or 2311)


def _member_xml(speaker: EmulatedSpeaker) -> str:
    attrs = {
        "UUID": speaker.uid,
        "Location": speaker.location,
        "ZoneName": speaker.room_name,
        "Icon": speaker.icon,
        "Configuration": "1",
        "SoftwareVersion": speaker.software_version,
        "SWGen": "2",
        "MinCompatibleVersion": "84.0-00000",
        "LegacyCompatibleVersion": "58.0-00000",
        "BootSeq": str(speaker.boot_seq),
        "TVConfigurationError": "0",
        "HdmiCecAvailable": "1" if speaker.model.has_tv else "0",
        "WirelessMode": "1",
        "WirelessLeafOnly": "0",
        "ChannelFreq": "2437",
        "BehindWifiExtender": "0",
        "WifiEnabled": "1",
        "EthLink": "0",
        "Orientation": "0",
        "RoomCalibrationState": "4",
        "SecureRegState": "3",
        # A voice service is set up on speakers with a microphone (SoCo's
        # `mic_enabled` is None without one).
        "VoiceConfigState": "2" if speaker.model.has_microphone else "0",
        "MicEnabled": "1" if speaker.mic_enabled else "0",
        "AirPlayEnabled": "1",
        "MoreInfo": "",
        "SSLPort": "1443",
        "HHSSLPort": "1843",
    }
    if speaker.subwoofer:
        # A Sub bonded to the soundbar: SoCo's `has_subwoofer` reads this.
        attrs["HTSatChanMapSet"] = f"{speaker.uid}:LF,RF;{speaker.uid[:-5]}SUB01:SW"
    rendered = " ".join(f"{name}={quoteattr(value)}" for name, value in attrs.items())
    return f"<ZoneGroupMember {rendered}/>"

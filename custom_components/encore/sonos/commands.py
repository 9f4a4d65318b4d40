"""Blocking UPnP requests to one speaker; `async_run` runs them in the executor.

Encore sends raw service actions rather than SoCo's convenience methods: each
action takes a `timeout`, and none consults SoCo's cached group topology (which
goes stale while events are blocked) to decide who the coordinator is. Encore
decides that itself from ZoneGroupState.

A job (a poll, reading a speaker's facts, filling a queue) makes several
requests. Each request's timeout is cut to what is left of the job's deadline,
so the executor thread ends about when the caller stops waiting for it.
"""

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
import threading
import time
from typing import Any, Final

import requests
from soco import SoCo
from soco.core import SOUNDBARS
from soco.data_structures import to_didl_string
from soco.data_structures_entry import from_didl_string
from soco.exceptions import SoCoException
from soco.plugins.sharelink import ShareLinkPlugin

from homeassistant.core import HomeAssistant

from .endpoint import base_url
from .favorites import Favorite, favorites_from
from .media import QUEUE_URI_PREFIX, didl, format_time
from .topology import Topology, parse_zone_group_state
from .xmldoc import parse_xml

# Seconds a speaker may take to answer one request (SoCo's default is 20).
COMMAND_TIMEOUT: float = 10.0
# Seconds one job (with every request it makes) may take in all.
CALL_DEADLINE: float = 30.0
BROWSE_PAGE: Final = 100
MAX_BROWSE_ITEMS: Final = 1000
_INSTANCE: Final = ("InstanceID", 0)
_MASTER: Final = ("Channel", "Master")
_DEVICE_NS: Final = "{urn:schemas-upnp-org:device-1-0}"
PLAY_MODES: Final[dict[tuple[bool, str], str]] = {
    (False, "off"): "NORMAL",
    (False, "all"): "REPEAT_ALL",
    (False, "one"): "REPEAT_ONE",
    (True, "off"): "SHUFFLE_NOREPEAT",
    (True, "all"): "SHUFFLE",
    (True, "one"): "SHUFFLE_REPEAT_ONE",
}
PLAY_MODE_PARTS: Final = {mode: parts for parts, mode in PLAY_MODES.items()}


@dataclass(frozen=True, slots=True)
class SpeakerFacts:
    """What a speaker tells about itself, read once when Encore first meets it."""

    uid: str
    household_id: str
    name: str
    model: str
    model_number: str
    serial: str | None
    mac: str | None
    software_version: str | None
    hardware_version: str | None
    has_line_in: bool
    has_tv: bool


@dataclass(frozen=True, slots=True)
class PolledState:
    """A speaker's state read with requests, when events are not available."""

    transport_state: str
    play_mode: str
    track_uri: str
    track_number: int | None
    duration: str | None
    position: str | None
    track: Any
    transport_uri: str
    transport_meta: Any
    volume: int
    muted: bool


_job = threading.local()


def run_within[T](deadline: float, func: Callable[..., T], *args: Any) -> T:
    """Run a job in this thread; no request of it outlasts `deadline` (monotonic)."""
    _job.deadline = deadline
    try:
        return func(*args)
    finally:
        _job.deadline = None


async def async_run[T](
    hass: HomeAssistant, seconds: float, func: Callable[..., T], *args: Any
) -> T:
    """Run a job in the executor; it and every request it makes end in `seconds`."""
    async with asyncio.timeout(seconds):
        return await hass.async_add_executor_job(
            run_within, time.monotonic() + seconds, func, *args
        )


def _seconds() -> float:
    """Return the timeout of the next request: what is left of the job's time."""
    deadline: float | None = getattr(_job, "deadline", None)
    if deadline is None:
        return COMMAND_TIMEOUT
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("The speaker took too long to answer")
    return min(COMMAND_TIMEOUT, left)


def _timeout() -> dict[str, float]:
    return {"timeout": _seconds()}


def _description(soco: SoCo) -> dict[str, str]:
    """Read the device description (identity, model, versions)."""
    response = requests.get(
        f"{base_url(soco)}/xml/device_description.xml", timeout=_seconds()
    )
    response.raise_for_status()
    device = parse_xml(response.content).find(f"{_DEVICE_NS}device")
    if device is None:
        raise SoCoException("No device in the device description")
    return {
        child.tag.removeprefix(_DEVICE_NS): (child.text or "").strip()
        for child in device
        if isinstance(child.tag, str)
    }


def read_identity(soco: SoCo) -> tuple[str, str, str]:
    """Return (household id, uid, room name): what config flows need to know."""
    household_id, description = _identify(soco)
    uid = description["UDN"]
    return household_id, uid, description.get("roomName") or uid


def _identify(soco: SoCo) -> tuple[str, dict[str, str]]:
    result = soco.deviceProperties.GetHouseholdID([], **_timeout())
    household_id = str(result["CurrentHouseholdID"])
    if not household_id:
        raise SoCoException("No household id")
    # SoCo's event code reads `soco.household_id` inside the event loop (when a
    # SUBSCRIBE succeeds or is cancelled, and on every ZoneGroupTopology event):
    # with the id cached there, that property never sends a request. SoCo has
    # no public way to set it; reading the property would ask a second time,
    # without a timeout of ours.
    soco._household_id = household_id  # noqa: SLF001
    description = _description(soco)
    uid = description.get("UDN", "").removeprefix("uuid:")
    if not uid.startswith("RINCON_"):
        raise SoCoException("Not a Sonos ZonePlayer")
    return household_id, {**description, "UDN": uid}


def read_facts(soco: SoCo) -> SpeakerFacts:
    """Read identity and capabilities, once, when Encore first meets a speaker."""
    household_id, description = _identify(soco)
    uid = description["UDN"]
    name = description.get("roomName") or uid
    zone = soco.deviceProperties.GetZoneInfo([], **_timeout())
    try:
        soco.audioIn.GetAudioInputAttributes([], **_timeout())
    except SoCoException, requests.RequestException:
        # Speakers without an analogue input refuse the action.
        has_line_in = False
    else:
        has_line_in = True
    model = description.get("modelName") or "Sonos"
    lowered = model.lower()
    has_tv = (
        lowered in SOUNDBARS
        or lowered.removeprefix("sonos ") in SOUNDBARS
        or str(zone.get("HTAudioIn") or "0") not in ("", "0")
    )
    return SpeakerFacts(
        uid=uid,
        household_id=household_id,
        name=name,
        model=model,
        model_number=description.get("modelNumber", ""),
        serial=description.get("serialNum") or None,
        mac=zone.get("MACAddress") or None,
        software_version=zone.get("DisplaySoftwareVersion")
        or description.get("softwareVersion")
        or None,
        hardware_version=description.get("hardwareVersion") or None,
        has_line_in=has_line_in,
        has_tv=has_tv,
    )


def zone_group_state(soco: SoCo) -> str:
    """Return the household's ZoneGroupState document."""
    result: dict[str, str] = soco.zoneGroupTopology.GetZoneGroupState([], **_timeout())
    return result["ZoneGroupState"]


def read_topology(soco: SoCo) -> tuple[str, Topology]:
    """Return the household's ZoneGroupState, as sent and parsed."""
    payload = zone_group_state(soco)
    return payload, parse_zone_group_state(payload)


def read_household(soco: SoCo) -> tuple[str, str, Topology]:
    """Return the household id and groups, as the speaker `soco` sees them."""
    household_id, _, _ = read_identity(soco)
    return household_id, *read_topology(soco)


def read_favorites(soco: SoCo) -> list[Favorite]:
    """Return the household's favorites (their DIDL is parsed here, not in the loop)."""
    return favorites_from(browse(soco, "FV:2"))


def poll(soco: SoCo) -> PolledState:
    """Read transport, track, play mode, volume and mute."""
    av = soco.avTransport
    transport = av.GetTransportInfo([_INSTANCE], **_timeout())
    settings = av.GetTransportSettings([_INSTANCE], **_timeout())
    position = av.GetPositionInfo([_INSTANCE, _MASTER], **_timeout())
    media = av.GetMediaInfo([_INSTANCE], **_timeout())
    volume = soco.renderingControl.GetVolume([_INSTANCE, _MASTER], **_timeout())
    mute = soco.renderingControl.GetMute([_INSTANCE, _MASTER], **_timeout())
    track_number = position.get("Track")
    return PolledState(
        transport_state=transport["CurrentTransportState"],
        play_mode=settings["PlayMode"],
        track_uri=position.get("TrackURI") or "",
        track_number=int(track_number) if str(track_number).isdigit() else None,
        duration=position.get("TrackDuration"),
        position=position.get("RelTime"),
        track=didl(position.get("TrackMetaData")),
        transport_uri=media.get("CurrentURI") or "",
        transport_meta=didl(media.get("CurrentURIMetaData")),
        volume=int(volume["CurrentVolume"]),
        muted=mute["CurrentMute"] in ("1", "true", "True"),
    )


def read_position(soco: SoCo) -> tuple[str | None, int | None]:
    """Return the position in the current track and its number in the queue."""
    position = soco.avTransport.GetPositionInfo([_INSTANCE, _MASTER], **_timeout())
    track = position.get("Track")
    return position.get("RelTime"), int(track) if str(track).isdigit() else None


def transport(soco: SoCo, action: str) -> None:
    """Send Play, Pause, Stop, Next or Previous."""
    args: list[tuple[str, Any]] = [_INSTANCE]
    if action == "Play":
        args.append(("Speed", 1))
    soco.avTransport.send_command(action, args, **_timeout())


def seek(soco: SoCo, seconds: float) -> None:
    """Seek within the current track."""
    soco.avTransport.Seek(
        [_INSTANCE, ("Unit", "REL_TIME"), ("Target", format_time(seconds))],
        **_timeout(),
    )


def set_play_mode(soco: SoCo, mode: str) -> None:
    """Set shuffle and repeat (one of PLAY_MODES' values)."""
    soco.avTransport.SetPlayMode([_INSTANCE, ("NewPlayMode", mode)], **_timeout())


def set_volume(soco: SoCo, volume: int) -> None:
    """Set the speaker's own volume (0..100)."""
    soco.renderingControl.SetVolume(
        [_INSTANCE, _MASTER, ("DesiredVolume", volume)], **_timeout()
    )


def change_volume(soco: SoCo, delta: int) -> int:
    """Change the volume by `delta` and return the new level."""
    result = soco.renderingControl.SetRelativeVolume(
        [_INSTANCE, _MASTER, ("Adjustment", delta)], **_timeout()
    )
    return int(result["NewVolume"])


def set_mute(soco: SoCo, mute: bool) -> None:
    """Mute or unmute the speaker."""
    soco.renderingControl.SetMute(
        [_INSTANCE, _MASTER, ("DesiredMute", "1" if mute else "0")], **_timeout()
    )


def set_transport_uri(soco: SoCo, uri: str, metadata: str = "") -> None:
    """Select what plays (a stream, line-in, TV, the queue or another group)."""
    soco.avTransport.SetAVTransportURI(
        [_INSTANCE, ("CurrentURI", uri), ("CurrentURIMetaData", metadata)],
        **_timeout(),
    )


def play_uri(soco: SoCo, uri: str, metadata: str = "") -> None:
    """Select a URI and start playing it."""
    set_transport_uri(soco, uri, metadata)
    transport(soco, "Play")


def join(member: SoCo, coordinator_uid: str) -> None:
    """Make `member` join the group of `coordinator_uid`."""
    set_transport_uri(member, f"x-rincon:{coordinator_uid}")


def unjoin(soco: SoCo) -> None:
    """Take the speaker out of its group."""
    soco.avTransport.BecomeCoordinatorOfStandaloneGroup([_INSTANCE], **_timeout())


def clear_queue(soco: SoCo) -> None:
    """Empty the queue."""
    soco.avTransport.RemoveAllTracksFromQueue([_INSTANCE], **_timeout())


def add_to_queue(
    soco: SoCo, uri: str, metadata: str, position: int, as_next: bool
) -> int:
    """Enqueue a URI (1-based `position`, 0 for the end); return its number."""
    result = soco.avTransport.AddURIToQueue(
        [
            _INSTANCE,
            ("EnqueuedURI", uri),
            ("EnqueuedURIMetaData", metadata),
            ("DesiredFirstTrackNumberEnqueued", position),
            ("EnqueueAsNext", int(as_next)),
        ],
        **_timeout(),
    )
    return int(result["FirstTrackNumberEnqueued"])


def add_item_to_queue(soco: SoCo, item: Any, position: int, as_next: bool) -> int:
    """Enqueue a DIDL object (a Sonos playlist or a favorite's container)."""
    uri: str = item.resources[0].uri
    return add_to_queue(soco, uri, to_didl_string(item), position, as_next)


def add_share_link(soco: SoCo, link: str, position: int, as_next: bool) -> int:
    """Enqueue a Spotify URI or open.spotify.com link with SoCo's ShareLinkPlugin."""
    first: int = ShareLinkPlugin(soco).add_share_link_to_queue(
        link, position=position, as_next=as_next, **_timeout()
    )
    return first


def play_from_queue(soco: SoCo, uid: str, number: int) -> None:
    """Play queue item `number` (1-based), switching the transport to the queue."""
    media = soco.avTransport.GetMediaInfo([_INSTANCE], **_timeout())
    if not str(media.get("CurrentURI") or "").startswith(QUEUE_URI_PREFIX):
        set_transport_uri(soco, f"{QUEUE_URI_PREFIX}{uid}#0")
    soco.avTransport.Seek(
        [_INSTANCE, ("Unit", "TRACK_NR"), ("Target", number)], **_timeout()
    )
    transport(soco, "Play")


def browse(soco: SoCo, object_id: str) -> list[Any]:
    """Return the children of a ContentDirectory object (FV:2, SQ:, Q:0...)."""
    items: list[Any] = []
    while len(items) < MAX_BROWSE_ITEMS:
        result = soco.contentDirectory.Browse(
            [
                ("ObjectID", object_id),
                ("BrowseFlag", "BrowseDirectChildren"),
                ("Filter", "*"),
                ("StartingIndex", len(items)),
                ("RequestedCount", BROWSE_PAGE),
                ("SortCriteria", ""),
            ],
            **_timeout(),
        )
        page = from_didl_string(result["Result"]) if result.get("Result") else []
        items.extend(page)
        if not page or len(items) >= int(result.get("TotalMatches") or 0):
            break
    return items


# Snapshots, sleep timer and queue edits (announcements and actions) ---------------


@dataclass(frozen=True, slots=True)
class TransportSnapshot:
    """What a coordinator plays, as raw as restoring it needs.

    `transport_meta` is the DIDL-Lite text the speaker holds for its transport
    URI (a station's name, a track's metadata): given back as it was.
    """

    transport_uri: str
    transport_meta: str
    transport_state: str
    play_mode: str
    track_number: int | None
    track_uri: str
    position: str | None
    duration: str | None


def read_transport(soco: SoCo) -> TransportSnapshot:
    """Read what `soco` (a coordinator) plays, where, and how."""
    av = soco.avTransport
    media = av.GetMediaInfo([_INSTANCE], **_timeout())
    transport = av.GetTransportInfo([_INSTANCE], **_timeout())
    settings = av.GetTransportSettings([_INSTANCE], **_timeout())
    position = av.GetPositionInfo([_INSTANCE, _MASTER], **_timeout())
    number = str(position.get("Track") or "")
    return TransportSnapshot(
        transport_uri=str(media.get("CurrentURI") or ""),
        transport_meta=str(media.get("CurrentURIMetaData") or ""),
        transport_state=str(transport["CurrentTransportState"]),
        play_mode=str(settings.get("PlayMode") or "NORMAL"),
        track_number=int(number) if number.isdigit() else None,
        track_uri=str(position.get("TrackURI") or ""),
        position=position.get("RelTime"),
        duration=position.get("TrackDuration"),
    )


def read_volume(soco: SoCo) -> tuple[int, bool]:
    """Return the speaker's own volume and mute."""
    volume = soco.renderingControl.GetVolume([_INSTANCE, _MASTER], **_timeout())
    mute = soco.renderingControl.GetMute([_INSTANCE, _MASTER], **_timeout())
    return int(volume["CurrentVolume"]), mute["CurrentMute"] in ("1", "true", "True")


def restore_transport(soco: SoCo, uid: str, snapshot: TransportSnapshot) -> None:
    """Select again what `snapshot` played, at its track and position.

    A Spotify Connect session (`x-sonos-vli:`) cannot be selected this way:
    only Spotify starts it again (see `resume`); the transport stops.
    """
    uri = snapshot.transport_uri
    position = snapshot.position
    selectable = bool(uri) and not uri.startswith(("x-sonos-vli:", "x-rincon:"))
    seekable = bool(
        selectable
        and position
        and position not in ("0:00:00", "NOT_IMPLEMENTED")
        and snapshot.duration not in (None, "", "0:00:00", "NOT_IMPLEMENTED")
    )
    if uri.startswith(QUEUE_URI_PREFIX):
        set_transport_uri(soco, f"{QUEUE_URI_PREFIX}{uid}#0")
        if snapshot.track_number:
            soco.avTransport.Seek(
                [_INSTANCE, ("Unit", "TRACK_NR"), ("Target", snapshot.track_number)],
                **_timeout(),
            )
        set_play_mode(soco, snapshot.play_mode)
    elif selectable:
        set_transport_uri(soco, uri, snapshot.transport_meta)
    else:
        transport(soco, "Stop")
    if seekable:
        soco.avTransport.Seek(
            [_INSTANCE, ("Unit", "REL_TIME"), ("Target", position)], **_timeout()
        )
    if selectable and snapshot.transport_state in ("PLAYING", "TRANSITIONING"):
        transport(soco, "Play")


def set_sleep_timer(soco: SoCo, seconds: int | None) -> None:
    """Start the sleep timer (`None`: cancel it)."""
    soco.avTransport.ConfigureSleepTimer(
        [
            _INSTANCE,
            ("NewSleepTimerDuration", "" if seconds is None else format_time(seconds)),
        ],
        **_timeout(),
    )


def remove_from_queue(soco: SoCo, number: int) -> None:
    """Remove queue item `number` (1-based)."""
    soco.avTransport.RemoveTrackFromQueue(
        [_INSTANCE, ("ObjectID", f"Q:0/{number}"), ("UpdateID", 0)], **_timeout()
    )

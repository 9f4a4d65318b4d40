"""SOAP action handlers of an emulated speaker.

Each handler takes the speaker and the in-arguments (strings) and returns the
out-argument values; it raises :class:`UPnPError` for a UPnP fault. The speaker
settles playback before and sends the resulting events after every handler.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from .didl import (
    didl_element,
    didl_lite,
    favorite_element,
    playlist_container_element,
    queue_container,
    queue_item_element,
    split_didl_documents,
)
from .models import SonosPlaylist, format_duration, parse_duration
from .playback import Source
from .soap import (
    AUDIO_IN,
    AV_TRANSPORT,
    CONTENT_DIRECTORY,
    DEVICE_PROPERTIES,
    ERROR_COMMAND_FAILED,
    ERROR_ILLEGAL_SEEK_TARGET,
    ERROR_INVALID_ARGS,
    ERROR_NO_SUCH_OBJECT,
    ERROR_SEEK_MODE_NOT_SUPPORTED,
    GROUP_RENDERING_CONTROL,
    RENDERING_CONTROL,
    ZONE_GROUP_TOPOLOGY,
    UPnPError,
)

if TYPE_CHECKING:
    from .speaker import EmulatedSpeaker

type Args = Mapping[str, str]
type Values = dict[str, object]
type Handler = Callable[["EmulatedSpeaker", Args], Values]

HANDLERS: dict[tuple[str, str], Handler] = {}
EMPTY_LIBRARY_PREFIXES = ("A:", "S:", "R:0/", "0")


def action(
    service: str, name: str, *, coordinator_only: bool = False
) -> Callable[[Handler], Handler]:
    """Register a handler; ``coordinator_only`` answers 800 on group members."""

    def register(func: Handler) -> Handler:
        def wrapped(speaker: EmulatedSpeaker, args: Args) -> Values:
            if coordinator_only and not speaker.is_coordinator:
                raise UPnPError(ERROR_COMMAND_FAILED)
            return func(speaker, args)

        HANDLERS[(service, name)] = wrapped
        return func

    return register


def _int(args: Args, name: str) -> int:
    try:
        return int(args[name])
    except KeyError, ValueError:
        raise UPnPError(ERROR_INVALID_ARGS) from None


def _bool(args: Args, name: str) -> bool:
    value = args.get(name, "").strip().lower()
    if value in ("1", "true", "yes"):
        return True
    if value in ("0", "false", "no"):
        return False
    raise UPnPError(ERROR_INVALID_ARGS)


_EQ_RANGES = {
    "NightMode": (0, 1),
    "DialogLevel": (0, 1),
    "SpeechEnhanceEnabled": (0, 1),
    "SurroundEnable": (0, 1),
    "SurroundLevel": (-15, 15),
    "MusicSurroundLevel": (-15, 15),
    "SurroundMode": (0, 1),
    "AudioDelay": (0, 5),
    "SubEnable": (0, 1),
    "SubGain": (-15, 15),
    "SubCrossover": (50, 110),
}


def _ranged(args: Args, name: str, low: int, high: int) -> int:
    value = _int(args, name)
    if not low <= value <= high:
        raise UPnPError(ERROR_INVALID_ARGS)
    return value


# AVTransport -------------------------------------------------------------------------


@action(AV_TRANSPORT, "SetAVTransportURI")
def set_av_transport_uri(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Select what the speaker plays (or join another speaker's group)."""
    speaker.set_transport_uri(args["CurrentURI"], args["CurrentURIMetaData"])
    return {}


@action(AV_TRANSPORT, "SetNextAVTransportURI", coordinator_only=True)
def set_next_av_transport_uri(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Accepted and ignored, as for most Sonos sources."""
    return {}


def _enqueue(
    speaker: EmulatedSpeaker, uri: str, metadata: str, desired: int, as_next: bool
) -> Values:
    items = speaker.resolve_enqueue(uri, metadata)
    first = speaker.playback.insert(items, desired, as_next=as_next)
    return {
        "FirstTrackNumberEnqueued": first,
        "NumTracksAdded": len(items),
        "NewQueueLength": len(speaker.playback.queue),
        "NewUpdateID": speaker.playback.queue_update_id,
    }


@action(AV_TRANSPORT, "AddURIToQueue", coordinator_only=True)
def add_uri_to_queue(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Enqueue a track or expand a container into the queue."""
    return _enqueue(
        speaker,
        args["EnqueuedURI"],
        args["EnqueuedURIMetaData"],
        _int(args, "DesiredFirstTrackNumberEnqueued"),
        _bool(args, "EnqueueAsNext"),
    )


@action(AV_TRANSPORT, "AddMultipleURIsToQueue", coordinator_only=True)
def add_multiple_uris_to_queue(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Enqueue several URIs at once (space separated, like SoCo sends them)."""

    uris = args["EnqueuedURIs"].split()
    metadata = split_didl_documents(args["EnqueuedURIsMetaData"])
    count = _int(args, "NumberOfURIs")
    if count != len(uris) or (metadata and len(metadata) != count):
        raise UPnPError(ERROR_INVALID_ARGS)
    items = []
    for index, uri in enumerate(uris):
        items.extend(speaker.resolve_enqueue(uri, metadata[index] if metadata else ""))
    first = speaker.playback.insert(
        items,
        _int(args, "DesiredFirstTrackNumberEnqueued"),
        as_next=_bool(args, "EnqueueAsNext"),
    )
    return {
        "FirstTrackNumberEnqueued": first,
        "NumTracksAdded": len(items),
        "NewQueueLength": len(speaker.playback.queue),
        "NewUpdateID": speaker.playback.queue_update_id,
    }


@action(AV_TRANSPORT, "RemoveAllTracksFromQueue", coordinator_only=True)
def remove_all_tracks_from_queue(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Empty the queue."""
    speaker.playback.clear()
    return {}


@action(AV_TRANSPORT, "RemoveTrackFromQueue", coordinator_only=True)
def remove_track_from_queue(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Remove ``Q:0/<n>``."""
    object_id = args["ObjectID"]
    if not object_id.startswith("Q:0/") or not object_id[4:].isdigit():
        raise UPnPError(ERROR_INVALID_ARGS)
    speaker.playback.remove_range(int(object_id[4:]), 1)
    return {}


@action(AV_TRANSPORT, "RemoveTrackRangeFromQueue", coordinator_only=True)
def remove_track_range_from_queue(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Remove a block of tracks (1-based ``StartingIndex``)."""
    speaker.playback.remove_range(
        _int(args, "StartingIndex"), _int(args, "NumberOfTracks")
    )
    return {"NewUpdateID": speaker.playback.queue_update_id}


@action(AV_TRANSPORT, "ReorderTracksInQueue", coordinator_only=True)
def reorder_tracks_in_queue(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Move a block of tracks."""
    speaker.playback.reorder(
        _int(args, "StartingIndex"),
        _int(args, "NumberOfTracks"),
        _int(args, "InsertBefore"),
    )
    return {}


def _new_playlist(speaker: EmulatedSpeaker, title: str) -> SonosPlaylist:
    if not title:
        raise UPnPError(ERROR_INVALID_ARGS)
    return speaker.household.add_playlist(title)


@action(AV_TRANSPORT, "SaveQueue", coordinator_only=True)
def save_queue(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Save the queue as a new Sonos playlist."""
    playlist = _new_playlist(speaker, args["Title"])
    playlist.tracks = [item.copy() for item in speaker.playback.queue]
    return {"AssignedObjectID": playlist.item_id}


@action(AV_TRANSPORT, "CreateSavedQueue")
def create_saved_queue(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Create a Sonos playlist, optionally from one URI."""
    items = []
    if args["EnqueuedURI"]:
        items = speaker.resolve_enqueue(
            args["EnqueuedURI"], args["EnqueuedURIMetaData"]
        )
    playlist = _new_playlist(speaker, args["Title"])
    playlist.tracks = items
    return {
        "NumTracksAdded": len(items),
        "NewQueueLength": len(items),
        "AssignedObjectID": playlist.item_id,
        "NewUpdateID": playlist.update_id,
    }


def _playlist(speaker: EmulatedSpeaker, object_id: str) -> SonosPlaylist:
    number = object_id.removeprefix("SQ:")
    playlist = speaker.household.playlist(int(number)) if number.isdigit() else None
    if playlist is None:
        raise UPnPError(ERROR_NO_SUCH_OBJECT)
    return playlist


@action(AV_TRANSPORT, "AddURIToSavedQueue")
def add_uri_to_saved_queue(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Append (or insert) a URI to a Sonos playlist."""
    playlist = _playlist(speaker, args["ObjectID"])
    items = speaker.resolve_enqueue(args["EnqueuedURI"], args["EnqueuedURIMetaData"])
    index = _int(args, "AddAtIndex")
    index = min(index, len(playlist.tracks))
    playlist.tracks[index:index] = items
    playlist.update_id += 1
    speaker.household.playlists_update_id += 1
    return {
        "NumTracksAdded": len(items),
        "NewQueueLength": len(playlist.tracks),
        "NewUpdateID": playlist.update_id,
    }


@action(AV_TRANSPORT, "ReorderTracksInSavedQueue")
def reorder_tracks_in_saved_queue(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Move or (with an empty position) remove tracks of a Sonos playlist."""
    playlist = _playlist(speaker, args["ObjectID"])
    before = len(playlist.tracks)
    try:
        tracks = [int(part) for part in args["TrackList"].split(",") if part != ""]
    except ValueError:
        raise UPnPError(ERROR_INVALID_ARGS) from None
    positions = args["NewPositionList"].split(",")
    if any(not 0 <= track < before for track in tracks):
        raise UPnPError(ERROR_INVALID_ARGS)
    if args["NewPositionList"] == "":
        for track in sorted(set(tracks), reverse=True):
            del playlist.tracks[track]
    elif len(positions) != len(tracks):
        raise UPnPError(ERROR_INVALID_ARGS)
    else:
        for track, position in zip(tracks, positions, strict=True):
            item = playlist.tracks.pop(track)
            if position != "":
                playlist.tracks.insert(int(position), item)
    playlist.update_id += 1
    speaker.household.playlists_update_id += 1
    return {
        "QueueLengthChange": len(playlist.tracks) - before,
        "NewQueueLength": len(playlist.tracks),
        "NewUpdateID": playlist.update_id,
    }


@action(AV_TRANSPORT, "GetMediaInfo")
def get_media_info(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the transport URI and how many tracks it has."""
    playback = speaker.playback
    return {
        "NrTracks": speaker.number_of_tracks(),
        "MediaDuration": "NOT_IMPLEMENTED",
        "CurrentURI": playback.uri,
        "CurrentURIMetaData": playback.uri_metadata,
        "NextURI": "",
        "NextURIMetaData": "",
        "PlayMedium": "LINE-IN" if playback.source == Source.LINE_IN else "NETWORK",
        "RecordMedium": "NOT_IMPLEMENTED",
        "WriteStatus": "NOT_IMPLEMENTED",
    }


@action(AV_TRANSPORT, "GetTransportInfo")
def get_transport_info(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the transport state (a member reports its group's)."""
    return {
        "CurrentTransportState": speaker.transport_state,
        "CurrentTransportStatus": "OK",
        "CurrentSpeed": "1",
    }


@action(AV_TRANSPORT, "GetPositionInfo")
def get_position_info(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the current track and the position in it."""
    info = speaker.track_info()
    return {
        "Track": info.number,
        "TrackDuration": info.duration,
        "TrackMetaData": info.metadata,
        "TrackURI": info.uri,
        "RelTime": info.position,
        "AbsTime": "NOT_IMPLEMENTED",
        "RelCount": 2147483647,
        "AbsCount": 2147483647,
    }


@action(AV_TRANSPORT, "GetDeviceCapabilities")
def get_device_capabilities(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the (fixed) device capabilities."""
    return {
        "PlayMedia": "NONE,NETWORK",
        "RecMedia": "NONE",
        "RecQualityModes": "NOT_IMPLEMENTED",
    }


@action(AV_TRANSPORT, "GetTransportSettings")
def get_transport_settings(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the play mode of the group."""
    return {
        "PlayMode": speaker.coordinator.playback.play_mode,
        "RecQualityMode": "NOT_IMPLEMENTED",
    }


@action(AV_TRANSPORT, "GetCrossfadeMode")
def get_crossfade_mode(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report whether the group crossfades."""
    return {"CrossfadeMode": speaker.coordinator.playback.crossfade}


@action(AV_TRANSPORT, "Play", coordinator_only=True)
def play(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Start playing."""
    speaker.playback.play()
    return {}


@action(AV_TRANSPORT, "Pause", coordinator_only=True)
def pause(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Pause."""
    speaker.playback.pause()
    return {}


@action(AV_TRANSPORT, "Stop", coordinator_only=True)
def stop(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Stop."""
    speaker.playback.stop()
    return {}


@action(AV_TRANSPORT, "Next", coordinator_only=True)
def next_track(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Skip to the next track."""
    speaker.playback.next()
    return {}


@action(AV_TRANSPORT, "Previous", coordinator_only=True)
def previous_track(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Go to the previous track."""
    speaker.playback.previous()
    return {}


@action(AV_TRANSPORT, "Seek", coordinator_only=True)
def seek(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Seek to a time (``REL_TIME``) or a queue track (``TRACK_NR``)."""
    unit = args["Unit"]
    target = args["Target"]
    if unit == "TRACK_NR":
        if not target.isdigit():
            raise UPnPError(ERROR_ILLEGAL_SEEK_TARGET)
        speaker.playback.seek_track(int(target))
    elif unit == "REL_TIME":
        seconds = parse_duration(target)
        if seconds is None:
            raise UPnPError(ERROR_ILLEGAL_SEEK_TARGET)
        speaker.playback.seek_time(seconds)
    else:
        raise UPnPError(ERROR_SEEK_MODE_NOT_SUPPORTED)
    return {}


@action(AV_TRANSPORT, "SetPlayMode", coordinator_only=True)
def set_play_mode(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Set shuffle/repeat."""
    speaker.playback.set_play_mode(args["NewPlayMode"].upper())
    return {}


@action(AV_TRANSPORT, "SetCrossfadeMode", coordinator_only=True)
def set_crossfade_mode(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Turn crossfade on or off."""
    speaker.playback.crossfade = _bool(args, "CrossfadeMode")
    return {}


@action(AV_TRANSPORT, "ConfigureSleepTimer", coordinator_only=True)
def configure_sleep_timer(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Start (``H:MM:SS``) or cancel (empty) the sleep timer."""
    text = args["NewSleepTimerDuration"]
    if text == "":
        speaker.playback.configure_sleep_timer(None)
        return {}
    seconds = parse_duration(text)
    if seconds is None or seconds > 86399:
        raise UPnPError(ERROR_INVALID_ARGS)
    speaker.playback.configure_sleep_timer(seconds)
    return {}


@action(AV_TRANSPORT, "GetRemainingSleepTimerDuration")
def get_remaining_sleep_timer_duration(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the time left on the sleep timer (empty when none runs)."""
    playback = speaker.coordinator.playback
    remaining = playback.sleep_remaining()
    return {
        "RemainingSleepTimerDuration": ""
        if remaining is None
        else format_duration(remaining),
        "CurrentSleepTimerGeneration": playback.sleep_generation,
    }


@action(AV_TRANSPORT, "GetCurrentTransportActions")
def get_current_transport_actions(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report which transport actions the current source allows."""
    return {"Actions": speaker.transport_actions()}


@action(AV_TRANSPORT, "BecomeCoordinatorOfStandaloneGroup")
def become_coordinator_of_standalone_group(
    speaker: EmulatedSpeaker, args: Args
) -> Values:
    """Leave the group (``unjoin``)."""
    delegated, group_id = speaker.household.unjoin(speaker)
    return {"DelegatedGroupCoordinatorID": delegated, "NewGroupID": group_id}


@action(AV_TRANSPORT, "EndDirectControlSession", coordinator_only=True)
def end_direct_control_session(speaker: EmulatedSpeaker, args: Args) -> Values:
    """End a Spotify Connect/AirPlay session: the speaker goes back to its queue."""
    if speaker.playback.source in (Source.SPOTIFY_CONNECT, Source.AIRPLAY):
        speaker.playback.select_queue()
    return {}


# RenderingControl -------------------------------------------------------------------


def _channel(args: Args) -> str:
    channel = args.get("Channel", "Master")
    if channel not in ("Master", "LF", "RF", "SpeakerOnly"):
        raise UPnPError(ERROR_INVALID_ARGS)
    return channel


@action(RENDERING_CONTROL, "GetVolume")
def get_volume(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the volume of a channel."""
    channel = _channel(args)
    rendering = speaker.rendering
    volume = {"LF": rendering.left, "RF": rendering.right}.get(
        channel, rendering.volume
    )
    return {"CurrentVolume": volume}


@action(RENDERING_CONTROL, "SetVolume")
def set_volume(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Set the volume of a channel (0-100)."""
    channel = _channel(args)
    volume = _ranged(args, "DesiredVolume", 0, 100)
    if channel == "LF":
        speaker.rendering.left = volume
    elif channel == "RF":
        speaker.rendering.right = volume
    else:
        speaker.rendering.volume = volume
    return {}


@action(RENDERING_CONTROL, "SetRelativeVolume")
def set_relative_volume(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Change the volume by ``Adjustment`` (clamped to 0-100)."""
    _channel(args)
    volume = max(0, min(100, speaker.rendering.volume + _int(args, "Adjustment")))
    speaker.rendering.volume = volume
    return {"NewVolume": volume}


@action(RENDERING_CONTROL, "RampToVolume")
def ramp_to_volume(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Set the volume at once and report how long a real ramp would take."""
    _channel(args)
    target = _ranged(args, "DesiredVolume", 0, 100)
    start = speaker.rendering.volume
    rates = {"ALARM_RAMP_TYPE": 2.5, "AUTOPLAY_RAMP_TYPE": 50.0}
    rate = rates.get(args["RampType"], 1.25)
    distance = target if args["RampType"] in rates else abs(target - start)
    speaker.rendering.volume = target
    return {"RampTime": int(distance / rate)}


@action(RENDERING_CONTROL, "GetMute")
def get_mute(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the mute state."""
    _channel(args)
    return {"CurrentMute": speaker.rendering.mute}


@action(RENDERING_CONTROL, "SetMute")
def set_mute(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Mute or unmute."""
    _channel(args)
    speaker.rendering.mute = _bool(args, "DesiredMute")
    return {}


@action(RENDERING_CONTROL, "GetBass")
def get_bass(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the bass EQ."""
    return {"CurrentBass": speaker.rendering.bass}


@action(RENDERING_CONTROL, "SetBass")
def set_bass(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Set the bass EQ (-10..10)."""
    speaker.rendering.bass = _ranged(args, "DesiredBass", -10, 10)
    return {}


@action(RENDERING_CONTROL, "GetTreble")
def get_treble(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the treble EQ."""
    return {"CurrentTreble": speaker.rendering.treble}


@action(RENDERING_CONTROL, "SetTreble")
def set_treble(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Set the treble EQ (-10..10)."""
    speaker.rendering.treble = _ranged(args, "DesiredTreble", -10, 10)
    return {}


@action(RENDERING_CONTROL, "GetLoudness")
def get_loudness(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report loudness compensation."""
    return {"CurrentLoudness": speaker.rendering.loudness}


@action(RENDERING_CONTROL, "SetLoudness")
def set_loudness(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Turn loudness compensation on or off."""
    speaker.rendering.loudness = _bool(args, "DesiredLoudness")
    return {}


@action(RENDERING_CONTROL, "GetEQ")
def get_eq(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report a soundbar EQ value (402 for types the model lacks)."""
    value = speaker.rendering.eq.get(args["EQType"])
    if value is None:
        raise UPnPError(ERROR_INVALID_ARGS)
    return {"CurrentValue": value}


@action(RENDERING_CONTROL, "SetEQ")
def set_eq(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Set a soundbar EQ value."""
    eq_type = args["EQType"]
    if eq_type not in speaker.rendering.eq:
        raise UPnPError(ERROR_INVALID_ARGS)
    low, high = _EQ_RANGES.get(eq_type, (-100, 100))
    if eq_type == "DialogLevel" and speaker.model.is_ultra_soundbar:
        # Arc Ultra: speech enhancement in five levels.
        low, high = 0, 4
    speaker.rendering.eq[eq_type] = _ranged(args, "DesiredValue", low, high)
    return {}


@action(RENDERING_CONTROL, "GetOutputFixed")
def get_output_fixed(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report fixed volume output (always off for these models)."""
    return {"CurrentFixed": speaker.rendering.output_fixed}


@action(RENDERING_CONTROL, "SetOutputFixed")
def set_output_fixed(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Fixed volume is not supported by the emulated models."""
    raise UPnPError(ERROR_COMMAND_FAILED)


@action(RENDERING_CONTROL, "GetSupportsOutputFixed")
def get_supports_output_fixed(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report that fixed volume output is not supported."""
    return {"CurrentSupportsFixed": False}


@action(RENDERING_CONTROL, "GetRoomCalibrationStatus")
def get_room_calibration_status(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report that no Trueplay calibration exists."""
    return {"RoomCalibrationEnabled": False, "RoomCalibrationAvailable": False}


# GroupRenderingControl -----------------------------------------------------------------


@action(GROUP_RENDERING_CONTROL, "GetGroupVolume")
def get_group_volume(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the group volume (mean of the members)."""
    return {"CurrentVolume": speaker.group_volume()}


def _apply_group_volume(speaker: EmulatedSpeaker, target: int) -> int:
    members = speaker.group_members
    snapshot = speaker.group_volume_snapshot or {
        m.uid: m.rendering.volume for m in members
    }
    volumes = [snapshot.get(m.uid, m.rendering.volume) for m in members]
    average = sum(volumes) / len(volumes)
    for member, base in zip(members, volumes, strict=True):
        if average == 0:
            member.rendering.volume = target
        else:
            member.rendering.volume = max(0, min(100, round(base * target / average)))
    return speaker.group_volume()


@action(GROUP_RENDERING_CONTROL, "SetGroupVolume", coordinator_only=True)
def set_group_volume(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Scale every member's volume so the group reaches the target."""
    _apply_group_volume(speaker, _ranged(args, "DesiredVolume", 0, 100))
    return {}


@action(GROUP_RENDERING_CONTROL, "SetRelativeGroupVolume", coordinator_only=True)
def set_relative_group_volume(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Change the group volume by ``Adjustment``."""
    target = max(0, min(100, speaker.group_volume() + _int(args, "Adjustment")))
    return {"NewVolume": _apply_group_volume(speaker, target)}


@action(GROUP_RENDERING_CONTROL, "SnapshotGroupVolume", coordinator_only=True)
def snapshot_group_volume(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Remember the members' volumes as the base of later group changes."""
    speaker.group_volume_snapshot = {
        m.uid: m.rendering.volume for m in speaker.group_members
    }
    return {}


@action(GROUP_RENDERING_CONTROL, "GetGroupMute")
def get_group_mute(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report whether every member is muted."""
    return {"CurrentMute": speaker.group_mute()}


@action(GROUP_RENDERING_CONTROL, "SetGroupMute", coordinator_only=True)
def set_group_mute(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Mute or unmute every member."""
    mute = _bool(args, "DesiredMute")
    for member in speaker.group_members:
        member.rendering.mute = mute
    return {}


# ZoneGroupTopology ----------------------------------------------------------------------


@action(ZONE_GROUP_TOPOLOGY, "GetZoneGroupState")
def get_zone_group_state(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Return the household's ZoneGroupState XML."""
    return {"ZoneGroupState": speaker.household.zone_group_state()}


@action(ZONE_GROUP_TOPOLOGY, "GetZoneGroupAttributes")
def get_zone_group_attributes(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Describe the group this speaker is in."""
    group = speaker.household.group_of(speaker)
    return {
        "CurrentZoneGroupName": speaker.household.group_name(group),
        "CurrentZoneGroupID": group.group_id,
        "CurrentZonePlayerUUIDsInGroup": ",".join(group.members),
        "CurrentMuseHouseholdId": speaker.household_id,
    }


# DeviceProperties -------------------------------------------------------------------------


@action(DEVICE_PROPERTIES, "GetZoneAttributes")
def get_zone_attributes(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report room name and icon."""
    return {
        "CurrentZoneName": speaker.room_name,
        "CurrentIcon": speaker.icon,
        "CurrentConfiguration": "1",
        "CurrentTargetRoomName": speaker.room_name,
    }


@action(DEVICE_PROPERTIES, "SetZoneAttributes")
def set_zone_attributes(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Rename the room (and change its icon)."""
    if name := args["DesiredZoneName"]:
        speaker.room_name = name
    if icon := args["DesiredIcon"]:
        speaker.icon = icon
    return {}


@action(DEVICE_PROPERTIES, "GetZoneInfo")
def get_zone_info(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report serial, versions and addresses."""
    return {
        "SerialNumber": speaker.serial,
        "SoftwareVersion": speaker.software_version,
        "DisplaySoftwareVersion": speaker.display_version,
        "HardwareVersion": speaker.hardware_version,
        "IPAddress": speaker.ip_address,
        "MACAddress": speaker.mac,
        "CopyrightInfo": "© 2004-2026 Sonos, Inc. All rights reserved.",
        "ExtraInfo": "",
        "HTAudioIn": speaker.ht_audio_in,
        "Flags": 0,
    }


@action(DEVICE_PROPERTIES, "GetHouseholdID")
def get_household_id(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the household id."""
    return {"CurrentHouseholdID": speaker.household_id}


@action(DEVICE_PROPERTIES, "GetLEDState")
def get_led_state(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the status light."""
    return {"CurrentLEDState": "On" if speaker.led_on else "Off"}


@action(DEVICE_PROPERTIES, "SetLEDState")
def set_led_state(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Switch the status light."""
    state = args["DesiredLEDState"]
    if state not in ("On", "Off"):
        raise UPnPError(ERROR_INVALID_ARGS)
    speaker.led_on = state == "On"
    return {}


@action(DEVICE_PROPERTIES, "GetButtonLockState")
def get_button_lock_state(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report whether the buttons are locked."""
    return {"CurrentButtonLockState": "On" if speaker.buttons_locked else "Off"}


@action(DEVICE_PROPERTIES, "SetButtonLockState")
def set_button_lock_state(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Lock or unlock the buttons."""
    state = args["DesiredButtonLockState"]
    if state not in ("On", "Off"):
        raise UPnPError(ERROR_INVALID_ARGS)
    speaker.buttons_locked = state == "On"
    return {}


def _tv_source(speaker: EmulatedSpeaker, args: Args) -> None:
    """Autoplay is for TV audio, on speakers with HDMI (402 elsewhere)."""
    if args["Source"] != "TV" or not speaker.model.has_tv:
        raise UPnPError(ERROR_INVALID_ARGS)


@action(DEVICE_PROPERTIES, "GetAutoplayRoomUUID")
def get_autoplay_room_uuid(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the room that plays TV audio when it starts ("" for none)."""
    _tv_source(speaker, args)
    return {"RoomUUID": speaker.autoplay_room}


@action(DEVICE_PROPERTIES, "SetAutoplayRoomUUID")
def set_autoplay_room_uuid(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Turn TV autoplay on (this room) or off; off also regroups on autoplay."""
    _tv_source(speaker, args)
    room = args["RoomUUID"]
    if room not in ("", speaker.uid):
        raise UPnPError(ERROR_INVALID_ARGS)
    speaker.autoplay_room = room
    if not room:
        speaker.autoplay_linked_zones = True
    return {}


@action(DEVICE_PROPERTIES, "GetAutoplayLinkedZones")
def get_autoplay_linked_zones(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report whether TV autoplay takes the group along."""
    _tv_source(speaker, args)
    return {"IncludeLinkedZones": speaker.autoplay_linked_zones}


@action(DEVICE_PROPERTIES, "SetAutoplayLinkedZones")
def set_autoplay_linked_zones(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Choose whether TV autoplay takes the group along."""
    _tv_source(speaker, args)
    speaker.autoplay_linked_zones = _bool(args, "IncludeLinkedZones")
    return {}


@action(DEVICE_PROPERTIES, "GetInvisible")
def get_invisible(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Emulated speakers are always visible."""
    return {"CurrentInvisible": False}


# ContentDirectory ----------------------------------------------------------------------------


def _page(elements: list[str], args: Args) -> tuple[list[str], int]:
    start = _int(args, "StartingIndex")
    count = _int(args, "RequestedCount")
    if start < 0 or count < 0:
        raise UPnPError(ERROR_INVALID_ARGS)
    end = len(elements) if count == 0 else start + count
    return elements[start:end], len(elements)


def _browse_children(speaker: EmulatedSpeaker, object_id: str) -> tuple[list[str], int]:
    household = speaker.household
    if object_id == "Q:0":
        return (
            [
                queue_item_element(index, item.uri, item.metadata)
                for index, item in enumerate(speaker.playback.queue, start=1)
            ],
            speaker.playback.queue_update_id,
        )
    if object_id == "FV:2":
        return (
            [
                favorite_element(favorite, ordinal)
                for ordinal, favorite in enumerate(household.favorites)
            ],
            household.favorites_update_id,
        )
    if object_id == "SQ:":
        return (
            [playlist_container_element(p) for p in household.playlists],
            household.playlists_update_id,
        )
    if object_id.startswith("SQ:"):
        playlist = _playlist(speaker, object_id)
        return (
            [
                didl_element(
                    f"{playlist.item_id}/{index}",
                    playlist.item_id,
                    item.metadata,
                    item.uri,
                )
                for index, item in enumerate(playlist.tracks)
            ],
            playlist.update_id,
        )
    if object_id.startswith(EMPTY_LIBRARY_PREFIXES):
        return [], 1
    raise UPnPError(ERROR_NO_SUCH_OBJECT)


@action(CONTENT_DIRECTORY, "Browse")
def browse(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Browse the queue, favorites and Sonos playlists (with paging)."""
    object_id = args["ObjectID"]
    flag = args["BrowseFlag"]
    if flag == "BrowseMetadata":
        if object_id == "Q:0":
            result = queue_container(len(speaker.playback.queue))
        elif object_id.startswith("SQ:") and object_id != "SQ:":
            playlist = _playlist(speaker, object_id)
            result = didl_lite(playlist_container_element(playlist))
        else:
            raise UPnPError(ERROR_NO_SUCH_OBJECT)
        return {"Result": result, "NumberReturned": 1, "TotalMatches": 1, "UpdateID": 1}
    if flag != "BrowseDirectChildren":
        raise UPnPError(ERROR_INVALID_ARGS)
    elements, update_id = _browse_children(speaker, object_id)
    page, total = _page(elements, args)
    return {
        "Result": didl_lite(*page),
        "NumberReturned": len(page),
        "TotalMatches": total,
        "UpdateID": update_id,
    }


@action(CONTENT_DIRECTORY, "DestroyObject")
def destroy_object(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Delete a Sonos playlist."""
    playlist = _playlist(speaker, args["ObjectID"])
    speaker.household.remove_playlist(playlist)
    return {}


@action(CONTENT_DIRECTORY, "GetSystemUpdateID")
def get_system_update_id(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the system update id."""
    return {"Id": speaker.household.playlists_update_id + 100}


# AudioIn -----------------------------------------------------------------------


@action(AUDIO_IN, "GetAudioInputAttributes")
def get_audio_input_attributes(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Describe the line-in (402 on models without one)."""
    if not speaker.model.has_line_in:
        raise UPnPError(ERROR_INVALID_ARGS)
    return {"CurrentName": speaker.room_name, "CurrentIcon": "AudioComponent"}


@action(AUDIO_IN, "GetLineInLevel")
def get_line_in_level(speaker: EmulatedSpeaker, args: Args) -> Values:
    """Report the line-in levels (402 on models without one)."""
    if not speaker.model.has_line_in:
        raise UPnPError(ERROR_INVALID_ARGS)
    return {"CurrentLeftLineInLevel": 1, "CurrentRightLineInLevel": 1}


# AlarmClock lives in `alarms`.

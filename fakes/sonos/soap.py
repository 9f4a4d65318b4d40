"""SOAP envelopes, UPnP faults and the table of services and actions.

The action table is the single source for three things: which actions a speaker
answers (anything else is UPnP error 401), which in-arguments are required
(missing ones are error 402; extra ones are ignored, as real speakers ignore the
``Channel`` SoCo sends with ``GetPositionInfo``), and the SCPD documents served
at ``/xml/<Service>1.xml`` that SoCo reads when it is called with keyword
arguments.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from xml.sax.saxutils import escape

from lxml import etree

NS_SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
NS_CONTROL = "urn:schemas-upnp-org:control-1-0"

# UPnP error codes the emulator answers with.
ERROR_INVALID_ACTION = 401
ERROR_INVALID_ARGS = 402
ERROR_TRANSITION_NOT_AVAILABLE = 701
ERROR_NO_SUCH_OBJECT = 701  # ContentDirectory meaning of 701
ERROR_SEEK_MODE_NOT_SUPPORTED = 710
ERROR_ILLEGAL_SEEK_TARGET = 711
ERROR_PLAY_MODE_NOT_SUPPORTED = 712
ERROR_ILLEGAL_MIME_TYPE = 714
ERROR_RESOURCE_NOT_FOUND = 716
ERROR_COMMAND_FAILED = 800

ERROR_DESCRIPTIONS: dict[int, str] = {
    401: "Invalid Action",
    402: "Invalid Args",
    701: "Transition not available",
    710: "Seek mode not supported",
    711: "Illegal seek target",
    712: "Play mode not supported",
    714: "Illegal MIME-Type",
    716: "Resource not found",
    800: "Command failed",
}


class UPnPError(Exception):
    """Raised by an action handler to answer with a UPnP fault."""

    def __init__(self, code: int, description: str | None = None) -> None:
        """Store the UPnP error code and an optional description."""
        self.code = code
        self.description = description or ERROR_DESCRIPTIONS.get(code, "")
        super().__init__(f"UPnP error {code}: {self.description}")


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One UPnP action: its in- and out-argument names."""

    name: str
    in_args: tuple[str, ...]
    out_args: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ServiceSpec:
    """A UPnP service of the ZonePlayer and where it lives."""

    service_type: str
    device: str  # "ZonePlayer", "MediaServer" or "MediaRenderer"
    control_url: str
    event_url: str
    scpd_url: str
    actions: Mapping[str, ActionSpec]
    evented: tuple[str, ...]

    @property
    def urn(self) -> str:
        """The service type URN, e.g. ``urn:schemas-upnp-org:service:AVTransport:1``."""
        return f"urn:schemas-upnp-org:service:{self.service_type}:1"

    @property
    def service_id(self) -> str:
        """The service id URN used in device descriptions."""
        return f"urn:upnp-org:serviceId:{self.service_type}"


# Data types of arguments for the SCPD documents; anything unlisted is a string.
ARG_TYPES: dict[str, str] = {
    "InstanceID": "ui4",
    "DesiredVolume": "ui2",
    "CurrentVolume": "ui2",
    "NewVolume": "ui2",
    "Adjustment": "i4",
    "DesiredMute": "boolean",
    "CurrentMute": "boolean",
    "DesiredLoudness": "boolean",
    "CurrentLoudness": "boolean",
    "DesiredBass": "i2",
    "CurrentBass": "i2",
    "DesiredTreble": "i2",
    "CurrentTreble": "i2",
    "DesiredValue": "i4",
    "CurrentValue": "i4",
    "RampTime": "ui4",
    "ResetVolumeAfter": "boolean",
    "DesiredFirstTrackNumberEnqueued": "ui4",
    "FirstTrackNumberEnqueued": "ui4",
    "NumTracksAdded": "ui4",
    "NewQueueLength": "ui4",
    "EnqueueAsNext": "boolean",
    "NumberOfURIs": "ui4",
    "UpdateID": "ui4",
    "NewUpdateID": "ui4",
    "StartingIndex": "ui4",
    "NumberOfTracks": "ui4",
    "InsertBefore": "ui4",
    "RequestedCount": "ui4",
    "NumberReturned": "ui4",
    "TotalMatches": "ui4",
    "NrTracks": "ui4",
    "Track": "ui4",
    "RelCount": "i4",
    "AbsCount": "i4",
    "CrossfadeMode": "boolean",
    "QueueLengthChange": "i4",
    "AddAtIndex": "ui4",
    "CurrentSleepTimerGeneration": "ui4",
    "HTAudioIn": "ui4",
    "Flags": "ui4",
    "CurrentLeftLineInLevel": "i4",
    "CurrentRightLineInLevel": "i4",
    "AssignedID": "ui4",
    "ID": "ui4",
    "Volume": "ui2",
    "IncludeLinkedZones": "boolean",
}

# Allowed values of a few arguments, shown in the SCPD like real speakers do.
ARG_ALLOWED: dict[str, tuple[str, ...]] = {
    "Channel": ("Master", "LF", "RF", "SpeakerOnly"),
    "NewPlayMode": (
        "NORMAL",
        "REPEAT_ALL",
        "REPEAT_ONE",
        "SHUFFLE_NOREPEAT",
        "SHUFFLE",
        "SHUFFLE_REPEAT_ONE",
    ),
    "Unit": ("TRACK_NR", "REL_TIME", "TIME_DELTA"),
    "BrowseFlag": ("BrowseMetadata", "BrowseDirectChildren"),
}


def _actions(*specs: tuple[str, str, str]) -> dict[str, ActionSpec]:
    return {
        name: ActionSpec(name, tuple(ins.split()), tuple(outs.split()))
        for name, ins, outs in specs
    }


_I = "InstanceID"

AV_TRANSPORT_ACTIONS = _actions(
    ("SetAVTransportURI", f"{_I} CurrentURI CurrentURIMetaData", ""),
    ("SetNextAVTransportURI", f"{_I} NextURI NextURIMetaData", ""),
    (
        "AddURIToQueue",
        (
            f"{_I} EnqueuedURI EnqueuedURIMetaData DesiredFirstTrackNumberEnqueued "
            "EnqueueAsNext"
        ),
        "FirstTrackNumberEnqueued NumTracksAdded NewQueueLength",
    ),
    (
        "AddMultipleURIsToQueue",
        (
            f"{_I} UpdateID NumberOfURIs EnqueuedURIs EnqueuedURIsMetaData ContainerURI "
            "ContainerMetaData DesiredFirstTrackNumberEnqueued EnqueueAsNext"
        ),
        "FirstTrackNumberEnqueued NumTracksAdded NewQueueLength NewUpdateID",
    ),
    (
        "ReorderTracksInQueue",
        f"{_I} StartingIndex NumberOfTracks InsertBefore UpdateID",
        "",
    ),
    ("RemoveTrackFromQueue", f"{_I} ObjectID UpdateID", ""),
    (
        "RemoveTrackRangeFromQueue",
        f"{_I} UpdateID StartingIndex NumberOfTracks",
        "NewUpdateID",
    ),
    ("RemoveAllTracksFromQueue", _I, ""),
    ("SaveQueue", f"{_I} Title ObjectID", "AssignedObjectID"),
    (
        "CreateSavedQueue",
        f"{_I} Title EnqueuedURI EnqueuedURIMetaData",
        "NumTracksAdded NewQueueLength AssignedObjectID NewUpdateID",
    ),
    (
        "AddURIToSavedQueue",
        f"{_I} ObjectID UpdateID EnqueuedURI EnqueuedURIMetaData AddAtIndex",
        "NumTracksAdded NewQueueLength NewUpdateID",
    ),
    (
        "ReorderTracksInSavedQueue",
        f"{_I} ObjectID UpdateID TrackList NewPositionList",
        "QueueLengthChange NewQueueLength NewUpdateID",
    ),
    (
        "GetMediaInfo",
        _I,
        (
            "NrTracks MediaDuration CurrentURI CurrentURIMetaData NextURI "
            "NextURIMetaData PlayMedium RecordMedium WriteStatus"
        ),
    ),
    (
        "GetTransportInfo",
        _I,
        "CurrentTransportState CurrentTransportStatus CurrentSpeed",
    ),
    (
        "GetPositionInfo",
        _I,
        "Track TrackDuration TrackMetaData TrackURI RelTime AbsTime RelCount AbsCount",
    ),
    ("GetDeviceCapabilities", _I, "PlayMedia RecMedia RecQualityModes"),
    ("GetTransportSettings", _I, "PlayMode RecQualityMode"),
    ("GetCrossfadeMode", _I, "CrossfadeMode"),
    ("Stop", _I, ""),
    ("Play", f"{_I} Speed", ""),
    ("Pause", _I, ""),
    ("Seek", f"{_I} Unit Target", ""),
    ("Next", _I, ""),
    ("Previous", _I, ""),
    ("SetPlayMode", f"{_I} NewPlayMode", ""),
    ("SetCrossfadeMode", f"{_I} CrossfadeMode", ""),
    ("ConfigureSleepTimer", f"{_I} NewSleepTimerDuration", ""),
    (
        "GetRemainingSleepTimerDuration",
        _I,
        "RemainingSleepTimerDuration CurrentSleepTimerGeneration",
    ),
    ("GetCurrentTransportActions", _I, "Actions"),
    (
        "BecomeCoordinatorOfStandaloneGroup",
        _I,
        "DelegatedGroupCoordinatorID NewGroupID",
    ),
    ("EndDirectControlSession", _I, ""),
)

RENDERING_CONTROL_ACTIONS = _actions(
    ("GetMute", f"{_I} Channel", "CurrentMute"),
    ("SetMute", f"{_I} Channel DesiredMute", ""),
    ("GetVolume", f"{_I} Channel", "CurrentVolume"),
    ("SetVolume", f"{_I} Channel DesiredVolume", ""),
    ("SetRelativeVolume", f"{_I} Channel Adjustment", "NewVolume"),
    (
        "RampToVolume",
        f"{_I} Channel RampType DesiredVolume ResetVolumeAfter ProgramURI",
        "RampTime",
    ),
    ("GetBass", _I, "CurrentBass"),
    ("SetBass", f"{_I} DesiredBass", ""),
    ("GetTreble", _I, "CurrentTreble"),
    ("SetTreble", f"{_I} DesiredTreble", ""),
    ("GetLoudness", f"{_I} Channel", "CurrentLoudness"),
    ("SetLoudness", f"{_I} Channel DesiredLoudness", ""),
    ("GetEQ", f"{_I} EQType", "CurrentValue"),
    ("SetEQ", f"{_I} EQType DesiredValue", ""),
    ("GetOutputFixed", _I, "CurrentFixed"),
    ("SetOutputFixed", f"{_I} DesiredFixed", ""),
    ("GetSupportsOutputFixed", _I, "CurrentSupportsFixed"),
    (
        "GetRoomCalibrationStatus",
        _I,
        "RoomCalibrationEnabled RoomCalibrationAvailable",
    ),
)

GROUP_RENDERING_CONTROL_ACTIONS = _actions(
    ("GetGroupMute", _I, "CurrentMute"),
    ("SetGroupMute", f"{_I} DesiredMute", ""),
    ("GetGroupVolume", _I, "CurrentVolume"),
    ("SetGroupVolume", f"{_I} DesiredVolume", ""),
    ("SetRelativeGroupVolume", f"{_I} Adjustment", "NewVolume"),
    ("SnapshotGroupVolume", _I, ""),
)

ZONE_GROUP_TOPOLOGY_ACTIONS = _actions(
    ("GetZoneGroupState", "", "ZoneGroupState"),
    (
        "GetZoneGroupAttributes",
        "",
        (
            "CurrentZoneGroupName CurrentZoneGroupID CurrentZonePlayerUUIDsInGroup "
            "CurrentMuseHouseholdId"
        ),
    ),
)

DEVICE_PROPERTIES_ACTIONS = _actions(
    (
        "GetZoneAttributes",
        "",
        "CurrentZoneName CurrentIcon CurrentConfiguration CurrentTargetRoomName",
    ),
    ("SetZoneAttributes", "DesiredZoneName DesiredIcon DesiredConfiguration", ""),
    (
        "GetZoneInfo",
        "",
        (
            "SerialNumber SoftwareVersion DisplaySoftwareVersion HardwareVersion "
            "IPAddress MACAddress CopyrightInfo ExtraInfo HTAudioIn Flags"
        ),
    ),
    ("GetHouseholdID", "", "CurrentHouseholdID"),
    ("GetLEDState", "", "CurrentLEDState"),
    ("SetLEDState", "DesiredLEDState", ""),
    ("GetButtonLockState", "", "CurrentButtonLockState"),
    ("SetButtonLockState", "DesiredButtonLockState", ""),
    ("GetInvisible", "", "CurrentInvisible"),
    ("GetAutoplayRoomUUID", "Source", "RoomUUID"),
    ("SetAutoplayRoomUUID", "RoomUUID Source", ""),
    ("GetAutoplayLinkedZones", "Source", "IncludeLinkedZones"),
    ("SetAutoplayLinkedZones", "IncludeLinkedZones Source", ""),
)

CONTENT_DIRECTORY_ACTIONS = _actions(
    (
        "Browse",
        "ObjectID BrowseFlag Filter StartingIndex RequestedCount SortCriteria",
        "Result NumberReturned TotalMatches UpdateID",
    ),
    ("DestroyObject", "ObjectID", ""),
    ("GetSystemUpdateID", "", "Id"),
)

AUDIO_IN_ACTIONS = _actions(
    ("GetAudioInputAttributes", "", "CurrentName CurrentIcon"),
    ("GetLineInLevel", "", "CurrentLeftLineInLevel CurrentRightLineInLevel"),
)

_ALARM_FIELDS = (
    "StartLocalTime Duration Recurrence Enabled RoomUUID ProgramURI "
    "ProgramMetaData PlayMode Volume IncludeLinkedZones"
)
ALARM_CLOCK_ACTIONS = _actions(
    ("ListAlarms", "", "CurrentAlarmList CurrentAlarmListVersion"),
    ("CreateAlarm", _ALARM_FIELDS, "AssignedID"),
    ("UpdateAlarm", f"ID {_ALARM_FIELDS}", ""),
    ("DestroyAlarm", "ID", ""),
)

AV_TRANSPORT = "AVTransport"
RENDERING_CONTROL = "RenderingControl"
GROUP_RENDERING_CONTROL = "GroupRenderingControl"
ZONE_GROUP_TOPOLOGY = "ZoneGroupTopology"
DEVICE_PROPERTIES = "DeviceProperties"
CONTENT_DIRECTORY = "ContentDirectory"
AUDIO_IN = "AudioIn"
ALARM_CLOCK = "AlarmClock"


def _root_service(
    name: str, actions: Mapping[str, ActionSpec], *evented: str
) -> ServiceSpec:
    return ServiceSpec(
        name,
        "ZonePlayer",
        f"/{name}/Control",
        f"/{name}/Event",
        f"/xml/{name}1.xml",
        actions,
        evented,
    )


def _sub_service(
    device: str, name: str, actions: Mapping[str, ActionSpec], *evented: str
) -> ServiceSpec:
    return ServiceSpec(
        name,
        device,
        f"/{device}/{name}/Control",
        f"/{device}/{name}/Event",
        f"/xml/{name}1.xml",
        actions,
        evented,
    )


SERVICES: tuple[ServiceSpec, ...] = (
    _root_service(
        ALARM_CLOCK, ALARM_CLOCK_ACTIONS, "AlarmListVersion", "TimeZone", "TimeServer"
    ),
    _root_service("MusicServices", {}, "ServiceListVersion"),
    _root_service(AUDIO_IN, AUDIO_IN_ACTIONS, "AudioInputName", "LineInConnected"),
    _root_service(
        DEVICE_PROPERTIES,
        DEVICE_PROPERTIES_ACTIONS,
        "ZoneName",
        "Icon",
        "Configuration",
        "Invisible",
        "IsZoneBridge",
        "ChannelMapSet",
        "HTSatChanMapSet",
        "SupportsAudioIn",
        "MicEnabled",
        "MoreInfo",
    ),
    _root_service("SystemProperties", {}),
    _root_service(
        ZONE_GROUP_TOPOLOGY,
        ZONE_GROUP_TOPOLOGY_ACTIONS,
        "ZoneGroupState",
        "ZoneGroupName",
        "ZoneGroupID",
        "ZonePlayerUUIDsInGroup",
        "MuseHouseholdId",
    ),
    _root_service("GroupManagement", {}),
    _root_service("QPlay", {}),
    _sub_service(
        "MediaServer",
        CONTENT_DIRECTORY,
        CONTENT_DIRECTORY_ACTIONS,
        "SystemUpdateID",
        "ContainerUpdateIDs",
        "FavoritesUpdateID",
        "SavedQueuesUpdateID",
        "ShareListUpdateID",
        "RecentlyPlayedUpdateID",
    ),
    _sub_service("MediaServer", "ConnectionManager", {}),
    _sub_service(
        "MediaRenderer", RENDERING_CONTROL, RENDERING_CONTROL_ACTIONS, "LastChange"
    ),
    _sub_service("MediaRenderer", "ConnectionManager", {}),
    _sub_service("MediaRenderer", AV_TRANSPORT, AV_TRANSPORT_ACTIONS, "LastChange"),
    _sub_service("MediaRenderer", "Queue", {}, "LastChange"),
    _sub_service(
        "MediaRenderer",
        GROUP_RENDERING_CONTROL,
        GROUP_RENDERING_CONTROL_ACTIONS,
        "GroupMute",
        "GroupVolume",
        "GroupVolumeChangeable",
    ),
    _sub_service("MediaRenderer", "VirtualLineIn", {}),
)

SERVICES_BY_CONTROL_URL: dict[str, ServiceSpec] = {s.control_url: s for s in SERVICES}
SERVICES_BY_EVENT_URL: dict[str, ServiceSpec] = {s.event_url: s for s in SERVICES}
SCPD_BY_URL: dict[str, list[ServiceSpec]] = {}
for _service in SERVICES:
    SCPD_BY_URL.setdefault(_service.scpd_url, []).append(_service)

_SERVICE_ALIASES = {s.service_type.lower(): s.service_type for s in SERVICES} | {
    # SoCo attribute names
    "avtransport": AV_TRANSPORT,
    "renderingcontrol": RENDERING_CONTROL,
    "grouprenderingcontrol": GROUP_RENDERING_CONTROL,
    "zonegrouptopology": ZONE_GROUP_TOPOLOGY,
    "deviceproperties": DEVICE_PROPERTIES,
    "contentdirectory": CONTENT_DIRECTORY,
}


def canonical_service_name(name: str) -> str:
    """Map ``avTransport``/``AVTransport``/``avtransport`` to ``AVTransport``."""
    try:
        return _SERVICE_ALIASES[name.lower()]
    except KeyError:
        raise ValueError(f"unknown Sonos service {name!r}") from None


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def parse_xml(data: bytes) -> etree._Element:
    """Parse XML from a client without resolving entities or fetching anything.

    Raises ``ValueError`` if the data is not well-formed XML.
    """
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as err:
        raise ValueError(str(err)) from err


def element_children(element: etree._Element) -> list[etree._Element]:
    """The child elements (not comments or processing instructions)."""
    return [child for child in element if isinstance(child.tag, str)]


@dataclass(frozen=True, slots=True)
class SoapRequest:
    """A parsed SOAP control request."""

    service_urn: str
    action: str
    args: dict[str, str]


def parse_soap_request(body: bytes, soap_action_header: str | None) -> SoapRequest:
    """Parse a SOAP request body; raise :class:`UPnPError` 401/402 if unusable."""
    header = (soap_action_header or "").strip().strip('"')
    header_urn, _, header_action = header.partition("#")
    try:
        root = parse_xml(body)
    except ValueError:
        raise UPnPError(ERROR_INVALID_ARGS, "Malformed SOAP envelope") from None
    soap_body = root.find(f"{{{NS_SOAP}}}Body")
    children = element_children(soap_body) if soap_body is not None else []
    if not children:
        raise UPnPError(ERROR_INVALID_ACTION, "No action in SOAP body")
    action_elt = children[0]
    namespace, _, action = str(action_elt.tag)[1:].partition("}")
    if header_action and header_action != action:
        raise UPnPError(ERROR_INVALID_ACTION, "SOAPACTION does not match the body")
    args = {
        str(child.tag).rsplit("}", 1)[-1]: child.text or ""
        for child in element_children(action_elt)
    }
    return SoapRequest(header_urn or namespace, action, args)


def soap_response(
    service: ServiceSpec, action: ActionSpec, values: Mapping[str, object]
) -> str:
    """Build the SOAP answer of an action, out-arguments in SCPD order."""
    parts = []
    for name in action.out_args:
        value = values.get(name, "")
        if isinstance(value, bool):
            value = int(value)
        parts.append(f"<{name}>{escape(str(value))}</{name}>")
    return (
        '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
        's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><s:Body>'
        f'<u:{action.name}Response xmlns:u="{service.urn}">'
        + "".join(parts)
        + f"</u:{action.name}Response></s:Body></s:Envelope>"
    )


def soap_fault(code: int, description: str = "") -> str:
    """Build the SOAP fault body of a UPnP error (sent with HTTP 500)."""
    detail = f"<errorCode>{code}</errorCode>"
    if description:
        detail += f"<errorDescription>{escape(description)}</errorDescription>"
    return (
        '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
        's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><s:Body>'
        "<s:Fault><faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring>"
        f'<detail><UPnPError xmlns="{NS_CONTROL}">{detail}</UPnPError></detail>'
        "</s:Fault></s:Body></s:Envelope>"
    )

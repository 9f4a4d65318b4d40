"""The household's groups, read from ZoneGroupState (a topology event or a poll)."""

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .xmldoc import parse_xml

DEFAULT_PORT = 1400
# Where real speakers answer the Control API websocket (audio clips).
DEFAULT_SSL_PORT = 1443


@dataclass(frozen=True, slots=True)
class Member:
    """A visible speaker as ZoneGroupState lists it."""

    uid: str
    name: str
    host: str
    port: int
    boot_seq: int
    # The websocket's port (`SSLPort`), 1443 on real speakers.
    ssl_port: int = DEFAULT_SSL_PORT


@dataclass(frozen=True, slots=True)
class Topology:
    """Groups (coordinator first), speakers by uid, and speakers gone missing."""

    groups: tuple[tuple[str, ...], ...] = ()
    members: dict[str, Member] = field(default_factory=dict)
    vanished: frozenset[str] = frozenset()

    def group_of(self, uid: str) -> tuple[str, ...]:
        """Return the group `uid` is in (just `uid` when it is not listed)."""
        return next((group for group in self.groups if uid in group), (uid,))

    def coordinator_of(self, uid: str) -> str:
        """Return the uid of the coordinator of `uid`'s group."""
        return self.group_of(uid)[0]


def _member(element: Any) -> Member | None:
    attributes = element.attrib
    # Bridges, subwoofers and surround satellites are invisible: not speakers.
    if attributes.get("Invisible") == "1" or not attributes.get("UUID"):
        return None
    location = urlsplit(attributes.get("Location", ""))
    if not location.hostname:
        return None
    try:
        boot_seq = int(attributes.get("BootSeq", "0"))
    except ValueError:
        boot_seq = 0
    ssl_port = attributes.get("SSLPort", "")
    return Member(
        uid=attributes["UUID"],
        name=attributes.get("ZoneName", ""),
        host=location.hostname,
        port=location.port or DEFAULT_PORT,
        boot_seq=boot_seq,
        ssl_port=int(ssl_port) if ssl_port.isdigit() else DEFAULT_SSL_PORT,
    )


def parse_zone_group_state(payload: str) -> Topology:
    """Parse a ZoneGroupState document (firmware 10.1+ and the older shape)."""
    root = parse_xml(payload.encode())
    groups_element = root.find("ZoneGroups")
    if groups_element is None:
        groups_element = root
    groups: list[tuple[str, ...]] = []
    members: dict[str, Member] = {}
    for group in groups_element.findall("ZoneGroup"):
        coordinator = group.get("Coordinator", "")
        uids: list[str] = []
        for element in group.findall("ZoneGroupMember"):
            if (member := _member(element)) is None:
                continue
            members[member.uid] = member
            uids.append(member.uid)
        if not uids:
            continue
        if coordinator in uids:
            uids.remove(coordinator)
            uids.insert(0, coordinator)
        groups.append(tuple(uids))
    vanished = frozenset(
        uid
        for device in root.iterfind("VanishedDevices/Device")
        if (uid := device.get("UUID")) and uid not in members
    )
    return Topology(tuple(groups), members, vanished)

"""``device_description.xml`` and the SCPD documents of an emulated ZonePlayer."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from .models import SpeakerModel
from .soap import ARG_ALLOWED, ARG_TYPES, SERVICES, ServiceSpec


@dataclass(frozen=True, slots=True)
class DeviceIdentity:
    """The fixed facts of a speaker that its device description reports."""

    uid: str
    room_name: str
    model: SpeakerModel
    serial: str
    mac: str
    software_version: str
    display_version: str
    hardware_version: str
    ip_address: str


def _services_xml(device: str) -> str:
    parts = ["<serviceList>"]
    parts.extend(
        "<service>"
        f"<serviceType>{service.urn}</serviceType>"
        f"<serviceId>{service.service_id}</serviceId>"
        f"<controlURL>{service.control_url}</controlURL>"
        f"<eventSubURL>{service.event_url}</eventSubURL>"
        f"<SCPDURL>{service.scpd_url}</SCPDURL>"
        "</service>"
        for service in SERVICES
        if service.device == device
    )
    parts.append("</serviceList>")
    return "".join(parts)


def device_description(identity: DeviceIdentity) -> str:
    """Return ``/xml/device_description.xml`` in the shape real speakers use."""
    model = identity.model
    name = escape(identity.room_name)
    friendly = escape(f"{identity.ip_address} - {model.name} - {identity.uid}")

    def sub_device(kind: str, suffix: str) -> str:
        return (
            "<device>"
            f"<deviceType>urn:schemas-upnp-org:device:{kind}:1</deviceType>"
            f"<friendlyName>{friendly} {kind}</friendlyName>"
            "<manufacturer>Sonos, Inc.</manufacturer>"
            "<manufacturerURL>http://www.sonos.com</manufacturerURL>"
            f"<modelNumber>{escape(model.number)}</modelNumber>"
            f"<modelDescription>{escape(model.name)} {kind}</modelDescription>"
            f"<modelName>{escape(model.name)}</modelName>"
            f"<modelURL>http://www.sonos.com/products/zoneplayers/{escape(model.number)}</modelURL>"
            f"<UDN>uuid:{identity.uid}_{suffix}</UDN>"
            f"{_services_xml(kind)}"
            "</device>"
        )

    return (
        '<?xml version="1.0" encoding="utf-8" ?>'
        '<root xmlns="urn:schemas-upnp-org:device-1-0">'
        "<specVersion><major>1</major><minor>0</minor></specVersion>"
        "<device>"
        "<deviceType>urn:schemas-upnp-org:device:ZonePlayer:1</deviceType>"
        f"<friendlyName>{friendly}</friendlyName>"
        "<manufacturer>Sonos, Inc.</manufacturer>"
        "<manufacturerURL>http://www.sonos.com</manufacturerURL>"
        f"<modelNumber>{escape(model.number)}</modelNumber>"
        f"<modelDescription>Sonos {escape(model.display_name)}</modelDescription>"
        f"<modelName>{escape(model.name)}</modelName>"
        f"<modelURL>http://www.sonos.com/products/zoneplayers/{escape(model.number)}</modelURL>"
        f"<softwareVersion>{escape(identity.software_version)}</softwareVersion>"
        "<swGen>2</swGen>"
        f"<hardwareVersion>{escape(identity.hardware_version)}</hardwareVersion>"
        f"<serialNum>{escape(identity.serial)}</serialNum>"
        f"<MACAddress>{escape(identity.mac)}</MACAddress>"
        f"<UDN>uuid:{identity.uid}</UDN>"
        "<iconList><icon><id>0</id><mimetype>image/png</mimetype><width>48</width>"
        "<height>48</height><depth>24</depth>"
        f"<url>/img/icon-{escape(model.number)}.png</url></icon></iconList>"
        "<minCompatibleVersion>84.0-00000</minCompatibleVersion>"
        "<legacyCompatibleVersion>58.0-00000</legacyCompatibleVersion>"
        "<apiVersion>1.43.1</apiVersion>"
        "<minApiVersion>1.1.0</minApiVersion>"
        f"<displayVersion>{escape(identity.display_version)}</displayVersion>"
        "<extraVersion></extraVersion>"
        f"<roomName>{name}</roomName>"
        f"<displayName>{escape(model.display_name)}</displayName>"
        f"<zoneType>{model.zone_type}</zoneType>"
        "<feature1>0x00000000</feature1><feature2>0x00403332</feature2>"
        "<feature3>0x0001302e</feature3>"
        "<internalSpeakerSize>5</internalSpeakerSize>"
        "<memory>1024</memory><flash>2048</flash><ampOnTime>10</ampOnTime>"
        "<retailMode>0</retailMode>"
        "<SSLPort>1443</SSLPort><securehhSSLPort>1843</securehhSSLPort>"
        f"{_services_xml('ZonePlayer')}"
        "<deviceList>"
        f"{sub_device('MediaServer', 'MS')}"
        f"{sub_device('MediaRenderer', 'MR')}"
        "</deviceList>"
        "</device>"
        "</root>"
    )


def scpd(services: list[ServiceSpec]) -> str:
    """Return the SCPD document describing the actions of ``services``.

    Two services can share an SCPD URL (both ConnectionManagers); their action
    lists are merged.
    """
    variables: dict[str, str] = {}
    actions_xml = []
    for service in services:
        for action in service.actions.values():
            args_xml = []
            for direction, names in (("in", action.in_args), ("out", action.out_args)):
                for arg in names:
                    related = f"A_ARG_TYPE_{arg}"
                    variables[related] = arg
                    args_xml.append(
                        "<argument>"
                        f"<name>{arg}</name><direction>{direction}</direction>"
                        f"<relatedStateVariable>{related}</relatedStateVariable>"
                        "</argument>"
                    )
            actions_xml.append(
                f"<action><name>{action.name}</name>"
                f"<argumentList>{''.join(args_xml)}</argumentList></action>"
            )
    state_xml = []
    for related, arg in variables.items():
        allowed = ""
        if values := ARG_ALLOWED.get(arg):
            allowed = (
                "<allowedValueList>"
                + "".join(f"<allowedValue>{v}</allowedValue>" for v in values)
                + "</allowedValueList>"
            )
        state_xml.append(
            '<stateVariable sendEvents="no">'
            f"<name>{related}</name><dataType>{ARG_TYPES.get(arg, 'string')}</dataType>"
            f"{allowed}</stateVariable>"
        )
    for service in services:
        state_xml.extend(
            f'<stateVariable sendEvents="yes"><name>{name}</name>'
            "<dataType>string</dataType></stateVariable>"
            for name in service.evented
        )
    return (
        '<?xml version="1.0" encoding="utf-8" ?>'
        '<scpd xmlns="urn:schemas-upnp-org:service-1-0">'
        "<specVersion><major>1</major><minor>0</minor></specVersion>"
        f"<serviceStateTable>{''.join(state_xml)}</serviceStateTable>"
        f"<actionList>{''.join(actions_xml)}</actionList>"
        "</scpd>"
    )

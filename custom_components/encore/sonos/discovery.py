"""Where a speaker answers (from SSDP, zeroconf or the user), and who it is.

Real speakers answer UPnP on port 1400; the address keeps a port anyway, taken
from the discovery's `Location` URL, so speakers on other ports work too.
"""

from dataclasses import dataclass
from ipaddress import IPv4Address
from typing import Final
from urllib.parse import urlsplit

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.service_info.ssdp import SsdpServiceInfo
from homeassistant.helpers.service_info.zeroconf import ZeroconfServiceInfo

from ..const import CORE_SONOS, LOGGER
from . import commands
from .endpoint import soco_at
from .errors import COMMAND_ERRORS
from .topology import DEFAULT_PORT

# Seconds a speaker may take to say who it is during a config flow.
IDENTIFY_TIMEOUT: Final = 15.0


@dataclass(frozen=True, slots=True)
class Address:
    """Where a speaker answers UPnP requests."""

    host: str
    port: int = DEFAULT_PORT

    def __str__(self) -> str:
        """Return `host:port`."""
        return f"{self.host}:{self.port}"


@dataclass(frozen=True, slots=True)
class Identity:
    """The household a speaker belongs to, and the speaker itself."""

    household_id: str
    uid: str
    name: str


def _ipv4(host: str | None) -> str | None:
    try:
        return str(IPv4Address(host or ""))
    except ValueError:
        return None


def parse_address(text: str) -> Address | None:
    """Parse what a user typed: `192.168.1.20` or `192.168.1.20:1400`."""
    host, sep, port = text.strip().partition(":")
    if (ip := _ipv4(host)) is None:
        return None
    if not sep:
        return Address(ip)
    if not port.isdigit() or not 0 < int(port) < 65536:
        return None
    return Address(ip, int(port))


def _from_location(location: str | None) -> Address | None:
    parts = urlsplit(location or "")
    if (ip := _ipv4(parts.hostname)) is None:
        return None
    try:
        port = parts.port
    except ValueError:
        return None
    return Address(ip, port or DEFAULT_PORT)


def address_from_ssdp(info: SsdpServiceInfo) -> Address | None:
    """Return the speaker's address from the SSDP `Location` header."""
    return _from_location(info.ssdp_location)


def address_from_zeroconf(info: ZeroconfServiceInfo) -> Address | None:
    """Return the speaker's address from mDNS.

    The `_sonos._tcp` service points at the speakers' HTTPS API (port 1443); its
    `location` property names the UPnP description and its port.
    """
    location = _from_location(info.properties.get("location"))
    if (ip := _ipv4(info.host)) is None:
        return location
    return Address(ip, location.port if location else DEFAULT_PORT)


async def async_identify(hass: HomeAssistant, address: Address) -> Identity | None:
    """Ask the speaker at `address` who it is; None when nothing Sonos answers."""
    soco = soco_at(address.host, address.port)
    try:
        household_id, uid, name = await commands.async_run(
            hass, IDENTIFY_TIMEOUT, commands.read_identity, soco
        )
    except COMMAND_ERRORS as err:
        # Not Sonos, not answering, or answering something unreadable.
        LOGGER.debug("No Sonos speaker identified at %s: %r", address, err)
        return None
    return Identity(household_id, uid, name)


@callback
def managed_by_core(hass: HomeAssistant, uid: str) -> bool:
    """Tell whether Home Assistant's own Sonos integration has this speaker."""
    device = dr.async_get(hass).async_get_device(identifiers={(CORE_SONOS, uid)})
    return device is not None

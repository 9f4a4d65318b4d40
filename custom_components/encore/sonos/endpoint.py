"""Reaching a speaker with whichever SoCo Home Assistant installed (0.31.2 or 0.32.x).

Home Assistant's own `sonos` pins SoCo and both integrations share one copy, so
Encore accepts the range core's pin falls in. SoCo 0.32 added a port to `SoCo`
and `SoCo.base_url`; 0.31 always talks to port 1400, where real speakers listen.
A speaker on another port (only emulators) therefore needs 0.32.
"""

import inspect
from typing import Final

from packaging.specifiers import SpecifierSet
from packaging.version import InvalidVersion, Version
import soco
from soco import SoCo

from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ConfigEntryError
from homeassistant.helpers import issue_registry as ir

from ..const import DOMAIN
from .errors import SonosError
from .topology import DEFAULT_PORT

# Must match manifest.json's requirement (a test checks that it does).
SUPPORTED_SOCO: Final = SpecifierSet(">=0.31.2,<0.33")
SOCO_ISSUE: Final = "sonos_soco_unsupported"
# Whether this SoCo takes a port (0.32 and later).
TAKES_PORT: Final = "port" in inspect.signature(SoCo.__init__).parameters


def soco_version() -> str | None:
    """Return the version of the SoCo in use, None if it does not say.

    The module's own attribute, not the package metadata: reading that opens a
    file, which must not happen on the event loop, and the module imported is
    the one that runs even where two copies are installed.
    """
    installed = getattr(soco, "__version__", None)
    return installed if isinstance(installed, str) else None


def soco_supported(installed: str | None) -> bool:
    """Tell whether Encore's Sonos code works with SoCo `installed`."""
    if installed is None:
        return False
    try:
        return Version(installed) in SUPPORTED_SOCO
    except InvalidVersion:
        return False


@callback
def async_check_soco(hass: HomeAssistant) -> None:
    """Stop a Sonos entry, with a repair, when the SoCo in use is not one Encore knows.

    Another integration may have installed a SoCo outside Encore's range;
    Encore cannot share it, and installing another copy would break core `sonos`.
    """
    installed = soco_version()
    if soco_supported(installed):
        ir.async_delete_issue(hass, DOMAIN, SOCO_ISSUE)
        return
    placeholders = {"installed": installed or "?", "supported": str(SUPPORTED_SOCO)}
    ir.async_create_issue(
        hass,
        DOMAIN,
        SOCO_ISSUE,
        is_fixable=False,
        severity=ir.IssueSeverity.ERROR,
        translation_key=SOCO_ISSUE,
        translation_placeholders=placeholders,
    )
    raise ConfigEntryError(
        translation_domain=DOMAIN,
        translation_key=SOCO_ISSUE,
        translation_placeholders=placeholders,
    )


def soco_at(host: str, port: int = DEFAULT_PORT) -> SoCo:
    """Return SoCo's (shared, per address) instance for the speaker at host:port.

    On port 1400 it is the instance core `sonos` and SoCo's own topology code
    use too: they create it from the address alone.
    """
    if port == DEFAULT_PORT:
        return SoCo(host)
    if not TAKES_PORT:
        raise SonosError(
            "sonos_port_unsupported",
            {"address": f"{host}:{port}", "soco": soco_version() or "?"},
        )
    return SoCo(host, port)  # type: ignore[call-arg,unused-ignore]


def port_of(soco: SoCo) -> int:
    """Return the port `soco` talks to (always 1400 before SoCo 0.32)."""
    port: int = getattr(soco, "port", DEFAULT_PORT)
    return port


def base_url(soco: SoCo) -> str:
    """Return `http://host:port` of the speaker (what `SoCo.base_url` gives on 0.32)."""
    return f"http://{soco.ip_address}:{port_of(soco)}"

"""Battery and HDMI input of a speaker: what portables and soundbars report.

Portables (Move, Roam) serve their battery at `/status/batterystatus` and send
its level and whether it charges in DeviceProperties' `MoreInfo`; the power
source (charging ring, USB) only the page tells, so it is read again when
charging starts. Speakers without a battery serve an empty page.
"""

from dataclasses import dataclass
from typing import Final

import requests
from soco import SoCo
from soco.core import AUDIO_INPUT_FORMATS

from .commands import _seconds, _timeout
from .endpoint import base_url
from .xmldoc import parse_xml

# Core's states of the power source sensor, by what the speaker says.
POWER_SOURCES: Final = {
    "BATTERY": "battery",
    "SONOS_CHARGING_RING": "charging_base",
    "USB_POWER": "usb",
}


@dataclass(frozen=True, slots=True)
class Battery:
    """A battery's level (percent) and what powers the speaker."""

    level: int | None
    power_source: str | None

    @property
    def charging(self) -> bool | None:
        """Return whether it charges (anything but the battery powers it)."""
        if self.power_source is None:
            return None
        return self.power_source != "BATTERY"


def read_battery(soco: SoCo) -> Battery | None:
    """Read the battery page; None where the speaker has no battery."""
    response = requests.get(
        f"{base_url(soco)}/status/batterystatus", timeout=_seconds()
    )
    response.raise_for_status()
    status = parse_xml(response.content).find("LocalBatteryStatus")
    if status is None:
        return None
    data = {item.get("name"): (item.text or "").strip() for item in status.iter("Data")}
    level = data.get("Level", "")
    return Battery(
        level=int(level) if level.isdigit() else None,
        power_source=data.get("PowerSource") or None,
    )


def from_more_info(more_info: str, known: Battery | None) -> tuple[Battery, bool]:
    """Apply a `MoreInfo` event; return the battery and whether to read the page.

    The event says whether the speaker charges, not on what: a change to
    charging needs the page for the power source.
    """
    parts = dict(part.split(":", 1) for part in more_info.split(",") if ":" in part)
    level_text = parts.get("BattPct", "")
    level = int(level_text) if level_text.isdigit() else None
    charging = {"CHARGING": True, "NOT_CHARGING": False}.get(parts.get("BattChg", ""))
    if known is None or charging is None:
        return known or Battery(level, None), False
    level = known.level if level is None else level
    if not charging:
        return Battery(level, "BATTERY"), False
    if known.charging:
        return Battery(level, known.power_source), False
    return Battery(level, known.power_source), True


def read_audio_input(soco: SoCo) -> int:
    """Return the HDMI input's format code (HTAudioIn)."""
    return int(soco.deviceProperties.GetZoneInfo([], **_timeout())["HTAudioIn"])


def audio_input_format(code: int) -> str:
    """Name a format code as SoCo does ("Dolby 5.1", "No input"...)."""
    name: str = AUDIO_INPUT_FORMATS.get(code, f"Unknown audio input format: {code}")
    return name

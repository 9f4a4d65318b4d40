"""What a speaker has beyond playing: settings, battery, microphone, HDMI input.

Read once when Encore first meets a speaker (entities are made for what it
has), then now and then for what no event tells (`read_polled`).
"""

from dataclasses import dataclass, field

import requests
from soco import SoCo

from .commands import SpeakerFacts, zone_group_state
from .errors import PARSE_ERRORS
from .power import Battery, read_audio_input, read_battery
from .settings import (
    Setting,
    candidates,
    is_soundbar,
    member_facts,
    read_available,
    read_values,
)


@dataclass(frozen=True, slots=True)
class Capabilities:
    """A speaker's settings with their values, and what else it reports."""

    settings: tuple[Setting, ...] = ()
    values: dict[str, int] = field(default_factory=dict)
    battery: Battery | None = None
    # None: no microphone (or no voice service set up to report it).
    mic_enabled: bool | None = None
    # The HDMI input's format code; None where the speaker has no HDMI input.
    audio_input: int | None = None


def read_capabilities(soco: SoCo, facts: SpeakerFacts) -> Capabilities:
    """Find out which settings the speaker has, and read everything once."""
    member = member_facts(zone_group_state(soco), facts.uid)
    possible = candidates(facts, member.has_sub)
    values = read_available(soco, possible)
    return Capabilities(
        settings=tuple(setting for setting in possible if setting.key in values),
        values=values,
        battery=_battery(soco),
        mic_enabled=member.mic_enabled,
        audio_input=read_audio_input(soco) if is_soundbar(facts) else None,
    )


def _battery(soco: SoCo) -> Battery | None:
    try:
        return read_battery(soco)
    except (requests.RequestException, *PARSE_ERRORS):
        # An S1 speaker or an unreadable page: no battery to show.
        return None


@dataclass(frozen=True, slots=True)
class Polled:
    """What a look at the speaker found for the settings no event carries."""

    values: dict[str, int]
    battery: Battery | None
    audio_input: int | None


def read_polled(
    soco: SoCo, settings: list[Setting], battery: bool, audio_input: bool
) -> Polled:
    """Read `settings`, and the battery and HDMI input where asked."""
    return Polled(
        values=read_values(soco, settings),
        battery=_battery(soco) if battery else None,
        audio_input=read_audio_input(soco) if audio_input else None,
    )

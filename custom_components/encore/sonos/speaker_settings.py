"""A speaker's sound settings, battery and inputs: read, polled and written.

What a speaker has beyond playing is read once (`take_capabilities`, at its
first start); what no event tells is polled (`async_refresh_settings`) and a
change is written through the speaker (`async_set_setting`), SoCo in the
executor. Events keep the rest current (`speaker_reports.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from ..const import LOGGER
from . import settings as sound
from .capabilities import Capabilities, Polled, read_polled
from .errors import SonosError

if TYPE_CHECKING:
    from .speaker import SonosSpeaker

# Seconds between reads of the battery page when no battery event came.
BATTERY_POLL: Final = 900.0


def take_capabilities(speaker: SonosSpeaker, capabilities: Capabilities) -> None:
    """Keep what the speaker has, and the values it had then."""
    speaker.capabilities = capabilities
    speaker.settings = dict(capabilities.values)
    speaker.channels = sound.channels_of(capabilities.values.get(sound.BALANCE.key, 0))
    speaker.battery = capabilities.battery
    speaker.mic_enabled = capabilities.mic_enabled
    speaker.audio_input = capabilities.audio_input
    speaker.battery_read_at = speaker.polled_at = speaker.hass.loop.time()


async def async_set_setting(
    speaker: SonosSpeaker, setting: sound.Setting, value: int
) -> None:
    """Change a setting; crossfade is the group's, set on its coordinator."""
    target = speaker.coordinator if setting.reach is sound.Reach.CROSSFADE else speaker
    if setting.polled:
        # No event will tell: nothing for the household to wait for.
        await target.async_call(sound.write, target.soco, target.uid, setting, value)
    else:
        await target.async_command(sound.write, target.uid, setting, value)
    # The event (if any) confirms it; a second change builds on this.
    target.settings[setting.key] = value
    if setting is sound.BALANCE:
        target.channels = sound.channels_of(value)
    if setting is sound.TV_AUTOPLAY and not value:
        # The speaker takes its group along again when autoplay is off.
        speaker.household.async_create_task(
            async_refresh_settings(target), f"settings of {target.name}"
        )
    speaker.household.async_notify_group(target)


async def async_refresh_settings(speaker: SonosSpeaker) -> None:
    """Read the polled settings (all of them while events are missing)."""
    capabilities = speaker.capabilities
    if capabilities is None:
        return
    now = speaker.hass.loop.time()
    speaker.polled_at = now
    wanted = [
        setting
        for setting in capabilities.settings
        if setting.polled or speaker.events_blocked
    ]
    battery_due = speaker.battery is not None and (
        speaker.battery_read_at is None or now - speaker.battery_read_at >= BATTERY_POLL
    )
    try:
        polled: Polled = await speaker.async_call(
            read_polled,
            speaker.soco,
            wanted,
            battery_due,
            speaker.audio_input is not None,
        )
    except SonosError as err:
        LOGGER.debug("Reading the settings of %s failed: %s", speaker, err)
        return
    speaker.settings.update(polled.values)
    if polled.battery is not None:
        speaker.battery = polled.battery
        speaker.battery_read_at = now
    if polled.audio_input is not None:
        speaker.audio_input = polled.audio_input
    speaker.async_notify()

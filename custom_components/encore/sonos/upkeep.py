"""Keeping a household's state current where events fall short.

Events keep state current. Every `TICK` the household also looks at each speaker:
one that stays silent for `SILENCE` gets its subscription renewed (a speaker that
does not answer goes unavailable); one whose events never arrived after it was
subscribed is polled instead, and a repair issue explains why; an unavailable
one is tried again.

Events can also stop later (a firewall rule, a new route) while renewals still
succeed. A command of Encore's that brought no event within `EVENT_WAIT`, and
`EVENT_CHECK` without any event, lead to a poll: a change the poll finds that
no event told of means the events stopped. A command that changed nothing
finds nothing, so it raises no false alarm.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Final

from homeassistant.config_entries import ConfigEntry, ConfigEntryChange
from homeassistant.core import CALLBACK_TYPE, callback
from homeassistant.helpers.event import async_track_time_interval

from ..const import CORE_SONOS, LOGGER
from . import commands
from .errors import SonosError
from .events import listener_address
from .issues import async_clear_events_issue, async_show_events_issue

if TYPE_CHECKING:
    from .household import SonosHousehold

TICK: Final = timedelta(seconds=10)
# A speaker silent this long (seconds) is checked. With the tick and SoCo's 10 s
# request timeout, one that stops answering is unavailable within 40 s.
SILENCE: Final = 20.0
# Seconds after subscribing, or after a command, by which an event must arrive.
EVENT_WAIT: Final = 10.0
# Seconds without an event after which a poll checks that none was missed.
EVENT_CHECK: Final = 300.0
# Seconds between attempts to subscribe to a speaker that refused before.
RESUBSCRIBE: Final = 300.0
# Seconds between reads of the settings no event tells of (status light,
# touch controls, TV autoplay, HDMI input format; the battery's own pace).
SETTINGS_POLL: Final = 60.0


class HouseholdUpkeep:
    """The household's tick: checks, fallback polls and the events repair."""

    def __init__(self, household: SonosHousehold) -> None:
        """Look after `household`; `start` begins the tick."""
        self._household = household
        self._household_poll: asyncio.Task[None] | None = None
        self._stop_tick: CALLBACK_TYPE | None = None
        self._issue_shown = False

    @callback
    def start(self) -> None:
        """Begin the tick, every `TICK`."""
        household = self._household
        self._stop_tick = async_track_time_interval(
            household.hass,
            self._async_tick,
            TICK,
            name=f"Sonos {household.household_id}",
        )

    @callback
    def stop(self) -> None:
        """End the tick (again: harmless)."""
        if self._stop_tick is not None:
            self._stop_tick()
            self._stop_tick = None

    @callback
    def async_entry_changed(
        self, _change: ConfigEntryChange, entry: ConfigEntry
    ) -> None:
        """Look at once when core `sonos` changes (its unload stops the listener)."""
        if entry.domain == CORE_SONOS:
            self._resubscribe_if_deaf()

    @callback
    def _resubscribe_if_deaf(self) -> bool:
        """Subscribe again where SoCo's listener was stopped under Encore.

        Core `sonos` stops the process-wide listener when it unloads, even
        while Encore's subscriptions use it. Not a blocked network: no repair.
        Returns whether any speaker had to.
        """
        deaf = [
            speaker
            for speaker in self._household.speakers.values()
            if speaker.available and speaker.subscriptions.deaf
        ]
        for speaker in deaf:
            speaker.async_recover("SoCo's event listener was stopped by another user")
        return bool(deaf)

    @callback
    def _async_tick(self, now: datetime | None = None) -> None:
        household = self._household
        if household.stopping:
            return
        # Each check runs on its own: one speaker that hangs delays no other.
        loop_now = household.hass.loop.time()
        fallback = False
        self._resubscribe_if_deaf()
        for speaker in list(household.speakers.values()):
            if speaker.subscriptions.deaf:
                # Being subscribed again (above): no check would tell more.
                continue
            if not speaker.available:
                speaker.async_recover("still unavailable")
                continue
            if (
                speaker.events_received is None
                and speaker.subscribed_at is not None
                and loop_now - speaker.subscribed_at >= EVENT_WAIT
            ):
                speaker.events_received = False
            if speaker.events_blocked:
                fallback = True
                if (
                    not speaker.subscriptions.active
                    and loop_now - (speaker.subscribed_at or 0) >= RESUBSCRIBE
                ):
                    speaker.async_recover("subscribing failed before")
                else:
                    speaker.async_check(speaker.async_poll_quietly)
            elif (
                speaker.event_expected_at is not None
                and loop_now - speaker.event_expected_at >= EVENT_WAIT
            ) or loop_now - speaker.events_confirmed_at >= EVENT_CHECK:
                speaker.async_check(speaker.async_verify_events)
            elif loop_now - speaker.last_activity >= SILENCE:
                speaker.async_check(speaker.async_heartbeat)
            if loop_now - (speaker.polled_at or 0) >= SETTINGS_POLL:
                speaker.async_poll_settings()
        for member in household.topology.members.values():
            if member.uid not in household.speakers:
                household.apply_member(member)
        if fallback and (self._household_poll is None or self._household_poll.done()):
            self._household_poll = household.async_create_task(
                self._async_poll_household(), "poll household"
            )
        self.update_events_issue()

    async def _async_poll_household(self) -> None:
        """Without events, groups and favorites only change when read."""
        household = self._household
        try:
            if (speaker := household.any_speaker()) is None:
                return
            try:
                payload, topology = await speaker.async_call(
                    commands.read_topology, speaker.soco
                )
            except SonosError as err:
                LOGGER.debug("Polling groups failed: %s", err)
                return
            household.async_topology_payload(payload, topology)
            await household.async_refresh_favorites()
        finally:
            self._household_poll = None

    @callback
    def update_events_issue(self) -> None:
        """Show the repair while any speaker's events are missing; clear it after."""
        household = self._household
        blocked = sorted(
            s.name for s in household.speakers.values() if s.events_blocked
        )
        if blocked:
            LOGGER.debug("No events from %s; polling every %s", blocked, TICK)
            async_show_events_issue(
                household.hass,
                household.entry,
                address=listener_address(),
                speakers=", ".join(blocked),
            )
            self._issue_shown = True
        elif self._issue_shown:
            async_clear_events_issue(household.hass, household.entry)
            self._issue_shown = False

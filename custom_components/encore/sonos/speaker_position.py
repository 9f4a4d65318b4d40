"""A speaker's position through its events, read from it once changes settle.

Events carry no position: `SpeakerPosition` estimates it from what they
say and reads it from the speaker (in the executor, a few at a time) once
the changes settle. The speaker holds one (`SonosSpeaker.positions`).
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Final

from homeassistant.core import CALLBACK_TYPE, callback
from homeassistant.helpers.event import async_call_later
from homeassistant.util import dt as dt_util

from ..const import LOGGER
from . import commands
from .errors import SonosError
from .media import parse_time

if TYPE_CHECKING:
    from .speaker import SonosSpeaker

# Seconds after the last transport change before the position is read.
POSITION_SETTLE: Final = 0.5
PLAYING_STATES: Final = ("PLAYING", "TRANSITIONING")


class SpeakerPosition:
    """Keep `speaker.position` (and when it was true) through events and reads."""

    def __init__(self, speaker: SonosSpeaker) -> None:
        """Follow `speaker`'s position; nothing is read yet."""
        self._speaker = speaker
        self._task: asyncio.Task[None] | None = None
        self._timer: CALLBACK_TYPE | None = None

    @callback
    def estimate(self, state: str | None, *, track_changed: bool) -> None:
        """Follow the position through a change; read it once things settle.

        Events carry no position. A new track starts at 0; a pause freezes the
        position where playing had brought it. Reading it from the speaker right
        away would cost a request per event; a seek in another app shows as a
        brief transition, so one read after the changes settle corrects it.
        """
        speaker = self._speaker
        now = dt_util.utcnow()
        if track_changed:
            speaker.position = 0 if speaker.now_playing.duration else None
        elif (
            speaker.transport_state in PLAYING_STATES
            and speaker.position is not None
            and speaker.position_updated_at is not None
        ):
            speaker.position += int((now - speaker.position_updated_at).total_seconds())
        if state == "STOPPED" and speaker.now_playing.duration:
            speaker.position = 0
        speaker.position_updated_at = now
        if self._timer is not None:
            self._timer()
        self._timer = async_call_later(speaker.hass, POSITION_SETTLE, self._async_due)

    @callback
    def _async_due(self, _now: datetime) -> None:
        self._timer = None
        speaker = self._speaker
        # Background tasks start eagerly: one that never waits is done (and
        # its `finally` has run) before it is stored.
        if not speaker.stopping and (self._task is None or self._task.done()):
            self._task = speaker.household.async_create_task(
                self._async_read(), f"position of {speaker.name}"
            )

    async def _async_read(self) -> None:
        speaker = self._speaker
        try:
            # A few at a time: many threads at once contend with the event loop.
            async with speaker.household.position_reads:
                position, number = await speaker.async_call(
                    commands.read_position, speaker.soco
                )
        except SonosError as err:
            LOGGER.debug("Reading the position of %s failed: %s", speaker, err)
            return
        finally:
            self._task = None
        self.set(position)
        if number is not None and speaker.now_playing.queue_position != number:
            speaker.now_playing = replace(speaker.now_playing, queue_position=number)
        speaker.household.async_notify_group(speaker)

    @callback
    def set(self, position: str | None) -> None:
        """Take a position the speaker told ("H:MM:SS"), as of now."""
        self._speaker.position = parse_time(position)
        self._speaker.position_updated_at = dt_util.utcnow()

    @callback
    def stop(self) -> asyncio.Task[None] | None:
        """Cancel the read to come; return the one running, if any, to end."""
        if self._timer is not None:
            self._timer()
            self._timer = None
        return self._task

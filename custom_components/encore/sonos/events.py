"""GENA event subscriptions of one speaker, through SoCo's asyncio event listener.

Each subscription is renewed by SoCo shortly before it expires (at 85 % of its
timeout). A renewal that fails (the speaker rebooted and forgot it, answered 412,
or did not answer) is reported to `on_lost`; the speaker then subscribes again
or goes unavailable. Between renewals the household renews the AVTransport
subscription of speakers that stay silent: that is its heartbeat.

SoCo's listener is one per process, shared with Home Assistant's own `sonos`
integration. Encore subscribes through `events_asyncio` directly instead of
setting `soco.config.EVENTS_MODULE`, so it changes no setting core made, and it
never stops the listener while anyone (core included) still has a subscription.
Core stops the listener when it unloads, whoever else uses it:
`listener_stopped` tells the household, which subscribes its speakers again
(that starts the listener anew).
"""

import asyncio
from collections.abc import Callable
from functools import partial
import logging
from typing import Any, Final

from aiohttp import ClientConnectionError, ClientError
from soco import SoCo, config as soco_config, events_asyncio
from soco.exceptions import SoCoException

_LOGGER = logging.getLogger(__name__)

# AVTransport first: the heartbeat renews it.
SERVICES: Final = (
    "avTransport",
    "renderingControl",
    "zoneGroupTopology",
    "contentDirectory",
    # Microphone and battery; the household's alarm list version.
    "deviceProperties",
    "alarmClock",
)
# Seconds a subscription lasts before SoCo renews it (Sonos allows up to a day).
SUBSCRIPTION_TIMEOUT: Final = 1200
# Seconds to wait for a SUBSCRIBE, renewal or UNSUBSCRIBE answer; longer than
# SoCo's own 10 s request timeout, which normally ends a hung request first.
REQUEST_TIMEOUT: float = 15.0
# What subscribing, renewing or unsubscribing raise when a speaker misbehaves.
EVENT_ERRORS: Final = (ClientError, SoCoException, OSError, TimeoutError)
# Of those, what says the speaker did not answer at all (412 and the like do).
NO_ANSWER: Final = (ClientConnectionError, OSError, TimeoutError)


def listener_address() -> str | None:
    """Return `ip:port` speakers send events to, once the listener runs."""
    listener = events_asyncio.event_listener
    if not listener.is_running or not listener.address:
        return None
    ip, port = listener.address
    return f"{soco_config.EVENT_ADVERTISE_IP or ip}:{port}"


def listener_running() -> bool:
    """Return whether SoCo's shared listener is up (someone may have stopped it)."""
    return bool(events_asyncio.event_listener.is_running)


async def async_stop_listener_if_unused() -> None:
    """Stop SoCo's listener when no subscription (of anyone) is left."""
    if events_asyncio.subscriptions_map.count == 0:
        await events_asyncio.event_listener.async_stop()


class _Round:
    """One round of SUBSCRIBEs; once given up, what succeeds late is dropped."""

    __slots__ = ("given_up",)

    def __init__(self) -> None:
        self.given_up = False


class Subscriptions:
    """The live subscriptions of one speaker.

    Each subscription counts as soon as SoCo made it, so whatever ends a round
    (one refusal, the deadline, cancellation) ends those made so far.
    """

    def __init__(
        self,
        on_event: Callable[[Any], None],
        on_lost: Callable[[BaseException], None],
    ) -> None:
        """Deliver events to `on_event`; report failed renewals to `on_lost`."""
        self._on_event = on_event
        self._on_lost = on_lost
        self._subscriptions: dict[str, Any] = {}
        self._round: _Round | None = None

    @property
    def active(self) -> bool:
        """Return whether every service is subscribed."""
        return len(self._subscriptions) == len(SERVICES) and all(
            sub.is_subscribed for sub in self._subscriptions.values()
        )

    def describe(self) -> dict[str, Any]:
        """Return each service's remaining seconds (for diagnostics)."""
        return {
            name: round(sub.time_left) if sub.is_subscribed else None
            for name, sub in self._subscriptions.items()
        }

    async def async_subscribe(self, soco: SoCo) -> None:
        """Subscribe to every service; on failure nothing stays subscribed."""
        if self.deaf:
            # Someone (core `sonos` unloading) stopped the listener, and its
            # HTTP session with it: start it again first, so the old
            # subscriptions can still be ended rather than left to expire.
            try:
                await events_asyncio.event_listener.async_start(soco)
            except OSError as restart_error:
                # Subscribing below tries again and says why it fails.
                _LOGGER.debug(
                    "Restarting SoCo's event listener failed: %r", restart_error
                )
        await self.async_unsubscribe()
        self._round = current = _Round()
        attempts = [
            self._start(current, name, getattr(soco, name)) for name in SERVICES
        ]
        try:
            async with asyncio.timeout(REQUEST_TIMEOUT):
                # Unlike gather, wait leaves SoCo's futures alone when cut
                # short: one that succeeds later is dropped, not lost track of.
                await asyncio.wait(attempts)
        except TimeoutError, asyncio.CancelledError:
            await self.async_unsubscribe()
            raise
        if current.given_up:
            # Unsubscribed (or forgotten) meanwhile.
            raise SoCoException("subscribing was cut short")
        if failed := next(
            (err for attempt in attempts if (err := attempt.exception()) is not None),
            None,
        ):
            await self.async_unsubscribe()
            raise failed

    @property
    def deaf(self) -> bool:
        """Return whether subscriptions are live but SoCo's listener is stopped.

        The speakers then send their events to a closed port, and renewing
        fails (the listener's HTTP session went with it) only when it is due.
        """
        return bool(self._subscriptions) and not listener_running()

    def _start(self, current: _Round, name: str, service: Any) -> Any:
        # What `service.subscribe()` does with `soco.config.EVENTS_MODULE` set
        # to `events_asyncio`, without setting that process-wide option.
        attempt = events_asyncio.Subscription(service).subscribe(
            requested_timeout=SUBSCRIPTION_TIMEOUT, auto_renew=True
        )
        attempt.add_done_callback(partial(self._subscribed, current, name))
        return attempt

    def _subscribed(self, current: _Round, name: str, attempt: Any) -> None:
        """Record a subscription the moment SoCo made it (before any event)."""
        if attempt.cancelled() or attempt.exception() is not None:
            return
        subscription = attempt.result()
        if current.given_up:
            # Stop SoCo renewing it; the speaker forgets it when it expires.
            _LOGGER.debug("Dropping a subscription made too late: %s", subscription.sid)
            subscription._cancel_subscription()  # noqa: SLF001
            return
        subscription.callback = self._on_event
        subscription.auto_renew_fail = self._renewal_failed
        self._subscriptions[name] = subscription

    def _renewal_failed(self, err: BaseException) -> None:
        _LOGGER.debug("Renewing a Sonos subscription failed: %r", err)
        self._on_lost(err)

    async def async_renew(self) -> None:
        """Renew the AVTransport subscription now; raise if it is gone."""
        subscription = self._subscriptions.get(SERVICES[0])
        if subscription is None or not subscription.is_subscribed:
            raise SoCoException("not subscribed")
        async with asyncio.timeout(REQUEST_TIMEOUT):
            # A failure also reaches `on_lost`, through auto_renew_fail.
            await subscription.renew()

    def _take(self) -> list[Any]:
        """Take every subscription, and give up a round still under way."""
        if self._round is not None:
            self._round.given_up = True
            self._round = None
        subscriptions, self._subscriptions = self._subscriptions, {}
        for subscription in subscriptions.values():
            # A renewal failure must not trigger recovery of a dropped subscription.
            subscription.auto_renew_fail = None
        return list(subscriptions.values())

    def forget(self) -> None:
        """Drop every subscription without a word to the speaker (it is gone).

        SoCo offers no public way to drop one without a request; asking a
        speaker that does not answer would only wait for its timeout.
        """
        for subscription in self._take():
            subscription._cancel_subscription()  # noqa: SLF001

    async def async_unsubscribe(self) -> None:
        """End every subscription; a speaker that does not answer is forgotten."""
        if subscriptions := self._take():
            await asyncio.gather(*map(self._async_unsubscribe, subscriptions))

    @staticmethod
    async def _async_unsubscribe(subscription: Any) -> None:
        try:
            async with asyncio.timeout(REQUEST_TIMEOUT):
                await subscription.unsubscribe()
        except TimeoutError:
            # Cut short, SoCo would keep the subscription and its renewal timer.
            subscription._cancel_subscription()  # noqa: SLF001
        except asyncio.CancelledError:
            subscription._cancel_subscription()  # noqa: SLF001
            raise
        except (*EVENT_ERRORS, AttributeError):
            # SoCo forgot the subscription (and its renewal timer) already. The
            # listener is shared: if someone stopped it, its session is gone.
            subscription._cancel_subscription()  # noqa: SLF001

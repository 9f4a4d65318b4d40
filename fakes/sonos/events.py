"""GENA eventing: SUBSCRIBE/renew/UNSUBSCRIBE bookkeeping and NOTIFY delivery.

Each subscription has its own sender task and queue, so NOTIFYs of one
subscription reach the subscriber in SEQ order. The first NOTIFY (SEQ 0, full
state) is sent right after the SUBSCRIBE answer; before sending it the sender
lets the event loop run a few rounds so that a subscriber in the same loop (SoCo's
``events_asyncio``) has registered the SID it was just given, as it would have
with a real speaker on the network.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Mapping
import contextlib
from dataclasses import dataclass, field
import itertools
import logging
import re
import time
from xml.sax.saxutils import escape, quoteattr

from aiohttp import ClientError, ClientSession, ClientTimeout

from .models import EmulatorClock

_LOGGER = logging.getLogger(__name__)

NS_EVENT = "urn:schemas-upnp-org:event-1-0"
NS_AVT_EVENT = "urn:schemas-upnp-org:metadata-1-0/AVT/"
NS_RCS_EVENT = "urn:schemas-upnp-org:metadata-1-0/RCS/"
NS_R = "urn:schemas-rinconnetworks-com:metadata-1-0/"
DEFAULT_TIMEOUT = 86400
# Loop turns for connections already accepted to attach (`let_accepted_attach`).
_ACCEPT_TURNS = 5

_CALLBACK_RE = re.compile(r"<([^>]+)>")
_SID_COUNTER = itertools.count(1)


class SubscriptionError(Exception):
    """A SUBSCRIBE/UNSUBSCRIBE request that must be refused with ``status``."""

    def __init__(self, status: int, reason: str) -> None:
        """Store the HTTP status (400 or 412) and why."""
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(slots=True)
class NotifyRecord:
    """One NOTIFY the emulator sent (or tried to send).

    It is recorded (and hooks are called) when the request goes out;
    ``status``/``error``/``completed_at`` are filled in when it completes.
    """

    speaker_uid: str
    service: str
    sid: str
    seq: int
    sent_at: float
    body: str
    status: int | None = None
    error: str | None = None
    completed_at: float | None = None

    @property
    def delivered(self) -> bool:
        """Whether the subscriber answered 200."""
        return self.status == 200


@dataclass(slots=True)
class Subscription:
    """A live GENA subscription held by an emulated speaker."""

    sid: str
    service: str
    callback_urls: list[str]
    timeout: int
    expires_at: float
    next_seq: int = 0
    queue: asyncio.Queue[tuple[int, str]] = field(default_factory=asyncio.Queue)
    task: asyncio.Task[None] | None = None


def parse_timeout(header: str | None, maximum: int) -> int:
    """Parse ``TIMEOUT: Second-N`` (or ``infinite``); default to the maximum."""
    if not header:
        return maximum
    value = header.strip().lower()
    if value == "infinite":
        return maximum
    if value.startswith("second-"):
        with contextlib.suppress(ValueError):
            return max(1, min(int(value[7:]), maximum))
    raise SubscriptionError(400, f"bad TIMEOUT header {header!r}")


def propertyset(properties: Iterable[tuple[str, str]]) -> str:
    """Build a NOTIFY body of plain evented variables."""
    body = "".join(
        f"<e:property><{name}>{escape(value)}</{name}></e:property>"
        for name, value in properties
    )
    return f'<e:propertyset xmlns:e="{NS_EVENT}">{body}</e:propertyset>'


def last_change_body(namespace: str, variables: Mapping[str, str]) -> str:
    """Build a NOTIFY body carrying one escaped ``LastChange`` document.

    Keys are variable names, optionally ``Name@Channel`` for per-channel values
    (``Volume@Master`` becomes ``<Volume channel="Master" val="..."/>``).
    """
    parts = []
    for key, value in variables.items():
        name, _, channel = key.partition("@")
        channel_attr = f" channel={quoteattr(channel)}" if channel else ""
        parts.append(f"<{name}{channel_attr} val={quoteattr(value)}/>")
    event = (
        f'<Event xmlns="{namespace}" xmlns:r="{NS_R}"><InstanceID val="0">'
        + "".join(parts)
        + "</InstanceID></Event>"
    )
    return propertyset([("LastChange", event)])


async def let_accepted_attach() -> None:
    """Let connections a server accepted attach to it, before it closes.

    asyncio asserts when a server closes between accepting a connection and
    attaching it, a turn or more later (CPython gh-109564).
    """
    for _ in range(_ACCEPT_TURNS):
        await asyncio.sleep(0)


class EventPublisher:
    """The subscriptions of one speaker and the delivery of its NOTIFYs."""

    def __init__(
        self,
        uid: str,
        clock: EmulatorClock,
        *,
        max_timeout: int = DEFAULT_TIMEOUT,
        initial_notify_yields: int = 8,
    ) -> None:
        """Create a publisher for the speaker ``uid``."""
        self.uid = uid
        self.clock = clock
        self.max_timeout = max_timeout
        self.initial_notify_yields = initial_notify_yields
        self.enabled = True
        self.records: list[NotifyRecord] = []
        self.hooks: list[Callable[[NotifyRecord], None]] = []
        self._subscriptions: dict[str, Subscription] = {}
        self._retired: set[asyncio.Task[None]] = set()
        self._session: ClientSession | None = None
        self._closed = False

    # Subscription bookkeeping -------------------------------------------------

    def subscribe(
        self, service: str, callback_header: str | None, timeout_header: str | None
    ) -> Subscription:
        """Create a subscription; raise :class:`SubscriptionError` if refused."""
        urls = _CALLBACK_RE.findall(callback_header or "")
        if not urls or not all(url.startswith("http://") for url in urls):
            raise SubscriptionError(412, "missing or invalid CALLBACK")
        timeout = parse_timeout(timeout_header, self.max_timeout)
        sid = f"uuid:{self.uid}_sub{next(_SID_COUNTER):010d}"
        subscription = Subscription(
            sid, service, urls, timeout, self.clock.now() + timeout
        )
        self._subscriptions[sid] = subscription
        subscription.task = asyncio.get_running_loop().create_task(
            self._sender(subscription), name=f"sonos-emulator notify {sid}"
        )
        return subscription

    def renew(self, service: str, sid: str, timeout_header: str | None) -> Subscription:
        """Renew a subscription; unknown or expired SIDs give 412."""
        self.expire()
        subscription = self._subscriptions.get(sid)
        if subscription is None or subscription.service != service:
            raise SubscriptionError(412, f"unknown SID {sid}")
        subscription.timeout = parse_timeout(timeout_header, self.max_timeout)
        subscription.expires_at = self.clock.now() + subscription.timeout
        return subscription

    def unsubscribe(self, service: str, sid: str) -> None:
        """End a subscription; unknown SIDs give 412."""
        subscription = self._subscriptions.get(sid)
        if subscription is None or subscription.service != service:
            raise SubscriptionError(412, f"unknown SID {sid}")
        self._remove(subscription)

    def expire(self) -> None:
        """Forget subscriptions whose timeout passed without a renewal."""
        now = self.clock.now()
        for subscription in list(self._subscriptions.values()):
            if subscription.expires_at <= now:
                _LOGGER.debug("Subscription %s expired", subscription.sid)
                self._remove(subscription)

    def drop_all(self) -> None:
        """Forget every subscription (renewals then get 412, no more NOTIFYs)."""
        for subscription in list(self._subscriptions.values()):
            self._remove(subscription)

    def _remove(self, subscription: Subscription) -> None:
        self._subscriptions.pop(subscription.sid, None)
        if subscription.task is not None:
            subscription.task.cancel()
            self._retired.add(subscription.task)
            subscription.task.add_done_callback(self._retired.discard)

    def subscriptions(self, service: str | None = None) -> list[Subscription]:
        """Return the live subscriptions, optionally of one service."""
        self.expire()
        return [
            sub
            for sub in self._subscriptions.values()
            if service is None or sub.service == service
        ]

    # Sending --------------------------------------------------------------------

    def send(self, subscription: Subscription, body: str) -> None:
        """Queue a NOTIFY for one subscription (no-op while events are stopped)."""
        if not self.enabled or subscription.sid not in self._subscriptions:
            return
        seq = subscription.next_seq
        subscription.next_seq += 1
        subscription.queue.put_nowait((seq, body))

    def publish(self, service: str, body: str) -> None:
        """Queue a NOTIFY for every live subscription of ``service``."""
        for subscription in self.subscriptions(service):
            self.send(subscription, body)

    async def _sender(self, subscription: Subscription) -> None:
        first = True
        while True:
            seq, body = await subscription.queue.get()
            if first:
                first = False
                for _ in range(self.initial_notify_yields):
                    await asyncio.sleep(0)
            try:
                await self._deliver(subscription, seq, body)
            finally:
                subscription.queue.task_done()

    async def drain(self) -> None:
        """Wait until every queued NOTIFY has been delivered (or failed)."""
        for subscription in list(self._subscriptions.values()):
            await subscription.queue.join()

    async def _deliver(self, subscription: Subscription, seq: int, body: str) -> None:
        if self._session is None:
            self._session = ClientSession(timeout=ClientTimeout(total=10))
        record = NotifyRecord(
            self.uid,
            subscription.service,
            subscription.sid,
            seq,
            time.monotonic(),
            body,
        )
        self.records.append(record)
        for hook in list(self.hooks):
            hook(record)
        headers = {
            "Content-Type": 'text/xml; charset="utf-8"',
            "NT": "upnp:event",
            "NTS": "upnp:propchange",
            "SID": subscription.sid,
            "SEQ": str(seq),
        }
        for url in subscription.callback_urls:
            try:
                async with self._session.request(
                    "NOTIFY", url, data=body.encode(), headers=headers
                ) as response:
                    await response.read()
                    record.status = response.status
                    record.error = None
                    break
            except (ClientError, OSError, TimeoutError) as err:
                record.error = repr(err)
        record.completed_at = time.monotonic()

    async def close(self) -> None:
        """Stop all senders and close the HTTP client session."""
        self.drop_all()
        for task in list(self._retired):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._session is not None:
            await self._session.close()
            self._session = None

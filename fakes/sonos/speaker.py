"""An emulated Sonos speaker: state, HTTP server, faults and event state."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import contextlib
from dataclasses import dataclass, field, replace
import logging
import random
import socket
import struct
from typing import NamedTuple
from urllib.parse import unquote, urlparse
import zlib

from aiohttp import web

from .descriptions import DeviceIdentity, device_description, scpd
from .didl import line_in_metadata, parse_didl, track_didl
from .events import (
    NS_AVT_EVENT,
    NS_RCS_EVENT,
    EventPublisher,
    NotifyRecord,
    Subscription,
    SubscriptionError,
    last_change_body,
    let_accepted_attach,
    propertyset,
)
from .handlers import HANDLERS
from .household import EmulatedHousehold
from .models import (
    MODELS,
    SONOS_ONE,
    STATE_PLAYING,
    STATE_STOPPED,
    QueueItem,
    SpeakerModel,
    TrackMetadata,
    format_duration,
)
from .playback import Playback, Source
from .soap import (
    ALARM_CLOCK,
    AUDIO_IN,
    AV_TRANSPORT,
    CONTENT_DIRECTORY,
    DEVICE_PROPERTIES,
    ERROR_COMMAND_FAILED,
    ERROR_ILLEGAL_MIME_TYPE,
    ERROR_INVALID_ACTION,
    ERROR_INVALID_ARGS,
    ERROR_RESOURCE_NOT_FOUND,
    GROUP_RENDERING_CONTROL,
    RENDERING_CONTROL,
    SCPD_BY_URL,
    SERVICES_BY_CONTROL_URL,
    SERVICES_BY_EVENT_URL,
    ZONE_GROUP_TOPOLOGY,
    UPnPError,
    canonical_service_name,
    parse_soap_request,
    soap_fault,
    soap_response,
)
from .spotify import (
    album_art_for,
    catalog_queue_item,
    container_metadata,
    parse_spotify_reference,
    sonos_track_uri,
)

_LOGGER = logging.getLogger(__name__)

SERVER_HEADER = "Linux UPnP/1.0 Sonos/85.0-64200 (ZPS18)"
XML_CONTENT_TYPE = 'text/xml; charset="utf-8"'
EVENTED_SERVICES = (
    AV_TRANSPORT,
    RENDERING_CONTROL,
    GROUP_RENDERING_CONTROL,
    ZONE_GROUP_TOPOLOGY,
    CONTENT_DIRECTORY,
    DEVICE_PROPERTIES,
    ALARM_CLOCK,
    AUDIO_IN,
)
RADIO_PREFIXES = (
    "x-sonosapi-stream:",
    "x-sonosapi-radio:",
    "x-rincon-mp3radio:",
    "x-sonosapi-hls:",
    "hls-radio:",
    "aac:",
)
UNQUEUEABLE_PREFIXES = (
    "x-rincon:",
    "x-rincon-queue:",
    "x-rincon-stream:",
    "x-sonos-htastream:",
    "x-sonos-vli:",
    "x-rincon-cpcontainer:",
    *RADIO_PREFIXES,
)
DEFAULT_TRACK_SECONDS = 180


def _png(size: int, rgb: tuple[int, int, int]) -> bytes:
    """A square PNG of one colour (the frontend samples cover art for its colours)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


# What `/getaa` (album art) answers with: big enough for the frontend to sample.
ALBUM_ART = _png(64, (29, 120, 160))
SOUNDBAR_EQ = {
    "NightMode": 0,
    "DialogLevel": 0,
    "SurroundEnable": 1,
    "SurroundLevel": 0,
    "MusicSurroundLevel": 0,
    "SurroundMode": 0,
    "AudioDelay": 0,
    "SubEnable": 1,
    "SubGain": 0,
}
# HTAudioIn of a soundbar with nothing coming in over HDMI ("No input").
NO_AUDIO_INPUT = 21


def model_eq(model: SpeakerModel) -> dict[str, int]:
    """The EQ types a model answers GetEQ for, at their factory values."""
    if not model.is_soundbar:
        return {}
    eq = dict(SOUNDBAR_EQ)
    if model.is_ultra_soundbar:
        # Speech enhancement on/off, and its level in five steps (0-4).
        eq["SpeechEnhanceEnabled"] = 0
    if model.has_sub_output:
        eq["SubCrossover"] = 80
    return eq


class ReceivedAction(NamedTuple):
    """A SOAP action that reached the speaker."""

    service: str
    action: str
    args: dict[str, str]


@dataclass(slots=True)
class FaultRule:
    """Answer ``service``/``action`` with UPnP error ``code`` (``remaining`` times).

    With a ``body``, answer ``200 OK`` with that raw body instead (not SOAP).
    """

    service: str
    action: str
    code: int
    remaining: int | None
    body: str | None = None


@dataclass(slots=True)
class RenderingState:
    """Volume, mute and EQ of one speaker."""

    volume: int = 20
    mute: bool = False
    bass: int = 0
    treble: int = 0
    loudness: bool = True
    left: int = 100
    right: int = 100
    output_fixed: bool = False
    eq: dict[str, int] = field(default_factory=dict)


def loopback_address() -> str:
    """Return a random address of 127.0.0.0/8 other than 127.0.0.1."""
    # Spreads test processes apart; nothing secret about it.
    octets = random.randrange(1, 255), random.randrange(256), random.randrange(2, 255)  # noqa: S311
    return "127.{}.{}.{}".format(*octets)


class EmulatedSpeaker:
    """A Sonos ZonePlayer on 127.0.0.1 with its own port.

    Real SoCo talks to it over HTTP: ``SoCo("127.0.0.1", speaker.port)``.
    Create it through :meth:`EmulatedHousehold.add_speaker` (or pass
    ``household=``; without one it gets a household of its own), then
    ``await speaker.start()``.
    """

    def __init__(
        self,
        room_name: str = "Living Room",
        *,
        household: EmulatedHousehold | None = None,
        household_id: str | None = None,
        model: SpeakerModel | str = SONOS_ONE,
        model_name: str | None = None,
        model_number: str | None = None,
        uid: str | None = None,
        mac: str | None = None,
        serial: str | None = None,
        software_version: str = "85.0-64200",
        display_version: str = "16.4",
        hardware_version: str | None = None,
        host: str | None = "127.0.0.1",
        port: int = 0,
        boot_seq: int = 1,
        volume: int = 20,
        subwoofer: bool = False,
    ) -> None:
        """Describe the speaker; nothing listens until :meth:`start`."""
        if household is None:
            household = EmulatedHousehold(household_id)
        elif household_id is not None and household_id != household.household_id:
            raise ValueError("household_id differs from the household's id")
        if isinstance(model, str):
            model = MODELS[model]
        if model_name or model_number:
            model = replace(
                model,
                name=model_name or model.name,
                number=model_number or model.number,
            )
        self.household = household
        self.model = model
        self.room_name = room_name
        self.mac = (mac or household.default_mac()).upper()
        self.uid = uid or "RINCON_" + self.mac.replace(":", "") + "01400"
        self.serial = serial or self.mac.replace(":", "-") + ":E"
        self.software_version = software_version
        self.display_version = display_version
        self.hardware_version = hardware_version or model.hardware_version
        # None: a random 127.x.y.z, chosen again if its port is taken (other
        # test processes may run emulated speakers on port 1400 too).
        self._random_host = host is None
        self._bound_once = False
        self.host = host or loopback_address()
        self.boot_seq = boot_seq
        self.icon = model.icon
        self.led_on = True
        self.buttons_locked = False
        # A Sub bonded to this (soundbar) speaker.
        self.subwoofer = subwoofer
        self.mic_enabled = model.has_microphone
        self.battery_level = 100
        # BATTERY, SONOS_CHARGING_RING or USB_POWER, as /status/batterystatus says.
        self.power_source = "SONOS_CHARGING_RING"
        self.ht_audio_in = NO_AUDIO_INPUT if model.has_tv else 0
        # TV autoplay: the room that plays TV audio when it starts ("" off);
        # with linked zones the group plays it too (ungroup on autoplay off).
        self.autoplay_room = ""
        self.autoplay_linked_zones = True
        self.playback = Playback(self.uid, household.clock)
        self.rendering = RenderingState(volume=volume, eq=model_eq(model))
        self.group_volume_snapshot: dict[str, int] | None = None
        self.publisher = EventPublisher(self.uid, household.clock)
        self.actions: list[ReceivedAction] = []
        # The paths of the GET requests answered (descriptions, pages, art).
        self.pages_read: list[str] = []
        self.faults: list[FaultRule] = []
        self.delay = 0.0
        # (HTTP method, service or None for every service) left unanswered.
        self._holds: set[tuple[str, str | None]] = set()
        self._held = 0
        self._hold_release = asyncio.Event()
        self._port = port
        self._runner: web.AppRunner | None = None
        self._sock: socket.socket | None = None
        self._offline = False
        self._hanging = False
        self._release = asyncio.Event()
        self._stopping = asyncio.Event()
        self._snapshots: dict[str, dict[str, str]] = {}
        household._register(self)

    def __repr__(self) -> str:
        """Show room, uid and port."""
        return f"<EmulatedSpeaker {self.room_name!r} {self.uid} port={self._port}>"

    # Identity -------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The TCP port the speaker listens on (known after :meth:`start`)."""
        return self._port

    @property
    def ip_address(self) -> str:
        """The address SoCo connects to."""
        return self.host

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://{self.host}:{self._port}"

    @property
    def location(self) -> str:
        """The device description URL, as listed in ZoneGroupState."""
        return f"{self.base_url}/xml/device_description.xml"

    @property
    def household_id(self) -> str:
        """The id of the household the speaker belongs to."""
        return self.household.household_id

    @property
    def running(self) -> bool:
        """Whether the HTTP server is listening."""
        return self._runner is not None

    # Group --------------------------------------------------------------------

    @property
    def coordinator(self) -> EmulatedSpeaker:
        """The coordinator of this speaker's group."""
        return self.household.coordinator_of(self)

    @property
    def is_coordinator(self) -> bool:
        """Whether this speaker coordinates its group."""
        return self.coordinator is self

    @property
    def group_members(self) -> list[EmulatedSpeaker]:
        """The speakers of this speaker's group, coordinator first."""
        return self.household.members_of(self)

    @property
    def transport_state(self) -> str:
        """The transport state this speaker reports (a member mirrors its group)."""
        return self.coordinator.playback.state

    @property
    def is_playing(self) -> bool:
        """Whether the group of this speaker is playing."""
        return self.transport_state == STATE_PLAYING

    @property
    def queue(self) -> list[QueueItem]:
        """This speaker's own queue."""
        return self.playback.queue

    @property
    def position(self) -> float:
        """Seconds into the current track of this speaker's group."""
        return self.coordinator.playback.position()

    def current_item(self) -> QueueItem | None:
        """The item this speaker's group is on."""
        return self.coordinator.playback.current_item()

    # Server ---------------------------------------------------------------------

    async def start(self) -> None:
        """Start answering on 127.0.0.1 (a free port unless one was given)."""
        self._stopping.clear()
        await self._start_server()
        self.household.flush()

    async def stop(self) -> None:
        """Stop the server and all event delivery."""
        self._stopping.set()
        self._release.set()
        self.release()
        await self._stop_server()
        await self.publisher.close()

    async def _start_server(self) -> None:
        if self._runner is not None:
            return
        for _ in range(20):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind((self.host, self._port))
                break
            except OSError:
                sock.close()
                if not self._random_host or self._bound_once:
                    raise
                self.host = loopback_address()
        else:
            raise OSError(f"no free loopback address for port {self._port}")
        # Once known, the address stays (a speaker back online keeps it).
        self._bound_once = True
        sock.listen(128)
        sock.setblocking(False)
        self._port = sock.getsockname()[1]
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        await web.SockSite(runner, sock).start()
        self._runner = runner
        self._sock = sock

    async def _stop_server(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            self._release.set()
            # Stop accepting, then let the connections already accepted attach
            # before the server closes (`let_accepted_attach`): a client may be
            # connecting at any moment.
            if self._sock is not None:
                asyncio.get_running_loop().remove_reader(self._sock.fileno())
                await let_accepted_attach()
            await runner.cleanup()

    # Faults ------------------------------------------------------------------------

    async def go_offline(
        self, *, hang: bool = False, vanish: str | None = None
    ) -> None:
        """Stop answering.

        By default the listening socket closes, so connections are refused. With
        ``hang=True`` connections are accepted but nothing is answered until
        :meth:`come_online` (a client sees its timeout). ``vanish`` (e.g.
        ``"powered off"``) also reports the speaker under ``VanishedDevices`` in
        the ZoneGroupState the other speakers send. No NOTIFY is sent while
        offline.
        """
        self._offline = True
        if vanish:
            self.household.vanish(self, vanish)
        if hang:
            self._hanging = True
            self._release.clear()
        else:
            await self._stop_server()
        self.household.flush()

    async def come_online(self) -> None:
        """Answer again (on the same port) after :meth:`go_offline`."""
        self._offline = False
        self._hanging = False
        self._release.set()
        self.household.reappear(self)
        await self._start_server()
        self.household.flush()

    def set_delay(self, seconds: float) -> None:
        """Answer every HTTP request ``seconds`` late (real ``asyncio.sleep``)."""
        self.delay = seconds

    def fail_action(
        self, service: str, action: str, error_code: int, times: int | None = 1
    ) -> None:
        """Answer ``service``/``action`` with a UPnP error ``times`` times.

        ``service`` is a UPnP service name (``AVTransport``, ``avTransport``...),
        ``action`` an action name or ``"*"``; ``times=None`` fails forever.
        """
        self.faults.append(
            FaultRule(canonical_service_name(service), action, error_code, times)
        )

    def garble_action(
        self, service: str, action: str, body: str = "not xml", times: int | None = 1
    ) -> None:
        """Answer ``service``/``action`` with ``200 OK`` and a raw ``body``.

        The default body is not XML at all; a SOAP envelope that lacks the
        action's out-arguments works too. ``times=None`` garbles forever.
        """
        self.faults.append(
            FaultRule(canonical_service_name(service), action, 0, times, body)
        )

    def hold(self, method: str, service: str | None = None) -> None:
        """Leave ``method`` requests (``SUBSCRIBE``, ``UNSUBSCRIBE``, ``POST``...)
        unanswered until :meth:`release`; with ``service``, only that service's.

        Unlike ``go_offline(hang=True)`` every other request is answered.
        """
        name = canonical_service_name(service) if service else None
        self._holds.add((method.upper(), name))
        self._hold_release.clear()

    @property
    def held(self) -> int:
        """How many requests :meth:`hold` keeps waiting right now."""
        return self._held

    def release(self) -> None:
        """Answer the requests :meth:`hold` kept, and hold no more."""
        self._holds.clear()
        self._hold_release.set()

    def clear_faults(self) -> None:
        """Forget every fault injection (delay, failing actions, hang)."""
        self.faults.clear()
        self.delay = 0.0
        self._hanging = False
        self._release.set()

    def drop_subscriptions(self) -> None:
        """Forget all SIDs: renewals get 412 and no more NOTIFYs are sent."""
        self.publisher.drop_all()

    def stop_events(self) -> None:
        """Keep answering SOAP but never send NOTIFY (a firewall in between)."""
        self.publisher.enabled = False

    def resume_events(self) -> None:
        """Send NOTIFYs again after :meth:`stop_events`."""
        self.publisher.enabled = True

    async def reboot(self, downtime: float = 0.0) -> None:
        """Restart like a power cycle.

        The server goes away (``downtime`` seconds, real time), subscriptions are
        forgotten, ``BootSeq`` goes up (visible in ZoneGroupState), the transport
        stops at the start of the current track and the sleep timer is cleared.
        Queue, volume, favorites and grouping survive, as on a real speaker.
        """
        await self._stop_server()
        self.publisher.drop_all()
        self.boot_seq += 1
        self.playback.configure_sleep_timer(None)
        if self.playback.source != Source.GROUP:
            self.playback.state = STATE_STOPPED
            self.playback.set_position(0)
        self._snapshots.clear()
        if downtime:
            await asyncio.sleep(downtime)
        await self._start_server()
        self.household.flush()

    # Records --------------------------------------------------------------------------

    @property
    def notifications(self) -> list[NotifyRecord]:
        """Every NOTIFY sent so far (with ``time.monotonic()`` timestamps)."""
        return self.publisher.records

    @property
    def notify_count(self) -> int:
        """How many NOTIFYs were sent."""
        return len(self.publisher.records)

    def add_notify_hook(self, hook: Callable[[NotifyRecord], None]) -> None:
        """Call ``hook`` after every NOTIFY this speaker sends."""
        self.publisher.hooks.append(hook)

    async def drain_events(self) -> None:
        """Wait until every NOTIFY queued so far has been answered (or failed)."""
        await self.publisher.drain()

    def subscriptions(self, service: str | None = None) -> list[Subscription]:
        """The live subscriptions (optionally of one service)."""
        name = canonical_service_name(service) if service else None
        return self.publisher.subscriptions(name)

    def actions_named(self, action: str) -> list[ReceivedAction]:
        """The received SOAP actions called ``action``."""
        return [received for received in self.actions if received.action == action]

    # Time -------------------------------------------------------------------------------

    def advance(self, seconds: float) -> None:
        """Move the household clock (all speakers) forward and send the events."""
        self.household.advance(seconds)

    # External control (what the Sonos app or the buttons would do) ----------------------

    def set_volume(self, volume: int) -> None:
        """Change the volume as the buttons would (sends a RenderingControl event)."""
        self.rendering.volume = max(0, min(100, volume))
        self.household.flush()

    def set_eq(self, eq_type: str, value: int) -> None:
        """Change a soundbar setting as the Sonos app would (and notify)."""
        if eq_type not in self.rendering.eq:
            raise KeyError(eq_type)
        self.rendering.eq[eq_type] = value
        self.household.flush()

    def set_battery(self, level: int, power_source: str | None = None) -> None:
        """Drain or charge the battery, or put the speaker on or off its base."""
        self.battery_level = level
        if power_source is not None:
            self.power_source = power_source
        self.household.flush()

    def set_microphone(self, enabled: bool) -> None:
        """Switch the microphone with the speaker's button (and notify)."""
        self.mic_enabled = enabled
        self.household.flush()

    def set_audio_input(self, code: int) -> None:
        """Set what comes in over HDMI (HTAudioIn, e.g. 18 for Dolby 5.1)."""
        self.ht_audio_in = code
        self.household.flush()

    def set_transport_state(self, state: str) -> None:
        """Force the group's transport state (e.g. ``TRANSITIONING``) and notify."""
        self.coordinator.playback.set_state(state)
        self.household.flush()

    def set_stream_content(self, text: str) -> None:
        """Change the ``r:streamContent`` of the radio stream being played."""
        item = self.coordinator.playback.single
        if item is not None:
            item.metadata.stream_content = text
        self.household.flush()

    def play_spotify_connect(self, track_id: str, *, session: str = "1") -> None:
        """Start a Spotify Connect session playing ``spotify:track:<id>``."""
        if not self.is_coordinator:
            self.household.unjoin(self)
        track = self.household.catalog.track(track_id)
        item = catalog_queue_item(track, self.household.spotify_service_type or 2311)
        vli = f"x-sonos-vli:{self.uid}:{session},spotify:{track_id[:8].lower()}"
        self.playback.select_single(
            Source.SPOTIFY_CONNECT, vli, "", item, state=STATE_PLAYING
        )
        self.household.flush()

    # HTTP ---------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if self._hanging:
            await self._release.wait()
        if self.delay:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.delay)
        if self._stopping.is_set():
            return web.Response(status=503)
        method = request.method.upper()
        path = request.path
        if self._holds and self._is_held(method, path):
            self._held += 1
            try:
                await self._hold_release.wait()
            finally:
                self._held -= 1
            if self._stopping.is_set():
                return web.Response(status=503)
        if method == "GET":
            return self._handle_get(path)
        if method == "POST":
            return await self._handle_control(request)
        if method in ("SUBSCRIBE", "UNSUBSCRIBE"):
            return await self._handle_subscription(request, method)
        return web.Response(status=405)

    def _is_held(self, method: str, path: str) -> bool:
        service = SERVICES_BY_EVENT_URL.get(path) or SERVICES_BY_CONTROL_URL.get(path)
        name = service.service_type if service is not None else None
        return (method, None) in self._holds or (method, name) in self._holds

    def _xml(self, text: str, status: int = 200) -> web.Response:
        return web.Response(
            body=text.encode("utf-8"),
            status=status,
            headers={
                "Content-Type": XML_CONTENT_TYPE,
                "Server": SERVER_HEADER,
                "EXT": "",
            },
        )

    def _handle_get(self, path: str) -> web.Response:
        self.pages_read.append(path)
        if path == "/xml/device_description.xml":
            return self._xml(device_description(self.identity()))
        if (services := SCPD_BY_URL.get(path)) is not None:
            return self._xml(scpd(services))
        if path == "/status/batterystatus":
            return self._xml(self._battery_status())
        if path == "/getaa":
            # Album art the speaker serves for items without art of their own.
            return web.Response(body=ALBUM_ART, content_type="image/png")
        return web.Response(status=404)

    def _battery_status(self) -> str:
        """The battery page: empty on speakers without a battery."""
        if not self.model.has_battery:
            return "<ZPSupportInfo></ZPSupportInfo>"
        data = {
            "Health": "GREEN",
            "Level": str(self.battery_level),
            "Temperature": "NORMAL",
            "PowerSource": self.power_source,
        }
        rows = "".join(f'<Data name="{k}">{v}</Data>' for k, v in data.items())
        return (
            '<?xml version="1.0" ?>'
            '<?xml-stylesheet type="text/xsl" href="/xml/review.xsl"?>'
            f"<ZPSupportInfo><LocalBatteryStatus>{rows}</LocalBatteryStatus>"
            "</ZPSupportInfo>"
        )

    def identity(self) -> DeviceIdentity:
        """The facts the device description reports."""
        return DeviceIdentity(
            uid=self.uid,
            room_name=self.room_name,
            model=self.model,
            serial=self.serial,
            mac=self.mac,
            software_version=self.software_version,
            display_version=self.display_version,
            hardware_version=self.hardware_version,
            ip_address=self.host,
        )

    async def _handle_control(self, request: web.Request) -> web.Response:
        service = SERVICES_BY_CONTROL_URL.get(request.path)
        if service is None:
            return web.Response(status=404)
        body = await request.read()
        try:
            soap = parse_soap_request(body, request.headers.get("SOAPACTION"))
        except UPnPError as err:
            return self._xml(soap_fault(err.code), status=500)
        self.actions.append(
            ReceivedAction(service.service_type, soap.action, soap.args)
        )
        action = service.actions.get(soap.action)
        if action is None:
            return self._xml(soap_fault(ERROR_INVALID_ACTION), status=500)
        if any(name not in soap.args for name in action.in_args):
            return self._xml(soap_fault(ERROR_INVALID_ARGS), status=500)
        if (
            rule := self._injected_fault(service.service_type, soap.action)
        ) is not None:
            if rule.body is not None:
                return self._xml(rule.body)
            return self._xml(soap_fault(rule.code), status=500)

        handler = HANDLERS.get((service.service_type, soap.action))
        if handler is None:
            return self._xml(soap_fault(ERROR_INVALID_ACTION), status=500)
        self.household.settle()
        try:
            values = handler(self, soap.args)
        except UPnPError as err:
            return self._xml(soap_fault(err.code), status=500)
        finally:
            self.household.flush()
        return self._xml(soap_response(service, action, values))

    def _injected_fault(self, service: str, action: str) -> FaultRule | None:
        for rule in self.faults:
            if rule.service == service and rule.action in (action, "*"):
                if rule.remaining is not None:
                    rule.remaining -= 1
                    if rule.remaining <= 0:
                        self.faults.remove(rule)
                return rule
        return None

    async def _handle_subscription(
        self, request: web.Request, method: str
    ) -> web.StreamResponse:
        service = SERVICES_BY_EVENT_URL.get(request.path)
        if service is None:
            return web.Response(status=404)
        headers = request.headers
        sid = headers.get("SID")
        name = service.service_type
        try:
            if method == "UNSUBSCRIBE":
                self.publisher.unsubscribe(name, sid or "")
                return web.Response(status=200, headers={"Server": SERVER_HEADER})
            if sid is not None:
                if "CALLBACK" in headers or "NT" in headers:
                    raise SubscriptionError(400, "SID with CALLBACK or NT")
                subscription = self.publisher.renew(name, sid, headers.get("TIMEOUT"))
                return self._subscription_response(subscription)
            if headers.get("NT") != "upnp:event":
                raise SubscriptionError(412, "NT must be upnp:event")
            self.household.settle()
            self.household.flush()
            subscription = self.publisher.subscribe(
                name, headers.get("CALLBACK"), headers.get("TIMEOUT")
            )
        except SubscriptionError as err:
            return web.Response(status=err.status, reason=err.reason)
        response = self._subscription_response(subscription)
        await response.prepare(request)
        await response.write_eof()
        state = self.event_state(name)
        self._snapshots[name] = state
        self.publisher.send(subscription, self._event_body(name, state, None))
        return response

    def _subscription_response(self, subscription: Subscription) -> web.Response:
        return web.Response(
            status=200,
            headers={
                "SID": subscription.sid,
                "TIMEOUT": f"Second-{subscription.timeout}",
                "Server": SERVER_HEADER,
            },
        )

    # Events -----------------------------------------------------------------------------

    def flush_events(self) -> None:
        """Send a NOTIFY for each evented service whose state changed."""
        for service in EVENTED_SERVICES:
            current = self.event_state(service)
            previous = self._snapshots.get(service)
            self._snapshots[service] = current
            if previous is None or previous == current or self._offline:
                continue
            self.publisher.publish(
                service, self._event_body(service, current, previous)
            )

    def _event_body(
        self, service: str, state: dict[str, str], previous: dict[str, str] | None
    ) -> str:
        if service == AV_TRANSPORT:
            # Sonos sends the whole AVTransport state in every event.
            return last_change_body(NS_AVT_EVENT, state)
        changed = {
            key: value
            for key, value in state.items()
            if previous is None or previous.get(key) != value
        }
        if service == RENDERING_CONTROL:
            return last_change_body(NS_RCS_EVENT, changed)
        if service == CONTENT_DIRECTORY:
            containers = []
            for key, container in (("_FV", "FV:2"), ("_Q", "Q:0"), ("_SQ", "SQ:")):
                if key in changed:
                    containers.append(f"{container},{state[key]}")
            properties = [(k, v) for k, v in changed.items() if not k.startswith("_")]
            if containers:
                properties.append(("ContainerUpdateIDs", ",".join(containers)))
            return propertyset(properties)
        return propertyset(changed.items())

    def event_state(self, service: str) -> dict[str, str]:
        """The evented variables of ``service`` as this speaker would report them."""
        builders: dict[str, Callable[[], dict[str, str]]] = {
            AV_TRANSPORT: self._av_transport_state,
            RENDERING_CONTROL: self._rendering_state,
            GROUP_RENDERING_CONTROL: self._group_rendering_state,
            ZONE_GROUP_TOPOLOGY: self._topology_state,
            CONTENT_DIRECTORY: self._content_directory_state,
            DEVICE_PROPERTIES: self._device_properties_state,
            ALARM_CLOCK: self._alarm_clock_state,
            AUDIO_IN: self._audio_in_state,
        }
        builder = builders.get(service)
        return builder() if builder else {}

    def _av_transport_state(self) -> dict[str, str]:
        coordinator = self.coordinator
        group = coordinator.playback
        own = self.playback
        info = self.track_info()
        if self.playback.source == Source.GROUP:
            enqueued_uri = enqueued_meta = ""
            next_uri = next_meta = ""
            tracks = "0"
        else:
            enqueued_uri, enqueued_meta = self.enqueued_transport()
            next_uri, next_meta = self._next_track()
            tracks = str(self.number_of_tracks())
        return {
            "TransportState": group.state,
            "CurrentPlayMode": group.play_mode,
            "CurrentCrossfadeMode": "1" if group.crossfade else "0",
            "NumberOfTracks": tracks,
            "CurrentTrack": str(info.number),
            "CurrentSection": "0",
            "CurrentTrackURI": info.uri,
            "CurrentTrackDuration": info.duration,
            "CurrentTrackMetaData": info.metadata,
            "r:NextTrackURI": next_uri,
            "r:NextTrackMetaData": next_meta,
            "r:EnqueuedTransportURI": enqueued_uri,
            "r:EnqueuedTransportURIMetaData": enqueued_meta,
            "PlaybackStorageMedium": "NETWORK",
            "AVTransportURI": own.uri,
            "AVTransportURIMetaData": own.uri_metadata,
            "NextAVTransportURI": "",
            "NextAVTransportURIMetaData": "",
            "CurrentTransportActions": self.transport_actions(),
            "r:CurrentValidPlayModes": "SHUFFLE,REPEAT,REPEATONE,CROSSFADE",
            "r:DirectControlClientID": "",
            "r:DirectControlIsSuspended": "0",
            "r:DirectControlAccountID": "",
            "TransportStatus": "OK",
            "r:SleepTimerGeneration": str(group.sleep_generation),
            "r:AlarmRunning": "1" if group.alarm_running else "0",
            "r:SnoozeRunning": "0",
            "r:RestartPending": "0",
            "TransportPlaySpeed": "1",
            "CurrentMediaDuration": "",
            "RecordStorageMedium": "NOT_IMPLEMENTED",
            "PossiblePlaybackStorageMedia": "NONE, NETWORK",
            "PossibleRecordStorageMedia": "NOT_IMPLEMENTED",
            "RecordMediumWriteStatus": "NOT_IMPLEMENTED",
            "CurrentRecordQualityMode": "NOT_IMPLEMENTED",
            "PossibleRecordQualityModes": "NOT_IMPLEMENTED",
        }

    def _rendering_state(self) -> dict[str, str]:
        r = self.rendering
        state = {
            "Volume@Master": str(r.volume),
            "Volume@LF": str(r.left),
            "Volume@RF": str(r.right),
            "Mute@Master": "1" if r.mute else "0",
            "Mute@LF": "0",
            "Mute@RF": "0",
            "Bass": str(r.bass),
            "Treble": str(r.treble),
            "Loudness@Master": "1" if r.loudness else "0",
            "OutputFixed": "1" if r.output_fixed else "0",
            "HeadphoneConnected": "0",
            "SpeakerSize": "5",
            "SubGain": "0",
            "SubCrossover": "0",
            "SubPolarity": "0",
            "SubEnabled": "1",
            "SonarEnabled": "0",
            "SonarCalibrationAvailable": "0",
            "PresetNameList": "FactoryDefaults",
        }
        if self.model.is_soundbar:
            eq = r.eq
            state |= {
                "NightMode": str(eq["NightMode"]),
                "DialogLevel": str(eq["DialogLevel"]),
                "SurroundEnabled": str(eq["SurroundEnable"]),
                "SurroundLevel": str(eq["SurroundLevel"]),
                "MusicSurroundLevel": str(eq["MusicSurroundLevel"]),
                "SurroundMode": str(eq["SurroundMode"]),
                "AudioDelay": str(eq["AudioDelay"]),
                "SubGain": str(eq["SubGain"]),
                "SubEnabled": str(eq["SubEnable"]),
            }
            if "SpeechEnhanceEnabled" in eq:
                state["SpeechEnhanceEnabled"] = str(eq["SpeechEnhanceEnabled"])
            if "SubCrossover" in eq:
                state["SubCrossover"] = str(eq["SubCrossover"])
        return state

    def _group_rendering_state(self) -> dict[str, str]:
        return {
            "GroupMute": "1" if self.group_mute() else "0",
            "GroupVolume": str(self.group_volume()),
            "GroupVolumeChangeable": "1",
        }

    def _topology_state(self) -> dict[str, str]:
        group = self.household.group_of(self)
        return {
            "ZoneGroupState": self.household.zone_group_state(),
            "ZoneGroupName": self.household.group_name(group),
            "ZoneGroupID": group.group_id,
            "ZonePlayerUUIDsInGroup": ",".join(group.members),
            "MuseHouseholdId": self.household_id,
        }

    def _content_directory_state(self) -> dict[str, str]:
        household = self.household
        return {
            "SystemUpdateID": str(household.playlists_update_id + 100),
            "FavoritesUpdateID": f"{self.uid},{household.favorites_update_id}",
            "SavedQueuesUpdateID": f"{self.uid},{household.playlists_update_id}",
            "ShareListUpdateID": f"{self.uid},1",
            "RecentlyPlayedUpdateID": f"{self.uid},1",
            "_FV": str(household.favorites_update_id),
            "_Q": str(self.playback.queue_update_id),
            "_SQ": str(household.playlists_update_id),
        }

    def _device_properties_state(self) -> dict[str, str]:
        return {
            "ZoneName": self.room_name,
            "Icon": self.icon,
            "Configuration": "1",
            "Invisible": "0",
            "IsZoneBridge": "0",
            "ChannelMapSet": "",
            "HTSatChanMapSet": "",
            "SupportsAudioIn": "1" if self.model.has_line_in else "0",
            "MicEnabled": "1" if self.mic_enabled else "0",
            "MoreInfo": self._more_info(),
        }

    def _more_info(self) -> str:
        """DeviceProperties' MoreInfo: battery figures on portables, else empty."""
        if not self.model.has_battery:
            return ""
        charging = "NOT_CHARGING" if self.power_source == "BATTERY" else "CHARGING"
        level = self.battery_level
        return f"BattChg:{charging},RawBattPct:{level},BattPct:{level},BattTmp:27"

    def _alarm_clock_state(self) -> dict[str, str]:
        return {
            "TimeZone": "0000000000000000000000",
            "TimeServer": "0.sonostime.pool.ntp.org,1.sonostime.pool.ntp.org",
            "TimeGeneration": "1",
            "AlarmListVersion": self.household.alarm_clock.list_version,
            "DailyIndexRefreshTime": "02:00:00",
            "TimeFormat": "INV",
            "DateFormat": "INV",
        }

    def _audio_in_state(self) -> dict[str, str]:
        if not self.model.has_line_in:
            return {}
        return {
            "AudioInputName": self.room_name,
            "Icon": "AudioComponent",
            "LineInConnected": "1",
            "LeftLineInLevel": "1",
            "RightLineInLevel": "1",
        }

    # Views shared by SOAP answers and events --------------------------------------------

    def track_info(self) -> TrackInfo:
        """Track number, URI, duration, metadata and position this speaker reports."""
        if self.playback.source == Source.GROUP:
            uri = self.playback.uri
            return TrackInfo(0, uri, "0:00:00", "", "0:00:00")
        playback = self.playback
        item = playback.current_item()
        source = playback.source
        if item is None:
            return TrackInfo(0, "", "NOT_IMPLEMENTED", "", "NOT_IMPLEMENTED")
        if source in (Source.LINE_IN, Source.TV):
            return TrackInfo(
                1,
                item.uri,
                "NOT_IMPLEMENTED",
                track_didl(item.metadata, item.uri),
                "NOT_IMPLEMENTED",
            )
        position = format_duration(playback.position())
        if source == Source.STREAM:
            meta = item.metadata.copy(
                item_class="object.item", item_id="-1", parent_id="-1"
            )
            return TrackInfo(
                1, item.uri, "0:00:00", track_didl(meta, item.uri), position
            )
        number = playback.track_index + 1 if source == Source.QUEUE else 1
        meta = item.metadata.copy(item_id="-1", parent_id="-1")
        uri = (
            playback.uri
            if source in (Source.SPOTIFY_CONNECT, Source.AIRPLAY)
            else item.uri
        )
        return TrackInfo(
            number,
            uri,
            format_duration(item.metadata.duration),
            track_didl(meta, item.uri),
            position,
        )

    def enqueued_transport(self) -> tuple[str, str]:
        """``r:EnqueuedTransportURI`` and its metadata for the current item."""
        playback = self.playback
        if playback.source == Source.QUEUE:
            item = playback.current_item()
            if item is None:
                return "", ""
            return item.source_uri, item.source_metadata
        return playback.uri, playback.uri_metadata

    def _next_track(self) -> tuple[str, str]:
        playback = self.playback
        if playback.source != Source.QUEUE or not playback.queue:
            return "", ""
        following = playback.track_index + 1
        if following >= len(playback.queue):
            return "", ""
        item = playback.queue[following]
        return item.uri, track_didl(
            item.metadata.copy(item_id="-1", parent_id="-1"), item.uri
        )

    def number_of_tracks(self) -> int:
        """``NumberOfTracks``/``NrTracks`` for the current source."""
        playback = self.playback
        if playback.source == Source.QUEUE:
            return len(playback.queue)
        if playback.source in (Source.NONE, Source.GROUP):
            return 0
        return 1

    def transport_actions(self) -> str:
        """``CurrentTransportActions`` for the current source."""
        source = self.coordinator.playback.source
        if source == Source.QUEUE:
            return "Set, Stop, Pause, Play, X_DLNA_SeekTime, Next, Previous, X_DLNA_SeekTrackNr"
        if source == Source.TRACK:
            return "Set, Stop, Pause, Play, X_DLNA_SeekTime"
        if source in (Source.LINE_IN, Source.TV):
            return "Set, Stop, Play"
        return "Set, Stop, Pause, Play"

    def group_volume(self) -> int:
        """The group volume: the mean of the members' volumes."""
        members = self.group_members
        return round(sum(m.rendering.volume for m in members) / len(members))

    def group_mute(self) -> bool:
        """Whether every member of the group is muted."""
        return all(m.rendering.mute for m in self.group_members)

    # Resolving what a controller enqueues or plays ------------------------------------

    def resolve_enqueue(self, uri: str, metadata: str) -> list[QueueItem]:
        """Turn an enqueued URI (+ DIDL) into queue items, like a speaker does."""
        if not uri:
            raise UPnPError(ERROR_INVALID_ARGS)
        household = self.household
        reference = parse_spotify_reference(uri, metadata)
        if reference is not None:
            service_type = self._spotify_account(reference.service_type)
            catalog = household.catalog
            if reference.is_container:
                container = catalog.container(reference.kind, reference.spotify_id)
                if not metadata:
                    meta = container_metadata(container, service_type)
                    metadata = track_didl(meta)
                return [
                    catalog_queue_item(
                        catalog.track(track_id, container.item_kind),
                        service_type,
                        uri,
                        metadata,
                    )
                    for track_id in container.track_ids
                ]
            track = catalog.track(reference.spotify_id, reference.kind)
            item = catalog_queue_item(track, service_type)
            item.source_metadata = track_didl(item.metadata, item.uri)
            return [item]
        if uri.startswith("file:///jffs/settings/savedqueues.rsq#"):
            number = uri.rsplit("#", 1)[1]
            playlist = household.playlist(int(number)) if number.isdigit() else None
            if playlist is None:
                raise UPnPError(ERROR_RESOURCE_NOT_FOUND)
            source_uri, source_meta = household.playlist_source(playlist)
            items = [item.copy() for item in playlist.tracks]
            for item in items:
                item.source_uri, item.source_metadata = source_uri, source_meta
            return items
        if uri.startswith(UNQUEUEABLE_PREFIXES):
            raise UPnPError(ERROR_ILLEGAL_MIME_TYPE)
        meta = self._item_metadata(uri, metadata)
        return [QueueItem(uri, meta, uri, track_didl(meta, uri))]

    def _spotify_account(self, requested: int | None) -> int:
        linked = self.household.spotify_service_type
        if linked is None or (requested is not None and requested != linked):
            # What a real speaker answers for a music service with no account.
            raise UPnPError(ERROR_COMMAND_FAILED)
        return linked

    def _item_metadata(self, uri: str, metadata: str) -> TrackMetadata:
        parsed = parse_didl(metadata)
        if parsed is not None and parsed.metadata.item_class.startswith("object.item."):
            meta = parsed.metadata.copy(item_id="-1", parent_id="-1")
            if meta.duration is None:
                meta.duration = DEFAULT_TRACK_SECONDS
            if not meta.title:
                meta.title = _title_from_uri(uri)
            return meta
        protocol = (
            "x-file-cifs:*:audio/mpeg:*"
            if uri.startswith("x-file-cifs:")
            else ("http-get:*:audio/mpeg:*")
        )
        return TrackMetadata(
            title=_title_from_uri(uri),
            duration=DEFAULT_TRACK_SECONDS,
            protocol_info=protocol,
            album_art_uri=album_art_for(uri),
        )

    def set_transport_uri(self, uri: str, metadata: str) -> None:
        """Handle ``SetAVTransportURI`` (join, queue, line-in, TV, radio, track)."""
        household = self.household
        if uri.startswith("x-rincon:"):
            target = household.by_uid(uri.removeprefix("x-rincon:"))
            if target is None or target is self:
                raise UPnPError(ERROR_COMMAND_FAILED)
            household.join(self, target)
            return
        if not uri:
            raise UPnPError(ERROR_INVALID_ARGS)
        # A member told to play something leaves its group first.
        if not self.is_coordinator:
            household.unjoin(self)
        playback = self.playback
        if uri.startswith("x-rincon-queue:"):
            if uri.removeprefix("x-rincon-queue:").split("#", 1)[0] != self.uid:
                raise UPnPError(ERROR_ILLEGAL_MIME_TYPE)
            playback.select_queue()
            return
        if uri.startswith("x-rincon-stream:"):
            source = household.by_uid(uri.removeprefix("x-rincon-stream:"))
            if source is None or not source.model.has_line_in:
                raise UPnPError(ERROR_ILLEGAL_MIME_TYPE)
            item = QueueItem(uri, line_in_metadata(source.room_name))
            playback.select_single(
                Source.LINE_IN, uri, metadata, item, state=STATE_PLAYING
            )
            return
        if uri.startswith("x-sonos-htastream:"):
            if (
                not uri.startswith(f"x-sonos-htastream:{self.uid}:")
                or not self.model.has_tv
            ):
                raise UPnPError(ERROR_ILLEGAL_MIME_TYPE)
            meta = TrackMetadata(
                title="TV",
                item_class="object.item.audioItem",
                protocol_info="x-sonos-htastream:*:*:*",
            )
            playback.select_single(
                Source.TV, uri, metadata, QueueItem(uri, meta), state=STATE_PLAYING
            )
            return
        if uri.startswith(RADIO_PREFIXES):
            parsed = parse_didl(metadata)
            title = (
                parsed.metadata.title
                if parsed and parsed.metadata.title
                else _title_from_uri(uri)
            )
            protocol = uri.split(":", 1)[0] + ":*:*:*"
            meta = TrackMetadata(
                title=title, item_class="object.item", protocol_info=protocol
            )
            playback.select_single(Source.STREAM, uri, metadata, QueueItem(uri, meta))
            return
        if uri.startswith("x-rincon-cpcontainer:"):
            raise UPnPError(ERROR_ILLEGAL_MIME_TYPE)
        reference = parse_spotify_reference(uri, metadata)
        if reference is not None and not reference.is_container:
            service_type = self._spotify_account(reference.service_type)
            track = household.catalog.track(reference.spotify_id, reference.kind)
            item = catalog_queue_item(track, service_type)
            stored = sonos_track_uri(reference.kind, reference.spotify_id, service_type)
            playback.select_single(Source.TRACK, stored, metadata, item)
            return
        meta = self._item_metadata(uri, metadata)
        playback.select_single(Source.TRACK, uri, metadata, QueueItem(uri, meta))


class TrackInfo(NamedTuple):
    """What ``GetPositionInfo`` and the AVTransport event say about the track."""

    number: int
    uri: str
    duration: str
    metadata: str
    position: str


def _title_from_uri(uri: str) -> str:
    """Make a title for a URI without metadata (real speakers read the tags).

    SoCo drops titles that appear verbatim in the track URI, so the file name
    is reshaped ("my_song.mp3" -> "My Song").
    """
    path = urlparse(uri).path or uri
    name = unquote(path.rstrip("/").rsplit("/", 1)[-1]) or uri
    stem = name.rsplit(".", 1)[0] if "." in name else name
    title = " ".join(stem.replace("_", " ").replace("-", " ").split()).title()
    if not title or title in uri or title in unquote(uri):
        title = f"Track {title}".strip()
    return title

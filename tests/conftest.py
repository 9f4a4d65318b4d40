"""Shared fixtures: a real Home Assistant, the fake Spotify, Encore wired to it."""

from collections.abc import AsyncGenerator, Awaitable, Callable
from datetime import datetime, timedelta
import logging
import socket
from typing import TYPE_CHECKING, Any

from aiohttp.web_urldispatcher import UrlDispatcher
from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)
from soco import events_asyncio

from homeassistant.components.application_credentials import (
    ClientCredential,
    async_import_client_credential,
)
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import CONF_HOST, CONF_PORT
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from custom_components.encore.const import (
    CONF_HOUSEHOLD_ID,
    CONF_KIND,
    CONF_UID,
    DOMAIN,
    EntryKind,
)
from custom_components.encore.history import manager as history_manager
from custom_components.encore.history.store.engine import sqlite_url
from custom_components.encore.spotify import (
    client as spotify_client,
    planner as spotify_planner,
)
from custom_components.encore.spotify.endpoints import ENDPOINTS
from fakes.sonos.household import EmulatedHousehold
from fakes.sonos.soco_support import fresh_listener_locks
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser
from tests.fakes.sonos_fixtures import (
    soco_clean,
    soco_events,
    sonos_household,
    sonos_household_factory,
)
from tests.fakes.spotify_fixtures import fake_spotify, shared_data
from tests.history.postgres import postgres_db_url, postgres_url
from tests.sentence_templates import parse_templates_once

if TYPE_CHECKING:
    from execnet.gateway_base import Producer

# The test plugin turns on SQLAlchemy's echo of every statement (recorder's and
# Encore's): thousands of lines per module that nobody reads and that slow the
# writes. A test that wants them can lower the level itself.
logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
parse_templates_once()

__all__ = [
    "fake_spotify",
    "postgres_db_url",
    "postgres_url",
    "shared_data",
    "soco_clean",
    "soco_events",
    "sonos_household",
    "sonos_household_factory",
]

# `scripts/test` hands the workers a file at a time (`--dist loadfile`): a
# file's tests share its module fixtures and run in its order. These files'
# tests share nothing and are each long or many (the pinned readings of 33,000
# questions in parts, the scan of every writer's commands, every turn's blind
# phrasings): each test is handed out alone, so neither worker waits on one
# file at the end.
SPREAD = frozenset(
    {
        "tests/voice/test_written_from.py",
        "tests/voice/test_blind_misses.py",
        "tests/voice/test_net_negatives.py",
    }
)
# Handed out first, longest first (ci79: 522 s, 188-245 s per pin part, 159 s,
# 145 s, ...): xdist otherwise hands out the units with the most tests first,
# so a single test of several minutes was queued last, where it can keep one
# worker busy while the other idles.
LONG_FIRST = (
    "tests/voice/test_net_negatives.py::test_no_negative_matches_a_history_sentence[en]",
    "tests/voice/test_written_from.py::test_readings_are_as_pinned",
    "tests/voice/test_fresh.py",
    "tests/voice/test_net_negatives.py::test_no_negative_matches_a_history_sentence[de]",
    "tests/voice/test_voice_corpus.py",
    "tests/voice/test_heldout.py",
    "tests/history/imports/test_import_overlap.py",
)


@pytest.hookimpl(tryfirst=True)  # before xdist's own, which answers for every mode
def pytest_xdist_make_scheduler(config: pytest.Config, log: Producer) -> Any:
    """By file, as `--dist loadfile` asks, but each test of `SPREAD` alone."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class _FilesButSpread(LoadFileScheduling):
        _ordered = False

        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return nodeid if path in SPREAD else path

        def _assign_work_unit(self, node: Any) -> None:
            # The queue is complete when the first unit is handed out.
            if not self._ordered:
                self._ordered = True
                first = [
                    scope
                    for prefix in LONG_FIRST
                    for scope in self.workqueue
                    if scope.startswith(prefix)
                ]
                for scope in reversed(dict.fromkeys(first)):
                    self.workqueue.move_to_end(scope, last=False)
            super()._assign_work_unit(node)

    return _FilesButSpread(config, log)


CLIENT_ID = "encore-test-client"
CLIENT_SECRET = "encore-test-secret"
USER_ID = "encore_user"
USER_NAME = "Ada Listener"


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(request: pytest.FixtureRequest) -> None:
    """Let Home Assistant load Encore from custom_components/, where a test has one.

    Asked for by name, not as an argument: `enable_custom_integrations` takes
    `hass`, and an argument would start a Home Assistant for each of the
    thousands of pure tests (the parser's rules, the pinned readings), about
    45 ms each for nothing.
    """
    if "hass" in request.fixturenames:
        request.getfixturevalue("enable_custom_integrations")


@pytest.fixture(autouse=True)
def routes_after_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never freeze the web router, as Home Assistant's server does.

    Encore serves its page and cards once it is set up, which may be after
    a test client started the server (http/server.py does the same).
    """

    def freeze_resources_only(router: UrlDispatcher) -> None:
        # Resources still settle (an empty path becomes "/", which SoCo's event
        # listener relies on); only the router stays open to new routes.
        for resource in router._resources:
            resource.freeze()

    monkeypatch.setattr(UrlDispatcher, "freeze", freeze_resources_only)


@pytest.fixture(autouse=True)
def no_nights(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Keep the planner's nights out of tests that do not ask for them.

    The frozen clock starts at the wall clock's time, so without this a test
    would plan differently by the hour it runs at. Tests of the nights (and
    the day's benchmark) mark themselves `nights`.
    """
    if request.node.get_closest_marker("nights") is None:
        monkeypatch.setattr(spotify_planner, "NIGHT_END", spotify_planner.NIGHT_START)


@pytest.fixture(autouse=True)
def history_db(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """Give each test a history database of its own, in a fresh folder.

    The test configuration folder lies inside the installed test plugin and
    is shared by every test (and by both xdist workers).
    """
    url = sqlite_url(tmp_path_factory.mktemp("history") / "history.db")
    monkeypatch.setattr(
        history_manager.HistoryManager, "default_url", property(lambda _self: url)
    )
    return url


@pytest.fixture(autouse=True)
def spotify_wiring(
    monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    """Point Encore at the fake Spotify: its endpoints go into `hass.data`.

    Only tests that use the fake and a Home Assistant are wired. Retries happen without waiting:
    under `freezer` the event loop's clock stands still, so a real backoff
    would never end (test_client checks the waits themselves).
    """
    monkeypatch.setattr(spotify_client, "TRANSIENT_RETRY_DELAYS", (0.0, 0.0))
    if "fake_spotify" not in request.fixturenames:
        return
    fake: FakeSpotify = request.getfixturevalue("fake_spotify")
    if "hass" in request.fixturenames:
        hass: HomeAssistant = request.getfixturevalue("hass")
        hass.data[ENDPOINTS] = fake.endpoints


@pytest.fixture
def spotify_user(fake_spotify: FakeSpotify) -> FakeUser:
    """Return the household's Premium account, seeded with devices and a library."""
    return fake_spotify.add_user(USER_ID, USER_NAME)


@pytest.fixture
async def credentials(hass: HomeAssistant, fake_spotify: FakeSpotify) -> None:
    """Add the user's Spotify app as application credentials."""
    assert await async_setup_component(hass, "application_credentials", {})
    await async_import_client_credential(
        hass, DOMAIN, ClientCredential(fake_spotify.client_id, CLIENT_SECRET), DOMAIN
    )


def entry_for(
    fake: FakeSpotify, user: FakeUser, *, scope: str | None = None, **overrides: Any
) -> MockConfigEntry:
    """Return a config entry as the config flow creates it, with fresh tokens."""
    return MockConfigEntry(
        domain=DOMAIN,
        title=user.display_name,
        unique_id=user.id,
        data={
            "auth_implementation": DOMAIN,
            "token": fake.issue_tokens(user.id, scope=scope),
            CONF_KIND: EntryKind.SPOTIFY,
        },
        **overrides,
    )


@pytest.fixture
def spotify_entry(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    fake_spotify: FakeSpotify,
    spotify_user: FakeUser,
    credentials: None,
) -> MockConfigEntry:
    """Return the account's config entry, added to Home Assistant, not yet set up.

    Time is frozen first: freezing later would move the event loop's clock and
    fire every timer Encore had scheduled at once.
    """
    entry = entry_for(fake_spotify, spotify_user)
    entry.add_to_hass(hass)
    return entry


type SetupEntry = Callable[[MockConfigEntry], Awaitable[bool]]


def this_month_step(now: datetime, count: int, longest: timedelta) -> timedelta:
    """How far apart `count` plays just before `now` may be and all stay in this month.

    `longest` when the month so far holds them, closer on its first hours:
    tests that placed plays hours back failed on the first of a month (in the
    test time zone that is 08:00 UTC on the first, in the middle of a CI run).
    """
    month_start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return min(longest, (now - month_start) / (count + 2))


async def advance(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, delta: timedelta
) -> None:
    """Let `delta` pass: timers fire, background refreshes run to the end."""
    freezer.tick(delta)
    async_fire_time_changed(hass)
    await hass.async_block_till_done(wait_background_tasks=True)


@pytest.fixture
async def setup_entry(hass: HomeAssistant) -> AsyncGenerator[SetupEntry]:
    """Set an entry up; unload what was loaded when the test ends."""
    loaded: list[MockConfigEntry] = []

    async def setup(entry: MockConfigEntry) -> bool:
        result = await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        loaded.append(entry)
        return result

    yield setup
    for entry in loaded:
        if (
            hass.config_entries.async_get_entry(entry.entry_id) is not None
            and entry.state.recoverable
        ):
            await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


@pytest.fixture
async def loaded_entry(
    spotify_entry: MockConfigEntry, setup_entry: SetupEntry
) -> MockConfigEntry:
    """Return the account's entry, set up."""
    assert await setup_entry(spotify_entry)
    return spotify_entry


def sonos_entry_for(
    household: EmulatedHousehold, room: str = "Living Room", **overrides: Any
) -> MockConfigEntry:
    """Return a Sonos household's entry as the config flow creates it."""
    speaker = household.speaker(room)
    return MockConfigEntry(
        domain=DOMAIN,
        title=f"Sonos ({speaker.room_name})",
        unique_id=household.household_id,
        data={
            CONF_KIND: EntryKind.SONOS,
            CONF_HOST: speaker.ip_address,
            CONF_PORT: speaker.port,
            CONF_UID: speaker.uid,
            CONF_HOUSEHOLD_ID: household.household_id,
        },
        **overrides,
    )


@pytest.fixture
def soco_listener_for_this_loop(socket_enabled: None) -> None:
    """Let SoCo's module-wide event listener start afresh in this test.

    Its locks start afresh (`fresh_listener_locks`). And SoCo binds from port
    1400 up without SO_REUSEADDR: after dozens of tests within a minute, the
    ports of closed listeners still linger in TIME_WAIT, so each test starts
    from a port nobody used.
    """
    fresh_listener_locks()
    listener = events_asyncio.event_listener
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        listener.requested_port_number = probe.getsockname()[1]


@pytest.fixture
def sonos_entry(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    soco_listener_for_this_loop: None,
    sonos_household: EmulatedHousehold,
) -> MockConfigEntry:
    """Return the emulated household's entry, added to Home Assistant, not set up.

    Time is frozen before the speakers start (see `spotify_entry`).
    """
    entry = sonos_entry_for(sonos_household)
    entry.add_to_hass(hass)
    return entry


@pytest.fixture
async def sonos_loaded(
    hass: HomeAssistant, sonos_entry: MockConfigEntry
) -> AsyncGenerator[MockConfigEntry]:
    """Return the household's entry, set up; unloaded before the speakers stop."""
    assert await hass.config_entries.async_setup(sonos_entry.entry_id)
    await hass.async_block_till_done()
    yield sonos_entry
    if sonos_entry.state is ConfigEntryState.LOADED:
        assert await hass.config_entries.async_unload(sonos_entry.entry_id)
    await hass.async_block_till_done()

"""Demo only: run the fake Spotify and three emulated Sonos speakers, and set Encore up on them.

This integration lives outside `custom_components/encore` on purpose: it is
linked into the demo configuration by `scripts/develop --demo` and into the
end-to-end tests' configuration, never into a user's. It points Encore at the
fake Spotify the same way the in-process tests do: the fake's endpoints go
into `hass.data` before any account connects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import partial
import logging
from pathlib import Path
import sys
from types import MappingProxyType
from typing import Any, Final

from homeassistant.auth.const import GROUP_ID_ADMIN, GROUP_ID_USER
from homeassistant.auth.providers import homeassistant as auth_ha
from homeassistant.components import frontend
from homeassistant.components.application_credentials import (
    ClientCredential,
    async_import_client_credential,
)
from homeassistant.components.http import StaticPathConfig
from homeassistant.components.person import async_create_person
from homeassistant.config_entries import SOURCE_USER, ConfigEntry
from homeassistant.const import CONF_HOST, CONF_PORT, EVENT_HOMEASSISTANT_STOP
from homeassistant.core import Event, HomeAssistant
from homeassistant.helpers.event import async_track_time_interval
from homeassistant.helpers.start import async_at_started
from homeassistant.helpers.typing import ConfigType
from homeassistant.util import dt as dt_util

from custom_components.encore.const import (
    CONF_ALLOW_WRITES,
    CONF_HOUSEHOLD_ID,
    CONF_INSTALL_SENTENCES,
    CONF_KIND,
    CONF_PERSONS,
    CONF_SPOTIFY_ACCOUNT,
    CONF_UID,
    DOMAIN as ENCORE,
    HISTORY_UNIQUE_ID,
    SPOTIFY_SCOPES,
    SPOTIFY_WRITE_SCOPES,
    EntryKind,
)
from custom_components.encore.scrobbling.endpoints import (
    ENDPOINTS as SCROBBLING_ENDPOINTS,
    ScrobblingEndpoints,
)
from custom_components.encore.spotify.endpoints import ENDPOINTS

# The fakes live in the repository's fakes/ package. The repository goes at the
# end of the import path: ahead of the configuration folder, its own
# custom_components/ would hide this integration from Home Assistant's loader.
REPOSITORY: Final = Path(__file__).resolve().parents[2]
if str(REPOSITORY) not in sys.path:
    sys.path.append(str(REPOSITORY))

from fakes.lastfm import FakeLastfm  # noqa: E402
from fakes.sonos.household import EmulatedHousehold  # noqa: E402
from fakes.sonos.models import SONOS_ARC, SONOS_FIVE, SONOS_ONE  # noqa: E402
from fakes.sonos.soco_support import configure_soco_events  # noqa: E402
from fakes.spotify.server import FakeSpotify  # noqa: E402
from fakes.spotify.users import FakeUser  # noqa: E402

from .catalog import export_tracks, teach_catalogs  # noqa: E402
from .scrobbles import (  # noqa: E402
    DEMO_LASTFM_KEY,
    DEMO_LASTFM_SECRET,
    DEMO_LASTFM_USER,
    export_scrobbles,
)

DOMAIN: Final = "encore_demo"
LOGGER = logging.getLogger(__name__)

DEMO_USER: Final = "demo"
DEMO_PASSWORD: Final = "encore-demo"  # noqa: S105 - documented in the README
# A user who is no administrator: the listening page without its admin pages.
VIEWER_USER: Final = "viewer"
VIEWER_PASSWORD: Final = "encore-viewer"  # noqa: S105 - documented in the README
DEMO_PERSON: Final = "person.demo"
SPOTIFY_USER_ID: Final = "demo_listener"
SPOTIFY_USER_NAME: Final = "Demo Listener"
GUEST_USER_ID: Final = "demo_guest"
GUEST_USER_NAME: Final = "Guest Listener"
CLIENT_SECRET: Final = "encore-demo-secret"  # noqa: S105 - the fake accepts any
ROOMS: Final = (
    ("Living Room", SONOS_ONE),
    ("TV Room", SONOS_ARC),
    ("Kitchen", SONOS_FIVE),
)
EXPORT_NAME: Final = "my_spotify_data.zip"
# Emulated speakers only move on when asked: playback and its events follow
# the wall clock at this pace.
TICK: Final = 1.0
READY_EVENT: Final = "encore_demo_ready"
# The dashboard strategy that shows the demo dashboard in the user's language.
STRATEGY_URL: Final = "/encore_demo/dashboard-strategy.js"
STRATEGY_FILE: Final = Path(__file__).parent / "www" / "dashboard-strategy.js"


@dataclass
class DemoPeers:
    """The fakes this demo runs, kept so they stop with Home Assistant."""

    spotify: FakeSpotify
    household: EmulatedHousehold
    lastfm: FakeLastfm


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Start the fakes, wire Encore to them and add the demo entries."""
    # Its own cover art: nothing in the demo reaches the internet (issue 43.18).
    spotify = FakeSpotify(serve_images=True)
    await spotify.start()
    _plays_of_today_only(spotify.add_user(SPOTIFY_USER_ID, SPOTIFY_USER_NAME))
    # A second household member, not yet linked: adding them runs the real OAuth flow.
    spotify.add_user(GUEST_USER_ID, GUEST_USER_NAME)
    hass.data[ENDPOINTS] = spotify.endpoints

    configure_soco_events()
    household = EmulatedHousehold()
    for room, model in ROOMS:
        household.add_speaker(room, model=model)
    await household.start()
    # Last.fm, with a history that overlaps the export (`scrobbles.py`).
    lastfm = FakeLastfm()
    await lastfm.start()
    lastfm.api_keys[DEMO_LASTFM_KEY] = DEMO_LASTFM_SECRET
    lastfm.add_user(DEMO_LASTFM_USER)
    hass.data[SCROBBLING_ENDPOINTS] = ScrobblingEndpoints(lastfm_api=lastfm.api_url)
    peers = DemoPeers(spotify, household, lastfm)
    hass.data[DOMAIN] = peers

    def tick(_now: Any) -> None:
        household.settle()
        household.flush()

    cancel_tick = async_track_time_interval(
        hass, tick, timedelta(seconds=TICK), cancel_on_shutdown=True
    )

    async def stop(_event: Event) -> None:
        cancel_tick()
        await household.stop()
        await spotify.stop()
        await lastfm.stop()

    hass.bus.async_listen_once(EVENT_HOMEASSISTANT_STOP, stop)

    await hass.http.async_register_static_paths(
        [StaticPathConfig(STRATEGY_URL, str(STRATEGY_FILE), cache_headers=False)]
    )
    frontend.add_extra_js_url(hass, STRATEGY_URL)
    await _async_demo_user(hass)
    await async_import_client_credential(
        hass, ENCORE, ClientCredential(spotify.client_id, CLIENT_SECRET), ENCORE
    )
    entries = hass.config_entries.async_entries(ENCORE)
    if not entries:
        await _async_add_entries(hass, peers)
    export = Path(hass.config.path("demo-export", EXPORT_NAME))
    if await hass.async_add_executor_job(export.exists):
        # Whatever plays an export's id says what the export says (issue 33.2).
        tracks = await hass.async_add_executor_job(export_tracks, export)
        teach_catalogs(tracks, spotify, household)
        lastfm.add_user(
            DEMO_LASTFM_USER,
            await hass.async_add_executor_job(export_scrobbles, export),
        )
    if not entries and await hass.async_add_executor_job(export.exists):
        # After the start: the dashboard's trigger-based sensor listens by then.
        async_at_started(hass, partial(_async_import, export=export))
    return True


def _plays_of_today_only(user: FakeUser) -> None:
    """Keep only the seeded recently-played plays of today, in the demo's zone.

    The fake seeds the three hours before it started; every day before today
    is the export's, so a closed month (the recaps', the statistic's) holds
    the export's plays alone, whatever the hour the demo starts.
    """
    midnight_ms = int(dt_util.start_of_local_day().timestamp() * 1000)
    library = user.library
    today = [play for play in library.plays if play.played_at_ms >= midnight_ms]
    library.clear_plays()
    for play in today:
        library.add_play(play.uri, play.played_at_ms, play.context)


async def _async_demo_user(hass: HomeAssistant) -> None:
    """Create the documented demo users once: an administrator and a viewer."""
    provider = auth_ha.async_get_provider(hass)
    await provider.async_initialize()
    known = {
        cred.data.get("username")
        for user in await hass.auth.async_get_users()
        for cred in user.credentials
    }
    for name, username, password, group in (
        ("Demo", DEMO_USER, DEMO_PASSWORD, GROUP_ID_ADMIN),
        ("Viewer", VIEWER_USER, VIEWER_PASSWORD, GROUP_ID_USER),
    ):
        if username in known:
            continue
        user = await hass.auth.async_create_user(name, group_ids=[group])
        await provider.async_add_auth(username, password)
        credentials = await provider.async_get_or_create_credentials(
            {"username": username}
        )
        await hass.auth.async_link_user(user, credentials)
        # A person for each, as onboarding makes one: "me" is whose account is
        # linked to the person (the Spotify account to Demo's, the viewer none).
        await async_create_person(hass, name, user_id=user.id)


def _entry(
    title: str, unique_id: str, data: dict[str, Any], **options: Any
) -> ConfigEntry:
    return ConfigEntry(
        data=data,
        discovery_keys=MappingProxyType({}),
        domain=ENCORE,
        minor_version=1,
        options=options,
        source=SOURCE_USER,
        subentries_data=None,
        title=title,
        unique_id=unique_id,
        version=1,
    )


async def _async_add_entries(hass: HomeAssistant, peers: DemoPeers) -> None:
    """Add what a user would add through the config flow: account, speakers, history."""
    spotify, household = peers.spotify, peers.household
    spotify_entry = _entry(
        SPOTIFY_USER_NAME,
        SPOTIFY_USER_ID,
        {
            "auth_implementation": ENCORE,
            # What Encore asks for, as Spotify grants it (not every scope there
            # is): the demo's owner let Encore change their library and
            # playlists, so the write scopes too.
            "token": spotify.issue_tokens(
                SPOTIFY_USER_ID, scope=(*SPOTIFY_SCOPES, *SPOTIFY_WRITE_SCOPES)
            ),
            CONF_KIND: EntryKind.SPOTIFY,
        },
        **{CONF_PERSONS: [DEMO_PERSON], CONF_ALLOW_WRITES: True},
    )
    await hass.config_entries.async_add(spotify_entry)
    speaker = household.speaker(ROOMS[0][0])
    await hass.config_entries.async_add(
        _entry(
            f"Sonos ({speaker.room_name})",
            household.household_id,
            {
                CONF_KIND: EntryKind.SONOS,
                CONF_HOST: speaker.ip_address,
                CONF_PORT: speaker.port,
                CONF_UID: speaker.uid,
                CONF_HOUSEHOLD_ID: household.household_id,
            },
            **{CONF_SPOTIFY_ACCOUNT: spotify_entry.entry_id},
        )
    )
    await hass.config_entries.async_add(
        _entry(
            "Listening history",
            HISTORY_UNIQUE_ID,
            {CONF_KIND: EntryKind.HISTORY},
            **{CONF_INSTALL_SENTENCES: True},
        )
    )


async def _async_import(hass: HomeAssistant, export: Path) -> None:
    """Import the generated export into the demo account, as the action would."""
    entry = hass.config_entries.async_entry_for_domain_unique_id(
        ENCORE, SPOTIFY_USER_ID
    )
    if entry is None:
        LOGGER.error("The demo account is gone; nothing imported")
        return
    report = await hass.services.async_call(
        ENCORE,
        "import_history",
        {"config_entry_id": entry.entry_id, "path": str(export)},
        blocking=True,
        return_response=True,
    )
    LOGGER.info("Demo history imported: %s", report)
    # The dashboard's heatmap sensor refreshes on this event.
    hass.bus.async_fire(READY_EVENT)

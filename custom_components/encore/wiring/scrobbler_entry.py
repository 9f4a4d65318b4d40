"""A scrobbler entry: one person's Last.fm or ListenBrainz account, sent to.

The entry holds the account (Last.fm: the API key, shared secret and the
session key of the web flow; ListenBrainz: the user's token) and, in its
options, the sources that go out. Its runtime sends the person's plays
through the history's outbox (`history.outbox`): woken by every recorded
play, and every `IDLE` seconds. A revoked session or token stops it and
raises a repair whose fix signs in again. Two sensors show what waits and
what failed. A correction of whose plays are (issue 46) reaches the sender
through the history's announcement; a Spotify account linked to another
person takes effect at the next round (whose is read each time), and the
entry's own options reload it. With "now playing" chosen, the players of the
person's sources are followed (`history.outbox.now_playing`).
"""

import asyncio
from collections.abc import Callable
import contextlib
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Final, Self, override

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.components.sensor import (
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.config_entries import (
    SIGNAL_CONFIG_ENTRY_CHANGED,
    ConfigEntry,
    ConfigEntryChange,
)
from homeassistant.const import (
    CONF_TOKEN,
    EVENT_STATE_CHANGED,
    EntityCategory,
    Platform,
)
from homeassistant.core import EventStateChangedData, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import entity_registry as er, issue_registry as ir
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.dispatcher import (
    async_dispatcher_connect,
    async_dispatcher_send,
)
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.util import dt as dt_util

from ..const import DOMAIN, LOGGER, EntryKind
from ..history.attribution.rules import decide
from ..history.attribution.settings import rule_settings
from ..history.attribution.situation import situation_of
from ..history.manager import (
    SIGNAL_HISTORY_CHANGED,
    SIGNAL_PLAYS_RECORDED,
    HistoryChange,
    async_get_manager,
)
from ..history.models import Attribution
from ..history.outbox.now_playing import NowPlaying, Watched
from ..history.outbox.sender import OutboxSender, OutboxStatus, async_forget
from ..history.outbox.services import (
    LastfmService,
    ListenBrainzService,
    ScrobbleService,
)
from ..history.outbox.whose import Whose
from ..history.whose import (
    account_persons,
    encore_entries,
    entry_kind,
    my_certainty,
    spotify_entries,
)
from ..scrobbling.endpoints import scrobbling_endpoints
from ..scrobbling.lastfm import LastfmClient
from ..scrobbling.listenbrainz import ListenBrainzClient
from ..scrobbling.pace import Pacer
from .runtime import EncoreRuntime

SERVICE_LASTFM: Final = "lastfm"
SERVICE_LISTENBRAINZ: Final = "listenbrainz"
CONF_SERVICE: Final = "service"
CONF_SCROBBLE_PERSON: Final = "person"
CONF_SCROBBLE_USER: Final = "user"
CONF_API_KEY: Final = "api_key"
CONF_SECRET: Final = "secret"  # noqa: S105 - the option's name
CONF_SESSION_KEY: Final = "session_key"
CONF_SINCE: Final = "since_ms"
CONF_SPOTIFY_SOURCES: Final = "spotify_accounts"
CONF_SONOS_SOURCE: Final = "sonos"
CONF_PLAYERS_SOURCE: Final = "players"
CONF_NOW_PLAYING: Final = "now_playing"
SONOS_PLATFORM: Final = "sonos"
"""Core's Sonos integration: its speakers, when core runs them."""
TO_REDACT: Final = {CONF_API_KEY, CONF_SECRET, CONF_SESSION_KEY, CONF_TOKEN}
"""Never in a bug report: every credential of the account."""
REVOKED_ISSUE: Final = "scrobbler_revoked"


def revoked_issue_id(entry_id: str) -> str:
    """Return the repair's id for an entry whose session was revoked."""
    return f"{REVOKED_ISSUE}_{entry_id}"


def service_title(service: str) -> str:
    """Return a service's own name."""
    return "Last.fm" if service == SERVICE_LASTFM else "ListenBrainz"


def target_key(service: str, user: str) -> str:
    """Return the outbox's key of an account: the service and the user, folded."""
    return f"{service}:{user.casefold()}"


def signal_outbox(entry_id: str) -> str:
    """Return the dispatcher signal of an entry's outbox status."""
    return f"{DOMAIN}_outbox_{entry_id}"


def scrobbler_person(entry: ConfigEntry) -> str:
    """Return whose plays go: the options' person (changed later), else the form's."""
    return str(
        entry.options.get(CONF_SCROBBLE_PERSON) or entry.data[CONF_SCROBBLE_PERSON]
    )


@callback
def whose_of(hass: HomeAssistant, entry: ConfigEntry) -> Whose:
    """Return whose plays go out, and from which sources, by the entry's options.

    A Spotify account goes only if chosen and if it is this person's alone
    (an account two persons share is nobody's in particular).
    """
    person = scrobbler_person(entry)
    chosen = set(entry.options.get(CONF_SPOTIFY_SOURCES) or ())
    owned = {
        account
        for account, persons in account_persons(hass).items()
        if persons == [person]
    }
    return Whose(
        person=person,
        spotify_accounts=tuple(sorted(chosen & owned)),
        sonos=bool(entry.options.get(CONF_SONOS_SOURCE, True)),
        players=bool(entry.options.get(CONF_PLAYERS_SOURCE, True)),
        most=my_certainty(hass),
    )


@callback
def watched_players(hass: HomeAssistant, whose: Whose) -> dict[str, Watched]:
    """Return the media players whose starts may be the person's, by their sources.

    A chosen Spotify account's players; Encore's and core's Sonos speakers;
    the other players the history records.
    """
    registry = er.async_get(hass)
    found: dict[str, Watched] = {}
    for entry in spotify_entries(hass):
        if entry.unique_id in whose.spotify_accounts:
            for item in er.async_entries_for_config_entry(registry, entry.entry_id):
                if item.domain == "media_player":
                    found[item.entity_id] = Watched(entry.unique_id)
    if whose.sonos:
        sonos = {
            entry.entry_id
            for entry in encore_entries(hass)
            if entry_kind(entry) is EntryKind.SONOS
        }
        for item in registry.entities.values():
            if item.domain == "media_player" and (
                item.platform == SONOS_PLATFORM or item.config_entry_id in sonos
            ):
                found.setdefault(item.entity_id, Watched(None))
    if whose.players:
        for entity_id in async_get_manager(hass).settings.media_players:
            found.setdefault(entity_id, Watched(None))
    return found


@callback
def named_now(hass: HomeAssistant, entity_id: str) -> Attribution:
    """Return whom the attribution rules name for a play starting now on a player."""
    return decide(
        situation_of(hass, [entity_id], dt_util.utcnow()), rule_settings(hass)
    )


def _service(hass: HomeAssistant, entry: ConfigEntry) -> ScrobbleService:
    endpoints = scrobbling_endpoints(hass)
    session = async_get_clientsession(hass)
    pacer = Pacer(interval=endpoints.interval)
    user = str(entry.data[CONF_SCROBBLE_USER])
    if entry.data[CONF_SERVICE] == SERVICE_LASTFM:
        client = LastfmClient(
            session,
            str(entry.data[CONF_API_KEY]),
            secret=str(entry.data[CONF_SECRET]),
            url=endpoints.lastfm_api,
            pacer=pacer,
        )
        return LastfmService(client, user, str(entry.data[CONF_SESSION_KEY]))
    return ListenBrainzService(
        ListenBrainzClient(
            session,
            token=str(entry.data[CONF_TOKEN]),
            root=endpoints.listenbrainz_api,
            pacer=pacer,
        ),
        user,
    )


@dataclass(slots=True)
class ScrobblerRuntime(EncoreRuntime):
    """What a scrobbler entry runs: its sender, woken by recorded plays."""

    sender: OutboxSender
    device_info: DeviceInfo
    unsubscribers: list[Callable[[], None]] = field(default_factory=list)
    task: asyncio.Task[None] | None = None
    now_playing: NowPlaying | None = None

    platforms = (Platform.SENSOR,)

    @classmethod
    async def async_create(cls, hass: HomeAssistant, entry: ConfigEntry) -> Self:
        """Open the target's cursor and start sending in the background."""
        manager = async_get_manager(hass)
        service = str(entry.data[CONF_SERVICE])
        user = str(entry.data[CONF_SCROBBLE_USER])
        whose = partial(whose_of, hass, entry)
        sender = OutboxSender(
            target_key(service, user),
            _service(hass, entry),
            manager.async_write,
            whose,
        )
        runtime = cls(
            sender,
            DeviceInfo(
                identifiers={(DOMAIN, entry.entry_id)},
                name=entry.title,
                manufacturer=service_title(service),
                model="Scrobbling",
                entry_type=DeviceEntryType.SERVICE,
            ),
        )
        sender.on_change = lambda: async_dispatcher_send(
            hass, signal_outbox(entry.entry_id)
        )
        ir.async_delete_issue(hass, DOMAIN, revoked_issue_id(entry.entry_id))
        if not manager.is_open:
            return runtime
        await sender.async_open(int(entry.data.get(CONF_SINCE, 0)))
        await sender.async_refresh()

        @callback
        def wake(*_: Any) -> None:
            sender.wake.set()

        @callback
        def history_changed(change: Any = None) -> None:
            if isinstance(change, HistoryChange) and change.play_ids:
                sender.note_correction(change.play_ids)
            sender.wake.set()

        @callback
        def entry_changed(change: ConfigEntryChange, changed: ConfigEntry) -> None:
            # Another Encore entry's options (a Spotify account linked to
            # someone else): the next round reads whose plays go anew.
            if changed.domain == DOMAIN and changed.entry_id != entry.entry_id:
                sender.wake.set()

        runtime.unsubscribers += [
            async_dispatcher_connect(hass, SIGNAL_PLAYS_RECORDED, wake),
            async_dispatcher_connect(hass, SIGNAL_HISTORY_CHANGED, history_changed),
            async_dispatcher_connect(hass, SIGNAL_CONFIG_ENTRY_CHANGED, entry_changed),
        ]
        if entry.options.get(CONF_NOW_PLAYING, False):
            runtime.now_playing = NowPlaying(
                hass,
                sender.service,
                whose,
                lambda: watched_players(hass, sender.current_whose()),
                partial(named_now, hass),
            )
            runtime.unsubscribers.append(
                hass.bus.async_listen(
                    EVENT_STATE_CHANGED,
                    runtime.now_playing.async_state_changed,
                    event_filter=_is_media_player,
                )
            )
        runtime.task = entry.async_create_background_task(
            hass, runtime.async_send(hass, entry), f"{DOMAIN} scrobbling {entry.title}"
        )
        entry.async_on_unload(entry.add_update_listener(_async_reload))
        return runtime

    async def async_send(self, hass: HomeAssistant, entry: ConfigEntry) -> None:
        """Send until the session is revoked; then raise the repair."""
        await self.sender.async_run()
        LOGGER.warning(
            "%s no longer accepts Encore's session for %s: sign in again",
            service_title(str(entry.data[CONF_SERVICE])),
            entry.title,
        )
        ir.async_create_issue(
            hass,
            DOMAIN,
            revoked_issue_id(entry.entry_id),
            is_fixable=True,
            severity=ir.IssueSeverity.ERROR,
            translation_key=REVOKED_ISSUE,
            translation_placeholders={"account": entry.title},
            data={"entry_id": entry.entry_id},
        )

    @override
    async def async_unload(self, hass: HomeAssistant, entry: ConfigEntry) -> None:
        while self.unsubscribers:
            self.unsubscribers.pop()()
        # Before the history is released: no write may follow its closing. A
        # batch cut short here is `SENDING`, settled at the next start.
        if (task := self.task) is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    @staticmethod
    async def async_remove(hass: HomeAssistant, entry: ConfigEntry) -> None:
        """Forget the entry's repair and what waited to go out."""
        ir.async_delete_issue(hass, DOMAIN, revoked_issue_id(entry.entry_id))
        # The entry is unloaded by now: the history may have closed with it.
        manager = async_get_manager(hass)
        target = target_key(
            str(entry.data[CONF_SERVICE]), str(entry.data[CONF_SCROBBLE_USER])
        )
        try:
            await manager.async_acquire(entry.entry_id)
            await async_forget(manager.async_write, target)
        except HomeAssistantError as err:
            # Added again later, the account starts from its own moment anew.
            LOGGER.warning("Could not forget the scrobbles of %s: %s", entry.title, err)
        finally:
            await manager.async_release(entry.entry_id)

    @override
    async def async_diagnostics(
        self, hass: HomeAssistant, entry: ConfigEntry
    ) -> dict[str, Any]:
        status = self.sender.status
        return {
            "entry": async_redact_data(entry.as_dict(), TO_REDACT),
            "outbox": {
                "waiting": status.waiting,
                "failed": status.failed,
                "sent": status.sent,
                "revoked": status.revoked,
                "paused": status.paused_until is not None,
                "retracted": status.retracted,
                "kept_after_correction": status.kept,
            },
            "now_playing": (
                None
                if self.now_playing is None
                else {
                    "sent": self.now_playing.sent,
                    "dropped": self.now_playing.dropped,
                }
            ),
        }

    @override
    @callback
    def async_add_device_entities(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        platform: Platform,
        async_add_entities: AddConfigEntryEntitiesCallback,
    ) -> None:
        if platform is Platform.SENSOR:
            async_add_entities(
                OutboxSensor(self, entry, description) for description in OUTBOX_SENSORS
            )


@callback
def _is_media_player(event_data: EventStateChangedData) -> bool:
    """Whether a state change is a media player's (the others are not read)."""
    return event_data["entity_id"].startswith("media_player.")


async def _async_reload(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """Options changed (the sources): start again with them."""
    await hass.config_entries.async_reload(entry.entry_id)


@dataclass(frozen=True, kw_only=True)
class OutboxSensorDescription(SensorEntityDescription):
    """A figure of the outbox."""

    value: Callable[[OutboxStatus], int]


OUTBOX_SENSORS: Final = (
    OutboxSensorDescription(
        key="scrobbles_waiting",
        translation_key="scrobbles_waiting",
        state_class=SensorStateClass.MEASUREMENT,
        value=lambda status: status.waiting,
    ),
    OutboxSensorDescription(
        key="scrobbles_failed",
        translation_key="scrobbles_failed",
        state_class=SensorStateClass.MEASUREMENT,
        entity_category=EntityCategory.DIAGNOSTIC,
        value=lambda status: status.failed,
    ),
)


class OutboxSensor(SensorEntity):
    """How many scrobbles wait, or failed for good, for one account."""

    _attr_has_entity_name = True
    _attr_should_poll = False
    entity_description: OutboxSensorDescription

    def __init__(
        self,
        runtime: ScrobblerRuntime,
        entry: ConfigEntry,
        description: OutboxSensorDescription,
    ) -> None:
        """Show one figure of the entry's outbox."""
        self.entity_description = description
        self._runtime = runtime
        self._entry_id = entry.entry_id
        self._attr_unique_id = f"{entry.entry_id}_{description.key}"
        self._attr_device_info = runtime.device_info

    async def async_added_to_hass(self) -> None:
        """Follow the outbox."""
        self.async_on_remove(
            async_dispatcher_connect(
                self.hass, signal_outbox(self._entry_id), self.async_write_ha_state
            )
        )

    @property
    def native_value(self) -> int:
        """Return the figure."""
        return self.entity_description.value(self._runtime.sender.status)

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Say whether sending waits for a rate limit, or for a new sign-in."""
        status = self._runtime.sender.status
        return {"revoked": status.revoked, "paused": status.paused_until is not None}


def now_ms() -> int:
    """Return the opt-in moment of a new entry (UTC ms)."""
    return int(dt_util.utcnow().timestamp() * 1000)

"""The accounts of one Spotify app (Client ID): their shared ledger and their plans.

Every account signed in through the same app joins one `SpotifyApp`. It
gathers what the planner needs (who plays, where, who is home, whether
anyone looks, what the ledger holds), plans again whenever that may have
changed, hands each account's playback coordinator its plan, and keeps the
repair that warns before the budget runs out.
"""

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Final

from homeassistant.components.websocket_api.const import (
    DATA_CONNECTIONS,
    SIGNAL_WEBSOCKET_CONNECTED,
    SIGNAL_WEBSOCKET_DISCONNECTED,
)
from homeassistant.config_entries import ConfigEntry
from homeassistant.const import STATE_HOME, STATE_PLAYING
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.event import async_track_time_interval
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey

from ..const import (
    CONF_DAILY_BUDGET,
    CONF_IDLE_CEILING,
    CONF_PERSONS,
    CONF_PLAYING_CEILING,
    CONF_QUIET_CEILING,
    DEFAULT_DAILY_BUDGET,
    DEFAULT_IDLE_CEILING,
    DEFAULT_PLAYING_CEILING,
    DEFAULT_QUIET_CEILING,
    DOMAIN,
)
from .coordinator import PlaybackCoordinator
from .issues import async_update_budget_issue
from .ledger import RequestLedger, ledger_store_key, reserve_of
from .planner import PRESSURE, AccountState, Household, plan

# The repair comes at the planner's pressure and goes below this.
BUDGET_CLEAR: Final = 0.6
# Plans follow the clock too: the night begins, requests leave the window.
REPLAN_INTERVAL: Final = timedelta(minutes=5)
_UNAVAILABLE: Final = frozenset({"unknown", "unavailable"})


@dataclass(slots=True)
class _Member:
    entry: ConfigEntry
    playback: PlaybackCoordinator
    unsubs: list[CALLBACK_TYPE]


@dataclass
class SpotifyApp:
    """The accounts of one Client ID and the requests they spent together."""

    hass: HomeAssistant
    client_id: str
    ledger: RequestLedger
    members: dict[str, _Member] = field(default_factory=dict)
    _unsubs: list[CALLBACK_TYPE] = field(default_factory=list)
    _warned_for: str | None = None

    @property
    def key(self) -> str:
        """Return a name of the app that does not show its Client ID."""
        return ledger_store_key(self.client_id).rsplit(".", 1)[-1]

    @callback
    def async_join(self, entry: ConfigEntry, playback: PlaybackCoordinator) -> None:
        """Plan this account's polls with the others'."""
        self.members[entry.entry_id] = _Member(
            entry,
            playback,
            [
                playback.client.gate.async_add_listener(
                    callback(lambda: self._on_gate(entry.entry_id))
                ),
                # What plays changes the plans of the others too.
                playback.async_add_listener(self.async_replan),
            ],
        )
        self.ledger.budgets[entry.entry_id] = int(
            entry.options.get(CONF_DAILY_BUDGET, DEFAULT_DAILY_BUDGET)
        )
        if not self._unsubs:
            self._start()
        self.async_replan()

    @callback
    def async_leave(self, entry_id: str) -> None:
        """Stop planning this account."""
        if (member := self.members.pop(entry_id, None)) is not None:
            for unsub in member.unsubs:
                unsub()
        self.ledger.budgets.pop(entry_id, None)
        if not self.members:
            self._stop()
        else:
            self.async_replan()

    @callback
    def async_options_changed(self, entry: ConfigEntry) -> None:
        """Take a new budget or new waits at once."""
        if entry.entry_id in self.members:
            self.ledger.budgets[entry.entry_id] = int(
                entry.options.get(CONF_DAILY_BUDGET, DEFAULT_DAILY_BUDGET)
            )
        self.async_replan()

    def _start(self) -> None:
        @callback
        def replan(*_: object) -> None:
            self.async_replan()

        self._unsubs = [
            self.ledger.async_add_listener(self._on_request),
            async_track_time_interval(self.hass, replan, REPLAN_INTERVAL),
            async_dispatcher_connect(self.hass, SIGNAL_WEBSOCKET_CONNECTED, replan),
            async_dispatcher_connect(self.hass, SIGNAL_WEBSOCKET_DISCONNECTED, replan),
        ]

    def _stop(self) -> None:
        for unsub in self._unsubs:
            unsub()
        self._unsubs = []
        # No account of the app is loaded: nothing it could warn about.
        if self._warned_for is not None:
            self._warned_for = None
            async_update_budget_issue(self.hass, self.key, None)

    @callback
    def _on_request(self) -> None:
        # Planning is cheap arithmetic: after every request keeps the tiers
        # exact without a second count of the window.
        self.async_replan()

    # -- what the planner needs ----------------------------------------------

    def _state(self, member: _Member, watched: bool) -> AccountState:
        options = member.entry.options
        data = member.playback.data
        playback = None if data is None else data.playback
        playing = playback is not None and playback.is_playing
        device = (
            None if playback is None or playback.device is None else playback.device
        )
        return AccountState(
            entry_id=member.entry.entry_id,
            playing=playing,
            elsewhere=playing
            and device is not None
            and self._shown_elsewhere(device.name),
            away=self._away(options.get(CONF_PERSONS) or []),
            watched=watched,
            playing_wait=timedelta(
                seconds=options.get(CONF_PLAYING_CEILING, DEFAULT_PLAYING_CEILING)
            ),
            idle_wait=timedelta(
                seconds=options.get(CONF_IDLE_CEILING, DEFAULT_IDLE_CEILING)
            ),
            quiet_wait=timedelta(
                seconds=options.get(CONF_QUIET_CEILING, DEFAULT_QUIET_CEILING)
            ),
        )

    def _shown_elsewhere(self, device_name: str) -> bool:
        """Whether another player of Home Assistant plays on this Spotify device.

        A Sonos speaker (core's or Encore's) or a Cast device that Spotify
        Connect plays on shows the same stream, by the same name: its state
        already tells what plays, so this account need not be asked often.
        """
        registry = er.async_get(self.hass)
        for state in self.hass.states.async_all("media_player"):
            if state.state != STATE_PLAYING or state.name != device_name:
                continue
            entity = registry.async_get(state.entity_id)
            if entity is None or entity.config_entry_id not in self.members:
                return True
        return False

    def _away(self, persons: list[str]) -> bool:
        """Whether every person of the account is known to be away from home."""
        states = [self.hass.states.get(person) for person in persons]
        known = [
            s.state for s in states if s is not None and s.state not in _UNAVAILABLE
        ]
        return bool(known) and len(known) == len(persons) and STATE_HOME not in known

    # -- planning --------------------------------------------------------------

    @callback
    def async_replan(self) -> None:
        """Plan every account again and hand out what changed."""
        if not self.members:
            return
        watched = int(self.hass.data.get(DATA_CONNECTIONS, 0)) > 0
        budget = self.ledger.budget
        used = self.ledger.used()
        household = Household(
            accounts=tuple(self._state(m, watched) for m in self.members.values()),
            budget=budget,
            used=used,
            local_time=dt_util.now().time(),
            polls_free_at=self.ledger.frees_at(budget - reserve_of(budget)),
        )
        for entry_id, account_plan in plan(household).items():
            self.members[entry_id].playback.async_set_plan(account_plan)
        self._update_issue(used, budget)

    def _update_issue(self, used: int, budget: int) -> None:
        """Warn from three quarters of the budget on; clear well below it.

        The issue is written again only when the account spending most
        changes, not with every request.
        """
        if used < budget * BUDGET_CLEAR or (
            self._warned_for is None and used < budget * PRESSURE
        ):
            if self._warned_for is not None:
                self._warned_for = None
                async_update_budget_issue(self.hass, self.key, None)
            return
        spenders = self.ledger.by_account().most_common(1)
        top = spenders[0][0] if spenders else ""
        member = self.members.get(top)
        title = member.entry.title if member is not None else "?"
        if title == self._warned_for:
            return
        self._warned_for = title
        share = spenders[0][1] * 100 // max(used, 1) if spenders else 0
        async_update_budget_issue(
            self.hass,
            self.key,
            {
                "used": str(used),
                "budget": str(budget),
                "account": title,
                "share": str(share),
            },
        )

    @callback
    def _on_gate(self, entry_id: str) -> None:
        """Spotify's quota counts per app: one account's refusal stops them all."""
        gate = self.members[entry_id].playback.client.gate
        if not gate.quota or gate.closed_until is None:
            return
        wait = gate.closed_until - dt_util.utcnow()
        for other_id, other in self.members.items():
            if other_id != entry_id and not other.playback.client.gate.quota:
                other.playback.client.gate.close(wait, quota=True)


_APPS: HassKey[dict[str, SpotifyApp]] = HassKey(f"{DOMAIN}_spotify_apps")


@callback
def async_app_for(hass: HomeAssistant, entry_id: str) -> SpotifyApp | None:
    """Return the app an account is planned with."""
    for app in hass.data.get(_APPS, {}).values():
        if entry_id in app.members:
            return app
    return None


def async_register_app(
    hass: HomeAssistant, client_id: str, ledger: RequestLedger
) -> SpotifyApp:
    """Return the app of a Client ID, created with its ledger the first time."""
    apps = hass.data.setdefault(_APPS, {})
    if (app := apps.get(client_id)) is None:
        app = apps[client_id] = SpotifyApp(hass, client_id, ledger)
    return app


@callback
def async_drop_app(hass: HomeAssistant, client_id: str) -> None:
    """Forget an app none of whose accounts is loaded."""
    apps = hass.data.get(_APPS, {})
    if (app := apps.get(client_id)) is not None and not app.members:
        del apps[client_id]

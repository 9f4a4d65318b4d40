"""Reading the home into a `Situation` when a speaker's or player's play is recorded.

- Who started it: every service call of a media player (and Encore's own
  actions) names its entities and carries the context of whoever made it: a
  dashboard tap, a script or automation run by a user, an Assist request.
  `Starters` remembers each player's sessions: from a call until the
  player, having played, goes idle or off (the next session is someone
  else's to start), or the next call.
- A voice satellite's request carries no user: the satellite writes its
  states with the context of the request it runs (the pipeline's), and the
  calls the request makes carry that context. A call without a user whose
  context a satellite ran was started from the satellite: by the person who
  owns the satellite's device (one of its entities is a person's speaker)
  or its area.
- A request from a device without a satellite entity (a phone's companion
  app, a wall tablet, an older voice device) names its device in the
  conversation's input (`ConversationInput.device_id`), which Home Assistant
  keeps in the conversation's trace while the request runs (the last few
  requests'): a call whose context is such a request's, without a user or
  from a user who is nobody's person (a kiosk's), was started from that
  device: by the person whose device tracker it has (a phone of the
  companion app), else the owner of one of its entities or of its area.
- Areas: the player's entity's area, else its device's.
- Presence: persons whose state is `home`; a person is in an area when one of
  their device trackers says that area's name or id (room trackers such as
  ESPresense or Bermuda report rooms so); the area's occupancy, presence and
  motion sensors say whether anyone is there.

Read when the play is written (as it ends): presence while it played, to
within a track.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from homeassistant.components.binary_sensor import BinarySensorDeviceClass
from homeassistant.components.conversation.trace import (
    ConversationTraceEventType,
    async_get_traces,
)
from homeassistant.const import (
    ATTR_DEVICE_CLASS,
    ATTR_ENTITY_ID,
    EVENT_CALL_SERVICE,
    STATE_HOME,
    STATE_IDLE,
    STATE_OFF,
    STATE_ON,
    STATE_PLAYING,
    STATE_STANDBY,
    STATE_UNAVAILABLE,
    Platform,
)
from homeassistant.core import CALLBACK_TYPE, Context, Event, HomeAssistant, callback
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
)
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey

from ...const import DOMAIN
from ..whose import PERSON_DOMAIN, persons_of_user
from .rules import Situation
from .settings import rule_settings

ATTR_DEVICE_TRACKERS: Final = "device_trackers"
PLAYER_DOMAIN: Final = "media_player"
SATELLITE_DOMAIN: Final = "assist_satellite"
# A request's calls come within seconds of the satellite's states; its
# context is kept this long.
KEEP_REQUEST: Final = timedelta(minutes=5)
# A call this long before a play began may still have started it (a queue
# that takes a while to load, a speaker waking up).
START_SLACK: Final = timedelta(minutes=1)
# Ended sessions are kept this long: their last plays are written after.
KEEP_ENDED: Final = timedelta(hours=1)
_ENDED: Final = frozenset({STATE_IDLE, STATE_OFF, STATE_STANDBY, STATE_UNAVAILABLE})
_PRESENCE_CLASSES: Final = frozenset(
    {
        BinarySensorDeviceClass.OCCUPANCY,
        BinarySensorDeviceClass.PRESENCE,
        BinarySensorDeviceClass.MOTION,
    }
)
STARTERS: HassKey[Starters] = HassKey(f"{DOMAIN}_attribution_starters")


@dataclass(slots=True)
class _Start:
    user_id: str | None
    at: datetime
    played: bool = False
    """The player played since: it stopping now ends the session (stopping
    before, as a source is switched, does not)."""
    ended: datetime | None = None
    satellite: str | None = None
    """The voice satellite whose request started it (no user then)."""
    device: str | None = None
    """The device (registry id) whose conversation request started it, when
    neither a user's person nor a satellite tells who asked."""


class Starters:
    """Who started each media player's sessions, lately.

    A session runs from a call until the player, having played, goes idle
    or off, or until the next call. Sessions are kept a while after they
    end: collectors write a play when it ends, often after the player
    stopped.
    """

    def __init__(self, hass: HomeAssistant) -> None:
        """Follow service calls and players' states from now on."""
        self.hass = hass
        self._starts: dict[str, list[_Start]] = {}
        # Context id -> the satellite that ran that request, and when.
        self._requests: dict[str, tuple[str, datetime]] = {}
        self._unsubs: list[CALLBACK_TYPE] = [
            hass.bus.async_listen(EVENT_CALL_SERVICE, self._async_called),
            hass.bus.async_listen("state_changed", self._async_state_changed),
        ]

    @callback
    def async_stop(self) -> None:
        """Stop following."""
        while self._unsubs:
            self._unsubs.pop()()

    @callback
    def _async_called(self, event: Event) -> None:
        domain = event.data.get("domain")
        if domain not in (PLAYER_DOMAIN, DOMAIN):
            return
        user_id = event.context.user_id
        satellite = None if user_id is not None else self._satellite(event.context)
        device = None
        if satellite is None and (
            user_id is None or not persons_of_user(self.hass, user_id)
        ):
            device = requesting_device(event.context)
        if user_id is None and satellite is None and device is None:
            return
        data = event.data.get("service_data") or {}
        targets = data.get(ATTR_ENTITY_ID) if isinstance(data, dict) else None
        if isinstance(targets, str):
            targets = [targets]
        if not isinstance(targets, list):
            return
        now = dt_util.utcnow()
        for entity_id in targets:
            if isinstance(entity_id, str) and entity_id.startswith(f"{PLAYER_DOMAIN}."):
                sessions = self._kept(entity_id, now)
                if sessions and sessions[-1].ended is None:
                    sessions[-1].ended = now
                sessions.append(
                    _Start(user_id, now, satellite=satellite, device=device)
                )

    def _satellite(self, context: Context) -> str | None:
        """Return the satellite that ran the request of a context, if one did."""
        for context_id in (context.id, context.parent_id):
            if context_id is not None and (found := self._requests.get(context_id)):
                return found[0]
        return None

    def _kept(self, entity_id: str, now: datetime) -> list[_Start]:
        """Return the player's sessions, forgetting those that ended long ago."""
        sessions = [
            start
            for start in self._starts.get(entity_id, [])
            if start.ended is None or now - start.ended < KEEP_ENDED
        ]
        self._starts[entity_id] = sessions
        return sessions

    @callback
    def _async_state_changed(self, event: Event) -> None:
        entity_id = event.data.get("entity_id", "")
        if entity_id.startswith(f"{SATELLITE_DOMAIN}."):
            self._heard(entity_id, event.context)
            return
        sessions = self._starts.get(entity_id)
        if not sessions or sessions[-1].ended is not None:
            return
        start = sessions[-1]
        new = event.data.get("new_state")
        if new is not None and new.state == STATE_PLAYING:
            start.played = True
        elif new is None or (start.played and new.state in _ENDED):
            start.ended = dt_util.utcnow()

    def _heard(self, satellite: str, context: Context) -> None:
        """Remember the request a satellite runs (its states carry its context)."""
        now = dt_util.utcnow()
        self._requests = {
            context_id: found
            for context_id, found in self._requests.items()
            if now - found[1] < KEEP_REQUEST
        }
        self._requests[context.id] = (satellite, now)

    @callback
    def start_of(self, entity_id: str, started: datetime) -> _Start | None:
        """Return the start of the session a play begun at `started` belongs to."""
        for start in reversed(self._kept(entity_id, dt_util.utcnow())):
            if start.at - START_SLACK <= started and (
                start.ended is None or started < start.ended
            ):
                return start
        return None

    @callback
    def user_for(self, entity_id: str, started: datetime) -> str | None:
        """Return who started the session a play begun at `started` belongs to."""
        start = self.start_of(entity_id, started)
        return start.user_id if start is not None else None


@callback
def requesting_device(context: Context) -> str | None:
    """Return the device whose conversation request runs in `context`, if known.

    A conversation's input names its device; Home Assistant keeps the input
    of the last few requests in their traces, from the start of each (so
    while the request's calls are made). No other part of Home Assistant
    tells a request's device from its context.
    """
    wanted = {context.id, context.parent_id} - {None}
    for trace in reversed(async_get_traces()):
        for event in trace.as_dict().get("events", []):
            if event.get("event_type") != ConversationTraceEventType.ASYNC_PROCESS:
                continue
            data = event.get("data") or {}
            asked = data.get("context")
            if isinstance(asked, Context) and asked.id in wanted:
                device = data.get("device_id")
                return device if isinstance(device, str) and device else None
    return None


@callback
def async_starters(hass: HomeAssistant) -> Starters:
    """Return the one `Starters` of this Home Assistant, made on first use."""
    if (found := hass.data.get(STARTERS)) is None:
        found = hass.data[STARTERS] = Starters(hass)
    return found


@callback
def areas_of(hass: HomeAssistant, entity_ids: Iterable[str]) -> tuple[str, ...]:
    """Return the areas of entities (each one's own, else its device's)."""
    entities = er.async_get(hass)
    device_reg = dr.async_get(hass)
    found: list[str] = []
    for entity_id in entity_ids:
        entry = entities.async_get(entity_id)
        if entry is None:
            continue
        area = entry.area_id
        if area is None and entry.device_id:
            device = device_reg.async_get(entry.device_id)
            area = device.area_id if device else None
        if area is not None and area not in found:
            found.append(area)
    return tuple(found)


@callback
def _in_areas(hass: HomeAssistant, areas: tuple[str, ...]) -> tuple[str, ...] | None:
    """Persons a room tracker places in the areas; None if no tracker reports rooms."""
    registry = ar.async_get(hass)
    names: set[str] = set()
    every_name: set[str] = set()
    for area in registry.async_list_areas():
        every_name |= {area.id.casefold(), area.name.casefold()}
        if area.id in areas:
            names |= {area.id.casefold(), area.name.casefold()}
    placed: list[str] = []
    rooms_known = False
    for person in hass.states.async_all(PERSON_DOMAIN):
        for tracker in person.attributes.get(ATTR_DEVICE_TRACKERS) or []:
            state = hass.states.get(str(tracker))
            where = state.state.casefold() if state is not None else ""
            if where in every_name:
                rooms_known = True
                if where in names:
                    placed.append(person.entity_id)
    return tuple(sorted(set(placed))) if rooms_known else None


@callback
def _occupied(hass: HomeAssistant, areas: tuple[str, ...]) -> bool | None:
    """Whether the areas' presence sensors see anyone (None: no such sensor)."""
    if not areas:
        return None
    sensors = [
        state
        for state in hass.states.async_all("binary_sensor")
        if state.attributes.get(ATTR_DEVICE_CLASS) in _PRESENCE_CLASSES
        and set(areas_of(hass, [state.entity_id])) & set(areas)
    ]
    if not sensors:
        return None
    return any(state.state == STATE_ON for state in sensors)


@callback
def situation_of(
    hass: HomeAssistant, players: Iterable[str], started: datetime
) -> Situation:
    """Read the home for a play on `players` (a group: its coordinator first)."""
    chosen = [p for p in players if p]
    starters = async_starters(hass)
    start = next(
        (s for p in chosen if (s := starters.start_of(p, started)) is not None), None
    )
    areas = areas_of(hass, chosen)
    home = tuple(
        sorted(
            state.entity_id
            for state in hass.states.async_all(PERSON_DOMAIN)
            if state.state == STATE_HOME
        )
    )
    return Situation(
        account_persons=None,
        speaker=chosen[0] if chosen else None,
        areas=areas,
        started_by=_starters(hass, start),
        home=home,
        in_areas=_in_areas(hass, areas) if areas else None,
        occupied=_occupied(hass, areas),
    )


@callback
def _starters(hass: HomeAssistant, start: _Start | None) -> tuple[str, ...]:
    """Return the persons who started a session: the user's, else the device's.

    The device's: a satellite's or the one a conversation request came from
    (`requesting_device`), see `_device_owner`.
    """
    if start is None:
        return ()
    if start.user_id is not None and (persons := persons_of_user(hass, start.user_id)):
        return tuple(sorted(persons))
    entities = er.async_get(hass)
    if start.satellite is not None:
        entry = entities.async_get(start.satellite)
        device = entry.device_id if entry is not None else None
        return _device_owner(hass, device, start.satellite)
    if start.device is not None:
        return _device_owner(hass, start.device, None)
    return ()


@callback
def _device_owner(
    hass: HomeAssistant, device_id: str | None, entity_id: str | None
) -> tuple[str, ...]:
    """Return whose a device is: a person's phone, a person's speaker, an area's.

    The person whose device tracker is one of its entities (the companion
    app's phone), else the owner of one of its entities (a person's
    speaker), else the owner of its area (of `entity_id`, else its own), as
    the options say. Several persons with its tracker cannot be told apart.
    """
    settings = rule_settings(hass)
    entities = er.async_get(hass)
    siblings = (
        [e.entity_id for e in er.async_entries_for_device(entities, device_id)]
        if device_id
        else [entity_id]
        if entity_id
        else []
    )
    trackers = {e for e in siblings if e.startswith(f"{Platform.DEVICE_TRACKER}.")}
    carriers = sorted(
        state.entity_id
        for state in hass.states.async_all(PERSON_DOMAIN)
        if trackers & set(state.attributes.get(ATTR_DEVICE_TRACKERS) or [])
    )
    if len(carriers) == 1:
        return (carriers[0],)
    for sibling in siblings:
        if (owner := settings.speaker_owners.get(sibling)) is not None:
            return (owner,)
    if entity_id is not None:
        areas = areas_of(hass, [entity_id])
    else:
        device = dr.async_get(hass).async_get(device_id) if device_id else None
        areas = (device.area_id,) if device is not None and device.area_id else ()
    for area in areas:
        if (owner := settings.area_owners.get(area)) is not None:
            return (owner,)
    return ()

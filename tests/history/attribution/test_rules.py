"""Whose a play is, decided in a real home: persons, zones, trackers, areas, calls.

Each situation is set up in a real Home Assistant (person, zone,
device_tracker states, areas, an occupancy sensor, a real service call made
by a user, a real Assist request from a phone or a wall tablet that has no
satellite entity) and the play is attributed as the collectors do it
(`async_attribute`).
"""

from dataclasses import dataclass, field
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockUser

from homeassistant.auth.const import GROUP_ID_USER
from homeassistant.components import conversation
from homeassistant.components.homeassistant.exposed_entities import async_expose_entity
from homeassistant.const import ATTR_ENTITY_ID, STATE_IDLE, STATE_OFF, STATE_PLAYING
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.intent import IntentResponseType
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.encore.const import (
    CONF_ATTRIBUTION_CHILDREN,
    CONF_ATTRIBUTION_OWNERS,
    CONF_ATTRIBUTION_PERSONS,
    CONF_ATTRIBUTION_PRESENCE,
    CONF_ATTRIBUTION_ROOMS,
    CONF_ATTRIBUTION_STARTED_BY,
    CONF_OPT_OUT,
)
from custom_components.encore.history.attribution import async_attribute
from custom_components.encore.history.attribution.rules import (
    Role,
    RuleSettings,
    Situation,
    decide,
)
from custom_components.encore.history.attribution.situation import async_starters
from custom_components.encore.history.epoch import to_ms
from custom_components.encore.history.models import (
    Attribution,
    AttributionRule as Rule,
    Certainty,
    PlayKind,
    PlayRecord,
    Source,
)

from .home import (
    ADA,
    BOB,
    GUS,
    KIDS,
    KITCHEN,
    LIVING,
    MIA,
    OFFICE,
    ROOMS,
    Home,
    async_add_asking_devices,
    async_build_home,
    async_place,
    base_options,
)

CERTAIN, LIKELY, HOUSEHOLD = Certainty.CERTAIN, Certainty.LIKELY, Certainty.HOUSEHOLD
NOBODY = ((), HOUSEHOLD, Rule.NOBODY)


@dataclass(frozen=True)
class Case:
    """One situation and what the rules must say."""

    name: str
    home: dict[str, str | None]
    """Persons at home: their room, or None (somewhere in the house)."""
    expected: tuple[tuple[str, ...], Certainty, Rule] | None
    players: tuple[str, ...] = (KITCHEN,)
    started_by: str | None = None
    occupied: bool | None = None
    options: dict[str, Any] = field(default_factory=dict)
    opted_out: tuple[str, ...] = ()
    account: str = "sonos:household"
    session_ended: bool = False
    """The player went idle between the call and the play."""
    asked_from: str | None = None
    """An Assist request from a device without a satellite entity (`home`'s
    devices) started it: as `started_by`'s user, a kiosk's or nobody's."""
    kiosk: bool = False
    """The request's user is a kiosk's: a user who is nobody's person."""


CASES = [
    Case("an account's play is its own", {BOB: None}, None, account="ada_spotify"),
    Case("who started it", {ADA: None, BOB: None}, ((BOB,), CERTAIN, Rule.STARTED_BY), started_by=BOB),
    Case("starter beats the room's owner", {MIA: "Kids Room"}, ((BOB,), CERTAIN, Rule.STARTED_BY), players=(KIDS,), started_by=BOB),
    Case("a child starting it is hers", {MIA: None, ADA: None}, ((MIA,), CERTAIN, Rule.STARTED_BY), started_by=MIA),
    Case("the area's owner", {ADA: None, MIA: None}, ((MIA,), CERTAIN, Rule.OWNER), players=(KIDS,)),
    Case("the speaker's owner", {BOB: None}, ((ADA,), CERTAIN, Rule.OWNER), players=(OFFICE,)),
    Case("one person home", {ADA: None}, ((ADA,), LIKELY, Rule.HOME)),
    Case("two at home share it", {ADA: None, BOB: None}, ((ADA, BOB), LIKELY, Rule.HOME)),
    Case("one in the room", {ADA: "Kitchen", BOB: "Office"}, ((ADA,), LIKELY, Rule.ROOM)),
    Case("two in the room", {ADA: "Kitchen", BOB: "Kitchen"}, ((ADA, BOB), LIKELY, Rule.ROOM)),
    Case("nobody in the room: those at home", {ADA: "Office", BOB: None}, ((ADA, BOB), LIKELY, Rule.HOME)),
    Case("an empty room by its sensor", {ADA: None}, NOBODY, players=(LIVING,), occupied=False),
    Case("an occupied room, one at home", {BOB: None}, ((BOB,), LIKELY, Rule.HOME), players=(LIVING,), occupied=True),
    Case("nobody home", {}, NOBODY),
    Case("only a guest home", {GUS: None}, NOBODY),
    Case("a guest and an adult", {GUS: None, BOB: None}, ((BOB,), LIKELY, Rule.HOME)),
    Case("a child with an adult: the child's", {MIA: None, ADA: None}, ((MIA,), LIKELY, Rule.HOME)),
    Case("a child with an adult, shared by option", {MIA: None, ADA: None}, ((ADA, MIA), LIKELY, Rule.HOME), options={CONF_ATTRIBUTION_CHILDREN: True}),
    Case("a child alone", {MIA: None}, ((MIA,), LIKELY, Rule.HOME)),
    Case("an opted-out person is never named", {ADA: None, BOB: None}, ((BOB,), LIKELY, Rule.HOME), opted_out=(ADA,)),
    Case("an opted-out owner", {BOB: None}, ((BOB,), LIKELY, Rule.HOME), players=(OFFICE,), opted_out=(ADA,)),
    Case("an opted-out starter", {BOB: None}, ((BOB,), LIKELY, Rule.HOME), started_by=ADA, opted_out=(ADA,)),
    Case("presence off", {ADA: None}, NOBODY, options={CONF_ATTRIBUTION_PRESENCE: False}),
    Case("owners off", {ADA: None}, ((ADA,), LIKELY, Rule.HOME), players=(KIDS,), options={CONF_ATTRIBUTION_OWNERS: False}),
    Case("starters off", {ADA: None, BOB: None}, ((ADA, BOB), LIKELY, Rule.HOME), started_by=BOB, options={CONF_ATTRIBUTION_STARTED_BY: False}),
    Case("rooms off", {ADA: "Kitchen", BOB: "Office"}, ((ADA, BOB), LIKELY, Rule.HOME), options={CONF_ATTRIBUTION_ROOMS: False}),
    Case("a session that ended forgets its starter", {BOB: None}, ((BOB,), LIKELY, Rule.HOME), started_by=ADA, session_ended=True),
    Case("a group: the kids' room is in it", {ADA: None}, ((MIA,), CERTAIN, Rule.OWNER), players=(KITCHEN, KIDS)),
    Case("a group: someone in either room", {ADA: "Office", BOB: "Kids Room"}, ((ADA,), LIKELY, Rule.ROOM), players=(OFFICE, LIVING), options={CONF_ATTRIBUTION_OWNERS: False}),
    Case("asked from a phone: the phone's person", {ADA: None, BOB: None}, ((ADA,), CERTAIN, Rule.STARTED_BY), asked_from="ada_phone"),
    Case("a kiosk's tablet: its room's owner", {ADA: None}, ((MIA,), CERTAIN, Rule.STARTED_BY), asked_from="kids_tablet", kiosk=True),
    Case("a tablet in nobody's room: presence", {ADA: None, BOB: None}, ((ADA, BOB), LIKELY, Rule.HOME), asked_from="hall_tablet", kiosk=True),
    Case("a user on another's phone: the user's", {ADA: None, BOB: None}, ((BOB,), CERTAIN, Rule.STARTED_BY), asked_from="ada_phone", started_by=BOB),
    Case("a phone's request, starters off", {BOB: None}, ((BOB,), LIKELY, Rule.HOME), asked_from="ada_phone", options={CONF_ATTRIBUTION_STARTED_BY: False}),
    Case("the phone of an opted-out person", {BOB: None}, ((BOB,), LIKELY, Rule.HOME), asked_from="ada_phone", opted_out=(ADA,)),
]  # fmt: skip


@pytest.fixture
async def home(hass: HomeAssistant, hass_admin_user: MockUser) -> Home:
    """The test home (see `home.py`), its calls followed as a collector does."""
    built = await async_build_home(hass, hass_admin_user)
    await async_add_asking_devices(hass, built)
    async_starters(hass)
    return built


async def _set_options(hass: HomeAssistant, home: Home, case: Case) -> None:
    options = base_options(home.areas)
    persons = {
        key: dict(value) for key, value in options[CONF_ATTRIBUTION_PERSONS].items()
    }
    for person in case.opted_out:
        persons.setdefault(person, {})[CONF_OPT_OUT] = True
    hass.config_entries.async_update_entry(
        home.history,
        options={**options, CONF_ATTRIBUTION_PERSONS: persons, **case.options},
    )


async def _ask(hass: HomeAssistant, home: Home, case: Case) -> None:
    """Ask Assist to turn the kitchen speaker on from a device, as its request does.

    Home Assistant's own agent: the request's calls carry its context, and
    its input names the device (`ConversationInput.device_id`).
    """
    for component in ("homeassistant", "conversation", "intent"):
        assert await async_setup_component(hass, component, {})
    hass.states.async_set(
        KITCHEN, STATE_OFF, {"friendly_name": "Jukebox", "supported_features": 128}
    )
    er.async_get(hass).async_update_entity(KITCHEN, name="Jukebox")
    async_expose_entity(hass, conversation.DOMAIN, KITCHEN, True)
    user_id = None
    if case.started_by is not None:
        user_id = home.users[case.started_by]
    elif case.kiosk:
        kiosk = await hass.auth.async_create_user("Kiosk", group_ids=[GROUP_ID_USER])
        user_id = kiosk.id
    assert case.asked_from is not None
    result = await conversation.async_converse(
        hass,
        "turn on the jukebox",
        None,
        Context(user_id=user_id),
        language="en",
        device_id=home.devices[case.asked_from],
    )
    assert result.response.response_type is IntentResponseType.ACTION_DONE, (
        result.response.speech
    )


async def _start(hass: HomeAssistant, home: Home, case: Case) -> None:
    for player in ROOMS:
        hass.states.async_set(player, STATE_IDLE)  # a new session: starters forgotten
    if case.asked_from is not None:
        await _ask(hass, home, case)
    elif case.started_by is not None:
        await hass.services.async_call(
            "media_player",
            "play_media",
            {
                ATTR_ENTITY_ID: case.players[0],
                "media_content_id": "https://radio.invalid/stream",
                "media_content_type": "music",
            },
            blocking=True,
            context=Context(user_id=home.users[case.started_by]),
        )
    if case.session_ended:
        hass.states.async_set(case.players[0], STATE_PLAYING)
        hass.states.async_set(case.players[0], STATE_IDLE)
    for player in case.players:
        hass.states.async_set(player, STATE_PLAYING)
    await hass.async_block_till_done()


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
async def test_whose_a_play_is(hass: HomeAssistant, home: Home, case: Case) -> None:
    """Every situation lands with the attribution the rules say."""
    await _set_options(hass, home, case)
    await async_place(hass, case.home, case.occupied)
    await _start(hass, home, case)
    now = to_ms(dt_util.utcnow()) + 1_000  # begins a moment after what was set up
    record = PlayRecord(
        account=case.account,
        source=Source.SONOS,
        ended_at=now + 180_000,
        ms_played=180_000,
        kind=PlayKind.TRACK,
        title="Sinnerman",
        artist="Nina Simone",
        album=None,
        started_at=now,
    )
    found = async_attribute(hass, record, list(case.players))
    expected = None if case.expected is None else Attribution(*case.expected)
    assert found == expected


def test_the_rules_are_pure() -> None:
    """The engine itself: a situation in, an attribution out, nothing else read."""
    settings = RuleSettings(roles={MIA: Role.CHILD, GUS: Role.GUEST})
    assert decide(Situation(account_persons=(ADA,)), settings) == Attribution(
        (ADA,), CERTAIN, Rule.ACCOUNT
    )
    assert decide(Situation(home=(GUS,)), settings) == Attribution(*NOBODY)
    assert decide(Situation(home=(ADA, BOB), in_areas=(BOB,)), settings) == Attribution(
        (BOB,), LIKELY, Rule.ROOM
    )
    # In rooms nobody: presence at home decides, unless a sensor saw nobody.
    assert decide(Situation(home=(ADA,), in_areas=()), settings).rule is Rule.HOME
    assert decide(
        Situation(home=(ADA,), in_areas=(), occupied=False), settings
    ) == Attribution(*NOBODY)

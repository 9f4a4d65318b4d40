"""The history options' steps for whose plays are: saved, read live, kept apart."""

from collections.abc import AsyncGenerator

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import area_registry as ar
from homeassistant.setup import async_setup_component

from custom_components.encore.const import (
    CONF_AREAS,
    CONF_ATTRIBUTION_CHILDREN,
    CONF_ATTRIBUTION_MY,
    CONF_ATTRIBUTION_OWNERS,
    CONF_ATTRIBUTION_PERSONS,
    CONF_ATTRIBUTION_PRESENCE,
    CONF_ATTRIBUTION_ROOMS,
    CONF_ATTRIBUTION_STARTED_BY,
    CONF_INSTALL_SENTENCES,
    CONF_KIND,
    CONF_MEDIA_PLAYERS,
    CONF_OPT_OUT,
    CONF_PERSON,
    CONF_PRIVATE,
    CONF_RETENTION_DAYS,
    CONF_ROLE,
    CONF_SPEAKERS,
    DOMAIN,
    EntryKind,
)
from custom_components.encore.history.attribution.rules import Role
from custom_components.encore.history.attribution.settings import rule_settings
from custom_components.encore.history.models import Certainty
from custom_components.encore.history.recaps import recap_persons
from custom_components.encore.history.whose import my_certainty


@pytest.fixture
async def history(hass: HomeAssistant) -> AsyncGenerator[MockConfigEntry]:
    """The history entry, loaded, and a person."""
    assert await async_setup_component(
        hass, "person", {"person": [{"id": "mia", "name": "Mia"}]}
    )
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id="history",
        data={CONF_KIND: EntryKind.HISTORY},
        options={CONF_RETENTION_DAYS: 30},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    yield entry
    if entry.state is ConfigEntryState.LOADED:
        await hass.config_entries.async_unload(entry.entry_id)


async def _menu(hass: HomeAssistant, entry: MockConfigEntry, step: str) -> str:
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["type"] is FlowResultType.MENU
    assert result["menu_options"] == ["history", "attribution", "attribution_person"]
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": step}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == step
    return str(result["flow_id"])


async def test_the_rules_and_a_person_are_saved_and_read_live(
    hass: HomeAssistant, history: MockConfigEntry
) -> None:
    """No reload: the history stays as it runs; the settings apply at once."""
    runtime = history.runtime_data
    flow = await _menu(hass, history, "attribution")
    result = await hass.config_entries.options.async_configure(
        flow,
        {
            CONF_ATTRIBUTION_STARTED_BY: True,
            CONF_ATTRIBUTION_OWNERS: False,
            CONF_ATTRIBUTION_PRESENCE: True,
            CONF_ATTRIBUTION_ROOMS: False,
            CONF_ATTRIBUTION_CHILDREN: True,
            CONF_ATTRIBUTION_MY: "certain",
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert history.runtime_data is runtime
    assert history.options[CONF_RETENTION_DAYS] == 30
    settings = rule_settings(hass)
    assert (settings.owners, settings.rooms, settings.children_with_adults) == (
        False,
        False,
        True,
    )
    assert my_certainty(hass) is Certainty.CERTAIN

    kids = ar.async_get(hass).async_create("Kids Room").id
    flow = await _menu(hass, history, "attribution_person")
    result = await hass.config_entries.options.async_configure(
        flow, {CONF_PERSON: "person.mia"}
    )
    assert result["step_id"] == "attribution_person_settings"
    assert result["description_placeholders"] == {"person": "Mia"}
    result = await hass.config_entries.options.async_configure(
        flow,
        {
            CONF_ROLE: "child",
            CONF_OPT_OUT: False,
            CONF_SPEAKERS: ["media_player.kids_room"],
            CONF_AREAS: [kids],
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert history.runtime_data is runtime
    settings = rule_settings(hass)
    assert settings.role("person.mia") is Role.CHILD
    assert settings.speaker_owners == {"media_player.kids_room": "person.mia"}
    assert settings.area_owners == {kids: "person.mia"}

    # The history's own step keeps what these steps chose (and reloads).
    flow = await _menu(hass, history, "history")
    result = await hass.config_entries.options.async_configure(
        flow,
        {
            CONF_RETENTION_DAYS: 7,
            CONF_MEDIA_PLAYERS: [],
            CONF_INSTALL_SENTENCES: False,
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert history.options[CONF_RETENTION_DAYS] == 7
    assert history.options[CONF_ATTRIBUTION_MY] == "certain"
    assert history.options[CONF_ATTRIBUTION_PERSONS]["person.mia"][CONF_ROLE] == "child"
    assert history.runtime_data is not runtime


async def test_the_household_recaps_persons_follow_the_options(
    hass: HomeAssistant, history: MockConfigEntry
) -> None:
    """Whose attributed plays count in the household recap's part, by name.

    Every person but those out of attribution or private (any user reads
    the household's recap), read live from the options.
    """
    # Mia is the fixture's person; two more as their states say them.
    for key, name in (("ada", "Ada"), ("bob", "Bob")):
        hass.states.async_set(f"person.{key}", "home", {"friendly_name": name})
    assert recap_persons(hass, []) == {
        "Ada": "person.ada",
        "Bob": "person.bob",
        "Mia": "person.mia",
    }
    hass.config_entries.async_update_entry(
        history,
        options={
            **history.options,
            CONF_ATTRIBUTION_PERSONS: {
                "person.mia": {CONF_OPT_OUT: True},
                "person.bob": {CONF_PRIVATE: True},
            },
        },
    )
    await hass.async_block_till_done()
    assert recap_persons(hass, []) == {"Ada": "person.ada"}

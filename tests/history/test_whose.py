"""Whose history "I" means: an explicit account, a linked person, the only one, all."""

from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser

from homeassistant.config_entries import ConfigEntryDisabler
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.setup import async_setup_component

from custom_components.encore.const import (
    CONF_HOUSEHOLD_ID,
    CONF_KIND,
    CONF_PERSONS,
    DOMAIN,
    EntryKind,
)
from custom_components.encore.history.models import Source
from custom_components.encore.history.queries import Scope
from custom_components.encore.history.whose import (
    WhoseReason,
    account_titles,
    async_resolve_scope,
)


def spotify(
    hass: HomeAssistant, user_id: str, title: str, persons: list[str] | None = None
) -> MockConfigEntry:
    """A Spotify account entry; disabled, its id is all that is needed."""
    options: dict[str, Any] = {} if persons is None else {CONF_PERSONS: persons}
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id=user_id,
        title=title,
        data={CONF_KIND: EntryKind.SPOTIFY},
        options=options,
        disabled_by=ConfigEntryDisabler.USER,
    )
    entry.add_to_hass(hass)
    return entry


def sonos(hass: HomeAssistant) -> MockConfigEntry:
    """A Sonos household entry."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id="Sonos_HH1",
        title="Sonos (Kitchen)",
        data={CONF_KIND: EntryKind.SONOS, CONF_HOUSEHOLD_ID: "Sonos_HH1"},
        disabled_by=ConfigEntryDisabler.USER,
    )
    entry.add_to_hass(hass)
    return entry


@pytest.fixture
async def people(
    hass: HomeAssistant, hass_admin_user: MockUser, hass_read_only_user: MockUser
) -> dict[str, str]:
    """Ada (the admin) and Bob (read-only) as persons; Cy has no user."""
    assert await async_setup_component(
        hass,
        "person",
        {
            "person": [
                {"id": "ada", "name": "Ada", "user_id": hass_admin_user.id},
                {"id": "bob", "name": "Bob", "user_id": hass_read_only_user.id},
                {"id": "cy", "name": "Cy"},
            ]
        },
    )
    await hass.async_block_till_done()
    return {"ada": hass_admin_user.id, "bob": hass_read_only_user.id}


async def test_explicit_account_wins(
    hass: HomeAssistant, people: dict[str, str]
) -> None:
    """A named Spotify account or Sonos household is used as is, said or not."""
    spotify(hass, "ada_id", "Ada", ["person.ada"])
    bob = spotify(hass, "bob_id", "Bob")
    household = sonos(hass)
    resolved = await async_resolve_scope(
        hass, user_id=people["ada"], config_entry_id=bob.entry_id
    )
    assert resolved.scope == Scope(accounts=("bob_id",))
    assert resolved.accounts == ["Bob"]
    assert resolved.said is None
    assert resolved.reason is WhoseReason.ENTRY
    resolved = await async_resolve_scope(
        hass, user_id=None, config_entry_id=household.entry_id, source=Source.SONOS
    )
    assert resolved.scope == Scope(accounts=("sonos:Sonos_HH1",), source=Source.SONOS)
    assert resolved.accounts == ["Sonos (Kitchen)"]


async def test_linked_person_is_i(hass: HomeAssistant, people: dict[str, str]) -> None:
    """The user's person picks the account; two linked accounts are said."""
    spotify(hass, "ada_id", "Ada", ["person.ada"])
    spotify(hass, "bob_id", "Bob", ["person.bob", "person.cy"])
    resolved = await async_resolve_scope(hass, user_id=people["bob"])
    # Their account's plays, and what was attributed to them (issue 46).
    assert resolved.scope == Scope(accounts=("bob_id",), person="person.bob")
    assert resolved.accounts == ["Bob"]
    assert resolved.said is None
    assert resolved.reason is WhoseReason.USER
    spotify(hass, "ada_work", "Ada (work)", ["person.ada"])
    resolved = await async_resolve_scope(
        hass, user_id=people["ada"], source=Source.SPOTIFY_PLAYER
    )
    assert resolved.scope == Scope(
        accounts=("ada_id", "ada_work"),
        source=Source.SPOTIFY_PLAYER,
        person="person.ada",
    )
    assert resolved.said == "for Ada, Ada (work)"


async def test_only_account_then_everyone(
    hass: HomeAssistant, people: dict[str, str]
) -> None:
    """Unlinked: the only Spotify account (a household is no person), else all."""
    sonos(hass)
    spotify(hass, "ada_id", "Ada")
    for user_id, person in (
        (people["bob"], "person.bob"),
        (None, None),
        ("no-such-user", None),
    ):
        resolved = await async_resolve_scope(hass, user_id=user_id)
        assert resolved.scope == Scope(accounts=("ada_id",), person=person)
        assert resolved.said is None
        assert resolved.reason is WhoseReason.ONLY
    spotify(hass, "bob_id", "Bob")
    resolved = await async_resolve_scope(hass, user_id=people["bob"])
    assert resolved.scope == Scope(accounts=None)
    assert resolved.accounts == ["Ada", "Bob", "Sonos (Kitchen)"]
    assert resolved.said == "for all accounts (Ada, Bob, Sonos (Kitchen))"
    assert resolved.reason is WhoseReason.ALL
    # A language Encore has no texts in gets English.
    resolved = await async_resolve_scope(hass, user_id=None, language="xx")
    assert resolved.said == "for all accounts (Ada, Bob, Sonos (Kitchen))"
    assert account_titles(hass) == {
        "ada_id": "Ada",
        "bob_id": "Bob",
        "sonos:Sonos_HH1": "Sonos (Kitchen)",
    }


async def test_nothing_set_up_is_the_whole_history(hass: HomeAssistant) -> None:
    """Without accounts (media players only) it is everything: the home's.

    Nobody else's plays to tell apart, so nothing to say (a history with
    several people's plays is said: test_voice's
    `test_whose_is_said_only_for_several_people`).
    """
    resolved = await async_resolve_scope(hass, user_id=None)
    assert resolved.scope == Scope()
    assert resolved.accounts == []
    assert resolved.said is None
    assert resolved.reason is WhoseReason.ALL


async def test_wrong_entry_is_refused(hass: HomeAssistant) -> None:
    """An unknown entry, or the history settings entry, is no account."""
    settings = MockConfigEntry(
        domain=DOMAIN,
        unique_id="history",
        title="Listening history",
        data={CONF_KIND: EntryKind.HISTORY},
    )
    settings.add_to_hass(hass)
    with pytest.raises(ServiceValidationError) as err:
        await async_resolve_scope(hass, user_id=None, config_entry_id="nope")
    assert err.value.translation_key == "unknown_entry"
    with pytest.raises(ServiceValidationError) as err:
        await async_resolve_scope(hass, user_id=None, config_entry_id=settings.entry_id)
    assert err.value.translation_key == "not_an_account"


async def test_the_only_account_linked_to_someone_else_is_not_mine(
    hass: HomeAssistant, people: dict[str, str]
) -> None:
    """Issue 33.16: Bob asking about "me" is not told Ada's listening."""
    spotify(hass, "ada_id", "Ada", ["person.ada"])
    mine = await async_resolve_scope(hass, user_id=people["ada"])
    assert (mine.scope, mine.reason) == (
        Scope(accounts=("ada_id",), person="person.ada"),
        WhoseReason.USER,
    )
    # Bob's "me" is what speakers and players played for him (issue 46).
    bobs = await async_resolve_scope(hass, user_id=people["bob"])
    assert bobs.reason is WhoseReason.USER
    assert bobs.scope == Scope(accounts=(), person="person.bob")
    # A user without a person still cannot be told: everyone's, said so.
    strangers = await async_resolve_scope(hass, user_id="no-such-user")
    assert strangers.reason is WhoseReason.ALL
    assert strangers.scope == Scope(accounts=None)
    assert strangers.said is not None
    # An automation (no user) still means the only account.
    nobody = await async_resolve_scope(hass, user_id=None)
    assert nobody.reason is WhoseReason.ONLY

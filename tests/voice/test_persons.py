"""Someone else's listening, told of them (issue 43.14).

"What did Guest Listener listen to today?" asks about the account of the
person named (a person entity linked to it, or the account's title), and
the answer speaks of them in the third person, in English and German,
through a real `hass`, the default agent and Encore's installed sentences.
"""

from collections import Counter
from pathlib import Path

from freezegun.api import FrozenDateTimeFactory
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.config_entries import ConfigEntryDisabler
from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent
from homeassistant.setup import async_setup_component

from custom_components.encore.const import CONF_KIND, CONF_PERSONS, DOMAIN, EntryKind

from .test_voice import (
    OTHER_ACCOUNT,
    PLAYS,
    TODAY,
    ask,
    async_setup_history,
    duration,
    tracks,
)

GUEST = "Guest Listener"


async def _async_setup_guest(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, config_dir: Path
) -> MockConfigEntry:
    """Ada's history and a second account, linked to the person Guest Listener."""
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    assert await async_setup_component(hass, "intent", {})
    MockConfigEntry(
        domain=DOMAIN,
        unique_id=OTHER_ACCOUNT,
        title="Second account",
        data={CONF_KIND: EntryKind.SPOTIFY},
        options={CONF_PERSONS: ["person.guest"]},
        disabled_by=ConfigEntryDisabler.USER,
    ).add_to_hass(hass)
    hass.states.async_set(
        "person.guest", "home", {"user_id": "guest-user", "friendly_name": GUEST}
    )
    return await async_setup_history(hass, freezer, config_dir)


async def test_another_persons_listening_in_the_third_person(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, tmp_path: Path
) -> None:
    """Their plays, named by their person's name, never "you", in EN and DE."""
    entry = await _async_setup_guest(hass, freezer, tmp_path)
    theirs = [
        p for p in PLAYS if p.account == OTHER_ACCOUNT and p.started.date() == TODAY
    ]
    assert theirs, "the test data has the second account's plays today"
    counted = sum(p.counted for p in theirs)
    ranked = Counter(p.artist for p in tracks(theirs)).most_common()
    leaders = [name for name, count in ranked if count == ranked[0][1]]

    heard = await ask(hass, f"what did {GUEST} listen to today?", user_id="ada-user")
    assert heard.intent == "EncoreWhatPlayed"
    assert heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    assert heard.speech.startswith(f"Today {GUEST} listened mostly to ")
    assert all(name in heard.speech for name in leaders), heard.speech
    assert f": {counted} plays in " in heard.speech
    assert " you " not in heard.speech
    # The answer names them: no "(for ...)" after it.
    assert not heard.speech.endswith(")")

    heard = await ask(hass, f"Was hat {GUEST} heute gehört?", "de", user_id="ada-user")
    assert heard.intent == "EncoreWhatPlayed"
    assert heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    assert heard.speech.startswith(f"Heute hat {GUEST} vor allem ")
    assert all(name in heard.speech for name in leaders), heard.speech
    assert f": {counted} Wiedergaben in " in heard.speech
    assert " du " not in heard.speech

    listened = duration(sum(p.ms for p in theirs if p.counted))
    heard = await ask(hass, "how long did guest listener listen today")
    assert heard.speech.startswith(f"Today {GUEST} listened for {listened}"), (
        heard.speech
    )
    await hass.config_entries.async_unload(entry.entry_id)

"""`encore.recap` and its websocket commands, in a real Home Assistant.

The history of tests/test_services.py (Ada and Bob linked to people, a Sonos
household), answered for a month, "me", chosen people and the household;
every figure checked against the plays the test stored.
"""

from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from pytest_homeassistant_custom_component.typing import WebSocketGenerator
from sqlalchemy import Connection

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.setup import async_setup_component

from custom_components.encore.const import (
    CONF_KIND,
    CONF_PERSONS,
    CONF_RECAP_HOUSEHOLD,
    DOMAIN,
    EntryKind,
)
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.store.writes import WriterState

from .test_services import (
    ADA,
    BOB,
    Play,
    call,
    history,  # noqa: F401 - the fixture
    select_plays,
)

MARCH = "2026-03-01T00:00:00"


@pytest.fixture
async def people(
    hass: HomeAssistant, hass_admin_user: MockUser, hass_read_only_user: MockUser
) -> dict[str, str]:
    """Ada (admin) and Bob (read-only) as persons, and Cy, who has no user."""
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
    return {"ada": hass_admin_user.id, "bob": hass_read_only_user.id}


APRIL = "2026-04-01T00:00:00"


def _minutes(ms: int) -> int:
    return (ms + 30_000) // 60_000


async def _add(hass: HomeAssistant, plays: list[Play]) -> None:
    def write(conn: Connection, state: WriterState) -> None:
        state.insert_records(conn, [play.record() for play in plays])

    await async_get_manager(hass).async_write(write)


async def test_recap_household_month(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
) -> None:
    """March for everyone: figures, people by name, the speaker no listener."""
    response = await call(hass, "recap", {"month": "2026-03", "everyone": True})
    counted = select_plays(None, MARCH)
    music = response["music"]
    assert response["status"] == "ready"
    assert music["plays"] == len(counted)
    assert music["ms_played"] == sum(play.ms for play in counted)
    assert music["artists"] == len({play.artist for play in counted})
    assert music["songs"] == len({play.title for play in counted})
    assert [a["name"] for a in music["top_artists"]] == [
        "Arca",
        "Dina",
        "Björk",
    ]  # Dina: 2 plays, more minutes
    assert music["top_artists"][0]["minutes"] == round(
        music["top_artists"][0]["ms_played"] / 60_000, 1
    )
    # Ada's first songs: Arca then Björk twice the 4th; Dina (Bob) counted too.
    assert music["top_songs"][0]["name"] in {"a2", "b1", "d1"}
    assert music["song_uris"][0].startswith("spotify:track:")
    assert len(music["song_uris"]) == len({play.title for play in counted})
    # Everyone's artists before March: only Cesaria; March's are all new.
    assert music["discoveries"] == 3
    assert music["first_song"]["name"] == "a1"
    assert music["last_song"]["name"] == "b1"
    household = response["household"]
    minutes = {
        name: _minutes(sum(p.ms for p in counted if p.account == account))
        for name, account in (("Ada", ADA), ("Bob", BOB))
    }
    assert [
        (lst["person"], lst["minutes"]) for lst in household["listeners"]
    ] == sorted(minutes.items(), key=lambda kv: -kv[1])
    assert household["listeners"][0]["person"] == "Ada"  # 21 minutes to 20
    assert household["common_artists"] == []
    # March so far against February's same days (issue 43.3: before, as long
    # just before it); Cesaria, on 20 February, is outside both.
    comparison = response["comparison"]
    assert comparison["start"] == "2026-02-01T00:00:00+01:00"
    assert comparison["end"] == "2026-02-04T21:30:00+01:00"
    assert comparison["direction"] == "up"
    assert comparison["minutes_change"] == response["headline"]["minutes"]
    assert comparison["previous_number_one"] is None
    assert comparison["new_number_one"] is True
    assert response["rooms"] is None  # the export knows no rooms
    assert response["headline"]["top_artist"] == "Arca"
    assert response["headline"]["top_listener"] == "Ada"
    assert response["podcasts"] is None


async def test_recap_me_and_nothing_yet(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    people: dict[str, str],
) -> None:
    """Ada's last month: herself alone; a month without plays says so, never zeros."""
    response = await call(hass, "recap", {}, user_id=people["ada"])
    assert response["accounts"] == ["Ada"]
    assert response["period"]["start"].startswith("2026-02-01T00:00:00+01:00")
    assert response["music"]["top_artists"][0]["name"] == "Cesaria"
    assert response["household"] is None
    # February against January (nothing): Cesaria is the new number one.
    assert response["comparison"]["start"].startswith("2026-01-01T00:00:00")
    assert response["comparison"]["direction"] == "up"
    assert response["comparison"]["new_number_one"] is True
    empty = await call(hass, "recap", {"month": "2030-01"}, user_id=people["ada"])
    assert empty["status"] == "nothing_to_recap_yet"
    assert empty["music"] is None
    assert empty["headline"]["status"] == "nothing_to_recap_yet"
    year = await call(hass, "recap", {"year": 2026}, user_id=people["bob"])
    assert year["music"]["plays"] == len(select_plays(BOB, None))
    assert year["period"]["end"].startswith("2026-03-04T21:30:00")  # until now


async def test_recap_bad_input(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
) -> None:
    """Two periods, a person without an account: translated errors."""
    with pytest.raises(ServiceValidationError) as caught:
        await call(hass, "recap", {"month": "2026-03", "year": 2026})
    assert caught.value.translation_key == "recap_one_period"
    with pytest.raises(ServiceValidationError) as caught:
        await call(hass, "recap", {"month": "2026-03", "period": "last_week"})
    assert caught.value.translation_key == "recap_one_period"
    with pytest.raises(ServiceValidationError) as caught:
        await call(hass, "recap", {"persons": ["person.nobody"]})
    assert caught.value.translation_key == "recap_no_account"
    assert "person.nobody" in str(caught.value)


async def test_recap_person_without_user_and_staying_out(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
) -> None:
    """Cy has a Spotify account and no Home Assistant user; Bob stays out."""
    long_name = "Ž" + "x" * 199  # 200 characters
    cy = MockConfigEntry(
        domain=DOMAIN,
        unique_id="cy_id",
        title="Cy's Spotify",
        data={CONF_KIND: EntryKind.SPOTIFY},
        options={CONF_PERSONS: ["person.cy"]},
    )
    cy.add_to_hass(hass)
    await _add(
        hass,
        [
            Play("2026-03-02T11:00:00", 240_000, long_name, "c-long", "cy_id"),
            Play("2026-03-02T12:00:00", 240_000, "Arca", "a1", "cy_id"),
        ],
    )
    response = await call(hass, "recap", {"month": "2026-03", "everyone": True})
    listeners = {lst["person"] for lst in response["household"]["listeners"]}
    assert listeners == {"Ada", "Bob", "Cy"}
    common = response["household"]["common_artists"]
    assert [(c["entry"]["name"], c["people"]) for c in common] == [
        ("Arca", ["Ada", "Cy"])
    ]
    names = [artist["name"] for artist in response["music"]["top_artists"]]
    assert long_name in names
    only_cy = await call(hass, "recap", {"month": "2026-03", "persons": ["person.cy"]})
    assert only_cy["accounts"] == ["Cy's Spotify"]
    assert only_cy["music"]["plays"] == 2
    # Bob keeps out of household figures; his own recap is unchanged.
    hass.config_entries.async_update_entry(
        history["bob"], options={**history["bob"].options, CONF_RECAP_HOUSEHOLD: False}
    )
    without_bob = await call(hass, "recap", {"month": "2026-03", "everyone": True})
    assert {lst["person"] for lst in without_bob["household"]["listeners"]} == {
        "Ada",
        "Cy",
    }
    assert without_bob["music"]["plays"] == response["music"]["plays"] - len(
        select_plays(BOB, MARCH)
    )
    bob = await call(
        hass, "recap", {"month": "2026-03", "config_entry_id": history["bob"].entry_id}
    )
    assert bob["music"]["plays"] == len(select_plays(BOB, MARCH))


async def test_recap_websocket(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_ws_client: WebSocketGenerator,
) -> None:
    """The page's commands: the months and years with plays, and a recap."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id({"type": "encore/recap_periods", "everyone": True})
    reply: dict[str, Any] = await client.receive_json()
    assert reply["success"], reply
    assert reply["result"] == {"months": ["2026-03", "2026-02"], "years": [2026]}
    await client.send_json_auto_id(
        {"type": "encore/recap", "month": "2026-03", "everyone": True}
    )
    reply = await client.receive_json()
    assert reply["success"], reply
    assert reply["result"]["music"]["plays"] == len(select_plays(None, MARCH))
    await client.send_json_auto_id(
        {"type": "encore/recap", "month": "2026-3", "everyone": True}
    )
    reply = await client.receive_json()
    assert not reply["success"]

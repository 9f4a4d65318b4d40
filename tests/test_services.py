"""The reading actions (top items, stats, history, counts) and the sync actions.

Answers are checked against plain-Python computations over the plays the
test stored, never against Encore's own SQL.
"""

from collections import Counter, defaultdict
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from datetime import datetime, timedelta
import json
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, MockUser
from sqlalchemy import Connection
import voluptuous as vol

from homeassistant.config_entries import ConfigEntryDisabler, ConfigEntryState
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import intent
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.encore.const import (
    CONF_HOUSEHOLD_ID,
    CONF_KIND,
    CONF_PERSONS,
    DOMAIN,
    EntryKind,
)
from custom_components.encore.history.collectors.spotify_account import recording_of
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.store.writes import WriterState
from custom_components.encore.spotify.account import SpotifyAccount
from custom_components.encore.voice.intents import INTENT_LISTENING_TIME
from fakes.spotify.server import FakeSpotify
from fakes.spotify.users import FakeUser
from tests.history.databases import alter_from_outside

from .conftest import USER_ID, USER_NAME, advance
from .test_entities import ensure_history_platforms

TIME_ZONE = "Europe/Berlin"
NOW = "2026-03-04T21:30:00+01:00"  # a Wednesday
ADA = "ada_id"
BOB = "bob_id"


@dataclass(frozen=True)
class Play:
    """A stored stream: local end, ms played, names, account, device."""

    ended: str
    ms: int
    artist: str
    title: str
    account: str = ADA
    device: str = "Kitchen"

    @property
    def ended_at(self) -> datetime:
        """Aware end, in Berlin."""
        moment = dt_util.parse_datetime(self.ended)
        assert moment is not None
        return moment.replace(tzinfo=dt_util.get_time_zone(TIME_ZONE))

    @property
    def counts(self) -> bool:
        """Whether Spotify's 30-second rule counts it."""
        return self.ms >= 30_000

    def record(self) -> PlayRecord:
        """As an export row would store it."""
        return PlayRecord(
            account=self.account,
            source=Source.EXPORT_EXTENDED,
            ended_at=int(self.ended_at.timestamp() * 1000),
            ms_played=self.ms,
            kind=PlayKind.TRACK,
            title=self.title,
            artist=self.artist,
            album=f"{self.artist} album",
            item_uri=f"spotify:track:{self.title:0>22}",
            device=self.device,
        )


PLAYS = [
    Play("2026-02-20T12:00:00", 200_000, "Cesaria", "c1"),
    Play("2026-03-02T10:00:00", 240_000, "Arca", "a1"),
    Play("2026-03-03T10:00:00", 240_000, "Arca", "a2"),
    Play("2026-03-04T08:00:00", 180_000, "Arca", "a2", device="Phone"),
    Play("2026-03-04T09:00:00", 20_000, "Björk", "b1", device="Phone"),
    Play("2026-03-04T20:00:00", 300_000, "Björk", "b1"),
    Play("2026-03-04T20:10:00", 300_000, "Björk", "b1"),
    Play("2026-03-03T18:00:00", 600_000, "Dina", "d1", BOB),
    Play("2026-03-04T18:00:00", 600_000, "Dina", "d1", BOB),
]
WEEK_START = "2026-03-02T00:00:00"


def local(moment: str) -> datetime:
    """A Berlin wall-clock time."""
    parsed = dt_util.parse_datetime(moment)
    assert parsed is not None
    return parsed.replace(tzinfo=dt_util.get_time_zone(TIME_ZONE))


def select_plays(
    account: str | None, start: str | None, end: str = NOW, *, rule_30s: bool = True
) -> list[Play]:
    """The plays of an account (None: all) that ended in [start, end)."""
    low = None if start is None else local(start)
    high = dt_util.parse_datetime(end)
    assert high is not None
    high = high if high.tzinfo else local(end)
    return [
        p
        for p in PLAYS
        if (account is None or p.account == account)
        and (low is None or p.ended_at >= low)
        and p.ended_at < high
        and (p.counts or not rule_30s)
    ]


def ranking(plays: list[Play], key: str, by_time: bool) -> list[tuple[Any, ...]]:
    """(rank, name, plays, ms) lines with competition ranks."""
    counted: Counter[str] = Counter()
    heard: Counter[str] = Counter()
    for play in plays:
        counted[getattr(play, key)] += 1
        heard[getattr(play, key)] += play.ms
    measure = heard if by_time else counted
    return sorted(
        (
            1 + sum(1 for n in measure.values() if n > measure[name]),
            name,
            counted[name],
            heard[name],
        )
        for name in counted
    )


def lines(items: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """The same lines from a response."""
    return sorted((i["rank"], i["name"], i["plays"], i["ms_played"]) for i in items)


@pytest.fixture
async def people(
    hass: HomeAssistant, hass_admin_user: MockUser, hass_read_only_user: MockUser
) -> dict[str, str]:
    """Ada (admin) and Bob (read-only user) as persons."""
    assert await async_setup_component(
        hass,
        "person",
        {
            "person": [
                {"id": "ada", "name": "Ada", "user_id": hass_admin_user.id},
                {"id": "bob", "name": "Bob", "user_id": hass_read_only_user.id},
            ]
        },
    )
    return {"ada": hass_admin_user.id, "bob": hass_read_only_user.id}


@pytest.fixture
async def history(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, people: dict[str, str]
) -> AsyncGenerator[dict[str, MockConfigEntry]]:
    """The history with PLAYS, two (unloaded) accounts linked to people, a household."""
    await hass.config.async_set_time_zone(TIME_ZONE)
    freezer.move_to(NOW)
    entries = {
        "history": MockConfigEntry(
            domain=DOMAIN,
            unique_id="history",
            title="Listening history",
            data={CONF_KIND: EntryKind.HISTORY},
        ),
        "ada": MockConfigEntry(
            domain=DOMAIN,
            unique_id=ADA,
            title="Ada",
            data={CONF_KIND: EntryKind.SPOTIFY},
            options={CONF_PERSONS: ["person.ada"]},
            disabled_by=ConfigEntryDisabler.USER,
        ),
        "bob": MockConfigEntry(
            domain=DOMAIN,
            unique_id=BOB,
            title="Bob",
            data={CONF_KIND: EntryKind.SPOTIFY},
            options={CONF_PERSONS: ["person.bob"]},
            disabled_by=ConfigEntryDisabler.USER,
        ),
        "sonos": MockConfigEntry(
            domain=DOMAIN,
            unique_id="Sonos_HH1",
            title="Sonos (Kitchen)",
            data={CONF_KIND: EntryKind.SONOS, CONF_HOUSEHOLD_ID: "Sonos_HH1"},
            disabled_by=ConfigEntryDisabler.USER,
        ),
    }
    for entry in entries.values():
        entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entries["history"].entry_id)
    await ensure_history_platforms(hass, entries["history"])
    manager = async_get_manager(hass)

    def write(conn: Connection, state: WriterState) -> None:
        for play in PLAYS:
            state.insert_records(conn, [play.record()])

    await manager.async_write(write)
    await hass.async_block_till_done()
    yield entries
    await hass.config_entries.async_unload(entries["history"].entry_id)


async def call(
    hass: HomeAssistant, service: str, data: dict[str, Any], user_id: str | None = None
) -> dict[str, Any]:
    """Call an Encore action and return its response."""
    response = await hass.services.async_call(
        DOMAIN,
        service,
        data,
        blocking=True,
        return_response=True,
        context=Context(user_id=user_id),
    )
    assert isinstance(response, dict)
    # What an automation gets must be JSON.
    json.dumps(response)
    return response


async def test_top_items(
    hass: HomeAssistant, history: dict[str, MockConfigEntry], people: dict[str, str]
) -> None:
    """Rankings of an account, of "me", and of everyone."""
    response = await call(
        hass,
        "top_items",
        {"config_entry_id": history["ada"].entry_id, "period": "this_week"},
    )
    assert response["accounts"] == ["Ada"]
    assert response["said"] is None
    assert response["period"] == {
        "name": "this_week",
        "start": local(WEEK_START).isoformat(),
        "end": local("2026-03-04T21:30:00").isoformat(),
        "days": None,
    }
    assert response["kind"] == "artist"
    assert response["rule"] == "30s"
    assert lines(response["items"]) == ranking(
        select_plays(ADA, WEEK_START), "artist", by_time=False
    )
    assert response["items"][0]["minutes"] == round(
        response["items"][0]["ms_played"] / 60_000, 1
    )

    # Tracks by time for Bob, asked by Bob himself ("my top tracks").
    response = await call(
        hass,
        "top_items",
        {"kind": "track", "rank_by": "time", "period": "all_time", "limit": 1},
        user_id=people["bob"],
    )
    assert response["accounts"] == ["Bob"]
    assert response["said"] is None
    assert (
        lines(response["items"])
        == ranking(select_plays(BOB, None), "title", by_time=True)[:1]
    )

    # Nobody asking, two accounts: everyone's, said so.
    response = await call(
        hass, "top_items", {"kind": "track", "period": "last_days", "days": 2}
    )
    assert response["said"] == "for all accounts (Ada, Bob, Sonos (Kitchen))"
    assert response["period"]["start"] == local("2026-03-03T00:00:00").isoformat()
    assert response["period"]["days"] == 2
    assert lines(response["items"]) == ranking(
        select_plays(None, "2026-03-03T00:00:00"), "title", by_time=False
    )


async def test_listening_stats(
    hass: HomeAssistant, history: dict[str, MockConfigEntry], people: dict[str, str]
) -> None:
    """Totals, heatmap, rates and taste of "my" week."""
    response = await call(hass, "listening_stats", {}, user_id=people["ada"])
    assert response["accounts"] == ["Ada"]
    assert response["period"]["name"] == "this_week"
    counted = select_plays(ADA, WEEK_START)
    every = select_plays(ADA, WEEK_START, rule_30s=False)
    totals = response["totals"]
    assert totals["plays"] == len(counted)
    assert totals["ms_played"] == sum(p.ms for p in counted)
    assert totals["minutes"] == round(totals["ms_played"] / 60_000, 1)
    assert totals["streams"] == len(every)
    assert totals["ms_streamed"] == sum(p.ms for p in every)
    assert totals["artists"] == len({p.artist for p in counted})
    assert totals["tracks"] == len({p.title for p in counted})
    heat = response["heatmap"]
    assert len(heat) == 7
    assert all(len(day) == 24 for day in heat)
    # Each play here lies within one local hour: minutes per weekday and hour.
    cells: defaultdict[tuple[int, int], float] = defaultdict(float)
    for play in counted:
        cells[(play.ended_at.weekday(), play.ended_at.hour)] += play.ms / 60_000
    assert sum(map(sum, heat)) == pytest.approx(sum(cells.values()), abs=len(cells))
    for (weekday, hour), minutes in cells.items():
        assert heat[weekday][hour] == pytest.approx(minutes, abs=1)
    # Every play of this history is music: a repeat is a play of a track
    # already played in the period, a skip a stream under 30 s.
    tracks = {p.title for p in counted}
    assert response["repeat_rate"] == pytest.approx(
        (len(counted) - len(tracks)) / len(counted)
    )
    assert response["skip_rate"] == pytest.approx(
        (len(every) - len(counted)) / len(every)
    )
    assert response["taste"]["totals"] == {
        key: totals[key] for key in response["taste"]["totals"]
    }


async def test_play_history_and_count(
    hass: HomeAssistant, history: dict[str, MockConfigEntry]
) -> None:
    """Plays newest first with filters; counts of an artist and a track."""
    ada = history["ada"].entry_id
    response = await call(hass, "play_history", {"config_entry_id": ada})
    everything = sorted(
        select_plays(ADA, None, rule_30s=False), key=lambda p: p.ended_at, reverse=True
    )
    assert [p["title"] for p in response["plays"]] == [p.title for p in everything]
    first = response["plays"][0]
    assert first["artist"] == everything[0].artist
    assert first["device"] == "Kitchen"
    assert first["minutes"] == 5.0
    assert dt_util.parse_datetime(first["ended_at"]) == everything[0].ended_at
    # Named as the fields and the export name them, not the store's numbers
    # (issue 43.13).
    assert {(p["kind"], p["source"]) for p in response["plays"]} == {
        ("track", "export_extended")
    }

    response = await call(
        hass,
        "play_history",
        {"config_entry_id": ada, "device": "Phone", "period": "today", "limit": 1},
    )
    assert [p["title"] for p in response["plays"]] == ["b1"]  # the skip, newest
    assert response["match"] is None

    response = await call(
        hass, "play_history", {"config_entry_id": ada, "artist": "arca", "rule": "30s"}
    )
    assert [p["title"] for p in response["plays"]] == ["a2", "a2", "a1"]
    assert response["match"]["name"] == "Arca"
    assert response["match"]["kind"] == "artist"

    response = await call(
        hass, "play_count", {"config_entry_id": ada, "artist": "Björk"}
    )
    bjork = [p for p in select_plays(ADA, None) if p.artist == "Björk"]
    assert response["plays"] == len(bjork)
    assert response["ms_played"] == sum(p.ms for p in bjork)
    assert response["match"]["name"] == "Björk"
    assert response["match"]["kind"] == "artist"

    response = await call(
        hass,
        "play_count",
        {"config_entry_id": ada, "track": "a2", "period": "today", "rule": "all"},
    )
    assert response["plays"] == 1
    assert response["period"]["name"] == "today"

    response = await call(
        hass, "play_count", {"config_entry_id": ada, "artist": "Nobody At All"}
    )
    assert response["match"] is None
    assert response["plays"] == 0

    # Without a name: everything counted in the period.
    response = await call(hass, "play_count", {"period": "today"})
    assert response["plays"] == len(select_plays(None, "2026-03-04T00:00:00"))


async def test_response_variable_in_a_script(
    hass: HomeAssistant, history: dict[str, MockConfigEntry]
) -> None:
    """An automation or script reads the answer from a response variable."""
    assert await async_setup_component(
        hass,
        "script",
        {
            "script": {
                "weekly_top": {
                    "sequence": [
                        {
                            "action": "encore.top_items",
                            "data": {
                                "config_entry_id": history["ada"].entry_id,
                                "period": "this_week",
                                "limit": 1,
                            },
                            "response_variable": "top",
                        },
                        {
                            "variables": {
                                "result": {
                                    "artist": "{{ top['items'][0]['name'] }}",
                                    "plays": "{{ top['items'][0]['plays'] }}",
                                }
                            }
                        },
                        {"stop": "done", "response_variable": "result"},
                    ]
                }
            }
        },
    )
    response = await hass.services.async_call(
        "script", "weekly_top", blocking=True, return_response=True
    )
    top = ranking(select_plays(ADA, WEEK_START), "artist", by_time=False)[0]
    assert response == {"artist": top[1], "plays": top[2]}


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"period": "custom"}, "period_missing_start"),
        (
            {
                "period": "custom",
                "start": "2026-03-04T10:00:00",
                "end": "2026-03-03T10:00:00",
            },
            "period_end_before_start",
        ),
        ({"period": "last_days"}, "period_invalid_days"),
        ({"config_entry_id": "no-such-entry"}, "unknown_entry"),
    ],
)
async def test_wrong_input(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],
    data: dict[str, Any],
    key: str,
) -> None:
    """A period or account that makes no sense is a translated validation error."""
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "top_items", data)
    assert err.value.translation_key == key
    assert err.value.translation_domain == DOMAIN


async def test_wrong_input_more(
    hass: HomeAssistant, history: dict[str, MockConfigEntry]
) -> None:
    """The settings entry is no account; limits and names are checked."""
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "play_count", {"config_entry_id": history["history"].entry_id})
    assert err.value.translation_key == "not_an_account"
    with pytest.raises(vol.Invalid):
        await call(hass, "top_items", {"limit": 51})
    with pytest.raises(vol.Invalid):
        await call(hass, "top_items", {"kind": "genre"})
    with pytest.raises(vol.Invalid):
        await call(hass, "top_items", {"period": "last_days", "days": 36_501})
    # Days alone mean the last days; a start alone, from then until now.
    response = await call(hass, "listening_stats", {"days": 3})
    assert response["period"]["name"] == "last_days"
    assert response["period"]["days"] == 3
    response = await call(hass, "play_count", {"start": "2026-03-03T00:00:00"})
    assert response["period"]["name"] == "custom"
    assert response["plays"] == len(select_plays(None, "2026-03-03T00:00:00"))
    # A field the period would ignore is a question asked wrong.
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "listening_stats", {"period": "this_week", "days": 30})
    assert err.value.translation_key == "period_field_unused"
    assert str(err.value).startswith(
        '"days" only goes with the period "last_days", and the period asked for is'
        ' "this_week". Choose "last_days" or leave "days" out'
    )
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "sync_now", {"config_entry_id": history["sonos"].entry_id})
    assert err.value.translation_key == "sync_not_spotify"
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "sync_now", {})
    assert err.value.translation_key == "sync_not_recording"


async def test_sync_status_says_what_the_history_holds(
    hass: HomeAssistant, history: dict[str, MockConfigEntry]
) -> None:
    """Coverage of an account, and of everything, from the stored plays."""
    for entry, account in ((history["ada"].entry_id, ADA), (None, None)):
        data = {} if entry is None else {"config_entry_id": entry}
        held = (await call(hass, "sync_status", data))["coverage"]
        mine = [p for p in PLAYS if account is None or p.account == account]
        ends = sorted(p.ended_at for p in mine)
        assert dt_util.parse_datetime(held["first"]) == ends[0]
        assert dt_util.parse_datetime(held["last"]) == ends[-1]
        assert held["days_with_data"] == len({p.ended_at.date() for p in mine})
        assert held["sources"] == {"export_extended": len(mine)}
        # 2026-02-21 to 03-01 had no play: a gap of a week or more.
        assert held["gaps"] == [["2026-02-21", "2026-03-01"]]


async def test_sync_status_keeps_failures_for_admins(
    hass: HomeAssistant, history: dict[str, MockConfigEntry], people: dict[str, str]
) -> None:
    """What a failure said (paths, hosts) goes to admins and automations only."""
    manager = async_get_manager(hass)
    job = await manager.async_start_job("import", ADA, {"source": "export.zip"})
    said = "Can't read /config/private/ada_export.zip"
    await manager.async_update_job(job, {"rows": 3}, status="failed", error=said)
    for user_id, shown in ((people["ada"], True), (None, True), (people["bob"], False)):
        response = await call(hass, "sync_status", {}, user_id=user_id)
        (failed,) = response["recent_imports"]
        assert failed["status"] == "failed"
        assert failed["counts"] == {"rows": 3}
        assert (failed["error"], failed["detail"]) == (
            (said, {"source": "export.zip"}) if shown else (None, None)
        )
        assert (said in json.dumps(response)) is shown


async def test_history_closed(
    hass: HomeAssistant, history: dict[str, MockConfigEntry]
) -> None:
    """Without an open history the reading actions say so."""
    await hass.config_entries.async_unload(history["history"].entry_id)
    assert not async_get_manager(hass).is_open
    with pytest.raises(HomeAssistantError) as err:
        await call(hass, "top_items", {"config_entry_id": history["ada"].entry_id})
    assert err.value.translation_key == "history_unavailable"
    response = await call(hass, "sync_status", {})
    assert response["history"] == {"open": False, "backend": None}
    assert response["recent_jobs"] == []
    assert response["coverage"] is None


# -- with a live account -------------------------------------------------------


@pytest.fixture
def spotify_user(fake_spotify: FakeSpotify) -> FakeUser:
    """The account without seeded plays."""
    return fake_spotify.add_user(USER_ID, USER_NAME, seed=False)


async def test_sync_status_and_sync_now(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    loaded_entry: MockConfigEntry,
    hass_read_only_user: MockUser,
) -> None:
    """Status of each collector without a token in it; a sync polls at once."""
    account = loaded_entry.runtime_data.account
    assert isinstance(account, SpotifyAccount)
    recent = recording_of(hass, loaded_entry.entry_id).recent
    assert recent is not None
    response = await call(
        hass,
        "sync_status",
        {"config_entry_id": loaded_entry.entry_id},
        user_id=hass_read_only_user.id,
    )
    assert response["history"] == {"open": True, "backend": "sqlite"}
    (status,) = response["accounts"]
    assert status["account"] == USER_NAME
    assert status["state"] == ConfigEntryState.LOADED.value
    assert status["recently_played"]["cursor"] is None
    assert status["recently_played"]["next_run"] is not None
    assert status["player"]["running"] is True
    assert status["rate_gate"] == {
        "open": True,
        "closed_until": None,
        "quota_exceeded": False,
    }
    assert status["api_calls"]["last_hour"] >= 1
    assert [job["kind"] for job in response["recent_jobs"]] == ["spotify_player"]
    text = json.dumps(response)
    token = loaded_entry.data["token"]
    for secret in (token["access_token"], token["refresh_token"]):
        assert secret not in text

    # Not admin-only: anyone may ask for the plays Spotify already has.
    response = await call(hass, "sync_now", {}, user_id=hass_read_only_user.id)
    now = dt_util.utcnow().isoformat(timespec="seconds")
    assert response == {"accounts": [{"account": USER_NAME, "next_run": now}]}
    await advance(hass, freezer, timedelta(seconds=1))
    assert recent.last_success is not None
    response = await call(hass, "sync_status", {})
    kinds = [job["kind"] for job in response["recent_jobs"]]
    assert "spotify_recent" in kinds
    recent = next(j for j in response["recent_jobs"] if j["kind"] == "spotify_recent")
    assert recent["status"] == "completed"
    assert recent["account"] == USER_ID
    assert response["recent_imports"] == []


async def test_a_failing_database_is_a_translated_error(
    hass: HomeAssistant, history: dict[str, MockConfigEntry]
) -> None:
    """The database fails under the answers and the writes; nothing is lost.

    Real SQLite failures, made from another connection as a damaged or
    locked-down file would: a table gone, and inserts refused.
    """
    manager = async_get_manager(hass)

    def alter(*statements: str) -> int:
        return alter_from_outside(manager, *statements)

    await hass.async_add_executor_job(
        alter, "ALTER TABLE rollup_hours RENAME TO rollup_hours_away"
    )
    with pytest.raises(HomeAssistantError) as err:
        await call(
            hass, "listening_stats", {"config_entry_id": history["ada"].entry_id}
        )
    assert err.value.translation_key == "history_read_failed"
    assert "no such table: rollup_hours" in str(err.value)
    # Assist says the history is unavailable instead of failing the pipeline.
    response = await intent.async_handle(
        hass, "test", INTENT_LISTENING_TIME, {"period": {"value": "today"}}
    )
    assert response.response_type is intent.IntentResponseType.ERROR
    assert response.speech["plain"]["speech"] == (
        "Your listening history is not available right now."
    )

    stored = await hass.async_add_executor_job(
        alter,
        "ALTER TABLE rollup_hours_away RENAME TO rollup_hours",
        "CREATE TRIGGER refuse BEFORE INSERT ON plays"
        " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END",
    )
    assert stored == len(PLAYS)
    extra = Play("2026-03-04T21:00:00", 200_000, "Arca", "a3")
    with pytest.raises(HomeAssistantError) as err:
        await manager.async_record([extra.record()], 0)
    assert err.value.translation_key == "history_write_failed"
    assert "database or disk is full" in str(err.value)

    # Once the database is well again, so is Encore: nothing was lost.
    assert await hass.async_add_executor_job(alter, "DROP TRIGGER refuse") == len(PLAYS)
    assert await manager.async_record([extra.record()], 0)
    response_data = await call(
        hass,
        "play_count",
        {"config_entry_id": history["ada"].entry_id, "period": "all_time"},
    )
    assert response_data["plays"] == len(select_plays(ADA, None)) + 1

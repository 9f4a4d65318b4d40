"""A person without a Spotify account, asked about by name (issue 43).

Mia has no account: her listening is the speakers' and players' plays
attributed to her (issue 46). "What did Mia listen to this week?" and "Was
hat Mia diese Woche gehört?" answer from those plays through the question
layer's person scope, told of her in the third person; a person who keeps
whose plays are theirs private is not told of to another user who is no
administrator. A real `hass`, the default agent, Encore's sentences and a
real SQLite history; the figures are counted again from the plays below.
"""

from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from sqlalchemy import select

from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent
from homeassistant.setup import async_setup_component

from custom_components.encore.const import CONF_ATTRIBUTION_PERSONS, CONF_PRIVATE
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.models import (
    Attribution,
    AttributionRule,
    Certainty,
    PlayKind,
)
from custom_components.encore.history.store import attribution
from custom_components.encore.history.store.rollups import fold
from custom_components.encore.history.store.schema import accounts, plays
from custom_components.encore.history.store.writes import WriterState

from .test_voice import NOW, PLAYS, Play, ask, async_setup_history

MIA = "person.mia"
KIDS_ROOM = "media_player:media_player.kids_room"
WEEK_START = (NOW - timedelta(days=NOW.weekday())).replace(hour=0, minute=0)
# Mia's plays on the kids' room player: this week, and one the week before.
MIAS = [
    Play(KIDS_ROOM, NOW - timedelta(hours=2), 200_000, PlayKind.TRACK,
         "Chaise Longue", "Wet Leg", "Wet Leg"),
    Play(KIDS_ROOM, NOW - timedelta(hours=3), 190_000, PlayKind.TRACK,
         "Chaise Longue", "Wet Leg", "Wet Leg"),
    Play(KIDS_ROOM, NOW - timedelta(days=1), 210_000, PlayKind.TRACK,
         "Wet Dream", "Wet Leg", "Wet Leg"),
    Play(KIDS_ROOM, NOW - timedelta(days=2), 240_000, PlayKind.TRACK,
         "Sexy Boy", "Air", "Moon Safari"),
    # Too short to count.
    Play(KIDS_ROOM, NOW - timedelta(days=2, hours=1), 10_000, PlayKind.TRACK,
         "Kelly Watch the Stars", "Air", "Moon Safari"),
    Play(KIDS_ROOM, NOW - timedelta(days=9), 220_000, PlayKind.TRACK,
         "Sexy Boy", "Air", "Moon Safari"),
]  # fmt: skip


async def _async_setup_mia(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, config_dir: Path
) -> None:
    """Ada's history, and Mia's plays on a player, attributed to her as stored."""
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    assert await async_setup_component(hass, "intent", {})
    hass.states.async_set(MIA, "home", {"user_id": "mia-user", "friendly_name": "Mia"})
    await async_setup_history(hass, freezer, config_dir)
    records = [play.record() for play in MIAS]

    def write(conn: Any, state: WriterState) -> None:
        # As the player collector does: the plays, then whose the rules
        # decided they are, before the totals fold them in.
        state.insert_records(conn, records)
        ids = conn.execute(
            select(plays.c.id)
            .join(accounts, accounts.c.id == plays.c.account_id)
            .where(accounts.c.key == KIDS_ROOM)
        ).scalars()
        decided = Attribution((MIA,), Certainty.CERTAIN, AttributionRule.STARTED_BY)
        attribution.record_decided(conn, [(int(i), decided) for i in ids])
        fold(conn, conn.dialect.name)

    await async_get_manager(hass).async_write(write)


def _this_week() -> list[Play]:
    return [p for p in MIAS if p.started >= WEEK_START and p.counted]


async def test_a_person_without_an_account_by_their_attributed_plays(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, tmp_path: Path
) -> None:
    """Mia's week: her attributed plays only, told of her, in EN and DE."""
    await _async_setup_mia(hass, freezer, tmp_path)
    week = _this_week()
    ranked = Counter(p.artist for p in week).most_common()
    assert ranked[0][1] > ranked[1][1], "the test data has one top artist"
    # None of Ada's plays is Mia's: her answer counts hers alone.
    assert not [p for p in PLAYS if p.account == KIDS_ROOM]

    heard = await ask(hass, "what did Mia listen to this week?", user_id="ada-user")
    assert heard.intent == "EncoreWhatPlayed"
    assert heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    assert heard.speech.startswith("This week Mia listened mostly to Wet Leg"), (
        heard.speech
    )
    assert f": {len(week)} plays in " in heard.speech
    assert "Chaise Longue" in heard.speech
    assert " you " not in heard.speech

    heard = await ask(hass, "Was hat Mia diese Woche gehört?", "de", "ada-user")
    assert heard.intent == "EncoreWhatPlayed"
    assert heard.speech.startswith("Diese Woche hat Mia vor allem Wet Leg"), (
        heard.speech
    )
    assert f": {len(week)} Wiedergaben in " in heard.speech

    # Her listening time is hers too; the net's reading takes the same path.
    heard = await ask(hass, "how many songs did Mia play this week")
    assert heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    assert f"{len(week)} plays" in heard.speech, heard.speech


async def test_a_private_person_is_not_told_of_to_others(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, tmp_path: Path
) -> None:
    """Mia keeps hers private: Ada is told so; Mia and an administrator hear it."""
    await _async_setup_mia(hass, freezer, tmp_path)
    history = next(
        entry
        for entry in hass.config_entries.async_entries("encore")
        if entry.unique_id == "history"
    )
    hass.config_entries.async_update_entry(
        history,
        options={
            **history.options,
            CONF_ATTRIBUTION_PERSONS: {MIA: {CONF_PRIVATE: True}},
        },
    )
    await hass.async_block_till_done()
    week = _this_week()

    # The home's first user is its owner, an administrator; Ada is another
    # user, no administrator.
    admin = await hass.auth.async_create_user("Admin", group_ids=["system-admin"])
    ada = await hass.auth.async_create_user("Ada", group_ids=["system-users"])
    assert not ada.is_admin
    heard = await ask(hass, "what did Mia listen to this week?", user_id=ada.id)
    assert heard.response.response_type is intent.IntentResponseType.ERROR
    assert heard.speech == "Mia keeps their listening to themselves."
    heard = await ask(hass, "Was hat Mia diese Woche gehört?", "de", ada.id)
    assert heard.speech == "Mia behält den eigenen Hörverlauf für sich."

    # Mia herself, and an administrator, are told.
    heard = await ask(hass, "what did Mia listen to this week?", user_id="mia-user")
    assert f": {len(week)} plays in " in heard.speech, heard.speech
    heard = await ask(hass, "what did Mia listen to this week?", user_id=admin.id)
    assert f": {len(week)} plays in " in heard.speech, heard.speech

"""The reading actions: questions about the history, answered as JSON.

`top_items`, `listening_stats`, `play_history` and `play_count` are for every
user: they change nothing and show what the dashboards show anyway. Each
parses its call into one `Question` (`async_question`), asks the question
layer's coroutine of its family (`history.questions`) and renders the answer
(`render`). Without an account, "whose history" follows `whose`: the
caller's linked account, else the only one, else all of them. The websocket
commands of the same names run the same handlers (`action_handlers`).
"""

from collections.abc import Callable
from typing import Any, Final

import voluptuous as vol

from homeassistant.const import ATTR_CONFIG_ENTRY_ID
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util

from ..const import DOMAIN
from ..history.manager import async_get_manager
from ..history.models import PlayKind, Source
from ..history.periods import Period, PeriodError, PeriodName
from ..history.questions import (
    Content,
    Counted,
    Name,
    PlayRule,
    Question,
    RankBy,
    TopKind,
    Whose,
    async_named_count,
    async_recent,
    async_taste,
    async_top,
    to_dict,
)
from ..history.questions.fields import (
    ATTR_CONTENT,
    ATTR_DAYS,
    ATTR_END,
    ATTR_PERIOD,
    ATTR_ROOM,
    ATTR_RULE,
    ATTR_SOURCE,
    ATTR_START,
    action_fields,
    resolve,
)
from ..history.questions.places import place_named
from ..history.whose import (
    ResolvedScope,
    account_persons,
    async_resolve_scope,
    persons_of_user,
    private_persons,
)
from .admin import SERVICE_SYNC_STATUS, async_is_admin, async_sync_status
from .commands import in_callers_turn
from .fields import (
    ATTR_ARTIST,
    ATTR_DEVICE,
    ATTR_EVERYONE,
    ATTR_KIND,
    ATTR_LIMIT,
    ATTR_RANK_BY,
    ATTR_TRACK,
    history_entry,
    limit_field,
)
from .render import kept_private, minutes, named_play, room_response, with_minutes

SERVICE_TOP_ITEMS = "top_items"
SERVICE_LISTENING_STATS = "listening_stats"
SERVICE_PLAY_HISTORY = "play_history"
SERVICE_PLAY_COUNT = "play_count"


# The period of a reading action that names none, nor days, start or end
# (which imply the last days or a custom period).
DEFAULT_PERIODS: Final = {
    SERVICE_TOP_ITEMS: PeriodName.THIS_MONTH,
    SERVICE_LISTENING_STATS: PeriodName.THIS_WEEK,
    SERVICE_PLAY_HISTORY: PeriodName.ALL_TIME,
    SERVICE_PLAY_COUNT: PeriodName.ALL_TIME,
}


TOP_ITEMS_SCHEMA = vol.Schema(
    {
        **action_fields(content=None),
        vol.Optional(ATTR_KIND, default=TopKind.ARTIST.value): vol.In(
            [kind.value for kind in TopKind]
        ),
        vol.Optional(ATTR_RANK_BY, default=RankBy.PLAYS.value): vol.In(
            [rank.value for rank in RankBy]
        ),
        **limit_field(10),
    }
)
LISTENING_STATS_SCHEMA = vol.Schema(action_fields())
PLAY_HISTORY_SCHEMA = vol.Schema(
    {
        # Every stream unless asked: a history lists the skips too.
        **action_fields(PlayRule.ALL),
        vol.Optional(ATTR_ARTIST): cv.string,
        vol.Optional(ATTR_TRACK): cv.string,
        vol.Optional(ATTR_DEVICE): cv.string,
        **limit_field(20),
    }
)
PLAY_COUNT_SCHEMA = vol.Schema(
    {
        **action_fields(),
        vol.Optional(ATTR_ARTIST): cv.string,
        vol.Optional(ATTR_TRACK): cv.string,
    }
)
# -- reading the history ---------------------------------------------------


async def _async_scope(call: ServiceCall) -> ResolvedScope:
    """Whose history the call means: its account, else its linked user's."""
    source = call.data.get(ATTR_SOURCE)
    return await async_resolve_scope(
        call.hass,
        user_id=call.context.user_id,
        config_entry_id=history_entry(call.hass, call.data.get(ATTR_CONFIG_ENTRY_ID)),
        source=None if source is None else Source[source.upper()],
        everyone=call.data.get(ATTR_EVERYONE, False),
    )


def _period(call: ServiceCall) -> Period:
    """Resolve the period the call names; a translated error if it makes no sense."""
    data = call.data
    try:
        return resolve(
            data.get(ATTR_PERIOD),
            now=dt_util.now(),
            time_zone=dt_util.get_default_time_zone(),
            default=DEFAULT_PERIODS[call.service],
            days=data.get(ATTR_DAYS),
            start=data.get(ATTR_START),
            end=data.get(ATTR_END),
        )
    except PeriodError as err:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key=err.translation_key,
            translation_placeholders=err.translation_placeholders,
        ) from err


async def async_question(
    call: ServiceCall, counted: Counted = Counted.TOTALS, **more: Any
) -> tuple[Question, dict[str, Any]]:
    """Return the question the call asks, and the response's common part."""
    period = _period(call)
    resolved = await _async_scope(call)
    async_get_manager(call.hass).require_open()
    room = (call.data.get(ATTR_ROOM) or "").strip()
    question = Question(
        counted,
        period,
        Whose(resolved.scope, tuple(resolved.accounts), resolved.said),
        content=Content(call.data.get(ATTR_CONTENT, Content.EVERYTHING)),
        where=place_named(call.hass, room, room) if room else None,
        rule=PlayRule(call.data[ATTR_RULE]),
        **more,
    )
    response: dict[str, Any] = {
        "accounts": resolved.accounts,
        "said": resolved.said,
        "period": period.as_dict(),
        "rule": call.data[ATTR_RULE],
        "content": question.content.value,
    }
    if question.where is not None:
        response["room"] = room
    return question, response


async def _async_top_items(call: ServiceCall) -> ServiceResponse:
    """Rank artists, tracks, albums or shows of a period."""
    kind = TopKind(call.data[ATTR_KIND])
    question, response = await async_question(
        call,
        Counted.RANKING,
        ranked=kind,
        rank_by=RankBy(call.data[ATTR_RANK_BY]),
        limit=call.data[ATTR_LIMIT],
    )
    answered = await async_top(call.hass, question)
    return {
        **response,
        **room_response(answered),
        "kind": kind.value,
        "rank_by": question.rank_by.value,
        "items": with_minutes(to_dict(answered.value)),
    }


async def _async_listening_stats(call: ServiceCall) -> ServiceResponse:
    """Answer totals, heatmap, repeat and skip rates and taste of a period.

    The question layer reads it (`history.questions.async_taste`), sharing
    its rankings with `top_items` of the same period.
    """
    question, response = await async_question(call, Counted.TASTE)
    answered = await async_taste(call.hass, question)
    habits = answered.value.habits
    taste = dict(answered.value.summary)
    # The summary holds the period's totals and rates already (each what the
    # query of that name answers): reading them again would walk the plays
    # twice more.
    totals = dict(taste["totals"])
    totals["minutes"] = minutes(totals["ms_played"])
    kinds = question.content.kinds
    if kinds is not None and PlayKind.TRACK not in kinds:
        # Artists, songs and their rates are music's (the rankings read
        # music whatever the content): none of podcasts' (issue 43.3).
        totals["artists"] = totals["tracks"] = None
        taste["totals"] = totals
        taste |= {
            "top_artists": [],
            "top_artists_share": None,
            "top_tracks": [],
            "repeat_rate": None,
            "new_artists": [],
            "new_artists_count": None,
        }
    return {
        **response,
        **room_response(answered),
        "totals": totals,
        "heatmap": habits.grid,
        "repeat_rate": taste["repeat_rate"],
        "skip_rate": taste["skip_rate"],
        "taste": to_dict(taste),
    }


def _name(data: Any) -> Name | None:
    """Return the artist or track the call names, if any."""
    artist, track = data.get(ATTR_ARTIST), data.get(ATTR_TRACK)
    if not artist and not track:
        return None
    return Name("", artist=artist or None, track=track or None)


async def _async_play_history(call: ServiceCall) -> ServiceResponse:
    """List plays, newest first, with the filters asked for."""
    data = call.data
    question, response = await async_question(
        call, Counted.PLAYS, limit=data[ATTR_LIMIT], name=_name(data)
    )

    answered = await async_recent(call.hass, question, device=data.get(ATTR_DEVICE))
    found = answered.value
    owners = account_persons(call.hass)
    plays = [named_play(play, owners) for play in with_minutes(to_dict(found.plays))]
    # Whose a play is stays with a person who keeps it private, but for
    # administrators and that person: said for this caller, after the read
    # (which callers asking the same question share).
    hidden = (
        set()
        if await async_is_admin(call)
        else private_persons(call.hass)
        - persons_of_user(call.hass, str(call.context.user_id))
    )
    if hidden:
        plays = [kept_private(play, hidden) for play in plays]
    return {
        **response,
        **room_response(answered),
        # What a name filter was taken to mean, as play_count reports it.
        "match": to_dict(found.match),
        "plays": plays,
    }


async def _async_play_count(call: ServiceCall) -> ServiceResponse:
    """Count the plays of an artist or a track (or of everything)."""
    name = _name(call.data)
    question, response = await async_question(
        call, Counted.NAME if name else Counted.TOTALS, name=name
    )

    answered = await async_named_count(call.hass, question)
    counted = answered.value
    return {
        **response,
        **room_response(answered),
        **with_minutes(
            {
                "match": to_dict(counted.match),
                "plays": counted.plays,
                "ms_played": counted.ms_played,
            }
        ),
    }


def action_handlers() -> dict[str, Callable[[ServiceCall], Any]]:
    """Return the reading actions' handlers (the websocket commands answer alike).

    Each reads in its caller's turn (`store.reads`).
    """
    return {
        SERVICE_TOP_ITEMS: in_callers_turn(_async_top_items),
        SERVICE_LISTENING_STATS: in_callers_turn(_async_listening_stats),
        SERVICE_PLAY_HISTORY: in_callers_turn(_async_play_history),
        SERVICE_PLAY_COUNT: in_callers_turn(_async_play_count),
        SERVICE_SYNC_STATUS: in_callers_turn(async_sync_status),
    }


def async_setup_history_actions(hass: HomeAssistant) -> None:
    """Register the reading actions (once, for every entry)."""
    handlers = action_handlers()
    reading: list[tuple[str, vol.Schema]] = [
        (SERVICE_TOP_ITEMS, TOP_ITEMS_SCHEMA),
        (SERVICE_LISTENING_STATS, LISTENING_STATS_SCHEMA),
        (SERVICE_PLAY_HISTORY, PLAY_HISTORY_SCHEMA),
        (SERVICE_PLAY_COUNT, PLAY_COUNT_SCHEMA),
    ]
    for name, schema in reading:
        hass.services.async_register(
            DOMAIN,
            name,
            handlers[name],
            schema,  # type: ignore[arg-type]
            supports_response=SupportsResponse.ONLY,
        )

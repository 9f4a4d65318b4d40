"""The recap ("your year in music"): the `encore.recap` action and its websocket commands.

A month (`month: 2025-10`), a year (`year: 2025`) or any period the reading
actions take; for the caller ("me"), an account, chosen people
(`persons`), or the household (`everyone`). The answer is
the question layer's (`history.questions.async_recap`), with people's names instead of account keys and
minutes beside every `ms_played`.

People and the household: see `history.recaps`.
"""

from typing import Any, Final

import probatio as pvol
import voluptuous as vol

from homeassistant.components import websocket_api
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util

from ..const import CONF_PERSONS, DOMAIN
from ..history.manager import async_get_manager
from ..history.models import Source
from ..history.periods import Period
from ..history.questions import (
    PlayRule,
    Recap,
    RecapStatus,
    Scope,
    asked_by,
    async_recap,
    async_recap_months,
    headline,
    to_dict,
)
from ..history.questions.fields import ATTR_ROOM, ATTR_RULE, ATTR_SOURCE, action_fields
from ..history.whose import (
    ResolvedScope,
    WhoseReason,
    async_resolve_scope,
    my_certainty,
    spotify_entries,
)
from .commands import answers_slips
from .fields import ATTR_EVERYONE, MONTH_OR_YEAR_FIELDS, history_entry, recap_period
from .render import with_minutes

SERVICE_RECAP: Final = "recap"
ATTR_PERSONS: Final = "persons"

RECAP_FIELDS: Final[dict[vol.Marker, Any]] = {
    # The reading actions' fields but a room and content: a recap keeps music
    # and podcasts apart, and its rooms are a card of their own.
    **{
        key: value
        for key, value in action_fields(content=None).items()
        if str(key) != ATTR_ROOM
    },
    **MONTH_OR_YEAR_FIELDS,
    vol.Optional(ATTR_PERSONS): vol.All(cv.ensure_list, [cv.entity_id]),
    # The household: every account, people who stay out left out.
    vol.Optional(ATTR_EVERYONE, default=False): cv.boolean,
}
RECAP_SCHEMA: Final = vol.Schema(RECAP_FIELDS)


async def _async_whose(hass: HomeAssistant, call: ServiceCall) -> ResolvedScope:
    source_name = call.data.get(ATTR_SOURCE)
    source = None if source_name is None else Source[source_name.upper()]
    if persons := call.data.get(ATTR_PERSONS):
        wanted = set(persons)
        linked = [
            entry
            for entry in spotify_entries(hass)
            if wanted.intersection(entry.options.get(CONF_PERSONS) or [])
        ]
        # One person: their accounts' plays and what was attributed to them
        # (speakers, players, corrections: issue 46), an account or not.
        person = (
            persons[0]
            if len(persons) == 1 and hass.states.get(persons[0]) is not None
            else None
        )
        if not linked and person is None:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="recap_no_account",
                translation_placeholders={"persons": ", ".join(persons)},
            )
        state = hass.states.get(person) if person else None
        titles = [entry.title for entry in linked] or [
            state.name if state is not None else str(person)
        ]
        return ResolvedScope(
            Scope(
                tuple(str(entry.unique_id) for entry in linked),
                source,
                person=person,
                most=my_certainty(hass),
            ),
            titles,
            None,
            WhoseReason.ENTRY,
        )
    return await async_resolve_scope(
        hass,
        user_id=call.context.user_id,
        config_entry_id=history_entry(hass, call.data.get("config_entry_id")),
        source=source,
        everyone=call.data.get(ATTR_EVERYONE, False),
    )


def recap_response(
    answer: Recap, resolved: ResolvedScope, period: Period, rule: PlayRule
) -> dict[str, Any]:
    """Return the action's answer: the recap as JSON, whose, when, its headline."""
    # Minutes beside every entry's ms_played; the sections keep their own
    # (whole minutes, half up: what the headline and the spoken answer say).
    body: dict[str, Any] = with_minutes(to_dict(answer))
    for section in (answer.music, answer.podcasts):
        if section is not None:
            name = "music" if section is answer.music else "podcasts"
            body[name]["minutes"] = section.minutes
    body.update(
        {
            "accounts": resolved.accounts,
            "said": resolved.said,
            "period": period.as_dict(),
            "rule": rule.value,
            "headline": headline(answer),
        }
    )
    return body


async def _async_recap_call(call: ServiceCall) -> ServiceResponse:
    hass = call.hass
    await async_get_manager(hass).reads.async_turn()
    with asked_by(call.context.user_id):
        period = recap_period(call.data, dt_util.now())
        resolved = await _async_whose(hass, call)
        rule = PlayRule(call.data[ATTR_RULE])
        answer = await async_recap(hass, resolved, period, rule)
    return recap_response(answer, resolved, period, rule)


# -- websocket ---------------------------------------------------------------------


@websocket_api.websocket_command(
    {
        pvol.Required("type"): "encore/recap",
        **RECAP_SCHEMA.schema,
    }
)
@websocket_api.async_response
@answers_slips
async def _ws_recap(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Answer what `encore.recap` answers, as the page's user asks it."""
    data = {key: value for key, value in msg.items() if key not in ("id", "type")}
    call = ServiceCall(
        hass, DOMAIN, SERVICE_RECAP, data, connection.context(msg), return_response=True
    )
    connection.send_result(msg["id"], await _async_recap_call(call))


@websocket_api.websocket_command(
    {
        pvol.Required("type"): "encore/recap_periods",
        pvol.Optional("config_entry_id"): cv.string,
        pvol.Optional(ATTR_EVERYONE, default=False): cv.boolean,
    }
)
@websocket_api.async_response
@answers_slips
async def _ws_recap_periods(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Answer the months and years with plays: the page's chooser, newest first."""
    resolved = await async_resolve_scope(
        hass,
        user_id=connection.user.id,
        config_entry_id=history_entry(hass, msg.get("config_entry_id")),
        everyone=msg[ATTR_EVERYONE],
    )
    months = await async_recap_months(hass, resolved.scope)
    years = sorted({year for year, _month in months}, reverse=True)
    connection.send_result(
        msg["id"],
        {
            "months": [f"{year:04d}-{month:02d}" for year, month in months],
            "years": years,
        },
    )


def async_setup_recap(hass: HomeAssistant) -> None:
    """Register `encore.recap` and the recap's websocket commands."""
    hass.services.async_register(
        DOMAIN,
        SERVICE_RECAP,
        _async_recap_call,
        RECAP_SCHEMA,  # type: ignore[arg-type]
        supports_response=SupportsResponse.ONLY,
    )
    websocket_api.async_register_command(hass, _ws_recap)
    websocket_api.async_register_command(hass, _ws_recap_periods)


def nothing_yet(answer: Recap) -> bool:
    """Whether the recap has nothing to tell."""
    return answer.status is RecapStatus.NOTHING_YET

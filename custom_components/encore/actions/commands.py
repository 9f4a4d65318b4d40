"""Websocket commands that run one of Encore's actions as their user.

The listening page calls the same actions an automation calls: the command
takes the action's own schema, calls it through `hass.services` with the
connection's context (so the action checks the user exactly as it does for
anyone else) and answers with its response. `websocket.py` registers the
history's admin actions this way, `playlists.py` the writes to Spotify.
`in_callers_turn` lets an answering action's reads wait in its caller's
queue.
"""

from collections.abc import Awaitable, Callable
from typing import Any

import probatio as vol
from voluptuous import Schema as ActionSchema

from homeassistant.components import websocket_api
from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse
from homeassistant.exceptions import ServiceValidationError

from ..const import DOMAIN, LOGGER
from ..history.manager import async_get_manager
from ..history.questions import asked_by

type Command = Callable[
    [HomeAssistant, websocket_api.ActiveConnection, dict[str, Any]], Awaitable[None]
]


def answers_slips(command: Command) -> Command:
    """Answer a user's slip (a reversed range, an existing file) without logging it.

    Home Assistant's websocket logs every error a command raises as an ERROR;
    a ServiceValidationError is the user's to fix, not the administrator's:
    it goes back to the page with its translation key (the page shows it in
    the user's language) and to the debug log only.
    """

    async def answer(
        hass: HomeAssistant,
        connection: websocket_api.ActiveConnection,
        msg: dict[str, Any],
    ) -> None:
        try:
            await command(hass, connection, msg)
        except ServiceValidationError as err:
            LOGGER.debug("Refused %s: %s", msg.get("type"), err)
            connection.send_error(
                msg["id"],
                websocket_api.ERR_HOME_ASSISTANT_ERROR,
                str(err),
                translation_key=err.translation_key,
                translation_domain=err.translation_domain,
                translation_placeholders=err.translation_placeholders,
            )

    return answer


def action_command(
    service: str, schema: ActionSchema, *, admin: bool, command: str | None = None
) -> websocket_api.WebSocketCommandHandler:
    """Return the command `command` (`encore/<service>`) that runs the action.

    `admin`: only administrators may send it (the history's imports, exports
    and purges). Without it the action itself decides: the writes to Spotify
    let an account's own people and administrators through, as over Assist.
    """

    async def run(
        hass: HomeAssistant,
        connection: websocket_api.ActiveConnection,
        msg: dict[str, Any],
    ) -> None:
        data = {key: value for key, value in msg.items() if key not in ("id", "type")}
        answer = await hass.services.async_call(
            DOMAIN,
            service,
            data,
            blocking=True,
            context=connection.context(msg),
            return_response=True,
        )
        connection.send_result(msg["id"], answer)

    handler = websocket_api.async_response(answers_slips(run))
    if admin:
        handler = websocket_api.require_admin(handler)
    kind = command or f"{DOMAIN}/{service}"
    return websocket_api.websocket_command(
        {vol.Required("type"): kind, **schema.schema}
    )(handler)


def in_callers_turn(
    handler: Callable[[ServiceCall], Any],
) -> Callable[[ServiceCall], Any]:
    """Let an answering action's reads wait in its caller's queue (the history store's read queue).

    It starts in a turn of the event loop of its own (`ReadQueue.async_turn`).
    """

    async def answer(call: ServiceCall) -> ServiceResponse:
        await async_get_manager(call.hass).reads.async_turn()
        with asked_by(call.context.user_id):
            return await handler(call)  # type: ignore[no-any-return]

    return answer

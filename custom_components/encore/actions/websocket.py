"""Encore's websocket commands: what the listening page and the cards read.

Each reading command answers exactly what the action of the same name
answers (it runs the action's own handler, with the caller's user as
context), so the page, the cards and the actions agree on every figure and
on whose history "me" is. Reading is for every user, as the actions are;
importing, exporting and purging are for admins, checked here before the
action's own check. `everyone` (the whole household) is the page's extra
choice beside "me" and an account.
"""

from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, Final

import probatio as vol
from voluptuous import Schema as ActionSchema

from homeassistant.components import websocket_api
from homeassistant.const import ATTR_CONFIG_ENTRY_ID
from homeassistant.core import HomeAssistant, ServiceCall, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.debounce import Debouncer
from homeassistant.helpers.dispatcher import async_dispatcher_connect

from ..const import CONF_PERSONS, DOMAIN, LOGGER
from ..history.artwork import SIGNAL_ARTWORK_FOUND, ArtworkWanted
from ..history.corrections import async_correct
from ..history.imports.importer import ImportInProgressError
from ..history.imports.jobs import SIGNAL_IMPORT_PROGRESS
from ..history.imports.uploads import async_import_in_background, keep_upload
from ..history.manager import (
    SIGNAL_HISTORY_CHANGED,
    SIGNAL_PLAYS_RECORDED,
    async_get_manager,
)
from ..history.questions import (
    Counted,
    Name,
    async_accounts_with_plays,
    async_first_last,
    async_minutes_by_day,
    to_dict,
)
from ..history.questions.fields import ATTR_RULE
from ..history.whose import (
    account_of_entry,
    account_titles,
    encore_entries,
    entry_kind,
    linked_entries,
)
from ..spotify.writes import writes_allowed
from ..wiring.artwork import async_get_artwork
from .admin import (
    EXPORT_SCHEMA,
    PURGE_SCHEMA,
    SERVICE_EXPORT_HISTORY,
    SERVICE_PURGE_HISTORY,
    SERVICE_SYNC_STATUS,
    SYNC_SCHEMA,
)
from .commands import action_command, answers_slips
from .fields import ATTR_ARTIST, ATTR_EVERYONE, ATTR_LIMIT, ATTR_TRACK
from .history import (
    LISTENING_STATS_SCHEMA,
    PLAY_COUNT_SCHEMA,
    PLAY_HISTORY_SCHEMA,
    SERVICE_LISTENING_STATS,
    SERVICE_PLAY_COUNT,
    SERVICE_PLAY_HISTORY,
    SERVICE_TOP_ITEMS,
    TOP_ITEMS_SCHEMA,
    action_handlers,
    async_question,
)

# Plays arrive a few at a time (a Sonos group ends a track in every room):
# one fresh answer for the lot, and not more often than this.
PUSH_COOLDOWN: Final = timedelta(seconds=5)
ATTR_FILE_ID = "file_id"
ATTR_PLAY_ID = "play_id"
ATTR_PERSONS = "persons"
ATTR_SESSION = "session"
ATTR_UNDO = "undo"
# What an item page lists of the item's latest plays (its charts and lists
# are of every play of the period: `breakdown_of`).
ITEM_PLAYS: Final = 50

_EVERYONE = {vol.Optional(ATTR_EVERYONE, default=False): cv.boolean}

type Handler = Callable[[ServiceCall], Awaitable[Any]]
type AfterAnswer = Callable[[HomeAssistant, dict[str, Any]], None]


def _ws_schema(command: str, action_schema: ActionSchema) -> dict[Any, Any]:
    """Return the action's fields, the command's type and `everyone`."""
    return {
        vol.Required("type"): command,
        **action_schema.schema,
        **_EVERYONE,
    }


def _call(
    hass: HomeAssistant,
    connection: websocket_api.ActiveConnection,
    msg: dict[str, Any],
    service: str,
    schema: ActionSchema,
) -> ServiceCall:
    """Return the action call the message means, as its user would make it."""
    data = {key: value for key, value in msg.items() if key not in ("id", "type")}
    everyone = data.pop(ATTR_EVERYONE, False)
    validated = schema(data)
    validated[ATTR_EVERYONE] = everyone
    return ServiceCall(
        hass,
        DOMAIN,
        service,
        validated,
        connection.context(msg),
        return_response=True,
    )


def _reading_command(
    command: str,
    service: str,
    schema: ActionSchema,
    after: AfterAnswer | None = None,
) -> websocket_api.WebSocketCommandHandler:
    """Return a command that answers what the action `service` answers.

    `after` sees each answer once it is sent (what the page shows).
    """

    @websocket_api.websocket_command(_ws_schema(command, schema))
    @websocket_api.async_response
    @answers_slips
    async def handle(
        hass: HomeAssistant,
        connection: websocket_api.ActiveConnection,
        msg: dict[str, Any],
    ) -> None:
        handler = action_handlers()[service]
        answer = await handler(_call(hass, connection, msg, service, schema))
        connection.send_result(msg["id"], answer)
        if after is not None:
            after(hass, answer)

    return handle


@callback
def _want_top_artwork(hass: HomeAssistant, answer: dict[str, Any]) -> None:
    """Look up the artwork of the ranked items shown without (a few an hour)."""
    async_get_artwork(hass).want(
        ArtworkWanted(answer["kind"], entry["name"], entry["artist"], entry["uri"])
        for entry in answer.get("items") or ()
        if not entry.get("image")
    )


@websocket_api.websocket_command({vol.Required("type"): "encore/info"})
@websocket_api.async_response
async def _ws_info(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Answer whose histories the page can show, and whether admin pages appear.

    `has_plays` tells the accounts the history holds plays of: a Sonos
    household whose plays all went to the Spotify accounts it played has
    nothing to show, and the page does not offer it (issue 33.14).
    """
    user = connection.user
    mine = {entry.entry_id for entry in linked_entries(hass, user.id)}
    manager = async_get_manager(hass)
    with_plays: set[str] = set()
    if manager.is_open:
        try:
            with_plays = await async_accounts_with_plays(hass)
        except HomeAssistantError as err:
            LOGGER.debug("Could not tell which accounts have plays: %s", err)
    accounts = []
    for entry in encore_entries(hass):
        try:
            key, title = account_of_entry(hass, entry.entry_id)
        except HomeAssistantError:
            continue  # the history settings entry
        persons = [
            state.name
            for person in entry.options.get(CONF_PERSONS) or []
            if (state := hass.states.get(str(person))) is not None
        ]
        accounts.append(
            {
                "config_entry_id": entry.entry_id,
                "title": title,
                "kind": entry_kind(entry).value,
                "persons": persons,
                "mine": entry.entry_id in mine,
                "has_plays": key in with_plays,
                # Whether this user may have Encore change it (a playlist of
                # the recap): its owner allowed writes, and the user is one
                # of its people or an administrator.
                "writable": writes_allowed(entry)
                and (entry.entry_id in mine or user.is_admin),
            }
        )
    connection.send_result(
        msg["id"],
        {
            "is_admin": user.is_admin,
            "history_open": manager.is_open,
            "accounts": sorted(accounts, key=lambda item: item["title"].casefold()),
        },
    )


@websocket_api.websocket_command(
    _ws_schema("encore/minutes_by_day", LISTENING_STATS_SCHEMA)
)
@websocket_api.async_response
@answers_slips
async def _ws_minutes_by_day(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Answer the listening time per local day of the period (the bar chart)."""
    call = _call(hass, connection, msg, SERVICE_LISTENING_STATS, LISTENING_STATS_SCHEMA)
    question, response = await async_question(call)
    # Shared like the actions' answers until the next write.
    days = await async_minutes_by_day(hass, question)
    connection.send_result(
        msg["id"],
        {
            **response,
            "days": [[day.isoformat(), minutes] for day, minutes in days.value],
        },
    )


@websocket_api.websocket_command(_ws_schema("encore/item", PLAY_COUNT_SCHEMA))
@websocket_api.async_response
@answers_slips
async def _ws_item(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Answer an artist, track, album or podcast: count, first and last play, plays.

    The count is the period's; first and last are of all time; the plays
    (newest first) are the period's latest ITEM_PLAYS. The minutes by day
    and hour and the plays by device and title are of every play the count
    counts (issue 43.3: they were drawn from the latest plays alone).
    """
    count_call = _call(hass, connection, msg, SERVICE_PLAY_COUNT, PLAY_COUNT_SCHEMA)
    count = await action_handlers()[SERVICE_PLAY_COUNT](count_call)
    history_call = _call(
        hass,
        connection,
        {**msg, ATTR_LIMIT: ITEM_PLAYS, ATTR_RULE: count_call.data[ATTR_RULE]},
        SERVICE_PLAY_HISTORY,
        PLAY_HISTORY_SCHEMA,
    )
    history = await action_handlers()[SERVICE_PLAY_HISTORY](history_call)
    artist = count_call.data.get(ATTR_ARTIST) or None
    track = count_call.data.get(ATTR_TRACK) or None
    question, _response = await async_question(
        count_call,
        Counted.NAME,
        name=Name("", artist=artist, track=track) if artist or track else None,
    )
    answered = await async_first_last(hass, question)
    ends = to_dict(answered.value.found)
    subject, image = answered.value.subject, answered.value.image
    parts = answered.value.broken_down
    broken_down = {
        "days": [[day.isoformat(), minutes] for day, minutes in parts.days],
        "hours": parts.hours,
        "devices": [[name, count] for name, count in parts.devices],
        "tracks": [[title, count] for title, count in parts.titles],
    }
    connection.send_result(
        msg["id"],
        {
            **count,
            # play_count's `plays` is the count: the rows take that name here.
            "count": count["plays"],
            "first": ends["first"],
            "last": ends["last"],
            "plays": history["plays"],
            **broken_down,
            "image": image,
        },
    )
    if subject is not None and image is None:
        async_get_artwork(hass).want([subject])


@websocket_api.websocket_command(
    _ws_schema("encore/subscribe_stats", LISTENING_STATS_SCHEMA)
)
@websocket_api.async_response
@answers_slips
async def _ws_subscribe_stats(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Send the period's listening_stats now and again when plays change.

    New plays and imports come in bursts: the answer is read again at most
    once per PUSH_COOLDOWN, after the burst.
    """
    handler = action_handlers()[SERVICE_LISTENING_STATS]
    # The period is resolved again for every push: "today" moves on.
    first = await handler(
        _call(hass, connection, msg, SERVICE_LISTENING_STATS, LISTENING_STATS_SCHEMA)
    )

    async def push() -> None:
        try:
            answer = await handler(
                _call(
                    hass,
                    connection,
                    msg,
                    SERVICE_LISTENING_STATS,
                    LISTENING_STATS_SCHEMA,
                )
            )
        except HomeAssistantError as err:
            # The page keeps the figures it has; the next change tries again.
            LOGGER.debug("Pushing fresh listening figures failed: %s", err)
            return
        connection.send_event(msg["id"], answer)

    debouncer = Debouncer(
        hass,
        LOGGER,
        cooldown=PUSH_COOLDOWN.total_seconds(),
        immediate=False,
        function=push,
    )

    @callback
    def changed(*_args: Any) -> None:
        debouncer.async_schedule_call()

    unsubscribers = [
        async_dispatcher_connect(hass, SIGNAL_PLAYS_RECORDED, changed),
        async_dispatcher_connect(hass, SIGNAL_HISTORY_CHANGED, changed),
    ]

    @callback
    def unsubscribe() -> None:
        for unsubscriber in unsubscribers:
            unsubscriber()
        debouncer.async_cancel()

    connection.subscriptions[msg["id"]] = unsubscribe
    connection.send_result(msg["id"])
    connection.send_event(msg["id"], first)


@websocket_api.websocket_command({vol.Required("type"): "encore/subscribe_artwork"})
@callback
def _ws_subscribe_artwork(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Tell when looked-up artwork was kept, so the page asks its lists again.

    Look-ups go out seconds apart at most (`history.artwork`): no debounce.
    """

    @callback
    def found() -> None:
        connection.send_event(msg["id"], {})

    connection.subscriptions[msg["id"]] = async_dispatcher_connect(
        hass, SIGNAL_ARTWORK_FOUND, found
    )
    connection.send_result(msg["id"])


@websocket_api.websocket_command(
    {
        vol.Required("type"): "encore/import_upload",
        vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Required(ATTR_FILE_ID): cv.string,
    }
)
@websocket_api.require_admin
@websocket_api.async_response
@answers_slips
async def _ws_import_upload(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Import an export the page uploaded (file_upload), in the background.

    `encore/subscribe_imports` tells how it goes; the notification too.
    """
    account, title = account_of_entry(hass, msg[ATTR_CONFIG_ENTRY_ID])
    manager = async_get_manager(hass)
    manager.require_open()
    if manager.import_lock(account).locked():
        raise ImportInProgressError(
            translation_domain=DOMAIN,
            translation_key="import_in_progress",
            translation_placeholders={"account": title},
        )
    path = await hass.async_add_executor_job(keep_upload, hass, msg[ATTR_FILE_ID])
    hass.async_create_background_task(
        async_import_in_background(hass, account, title, path),
        f"{DOMAIN} import of an uploaded export",
    )
    connection.send_result(msg["id"], {"account": account, "title": title})


@websocket_api.websocket_command({vol.Required("type"): "encore/subscribe_imports"})
@websocket_api.require_admin
@callback
def _ws_subscribe_imports(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Tell how running imports go: progress, then the report or the error."""

    @callback
    def progress(account: str, data: dict[str, Any]) -> None:
        connection.send_event(
            msg["id"], {"account": account, "title": _title(hass, account), **data}
        )

    connection.subscriptions[msg["id"]] = async_dispatcher_connect(
        hass, SIGNAL_IMPORT_PROGRESS, progress
    )
    connection.send_result(msg["id"])


@websocket_api.websocket_command(
    {
        vol.Required("type"): "encore/attribute",
        vol.Required(ATTR_PLAY_ID): vol.All(vol.Coerce(int), vol.Range(min=1)),
        vol.Optional(ATTR_PERSONS, default=[]): vol.All(cv.ensure_list, [cv.entity_id]),
        vol.Optional(ATTR_SESSION, default=False): cv.boolean,
        vol.Optional(ATTR_UNDO, default=False): cv.boolean,
    }
)
@websocket_api.async_response
@answers_slips
async def _ws_attribute(
    hass: HomeAssistant, connection: websocket_api.ActiveConnection, msg: dict[str, Any]
) -> None:
    """Say whose a play or its session was (no persons: the household's), or undo.

    Anyone may say a play of theirs or the household's was theirs or the
    household's; an administrator may say anything (`history.corrections`).
    """
    done = await async_correct(
        hass,
        connection.user,
        msg[ATTR_PLAY_ID],
        msg[ATTR_PERSONS],
        session=msg[ATTR_SESSION],
        undo=msg[ATTR_UNDO],
    )
    result: dict[str, Any] = {"play_ids": done.play_ids, "changed": done.changed}
    if done.lastfm_kept:
        # Last.fm accounts that keep a scrobble of these plays: its API
        # cannot take one back, so the answer says so (the page can show it).
        result["lastfm_kept"] = list(done.lastfm_kept)
    connection.send_result(msg["id"], result)


def _title(hass: HomeAssistant, account: str) -> str:
    return account_titles(hass).get(account, account)


@callback
def async_setup_websocket(hass: HomeAssistant) -> None:
    """Register the commands (once, for every entry)."""
    websocket_api.async_register_command(
        hass,
        _reading_command(
            "encore/top_items", SERVICE_TOP_ITEMS, TOP_ITEMS_SCHEMA, _want_top_artwork
        ),
    )
    for command, service, schema in (
        ("encore/listening_stats", SERVICE_LISTENING_STATS, LISTENING_STATS_SCHEMA),
        ("encore/play_history", SERVICE_PLAY_HISTORY, PLAY_HISTORY_SCHEMA),
        ("encore/play_count", SERVICE_PLAY_COUNT, PLAY_COUNT_SCHEMA),
        ("encore/sync_status", SERVICE_SYNC_STATUS, SYNC_SCHEMA),
    ):
        websocket_api.async_register_command(
            hass, _reading_command(command, service, schema)
        )
    for command, service, schema in (
        ("encore/export_history", SERVICE_EXPORT_HISTORY, EXPORT_SCHEMA),
        ("encore/purge_history", SERVICE_PURGE_HISTORY, PURGE_SCHEMA),
    ):
        websocket_api.async_register_command(
            hass, action_command(service, schema, admin=True, command=command)
        )
    for handler in (
        _ws_info,
        _ws_minutes_by_day,
        _ws_item,
        _ws_subscribe_stats,
        _ws_subscribe_artwork,
        _ws_import_upload,
        _ws_subscribe_imports,
        _ws_attribute,
    ):
        websocket_api.async_register_command(hass, handler)

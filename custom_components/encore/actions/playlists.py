"""Actions that change Spotify from the history: playlists, likes, the queue.

- `encore.create_playlist` asks the history what `top_items` would rank
  (period, whose, limit up to 500, play rule) or what a folder of Encore's
  media source holds (a recipe), makes a playlist of it on the account
  (`POST /me/playlists`) and fills it in chunks of 100; it answers the URI.
- `encore.keep_playlist` keeps such a playlist current: once a day it asks
  the same question again and replaces the items (in order, no duplicates).
  A playlist the user deleted in Spotify is forgotten without a word.
- `encore.save_to_library` / `encore.remove_from_library` like or unlike what
  an account plays now, or any URIs.
- `encore.get_queue` (on a Spotify player) answers Spotify's queue.

Every write passes the account's rate gate (the client's) and is allowed
only when the account's owner turned writes on (`spotify.writes`) and the
caller may change that account (`history.write_access`). A 429 halfway
through a playlist is resumed once the gate reopens, from where it stopped;
the playlists Encore made are kept in a store so that survives a restart.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
import logging
from typing import Any, Final
import unicodedata

import voluptuous as vol

from homeassistant.components import websocket_api
from homeassistant.components.media_player import DOMAIN as MEDIA_PLAYER_DOMAIN
from homeassistant.config_entries import ConfigEntry
from homeassistant.const import ATTR_CONFIG_ENTRY_ID, EVENT_HOMEASSISTANT_STOP
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.entity import Entity
from homeassistant.helpers.event import (
    async_track_point_in_utc_time,
    async_track_time_interval,
)
from homeassistant.helpers.service import async_register_platform_entity_service
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey

from ..const import DOMAIN
from ..history.manager import async_get_manager
from ..history.models import Source
from ..history.periods import (
    MAX_DAYS,
    Period,
    PeriodError,
    PeriodName,
    implied_period,
    resolve_period,
)
from ..history.questions import (
    Counted,
    PlayRule,
    Question,
    RankBy,
    Recipe,
    TopKind,
    Whose,
    async_folder,
    async_place_known,
    async_recap_ranking,
    async_top,
    household_leave_out,
)
from ..history.questions.fields import ATTR_ROOM
from ..history.questions.places import place_named
from ..history.whose import async_resolve_scope
from ..history.write_access import async_require_may_write, not_spotify, target_entry
from ..spotify.changes import (
    async_add_to_playlist,
    async_change_library,
    async_current_uri,
    canonical_uris,
    loaded_account,
)
from ..spotify.client import SpotifyClient
from ..spotify.errors import SpotifyError, SpotifyRateLimitedError
from ..spotify.uri import parse_spotify_reference
from ..spotify.writes import (
    PlaylistWrite,
    async_require_writes,
    async_still_has,
    write_error,
    writes_allowed,
)
from .commands import action_command
from .fields import ATTR_MONTH, ATTR_YEAR, MONTH_OR_YEAR_FIELDS, recap_period

_LOGGER = logging.getLogger(__name__)

SERVICE_CREATE_PLAYLIST: Final = "create_playlist"
SERVICE_KEEP_PLAYLIST: Final = "keep_playlist"
SERVICE_SAVE_TO_LIBRARY: Final = "save_to_library"
SERVICE_REMOVE_FROM_LIBRARY: Final = "remove_from_library"
SERVICE_GET_QUEUE: Final = "get_queue"
SERVICE_ADD_TO_PLAYLIST: Final = "add_to_playlist"

ATTR_ACCOUNT: Final = "account"
ATTR_RECIPE: Final = "recipe"
ATTR_NAME: Final = "name"
ATTR_DESCRIPTION: Final = "description"
ATTR_PUBLIC: Final = "public"
ATTR_PLAYLIST: Final = "playlist"
ATTR_KEEP: Final = "keep"
ATTR_URIS: Final = "uris"
ATTR_PERIOD: Final = "period"
ATTR_DAYS: Final = "days"
ATTR_START: Final = "start"
ATTR_END: Final = "end"
ATTR_SOURCE: Final = "source"
ATTR_RULE: Final = "rule"
ATTR_LIMIT: Final = "limit"

MAX_PLAYLIST_ITEMS: Final = 500
DEFAULT_PLAYLIST_ITEMS: Final = 100
KEEP_EVERY: Final = timedelta(days=1)
# A resumed write starts this long after the gate reopens: the gate's own
# timer fires at the instant, and Spotify's clock is not ours.
RESUME_AFTER: Final = timedelta(seconds=1)
STORE_VERSION: Final = 1

CREATE_PLAYLIST_SCHEMA = vol.Schema(
    {
        # Whose history, and when: the fields `top_items` has.
        vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Optional(ATTR_PERIOD): vol.In([name.value for name in PeriodName]),
        vol.Optional(ATTR_DAYS): vol.All(
            vol.Coerce(int), vol.Range(min=1, max=MAX_DAYS)
        ),
        vol.Optional(ATTR_START): cv.datetime,
        vol.Optional(ATTR_END): cv.datetime,
        vol.Optional(ATTR_SOURCE): vol.In([source.name.lower() for source in Source]),
        vol.Optional(ATTR_RULE, default=PlayRule.THIRTY_SECONDS.value): vol.In(
            [rule.value for rule in PlayRule]
        ),
        vol.Optional(ATTR_LIMIT, default=DEFAULT_PLAYLIST_ITEMS): vol.All(
            vol.Coerce(int), vol.Range(min=1, max=MAX_PLAYLIST_ITEMS)
        ),
        # Where the plays were heard, as `top_items` asks (either way).
        vol.Optional(ATTR_ROOM): cv.string,
        # Or a folder of the media source.
        vol.Optional(ATTR_RECIPE): vol.In([recipe.value for recipe in Recipe]),
        # Or a recap's month or year: its top songs, in its order.
        **MONTH_OR_YEAR_FIELDS,
        # Where it goes.
        vol.Optional(ATTR_ACCOUNT): cv.string,
        vol.Optional(ATTR_NAME): vol.All(cv.string, vol.Length(min=1, max=100)),
        vol.Optional(ATTR_DESCRIPTION, default=""): vol.All(
            cv.string, vol.Length(max=300)
        ),
        vol.Optional(ATTR_PUBLIC, default=False): cv.boolean,
    }
)
KEEP_PLAYLIST_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_PLAYLIST): cv.string,
        vol.Optional(ATTR_KEEP, default=True): cv.boolean,
    }
)
LIBRARY_SCHEMA = vol.Schema(
    {
        vol.Optional(ATTR_ACCOUNT): cv.string,
        vol.Optional(ATTR_URIS): vol.All(cv.ensure_list, [cv.string]),
    }
)

ADD_TO_PLAYLIST_SCHEMA = vol.Schema(
    {
        vol.Optional(ATTR_ACCOUNT): cv.string,
        vol.Required(ATTR_PLAYLIST): cv.string,
        vol.Optional(ATTR_URIS): vol.All(cv.ensure_list, [cv.string]),
    }
)

_DATA: HassKey[PlaylistKeeper] = HassKey(f"{DOMAIN}_playlists")


# -- which account, which songs --------------------------------------------------


def _question(data: dict[str, Any]) -> dict[str, Any]:
    """Return the fields that say which songs, as a store keeps them (JSON)."""
    kept = {
        key: data[key]
        for key in (
            ATTR_CONFIG_ENTRY_ID,
            ATTR_PERIOD,
            ATTR_DAYS,
            ATTR_SOURCE,
            ATTR_RULE,
            ATTR_LIMIT,
            ATTR_RECIPE,
            ATTR_MONTH,
            ATTR_YEAR,
            ATTR_ROOM,
        )
        if data.get(key) is not None
    }
    for key in (ATTR_START, ATTR_END):
        if isinstance(moment := data.get(key), datetime):
            kept[key] = moment.isoformat()
    return kept


def _period(question: dict[str, Any], now: datetime) -> Period:
    if ATTR_MONTH in question or ATTR_YEAR in question:
        # A recap's period: the same month or year `encore.recap` sums up.
        return recap_period(question, now)
    start = question.get(ATTR_START)
    end = question.get(ATTR_END)
    start_at = None if start is None else dt_util.parse_datetime(start)
    end_at = None if end is None else dt_util.parse_datetime(end)
    days = question.get(ATTR_DAYS)
    try:
        return resolve_period(
            implied_period(
                question.get(ATTR_PERIOD),
                days=days,
                start=start_at,
                end=end_at,
                default=PeriodName.THIS_MONTH,
            ),
            now=now,
            time_zone=dt_util.get_default_time_zone(),
            days=days,
            start=start_at,
            end=end_at,
        )
    except PeriodError as err:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key=err.translation_key,
            translation_placeholders=err.translation_placeholders,
        ) from err


async def async_ranked_uris(
    hass: HomeAssistant, question: dict[str, Any], user_id: str | None
) -> list[str]:
    """Return the Spotify track URIs the question ranks, best first.

    The same reads as `encore.top_items` (tracks by plays) or the media
    source's folders (a recipe), through the history's public queries.
    """
    manager = async_get_manager(hass)
    manager.require_open()
    now = dt_util.now()
    source = question.get(ATTR_SOURCE)
    resolved = await async_resolve_scope(
        hass,
        user_id=user_id,
        config_entry_id=question.get(ATTR_CONFIG_ENTRY_ID),
        source=None if source is None else Source[source.upper()],
    )
    limit = int(question.get(ATTR_LIMIT, DEFAULT_PLAYLIST_ITEMS))
    room = str(question.get(ATTR_ROOM) or "").strip()
    where = place_named(hass, room, room) if room else None
    if recipe := question.get(ATTR_RECIPE):
        # A folder's recipe over the plays heard in the room, when one is asked.
        entries = await async_folder(
            hass, Recipe(recipe), resolved.scope, now=now, where=where, limit=limit
        )
    else:
        # The same question `encore.top_items` asks for tracks by plays.
        asked = Question(
            Counted.RANKING,
            _period(question, now),
            Whose(resolved.scope),
            where=where,
            rule=PlayRule(question.get(ATTR_RULE, PlayRule.THIRTY_SECONDS.value)),
            ranked=TopKind.TRACK,
            rank_by=RankBy.PLAYS,
            limit=limit,
        )
        if ATTR_MONTH in question or ATTR_YEAR in question:
            # A recap's songs as the recap counts them: the household's
            # without the people who stay out of it (as its media folder).
            ranked = await async_recap_ranking(
                hass, asked, household_leave_out(hass, resolved.scope)
            )
        else:
            ranked = await async_top(hass, asked, images=False)
        entries = ranked.value
    # Local files and plays the history knows only by name have no URI a
    # playlist takes.
    return [
        entry.uri
        for entry in entries
        if entry.uri is not None and entry.uri.startswith("spotify:track:")
    ]


def _default_name(question: dict[str, Any]) -> str:
    if recap := question.get(ATTR_MONTH) or question.get(ATTR_YEAR):
        return f"Encore · recap {recap}"
    what = question.get(ATTR_RECIPE) or question.get(ATTR_PERIOD) or "this_month"
    return f"Encore · {what.replace('_', ' ')}"


def _playlist_id(value: str) -> str:
    """Accept a playlist's id, URI or open.spotify.com link."""
    parsed = parse_spotify_reference(value)
    if parsed is not None and parsed.kind == "playlist":
        return parsed.id
    return value.strip()


# -- the playlists Encore made ----------------------------------------------------


@dataclass(slots=True)
class KeptPlaylist:
    """A playlist Encore made: where, from which question, and its write."""

    playlist_id: str
    entry_id: str
    name: str
    question: dict[str, Any]
    user_id: str | None
    kept: bool = False
    write: dict[str, Any] | None = None
    refreshed: str | None = None

    @property
    def uri(self) -> str:
        """Return `spotify:playlist:<id>`."""
        return f"spotify:playlist:{self.playlist_id}"

    def as_dict(self) -> dict[str, Any]:
        """Return what the store keeps."""
        return {
            "playlist_id": self.playlist_id,
            "entry_id": self.entry_id,
            "name": self.name,
            "question": self.question,
            "user_id": self.user_id,
            "kept": self.kept,
            "write": self.write,
            "refreshed": self.refreshed,
        }


class PlaylistKeeper:
    """The playlists Encore made, their unfinished writes and the daily refresh."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Initialize; the store loads on first use."""
        self.hass = hass
        self._store: Store[dict[str, Any]] = Store(
            hass, STORE_VERSION, f"{DOMAIN}.playlists"
        )
        self.playlists: dict[str, KeptPlaylist] = {}
        self._loaded = False
        self._resume: dict[str, CALLBACK_TYPE] = {}
        self._unsub_daily: CALLBACK_TYPE | None = None

    async def async_load(self) -> None:
        """Read the store once."""
        if self._loaded:
            return
        data = await self._store.async_load() or {}
        for item in (data.get("playlists") or {}).values():
            kept = KeptPlaylist(**item)
            self.playlists[kept.playlist_id] = kept
        self._loaded = True

    @callback
    def async_start(self) -> None:
        """Refresh the kept playlists once a day."""
        self._unsub_daily = async_track_time_interval(
            self.hass,
            self._async_daily,
            KEEP_EVERY,
            name=f"{DOMAIN} kept playlists",
            cancel_on_shutdown=True,
        )

        @callback
        def stop(_event: Event) -> None:
            self.async_stop()

        self.hass.bus.async_listen_once(EVENT_HOMEASSISTANT_STOP, stop)

    @callback
    def async_stop(self) -> None:
        """Stop the timers."""
        if self._unsub_daily is not None:
            self._unsub_daily()
            self._unsub_daily = None
        for unsub in self._resume.values():
            unsub()
        self._resume.clear()

    @callback
    def _save(self) -> None:
        self._store.async_delay_save(
            lambda: {
                "playlists": {
                    key: kept.as_dict() for key, kept in self.playlists.items()
                }
            },
            1,
        )

    async def _async_daily(self, _now: datetime) -> None:
        await self.async_load()
        for kept in list(self.playlists.values()):
            if kept.kept or kept.write is not None:
                await self.async_refresh(kept, quiet=True)

    async def async_write(
        self, kept: KeptPlaylist, client: SpotifyClient, write: PlaylistWrite
    ) -> dict[str, Any]:
        """Run a write; on a 429 remember where it stopped and resume later."""
        entry = self.hass.config_entries.async_get_entry(kept.entry_id)
        try:
            await write.async_run(client)
        except SpotifyRateLimitedError as err:
            kept.write = write.as_dict()
            self._save()
            self._schedule_resume(kept, err.until)
            return {
                "complete": False,
                "written": write.written,
                "total": len(write.uris),
                "resumes_at": err.until.isoformat(timespec="seconds"),
            }
        except SpotifyError as err:
            kept.write = write.as_dict()
            self._save()
            if entry is None:
                raise
            raise write_error(self.hass, entry, err, playlist=kept.name) from err
        kept.write = None
        kept.refreshed = dt_util.utcnow().isoformat(timespec="seconds")
        self._save()
        return {"complete": True, "written": write.written, "total": len(write.uris)}

    @callback
    def _schedule_resume(self, kept: KeptPlaylist, until: datetime) -> None:
        if (unsub := self._resume.pop(kept.playlist_id, None)) is not None:
            unsub()

        async def resume(_now: datetime) -> None:
            self._resume.pop(kept.playlist_id, None)
            await self.async_resume(kept)

        self._resume[kept.playlist_id] = async_track_point_in_utc_time(
            self.hass, resume, until + RESUME_AFTER
        )

    async def async_resume(self, kept: KeptPlaylist) -> None:
        """Go on with a write a 429 stopped, from the chunk Spotify did not take."""
        if kept.write is None or self.playlists.get(kept.playlist_id) is not kept:
            return
        entry = self.hass.config_entries.async_get_entry(kept.entry_id)
        if entry is None or not writes_allowed(entry):
            return
        try:
            client = loaded_account(self.hass, entry).client
            await self.async_write(kept, client, PlaylistWrite.from_dict(kept.write))
        except HomeAssistantError as err:
            _LOGGER.warning("Could not finish playlist %s: %s", kept.name, err)

    async def async_refresh(
        self, kept: KeptPlaylist, *, quiet: bool = False
    ) -> dict[str, Any] | None:
        """Ask the question again and replace the playlist's items.

        None when the user deleted the playlist in Spotify: Encore forgets
        it. With writes off, nothing happens and nothing is forgotten.
        """
        entry = self.hass.config_entries.async_get_entry(kept.entry_id)
        if entry is None:
            self.async_forget(kept.playlist_id)
            return None
        if not writes_allowed(entry):
            return {"complete": False, "written": 0, "total": 0, "writes_off": True}
        try:
            client = loaded_account(self.hass, entry).client
            if not await async_still_has(client, kept.uri):
                _LOGGER.debug("%s was deleted in Spotify; forgetting it", kept.name)
                self.async_forget(kept.playlist_id)
                return None
            uris = await async_ranked_uris(self.hass, kept.question, kept.user_id)
            return await self.async_write(
                kept, client, PlaylistWrite(kept.playlist_id, uris)
            )
        except HomeAssistantError as err:
            if not quiet:
                raise
            _LOGGER.warning("Could not refresh playlist %s: %s", kept.name, err)
            return None

    async def async_same_answer(
        self, entry: ConfigEntry, client: SpotifyClient, question: dict[str, Any]
    ) -> KeptPlaylist | None:
        """Return the playlist this account made for the same question, if it still has it.

        One deleted in Spotify is forgotten: the answer then gets a new one.
        """
        for kept in list(self.playlists.values()):
            if kept.entry_id != entry.entry_id or kept.question != question:
                continue
            if await async_still_has(client, kept.uri):
                return kept
            self.async_forget(kept.playlist_id)
        return None

    @callback
    def async_forget(self, playlist_id: str) -> None:
        """Forget a playlist (its write and its daily refresh)."""
        if (unsub := self._resume.pop(playlist_id, None)) is not None:
            unsub()
        if self.playlists.pop(playlist_id, None) is not None:
            self._save()


async def _async_keeper(hass: HomeAssistant) -> PlaylistKeeper:
    keeper = hass.data[_DATA]
    await keeper.async_load()
    return keeper


# -- the actions --------------------------------------------------------------------


async def _async_writable(call: ServiceCall, chosen: str | None) -> ConfigEntry:
    """Return the account to change, once the caller may and its owner lets Encore."""
    hass = call.hass
    entry = target_entry(hass, call.context.user_id, chosen)
    await async_require_may_write(hass, call.context.user_id, entry)
    async_require_writes(hass, entry)
    return entry


async def _async_create_playlist(call: ServiceCall) -> ServiceResponse:
    hass = call.hass
    data = dict(call.data)
    if ATTR_RECIPE in data and any(
        key in data
        for key in (ATTR_PERIOD, ATTR_DAYS, ATTR_START, ATTR_END, ATTR_MONTH, ATTR_YEAR)
    ):
        raise ServiceValidationError(
            translation_domain=DOMAIN, translation_key="playlist_recipe_or_period"
        )
    question = _question(data)
    # What can be refused is refused before anything is written.
    _period(question, dt_util.now())
    name = _playlist_name(data.get(ATTR_NAME)) or _default_name(question)
    await _async_require_known_room(hass, question)
    entry = await _async_writable(call, data.get(ATTR_ACCOUNT))
    client = loaded_account(hass, entry).client
    uris = await async_ranked_uris(hass, question, call.context.user_id)
    keeper = await _async_keeper(hass)
    if (same := await keeper.async_same_answer(entry, client, question)) is not None:
        # The same answer saved again (the recap's button twice, in two
        # languages) updates the playlist it made instead of a second one.
        result = await keeper.async_write(
            same, client, PlaylistWrite(same.playlist_id, uris)
        )
        return {
            "uri": same.uri,
            "url": f"https://open.spotify.com/playlist/{same.playlist_id}",
            "name": same.name,
            "account": entry.title,
            "updated": True,
            **result,
        }
    try:
        created = await client.async_create_playlist(
            name, description=data[ATTR_DESCRIPTION], public=data[ATTR_PUBLIC]
        )
    except SpotifyError as err:
        needed = (
            "playlist-modify-public"
            if data[ATTR_PUBLIC]
            else ("playlist-modify-private")
        )
        raise write_error(hass, entry, err, needed=needed) from err
    kept = KeptPlaylist(
        playlist_id=created.playlist_id,
        entry_id=entry.entry_id,
        name=name,
        question=question,
        user_id=call.context.user_id,
    )
    keeper.playlists[kept.playlist_id] = kept
    result = await keeper.async_write(
        kept, client, PlaylistWrite(created.playlist_id, uris)
    )
    return {
        "uri": created.uri,
        "url": created.url,
        "name": name,
        "account": entry.title,
        "updated": False,
        **result,
    }


def _playlist_name(given: str | None) -> str | None:
    """Return a name as Spotify should get it; refuse a blank one or control characters."""
    if given is None:
        return None
    name = given.strip()
    if not name or any(unicodedata.category(char) in {"Cc", "Cf"} for char in name):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="playlist_name_invalid",
            translation_placeholders={"name": repr(given)},
        )
    return name


async def _async_require_known_room(
    hass: HomeAssistant, question: dict[str, Any]
) -> None:
    """Refuse a room the history has no device of: its playlist would be empty."""
    room = str(question.get(ATTR_ROOM) or "").strip()
    if not room:
        return
    where = place_named(hass, room, room)
    if not await async_place_known(hass, where):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="room_unknown",
            translation_placeholders={"room": room},
        )


async def _async_keep_playlist(call: ServiceCall) -> ServiceResponse:
    hass = call.hass
    keeper = await _async_keeper(hass)
    playlist_id = _playlist_id(call.data[ATTR_PLAYLIST])
    kept = keeper.playlists.get(playlist_id)
    if kept is None:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="playlist_not_encores",
            translation_placeholders={"playlist": call.data[ATTR_PLAYLIST]},
        )
    entry = hass.config_entries.async_get_entry(kept.entry_id)
    if entry is None:
        keeper.async_forget(playlist_id)
        raise not_spotify(kept.entry_id)
    await async_require_may_write(hass, call.context.user_id, entry)
    if not call.data[ATTR_KEEP]:
        # Stop refreshing; the playlist stays in Spotify as it is.
        kept.kept = False
        keeper._save()  # noqa: SLF001
        return {"uri": kept.uri, "kept": False}
    async_require_writes(hass, entry)
    kept.kept = True
    result = await keeper.async_refresh(kept)
    if result is None:
        return {"uri": kept.uri, "kept": False, "deleted": True}
    return {"uri": kept.uri, "kept": True, **result}


async def _async_library(call: ServiceCall, *, save: bool) -> ServiceResponse:
    hass = call.hass
    entry = await _async_writable(call, call.data.get(ATTR_ACCOUNT))
    account = loaded_account(hass, entry)
    values: list[str] = list(call.data.get(ATTR_URIS) or ())
    uris = (
        canonical_uris(values) if values else [await async_current_uri(entry, account)]
    )
    await async_change_library(hass, entry, account, uris, save=save)
    response: dict[str, Any] = {
        "account": entry.title,
        "uris": uris,
        "saved": save,
    }
    return response


async def _async_add_to_playlist(call: ServiceCall) -> ServiceResponse:
    hass = call.hass
    entry = await _async_writable(call, call.data.get(ATTR_ACCOUNT))
    account = loaded_account(hass, entry)
    values: list[str] = list(call.data.get(ATTR_URIS) or ())
    uris = (
        canonical_uris(values) if values else [await async_current_uri(entry, account)]
    )
    playlist = await async_add_to_playlist(
        hass, entry, account, call.data[ATTR_PLAYLIST], uris
    )
    response: dict[str, Any] = {
        "account": entry.title,
        "playlist": playlist.get("uri"),
        "name": playlist.get("name"),
        "uris": uris,
    }
    return response


async def _async_save(call: ServiceCall) -> ServiceResponse:
    return await _async_library(call, save=True)


async def _async_remove(call: ServiceCall) -> ServiceResponse:
    return await _async_library(call, save=False)


async def _async_get_queue(entity: Entity, call: ServiceCall) -> ServiceResponse:
    """Answer a player's queue; a player without one says so."""
    get_queue = getattr(entity, "async_get_queue", None)
    if get_queue is None:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="queue_unsupported",
            translation_placeholders={"entity_id": entity.entity_id},
        )
    response: ServiceResponse = await get_queue()
    return response


def async_setup_playlist_actions(hass: HomeAssistant) -> None:
    """Register the actions that change Spotify, and the daily refresh."""
    keeper = hass.data[_DATA] = PlaylistKeeper(hass)
    keeper.async_start()
    for name, handler, schema in (
        (SERVICE_CREATE_PLAYLIST, _async_create_playlist, CREATE_PLAYLIST_SCHEMA),
        (SERVICE_KEEP_PLAYLIST, _async_keep_playlist, KEEP_PLAYLIST_SCHEMA),
        (SERVICE_SAVE_TO_LIBRARY, _async_save, LIBRARY_SCHEMA),
        (SERVICE_REMOVE_FROM_LIBRARY, _async_remove, LIBRARY_SCHEMA),
        (SERVICE_ADD_TO_PLAYLIST, _async_add_to_playlist, ADD_TO_PLAYLIST_SCHEMA),
    ):
        hass.services.async_register(
            DOMAIN,
            name,
            handler,
            schema,  # type: ignore[arg-type]
            supports_response=SupportsResponse.OPTIONAL,
        )
        # No admin check: the action lets the account's own people and
        # administrators through and refuses everyone else, as over Assist.
        websocket_api.async_register_command(
            hass, action_command(name, schema, admin=False)
        )
    # An entity action: Encore's Sonos players may answer it too (each
    # player class has `async_get_queue`); one registration serves both.
    async_register_platform_entity_service(
        hass,
        DOMAIN,
        SERVICE_GET_QUEUE,
        entity_domain=MEDIA_PLAYER_DOMAIN,
        func=_async_get_queue,
        schema=None,
        supports_response=SupportsResponse.ONLY,
    )

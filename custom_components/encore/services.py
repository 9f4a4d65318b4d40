"""Encore's actions: questions about the history, its sync, and admin work.

Reading answers (top items, stats, play history, counts, sync status) and
asking for a sync are for every user: they change nothing and show what the
dashboards show anyway. Importing, exporting and deleting the history are
for admins. Without an account, "whose history" follows `whose`:
the caller's linked account, else the only one, else all of them.
"""

import asyncio
from collections.abc import Callable, Hashable, Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Connection
import voluptuous as vol

from homeassistant.config_entries import ConfigEntry, ConfigEntryState
from homeassistant.const import ATTR_CONFIG_ENTRY_ID
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.service import async_register_admin_service
from homeassistant.util import dt as dt_util

from .const import DOMAIN, EntryKind
from .history.collectors.spotify_account import recording_of
from .history.epoch import to_ms
from .history.export_history import ExportFormat, async_export, export_suffix
from .history.imports.jobs import async_run_import
from .history.manager import async_get_manager
from .history.models import AttributionRule, Certainty, PlayKind, Source
from .history.periods import Period, PeriodError, PeriodName
from .history.purge import async_count_purge, async_purge
from .history.questions import (
    RANKED,
    Content,
    Counted,
    Name,
    PlayRule,
    Question,
    RankBy,
    Ranking,
    TopKind,
    Whose,
    async_ask,
    reading_for,
    to_dict,
)
from .history.questions.families import (
    count_of,
    coverage_of,
    jobs_of,
    named_of,
    ranking_of,
    ranking_parts_of,
    recent_of,
    taste_habits_of,
    taste_named_of,
)
from .history.questions.fields import (
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
from .history.questions.places import place_named
from .history.whose import (
    ResolvedScope,
    account_of_entry,
    account_persons,
    async_resolve_scope,
    encore_entries,
    entry_kind,
    persons_of_user,
    private_persons,
)
from .playlist_actions import async_setup_playlist_actions

SERVICE_IMPORT_HISTORY = "import_history"
SERVICE_EXPORT_HISTORY = "export_history"
SERVICE_PURGE_HISTORY = "purge_history"
SERVICE_TOP_ITEMS = "top_items"
SERVICE_LISTENING_STATS = "listening_stats"
SERVICE_PLAY_HISTORY = "play_history"
SERVICE_PLAY_COUNT = "play_count"
SERVICE_SYNC_STATUS = "sync_status"
SERVICE_SYNC_NOW = "sync_now"

ATTR_PATH = "path"
ATTR_FORMAT = "format"
ATTR_BEFORE = "before"
ATTR_ALL = "all"
ATTR_DRY_RUN = "dry_run"
ATTR_OVERWRITE = "overwrite"
ATTR_KIND = "kind"
ATTR_RANK_BY = "rank_by"
ATTR_LIMIT = "limit"
ATTR_ARTIST = "artist"
ATTR_TRACK = "track"
ATTR_DEVICE = "device"
# The whole household's history: only the listening page asks for it.
ATTR_EVERYONE = "everyone"

MAX_LIMIT: Final = 50

IMPORT_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Required(ATTR_PATH): cv.string,
    }
)
EXPORT_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_PATH): cv.string,
        vol.Optional(ATTR_FORMAT, default=ExportFormat.CSV.value): vol.In(
            [fmt.value for fmt in ExportFormat]
        ),
        vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Optional(ATTR_START): cv.datetime,
        vol.Optional(ATTR_END): cv.datetime,
        vol.Optional(ATTR_OVERWRITE, default=False): cv.boolean,
    }
)
PURGE_SCHEMA = vol.Schema(
    {
        vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Optional(ATTR_BEFORE): cv.datetime,
        vol.Optional(ATTR_ALL, default=False): cv.boolean,
        vol.Optional(ATTR_DRY_RUN, default=False): cv.boolean,
    }
)


# The period of a reading action that names none, nor days, start or end
# (which imply the last days or a custom period).
DEFAULT_PERIODS: Final = {
    SERVICE_TOP_ITEMS: PeriodName.THIS_MONTH,
    SERVICE_LISTENING_STATS: PeriodName.THIS_WEEK,
    SERVICE_PLAY_HISTORY: PeriodName.ALL_TIME,
    SERVICE_PLAY_COUNT: PeriodName.ALL_TIME,
}


def _limit(default: int) -> dict[vol.Marker, Any]:
    return {
        vol.Optional(ATTR_LIMIT, default=default): vol.All(
            vol.Coerce(int), vol.Range(min=1, max=MAX_LIMIT)
        )
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
        **_limit(10),
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
        **_limit(20),
    }
)
PLAY_COUNT_SCHEMA = vol.Schema(
    {
        **action_fields(),
        vol.Optional(ATTR_ARTIST): cv.string,
        vol.Optional(ATTR_TRACK): cv.string,
    }
)
SYNC_SCHEMA = vol.Schema({vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string})


def _epoch_ms(moment: datetime) -> int:
    """Milliseconds since the epoch; a naive time is in Home Assistant's zone."""
    return to_ms(dt_util.as_utc(moment))


async def _async_allowed(hass: HomeAssistant, path: str) -> Path:
    # is_allowed_path touches the disk (it resolves symlinks).
    if not await hass.async_add_executor_job(hass.config.is_allowed_path, path):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="path_not_allowed",
            translation_placeholders={"path": path},
        )
    return Path(path)


def _is_public(hass: HomeAssistant, path: Path) -> bool:
    """Whether Home Assistant serves the file to anyone (`www` is `/local/`).

    Blocking: it resolves symbolic links.
    """
    public = Path(hass.config.path("www")).resolve()
    return path.resolve().is_relative_to(public)


def _export_target_problem(
    hass: HomeAssistant, path: Path, file_format: ExportFormat, overwrite: bool
) -> str | None:
    """Return why the export may not be written to `path`, or None.

    Blocking (it looks at the disk). Encore writes only the file type it
    produces, and replaces a file only when asked: a mistyped path must not
    turn the user's Spotify export ZIP into CSV text.
    """
    if path.suffix.lower() != export_suffix(file_format):
        return "export_wrong_suffix"
    if not path.parent.is_dir():
        return "path_folder_missing"
    if _is_public(hass, path):
        return "path_public"
    if path.is_dir():
        return "export_is_folder"
    if path.exists() and not overwrite:
        return "export_exists"
    return None


async def _async_import_history(call: ServiceCall) -> ServiceResponse:
    hass = call.hass
    account, title = account_of_entry(hass, call.data[ATTR_CONFIG_ENTRY_ID])
    path = await _async_allowed(hass, call.data[ATTR_PATH])
    async_get_manager(hass).require_open()
    report = await async_run_import(hass, account, title, path)
    return report.as_dict()


async def _async_export_history(call: ServiceCall) -> ServiceResponse:
    hass = call.hass
    account = None
    if entry_id := call.data.get(ATTR_CONFIG_ENTRY_ID):
        account, _title = account_of_entry(hass, entry_id)
    path = await _async_allowed(hass, call.data[ATTR_PATH])
    file_format = ExportFormat(call.data[ATTR_FORMAT])
    overwrite: bool = call.data[ATTR_OVERWRITE]
    if problem := await hass.async_add_executor_job(
        _export_target_problem, hass, path, file_format, overwrite
    ):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key=problem,
            translation_placeholders={"path": str(path)}
            | (
                {"suffix": export_suffix(file_format)}
                if problem == "export_wrong_suffix"
                else {}
            ),
        )
    manager = async_get_manager(hass)
    manager.require_open()
    start = call.data.get(ATTR_START)
    end = call.data.get(ATTR_END)
    rows = await async_export(
        manager,
        path,
        file_format,
        account=account,
        start_ms=None if start is None else _epoch_ms(start),
        end_ms=None if end is None else _epoch_ms(end),
        overwrite=overwrite,
    )
    return {"path": str(path), "rows": rows, "format": file_format.value}


async def _async_purge_history(call: ServiceCall) -> ServiceResponse:
    hass = call.hass
    account = None
    if entry_id := call.data.get(ATTR_CONFIG_ENTRY_ID):
        account, _title = account_of_entry(hass, entry_id)
    before = call.data.get(ATTR_BEFORE)
    if account is None and before is None and not call.data[ATTR_ALL]:
        raise ServiceValidationError(
            translation_domain=DOMAIN, translation_key="purge_needs_scope"
        )
    manager = async_get_manager(hass)
    manager.require_open()
    before_ms = None if before is None else _epoch_ms(before)
    if call.data[ATTR_DRY_RUN]:
        # What the confirmation names before anything is deleted.
        return {"would_delete": await async_count_purge(manager, account, before_ms)}
    return {"deleted": await async_purge(manager, account, before_ms)}


# -- reading the history ---------------------------------------------------


async def _async_scope(call: ServiceCall) -> ResolvedScope:
    """Whose history the call means: its account, else its linked user's."""
    source = call.data.get(ATTR_SOURCE)
    return await async_resolve_scope(
        call.hass,
        user_id=call.context.user_id,
        config_entry_id=call.data.get(ATTR_CONFIG_ENTRY_ID),
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


def _room_response(answered: Any) -> dict[str, Any]:
    """Say since when plays name their room, when a room was asked."""
    if answered.question.where is None:
        return {}
    since = answered.rooms_since
    return {
        "rooms_known_since": None if since is None else since.isoformat(),
        "rooms_complete": not answered.rooms_unknown,
    }


# Periods that end at the moment they are asked about.
_ONGOING: Final = frozenset(
    {
        PeriodName.TODAY,
        PeriodName.THIS_WEEK,
        PeriodName.THIS_MONTH,
        PeriodName.THIS_YEAR,
        PeriodName.LAST_DAYS,
        PeriodName.ALL_TIME,
    }
)


def _frozen(value: Any) -> Hashable:
    if isinstance(value, dict):
        return tuple(sorted((key, _frozen(item)) for key, item in value.items()))
    if isinstance(value, list | tuple | set | frozenset):
        return tuple(_frozen(item) for item in value)
    return value  # type: ignore[no-any-return]


def same_question(call: ServiceCall, question: Question | None) -> Hashable | None:
    """Return what makes two calls one question, so they may share a read.

    Everything the read depends on (`store.reads`): the action and its
    data, whose plays, the period, the place, Home Assistant's time zone
    and today's date (`_same_period`).
    """
    return _hashable((call.service, _frozen(dict(call.data)), *_same_period(question)))


def _same_period(question: Question | None) -> tuple[Hashable, ...]:
    """Return whose plays, which period and where a read is about, as a key.

    With Home Assistant's time zone and today's date. A period still going
    on ends "now", a moment later for each asker: its end is left out, since
    a play ending in between would be a write, and a write starts a new
    generation of reads.
    """
    time_zone = dt_util.get_default_time_zone()
    if question is None:
        return (None, None, None, str(time_zone), dt_util.now(time_zone).date())
    period = question.period
    return (
        question.scope,
        question.where,
        (
            period.name,
            period.start,
            period.days,
            None if period.name in _ONGOING else period.end,
        ),
        str(time_zone),
        dt_util.now(time_zone).date(),
    )


def _hashable(key: tuple[Hashable, ...]) -> Hashable | None:
    """Return the key, or None when a value in it cannot be a key."""
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _minutes(ms: int) -> float:
    """Milliseconds as minutes, to a tenth."""
    return round(ms / 60_000, 1)


def with_minutes(value: Any) -> Any:
    """Add `minutes` beside every `ms_played` of a JSON-friendly answer."""
    if isinstance(value, dict):
        result = {key: with_minutes(item) for key, item in value.items()}
        if isinstance(value.get("ms_played"), int):
            result["minutes"] = _minutes(value["ms_played"])
        return result
    if isinstance(value, list):
        return [with_minutes(item) for item in value]
    return value


async def _async_ranking(
    hass: HomeAssistant, question: Question, *, by_artist: bool
) -> Ranking:
    """Read the period's music plays ranked by track or artist, or share it.

    One read for every answer that needs it, whichever action asks: the
    listening page asks `listening_stats` and the top tracks and artists of
    the same period at once, and each would walk the period's plays again
    (a year of a million plays: 60-75 ms each, `scripts/bench panel`).
    """
    # Rankings are of one kind, music here, whatever else the question
    # counts: the same read as the top lists' of the same period and place.
    question = replace(
        question,
        counted=Counted.RANKING,
        ranked=TopKind.ARTIST if by_artist else TopKind.TRACK,
    )
    key = _hashable(("ranking", by_artist, question.rule, *_same_period(question)))
    answered = await async_ask(
        hass,
        question,
        lambda conn, asked, scope: ranking_parts_of(
            conn, asked, scope, by_artist=by_artist
        ),
        same_as=key,
    )
    return answered.value


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
    manager = async_get_manager(call.hass)
    key = same_question(call, question)
    if (
        kind in (TopKind.TRACK, TopKind.ARTIST)
        and question.rank_by is RankBy.PLAYS
        and question.limit <= RANKED
    ):
        # Ranked in a read `listening_stats` shares; named apart, with
        # artwork that changes without a write.
        ranking = await _async_ranking(
            call.hass, question, by_artist=kind is TopKind.ARTIST
        )
        best = ranking.best[: question.limit]
        key = None if key is None else (key, best)

        def family(conn: Any, asked: Question, scope: Any) -> Any:
            del scope  # ranked already, in the shared read
            return with_minutes(to_dict(named_of(conn, asked.ranked, best)))

    else:

        def family(conn: Any, asked: Question, scope: Any) -> Any:
            return with_minutes(to_dict(ranking_of(conn, asked, scope, images=True)))

    # Made JSON-friendly on the reader's thread, once for every asker of a
    # shared answer: the event loop only copies it (`store.reads`).
    answered = await async_ask(
        call.hass,
        question,
        family,
        # The entries hold artwork, which Encore keeps without a new
        # generation of answers (`HistoryManager.async_write`).
        same_as=None if key is None else (key, manager.artwork_generation),
    )
    return {
        **response,
        **_room_response(answered),
        "kind": kind.value,
        "rank_by": question.rank_by.value,
        "items": answered.value,
    }


async def _async_listening_stats(call: ServiceCall) -> ServiceResponse:
    """Answer totals, heatmap, repeat and skip rates and taste of a period.

    Three reads side by side, each one walk of the period's plays (by track,
    by artist, by hour): a year of a million plays took a single thread
    200 ms, and the database works without the interpreter lock, so a second
    reader thread takes a part (`scripts/bench panel`). The walks by track
    and artist are the top lists' too (`_async_ranking`). The reads start
    in the same turn of the loop, so they see the same generation of the
    history unless a write commits between them, as with any two answers.
    """
    question, response = await async_question(call, Counted.TASTE)
    time_zone = dt_util.get_default_time_zone()
    today = dt_util.now(time_zone).date()
    key = same_question(call, question)
    tracks, artists, habits = await asyncio.gather(
        _async_ranking(call.hass, question, by_artist=False),
        _async_ranking(call.hass, question, by_artist=True),
        async_ask(
            call.hass,
            question,
            lambda conn, asked, scope: taste_habits_of(
                conn, asked, scope, time_zone, today=today
            ),
            same_as=None if key is None else (key, "habits"),
        ),
    )
    named = await async_ask(
        call.hass,
        question,
        lambda conn, asked, _scope: taste_named_of(
            conn, asked, tracks, artists, habits.value
        ),
        same_as=None if key is None else (key, tracks, artists),
    )
    taste = dict(named.value)
    # The summary holds the period's totals and rates already (each what the
    # query of that name answers): reading them again would walk the plays
    # twice more.
    totals = dict(taste["totals"])
    totals["minutes"] = _minutes(totals["ms_played"])
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
        **_room_response(habits),
        "totals": totals,
        "heatmap": habits.value.grid,
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

    owners = account_persons(call.hass)

    def family(conn: Any, asked: Question, scope: Any) -> dict[str, Any]:
        found = recent_of(conn, asked, scope, device=data.get(ATTR_DEVICE))
        return {
            # What a name filter was taken to mean, as play_count reports it.
            "match": to_dict(found.match),
            "plays": [
                _named_play(play, owners) for play in with_minutes(to_dict(found.plays))
            ],
        }

    answered = await async_ask(
        call.hass, question, family, same_as=same_question(call, question)
    )
    # Whose a play is stays with a person who keeps it private, but for
    # administrators and that person: said for this caller, after the read
    # (which callers asking the same question share).
    hidden = (
        set()
        if await _async_is_admin(call)
        else private_persons(call.hass)
        - persons_of_user(call.hass, str(call.context.user_id))
    )
    value = answered.value
    if hidden:
        value = {
            **value,
            "plays": [_kept_private(play, hidden) for play in value["plays"]],
        }
    return {**response, **_room_response(answered), **value}


def _kept_private(play: dict[str, Any], hidden: set[str]) -> dict[str, Any]:
    """Return a play without the persons in `hidden` ("private": neither who nor why)."""
    shown = [person for person in play["persons"] if person not in hidden]
    if len(shown) == len(play["persons"]):
        return play
    return {**play, "persons": shown, "rule": "private"}


def _named_play(
    play: dict[str, Any], owners: Mapping[str, list[str]]
) -> dict[str, Any]:
    """Return a play with its kind, source and attribution named, not numbers.

    As the actions' fields and the export name them: "track", "spotify_player";
    whose it is: `persons` (empty: the household's; a Spotify account's play
    is its linked persons'), `certainty` ("certain", "likely", "household")
    and the `rule` that decided ("account", "started_by", "correction"...;
    "private" for a person who keeps theirs to themselves, `_kept_private`).
    """
    persons = play["persons"]
    return {
        **play,
        "kind": PlayKind(play["kind"]).name.lower(),
        "source": Source(play["source"]).name.lower(),
        "persons": list(
            owners.get(play["account"], []) if persons is None else persons
        ),
        "certainty": Certainty(play["certainty"]).name.lower(),
        "rule": AttributionRule(play["rule"]).name.lower(),
    }


async def _async_play_count(call: ServiceCall) -> ServiceResponse:
    """Count the plays of an artist or a track (or of everything)."""
    name = _name(call.data)
    question, response = await async_question(
        call, Counted.NAME if name else Counted.TOTALS, name=name
    )

    def family(conn: Any, asked: Question, scope: Any) -> dict[str, Any]:
        counted = count_of(conn, asked, scope)
        return {
            "match": to_dict(counted.match),
            "plays": counted.plays,
            "ms_played": counted.ms_played,
        }

    answered = await async_ask(
        call.hass, question, family, same_as=same_question(call, question)
    )
    return {**response, **_room_response(answered), **with_minutes(answered.value)}


# -- how the history syncs --------------------------------------------------


def _sync_entries(hass: HomeAssistant, entry_id: str | None) -> list[ConfigEntry]:
    """Return the chosen Spotify account or Sonos household, else all of them."""
    if entry_id:
        account_of_entry(hass, entry_id)  # a translated error if it is none
        entry = hass.config_entries.async_get_entry(entry_id)
        return [] if entry is None else [entry]
    return [
        entry
        for entry in encore_entries(hass)
        if entry_kind(entry) in (EntryKind.SPOTIFY, EntryKind.SONOS)
    ]


def _secrets(hass: HomeAssistant) -> list[str]:
    """Every token Encore holds: none of them may leave in a response."""
    secrets: list[str] = []
    for entry in hass.config_entries.async_entries(DOMAIN):
        token = entry.data.get("token")
        if isinstance(token, dict):
            secrets += [
                str(token.get(key) or "") for key in ("access_token", "refresh_token")
            ]
    # Short values would only blank out ordinary words.
    return [secret for secret in secrets if len(secret) >= 8]


# What failures say (file paths, a database's host and user): for admins.
_ADMIN_ONLY_KEYS: Final = frozenset({"error", "last_error", "detail"})


def _redacted(
    value: Any, secrets: list[str], hidden: frozenset[str] = frozenset()
) -> Any:
    """`value` with every string cleared of tokens, and the `hidden` keys empty."""
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, "**REDACTED**")
        return value
    if isinstance(value, dict):
        return {
            key: None if key in hidden else _redacted(item, secrets, hidden)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_redacted(item, secrets, hidden) for item in value]
    return value


async def _async_is_admin(call: ServiceCall) -> bool:
    """Whether the caller is an admin (an automation or Home Assistant is)."""
    if call.context.user_id is None:
        return True
    user = await call.hass.auth.async_get_user(call.context.user_id)
    return user is not None and user.is_admin


def _entry_status(hass: HomeAssistant, entry: ConfigEntry) -> dict[str, Any]:
    """Return what an entry is and, when it runs, how its recording is doing."""
    status = {
        "account": entry.title,
        "config_entry_id": entry.entry_id,
        "kind": entry_kind(entry).value,
        "state": entry.state.value,
    }
    if entry.state is ConfigEntryState.LOADED:
        status |= entry.runtime_data.sync_status(hass, entry)
    return status


async def _async_sync_status(call: ServiceCall) -> ServiceResponse:
    """Tell how each collector, the API calls and the jobs are doing."""
    hass = call.hass
    entry_id = call.data.get(ATTR_CONFIG_ENTRY_ID)
    entries = _sync_entries(hass, entry_id)
    manager = async_get_manager(hass)
    history_entry = next(
        (
            entry
            for entry in hass.config_entries.async_loaded_entries(DOMAIN)
            if entry_kind(entry) is EntryKind.HISTORY
        ),
        None,
    )
    players = (
        None
        if history_entry is None
        else history_entry.runtime_data.sync_status(hass, history_entry)[
            "media_players"
        ]
    )
    response: dict[str, Any] = {
        "history": {
            "open": manager.is_open,
            "backend": manager.store.dialect if manager.is_open else None,
        },
        "accounts": [_entry_status(hass, entry) for entry in entries],
        "media_players": players,
        "recent_jobs": [],
        "recent_imports": [],
        "coverage": None,
    }
    if manager.is_open:
        keys = None if entry_id is None else [account_of_entry(hass, entry_id)[0]]
        time_zone = dt_util.get_default_time_zone()

        def read(conn: Connection) -> dict[str, Any]:
            # What the history holds (days, sources, gaps, what imports
            # added): whether the syncing left anything out.
            held = coverage_of(conn, keys, time_zone)
            return {**jobs_of(conn, keys), "coverage": to_dict(held)}

        response.update(
            await manager.async_read(read, same_as=same_question(call, None))
        )
    hidden = frozenset() if await _async_is_admin(call) else _ADMIN_ONLY_KEYS
    return _redacted(response, _secrets(hass), hidden)  # type: ignore[no-any-return]


async def _async_sync_now(call: ServiceCall) -> ServiceResponse:
    """Fetch recently-played now, for the chosen account or all of them."""
    hass = call.hass
    entry_id = call.data.get(ATTR_CONFIG_ENTRY_ID)
    entries = [
        entry
        for entry in _sync_entries(hass, entry_id)
        if entry_kind(entry) is EntryKind.SPOTIFY
    ]
    if entry_id and not entries:
        # A Sonos household records as it plays: there is nothing to fetch.
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="sync_not_spotify",
            translation_placeholders={"entry": _title(hass, entry_id)},
        )
    polled: list[dict[str, Any]] = []
    for entry in entries:
        if (recent := recording_of(hass, entry.entry_id).recent) is None:
            continue
        recent.async_poll_soon()
        polled.append(
            {
                "account": entry.title,
                "next_run": None
                if recent.next_run is None
                else recent.next_run.isoformat(timespec="seconds"),
            }
        )
    if not polled:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="sync_not_recording",
            translation_placeholders={
                "accounts": ", ".join(entry.title for entry in entries) or "-"
            },
        )
    response: dict[str, Any] = {"accounts": polled}
    return response


def _title(hass: HomeAssistant, entry_id: str) -> str:
    entry = hass.config_entries.async_get_entry(entry_id)
    return entry_id if entry is None else entry.title


def _in_callers_turn(
    handler: Callable[[ServiceCall], Any],
) -> Callable[[ServiceCall], Any]:
    """Let an answering action's reads wait in its caller's queue (the history store's read queue).

    It starts in a turn of the event loop of its own (`ReadQueue.async_turn`).
    """

    async def answer(call: ServiceCall) -> ServiceResponse:
        await async_get_manager(call.hass).reads.async_turn()
        with reading_for(call.context.user_id):
            return await handler(call)  # type: ignore[no-any-return]

    return answer


def action_handlers() -> dict[str, Callable[[ServiceCall], Any]]:
    """Return the reading actions' handlers (the websocket commands answer alike).

    Each reads in its caller's turn (`store.reads`).
    """
    return {
        SERVICE_TOP_ITEMS: _in_callers_turn(_async_top_items),
        SERVICE_LISTENING_STATS: _in_callers_turn(_async_listening_stats),
        SERVICE_PLAY_HISTORY: _in_callers_turn(_async_play_history),
        SERVICE_PLAY_COUNT: _in_callers_turn(_async_play_count),
        SERVICE_SYNC_STATUS: _in_callers_turn(_async_sync_status),
    }


def async_setup_services(hass: HomeAssistant) -> None:
    """Register Encore's actions (once, for every entry)."""
    admin: list[tuple[str, Any, vol.Schema]] = [
        (SERVICE_IMPORT_HISTORY, _async_import_history, IMPORT_SCHEMA),
        (SERVICE_EXPORT_HISTORY, _async_export_history, EXPORT_SCHEMA),
        (SERVICE_PURGE_HISTORY, _async_purge_history, PURGE_SCHEMA),
    ]
    for name, handler, schema in admin:
        async_register_admin_service(
            hass,
            DOMAIN,
            name,
            handler,
            schema,  # type: ignore[arg-type]
            supports_response=SupportsResponse.OPTIONAL,
        )
    handlers = action_handlers()
    reading: list[tuple[str, vol.Schema]] = [
        (SERVICE_TOP_ITEMS, TOP_ITEMS_SCHEMA),
        (SERVICE_LISTENING_STATS, LISTENING_STATS_SCHEMA),
        (SERVICE_PLAY_HISTORY, PLAY_HISTORY_SCHEMA),
        (SERVICE_PLAY_COUNT, PLAY_COUNT_SCHEMA),
        (SERVICE_SYNC_STATUS, SYNC_SCHEMA),
    ]
    for name, schema in reading:
        hass.services.async_register(
            DOMAIN,
            name,
            handlers[name],
            schema,  # type: ignore[arg-type]
            supports_response=SupportsResponse.ONLY,
        )
    hass.services.async_register(
        DOMAIN,
        SERVICE_SYNC_NOW,
        _async_sync_now,
        SYNC_SCHEMA,  # type: ignore[arg-type]
        supports_response=SupportsResponse.OPTIONAL,
    )
    async_setup_playlist_actions(hass)

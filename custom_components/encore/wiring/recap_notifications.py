"""When a recap is ready: a notification per person, and the `encore_recap_ready` event.

At `NOTIFY_TIME` local time on the first of each month, each person (a
Spotify account, see `recap_actions`) who wants it gets last month's recap;
on 1 December the year so far (as Spotify's Wrapped comes early in
December) or on 1 January the whole year before, as the person chose
(account options `recap_monthly`, `recap_yearly`). Guests (an account whose
people have no Home Assistant user, or only read-only ones) get none unless
asked: the defaults are on for everyone else.

Each recap with something in it becomes a persistent notification with a
link to the listening page's Recap view, and the event `encore_recap_ready`
carries the period and the headline figures (minutes, top artist and song,
discoveries, the change against the period before), so an automation can
send it to a phone. A period without plays sends nothing.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final
from urllib.parse import urlencode

from homeassistant.auth.const import GROUP_ID_READ_ONLY
from homeassistant.components import persistent_notification
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import CALLBACK_TYPE, HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.event import async_track_time_change
from homeassistant.helpers.translation import async_get_translations
from homeassistant.util import dt as dt_util

from ..const import CONF_PERSONS, CONF_RECAP_MONTHLY, CONF_RECAP_YEARLY, DOMAIN, LOGGER
from ..history.periods import Period, PeriodName, local_midnight
from ..history.questions import RecapStatus, Scope, async_recap, headline, recap_people
from ..history.whose import ResolvedScope, WhoseReason, spotify_entries
from .panel import PANEL_URL_PATH

EVENT_RECAP_READY: Final = "encore_recap_ready"
NOTIFY_TIME: Final = (9, 0, 0)
"""Local hour, minute and second the recaps go out."""
YEARLY_DEFAULT: Final = "december"


@dataclass(frozen=True, slots=True)
class Due:
    """A recap to send: its kind, period and label (YYYY-MM or YYYY)."""

    kind: str
    """"month" or "year"."""
    period: Period
    label: str
    yearly_choice: str | None = None
    """For a year: which choice ("december", "january") it is sent for."""


def due_on(today: date, now: datetime) -> list[Due]:
    """Return the recaps due on a local day (`now` ends a year so far)."""
    time_zone = dt_util.get_default_time_zone()
    due: list[Due] = []
    if today.day != 1:
        return due
    first = local_midnight(today, time_zone)
    before = date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)
    due.append(
        Due(
            "month",
            Period(PeriodName.CUSTOM, local_midnight(before, time_zone), first),
            f"{before.year:04d}-{before.month:02d}",
        )
    )
    if today.month == 12:
        start = local_midnight(date(today.year, 1, 1), time_zone)
        due.append(
            Due(
                "year",
                Period(PeriodName.CUSTOM, start, min(first, now)),
                f"{today.year:04d}",
                "december",
            )
        )
    if today.month == 1:
        start = local_midnight(date(today.year - 1, 1, 1), time_zone)
        due.append(
            Due(
                "year",
                Period(PeriodName.CUSTOM, start, first),
                f"{today.year - 1:04d}",
                "january",
            )
        )
    return due


async def async_is_guest(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    """Whether the account's people have no user, or only read-only ones."""
    users = [
        state.attributes.get("user_id")
        for person in entry.options.get(CONF_PERSONS) or []
        if (state := hass.states.get(str(person))) is not None
    ]
    for user_id in users:
        if not user_id:
            continue
        user = await hass.auth.async_get_user(str(user_id))
        if user is not None and not all(
            group.id == GROUP_ID_READ_ONLY for group in user.groups
        ):
            return False
    return True


async def _async_wants(hass: HomeAssistant, entry: ConfigEntry, due: Due) -> bool:
    options = entry.options
    if due.kind == "month":
        chosen = options.get(CONF_RECAP_MONTHLY)
        if chosen is None:
            return not await async_is_guest(hass, entry)
        return bool(chosen)
    yearly = options.get(CONF_RECAP_YEARLY)
    if yearly is None:
        if await async_is_guest(hass, entry):
            return False
        yearly = YEARLY_DEFAULT
    return yearly == due.yearly_choice


async def _async_texts(hass: HomeAssistant) -> dict[str, str]:
    keys = (
        "recap_notification_title_month",
        "recap_notification_title_year",
        "recap_notification_message",
    )
    texts: dict[str, str] = {}
    for language in (hass.config.language, "en"):
        found = await async_get_translations(hass, language, "exceptions", [DOMAIN])
        for key in keys:
            message = found.get(f"component.{DOMAIN}.exceptions.{key}.message")
            if message is not None:
                texts.setdefault(key, message)
    return texts


def recap_url(label: str, entry_id: str | None) -> str:
    """Return the link to the listening page's Recap view of a period."""
    # The page's own routes are in the hash: #/recap?period=...&whose=...
    query = {"period": label}
    if entry_id is not None:
        query["whose"] = entry_id
    return f"/{PANEL_URL_PATH}#/recap?{urlencode(query)}"


async def async_send_recaps(hass: HomeAssistant, now: datetime) -> int:
    """Send the recaps due at `now` (local); return how many were sent."""
    local = dt_util.as_local(now)
    due = due_on(local.date(), local)
    if not due:
        return 0
    people = recap_people(hass)
    texts = await _async_texts(hass)
    sent = 0
    for entry in spotify_entries(hass):
        account = str(entry.unique_id)
        for recap_due in due:
            if not await _async_wants(hass, entry, recap_due):
                continue
            resolved = ResolvedScope(
                Scope((account,)), [entry.title], None, WhoseReason.ENTRY
            )
            try:
                answer = await async_recap(hass, resolved, recap_due.period)
            except HomeAssistantError as err:
                # The history closed or failed: the others' recaps still go.
                LOGGER.warning(
                    "The %s recap of %s failed: %s", recap_due.label, entry.title, err
                )
                continue
            if answer.status is RecapStatus.NOTHING_YET:
                continue
            figures = headline(answer)
            url = recap_url(recap_due.label, entry.entry_id)
            person = people.get(account, entry.title)
            hass.bus.async_fire(
                EVENT_RECAP_READY,
                {
                    "person": person,
                    "account": entry.title,
                    "config_entry_id": entry.entry_id,
                    "kind": recap_due.kind,
                    "period": recap_due.label,
                    "url": url,
                    **figures,
                },
            )
            _notify(
                hass,
                texts,
                recap_due,
                {"person": person, "url": url, "account": account},
                figures,
            )
            sent += 1
    return sent


def _notify(
    hass: HomeAssistant,
    texts: dict[str, str],
    due: Due,
    who: dict[str, str],
    figures: dict[str, Any],
) -> None:
    """Show one recap as a persistent notification (one per person and period)."""
    title = texts.get(f"recap_notification_title_{due.kind}", "{period}")
    message = texts.get("recap_notification_message", "{person}: {minutes}")
    values = {
        "period": due.label,
        "person": who["person"],
        "minutes": f"{figures['minutes']:,}",
        "artist": figures["top_artist"] or figures["top_show"] or "-",
        "url": who["url"],
    }
    persistent_notification.async_create(
        hass,
        message.format(**values),
        title.format(**values),
        f"{DOMAIN}_recap_{who['account']}_{due.label}",
    )


def async_track_recaps(hass: HomeAssistant) -> CALLBACK_TYPE:
    """Send the recaps when they are due, every day at `NOTIFY_TIME`."""
    hour, minute, second = NOTIFY_TIME

    async def check(now: datetime) -> None:
        await async_send_recaps(hass, now)

    return async_track_time_change(hass, check, hour, minute, second)

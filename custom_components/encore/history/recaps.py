"""The recap of a person or the household, as every door asks it (issue 38).

The action, the websocket commands, the notifications, Assist and the LLM
tool all read a recap through `async_recap`: the same people, the same
household, the same figures. People: each Spotify account is one person of
the household, named by the person it is linked to (its options), else by
the account's title (a Spotify account of someone without a Home Assistant
user). Speakers' and media players' plays are in the figures, and in a
person's part of the household's when attributed to them (issue 46), as
sure as their "my" answers count (`my_certainty`): a person without any
Spotify account is in it too. A person who stays out of attribution, or
keeps whose plays are theirs to themselves (`private_persons`: the recap
is the household's, any user reads it), has their accounts' plays there
alone. An account whose option `recap_household` is off stays out of the
household's figures (its own recap is unchanged), its person with it, and
out of what lists the household's recaps: the months with plays and a
recap's songs.
"""

from collections.abc import Hashable
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection

from homeassistant.core import HomeAssistant, callback
from homeassistant.util import dt as dt_util

from ..const import CONF_PERSONS, CONF_RECAP_HOUSEHOLD
from .attribution.settings import rule_settings
from .manager import async_get_manager
from .periods import Period
from .queries import PlayRule, Scope, TopEntry
from .queries.recap import Recap, months_with_plays, recap, recap_songs
from .whose import ResolvedScope, my_certainty, private_persons, spotify_entries


@callback
def recap_people(hass: HomeAssistant) -> dict[str, str]:
    """Account key -> the person it is, by name (see the module's docstring)."""
    people: dict[str, str] = {}
    for entry in spotify_entries(hass):
        names = [
            state.name
            for person in entry.options.get(CONF_PERSONS) or []
            if (state := hass.states.get(str(person))) is not None
        ]
        people[str(entry.unique_id)] = names[0] if names else entry.title
    return people


@callback
def recap_persons(hass: HomeAssistant, leave_out: list[str]) -> dict[str, str]:
    """Person (named as `recap_people` names them) -> their entity id.

    Whose attributed plays are theirs in the household's part; not those
    who stay out of attribution, keep theirs private, or whose account
    stays out of household figures (`leave_out`).
    """
    people = recap_people(hass)
    gone = {people[key] for key in leave_out if key in people}
    hidden = rule_settings(hass).opted_out | private_persons(hass)
    return {
        state.name: state.entity_id
        for state in hass.states.async_all("person")
        if state.entity_id not in hidden and state.name not in gone
    }


@callback
def staying_out(hass: HomeAssistant) -> list[str]:
    """Accounts whose people keep out of household figures."""
    return [
        str(entry.unique_id)
        for entry in spotify_entries(hass)
        if entry.options.get(CONF_RECAP_HOUSEHOLD) is False
    ]


@callback
def household_leave_out(hass: HomeAssistant, scope: Scope) -> list[str]:
    """Accounts a recap of `scope` leaves out: for everyone, those staying out."""
    return staying_out(hass) if scope.accounts is None else []


def headline(answer: Recap) -> dict[str, Any]:
    """Return the figures a notification, an event or a spoken answer lead with."""
    music, podcasts = answer.music, answer.podcasts
    household = answer.household
    return {
        "status": answer.status.value,
        "start": answer.start.isoformat(),
        "end": answer.end.isoformat(),
        "minutes": (music.minutes if music else 0)
        + (podcasts.minutes if podcasts else 0),
        "music_minutes": music.minutes if music else 0,
        "podcast_minutes": podcasts.minutes if podcasts else 0,
        "top_artist": music.top_artists[0].name
        if music and music.top_artists
        else None,
        "top_song": music.top_songs[0].name if music and music.top_songs else None,
        "top_song_artist": music.top_songs[0].artist
        if music and music.top_songs
        else None,
        "top_show": podcasts.top_shows[0].name
        if podcasts and podcasts.top_shows
        else None,
        "discoveries": music.discoveries if music else 0,
        "minutes_change": answer.comparison.minutes_change
        if answer.comparison
        else None,
        "top_listener": household.listeners[0].person if household else None,
    }


async def async_recap(
    hass: HomeAssistant,
    resolved: ResolvedScope,
    period: Period,
    rule: PlayRule = PlayRule.THIRTY_SECONDS,
) -> Recap:
    """Read the recap of a scope and period (shared until the next write)."""
    manager = async_get_manager(hass)
    manager.require_open()
    people = recap_people(hass)
    leave_out = household_leave_out(hass, resolved.scope)
    persons = recap_persons(hass, leave_out)
    most = my_certainty(hass)
    time_zone = dt_util.get_default_time_zone()
    # Shared until the next write (`store.reads`). A period still going on
    # ends "now", a moment later at each ask: its end is left out, today's
    # date in (a play in between is a write, which starts a new era).
    now = dt_util.now(time_zone)
    ongoing = period.end >= now - timedelta(minutes=1)
    key: Hashable = (
        "recap",
        rule,
        tuple(sorted(people.items())),
        tuple(sorted(persons.items())),
        most,
        tuple(leave_out),
        resolved.scope,
        period.start,
        None if ongoing else period.end,
        str(time_zone),
        now.date(),
    )

    def read(conn: Connection) -> Recap:
        return recap(
            conn,
            resolved.scope,
            period.start,
            period.end,
            time_zone,
            rule=rule,
            people=people,
            persons=persons,
            most=most,
            leave_out=leave_out,
        )

    return await manager.async_read(read, same_as=key)


async def async_recap_months(
    hass: HomeAssistant, scope: Scope
) -> list[tuple[int, int]]:
    """Return the (year, month) a recap of the scope has plays in, newest first.

    Shared until the next write, as the recap is: the listening page's
    chooser and the media source's *Recaps* ask it at every look.
    """
    manager = async_get_manager(hass)
    manager.require_open()
    leave_out = household_leave_out(hass, scope)
    time_zone = dt_util.get_default_time_zone()
    return await manager.async_read(
        lambda conn: months_with_plays(conn, scope, time_zone, leave_out=leave_out),
        same_as=(
            "recap_periods",
            scope,
            tuple(leave_out),
            str(time_zone),
            dt_util.now(time_zone).date(),
        ),
    )


async def async_recap_songs(
    hass: HomeAssistant, scope: Scope, period: Period, *, limit: int
) -> list[TopEntry]:
    """Return a recap's songs with their artwork, best first (`recap_songs`)."""
    manager = async_get_manager(hass)
    manager.require_open()
    leave_out = household_leave_out(hass, scope)
    return await manager.async_read(
        lambda conn: recap_songs(
            conn, scope, period, leave_out=leave_out, limit=limit, images=True
        )
    )

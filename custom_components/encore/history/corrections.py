"""Saying whose a play (or a whole session) was, and taking it back.

The listening page's timeline and the websocket command `encore/attribute`
come here. An administrator may say anything; anyone else may say a play was
theirs or the household's, of plays that are theirs or the household's now
(another person's plays are theirs to correct). A corrected play is certain;
the answers read the plays' attribution, so they follow at once, and the
rollups by account are not touched (no account's figures change). See
`store.attribution` for how a correction is kept and undone.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

from homeassistant.auth.models import User
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers.dispatcher import async_dispatcher_send

from ..const import DOMAIN
from .manager import SIGNAL_HISTORY_CHANGED, HistoryChange, async_get_manager
from .store import attribution, outbox
from .store.schema import accounts, plays
from .store.writes import WriterState
from .whose import PERSON_DOMAIN, account_persons, persons_of_user


@dataclass(frozen=True, slots=True)
class Corrected:
    """What a correction changed."""

    play_ids: list[int]
    """The plays it was about (a session's, in order)."""
    changed: int
    lastfm_kept: tuple[str, ...] = ()
    """Last.fm accounts that had these plays scrobbled already: Last.fm's API
    cannot take a scrobble back (ListenBrainz's listens are deleted)."""


def _refuse(key: str, **placeholders: str) -> ServiceValidationError:
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=key,
        translation_placeholders=placeholders or None,
    )


def _current_persons(
    conn: Connection, play_ids: Sequence[int], owners: Mapping[str, list[str]]
) -> dict[int, tuple[str, ...]]:
    """Whose each play is now (an account's play: its persons)."""
    stored = attribution.attributions_of(conn, play_ids)
    keys = {
        int(play_id): str(key)
        for play_id, key in conn.execute(
            plays.join(accounts, accounts.c.id == plays.c.account_id)
            .select()
            .with_only_columns(plays.c.id, accounts.c.key)
            .where(plays.c.id.in_(list(play_ids)))
        ).tuples()
    }
    return {
        play_id: (
            stored[play_id].persons if play_id in stored else tuple(owners.get(key, ()))
        )
        for play_id, key in keys.items()
    }


async def async_correct(
    hass: HomeAssistant,
    user: User,
    play_id: int,
    persons: Sequence[str],
    *,
    session: bool = False,
    undo: bool = False,
) -> Corrected:
    """Say whose a play (or its session) was: `persons`, or none for the household's.

    `undo` puts back what the rules had decided instead. Raises
    ServiceValidationError (translated) for a person Encore does not know,
    a play that is not there, or a correction that is not the user's to make.
    """
    chosen = sorted(set(persons))
    for person in chosen:
        if (
            not person.startswith(f"{PERSON_DOMAIN}.")
            or hass.states.get(person) is None
        ):
            raise _refuse("unknown_person", person=person)
    mine = persons_of_user(hass, user.id)
    if not user.is_admin and not set(chosen) <= mine:
        raise _refuse("correction_not_yours")
    owners = account_persons(hass)

    def write(conn: Connection, _state: WriterState) -> Corrected:
        ids = attribution.session_of(conn, play_id) if session else [play_id]
        current = _current_persons(conn, ids, owners)
        if not current:
            raise _refuse("play_not_found", play_id=str(play_id))
        if not user.is_admin and any(
            whose and not set(whose) <= mine for whose in current.values()
        ):
            raise _refuse("correction_not_yours")
        changed = (
            attribution.undo(conn, ids)
            if undo
            else attribution.correct(conn, ids, chosen)
        )
        kept = outbox.sent_to(conn, ids, "lastfm:") if changed else []
        return Corrected(ids, changed, tuple(t.split(":", 1)[1] for t in kept))

    done = await async_get_manager(hass).async_write(write)
    async_dispatcher_send(
        hass,
        SIGNAL_HISTORY_CHANGED,
        HistoryChange(None, attribution=True, play_ids=tuple(done.play_ids)),
    )
    return done

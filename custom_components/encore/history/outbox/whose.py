"""Which plays are a scrobbling target's: the person's, from the sources they chose.

A play is a person's by the attribution of issue 46, read through
`store.attribution.person_scope`: their own Spotify accounts' plays, and
the plays of speakers and players attributed to them (as certain as the
household's "my" counts). Of those, only the sources the person chose go
out: each Spotify account on its own (off unless chosen: Spotify's own
Last.fm connection may scrobble it already), Sonos speakers, other players.
"""

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, false, or_, select

from ..models import Certainty
from ..store.attribution import person_scope
from ..store.schema import PLAYER_ACCOUNT_PREFIX, SONOS_ACCOUNT_PREFIX, accounts, plays


@dataclass(frozen=True, slots=True)
class Whose:
    """A target's person and chosen sources, as plain values (from the entry)."""

    person: str
    """The person's entity id (`person.ada`)."""
    spotify_accounts: tuple[str, ...] = ()
    """Chosen Spotify accounts (user ids) that are this person's alone."""
    sonos: bool = True
    players: bool = True
    most: Certainty = Certainty.LIKELY


def belongs(conn: Connection, whose: Whose) -> ColumnElement[bool]:
    """Return the condition a play of the target meets (read on the writer)."""
    own = [
        int(i)
        for i in conn.execute(
            select(accounts.c.id).where(accounts.c.key.in_(whose.spotify_accounts))
        ).scalars()
    ]
    kinds = [
        accounts.c.key.like(f"{prefix}%")
        for prefix, chosen in (
            (SONOS_ACCOUNT_PREFIX, whose.sonos),
            (PLAYER_ACCOUNT_PREFIX, whose.players),
        )
        if chosen
    ]
    allowed = list(own)
    if kinds:
        allowed.extend(
            int(i)
            for i in conn.execute(select(accounts.c.id).where(or_(*kinds))).scalars()
        )
    if not allowed:
        return false()
    scope = person_scope(conn, whose.person, own, whose.most)
    return scope.condition(plays) & plays.c.account_id.in_(allowed)

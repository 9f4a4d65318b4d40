"""The songs a "play my favourites" request plays: the asker's top songs, or an artist's.

Assist's "play my most played Daft Punk songs" (`voice/play_favourites.py`)
asks a `Question` that ranks tracks; with a `Name` the ranking keeps the
songs of the artist the name most likely means among the asker's plays.
"""

from dataclasses import dataclass

from sqlalchemy import Connection

from ..queries import Match, Scope, TopEntry
from ..queries.artist_tracks import artist_top_tracks
from .families import ranking_of
from .question import Question


@dataclass(frozen=True, slots=True)
class Favourites:
    """The songs to play, best first; `match` the artist a name meant."""

    entries: list[TopEntry]
    match: Match | None = None


def favourites_of(conn: Connection, question: Question, scope: Scope) -> Favourites:
    """Rank the question's songs: all of its period's, or its named artist's."""
    if question.name is None:
        return Favourites(ranking_of(conn, question, scope, images=False))
    found = artist_top_tracks(
        conn,
        scope,
        question.period,
        question.name.said,
        limit=question.limit,
        rule=question.rule,
    )
    return Favourites(found.entries, found.match)

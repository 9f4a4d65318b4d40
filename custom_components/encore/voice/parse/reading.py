"""What a reading of a question says: what is asked and its parts."""

from dataclasses import dataclass
from enum import StrEnum


class Asked(StrEnum):
    """What a question asks, one value per answer Encore has."""

    TOP = "top"
    ON_REPEAT = "on_repeat"
    LISTENING_TIME = "listening_time"
    PLAYS = "plays"
    SONGS = "songs"
    ARTISTS = "artists"
    PLAY_COUNT = "play_count"
    DID_I = "did_i"
    FIRST_PLAY = "first_play"
    LAST_PLAY = "last_play"
    FIRST_IN = "first_in"
    LAST_IN = "last_in"
    WHAT_PLAYED = "what_played"
    TASTE = "taste"
    PEAK = "peak"
    NEW_ARTISTS = "new_artists"
    SKIPS = "skips"
    REPEAT = "repeat"
    MOST_SKIPPED = "most_skipped"
    STREAK = "streak"
    RECAP = "recap"
    """A year, a month, the summer or the household summed up (issue 38), or
    any period (issue 45)."""
    DAY_PARTS = "day_parts"
    """Mornings, afternoons, evenings or nights: when more is played."""
    WEEK_PARTS = "week_parts"
    """Weekdays or weekends: when more is played."""


NAMED = frozenset({Asked.PLAY_COUNT, Asked.DID_I, Asked.FIRST_PLAY, Asked.LAST_PLAY})
"""What is asked about one artist or track."""


@dataclass(frozen=True, slots=True)
class Reading:
    """What a question asks, as read from its words."""

    asked: Asked | None
    """None: about listening, but no question Encore answers."""
    when: str | None = None
    """The words of the period, as `when.parse_when` reads them."""
    unread: str | None = None
    """Words that look like a time and are none ("back in the day")."""
    name: str | None = None
    """The artist or track asked about, with a period said after it."""
    person: str | None = None
    """Whose plays, when not the asker's: a name as said."""
    everyone: bool = False
    """"We", "us": the household's plays."""
    place: str | None = None
    """A room or speaker with its preposition: "in the kitchen"."""
    kind: str | None = None
    """What a ranking or a skip ranking ranks: artist, track, album, show."""
    limit: int | None = None
    content: str = "everything"
    """music, podcasts or everything: what "music", "podcasts" said mean."""
    recap: str | None = None
    """With RECAP: year, month, last_month, summer, household or period."""
    month: int | None = None
    """With a month's recap: 1 to 12."""
    sure: bool = False
    """The words say what is asked by words only it holds (a rank word with no
    count, on repeat, a name's first or last play with the name): a listed
    sentence of another family yields to it (issue 45, "no wrong fact")."""
    timed: bool = False
    """With PLAY_COUNT: asked as a listening time ("how long did I listen to
    Air"), so the answer is the name's minutes."""
    kind_said: bool = False
    """A ranking's kind was said ("acts", "LP", "Platte"), not taken as songs."""
    said: str | None = None
    """The words read, when only part of the utterance was (a story's
    clauses left out: `story_clauses`)."""
    narrowed: str | None = None
    """Words that narrow the question as no family can ("queen" of "my most
    played queen song", "in the mornings"): said back, never left out
    (`narrowed.py`)."""

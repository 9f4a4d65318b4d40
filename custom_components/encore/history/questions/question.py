"""The one value every front door asks the history with: a `Question`.

An action, a websocket command, an Assist sentence and an LLM tool each parse
their input into a `Question` (what is counted and how many, the period
resolved once in the user's time zone, whose plays, where, which content, the
play rule) and render the answer the question layer gives back. Nothing of the
doors builds a query of its own, so the same question gets the same figures
through every door.
"""

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Final, Self

from ..models import PlayKind
from ..periods import Period
from ..queries import PlayRule, RankBy, Scope, TopKind


class Content(StrEnum):
    """What people mean by "music", "podcasts" or "listening".

    "Music", "songs" and "tracks" are tracks only; "podcasts", "episodes" and
    "shows" are episodes; "audiobooks" are chapters of audiobooks; plain
    "listening" is everything, streams Spotify lost the metadata of included.
    """

    MUSIC = "music"
    PODCASTS = "podcasts"
    AUDIOBOOKS = "audiobooks"
    EVERYTHING = "everything"

    @property
    def kinds(self) -> tuple[PlayKind, ...] | None:
        """The kinds of streams it is; None: every kind."""
        return _KINDS[self]


_KINDS: Final[dict[Content, tuple[PlayKind, ...] | None]] = {
    Content.MUSIC: (PlayKind.TRACK,),
    Content.PODCASTS: (PlayKind.EPISODE,),
    Content.AUDIOBOOKS: (PlayKind.AUDIOBOOK,),
    Content.EVERYTHING: None,
}

# The content a ranking of each kind is about (artists, tracks and albums are
# music; shows are podcasts).
RANKED_CONTENT: Final[dict[TopKind, Content]] = {
    TopKind.ARTIST: Content.MUSIC,
    TopKind.TRACK: Content.MUSIC,
    TopKind.ALBUM: Content.MUSIC,
    TopKind.SHOW: Content.PODCASTS,
}


class Counted(StrEnum):
    """What a question counts: the answer family it goes to.

    Rankings count one `TopKind` (`Question.ranked`); totals count plays,
    time, different songs and artists together.
    """

    TOTALS = "totals"
    RANKING = "ranking"
    NAME = "name"
    """The plays of one artist or track (`Question.name`)."""
    PLAYS = "plays"
    """The plays themselves, newest first (a history, the last play)."""
    TASTE = "taste"


@dataclass(frozen=True, slots=True)
class Where:
    """Where the plays were heard: a room or speaker, as device names.

    `choices` are groups of device names the place may stand for ("the TV
    room": the TV Room and its area's players, else "TV" and its area's);
    the first group of which the history knows a device wins. `said` is the
    place as the asker named it ("in the kitchen").
    """

    said: str
    choices: tuple[tuple[str, ...], ...]
    area: bool = False
    """Whether Home Assistant has an area of the name: the place is known then
    even when none of its devices played yet."""

    @property
    def name(self) -> str:
        """The place alone, as said ("bedroom speaker" of "on the bedroom speaker")."""
        return self.choices[0][0] if self.choices and self.choices[0] else self.said


@dataclass(frozen=True, slots=True)
class Whose:
    """Whose plays: the accounts and how the answer names them."""

    scope: Scope
    """Account keys (None: everyone's) and a source, when one was asked."""
    accounts: tuple[str, ...] = ()
    """Titles of the accounts, for the answer."""
    said: str | None = None
    """A phrase to add when whose history it is was not obvious."""
    if_several: str | None = None
    """The phrase to add if the history holds several people's plays (only a
    read can tell: `queries.listeners`)."""


@dataclass(frozen=True, slots=True)
class Name:
    """An artist or a track asked about by name."""

    said: str
    """As asked: "One More Time by Daft Punk", "Daft Punk"."""
    artist: str | None = None
    """A track's artist, given apart (an LLM's or an action's field)."""
    track: str | None = None
    """A track's title, given apart; else `said` is an artist or a track."""
    language: str = "en"
    """The asker's language, for "<title> by <artist>" said in one."""


@dataclass(frozen=True, slots=True)
class Question:
    """One question about the listening history, as every door asks it.

    `period` is resolved once, in the asker's time zone, by the door that
    heard it (`fields.period_of` for fields, `voice.when` for words).
    """

    counted: Counted
    period: Period
    whose: Whose
    content: Content = Content.EVERYTHING
    where: Where | None = None
    rule: PlayRule = PlayRule.THIRTY_SECONDS
    ranked: TopKind = TopKind.ARTIST
    """What a ranking ranks."""
    rank_by: RankBy = RankBy.PLAYS
    limit: int = 10
    """How many entries or plays the answer holds."""
    name: Name | None = None
    label: str | None = None
    """What the answer calls the period when it was heard in words ("last
    Friday evening in the kitchen"); None: its name says it."""

    def __deepcopy__(self, memo: dict[int, object]) -> Self:
        """Return itself: a question is immutable all through.

        Every asker of a shared answer may hold the same
        (`Answered.question`, `store.reads.async_own_copy`).
        """
        return self

    @property
    def scope(self) -> Scope:
        """The scope the queries read: whose plays, of which content."""
        content = (
            RANKED_CONTENT[self.ranked]
            if self.counted is Counted.RANKING
            else self.content
        )
        kinds = content.kinds
        return replace(
            self.whose.scope,
            kinds=None if kinds is None else tuple(int(kind) for kind in kinds),
        )

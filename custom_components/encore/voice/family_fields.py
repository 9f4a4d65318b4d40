"""Each answer family's own fields, declared once for Assist and the LLM tools.

A family asks more than a period: a ranking says what it ranks, by what and
how many; a habit says which. Both doors take these fields (issue 44.2,
45.1): the intent handlers as slots a sentence fills (`slots`), the LLM
tools as parameters an agent fills, with defaults (`parameters`). The
`Question`'s part they make is built from the values here too
(`ranking_asked`, `habit_asked`), so a door never declares or reads them
again. The period, content, rule and room are the question layer's fields
(`history.questions.fields`).
"""

from dataclasses import dataclass
from typing import Any, Final

import probatio

from ..history.questions import RankBy, TopKind
from .ask import TIES_NAMED
from .habits import SKIPPED_KINDS, Habit

# An agent may list this many; a spoken answer is shorter.
MAX_LIMIT: Final = 50
# "Top N" said or typed: more than this is a list nobody listens to.
MAX_SPOKEN_LIMIT: Final = 10


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a family: its name, what it means, what it takes."""

    key: str
    description: str
    choices: tuple[str, ...] | None = None
    """The values it takes; None: a count from 1."""
    default: Any = None
    """What a tool's agent gets when it leaves the field out (a sentence
    leaves it out to mean the family's own default)."""
    required: bool = False
    spoken_description: str | None = None
    """For a sentence's slot, when it reads otherwise than for an agent."""

    def validator(self, most: int) -> Any:
        """Return the value's check: one of the choices, or a count up to `most`."""
        if self.choices is not None:
            return probatio.In(list(self.choices))
        return probatio.All(probatio.Coerce(int), probatio.Range(min=1, max=most))

    def slot(self) -> tuple[Any, Any]:
        """Return the intent's slot: no default (the family's own applies)."""
        description = self.spoken_description or self.description
        marker = probatio.Required if self.required else probatio.Optional
        return marker(self.key, description=description), self.validator(
            MAX_SPOKEN_LIMIT
        )

    def parameter(self) -> tuple[Any, Any]:
        """Return the tool's parameter, with its default."""
        key: probatio.Marker
        if self.required:
            key = probatio.Required(self.key, description=self.description)
        elif self.default is None:
            key = probatio.Optional(self.key, description=self.description)
        else:
            key = probatio.Optional(
                self.key, description=self.description, default=self.default
            )
        return key, self.validator(MAX_LIMIT)


RANKING: Final = (
    Field(
        "kind",
        "What to rank",
        tuple(kind.value for kind in TopKind),
        TopKind.ARTIST.value,
        spoken_description="artist, track, album or show",
    ),
    Field(
        "rank_by",
        "plays or time (milliseconds listened)",
        tuple(rank.value for rank in RankBy),
        RankBy.PLAYS.value,
        spoken_description="plays or time",
    ),
    Field(
        "limit", "How many to return", default=10, spoken_description="How many to name"
    ),
)
"""A ranking: what it ranks, by what, how many."""

HABITS: Final = (
    Field("habit", "Which habit", tuple(habit.value for habit in Habit), required=True),
    Field(
        "kind",
        "For most_skipped: track or artist",
        tuple(kind.value for kind in SKIPPED_KINDS),
        TopKind.TRACK.value,
        spoken_description="With most_skipped: track or artist",
    ),
    Field(
        "limit",
        "For most_skipped: how many",
        default=10,
        spoken_description="With most_skipped: how many to name",
    ),
)
"""A habit: which, and what and how many the most skipped are."""

MEASURE: Final = (
    Field(
        "measure",
        "plays, or time when asked how long",
        ("plays", "time"),
        "plays",
        spoken_description="plays, or time when asked how long",
    ),
)
"""A name's count: its plays, or how long it was heard (its minutes first)."""

RECENT: Final = (Field("limit", "How many recent plays to list", default=10),)
"""What was played: how many plays to list."""


def slots(fields: tuple[Field, ...]) -> dict[Any, Any]:
    """Return a family's fields as an intent's slots."""
    return dict(field.slot() for field in fields)


def parameters(fields: tuple[Field, ...]) -> dict[Any, Any]:
    """Return a family's fields as an LLM tool's parameters."""
    return dict(field.parameter() for field in fields)


def ranking_asked(
    values: dict[str, Any], *, spoken: int | None = None
) -> dict[str, Any]:
    """Return a ranking's part of the `Question`, from either door's values.

    `spoken`: how many a spoken answer names when none was said; the
    ranking then reads past that many and past `TIES_NAMED`, so those level
    with the first are named too ("my number one": two level at the top),
    and a tie too long to name is known to be one ("my top two songs
    yesterday", when every song played once).
    """
    limit = int(values.get("limit", spoken or 10))
    return {
        "ranked": TopKind(values.get("kind", TopKind.ARTIST)),
        "rank_by": RankBy(values.get("rank_by", RankBy.PLAYS)),
        "limit": limit if spoken is None else max(limit, spoken, TIES_NAMED + 1),
    }


def habit_asked(
    values: dict[str, Any], *, spoken: int | None = None
) -> tuple[Habit, dict[str, Any]]:
    """Return the habit asked and its part of the `Question`.

    `spoken`: as for `ranking_asked` (the most skipped read past the one
    named).
    """
    limit = int(values.get("limit", 1 if spoken else 10))
    return Habit(values["habit"]), {
        "ranked": TopKind(values.get("kind", TopKind.TRACK)),
        "limit": limit if spoken is None else max(limit, spoken),
    }

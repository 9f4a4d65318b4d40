"""The question layer: every front door asks the history through it.

A door parses its input into a `Question` (`question.py`, with the fields of
`fields.py` declared once for the actions and the LLM tools), asks it with
`async_ask` (`asking.py`, one read) and an answer family (`families.py`),
and renders the answer. See README.md.
"""

from ..queries import (
    RANKED,
    WEEKDAYS,
    FirstLast,
    HistorySettlingError,
    Match,
    PlayRow,
    PlayRule,
    RankBy,
    Ranking,
    RecentPlays,
    Scope,
    SkipEntry,
    Streaks,
    TopEntry,
    TopKind,
    Totals,
    normalize_name,
    to_dict,
)
from .asking import Answered, async_ask, reading_for
from .question import RANKED_CONTENT, Content, Counted, Name, Question, Where, Whose

__all__ = [
    "RANKED",
    "RANKED_CONTENT",
    "WEEKDAYS",
    "Answered",
    "Content",
    "Counted",
    "FirstLast",
    "HistorySettlingError",
    "Match",
    "Name",
    "PlayRow",
    "PlayRule",
    "Question",
    "RankBy",
    "Ranking",
    "RecentPlays",
    "Scope",
    "SkipEntry",
    "Streaks",
    "TopEntry",
    "TopKind",
    "Totals",
    "Where",
    "Whose",
    "async_ask",
    "normalize_name",
    "reading_for",
    "to_dict",
]

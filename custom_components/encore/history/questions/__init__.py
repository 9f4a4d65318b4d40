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
    accounts_with_plays,
    normalize_name,
    peak_cell,
    to_dict,
)
from ..queries.recap import Recap, RecapStatus
from ..recaps import async_recap, headline
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
    "Recap",
    "RecapStatus",
    "RecentPlays",
    "Scope",
    "SkipEntry",
    "Streaks",
    "TopEntry",
    "TopKind",
    "Totals",
    "Where",
    "Whose",
    "accounts_with_plays",
    "async_ask",
    "async_recap",
    "headline",
    "normalize_name",
    "peak_cell",
    "reading_for",
    "to_dict",
]

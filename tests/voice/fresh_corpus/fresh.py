"""One fresh question: its words, and what it means (the writers' labels).

The writers were given `/work/briefs/45-writers.md` (copied to `BRIEF.md`
here): a plain description of each family, the facts of the test history
and the period keys, never Encore's sentences or parser. Their phrasings are
kept as written; only a label plainly wrong against the brief is fixed, and
the fix is said in `FIXED_LABELS` of `__init__.py`.
"""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Fresh:
    """A question as a writer wrote it, and its labels."""

    text: str
    family: str
    """A key of `test_voice_corpus.SLOTS`, or a family the brief added."""
    period: str | None = None
    """A key of the periods (`PERIODS`, `heldout_corpus.EXTRA_PERIODS`,
    `FRESH_PERIODS`); None: no time said (all time) or a family without one."""
    name: str | None = None
    """The name as stored in the history (or one it does not hold)."""
    moment: str | None = None
    """`playing_at`: the local moment meant, "YYYY-MM-DD HH:MM"."""
    content: str | None = None
    """"music" or "podcasts" when the question limits itself to one."""
    count: int | None = None
    """How many items were asked for."""
    room: str | None = None
    """"kitchen" when the question says it."""
    person: str | None = None
    """"Ada", or "we" for the household."""

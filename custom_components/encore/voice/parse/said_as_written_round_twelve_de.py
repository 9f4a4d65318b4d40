"""German of blind round twelve's writers 498 and 500, grouped (issue 45's seventy-third turn).

One reader for `said_as_written_de`, so that the readers of this round's
other writers join that module without touching the same lines: a Zurich
banker's Swiss Standard German ("seit anfangs Oktober", "Letztmals X
gehört - wann war das?", "Rapport", 498) and a Hanover teacher's exact
periphrases ("am Vormittag des heutigen Tages", 500). Each changes only
words its own speaker says.
"""

from .precise_teacher_de import said_as_precise_teacher
from .zurich_banker_de import said_as_zurich_banker


def said_in_round_twelve_de(text: str) -> str:
    """Return `text` with these speakers' German words said in standard ones."""
    return said_as_precise_teacher(said_as_zurich_banker(text))

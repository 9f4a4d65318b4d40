"""The fresh corpus: listening questions by writers who never saw Encore.

Five writers, each with a persona (a terse smart-speaker user, a chatty
person, a teenager, a grandparent, a non-native speaker dictating with
speech-to-text slips), were given only `BRIEF.md`: each family in plain
words, the facts of the test history, the period keys and this format. Each
wrote `writer_<n>_<language>.py`: `FRESH` (questions and what they mean) and
`NEGATIVES` (home control and media commands that must never reach Encore).
The files are kept as written; `FIXED_LABELS` lists the labels corrected
because they were plainly wrong against the brief (never a phrasing).
"""

from dataclasses import dataclass, replace
from datetime import datetime
import importlib
from pathlib import Path

from ..heldout_corpus import EXTRA_PERIODS
from ..voice_corpus import NOW, PERIODS, TZ, Said, at
from .fresh import Fresh

# Periods the brief names that neither older corpus says.
FRESH_PERIODS = {
    "last_weekend": Said("last weekend", "letztes Wochenende", at(11, 14), at(11, 16)),
    "summer": Said("this summer", "diesen Sommer", at(6, 1), at(9, 1)),
    # The brief's: in November 2026, last summer is 2025's ("this summer"
    # says 2026's; `voice.seasons`, issue 45's twenty-eighth turn).
    "last_summer": Said(
        "last summer", "letzten Sommer", at(6, 1, year=2025), at(9, 1, year=2025)
    ),
}
# Labels corrected: (writer file, text) -> the fields that were wrong.
FIXED_LABELS: dict[tuple[str, str], dict[str, object]] = {
    # The brief: `content` is "music" when the question limits itself to music
    # ("songs", "tracks", "tunes", "music"); these say "music" and were left
    # unlabelled (issue 45, the voice helper's turn).
    ("writer_4_en", "Do I listen to more music on weekdays or at the weekend?"): {
        "content": "music"
    },
    ("writer_4_en", "Is the music on more at weekends than during the working week?"): {
        "content": "music"
    },
    ("writer_4_de", "Höre ich morgens oder abends mehr Musik?"): {"content": "music"},
}


@dataclass(frozen=True, slots=True)
class Writer:
    """One writer's file: who, which language, what they wrote."""

    key: str
    """"writer_1_en"."""
    language: str
    fresh: list[Fresh]
    negatives: list[str]


def said(period: str | None) -> Said | None:
    """The span a period key means, from any of the tables."""
    if period is None:
        return None
    return PERIODS.get(period) or EXTRA_PERIODS.get(period) or FRESH_PERIODS[period]


def moment(fresh: Fresh) -> datetime | None:
    """The moment a `playing_at` question means, aware."""
    if fresh.moment is None:
        return None
    return datetime.strptime(fresh.moment, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def writers(language: str | None = None) -> list[Writer]:
    """Every writer file (of a language), labels fixed as `FIXED_LABELS` says."""
    found = []
    for path in sorted(Path(__file__).parent.glob("writer_*_*.py")):
        key = path.stem
        lang = key.rsplit("_", 1)[1]
        if language is not None and lang != language:
            continue
        module = importlib.import_module(f"{__name__}.{key}")
        fresh = [
            replace(row, **FIXED_LABELS.get((key, row.text), {}))  # type: ignore[arg-type]
            for row in module.FRESH
        ]
        found.append(Writer(key, lang, fresh, list(module.NEGATIVES)))
    return found


__all__ = ["FRESH_PERIODS", "NOW", "Fresh", "Writer", "moment", "said", "writers"]

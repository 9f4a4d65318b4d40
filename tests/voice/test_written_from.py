"""The written-from part: every outside writer's question still read as pinned (issue 45).

Each new reader was written from one writer's phrasings, and readers that
reached past their writer broke earlier answers that no helper's own tests
showed (issue 45's sixteenth turn: 23 answers, 12 older test cases). This
reads every question of writers 21 to 74 with the pure parser and compares
it with `written_from/readings.tsv`. A change names each reading it moves,
old and new; after reading them, pin again
(`PYTHONPATH=. python -m tests.voice.written_from.pin`).
"""

import pytest

from .written_from import SHARDS, moved, pinned, questions


def test_every_question_is_pinned() -> None:
    """The pins hold each question of the files, and nothing else."""
    said = set(questions())
    pins = pinned()
    assert said == set(pins), (
        f"not pinned: {sorted(said - set(pins))[:10]}; "
        f"pinned but gone: {sorted(set(pins) - said)[:10]}"
    )
    assert len(said) > 4_000


@pytest.mark.parametrize("shard", range(SHARDS))
def test_readings_are_as_pinned(shard: int) -> None:
    """Every question is read as when it was pinned; each one moved is named."""
    found = moved(shard)
    assert not found, f"{len(found)} readings moved:\n" + "\n".join(found[:40])

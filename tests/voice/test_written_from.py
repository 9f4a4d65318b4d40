"""The written-from part: every outside writer's question still read as pinned (issue 45).

Each new reader was written from one writer's phrasings, and readers that
reached past their writer broke earlier answers that no helper's own tests
showed (issue 45's sixteenth turn: 23 answers, 12 older test cases). This
reads every question of writers 21 to 74 with the pure parser and compares
it with `written_from/readings.tsv`. A change names each reading it moves,
old and new; after reading them, pin again
(`PYTHONPATH=. python -m tests.voice.written_from.pin`).
"""

from .written_from import pinned, questions, reading_of


def test_every_question_is_pinned() -> None:
    """The pins hold each question of the files, and nothing else."""
    said = set(questions())
    pins = pinned()
    assert said == set(pins), (
        f"not pinned: {sorted(said - set(pins))[:10]}; "
        f"pinned but gone: {sorted(set(pins) - said)[:10]}"
    )
    assert len(said) > 4_000


def test_readings_are_as_pinned() -> None:
    """Every question is read as when it was pinned; each one moved is named."""
    moved = [
        f"{language}: {text!r}\n  pinned: {reading}\n  now:    {now}"
        for (language, text), reading in sorted(pinned().items())
        if (now := reading_of(text, language)) != reading
    ]
    assert not moved, f"{len(moved)} readings moved:\n" + "\n".join(moved[:40])

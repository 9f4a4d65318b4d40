"""The written-from part: outside writers whose failures Encore was mended from.

Issue 45, item 6: "phrasings that once failed and were fixed move to the
written-from part". Writers 21 to 58, 59 to 86, 113 to 219, 228 to 283, 292 to 411 and
473 to 521 were each given only
`fresh_corpus/BRIEF.md` and a persona, never Encore's sentences or parser,
and were scored blind against Encore before their failures were mended (the
closing notes of issue 45's eighth to seventy-sixth turns quote each). Their
files are kept here as written. Encore was then changed to read them, so
they no longer measure how Encore understands strangers (`fresh_corpus`
and the next turn's blind writers do); they guard what was mended.

`readings.tsv` pins the pure parser's reading of every question (no Home
Assistant, so all 59,000 or so are read in about fifteen minutes per worker): a reader written for
one way of speaking that reaches past it changes another writer's reading,
and `test_written_from` names each one. Regenerate after reading every change:
`PYTHONPATH=. python -m tests.voice.written_from.pin`.
"""

import ast
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from custom_components.encore.voice.parse import read_question
from custom_components.encore.voice.parse.reading import Reading

from ..voice_corpus import NOW, TZ

HERE = Path(__file__).parent
PINS = HERE / "readings.tsv"


def questions() -> Iterator[tuple[str, str]]:
    """Yield (language, text) of every writer's questions, in file order.

    Read from the files' syntax, not imported: the texts are all the pins need.
    """
    for path in sorted(HERE.glob("writer_*_*.py")):
        language = path.stem.rsplit("_", 1)[1]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Fresh"
            ):
                for keyword in node.keywords:
                    if keyword.arg == "text" and isinstance(
                        keyword.value, ast.Constant
                    ):
                        yield language, str(keyword.value.value)


def commands(language: str) -> Iterator[tuple[str, str]]:
    """Yield (writer, text) of each writer's negatives of `language`, in file order."""
    for path in sorted(HERE.glob(f"writer_*_{language}.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id == "NEGATIVES"
                and isinstance(node.value, ast.List)
            ):
                for item in node.value.elts:
                    if isinstance(item, ast.Constant):
                        yield path.stem, str(item.value)


def reading_of(text: str, language: str, now: datetime = NOW) -> str:
    """Return the parser's reading of `text`, one line of its fields."""
    reading: Reading = read_question(text, language, now, TZ)
    fields = (
        reading.asked.value if reading.asked else None,
        reading.when,
        reading.unread,
        reading.name,
        reading.person,
        reading.everyone,
        reading.place,
        reading.kind,
        reading.limit,
        reading.content,
        reading.recap,
        reading.month,
        reading.sure,
        reading.kind_said,
    )
    return " | ".join("-" if value is None else str(value) for value in fields)


SHARDS = 8
"""The pins are read in this many parts, each a test of its own (`conftest.py`
hands them to the workers one by one): read in one test, the 32,000 questions
kept one worker busy long after the other had finished."""


def moved(shard: int) -> list[str]:
    """Name each pinned reading of part `shard` that the parser now reads otherwise.

    Part `shard` holds every `SHARDS`-th question from the `shard`-th on, so
    each part holds writers of every era and takes about as long as the next.
    """
    return [
        f"{language}: {text!r}\n  pinned: {reading}\n  now:    {now}"
        for (language, text), reading in sorted(pinned().items())[shard::SHARDS]
        if (now := reading_of(text, language)) != reading
    ]


def pinned() -> dict[tuple[str, str], str]:
    """Return the pinned reading of each (language, text)."""
    pins: dict[tuple[str, str], str] = {}
    for line in PINS.read_text(encoding="utf-8").splitlines():
        language, text, reading = line.split("\t")
        pins[(language, text)] = reading
    return pins

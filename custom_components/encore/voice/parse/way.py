"""One way of speaking, undone: the row type of the readers' order.

`plainly.WAYS` runs these rows in order; they are written in two modules
(`ways_early`, `ways_late`) only to keep each under 800 lines.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Final

type Undo = Callable[[str, str, datetime, tzinfo], str]

EN: Final = frozenset({"en"})
DE: Final = frozenset({"de"})


@dataclass(frozen=True, slots=True)
class Way:
    """One way of speaking, undone: what it is, and for which languages."""

    said: str
    undo: Undo
    languages: frozenset[str] = frozenset({"en", "de"})


def said(undo: Callable[[str], str]) -> Undo:
    """Return a reader of the words alone as a reader of the whole question."""
    return lambda text, _language, _now, _zone: undo(text)


def in_language(undo: Callable[[str, str], str]) -> Undo:
    """Return a reader of words in a language as a reader of the whole question."""
    return lambda text, language, _now, _zone: undo(text, language)

"""Rewrite rules compiled once, applied by the one loop of `when.table`.

The parser's tables hold more patterns than the `re` module's own cache
keeps (512): past that, `re.sub` with a pattern string compiles it again on
every question, which made each English question cost ten times its reading
(issue 45's fifteenth turn, `scripts/bench voice`). The tables' patterns are
compiled here once and kept; `re`'s cache is left to the inline patterns.
The same holds for templates that name a group, whose cache keeps 256: a
rule's template is parsed only when its pattern matches.
"""

from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
import re

from ..when.table import PreparedRule, apply_rules, needed_text

type Replacement = str | Callable[[re.Match[str]], str]
"""What a rule puts in place of its match: a template or a function of it."""

type Rule = tuple[str, Replacement]
"""One rewrite: a pattern and what replaces each of its matches."""


@cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return `pattern` compiled, once per pattern and flags."""
    return re.compile(pattern, flags)


@cache
def _prepared(pattern: str, flags: int) -> tuple[re.Pattern[str], str, bool]:
    """Return `pattern` compiled, the text every match holds, and whether folded."""
    found = compiled(pattern, flags)
    return (found, *needed_text(found))


def rewrite(table: Iterable[Rule], words: str, flags: int = 0) -> str:
    """Return `words` with each rule of `table` applied in turn, in order.

    Order matters: a later rule reads what the earlier ones wrote, so each
    table lists its rules from the most specific to the broadest. Most
    rules match nothing: one whose sure text the words lack is skipped
    without a search (`when.table.apply_rules`).
    """
    return apply_rules(_prepared_rules(table, flags), words)


def _prepared_rules(table: Iterable[Rule], flags: int) -> Iterator[PreparedRule]:
    """Yield each rule of `table` compiled, with the text its every match needs."""
    for pattern, replacement in table:
        found, needed, fold = _prepared(pattern, flags)
        yield found, replacement, needed, fold


def rewrite_in(tables: Mapping[str, Iterable[Rule]], text: str, language: str) -> str:
    """Return `text` rewritten by its language's table, case ignored.

    A language with no table keeps its words: each way of speaking is read
    in the languages it was heard in.
    """
    table = tables.get(language)
    return text if table is None else rewrite(table, text, re.IGNORECASE)


def rewrite_marked(
    mark: re.Pattern[str],
    table: Iterable[Rule],
    text: str,
    *,
    flags: int = re.IGNORECASE,
    squeeze: bool = False,
) -> str:
    """Return `text` rewritten by `table` only where `mark` is found in it.

    A speaker's reader is written for one way of speaking: its rules act
    only on a sentence that says words no other speaker says (its mark), so
    they never reach another's question and cost one search on it.
    `squeeze` closes the gaps the rules leave where words went.
    """
    if mark.search(text) is None:
        return text
    rewritten = rewrite(table, text, flags)
    return " ".join(rewritten.split()) if squeeze else rewritten

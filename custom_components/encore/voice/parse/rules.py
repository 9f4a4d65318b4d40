"""Rewrite rules compiled once.

The parser's tables hold more patterns than the `re` module's own cache
keeps (512): past that, `re.sub` with a pattern string compiles it again on
every question, which made each English question cost ten times its reading
(issue 45's fifteenth turn, `scripts/bench voice`). The tables' patterns are
compiled here once and kept; `re`'s cache is left to the inline patterns.
"""

from functools import cache
import re


@cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return `pattern` compiled, once per pattern and flags."""
    return re.compile(pattern, flags)

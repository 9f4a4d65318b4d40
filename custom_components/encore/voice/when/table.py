"""A table of rewrites, each tried only where the text holds the letters it needs.

`normalize` runs about 350 substitutions over every run of a question's
words that might be a period, some 66 runs a question: most of the parser's
time went there (issue 45's seventy-ninth turn, a profile of 1,530 pinned
questions). Nearly every rule needs a literal piece of text to match at all
("fortnight", "ystrdy"), and a substring test costs a small part of a
regular expression's search. So each rule keeps the longest piece of text
every match of it must contain, read from its compiled pattern, and is
skipped where the text lacks it. The result is the same as applying every
rule: a rule skipped could not have matched.
"""

from collections.abc import Callable, Iterable, Iterator
import re

# The parser `re` compiles with: the only way to read a compiled pattern's
# parts. Private, so `tests/voice/test_when_table.py` checks what it reads.
from re import _constants as sre_constants, _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any, Final

type Replacement = str | Callable[[re.Match[str]], str]

_REPEATS: Final = frozenset(
    {
        sre_constants.MAX_REPEAT,
        sre_constants.MIN_REPEAT,
        sre_constants.POSSESSIVE_REPEAT,
    }
)


def _foldable(letter: str) -> bool:
    """Return whether `str.lower` compares `letter` as `re` does with case ignored.

    So for ASCII and Latin-1 (the umlauts, "ß", the accents), but "i" and
    "s": with case ignored `re` also takes the Turkish dotless i (U+0131) and the
    long s for them (and the Greek mu for the micro sign), which `str.lower`
    keeps apart.
    """
    return ord(letter) < 0x100 and letter not in "iIsS\xb5"


def folded(text: str) -> str:
    """Return `text` as `needed_text` compares it where case is ignored."""
    return text.lower()


def _runs(items: Iterable[tuple[Any, Any]], found: list[str], ignoring: bool) -> None:
    """Add to `found` every run of literal text that a match must contain."""
    run: list[str] = []
    for op, arg in items:
        if op is sre_constants.LITERAL and (not ignoring or _foldable(chr(arg))):
            run.append(chr(arg))
            continue
        if run:
            found.append("".join(run))
            run = []
        if op is sre_constants.SUBPATTERN:
            _group, add_flags, _del_flags, inner = arg
            # A group that turns case off in a pattern that keeps it would
            # need its own comparison: its letters are left out. One that
            # turns case on again is safe: a match is then folded too.
            if ignoring or not add_flags & re.IGNORECASE:
                _runs(inner, found, ignoring)
        elif op in _REPEATS and arg[0] >= 1:
            _runs(arg[2], found, ignoring)
        # Branches, classes, anchors and look-arounds add no sure letters.
    if run:
        found.append("".join(run))


def needed_text(pattern: re.Pattern[str]) -> tuple[str, bool]:
    """Return the longest text every match of `pattern` holds, and if folded.

    Folded (`folded`) where the pattern ignores case: then it is to be
    found in the folded text. "" where no text is sure.
    """
    try:
        parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a parser that changed shape: no filter.
        return ("", False)
    ignoring = bool(parsed.state.flags & re.IGNORECASE)
    found: list[str] = []
    _runs(parsed, found, ignoring)
    longest = max(found, key=len, default="")
    return (folded(longest), True) if ignoring else (longest, False)


class RewriteTable:
    """Substitutions applied in order, each where the text holds what it needs."""

    __slots__ = ("_rules",)

    def __init__(self, rules: Iterable[tuple[re.Pattern[str], Replacement]]) -> None:
        """Keep each rule with the text its every match needs."""
        self._rules = tuple(
            (pattern, replacement, *needed_text(pattern))
            for pattern, replacement in rules
        )

    def __iter__(self) -> Iterator[tuple[re.Pattern[str], Replacement]]:
        """Yield each rule as (pattern, replacement), in order."""
        return ((rule[0], rule[1]) for rule in self._rules)

    def __len__(self) -> int:
        """Return the number of rules."""
        return len(self._rules)

    def apply(self, text: str) -> str:
        """Return `text` with every rule applied in order."""
        return apply_rules(self._rules, text)


type PreparedRule = tuple[re.Pattern[str], Replacement, str, bool]
"""A rule with the text its every match needs and whether that is folded."""


def apply_rules(rules: Iterable[PreparedRule], text: str) -> str:
    """Return `text` with each rule applied in turn, in order.

    The one loop every rewrite table of the parser runs (`RewriteTable`,
    `parse.rules.rewrite`). A rule whose needed text the words lack is
    skipped without a search. A rule is searched before it substitutes:
    `sub` with a template string parses the template before it looks for a
    match, through a cache of 256 templates that the tables overflow.
    """
    seen: str | None = None
    for pattern, replacement, needed, fold in rules:
        if needed:
            if fold:
                seen = folded(text) if seen is None else seen
                if needed not in seen:
                    continue
            elif needed not in text:
                continue
        if pattern.search(text) is not None:
            text = pattern.sub(replacement, text)
            seen = None
    return text

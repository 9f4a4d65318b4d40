"""A period said from one time to another ("from June to August", "vom 9. bis 15.").

An analytical asker (blind writer 129, issue 45's 29th turn) said spans by
their ends: "in the period from June to August this year", "between the
first of January and today", "vom neunten bis zum fünfzehnten November",
"von Montag bis jetzt". Each end is read as a time of its own; the span runs
from the start of the first to the end of the second. An end that leaves out
what the other says ("vom neunten bis zum fünfzehnten November", "from June
to August last year") borrows it. A clock time at either end is not read
here: a moment's span within a day is no period of days.
"""

from collections.abc import Callable
from datetime import timedelta
import re
from typing import Final

from ...history.periods import PeriodName
from .context import When, _Context

_RANGE: Final = {
    "en": re.compile(
        r"^(?:(?:in|over|during|for|within) the (?:period|time|span|stretch) )?"
        r"(?:from|between|since) (?P<a>.+?) "
        r"(?:to|till|til|until|through|thru|and|up to|up until|up till) "
        r"(?:(?:and )?(?:including|incl|to|the end of) )?(?P<b>.+)$"
    ),
    "de": re.compile(
        r"^(?:(?:im|in dem) zeitraum |in der zeit )?(?:von|vom|zwischen|seit) (?P<a>.+?) "
        r"(?:bis|und) (?:(?:einschließlich|inklusive|zum|zur|ende|dem) )*(?P<b>.+)$"
    ),
}
# Words for the end that is now.
_NOW: Final = {
    "en": frozenset(
        {"now", "today", "date", "the present", "this day", "right now", "present"}
        | {"this very day", "today inclusive", "now inclusive"}
    ),
    "de": frozenset(
        {"jetzt", "heute", "heut", "dato", "jetzt gerade", "gerade", "grad", "jetz"}
        | {"heutigen tag", "heute einschließlich", "zum heutigen tag"}
    ),
}
_LEADING: Final = {
    "en": ("the ", "on ", "on the "),
    "de": ("dem ", "den ", "am ", "zum "),
}


def from_to(
    ctx: _Context,
    words: str,
    read: Callable[[str], When | None],
    since_label: Callable[[_Context, When], str],
) -> When | None:
    """Return the span from one time said to another, None when it is none.

    `read` reads one end, as the whole parser reads a time; `since_label`
    names the start of a span that ends now.
    """
    language = ctx.language if ctx.language in _RANGE else "en"
    found = _RANGE[language].match(words)
    if found is None:
        return None
    first, second = found.group("a"), found.group("b")
    if second in _NOW[language]:
        start = _end(first, read, language)
        if start is None or start.period.start is None:
            return None
        return _span(ctx, start, None, since_label)
    end = _end(second, read, language)
    if end is None:
        return None
    said = second.split()
    # "Vom neunten bis zum fünfzehnten November": the first end borrows
    # what only the second says, the nearest reading that ends before it.
    readings = [first] + [f"{first} {' '.join(said[k:])}" for k in range(1, len(said))]
    for reading in readings:
        start = _end(reading, read, language)
        if (
            start is not None
            and start.period.start is not None
            and end.period.start is not None
            and start.period.start <= end.period.start
        ):
            return _span(ctx, start, end, since_label)
    return None


def _end(words: str, read: Callable[[str], When | None], language: str) -> When | None:
    """Read one end of a span: a time of days, never a moment."""
    found = read(words)
    if found is None:
        for leading in _LEADING[language]:
            if words.startswith(leading) and (
                found := read(words.removeprefix(leading))
            ):
                break
    if found is None or found.moment is not None:
        return None
    return found


def _span(
    ctx: _Context,
    start: When,
    end: When | None,
    since_label: Callable[[_Context, When], str],
) -> When | None:
    """Return the span from `start`'s first day to `end`'s last (now when None)."""
    begins = start.period.start
    if begins is None:
        return None
    ends = ctx.now if end is None else end.period.end
    if ends <= begins:
        return None
    if end is None:
        # "From Saturday to today" is said as "since Saturday".
        return ctx.span(begins, ends, ctx.text("since", what=since_label(ctx, start)))
    first = _name(ctx, start, last=False)
    last = _name(ctx, end, last=True)
    return ctx.span(begins, ends, ctx.text("from_to", first=first, last=last))


def _name(ctx: _Context, when: When, last: bool) -> str:
    """Name one end: a year, a month, today, or a date."""
    if when.period.start is None:
        return "today" if ctx.language == "en" else "heute"
    start, end = when.period.start, when.period.end
    name = when.period.name
    if (start.month, start.day) == (1, 1) and (
        name in (PeriodName.THIS_YEAR, PeriodName.LAST_YEAR)
        or (end - start).days >= 364
    ):
        return str(start.year)
    if start.day == 1 and (
        name in (PeriodName.THIS_MONTH, PeriodName.LAST_MONTH)
        or (end - start).days >= 27
    ):
        return ctx.month_name(start.month, start.year)
    day = (end - timedelta(microseconds=1)).date() if last else start.date()
    if day == ctx.today:
        return "today" if ctx.language == "en" else "heute"
    return ctx.date_name(day)

"""A period said from one time to another ("from June to August", "vom 9. bis 15.").

An analytical asker (blind writer 129, issue 45's 29th turn) said spans by
their ends: "in the period from June to August this year", "between the
first of January and today", "vom neunten bis zum fünfzehnten November",
"von Montag bis jetzt". Each end is read as a time of its own; the span runs
from the start of the first to the end of the second. An end that leaves out
what the other says ("vom neunten bis zum fünfzehnten November", "from June
to August last year") borrows it. A clock time at either end is not read
here: a moment's span within a day is no period of days.

A span between two clock times is read by `clock_span` (issue 45's
thirty-second turn, a late-night radio listener, blind writer 163): "between
six and midnight yesterday", "from 18:00 yesterday till 06:00 this morning",
"gestern zwischen 18 Uhr und Mitternacht", "heute zwischen zwölf und achtzehn
Uhr". Each end is read as a moment, a day said before the span or after the
second clock lending itself to the first; the span runs from the first
moment to the second, never longer than a day.
"""

from collections.abc import Callable
from datetime import datetime, timedelta
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


_CLOCK_RANGE: Final = {
    "en": re.compile(
        r"^(?P<pre>(?:\S+ ){0,3}?)(?:from|between) (?P<a>.+?) "
        r"(?:to|till|til|until|and) (?P<b>.+)$"
    ),
    "de": re.compile(
        r"^(?P<pre>(?:\S+ ){0,3}?)(?:von|zwischen) (?P<a>.+?) (?:bis|und) (?P<b>.+)$"
    ),
}
_AT: Final = {"en": "at", "de": "um"}


def clock_span(
    ctx: _Context, words: str, read: Callable[[str], When | None]
) -> When | None:
    """Return the span between two clock times said, None when it is none."""
    language = ctx.language if ctx.language in _CLOCK_RANGE else "en"
    found = _CLOCK_RANGE[language].match(words)
    if found is None:
        return None
    day_said = found.group("pre").strip()
    first, second = found.group("a"), found.group("b")
    end = _moment(f"{second} {day_said}", read, language) or _moment(
        f"{day_said} {second}", read, language
    )
    if end is None or end.moment is None:
        return None
    # The day said after the second clock lends itself to the first:
    # "between six and midnight yesterday".
    said = second.split()
    lent = [day_said] if day_said else []
    lent += [" ".join(said[k:]) for k in range(1, len(said))] + [""]
    start = next(
        (
            when
            for day in lent
            for text in (f"{first} {day}", f"{day} {first}")
            if (when := _moment(text, read, language)) is not None
        ),
        None,
    )
    if start is None or start.moment is None:
        return None
    begins, ends = start.moment, _after(start.moment, end.moment)
    if ends is None:
        return None
    first_day = begins.date()
    if first_day == (ends - timedelta(microseconds=1)).date():
        label = f"{ctx.day_label(first_day)} " + ctx.text(
            "from_to", first=ctx.clock_name(begins), last=ctx.clock_name(ends)
        )
    else:
        label = ctx.text(
            "from_to",
            first=f"{ctx.day_label(first_day)} {ctx.clock_name(begins)}",
            last=f"{ctx.day_label(ends.date())} {ctx.clock_name(ends)}",
        )
    return ctx.span(begins, ends, label)


def _moment(
    words: str, read: Callable[[str], When | None], language: str
) -> When | None:
    """Read one end of a clock span as a moment, "at"/"um" before its clock."""
    words = " ".join(words.split())
    if not words:
        return None
    for text in (words, f"{_AT[language]} {words}"):
        if (found := read(text)) is not None and found.moment is not None:
            return found
    return None


def _after(begins: datetime, ends: datetime) -> datetime | None:
    """Return the end of a span on or after its start, within a day.

    A clock said without its half of the day is the nearest that ends after
    the start ("from five to twelve this morning" ends at noon); midnight
    after an evening is the day's end ("between six and midnight").
    """
    for later in (ends, ends + timedelta(hours=12), ends + timedelta(hours=24)):
        if begins < later <= begins + timedelta(hours=24):
            return later
    return None

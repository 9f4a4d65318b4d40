"""A time counted in days, weeks, months or years: "the last N" and "N ago".

`periods._parse` tries these beside its other readers. The unit said is
the span asked for "N ago": "three days ago" is that day, "two weeks ago"
the calendar week that day falls in, "a month ago" that calendar month;
"the last N" runs up to now.
"""

from datetime import date, timedelta
import re

from ...history.periods import PeriodName
from .context import When, _add_months, _Context, _number, _vocabulary
from .words import _MAX_COUNT, _UNIT_LABELS, _UNITS


def _counted(
    ctx: _Context, pattern: str, words: str
) -> tuple[re.Match[str], int, str] | None:
    """Return the match, the count and the unit of a count of days, weeks, months or years.

    `pattern` names them `n` and `unit`; a count beyond `_MAX_COUNT` is none.
    """
    found = re.fullmatch(pattern, words)
    if found is None:
        return None
    count = _number(found.group("n"), ctx.language)
    if count is None or not 1 <= count <= _MAX_COUNT:
        return None
    return found, count, _UNITS[ctx.language][found.group("unit")]


def _last_n(ctx: _Context, words: str) -> When | None:
    vocabulary = _vocabulary(ctx.language)
    if ctx.language == "en":
        pattern = (
            rf"(?:the )?(?P<last>(?:last|past|previous) )?(?P<n>{vocabulary['number']})"
            rf" (?P<unit>{vocabulary['unit']})"
        )
    else:
        pattern = (
            rf"(?:den |die )?(?P<last>(?:letzten|vergangenen|letzte|vergangene) )?"
            rf"(?P<n>{vocabulary['number']}) (?P<unit>{vocabulary['unit']})"
        )
    if (counted := _counted(ctx, pattern, words)) is None:
        return None
    found, count, unit = counted
    if found.group("last") is None and (count < 2 or unit != "day"):
        # "Sieben Tage", "thirty days" said alone are the last ones (issue
        # 45); "two weeks" or "one day" alone may be anything.
        return None
    if unit == "day":
        return ctx.named(PeriodName.LAST_DAYS, count)
    today = ctx.today
    if unit == "week":
        first = today - timedelta(days=7 * count - 1)
    else:
        # The same day of the month N months (or years) ago is outside.
        months = count if unit == "month" else 12 * count
        start_month = _add_months(today.replace(day=1), -months)
        if start_month.year < 1:
            return None
        following = _add_months(start_month, 1)
        last_day = (following - timedelta(days=1)).day
        first = start_month.replace(day=min(today.day, last_day)) + timedelta(days=1)
    singular, plural = _UNIT_LABELS[ctx.language][unit]
    label = ctx.text("last_n", n=count, unit=singular if count == 1 else plural)
    if count == 1:
        label = label.replace(" 1 ", " ")
    return ctx.span(ctx.midnight(first), ctx.now, label)


_ONE_AGO = {
    "en": {"day": "a day", "week": "a week", "month": "a month", "year": "a year"},
    "de": {
        "day": "einem Tag",
        "week": "einer Woche",
        "month": "einem Monat",
        "year": "einem Jahr",
    },
}


def _ago(ctx: _Context, words: str) -> When | None:
    """Read a time counted back in days, weeks, months or years ("vor einer Woche").

    The unit said is the span asked: "three days ago" is that day, "two weeks
    ago" the calendar week that day falls in, "a month ago" that calendar
    month, "a year ago" that year. Hours and minutes ago are moments, read by
    the parser's `hours_ago`.
    """
    vocabulary = _vocabulary(ctx.language)
    if ctx.language == "en":
        pattern = rf"(?P<n>{vocabulary['number']}) (?P<unit>{vocabulary['unit']}) ago"
    else:
        pattern = rf"vor (?P<n>{vocabulary['number']}) (?P<unit>{vocabulary['unit']})"
    if (counted := _counted(ctx, pattern, words)) is None:
        return None
    _, count, unit = counted
    if count == 1:
        said = _ONE_AGO[ctx.language][unit]
        label = "{said} ago" if ctx.language == "en" else "vor {said}"
        label = label.format(said=said)
    else:
        plural = _UNIT_LABELS[ctx.language][unit][1]
        label = ctx.text("ago", n=count, unit=plural)
    today = ctx.today
    if unit == "day":
        day = today - timedelta(days=count)
        return ctx.days(day, day, label)
    if unit == "week":
        monday = today - timedelta(days=today.weekday() + 7 * count)
        return ctx.days(monday, monday + timedelta(days=6), label)
    months = count if unit == "month" else 12 * count
    if unit == "year":
        first = date(today.year - count, 1, 1)
        last = date(today.year - count, 12, 31)
    else:
        first = _add_months(today.replace(day=1), -months)
        last = _add_months(first, 1) - timedelta(days=1)
    if first.year < 1:
        return None
    return ctx.days(first, last, label)

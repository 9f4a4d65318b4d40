"""A week said by one of its days (issue 45's seventy-third turn, blind writer 500).

A blind listener who asks by voice alone says a week exactly, by a day in
it: "in the week of the ninth of November", "the week beginning Monday the
sixteenth of November, up to now", "last week, the week of the ninth", and
German "in der Woche vom neunten November". Unread, the words left "week"
alone and the answer said it did not know which week, or read "the week"
as this week (a wrong fact: last week's skips were answered for this one).

The week is the calendar week (Monday first) that holds the day said; it
is this week or last week by name when it is one of them, so the answer
says so, and a week under way ends now ("up to now" says nothing more).
Only a single day is a week's day: "the week of October" is no week.
"""

from collections.abc import Callable
from datetime import timedelta
import re
from typing import Final

from ...history.periods import PeriodName
from .context import When, _Context
from .words import month_names

_SO_FAR: Final = {
    "en": r"(?:,? (?:so far|up to now|until now|till now|up to today|until today|to date|through today|to now))?",
    "de": r"(?:,? (?:bis jetzt|bis heute|bisher|bislang))?",
}
_WEEK_OF: Final = {
    "en": re.compile(
        r"^(?:in |during |over |for |from )?(?:the )?(?:calendar )?week"
        r" (?:of|beginning|starting|commencing|that (?:began|started)|which (?:began|started))"
        rf"(?: on| with)? (?P<day>.+?){_SO_FAR['en']}$"
    ),
    "de": re.compile(
        r"^(?:in der |in |während der |die |der )?(?:kalender)?woche"
        r" (?:vom|von|ab dem|ab|um den|beginnend am|beginnend mit dem|mit dem)"
        rf" (?P<day>.+?){_SO_FAR['de']}$"
    ),
}
# A day of the month said alone ("the week of the third"): a bare ordinal.
_BARE: Final = re.compile(
    r"^(?:the |dem |den )?(?:\d{1,2}(?:st|nd|rd|th|\.)?|\w+(?:st|nd|rd|th|ten|sten))$"
)
_LABEL: Final = {"en": "the week of {date}", "de": "in der Woche vom {date}"}


def week_of(
    ctx: _Context, words: str, read_day: Callable[[_Context, str], When | None]
) -> When | None:
    """Read "the week of the ninth of November": the calendar week that holds the day.

    `read_day` reads the day said (the caller's reader of one day, which
    this module cannot import without a cycle).
    """
    language = ctx.language if ctx.language in _WEEK_OF else "en"
    if (found := _WEEK_OF[language].match(words)) is None:
        return None
    said = _the_day(ctx, found["day"], language, read_day)
    if said is None or said.period.start is None or said.moment is not None:
        return None
    start = said.period.start.astimezone(ctx.time_zone)
    if (
        start.hour
        or start.minute
        or said.period.end - start > timedelta(days=1, hours=1)
    ):
        # A part of a day or a longer span is no day of a week.
        return None
    monday = start.date() - timedelta(days=start.weekday())
    this_monday = ctx.today - timedelta(days=ctx.today.weekday())
    if monday == this_monday:
        return ctx.named(PeriodName.THIS_WEEK)
    if monday == this_monday - timedelta(weeks=1):
        return ctx.named(PeriodName.LAST_WEEK)
    if monday > ctx.today:
        return None
    label = _LABEL[language].format(date=ctx.date_name(monday))
    return ctx.days(monday, monday + timedelta(days=6), label)


def _the_day(
    ctx: _Context,
    words: str,
    language: str,
    read_day: Callable[[_Context, str], When | None],
) -> When | None:
    """Read the day said.

    A day of the month said alone is this month's, or last month's when
    this month's is still to come (never a year before).
    """
    if language == "de":
        words = f"am {words.removeprefix('dem ').removeprefix('den ')}"
    if _BARE.match(words.removeprefix("am ")) is None:
        return read_day(ctx, words)
    this, last = ctx.today.month, (ctx.today.month - 2) % 12 + 1
    for month in (this, last):
        said = read_day(
            ctx,
            f"{words} of {month_names(language)[month - 1]}"
            if language == "en"
            else f"{words} {month_names(language)[month - 1]}",
        )
        if (
            said is not None
            and said.period.start is not None
            and said.period.start.month == month
            and ctx.now - said.period.start < timedelta(days=62)
        ):
            return said
    return None

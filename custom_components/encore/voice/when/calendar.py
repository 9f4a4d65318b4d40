"""A calendar week by its number, a quarter and a half-year (issue 45's thirtieth turn).

A columnist (blind writer 146) counts in the trade's units: "calendar week
forty six", "in der KW 46", "in Q3", "the fourth quarter so far", "im
dritten Quartal", "H1", "the back half of the year", "im ersten Halbjahr".
Unread, the words were a place ("in der KW 46": a room) and the question
was answered for today, a wrong fact.

Weeks are ISO weeks (Monday first, week 1 holds the year's first Thursday),
as German calendars print them. A week, quarter or half that has not begun
this year is last year's: in November "Q1" is this January to March, and in
February "Q3" is last year's. One that is under way ends now ("so far",
"bisher" say nothing more).
"""

from datetime import date, timedelta
import re
from typing import Final

from .context import When, _Context
from .words import said_number

_ORDINALS: Final = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "ersten": 1,
    "erste": 1,
    "zweiten": 2,
    "zweite": 2,
    "dritten": 3,
    "dritte": 3,
    "vierten": 4,
    "vierte": 4,
}

_SO_FAR_EN: Final = r"(?: so far| thus far| hitherto| to date| until now| up to now)?"
_SO_FAR_DE: Final = r"(?: bisher| bislang| bis jetzt| bis heute)?"
_OF_YEAR_EN: Final = (
    r"(?: of (?:the year|this year|(?P<year>\d{4})|(?P<last>last year)))?"
)
_OF_YEAR_DE: Final = r"(?: (?:des jahres|dieses jahres|(?P<year>\d{4})|(?P<last>letztes jahr|letzten jahres)))?"

_WEEK: Final = {
    "en": re.compile(
        r"^(?:in |during |over |for )?(?:the )?(?:calendar week|cal week|cw|kw|week number|week no)"
        rf" (?P<n>[\w -]+?){_OF_YEAR_EN}$"
    ),
    "de": re.compile(
        r"^(?:in der |in |während der |die |der )?(?:kw|kalenderwoche|woche nummer|woche nr)"
        rf" ?(?P<n>[\w-]+?){_OF_YEAR_DE}$"
    ),
}
_QUARTER: Final = {
    "en": re.compile(
        r"^(?:in |during |over |for )?(?:the )?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
        rf" quarter|q(?P<q>[1-4])){_OF_YEAR_EN}{_SO_FAR_EN}$"
    ),
    "de": re.compile(
        r"^(?:im |in |das |dem |während des )?(?:(?P<ord>ersten|zweiten|dritten|vierten|erste|zweite|dritte|vierte)"
        rf" quartal|q(?P<q>[1-4])|(?P<n>[1-4])\. quartal){_OF_YEAR_DE}{_SO_FAR_DE}$"
    ),
}
_HALF: Final = {
    "en": re.compile(
        r"^(?:in |during |over |for )?(?:the )?(?:(?P<which>first|front|second|back|latter) half|h(?P<h>[12]))"
        rf"{_OF_YEAR_EN}{_SO_FAR_EN}$"
    ),
    "de": re.compile(
        r"^(?:im |in |das |dem )?(?:(?P<which>ersten|zweiten|erste|zweite) halbjahr|h(?P<h>[12]))"
        rf"{_OF_YEAR_DE}{_SO_FAR_DE}$"
    ),
}
_FIRST_HALF: Final = frozenset({"first", "front", "ersten", "erste"})

_LABELS: Final = {
    "en": {
        "week": "in calendar week {n}",
        "quarter": "in the {ordinal} quarter",
        "half": "in the {ordinal} half of the year",
    },
    "de": {
        "week": "in KW {n}",
        "quarter": "im {ordinal} Quartal",
        "half": "im {ordinal} Halbjahr",
    },
}
_ORDINAL_WORDS: Final = {
    "en": ("first", "second", "third", "fourth"),
    "de": ("ersten", "zweiten", "dritten", "vierten"),
}


def calendar_unit(ctx: _Context, words: str) -> When | None:
    """Read a calendar week by number, a quarter or a half-year, or None."""
    language = ctx.language if ctx.language in _WEEK else "en"
    if (found := _WEEK[language].match(words)) is not None:
        return _week(ctx, found, language)
    if (found := _QUARTER[language].match(words)) is not None:
        quarter = _ORDINALS.get(found["ord"] or "") or int(
            found["q"] or found.groupdict().get("n") or 0
        )
        return _months(
            ctx,
            found,
            language=language,
            unit="quarter",
            first_month=3 * quarter - 2,
            length=3,
            index=quarter,
        )
    if (found := _HALF[language].match(words)) is not None:
        first = (found["which"] in _FIRST_HALF) if found["which"] else found["h"] == "1"
        return _months(
            ctx,
            found,
            language=language,
            unit="half",
            first_month=1 if first else 7,
            length=6,
            index=1 if first else 2,
        )
    return None


def _week(ctx: _Context, found: re.Match[str], language: str) -> When | None:
    number = said_number(found["n"].strip(), language)
    if number is None or not 1 <= number <= 53:
        return None
    year = _year(ctx, found)
    monday = date.fromisocalendar(year, 1, 1)
    if number > 1:
        monday += timedelta(weeks=number - 1)
    if found["year"] is None and found["last"] is None and monday > ctx.today:
        # A week not yet begun this year: last year's.
        monday = date.fromisocalendar(year - 1, 1, 1) + timedelta(weeks=number - 1)
    if monday.isocalendar().week != number:
        return None
    label = _LABELS[language]["week"].format(n=number)
    return ctx.days(
        monday, monday + timedelta(days=6), _with_year(ctx, label, monday.year)
    )


def _months(
    ctx: _Context,
    found: re.Match[str],
    *,
    language: str,
    unit: str,
    first_month: int,
    length: int,
    index: int,
) -> When | None:
    if not 1 <= first_month <= 12:
        return None
    year = _year(ctx, found)
    first = date(year, first_month, 1)
    if found["year"] is None and found["last"] is None and first > ctx.today:
        first = first.replace(year=year - 1)
    following_month = first.month + length
    following = date(
        first.year + (following_month - 1) // 12, (following_month - 1) % 12 + 1, 1
    )
    label = _LABELS[language][unit].format(ordinal=_ORDINAL_WORDS[language][index - 1])
    return ctx.days(
        first, following - timedelta(days=1), _with_year(ctx, label, first.year)
    )


def _year(ctx: _Context, found: re.Match[str]) -> int:
    if found["year"] is not None:
        return int(found["year"])
    return ctx.today.year - (1 if found["last"] is not None else 0)


def _with_year(ctx: _Context, label: str, year: int) -> str:
    if year == ctx.today.year:
        return label
    return f"{label} {year}" if ctx.language == "de" else f"{label} of {year}"

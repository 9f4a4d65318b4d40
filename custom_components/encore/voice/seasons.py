"""Seasons said with a request: "from last summer", "vom letzten Sommer", "im Winter 2019".

`when` reads days, weeks, months and years; a season is a span of three
months (meteorological: spring from March, summer from June, autumn from
September, winter from December into the next year). "This summer" and
"the summer" are the latest that has begun; "last summer" the latest that
has ended and began in an earlier year (in November 2026, the summer of
2025: "this summer" says 2026's); a year said picks that year's.
"""

from dataclasses import dataclass
from datetime import datetime
import re
from typing import Final

from ..history.periods import Period, PeriodName

_FIRST_MONTH: Final = {
    "spring": 3,
    "frühling": 3,
    "frühjahr": 3,
    "summer": 6,
    "sommer": 6,
    "autumn": 9,
    "fall": 9,
    "herbst": 9,
    "winter": 12,
}
_NAMES: Final = {
    "en": {3: "spring", 6: "summer", 9: "autumn", 12: "winter"},
    "de": {3: "Frühling", 6: "Sommer", 9: "Herbst", 12: "Winter"},
}
_LABEL: Final = {"en": "in the {season} of {year}", "de": "im {season} {year}"}
_LAST_WORDS: Final = {"last", "past", "letzten", "vergangenen"}
_SEASON: Final = {
    "en": re.compile(
        r"\b(?:(?:from|in|during|over|of)\s+)?(?:(?P<which>the|this|last|past)\s+)?"
        r"(?P<season>summer|winter|spring|autumn|fall)\b(?:\s+(?:of\s+)?(?P<year>\d{4})\b)?",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"(?:\b(?:vom|im|in dem|aus dem|von dem|während des|während dem)\s+)?"
        r"(?:\b(?P<which>letzten|vergangenen|diesen|dieses|diesem|dem)\s+)?"
        r"\b(?P<season>sommer|winter|frühling|frühjahr|herbst)s?\b(?:\s+(?P<year>\d{4})\b)?",
        re.IGNORECASE,
    ),
}


@dataclass(frozen=True, slots=True)
class Season:
    """The season heard, its label, and the words around it."""

    period: Period
    label: str
    rest: str


def _span(first_month: int, year: int, now: datetime) -> tuple[datetime, datetime]:
    start = now.replace(
        year=year, month=first_month, day=1, hour=0, minute=0, second=0, microsecond=0
    )
    month = first_month + 3
    end = start.replace(year=year + (month - 1) // 12, month=(month - 1) % 12 + 1)
    return start, end


# A season of last year ("summer last year", "last year in the summer",
# "im Sommer voriges Jahr", "letztes Jahr im Sommer"; issue 45's twenty-eighth
# turn, answered as the whole of last year): that year's season, said with
# its year.
_OF_LAST_YEAR: Final = {
    "en": (
        re.compile(
            r"\b(?P<season>summer|winter|spring|autumn|fall)\s*,?\s+(?:of\s+)?last year\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\blast year,?\s+(?:in|during|over)\s+the\s+"
            r"(?P<season>summer|winter|spring|autumn|fall)\b",
            re.IGNORECASE,
        ),
    ),
    "de": (
        re.compile(
            r"\b(?P<season>sommer|winter|frühling|frühjahr|herbst)s?\s*,?\s+"
            r"(?:(?:des|vom|von dem)\s+)?(?:letzten|vorigen|vergangenen|letztes|voriges"
            r"|vergangenes)\s+jahr(?:es|s)?\b|\b(?P<season2>sommer|winter|frühling|frühjahr"
            r"|herbst)s?\s+(?:vom|des)\s+vorjahr(?:es|s)?\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:letztes|voriges|vergangenes)\s+jahr,?\s+(?:im|in dem)\s+"
            r"(?P<season>sommer|winter|frühling|frühjahr|herbst)\b",
            re.IGNORECASE,
        ),
    ),
}


def _with_last_year(text: str, language: str, now: datetime) -> str:
    """Return a season of last year said as that season and its year."""
    for pattern in _OF_LAST_YEAR.get(language, ()):
        if (found := pattern.search(text)) is not None:
            season = found.group("season") or found.groupdict().get("season2")
            said = f"{season} {now.year - 1}"
            return f"{text[: found.start()]}{said}{text[found.end() :]}"
    return text


def find_season(text: str, language: str, now: datetime) -> Season | None:
    """Return the season said in `text` (None: none), in `now`'s time zone."""
    text = _with_last_year(text, language, now)
    pattern = _SEASON.get(language, _SEASON["en"])
    found = pattern.search(text)
    if found is None:
        return None
    first = _FIRST_MONTH[found.group("season").lower()]
    if found.group("year"):
        year = int(found.group("year"))
    else:
        last = (found.group("which") or "").lower() in _LAST_WORDS
        year = now.year
        # The latest that has begun ("this summer"); "last summer" the latest
        # that has ended and is not this year's: in November the summer of
        # last year, as "this summer" is this year's (issue 45's
        # twenty-eighth turn, the brief's periods; "last winter" in November
        # is the one that ran into this year).
        while True:
            start, end = _span(first, year, now)
            if (end <= now and start.year < now.year) if last else (start <= now):
                break
            year -= 1
    start, end = _span(first, year, now)
    names = _NAMES.get(language, _NAMES["en"])
    label = _LABEL.get(language, _LABEL["en"]).format(
        season=names[first], year=year if first != 12 else f"{year}/{year + 1}"
    )
    rest = f"{text[: found.start()]} {text[found.end() :]}".strip()
    return Season(Period(PeriodName.CUSTOM, start, end), label, " ".join(rest.split()))

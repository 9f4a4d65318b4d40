"""The whole of a spoken time, and finding one at the edge of a phrase.

Named and relative periods, "the last n days", weekends, nights, "since",
months and years, seasons, a day with a clock time.
"""

from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
import re

from ...history.periods import Period, PeriodName
from ..seasons import find_season
from .calendar import calendar_unit
from .clock import _clock, loose_clock, moment_on, other_half
from .context import When, _add_months, _Context, _month, _vocabulary, normalize
from .counted import _ago, _last_n
from .crossed import in_own_words
from .days import _day, _day_when
from .ranges import clock_span, from_to
from .week_of import week_of
from .words import _LABELS, _PART_WORDS, LATELY_DAYS
from .years import years_in_figures

# -- the whole ---------------------------------------------------------------------

_EN_ALL_TIME = (
    "ever",
    "of all time",
    "all time",
    "of all times",
    "overall",
    "in total",
    "total",
    "altogether",
    "all together",
    "in my life",
    "in my whole life",
    "since the beginning",
    "since i started",
    "since i got it",
    "since i got you",
    "since i've had it",
    "since i've had you",
    "since i set it up",
    "since i set you up",
    "since you started counting",
    "since forever",
    "all in all",
    "all",
)
_DE_ALL_TIME = (
    "insgesamt",
    "jemals",
    "je",
    "überhaupt",
    "aller zeiten",
    "bisher",
    "bis jetzt",
    "seit beginn",
    "seit anfang",
    "seit ich angefangen habe",
    "gesamt",
    "schon mal",
    "schon einmal",
    "jemals insgesamt",
)
_LATELY = {
    "en": (
        "lately",
        "recently",
        "these days",
        "of late",
        "the last few days",
        "right now",
        "currently",
        "at the moment",
        "nowadays",
        "at present",
        # Scotland's and Ireland's "this while back", Canada's "this past
        # while": lately (held-out writer 573). "A while back" is some time
        # ago and no period.
        "this while back",
        "this past while",
        "the past while",
        "this last while",
        "the last while",
    ),
    "de": (
        "in letzter zeit",
        "neulich",
        "kürzlich",
        "zuletzt",
        "in der letzten zeit",
        "die letzten tage",
        "letztens",
        "momentan",
        "gerade",
        "derzeit",
        "aktuell",
    ),
}
_EN_RELATIVE = {
    "today": PeriodName.TODAY,
    "so far today": PeriodName.TODAY,
    "yesterday": PeriodName.YESTERDAY,
    "this week": PeriodName.THIS_WEEK,
    "so far this week": PeriodName.THIS_WEEK,
    "the week": PeriodName.THIS_WEEK,
    "last week": PeriodName.LAST_WEEK,
    "past week": PeriodName.LAST_WEEK,
    "the last week": PeriodName.LAST_WEEK,
    "the past week": PeriodName.LAST_WEEK,
    "previous week": PeriodName.LAST_WEEK,
    "the previous week": PeriodName.LAST_WEEK,
    "this month": PeriodName.THIS_MONTH,
    "so far this month": PeriodName.THIS_MONTH,
    "the month": PeriodName.THIS_MONTH,
    "last month": PeriodName.LAST_MONTH,
    "past month": PeriodName.LAST_MONTH,
    "the last month": PeriodName.LAST_MONTH,
    "the past month": PeriodName.LAST_MONTH,
    "previous month": PeriodName.LAST_MONTH,
    "the previous month": PeriodName.LAST_MONTH,
    "this year": PeriodName.THIS_YEAR,
    "so far this year": PeriodName.THIS_YEAR,
    "the year": PeriodName.THIS_YEAR,
    "last year": PeriodName.LAST_YEAR,
    "past year": PeriodName.LAST_YEAR,
    "the last year": PeriodName.LAST_YEAR,
    "the past year": PeriodName.LAST_YEAR,
    "previous year": PeriodName.LAST_YEAR,
    "the previous year": PeriodName.LAST_YEAR,
}
_DE_RELATIVE = {
    "heute": PeriodName.TODAY,
    "bisher heute": PeriodName.TODAY,
    "heute bisher": PeriodName.TODAY,
    "gestern": PeriodName.YESTERDAY,
    "diese woche": PeriodName.THIS_WEEK,
    "dieser woche": PeriodName.THIS_WEEK,
    "bisher diese woche": PeriodName.THIS_WEEK,
    "die woche": PeriodName.THIS_WEEK,
    "der woche": PeriodName.THIS_WEEK,
    "letzte woche": PeriodName.LAST_WEEK,
    "letzter woche": PeriodName.LAST_WEEK,
    "vergangene woche": PeriodName.LAST_WEEK,
    "vergangener woche": PeriodName.LAST_WEEK,
    "vorige woche": PeriodName.LAST_WEEK,
    "voriger woche": PeriodName.LAST_WEEK,
    "der letzten woche": PeriodName.LAST_WEEK,
    "der vergangenen woche": PeriodName.LAST_WEEK,
    "diesen monat": PeriodName.THIS_MONTH,
    "diesem monat": PeriodName.THIS_MONTH,
    "bisher diesen monat": PeriodName.THIS_MONTH,
    "letzten monat": PeriodName.LAST_MONTH,
    "letztem monat": PeriodName.LAST_MONTH,
    "vergangenen monat": PeriodName.LAST_MONTH,
    "vergangenem monat": PeriodName.LAST_MONTH,
    "vorigen monat": PeriodName.LAST_MONTH,
    "dieses jahr": PeriodName.THIS_YEAR,
    "diesem jahr": PeriodName.THIS_YEAR,
    "bisher dieses jahr": PeriodName.THIS_YEAR,
    "letztes jahr": PeriodName.LAST_YEAR,
    "letzten jahr": PeriodName.LAST_YEAR,
    "letztem jahr": PeriodName.LAST_YEAR,
    "vergangenes jahr": PeriodName.LAST_YEAR,
    "vergangenen jahr": PeriodName.LAST_YEAR,
    "voriges jahr": PeriodName.LAST_YEAR,
    "vorigen jahr": PeriodName.LAST_YEAR,
    "vorjahr": PeriodName.LAST_YEAR,
}
_LEADING = {
    "en": (
        # "In the whole of October" (issue 45): the month.
        "in the whole of",
        "over the whole of",
        "for the whole of",
        "throughout the whole of",
        "the whole of",
        "on the",
        "on",
        "in the",
        "during the",
        "over the",
        "for the",
        "within the",
        "in",
        "during",
        "over",
        "for",
        "within",
        "from",
        "throughout",
    ),
    "de": (
        "in den",
        "während der",
        "während des",
        "in der",
        "im laufe der",
        "im laufe des",
        "im",
        "in",
        "während",
        "über",
        "für",
        "innerhalb der",
        "innerhalb von",
    ),
}


# A clock time said roughly, or without "at": "about quarter to eight",
# "like half past eight", "yesterday around half seven", "gegen Viertel vor
# acht" are read as "at ...", "um ..." (issue 45: read, or said not understood, never dropped).
_CLOCK_START = {
    "en": r"(?:\d|quarter\b|half\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b"
    r"|eight\b|nine\b|ten\b|eleven\b|twelve\b|twenty\b|noon\b|midnight\b)",
    "de": r"(?:\d|viertel\b|halb\b|dreiviertel\b|eins\b|zwei\b|drei\b|vier\b"
    r"|fünf\b|sechs\b|sieben\b|acht\b|neun\b|zehn\b|elf\b|zwölf\b|zwanzig\b)",
}
_HEDGED_CLOCK = {
    "en": re.compile(
        r"(?:(?<=^)|\bat |(?<=\w ))(?:(?:about|around|like|roughly|approximately|maybe)"
        rf" )+(?={_CLOCK_START['en']})|^(?=(?:quarter|half) (?:to|past) )"
        r"|^(?=\w+ (?:past|to) \w+ (?:yesterday|last|this|today|on)\b)"
    ),
    "de": re.compile(
        r"(?:(?<=^)|\bum )?(?:\b(?:gegen|etwa|ungefähr|so|circa|zirka)(?: um)? )+"
        rf"(?={_CLOCK_START['de']})|^(?=(?:viertel|halb|dreiviertel) \w+)"
    ),
}
_CLOCK_MARKER = {"en": "at ", "de": "um "}
# A clock time said first or right after its day, with no "at": "9 pm
# Wednesday", "today twenty past five", "heute 17 Uhr 15" (issue 45's
# terse writers): the marker the readers expect goes before it.
_BARE_CLOCK = {
    "en": r"(?:\d{1,2}(?::\d{2})? ?(?:am|pm)\b|\d{1,2}:\d{2}\b"
    r"|(?:\w+ )?(?:half|quarter|\w+) (?:past|to) \w+\b)",
    "de": r"(?:\d{1,2} uhr\b|\d{1,2}:\d{2}\b|(?:viertel|halb|dreiviertel) \w+\b"
    r"|\w+ (?:nach|vor) (?:halb )?\w+\b)",
}
_DAYS_SAID = {
    "en": r"(?:today|yesterday|tonight|this morning|this afternoon|this evening"
    r"|(?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))",
    "de": r"(?:heute(?: früh| morgen| vormittag| nachmittag| abend)?|gestern"
    r"(?: früh| morgen| vormittag| nachmittag| abend)?|vorgestern|(?:letzten )?"
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))",
}
_CLOCK_UNMARKED = {
    language: re.compile(rf"^(?:({_DAYS_SAID[language]}) )?(?={_BARE_CLOCK[language]})")
    for language in ("en", "de")
}


def _marked(words: str, language: str) -> str:
    """Put "at"/"um" before a clock time said bare, first or after its day."""
    found = _CLOCK_UNMARKED[language].match(words)
    if found is None:
        return words
    day = found.group(1)
    return f"{day} " * bool(day) + _CLOCK_MARKER[language] + words[found.end() :]


# "This summer, back in June and July and August": the season said again by
# its months is the season, never its first month.
_SEASON_BY_MONTHS = re.compile(
    r"\b(summer|winter),? (?:back |that is |i mean )?(?:in |during )?(?:june|december)"
    r",? (?:and )?(?:july|january),? (?:and )?(?:august|february)\b"
)


# "This year back in January" (a father's run-on dictation, issue 45's
# twentieth turn): the month of this year said again, that month alone.
_YEAR_BACK_IN_MONTH = re.compile(
    r"\bthis year,? back in (january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\b"
)


def season_by_months(words: str) -> str:
    """Say a season followed by its three months as the season alone."""
    return _YEAR_BACK_IN_MONTH.sub(r"in \1", _SEASON_BY_MONTHS.sub(r"\1", words))


# Reading one question tries every run of its words as a period, several
# times over as its clauses are weighed (about 190 calls, a third of them
# distinct): the answer is a frozen value of its four arguments, so each is
# worked out once. `now` is in the key, so a cached answer never outlives
# the moment it was read for.
@lru_cache(maxsize=4096)
def parse_when(
    text: str, language: str, now: datetime, time_zone: tzinfo
) -> When | None:
    """Return what spoken words for a time mean, None when they are no time.

    `language` is "en" or "de" (others are read as English); `now` is aware.
    """
    language = language if language in _LABELS else "en"
    ctx = _Context(language, now.astimezone(time_zone), time_zone)
    words = in_own_words(normalize(text), language)
    if language == "de":
        # Spoken German drops the final e: "heut Abend", "heut früh".
        words = re.sub(r"\bheut\b", "heute", words)
    if not words:
        return None
    words = season_by_months(years_in_figures(words, language))
    words = loose_clock(words, language)
    words = _HEDGED_CLOCK[language].sub(_CLOCK_MARKER[language], words)
    if (found := _parse(ctx, words)) is not None:
        return found
    if (marked := _marked(words, language)) != words and (
        found := _parse(ctx, marked)
    ) is not None:
        return found
    for leading in _LEADING[language]:
        if (
            words.startswith(leading + " ")
            and (found := _parse(ctx, words.removeprefix(leading + " "))) is not None
        ):
            return found
    return None


def one_time(
    language: str, now: datetime, time_zone: tzinfo
) -> Callable[[str, str], bool]:
    """Return whether two words for a time name the same period.

    For `years.year_beside_a_period`, which cannot read periods itself (this
    module reads years through it).
    """

    def same(said: str, put: str) -> bool:
        one = parse_when(said, language, now, time_zone)
        other = parse_when(put, language, now, time_zone)
        return (
            one is not None
            and other is not None
            and (one.period.start, one.period.end)
            == (other.period.start, other.period.end)
        )

    return same


def _parse(ctx: _Context, words: str) -> When | None:
    language = ctx.language
    relative = _EN_RELATIVE if language == "en" else _DE_RELATIVE
    if words in relative:
        return ctx.named(relative[words])
    if words in (_EN_ALL_TIME if language == "en" else _DE_ALL_TIME):
        return ctx.named(PeriodName.ALL_TIME)
    if words in _LATELY[language]:
        return ctx.named(PeriodName.LAST_DAYS, LATELY_DAYS)
    for parse in (
        calendar_unit,
        _week_of,
        _before_last,
        _last_n,
        _ago,
        _weekend,
        _night,
        _since,
        _clock_span,
        _from_to,
        _month_year,
        _with_clock,
        _a_day,
        _season,
    ):
        if (found := parse(ctx, words)) is not None:
            return found
    return None


_BEFORE_LAST = {
    "en": re.compile(
        r"^(?:in |during |over |for )?(?:the )?(?P<unit>week|month|year) before (?:last|the last)$"
    ),
    "de": re.compile(
        r"^(?:in der |im |in |die |der |den |das )?vorletzte[nrs]? (?P<unit>woche|monat|jahr)$"
    ),
}
_BEFORE_LAST_LABEL = {
    "en": {
        "week": "the week before last",
        "month": "the month before last",
        "year": "the year before last",
    },
    "de": {
        "woche": "vorletzte Woche",
        "monat": "vorletzten Monat",
        "jahr": "vorletztes Jahr",
    },
}


def _before_last(ctx: _Context, words: str) -> When | None:
    """Read the week, month or year before the last one ("vorletzte Woche").

    Read whole, never as "the week" (this week) beside words left over.
    """
    if (found := _BEFORE_LAST[ctx.language].match(words)) is None:
        return None
    unit = found.group("unit")
    label = _BEFORE_LAST_LABEL[ctx.language][unit]
    today = ctx.today
    if unit in ("week", "woche"):
        monday = today - timedelta(days=today.weekday() + 14)
        return ctx.days(monday, monday + timedelta(days=6), label)
    if unit in ("month", "monat"):
        month = (today.year * 12 + today.month - 1) - 2
        first = date(month // 12, month % 12 + 1, 1)
        following = date((month + 1) // 12, (month + 1) % 12 + 1, 1)
        return ctx.days(first, following - timedelta(days=1), label)
    year = today.year - 2
    return ctx.days(date(year, 1, 1), date(year, 12, 31), label)


def _season(ctx: _Context, words: str) -> When | None:
    """Read a season said alone ("this summer", "letzten Sommer"), as `seasons` does."""
    found = find_season(words, ctx.language, ctx.now)
    if found is None or found.rest:
        return None
    period = found.period
    assert period.start is not None  # noqa: S101 - a season has a start
    return ctx.span(period.start, period.end, found.label)


def _weekend(ctx: _Context, words: str) -> When | None:
    today = ctx.today
    saturday_this = today - timedelta(days=(today.weekday() - 5) % 7)
    if ctx.language == "en":
        this = words in ("this weekend", "the weekend", "weekend")
        last = words in (
            "last weekend",
            "past weekend",
            "the last weekend",
            "the past weekend",
            "over the weekend",
        )
    else:
        this = words in (
            "dieses wochenende",
            "diesem wochenende",
            "am wochenende",
            "wochenende",
        )
        last = words in (
            "letztes wochenende",
            "letzten wochenende",
            "vergangenes wochenende",
            "vergangenen wochenende",
            "am letzten wochenende",
            "am vergangenen wochenende",
        )
    if not (this or last):
        return None
    if today.weekday() >= 5:
        saturday = saturday_this if this else saturday_this - timedelta(days=7)
    else:
        saturday = saturday_this
    label = ctx.text("last_weekend" if last or today.weekday() < 5 else "this_weekend")
    return ctx.days(saturday, saturday + timedelta(days=1), label)


def _night(ctx: _Context, words: str) -> When | None:
    today = ctx.today
    if ctx.language == "en":
        if words in ("last night", "yesterday night", "during the night", "overnight"):
            return ctx.part(today - timedelta(days=1), "night", ctx.text("last_night"))
        if words in ("tonight", "this night"):
            if ctx.now.hour < 6:
                return ctx.part(
                    today - timedelta(days=1), "night", ctx.text("last_night")
                )
            return ctx.part(today, "evening", ctx.text("tonight"))
        if words in (
            "this morning",
            "this afternoon",
            "this evening",
            "at noon today",
            "today at noon",
            "at lunchtime",
            "this lunchtime",
            "noon",
            "at noon",
            "lunchtime",
            "midday",
            "at midday",
        ):
            part = words.rsplit(" ", maxsplit=1)[-1]
            part = {"lunchtime": "noon", "midday": "noon"}.get(part, part)
            if part == "today":
                part = "noon"
            if part == "noon":
                return (
                    None
                    if words in ("noon", "at noon", "midday", "at midday")
                    else _day_when(ctx, today, "noon")
                )
            return _day_when(ctx, today, part)
        return None
    if words in (
        "letzte nacht",
        "gestern nacht",
        "heute nacht",
        "in der nacht",
        "diese nacht",
    ):
        if words in ("heute nacht", "diese nacht") and ctx.now.hour >= 12:
            return ctx.part(today, "evening", ctx.text("tonight"))
        return ctx.part(today - timedelta(days=1), "night", ctx.text("last_night"))
    if found := re.fullmatch(
        r"heute (morgen|früh|vormittag|nachmittag|abend|mittag)", words
    ):
        return _day_when(ctx, today, _PART_WORDS["de"][found.group(1)])
    if words in ("heute mittag", "heute mittags"):
        return _day_when(ctx, today, "noon")
    return None


def _clock_span(ctx: _Context, words: str) -> When | None:
    return clock_span(ctx, words, lambda said: _parse(ctx, said))


def _from_to(ctx: _Context, words: str) -> When | None:
    return from_to(
        ctx,
        words,
        lambda said: _parse(ctx, said),
        lambda ctx, when: _since_label(ctx, when, when.period.start or ctx.now),
    )


def _since(ctx: _Context, words: str) -> When | None:
    prefix = "since " if ctx.language == "en" else "seit "
    if not words.startswith(prefix):
        return None
    rest = words.removeprefix(prefix)
    if ctx.language == "de":
        rest = re.sub(r"^(?:dem|anfang|beginn) ", "", rest)
    else:
        rest = re.sub(r"^(?:the start of|the beginning of) ", "", rest)
    start_when = _parse(ctx, rest)
    if start_when is None:
        for leading in _LEADING[ctx.language]:
            if (
                rest.startswith(leading + " ")
                and (start_when := _parse(ctx, rest.removeprefix(leading + " ")))
                is not None
            ):
                break
    if start_when is None and (marked := _marked(rest, ctx.language)) != rest:
        # "Since two in the afternoon", "seit 14 Uhr": a clock said bare.
        start_when = _parse(ctx, marked)
    if start_when is None or start_when.period.start is None:
        return None
    start = start_when.period.start
    what = _since_label(ctx, start_when, start)
    if start_when.moment is not None and start_when.moment <= ctx.now:
        # "Since twelve noon", "seit zehn Uhr": the clock said is where the
        # period starts, not its day's midnight (issue 45's sixty-third turn,
        # blind writer 409: "from twelve noon until now" answered the whole
        # day).
        start = start_when.moment
        clock = ctx.clock_name(start)
        at = "at" if ctx.language == "en" else "um"
        what = clock if start.date() == ctx.today else f"{what} {at} {clock}"
    return ctx.span(start, ctx.now, ctx.text("since", what=what))


def _since_label(ctx: _Context, when: When, start: datetime) -> str:
    """Name where a "since" period starts: a year, a month, a weekday, a date."""
    day = start.date()
    name = when.period.name
    spans = (when.period.end - start).days
    if (day.month, day.day) == (1, 1) and (
        name in (PeriodName.THIS_YEAR, PeriodName.LAST_YEAR) or spans >= 364
    ):
        return str(day.year)
    if day.day == 1 and (
        name in (PeriodName.THIS_MONTH, PeriodName.LAST_MONTH) or spans >= 27
    ):
        return ctx.month_name(day.month, day.year)
    if day == ctx.today:
        return "today" if ctx.language == "en" else "heute"
    if 0 < (ctx.today - day).days < 7:
        return ctx.weekday_name(day.weekday())
    if ctx.language == "de":
        return f"dem {ctx.date_name(day)}"
    return ctx.date_name(day)


# A month's year said in words after it.
_YEAR_SAID = (
    r"(?:(?:of )?(?P<last>last year|letzten jahres|vorigen jahres|des vorjahres"
    r"|vom vorjahr|letztes jahr|voriges jahr)"
    r"|(?:of )?(?P<this>this year|dieses jahres|diesen jahres|dieses jahr|heuer))"
)


def _month_year(ctx: _Context, words: str) -> When | None:
    vocabulary = _vocabulary(ctx.language)
    today = ctx.today
    if found := re.fullmatch(
        rf"(?:the year |das jahr |jahr )?({vocabulary['year']})", words
    ):
        year = int(found.group(1))
        if year > today.year:
            return None
        if year == today.year:
            return ctx.named(PeriodName.THIS_YEAR)
        if year == today.year - 1:
            return ctx.named(PeriodName.LAST_YEAR)
        return ctx.days(
            date(year, 1, 1), date(year, 12, 31), ctx.text("in_year", year=year)
        )
    qualifier = (
        r"(?:(last|this|past|letzten|diesen|vergangenen|im letzten|im vergangenen) )?"
    )
    found = re.fullmatch(
        rf"{qualifier}(?:(?:the )?month of )?({vocabulary['month']})"
        rf"(?: ({vocabulary['year']})| {_YEAR_SAID})?",
        words,
    )
    if found is None:
        return None
    month = _month(found.group(2), ctx.language)
    if month is None:
        return None
    qualifier_word = found.group(1)
    if found.group(3):
        year = int(found.group(3))
    elif found.group("last") or found.group("this"):
        # "August last year", "im August letzten Jahres".
        year = today.year - 1 if found.group("last") else today.year
    elif qualifier_word in ("this", "diesen"):
        year = today.year
    elif qualifier_word is not None:
        # "Last October": the October before the current one.
        year = today.year if month < today.month else today.year - 1
    else:
        year = today.year if month <= today.month else today.year - 1
    first = date(year, month, 1)
    if first > today:
        return None
    if first == today.replace(day=1):
        return ctx.named(PeriodName.THIS_MONTH)
    if first == _add_months(today.replace(day=1), -1):
        # Said by name, the month keeps its name in the answer.
        last = today.replace(day=1) - timedelta(days=1)
        return ctx.days(
            first, last, ctx.text("in_month", month=ctx.month_name(month, year))
        )
    last = _add_months(first, 1) - timedelta(days=1)
    return ctx.days(
        first, last, ctx.text("in_month", month=ctx.month_name(month, year))
    )


def _with_clock(ctx: _Context, words: str) -> When | None:
    """Read a clock time, alone or with a day: "at 8 pm yesterday"."""
    marker = "at " if ctx.language == "en" else "um "
    day_text: str | None = None
    clock_text = words
    if not (
        words.startswith(marker)
        or words in ("midnight", "noon", "mitternacht", "mittag")
    ):
        index = words.find(" " + marker)
        if index < 0:
            return None
        day_text, clock_text = words[:index], words[index + 1 :]
    clock = _clock(ctx, clock_text)
    if clock is None and day_text is None:
        # "at 8 pm yesterday": the day after the time.
        pieces = words.split(" ")
        for cut in range(len(pieces) - 1, 1, -1):
            clock = _clock(ctx, " ".join(pieces[:cut]))
            if clock is not None:
                day_text = " ".join(pieces[cut:])
                break
    if clock is None:
        return None
    hour, minute, meridiem = clock
    day: date | None = None
    if day_text is not None:
        found_day = _day(ctx, day_text)
        if found_day is None:
            return None
        day, part = found_day
        if part == "night" and meridiem != "pm" and hour < 6:
            # "Last night at three", "gestern Nacht um drei" (a night nurse,
            # issue 45's thirty-first turn): the small hours after that
            # night's evening, the next day's; it was read as 3 PM.
            meridiem = "am"
            day += timedelta(days=1) if day < ctx.today else timedelta()
        elif (
            part in ("afternoon", "evening", "night") and meridiem is None and hour < 12
        ):
            meridiem = "pm"
        elif part == "morning" and meridiem is None:
            meridiem = "am"
    moment = moment_on(ctx.now, hour, minute, meridiem, day)
    when_day = moment.date()
    start = ctx.midnight(when_day)
    label = ctx.text("at", time=ctx.clock_name(moment))
    if when_day != ctx.today:
        on = ctx.day_label(when_day)
        label = f"{on} {label}"
    return When(
        Period(
            PeriodName.CUSTOM,
            start,
            min(ctx.midnight(when_day + timedelta(days=1)), ctx.now),
        ),
        label,
        moment,
        other_half(moment, hour, meridiem),
    )


def _week_of(ctx: _Context, words: str) -> When | None:
    return week_of(ctx, words, _a_day)


def _a_day(ctx: _Context, words: str) -> When | None:
    found = _day(ctx, words)
    if found is None:
        return None
    return _day_when(ctx, *found)


# -- finding a time inside a phrase -----------------------------------------------


def split_when(
    text: str, language: str, now: datetime, time_zone: tzinfo
) -> tuple[str, When | None]:
    """Split the words of a time off the start or end of a phrase.

    "Daft Punk last week" is ("Daft Punk", last week); the longest time wins,
    and the rest keeps the words as they were said (case, accents).
    """
    pieces = text.strip().split()
    best: tuple[int, str, When] | None = None
    for cut in range(1, len(pieces)):
        tail = " ".join(pieces[cut:])
        if (found := parse_when(tail, language, now, time_zone)) is not None:
            rest = " ".join(pieces[:cut])
            best = (len(pieces) - cut, rest, found)
            break
    # English puts the time after what it is about; German often before.
    heads = range(len(pieces) - 1, 0, -1) if language == "de" else range(0)
    for cut in heads:
        head = " ".join(pieces[:cut])
        if (found := parse_when(head, language, now, time_zone)) is not None:
            if best is None or cut > best[0]:
                best = (cut, " ".join(pieces[cut:]), found)
            break
    if best is None:
        return text.strip(), None
    return best[1].strip(" ,"), best[2]

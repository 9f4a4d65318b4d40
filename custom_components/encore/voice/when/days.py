"""A spoken day and the part of it said with it.

"yesterday", "last Friday evening", "am 3. März abends".
"""

from datetime import date, timedelta
import re

from ...history.periods import PeriodName
from .context import (
    When,
    _Context,
    _day_of_month,
    _last_date,
    _last_weekday,
    _month,
    _vocabulary,
    _weekday,
)
from .words import _ORDINALS_DE, _PART_ADVERBS, _PART_LABELS, _PART_WORDS


def _day(ctx: _Context, text: str) -> tuple[date, str | None] | None:
    """Return a spoken day, and the part of it said with it ("friday evening")."""
    if (both := _weekday_with_date(ctx, text)) is not None:
        return both or None
    if (before_last := _weekday_before_last(ctx, text)) is not None:
        return before_last
    return _one_day(ctx, text)


# "The Saturday before last", "vorletzten Samstag": the one a week before
# last Saturday. Read as last Saturday, their words "before last" and
# "vorletzten" had been dropped, and the wrong week answered (issue 45's
# seventy-second turn).
_BEFORE_LAST = {
    "en": r"(?:on )?(?:the )?(?P<day>{weekday}) before last",
    "de": r"(?:am |an dem )?vorletzte[nrs]? (?P<day>{weekday})",
}


def _weekday_before_last(ctx: _Context, text: str) -> tuple[date, str | None] | None:
    pattern = _BEFORE_LAST.get(ctx.language, _BEFORE_LAST["en"])
    weekdays = _vocabulary(ctx.language)["weekday"]
    found = re.fullmatch(pattern.format(weekday=weekdays), text)
    if found is None or (weekday := _weekday(found["day"], ctx.language)) is None:
        return None
    last = _last_weekday(ctx.today, weekday, before_today=True)
    return last - timedelta(days=7), None


# A day said by its name alone: "in the evening on Wednesday the eighteenth
# of November" keeps its date, read whole.
_DAY_ALONE_EN = (
    r"(?:yesterday|today|the day before yesterday|(?:last |this )?(?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday))"
)


def _one_day(ctx: _Context, text: str) -> tuple[date, str | None] | None:
    """Return a day said one way: a relative day, a weekday or a date."""
    language = ctx.language
    if (this_month := _this_months_day(ctx, text)) is not None:
        return this_month
    if (
        language == "en"
        # "The 14th", its "on" left out by a hurried speaker; in figures
        # only ("the first" is the first time, the first song).
        and re.match(r"^the \d{1,2}(?:st|nd|rd|th)\b", text) is not None
        and (this_month := _this_months_day(ctx, f"on {text}")) is not None
    ):
        return this_month
    if language == "en" and (
        part_first := re.fullmatch(
            rf"(?:in the|at) (?P<part>{_vocabulary('en')['part']}) (?:on )?(?P<day>{_DAY_ALONE_EN})",
            text,
        )
    ):
        # "In the evening yesterday", "in the morning on Saturday": a German
        # speaker's part of the day said before its day (issue 45's
        # seventy-fourth turn, blind writer 505). Read as its day alone, it
        # had answered the whole day, a wrong fact.
        text = f"{part_first['day']} in the {part_first['part']}"
    if language == "en":
        return _one_day_en(ctx, re.sub(r"^(?:on|on the|the) ", "", text))
    return _one_day_de(ctx, re.sub(r"^(?:am|an dem|den|dem) ", "", text))


def _one_day_en(ctx: _Context, text: str) -> tuple[date, str | None] | None:
    """Return an English day: a relative day, a weekday or a date."""
    today = ctx.today
    parts = _PART_WORDS["en"]
    relative_parts = {
        "this morning": (today, "morning"),
        "this afternoon": (today, "afternoon"),
        "this evening": (today, "evening"),
        "tonight": (today, "evening"),
        "last night": (today - timedelta(days=1), "night"),
        "yesterday night": (today - timedelta(days=1), "night"),
        "night before last": (today - timedelta(days=2), "night"),
    }
    if text in relative_parts:
        return relative_parts[text]
    simple = {
        "today": today,
        "yesterday": today - timedelta(days=1),
        "the day before yesterday": today - timedelta(days=2),
        "day before yesterday": today - timedelta(days=2),
    }
    if (said := _simple_day(text, simple, parts, "in the", {})) is not None:
        return said
    weekdays = _vocabulary("en")["weekday"]
    if found := re.fullmatch(
        # "Friday last week", "Friday of last week", "last week on Friday",
        # "last week's Friday" (issue 45's sixty-eighth turn, blind writer 464).
        rf"(?:(?P<before>last|past) week(?:'s)? (?:on )?(?P<day>{weekdays})"
        rf"|(?:on )?(?P<first>{weekdays}) (?:of )?(?:the )?(?P<week>last|this|past) week)"
        rf"(?: (?:in the )?(?P<part>{_vocabulary('en')['part']}))?",
        text,
    ):
        found_day = _weekday_of_week(
            today,
            found["day"] or found["first"],
            found["before"] or found["week"],
            "en",
        )
        if found_day is None or found["part"] is None:
            return found_day
        return found_day[0], parts.get(found["part"])
    if found := re.fullmatch(
        rf"(?:(last|this|past) )?({_vocabulary('en')['weekday']})s?"
        rf"(?: (?:in the )?({_vocabulary('en')['part']}))?",
        text,
    ):
        weekday = _weekday(found.group(2), "en")
        if weekday is None:
            return None
        day = _last_weekday(
            today, weekday, before_today=found.group(1) in ("last", "past")
        )
        return day, parts.get(found.group(3) or "")
    return _date_en(ctx, text)


def _one_day_de(ctx: _Context, text: str) -> tuple[date, str | None] | None:
    """Return a German day: a relative day, a weekday or a date."""
    today = ctx.today
    parts = _PART_WORDS["de"]
    if text in ("letzte nacht", "gestern nacht"):
        return today - timedelta(days=1), "night"
    simple = {
        "heute": today,
        "gestern": today - timedelta(days=1),
        "vorgestern": today - timedelta(days=2),
    }
    if (said := _simple_day(text, simple, parts, "am", _PART_ADVERBS)) is not None:
        return said
    weekday_words = _vocabulary("de")["weekday"]
    if found := re.fullmatch(
        # "Freitag letzte Woche", "letzte Woche am Freitag", "am Freitag der
        # letzten Woche", "vergangene Woche Freitag".
        rf"(?:(?P<before>letzte|vergangene|vorige|diese) woche (?:am )?(?P<day>{weekday_words})"
        rf"|(?P<first>{weekday_words}) (?:der )?(?P<week>letzte|letzten|vergangene"
        rf"|vergangenen|vorige|vorigen|diese|dieser) woche)",
        text,
    ):
        which = found["before"] or found["week"]
        return _weekday_of_week(
            today,
            found["day"] or found["first"],
            "this" if which.startswith("diese") else "last",
            "de",
        )
    if found := re.fullmatch(
        # The part joined to its weekday ("Freitagabend") or said apart
        # ("Samstag Vormittag", "letzten Freitag am Abend"): left apart, it
        # had been no time, and the whole Saturday was answered.
        # "Am vorigen Freitag" (Austrian and southern German for last
        # Friday, issue 45's seventy-eighth turn, blind writer 530) had been no
        # time, and today's Friday was answered.
        rf"(?:(letzten|letzte|vergangenen|vorigen|vorige|diesen) )?({weekday_words})"
        rf"(?:(?: am | )?({_vocabulary('de')['part']}))?"
        rf"(?: ({'|'.join(_PART_ADVERBS.values())}))?",
        text,
    ):
        weekday = _weekday(found.group(2), "de")
        if weekday is None:
            return None
        day = _last_weekday(
            today,
            weekday,
            before_today=found.group(1)
            in ("letzten", "letzte", "vergangenen", "vorigen", "vorige"),
        )
        day_part = parts.get(found.group(3) or "")
        if found.group(4):
            day_part = next(p for p, a in _PART_ADVERBS.items() if a == found.group(4))
        return day, day_part
    return _date_de(ctx, text)


def _weekday_of_week(
    today: date, word: str, week: str, language: str
) -> tuple[date, str | None] | None:
    """Return a weekday of this week or the last ("Friday last week"), if passed."""
    weekday = _weekday(word, language)
    if weekday is None:
        return None
    monday = today - timedelta(days=today.weekday())
    if week != "this":
        monday -= timedelta(days=7)
    day = monday + timedelta(days=weekday)
    return (day, None) if day <= today else None


def _simple_day(
    text: str,
    simple: dict[str, date],
    parts: dict[str, str],
    joiner: str,
    adverbs: dict[str, str],
) -> tuple[date, str | None] | None:
    """Return a relative day said alone or with its part.

    "yesterday", "yesterday evening", "yesterday in the evening"; German
    also takes the part's adverb ("gestern abends").
    """
    for words, day in simple.items():
        if text == words:
            return day, None
        for part_word, part in parts.items():
            if text in (f"{words} {part_word}", f"{words} {joiner} {part_word}"):
                return day, part
            # "Yesterday at lunchtime" (issue 45's fiftieth turn): lunch is
            # said with "at" where the other parts take "in the".
            if part_word == "lunchtime" and text == f"{words} at {part_word}":
                return day, part
        for part, adverb in adverbs.items():
            if text == f"{words} {adverb}":
                return day, part
    return None


# A weekday in apposition with a date ("Friday, the 13th of November", "am
# Samstag, dem 14. November"), or a date with its weekday after it ("November
# 3rd, a Tuesday"): the date is the more specific, the weekday only checks it.
_WITH_WEEKDAY = {
    "en": (
        r"(?:on )?(?:(?:last|this|past) )?(?P<weekday>{weekday})s? (?P<date>(?:the )?.+)",
        r"(?:on )?(?P<date>.+?) (?:on )?(?:a )?(?P<weekday>{weekday})",
    ),
    "de": (
        (
            r"(?:am |an dem )?(?:(?:letzten|letzte|vergangenen|diesen) )?"
            r"(?P<weekday>{weekday}) (?:der |den |dem )?(?P<date>.+)"
        ),
        r"(?:am |an dem )?(?P<date>.+?) (?:am |an einem |ein |einem )?(?P<weekday>{weekday})",
    ),
}


def _weekday_with_date(
    ctx: _Context, text: str
) -> tuple[date, str | None] | tuple[()] | None:
    """Read a weekday said with a date; () when the two disagree.

    None when the words are not both; () is no day at all, so the question
    says which time it did not understand rather than answer either.
    """
    language = ctx.language
    weekday_words = _vocabulary(language)["weekday"]
    for pattern in _WITH_WEEKDAY[language]:
        found = re.fullmatch(pattern.format(weekday=weekday_words), text)
        if found is None:
            continue
        weekday = _weekday(found.group("weekday"), language)
        said = _date_said(ctx, found.group("date"))
        if said is None or weekday is None:
            continue
        return said if said[0].weekday() == weekday else ()
    return None


def _date_said(ctx: _Context, text: str) -> tuple[date, str | None] | None:
    """Read the day beside a weekday: a date, "the 13th", "the day before yesterday"."""
    if re.search(rf"\b{_vocabulary(ctx.language)['weekday']}s?\b", text):
        return None
    if ctx.language == "en":
        if found := _this_months_day(ctx, "on the " + text.removeprefix("the ")):
            return found
    elif found := _this_months_day(ctx, "am " + re.sub(r"^(?:der|den|dem) ", "", text)):
        return found
    return _day(ctx, text)


def _this_months_day(ctx: _Context, text: str) -> tuple[date, str | None] | None:
    """Read a day of the month said alone: "on the 3rd", "am dritten", "am 3.".

    The last such day that has begun (this month's, or last month's when
    this month's is still to come). Only with its "on the" or "am": "the
    third" alone is more often a third song than a day.
    """
    if ctx.language == "en":
        found = re.fullmatch(
            rf"on the ({_vocabulary('en')['ordinal']})"
            rf"(?: (?:in the )?({_vocabulary('en')['part']}))?",
            text,
        )
        if found is None:
            return None
        day_of_month = _day_of_month(found.group(1))
        part = _PART_WORDS["en"].get(found.group(2) or "")
    else:
        found = re.fullmatch(r"am (\S+)(?: (\S+))?", text)
        if found is None:
            return None
        said = found.group(1)
        day_of_month = _ORDINALS_DE.get(said)
        if day_of_month is None and (
            digits := re.fullmatch(r"(\d{1,2})(?:ten|te)?", said)
        ):
            day_of_month = int(digits.group(1))
        adverb = found.group(2)
        part = next((p for p, a in _PART_ADVERBS.items() if a == adverb), None)
        if adverb is not None and part is None:
            return None
    if day_of_month is None:
        return None
    today = ctx.today
    month_start = today.replace(day=1)
    for start in (month_start, (month_start - timedelta(days=1)).replace(day=1)):
        try:
            day = start.replace(day=day_of_month)
        except ValueError:
            continue
        if day <= today:
            return day, part
    return None


def _date_en(ctx: _Context, text: str) -> tuple[date, str | None] | None:
    vocabulary = _vocabulary("en")
    part = None
    if found := re.fullmatch(rf"(.+?) (?:in the )?({vocabulary['part']})", text):
        part = _PART_WORDS["en"].get(found.group(2))
        text = found.group(1)
    year = None
    if found := re.fullmatch(rf"(.+?) ({vocabulary['year']})", text):
        year = int(found.group(2))
        text = found.group(1)
    for pattern in (
        rf"(?P<month>{vocabulary['month']}) (?:the )?(?P<day>{vocabulary['ordinal']})",
        rf"(?:the )?(?P<day>{vocabulary['ordinal']}) (?:of )?(?P<month>{vocabulary['month']})",
    ):
        if found := re.fullmatch(pattern, text):
            month = _month(found.group("month"), "en")
            day_of_month = _day_of_month(found.group("day"))
            if month is None or day_of_month is None:
                return None
            day = _last_date(ctx.today, month, day_of_month, year)
            return None if day is None else (day, part)
    return None


def _date_de(ctx: _Context, text: str) -> tuple[date, str | None] | None:
    vocabulary = _vocabulary("de")
    part = None
    for adverb_part, adverb in _PART_ADVERBS.items():
        if text.endswith(" " + adverb):
            part = adverb_part
            text = text.removesuffix(" " + adverb)
    # "dritten November": the day said as a word, as a number after.
    if (found := re.fullmatch(r"(\S+) (.+)", text)) and (
        day_number := _ORDINALS_DE.get(found.group(1))
    ) is not None:
        text = f"{day_number} {found.group(2)}"
    if found := re.fullmatch(
        rf"(\d{{1,2}})(?:ten|te)? (?:({vocabulary['month']})|(\d{{1,2}}))(?: ({vocabulary['year']}))?",
        text,
    ):
        month = _month(found.group(2), "de") if found.group(2) else int(found.group(3))
        year = int(found.group(4)) if found.group(4) else None
        if month is None or not 1 <= month <= 12:
            return None
        day = _last_date(ctx.today, month, int(found.group(1)), year)
        return None if day is None else (day, part)
    return None


def _day_when(ctx: _Context, day: date, part: str | None) -> When:
    if part is None:
        if day == ctx.today:
            return ctx.named(PeriodName.TODAY)
        if day == ctx.today - timedelta(days=1):
            return ctx.named(PeriodName.YESTERDAY)
        return ctx.days(day, day, ctx.day_label(day))
    return ctx.part(day, part, _part_label(ctx, day, part))


def _part_label(ctx: _Context, day: date, part: str) -> str:
    words = _PART_LABELS[ctx.language][part]
    if ctx.language == "en":
        if day == ctx.today:
            if part == "noon":
                return "today at noon"
            return "tonight" if part == "night" else f"this {words}"
        if day == ctx.today - timedelta(days=1) and part == "night":
            return "last night"
        if part == "noon":
            return f"{ctx.day_label(day)} at noon"
        if day == ctx.today - timedelta(days=1):
            return f"yesterday {words}"
        if 0 < (ctx.today - day).days < 7:
            return f"on {ctx.weekday_name(day.weekday())} {words}"
        if (ctx.today - day).days == 7:
            return f"last {ctx.weekday_name(day.weekday())} {words}"
        return f"on {ctx.date_name(day)} in the {words}"
    if day == ctx.today:
        return f"heute {words}"
    if day == ctx.today - timedelta(days=1):
        return "letzte Nacht" if part == "night" else f"gestern {words}"
    if 0 < (ctx.today - day).days < 7:
        return f"am {ctx.weekday_name(day.weekday())}{words.lower()}"
    if (ctx.today - day).days == 7:
        return f"letzten {ctx.weekday_name(day.weekday())}{words.lower()}"
    return f"am {ctx.date_name(day)} {_PART_ADVERBS[part]}"

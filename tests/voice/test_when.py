"""Spoken times: every form the sentences and LLM tools take, in EN and DE.

The expected bounds are written out as dates and hours, counted by hand from
a Friday evening in Berlin (the parser's own calendar helpers are not used).
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from custom_components.encore.history.periods import PeriodName
from custom_components.encore.voice.heard import hear_name
from custom_components.encore.voice.when import parse_when, split_when

TZ = ZoneInfo("Europe/Berlin")
# Friday, November 20, 2026, 18:30.
NOW = datetime(2026, 11, 20, 18, 30, tzinfo=TZ)


def at(month: int, day: int, hour: int = 0, year: int = 2026) -> datetime:
    """A local moment."""
    return datetime(year, month, day, hour, tzinfo=TZ)


# (said, language, start, end (None: now), label (None: a named period))
SPANS = [
    ("today", "en", at(11, 20), None, None),
    ("so far today", "en", at(11, 20), None, None),
    ("tonight", "en", at(11, 20, 18), None, "tonight"),
    ("this morning", "en", at(11, 20, 5), at(11, 20, 12), "this morning"),
    ("this afternoon", "en", at(11, 20, 12), at(11, 20, 18), "this afternoon"),
    ("this evening", "en", at(11, 20, 18), None, "this evening"),
    ("last night", "en", at(11, 19, 18), at(11, 20, 6), "last night"),
    ("yesterday", "en", at(11, 19), at(11, 20), None),
    ("yesterday evening", "en", at(11, 19, 18), at(11, 20), "yesterday evening"),
    ("yesterday morning", "en", at(11, 19, 5), at(11, 19, 12), "yesterday morning"),
    ("the day before yesterday", "en", at(11, 18), at(11, 19), "on Wednesday"),
    ("on Saturday", "en", at(11, 14), at(11, 15), "on Saturday"),
    ("saturday", "en", at(11, 14), at(11, 15), "on Saturday"),
    ("last Friday", "en", at(11, 13), at(11, 14), "last Friday"),
    ("last Friday evening", "en", at(11, 13, 18), at(11, 14), "last Friday evening"),
    ("on Monday afternoon", "en", at(11, 16, 12), at(11, 16, 18), None),
    ("on March 3rd", "en", at(3, 3), at(3, 4), "on March 3"),
    ("on the third of March", "en", at(3, 3), at(3, 4), "on March 3"),
    ("March 3, 2025", "en", at(3, 3, year=2025), at(3, 4, year=2025), None),
    ("on December 24th", "en", at(12, 24, year=2025), at(12, 25, year=2025), None),
    ("in October", "en", at(10, 1), at(11, 1), "in October"),
    ("last October", "en", at(10, 1), at(11, 1), "in October"),
    ("in December", "en", at(12, 1, year=2025), at(1, 1), "in December 2025"),
    ("in November", "en", at(11, 1), None, None),
    ("in 2024", "en", at(1, 1, year=2024), at(1, 1, year=2025), "in 2024"),
    ("in 2025", "en", at(1, 1, year=2025), at(1, 1), None),
    ("this week", "en", at(11, 16), None, None),
    ("last week", "en", at(11, 9), at(11, 16), None),
    ("this month", "en", at(11, 1), None, None),
    ("last month", "en", at(10, 1), at(11, 1), None),
    ("this year", "en", at(1, 1), None, None),
    ("last year", "en", at(1, 1, year=2025), at(1, 1), None),
    ("the last 3 days", "en", at(11, 18), None, None),
    ("in the past ten days", "en", at(11, 11), None, None),
    ("over the last two weeks", "en", at(11, 7), None, "in the last 2 weeks"),
    ("the last 3 months", "en", at(8, 21), None, "in the last 3 months"),
    ("the past year", "en", at(1, 1, year=2025), at(1, 1), None),
    ("since March", "en", at(3, 1), None, "since March"),
    ("since March 3rd", "en", at(3, 3), None, "since March 3"),
    ("since Monday", "en", at(11, 16), None, "since Monday"),
    ("since 2025", "en", at(1, 1, year=2025), None, "since 2025"),
    ("lately", "en", at(11, 7), None, None),
    ("recently", "en", at(11, 7), None, None),
    ("last weekend", "en", at(11, 14), at(11, 16), "last weekend"),
    ("heute", "de", at(11, 20), None, None),
    ("heute Abend", "de", at(11, 20, 18), None, "heute Abend"),
    ("heute Morgen", "de", at(11, 20, 5), at(11, 20, 12), "heute Morgen"),
    ("heute Nachmittag", "de", at(11, 20, 12), at(11, 20, 18), "heute Nachmittag"),
    ("letzte Nacht", "de", at(11, 19, 18), at(11, 20, 6), "letzte Nacht"),
    ("gestern", "de", at(11, 19), at(11, 20), None),
    ("gestern Abend", "de", at(11, 19, 18), at(11, 20), "gestern Abend"),
    ("vorgestern", "de", at(11, 18), at(11, 19), "am Mittwoch"),
    ("am Samstag", "de", at(11, 14), at(11, 15), "am Samstag"),
    ("letzten Freitag", "de", at(11, 13), at(11, 14), "letzten Freitag"),
    ("letzten Freitagabend", "de", at(11, 13, 18), at(11, 14), None),
    ("am 3. März", "de", at(3, 3), at(3, 4), "am 3. März"),
    ("im Oktober", "de", at(10, 1), at(11, 1), "im Oktober"),
    ("letzten Oktober", "de", at(10, 1), at(11, 1), "im Oktober"),
    ("im Jahr 2024", "de", at(1, 1, year=2024), at(1, 1, year=2025), "im Jahr 2024"),
    ("2024", "de", at(1, 1, year=2024), at(1, 1, year=2025), "im Jahr 2024"),
    ("diese Woche", "de", at(11, 16), None, None),
    ("letzte Woche", "de", at(11, 9), at(11, 16), None),
    ("letzten Monat", "de", at(10, 1), at(11, 1), None),
    ("dieses Jahr", "de", at(1, 1), None, None),
    ("in den letzten drei Wochen", "de", at(10, 31), None, None),
    ("in den letzten 30 Tagen", "de", at(10, 22), None, None),
    ("seit März", "de", at(3, 1), None, "seit März"),
    ("seit dem 3. März", "de", at(3, 3), None, "seit dem 3. März"),
    ("seit Montag", "de", at(11, 16), None, "seit Montag"),
    ("in letzter Zeit", "de", at(11, 7), None, None),
    ("letztes Wochenende", "de", at(11, 14), at(11, 16), "letztes Wochenende"),
]


@pytest.mark.parametrize(("said", "language", "start", "end", "label"), SPANS)
def test_spoken_periods(
    said: str,
    language: str,
    start: datetime,
    end: datetime | None,
    label: str | None,
) -> None:
    """Each form is the span a listener means, named as an answer says it."""
    when = parse_when(said, language, NOW, TZ)
    assert when is not None, said
    assert when.moment is None
    assert when.period.start == start
    assert when.period.end == (end or NOW)
    if label is not None:
        assert when.label == label


@pytest.mark.parametrize(
    ("said", "language", "moment", "label"),
    [
        ("at 8 pm yesterday", "en", at(11, 19, 20), "yesterday at 8 PM"),
        ("yesterday at 8", "en", at(11, 19, 20), "yesterday at 8 PM"),
        ("at 8 pm", "en", at(11, 19, 20), "yesterday at 8 PM"),
        ("at 8", "en", at(11, 20, 8), "at 8 AM"),
        ("at 3 am", "en", at(11, 20, 3), "at 3 AM"),
        ("at noon", "en", at(11, 20, 12), "at 12 PM"),
        ("at midnight", "en", at(11, 20, 0), "at 12 AM"),
        ("at half past eight", "en", at(11, 20, 8) + timedelta(minutes=30), None),
        (
            "at 8:30 p.m. on Saturday",
            "en",
            at(11, 14, 20) + timedelta(minutes=30),
            None,
        ),
        ("on Saturday at 9 in the evening", "en", at(11, 14, 21), None),
        ("gestern um 20 Uhr", "de", at(11, 19, 20), "gestern um 20 Uhr"),
        ("um 8 Uhr abends", "de", at(11, 19, 20), None),
        ("um halb neun", "de", at(11, 20, 8) + timedelta(minutes=30), None),
        ("um Mitternacht", "de", at(11, 20, 0), None),
        ("am Samstag um 21 Uhr", "de", at(11, 14, 21), None),
    ],
)
def test_spoken_moments(
    said: str, language: str, moment: datetime, label: str | None
) -> None:
    """A clock time is the last such moment that has passed, on its day."""
    when = parse_when(said, language, NOW, TZ)
    assert when is not None, said
    assert when.moment == moment
    if label is not None:
        assert when.label == label


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("in the kitchen", "en"),
        ("daft punk", "en"),
        ("tomorrow", "en"),
        ("next week", "en"),
        ("in 2030", "en"),
        ("on February 30th", "en"),
        ("the last 0 days", "en"),
        ("in der Küche", "de"),
        ("morgen früh", "de"),
        ("", "en"),
    ],
)
def test_words_that_are_no_time(said: str, language: str) -> None:
    """Places, names, the future and impossible dates are no period."""
    assert parse_when(said, language, NOW, TZ) is None


def test_all_time() -> None:
    """Ever, overall, insgesamt: everything until now."""
    for said, language in (("ever", "en"), ("of all time", "en"), ("insgesamt", "de")):
        when = parse_when(said, language, NOW, TZ)
        assert when is not None
        assert when.period.name is PeriodName.ALL_TIME


@pytest.mark.parametrize(
    ("said", "language", "name", "start"),
    [
        ("daft punk last week", "en", "daft punk", at(11, 9)),
        (
            "One More Time by Daft Punk in October",
            "en",
            "One More Time by Daft Punk",
            at(10, 1),
        ),
        ("Queen on Saturday", "en", "Queen", at(11, 14)),
        ("Yesterday", "en", "Yesterday", None),
        ("Friday I'm in Love", "en", "Friday I'm in Love", None),
        ("letzte Woche Daft Punk", "de", "Daft Punk", at(11, 9)),
        ("Daft Punk im Oktober", "de", "Daft Punk", at(10, 1)),
    ],
)
def test_a_name_keeps_its_words_and_loses_its_period(
    said: str, language: str, name: str, start: datetime | None
) -> None:
    """The period is split off a name, never a word of the name itself."""
    rest, when = split_when(said, language, NOW, TZ)
    assert rest == name
    assert (when.period.start if when else None) == start


@pytest.mark.parametrize(
    ("said", "language", "name", "vague", "anything"),
    [
        ("um daft punk please", "en", "daft punk", False, False),
        ("songs by Daft Punk last week", "en", "Daft Punk", False, False),
        ("it", "en", "it", True, False),
        ("that song", "en", "that song", True, False),
        ("music today", "en", "music", False, True),
        ("das", "de", "das", True, False),
        ("Lieder von Queen gestern", "de", "Queen", False, False),
    ],
)
def test_fillers_pronouns_and_kinds_are_no_name(
    said: str, language: str, name: str, vague: bool, anything: bool
) -> None:
    """A filler is dropped, a pronoun is vague, "music" means any play."""
    heard = hear_name(said, language, NOW, TZ)
    assert heard.name == name
    assert heard.vague is vague
    assert heard.anything is anything


# More forms, each with the span or moment it means (None: no time).
MORE = [
    ("since today", "en", at(11, 20), None),
    ("in sept", "en", at(9, 1), at(10, 1)),
    ("am Sonnabend", "de", at(11, 14), at(11, 15)),
    ("today at noon", "en", at(11, 20, 12), at(11, 20, 14)),
    ("at lunchtime", "en", at(11, 20, 12), at(11, 20, 14)),
    ("on the 13th of November at night", "en", None, None),
    ("the 13th of November in the evening", "en", at(11, 13, 18), at(11, 14)),
    ("on November 3rd in the evening", "en", at(11, 3, 18), at(11, 4)),
    ("on Tuesday evening", "en", at(11, 17, 18), at(11, 18)),
    ("yesterday night", "en", at(11, 19, 18), at(11, 20, 6)),
    ("gestern Nacht", "de", at(11, 19, 18), at(11, 20, 6)),
    ("gestern am Abend", "de", at(11, 19, 18), at(11, 20)),
    ("heute mittag", "de", at(11, 20, 12), at(11, 20, 14)),
    ("am 3. November abends", "de", at(11, 3, 18), at(11, 4)),
    ("am Dienstagabend", "de", at(11, 17, 18), at(11, 18)),
    ("am Dienstag abends", "de", at(11, 17, 18), at(11, 18)),
    ("letzten Dienstag", "de", at(11, 17), at(11, 18)),
    ("the last month", "en", at(10, 1), at(11, 1)),
    ("the last 1 week", "en", at(11, 14), None),
    ("the last two years", "en", at(11, 21, year=2024), None),
    ("this October", "en", at(10, 1), at(11, 1)),
    ("in October 2024", "en", at(10, 1, year=2024), at(11, 1, year=2024)),
    ("im Oktober 2025", "de", at(10, 1, year=2025), at(11, 1, year=2025)),
    ("the year 2026", "en", at(1, 1), None),
    ("since the beginning of October", "en", at(10, 1), None),
    ("seit Anfang Oktober", "de", at(10, 1), None),
    ("seit letzter Woche", "de", at(11, 9), None),
    ("dieses Wochenende", "de", at(11, 14), at(11, 16)),
    ("heute Nacht", "de", at(11, 20, 18), None),
    ("am Mittag", "de", None, None),
    ("in 2030", "en", None, None),
    ("at quarter to nine", "en", None, None),
    ("at twenty", "en", None, None),
]


@pytest.mark.parametrize(("said", "language", "start", "end"), MORE)
def test_more_forms(
    said: str, language: str, start: datetime | None, end: datetime | None
) -> None:
    """Rarer forms: aliases, parts of named days, years and months with years."""
    when = parse_when(said, language, NOW, TZ)
    if start is None:
        assert when is None or when.moment is not None, said
        return
    assert when is not None, said
    assert when.period.start == start
    assert when.period.end == (end or NOW)


@pytest.mark.parametrize(
    ("said", "language", "moment"),
    [
        ("at quarter to nine", "en", at(11, 20, 8) + timedelta(minutes=45)),
        (
            "at ten past eight yesterday evening",
            "en",
            at(11, 19, 20) + timedelta(minutes=10),
        ),
        ("this morning at five past eight", "en", at(11, 20, 8) + timedelta(minutes=5)),
        ("at twenty five to nine", "en", at(11, 20, 8) + timedelta(minutes=35)),
        ("yesterday at noon", "en", at(11, 19, 12)),
        ("at eight oh five", "en", at(11, 20, 8) + timedelta(minutes=5)),
        ("at 8 15", "en", at(11, 20, 8) + timedelta(minutes=15)),
        ("at six forty five", "en", at(11, 20, 6) + timedelta(minutes=45)),
        ("at 21:00 on Monday", "en", at(11, 16, 21)),
        ("at 9 tonight", "en", at(11, 19, 21)),
        ("um 20 Uhr 15", "de", at(11, 19, 20) + timedelta(minutes=15)),
        ("um viertel nach acht", "de", at(11, 20, 8) + timedelta(minutes=15)),
        ("um viertel vor neun", "de", at(11, 20, 8) + timedelta(minutes=45)),
        ("um acht", "de", at(11, 20, 8)),
        ("um Mittag", "de", at(11, 20, 12)),
        ("gestern um 8 Uhr abends", "de", at(11, 19, 20)),
        ("heute um 8 Uhr morgens", "de", at(11, 20, 8)),
    ],
)
def test_more_clock_times(said: str, language: str, moment: datetime) -> None:
    """Clock times in words, with a part of the day or a day."""
    when = parse_when(said, language, NOW, TZ)
    assert when is not None, said
    assert when.moment == moment


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("at 25", "en"),
        ("at 8:75", "en"),
        ("at half past thirteen o", "en"),
        ("at eight fifty zzz", "en"),
        ("um 25 Uhr", "de"),
        ("um halb zwanzigzig", "de"),
        ("um zzz Uhr", "de"),
        ("am 31. Februar", "de"),
        ("on Funday", "en"),
        ("the last 99999 days", "en"),
        ("since the moon", "en"),
        ("im Jahr 2099", "de"),
    ],
)
def test_more_words_that_are_no_time(said: str, language: str) -> None:
    """Impossible clock times and dates, unknown words: no time."""
    assert parse_when(said, language, NOW, TZ) is None


@pytest.mark.parametrize(
    ("said", "language", "start", "end", "label"),
    [
        ("gestern abends", "de", at(11, 19, 18), at(11, 20), "gestern Abend"),
        ("thursday night", "en", at(11, 19, 18), at(11, 20, 6), "last night"),
        ("yesterday lunchtime", "en", at(11, 19, 12), at(11, 19, 14), None),
        ("at noon today", "en", at(11, 20, 12), at(11, 20, 14), None),
        ("heute mittags", "de", at(11, 20, 12), at(11, 20, 14), None),
        ("heut Abend", "de", at(11, 20, 18), NOW, "heute Abend"),
        ("since in October", "en", at(10, 1), None, "since October"),
        ("letzte Nacht um 23 Uhr", "de", at(11, 19), at(11, 20), None),
    ],
)
def test_parts_of_days_in_other_words(
    said: str,
    language: str,
    start: datetime,
    end: datetime | None,
    label: str | None,
) -> None:
    """A part of a day said another way is the same span."""
    when = parse_when(said, language, NOW, TZ)
    assert when is not None, said
    assert when.period.start == start
    assert when.period.end == (end or NOW)
    if label is not None:
        assert when.label == label


@pytest.mark.parametrize(
    ("said", "language"),
    [("at half past zzz", "en"), ("am 3 13", "de"), ("this December", "en")],
)
def test_still_no_time(said: str, language: str) -> None:
    """An hour that is no number, a thirteenth month, a month to come."""
    assert parse_when(said, language, NOW, TZ) is None

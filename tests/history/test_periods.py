"""Named periods as local calendar ranges: DST, weeks from Monday, month and year ends."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from custom_components.encore.history.epoch import from_ms, to_ms
from custom_components.encore.history.periods import (
    EndBeforeStartError,
    InvalidDaysError,
    MissingStartError,
    Period,
    PeriodError,
    PeriodName,
    UnknownPeriodError,
    UnusedFieldError,
    local_midnight,
    resolve_period,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")
SANTIAGO = ZoneInfo("America/Santiago")


def at(zone: ZoneInfo, *args: int) -> datetime:
    """A local wall-clock time."""
    return datetime(*args, tzinfo=zone)  # type: ignore[misc]


def period(name: str, now: datetime, zone: ZoneInfo = BERLIN, **kw: object) -> Period:
    return resolve_period(name, now=now, time_zone=zone, **kw)  # type: ignore[arg-type]


def test_today_and_yesterday_are_local_days() -> None:
    """Today runs from local midnight to now; yesterday is the whole day before."""
    now = at(BERLIN, 2024, 6, 12, 14, 30)
    today = period("today", now)
    assert (today.start, today.end) == (at(BERLIN, 2024, 6, 12), now)
    yesterday = period(PeriodName.YESTERDAY, now)
    assert (yesterday.start, yesterday.end) == (
        at(BERLIN, 2024, 6, 11),
        at(BERLIN, 2024, 6, 12),
    )
    # Midnight Berlin in summer is 22:00 UTC the day before.
    assert yesterday.start_ms == to_ms(datetime(2024, 6, 10, 22, tzinfo=UTC))
    assert today.end_ms == to_ms(now)


@pytest.mark.parametrize(
    ("day", "hours"),
    [
        (date(2024, 3, 31), 23),  # spring forward
        (date(2024, 10, 27), 25),  # fall back
        (date(2024, 6, 1), 24),
    ],
)
def test_days_last_23_or_25_hours_when_the_clocks_change(day: date, hours: int) -> None:
    """Yesterday seen from the next day is a calendar day, not 24 hours."""
    now = datetime.combine(day + timedelta(days=1), datetime.min.time(), BERLIN)
    yesterday = period("yesterday", now + timedelta(hours=9))
    assert yesterday.end_ms - yesterday.start_ms == hours * 3_600_000
    assert yesterday.start is not None
    assert yesterday.start.date() == day
    assert (yesterday.start.hour, yesterday.start.minute) == (0, 0)


def test_consecutive_days_tile_time() -> None:
    """Over two years in several zones, each yesterday ends where today starts."""
    for zone in (BERLIN, NEW_YORK, KOLKATA, SANTIAGO, UTC):
        moment = datetime(2023, 1, 1, 12, tzinfo=UTC)
        while moment < datetime(2025, 1, 1, tzinfo=UTC):
            local = moment.astimezone(zone)
            today = resolve_period("today", now=local, time_zone=zone)
            yesterday = resolve_period("yesterday", now=local, time_zone=zone)
            assert yesterday.end == today.start
            assert today.start is not None
            assert yesterday.start is not None
            assert today.start.date() == local.date()
            assert (
                23 * 3600
                <= (yesterday.end - yesterday.start).total_seconds()
                <= 25 * 3600
            )
            moment += timedelta(hours=13)


def test_a_day_without_midnight_starts_when_it_does() -> None:
    """Chile moved its clocks from 00:00 to 01:00: that day starts at 01:00."""
    start = local_midnight(date(2024, 9, 8), SANTIAGO)
    assert (start.hour, start.minute) == (1, 0)
    today = period("today", at(SANTIAGO, 2024, 9, 8, 12), SANTIAGO)
    assert today.start == start
    yesterday = period("yesterday", at(SANTIAGO, 2024, 9, 9, 12), SANTIAGO)
    assert yesterday.end_ms - yesterday.start_ms == 23 * 3_600_000


def test_weeks_start_on_monday() -> None:
    """On a Sunday this week began six days ago; last week is the one before."""
    sunday = at(BERLIN, 2024, 3, 31, 20)  # also the day of the spring change
    this_week = period("this_week", sunday)
    assert this_week.start == at(BERLIN, 2024, 3, 25)
    assert this_week.end == sunday
    last_week = period("last_week", sunday)
    assert (last_week.start, last_week.end) == (
        at(BERLIN, 2024, 3, 18),
        at(BERLIN, 2024, 3, 25),
    )
    monday = at(BERLIN, 2024, 4, 1, 0, 5)
    assert period("this_week", monday).start == at(BERLIN, 2024, 4, 1)
    # A week over the change lasts 167 hours.
    after = period("last_week", monday)
    assert after.end_ms - after.start_ms == 167 * 3_600_000


def test_months_and_years_wrap() -> None:
    """January's last month is December of the year before; March's is February."""
    january = at(BERLIN, 2024, 1, 15, 9)
    last_month = period("last_month", january)
    assert (last_month.start, last_month.end) == (
        at(BERLIN, 2023, 12, 1),
        at(BERLIN, 2024, 1, 1),
    )
    assert period("this_month", january).start == at(BERLIN, 2024, 1, 1)
    assert period("this_year", january).start == at(BERLIN, 2024, 1, 1)
    last_year = period("last_year", january)
    assert (last_year.start, last_year.end) == (
        at(BERLIN, 2023, 1, 1),
        at(BERLIN, 2024, 1, 1),
    )
    leap = period("last_month", at(BERLIN, 2024, 3, 31, 23, 59))
    assert (leap.start, leap.end) == (at(BERLIN, 2024, 2, 1), at(BERLIN, 2024, 3, 1))


def test_last_days_include_today() -> None:
    """The last 7 days on a Wednesday afternoon start on Thursday at midnight."""
    wednesday = at(BERLIN, 2024, 6, 12, 15)
    seven = period("last_days", wednesday, days=7)
    assert (seven.start, seven.end, seven.days) == (
        at(BERLIN, 2024, 6, 6),
        wednesday,
        7,
    )
    assert period("last_days", wednesday, days=1).start == at(BERLIN, 2024, 6, 12)
    year = period("last_days", wednesday, days=365)
    assert year.start == at(BERLIN, 2023, 6, 14)


def test_all_time_and_custom() -> None:
    """All time has no start; custom takes aware or local naive bounds."""
    now = at(NEW_YORK, 2024, 11, 3, 12)
    everything = period("all_time", now, NEW_YORK)
    assert everything.start is None
    assert everything.start_ms is None
    assert everything.end == now
    custom = period(
        "custom",
        now,
        NEW_YORK,
        start=datetime(2024, 11, 2, 22, 0),  # noqa: DTZ001 - naive: New York time
        end=datetime(2024, 11, 3, 8, 0, tzinfo=UTC),
    )
    assert custom.start == at(NEW_YORK, 2024, 11, 2, 22)
    assert custom.end_ms == to_ms(datetime(2024, 11, 3, 8, tzinfo=UTC))
    open_ended = period("custom", now, NEW_YORK, start=at(NEW_YORK, 2024, 1, 1))
    assert open_ended.end == now


def test_now_in_another_zone_is_converted() -> None:
    """`now` in UTC still means the local day of the time zone."""
    now = datetime(2024, 6, 12, 23, 30, tzinfo=UTC)  # 01:30 on the 13th in Berlin
    today = period("today", now)
    assert today.start == at(BERLIN, 2024, 6, 13)
    kolkata = period("today", now, KOLKATA)  # 05:00 on the 13th
    assert kolkata.start == at(KOLKATA, 2024, 6, 13)
    assert kolkata.start_ms == to_ms(datetime(2024, 6, 12, 18, 30, tzinfo=UTC))


@pytest.mark.parametrize(
    ("name", "kwargs", "error", "key"),
    [
        ("custom", {}, MissingStartError, "period_missing_start"),
        (
            "custom",
            {
                "start": datetime(2024, 2, 1, tzinfo=UTC),
                "end": datetime(2024, 1, 1, tzinfo=UTC),
            },
            EndBeforeStartError,
            "period_end_before_start",
        ),
        ("last_days", {}, InvalidDaysError, "period_invalid_days"),
        ("last_days", {"days": 0}, InvalidDaysError, "period_invalid_days"),
        ("last_days", {"days": 10**9}, InvalidDaysError, "period_invalid_days"),
        ("fortnight", {}, UnknownPeriodError, "period_unknown"),
        ("this_week", {"days": 30}, UnusedFieldError, "period_field_unused"),
        (
            "last_days",
            {"days": 3, "start": datetime(2024, 1, 1, tzinfo=UTC)},
            UnusedFieldError,
            "period_field_unused",
        ),
        (
            "all_time",
            {"end": datetime(2024, 1, 1, tzinfo=UTC)},
            UnusedFieldError,
            "period_field_unused",
        ),
        ("custom", {"days": 3}, UnusedFieldError, "period_field_unused"),
    ],
)
def test_bad_periods_raise_translatable_errors(
    name: str, kwargs: dict[str, object], error: type[PeriodError], key: str
) -> None:
    """Every refusal is a ValueError that names its message."""
    with pytest.raises(error) as raised:
        period(name, at(BERLIN, 2024, 6, 12), **kwargs)
    assert isinstance(raised.value, ValueError)
    assert raised.value.translation_key == key
    assert isinstance(raised.value.translation_placeholders, dict)


def test_an_empty_custom_period_is_allowed() -> None:
    """Start equal to end is an empty period, not an error."""
    moment = at(BERLIN, 2024, 6, 12)
    empty = period("custom", moment, start=moment, end=moment)
    assert empty.start_ms == empty.end_ms


def test_milliseconds_round_trip() -> None:
    """Epoch milliseconds convert without float rounding."""
    moment = datetime(2024, 6, 12, 10, 11, 12, 345_000, tzinfo=UTC)
    assert to_ms(moment) == 1_718_187_072_345
    assert from_ms(1_718_187_072_345) == moment
    assert from_ms(0, BERLIN) == at(BERLIN, 1970, 1, 1, 1)
    as_dict = period("last_days", at(BERLIN, 2024, 6, 12, 15), days=2).as_dict()
    assert as_dict == {
        "name": "last_days",
        "start": "2024-06-11T00:00:00+02:00",
        "end": "2024-06-12T15:00:00+02:00",
        "days": 2,
    }

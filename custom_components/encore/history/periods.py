"""Named periods ("this week", "last month", "the last 7 days") as time ranges.

Days, weeks, months and years are calendar ones in Home Assistant's time zone
(`dt_util.get_default_time_zone()`, passed in as `time_zone`): a day runs from
one local midnight to the next, so it lasts 23 or 25 hours when the clocks
change, and the bounds are exact instants either way. Weeks start on Monday.

A period that is still going on (today, this week/month/year, the last N
days, all time) ends at `now`, not at the end of the calendar period: nothing
has been played in the future, and an answer about "this week" should say the
week so far. Periods that are over end at the next period's start. The end
is always exclusive.

"The last N days" are the N calendar days ending today, today included: the
last 7 days on a Wednesday afternoon start on the Thursday before at
midnight. (Not the last N x 24 hours: a question in days means whole days.)
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from .epoch import to_ms

MAX_DAYS = 36_500
"""The most days "the last N days" may ask for: a hundred years."""
FIRST_YEAR = 1970
"""The first year a period may touch: plays are stored in milliseconds since 1970."""
LAST_YEAR = 2199
"""The last year a period may touch. Far beyond any play, and near enough
that the period before one (a recap's comparison) is still a date: year
9999 has no year after it, and a span from year 1 none before it."""


class PeriodName(StrEnum):
    """The periods a question can name."""

    TODAY = "today"
    YESTERDAY = "yesterday"
    THIS_WEEK = "this_week"
    LAST_WEEK = "last_week"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    LAST_DAYS = "last_days"
    ALL_TIME = "all_time"
    CUSTOM = "custom"


class PeriodError(ValueError):
    """A period that cannot be resolved; `translation_key` names the message."""

    translation_key = "period_invalid"

    def __init__(self, message: str, **placeholders: str) -> None:
        """Keep the placeholders of the translated message."""
        super().__init__(message)
        self.translation_placeholders = placeholders


class OutOfRangeError(PeriodError):
    """A period reaches before `FIRST_YEAR` or after `LAST_YEAR`."""

    translation_key = "period_out_of_range"

    def __init__(self, message: str) -> None:
        """Name the years the history can hold."""
        super().__init__(message, first=str(FIRST_YEAR), last=str(LAST_YEAR))


class MonthFormatError(PeriodError):
    """A month is not written as YYYY-MM."""

    translation_key = "period_month_format"


def check_year(year: int) -> None:
    """Raise `OutOfRangeError` for a year outside `FIRST_YEAR`..`LAST_YEAR`."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise OutOfRangeError(f"{year} is outside what the history holds")


class UnknownPeriodError(PeriodError):
    """The name is none of `PeriodName`."""

    translation_key = "period_unknown"


class MissingStartError(PeriodError):
    """A custom period needs a start."""

    translation_key = "period_missing_start"


class EndBeforeStartError(PeriodError):
    """A custom period ends before it starts."""

    translation_key = "period_end_before_start"


class InvalidDaysError(PeriodError):
    """The last N days need N of at least 1."""

    translation_key = "period_invalid_days"


class UnusedFieldError(PeriodError):
    """A number of days or a start or end given with a period that has its own."""

    translation_key = "period_field_unused"


@dataclass(frozen=True, slots=True)
class Period:
    """A resolved period: aware bounds, `end` exclusive."""

    name: PeriodName
    start: datetime | None
    """Aware, in the time zone it was resolved in; None = since the beginning."""
    end: datetime
    """Aware and exclusive."""
    days: int | None = None
    """The N of `LAST_DAYS`."""

    @property
    def start_ms(self) -> int | None:
        """The start in epoch milliseconds, as the history stores times."""
        return None if self.start is None else to_ms(self.start)

    @property
    def end_ms(self) -> int:
        """The (exclusive) end in epoch milliseconds."""
        return to_ms(self.end)

    def as_dict(self) -> dict[str, str | int | None]:
        """Return the period as JSON-friendly values."""
        return {
            "name": self.name.value,
            "start": None if self.start is None else self.start.isoformat(),
            "end": self.end.isoformat(),
            "days": self.days,
        }


def local_midnight(day: date, time_zone: tzinfo) -> datetime:
    """Return the first instant of a local calendar day.

    Where the clocks jump over midnight (some zones change at 00:00), the day
    starts at the first local time that exists; the round trip through UTC
    turns the skipped 00:00 into it. Where midnight happens twice, the first.
    """
    return (
        datetime.combine(day, time(), tzinfo=time_zone)
        .astimezone(UTC)
        .astimezone(time_zone)
    )


def _aware(moment: datetime, time_zone: tzinfo) -> datetime:
    """Return `moment` in `time_zone`; a naive one is local time there."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=time_zone).astimezone(UTC).astimezone(time_zone)
    return moment.astimezone(time_zone)


def _month_start(year: int, month: int) -> date:
    # Month arithmetic that wraps the year: month 0 is last December.
    year += (month - 1) // 12
    return date(year, (month - 1) % 12 + 1, 1)


def implied_period(
    name: PeriodName | str | None,
    *,
    days: int | None = None,
    start: object = None,
    end: object = None,
    default: PeriodName,
) -> PeriodName | str:
    """Return the period asked for; without a name, the one its fields imply.

    A number of days alone means the last days, a start or end alone a
    custom period, nothing at all `default`.
    """
    if name is not None:
        return name
    if days is not None:
        return PeriodName.LAST_DAYS
    if start is not None or end is not None:
        return PeriodName.CUSTOM
    return default


def resolve_period(
    name: PeriodName | str,
    *,
    now: datetime,
    time_zone: tzinfo,
    days: int | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
) -> Period:
    """Turn a period's name into its bounds at `now`, in `time_zone`.

    `days` goes only with `LAST_DAYS`, `start` and `end` only with `CUSTOM`
    (naive values are local time in `time_zone`; without `end` a custom
    period runs until `now`). Raises a `PeriodError` for what cannot be
    resolved, and for a field the period would ignore: "this week" with
    30 days is a question asked wrong, not one to answer about this week.
    """
    try:
        period = PeriodName(name)
    except ValueError as err:
        raise UnknownPeriodError(f"unknown period {name!r}", period=str(name)) from err
    for field, given, belongs in (
        ("days", days, PeriodName.LAST_DAYS),
        ("start", start, PeriodName.CUSTOM),
        ("end", end, PeriodName.CUSTOM),
    ):
        if given is not None and period is not belongs:
            raise UnusedFieldError(
                f"{field} goes with {belongs}, not {period}",
                field=field,
                needs=belongs.value,
                period=period.value,
            )
    now = _aware(now, time_zone)
    today = now.date()

    def day_start(day: date) -> datetime:
        return local_midnight(day, time_zone)

    match period:
        case PeriodName.TODAY:
            return Period(period, day_start(today), now)
        case PeriodName.YESTERDAY:
            return Period(
                period, day_start(today - timedelta(days=1)), day_start(today)
            )
        case PeriodName.THIS_WEEK:
            monday = today - timedelta(days=today.weekday())
            return Period(period, day_start(monday), now)
        case PeriodName.LAST_WEEK:
            monday = today - timedelta(days=today.weekday())
            return Period(
                period, day_start(monday - timedelta(days=7)), day_start(monday)
            )
        case PeriodName.THIS_MONTH:
            return Period(period, day_start(today.replace(day=1)), now)
        case PeriodName.LAST_MONTH:
            first = today.replace(day=1)
            return Period(
                period,
                day_start(_month_start(today.year, today.month - 1)),
                day_start(first),
            )
        case PeriodName.THIS_YEAR:
            return Period(period, day_start(date(today.year, 1, 1)), now)
        case PeriodName.LAST_YEAR:
            return Period(
                period,
                day_start(date(today.year - 1, 1, 1)),
                day_start(date(today.year, 1, 1)),
            )
        case PeriodName.LAST_DAYS:
            if days is None or days < 1:
                raise InvalidDaysError(
                    f"the last N days need N >= 1, not {days}", days=str(days)
                )
            try:
                first_day = today - timedelta(days=days - 1)
            except OverflowError as err:
                raise InvalidDaysError(
                    f"{days} days go back before year 1", days=str(days)
                ) from err
            return Period(period, day_start(first_day), now, days)
        case PeriodName.ALL_TIME:
            return Period(period, None, now)
        case PeriodName.CUSTOM:
            if start is None:
                raise MissingStartError("a custom period needs a start")
            # Before `_aware`: year 1 has no UTC east of Greenwich.
            for moment in (start, end):
                if moment is not None:
                    check_year(moment.year)
            begins = _aware(start, time_zone)
            ends = now if end is None else _aware(end, time_zone)
            if ends < begins:
                raise EndBeforeStartError(
                    "the period ends before it starts",
                    start=begins.isoformat(),
                    end=ends.isoformat(),
                )
            return Period(period, begins, ends)

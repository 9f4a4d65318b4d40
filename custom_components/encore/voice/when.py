"""Spoken periods and moments ("last Friday evening", "seit März"), EN and DE.

One parser for Assist's sentences and the LLM tools: the words a person says
for a time become either a period (a start and an exclusive end, clipped to
now: nothing has been played in the future) or a moment (a clock time, for
"what was playing at 8"). Named calendar periods keep their names, so their
answers read as before ("this week"); every other one gets a label of its
own in the asker's language, built from what was understood, never echoed
from what was heard.

Parts of a day, in both languages: morning 5-12, noon 12-14 (German "Mittag"
only), afternoon 12-18, evening 18-24, night 18-6 of the next morning.
"Lately" and "recently" are the last 14 days. A weekday alone is the last
one that has begun (today's, when today is that day); "last Friday" is the
one before today. A month or a date alone is the last one that has begun.

`split_when` finds such words at the start or end of a longer phrase (a
name said with its period: "Daft Punk last week"), so a period is never taken
for part of a name.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from functools import cache
import re

from ..history.periods import Period, PeriodName, local_midnight, resolve_period
from .seasons import find_season

LATELY_DAYS = 14
_MAX_COUNT = 3650

# -- words ----------------------------------------------------------------------

_NUMBERS = {
    "en": {
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "ninety": 90,
        "a couple of": 2,
        "couple of": 2,
        "a couple": 2,
        "a few": 3,
        "few": 3,
        "several": 3,
    },
    "de": {
        "ein": 1,
        "eine": 1,
        "einen": 1,
        "einem": 1,
        "einer": 1,
        "eins": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
        "dreizehn": 13,
        "vierzehn": 14,
        "fünfzehn": 15,
        "sechzehn": 16,
        "siebzehn": 17,
        "achtzehn": 18,
        "neunzehn": 19,
        "zwanzig": 20,
        "dreißig": 30,
        "vierzig": 40,
        "fünfzig": 50,
        "sechzig": 60,
        "neunzig": 90,
        "paar": 2,
        "ein paar": 3,
        "einige": 3,
        "einigen": 3,
        "wenige": 3,
        "wenigen": 3,
    },
}
_ORDINALS_EN = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
for _n in range(1, 10):
    _word = next(k for k, v in _ORDINALS_EN.items() if v == _n)
    _ORDINALS_EN[f"twenty {_word}"] = 20 + _n
    _ORDINALS_EN[f"twenty-{_word}"] = 20 + _n
_ORDINALS_EN["thirty first"] = _ORDINALS_EN["thirty-first"] = 31

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
    "de": (
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ),
}
_MONTH_ALIASES = {
    "en": {"jan": 1, "feb": 2, "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12},
    "de": {"jänner": 1, "maerz": 3, "marz": 3, "okt": 10, "dez": 12},
}
_WEEKDAYS = {
    "en": (
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ),
    "de": (
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
    ),
}
_WEEKDAY_ALIASES = {"de": {"sonnabend": 5}, "en": {}}
_PARTS: dict[str, tuple[int, int]] = {
    "morning": (5, 12),
    "noon": (12, 14),
    "afternoon": (12, 18),
    "evening": (18, 24),
    "night": (18, 30),
}
_PART_WORDS = {
    "en": {
        "morning": "morning",
        "afternoon": "afternoon",
        "evening": "evening",
        "night": "night",
        "lunchtime": "noon",
    },
    "de": {
        "morgen": "morning",
        "früh": "morning",
        "vormittag": "morning",
        "mittag": "noon",
        "nachmittag": "afternoon",
        "abend": "evening",
        "nacht": "night",
    },
}
_UNITS = {
    "en": {
        "day": "day",
        "days": "day",
        "week": "week",
        "weeks": "week",
        "month": "month",
        "months": "month",
        "year": "year",
        "years": "year",
    },
    "de": {
        "tag": "day",
        "tage": "day",
        "tagen": "day",
        "woche": "week",
        "wochen": "week",
        "monat": "month",
        "monate": "month",
        "monaten": "month",
        "monats": "month",
        "jahr": "year",
        "jahre": "year",
        "jahren": "year",
    },
}

# The labels of what was understood; `{…}` filled by `_Labels`.
_LABELS = {
    "en": {
        "day_part": "{day} {part}",
        "this_part": "this {part}",
        "tonight": "tonight",
        "last_night": "last night",
        "on_weekday": "on {weekday}",
        "last_weekday": "last {weekday}",
        "on_weekday_part": "on {weekday} {part}",
        "on_date": "on {date}",
        "on_date_part": "on {date} in the {part}",
        "day_before_yesterday": "the day before yesterday",
        "in_month": "in {month}",
        "in_year": "in {year}",
        "last_n": "in the last {n} {unit}",
        "since": "since {what}",
        "this_weekend": "this weekend",
        "last_weekend": "last weekend",
        "at": "at {time}",
    },
    "de": {
        "day_part": "{day} {part}",
        "this_part": "heute {part}",
        "tonight": "heute Abend",
        "last_night": "letzte Nacht",
        "on_weekday": "am {weekday}",
        "last_weekday": "letzten {weekday}",
        "on_weekday_part": "am {weekday}{part_lower}",
        "on_date": "am {date}",
        "on_date_part": "am {date} {part_adverb}",
        "day_before_yesterday": "vorgestern",
        "in_month": "im {month}",
        "in_year": "im Jahr {year}",
        "last_n": "in den letzten {n} {unit}",
        "since": "seit {what}",
        "this_weekend": "dieses Wochenende",
        "last_weekend": "letztes Wochenende",
        "at": "um {time}",
    },
}
_PART_LABELS = {
    "en": {
        "morning": "morning",
        "noon": "at noon",
        "afternoon": "afternoon",
        "evening": "evening",
        "night": "night",
    },
    "de": {
        "morning": "Morgen",
        "noon": "Mittag",
        "afternoon": "Nachmittag",
        "evening": "Abend",
        "night": "Nacht",
    },
}
_PART_ADVERBS = {
    "morning": "morgens",
    "noon": "mittags",
    "afternoon": "nachmittags",
    "evening": "abends",
    "night": "nachts",
}
_UNIT_LABELS = {
    "en": {
        "day": ("day", "days"),
        "week": ("week", "weeks"),
        "month": ("month", "months"),
        "year": ("year", "years"),
    },
    "de": {
        "day": ("Tag", "Tagen"),
        "week": ("Woche", "Wochen"),
        "month": ("Monat", "Monaten"),
        "year": ("Jahr", "Jahren"),
    },
}
DISPLAY_MONTHS: dict[str, tuple[str, ...]] = {
    "en": tuple(name.capitalize() for name in _MONTHS["en"]),
    "de": tuple(name.capitalize() for name in _MONTHS["de"]),
}
"""Month names as written in an answer; `month_names` as heard."""
_DISPLAY_WEEKDAYS = {
    "en": tuple(name.capitalize() for name in _WEEKDAYS["en"]),
    "de": tuple(name.capitalize() for name in _WEEKDAYS["de"]),
}


@dataclass(frozen=True, slots=True)
class When:
    """What a spoken time means.

    `period` is always set: a moment's day for a clock time, so a question
    that needs a period can still be answered. `label` is None for a named
    calendar period (its own words say it), else what the answers say.
    """

    period: Period
    label: str | None = None
    moment: datetime | None = None


# -- normalising ------------------------------------------------------------------

_PUNCTUATION = re.compile(r"[,;!?¿¡\"“”„«»()]")
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Return lowercase words with single spaces, as the patterns expect."""
    text = text.lower().replace("\u2019", "'").replace("`", "'")
    text = re.sub(r"\b([ap])\.\s?m\.?(?=\s|$)", r"\1m", text)
    text = re.sub(r"(?<=\d)\s?(am|pm)\b", r" \1", text)
    # "3." is a German ordinal, "8.30" a clock time; a final full stop is neither.
    text = re.sub(r"(\d{1,2})\.(\d{2})\b", r"\1:\2", text)
    text = re.sub(r"(\d+)\.", r"\1", text)
    text = re.sub(r"\.(?=\s|$)", " ", text)
    text = _PUNCTUATION.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


# -- the parser -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    language: str
    now: datetime
    time_zone: tzinfo

    @property
    def today(self) -> date:
        return self.now.date()

    def midnight(self, day: date) -> datetime:
        return local_midnight(day, self.time_zone)

    def named(self, name: PeriodName, days: int | None = None) -> When:
        return When(
            resolve_period(name, now=self.now, time_zone=self.time_zone, days=days)
        )

    def span(self, start: datetime | None, end: datetime, label: str) -> When:
        end = min(end, self.now)
        if start is not None:
            start = min(start, end)
        return When(Period(PeriodName.CUSTOM, start, end), label)

    def days(self, first: date, last: date, label: str) -> When:
        """Whole local days, `last` included."""
        return self.span(
            self.midnight(first), self.midnight(last + timedelta(days=1)), label
        )

    def part(self, day: date, part: str, label: str) -> When:
        begins, ends = _PARTS[part]
        start = self.midnight(day) + timedelta(hours=begins)
        if ends >= 24:
            start = datetime.combine(day, time(begins), tzinfo=self.time_zone)
            end = self.midnight(day + timedelta(days=1)) + timedelta(hours=ends - 24)
        else:
            start = datetime.combine(day, time(begins), tzinfo=self.time_zone)
            end = datetime.combine(day, time(ends), tzinfo=self.time_zone)
        return self.span(start, end, label)

    def text(self, key: str, **values: object) -> str:
        return _LABELS[self.language][key].format(**values)

    def day_label(self, day: date) -> str:
        """'today', 'yesterday', 'on Friday' (this week), 'on March 3'."""
        if day == self.today:
            return "today" if self.language == "en" else "heute"
        if day == self.today - timedelta(days=1):
            return "yesterday" if self.language == "en" else "gestern"
        back = (self.today - day).days
        if 0 < back < 7:
            return self.text("on_weekday", weekday=self.weekday_name(day.weekday()))
        if back == 7:
            return self.text("last_weekday", weekday=self.weekday_name(day.weekday()))
        return self.text("on_date", date=self.date_name(day))

    def weekday_name(self, index: int) -> str:
        return _DISPLAY_WEEKDAYS[self.language][index]

    def month_name(self, month: int, year: int | None = None) -> str:
        name = DISPLAY_MONTHS[self.language][month - 1]
        if year is not None and year != self.today.year:
            return f"{name} {year}"
        return name

    def date_name(self, day: date) -> str:
        month = DISPLAY_MONTHS[self.language][day.month - 1]
        if self.language == "de":
            text = f"{day.day}. {month}"
            return text if day.year == self.today.year else f"{text} {day.year}"
        text = f"{month} {day.day}"
        return text if day.year == self.today.year else f"{text}, {day.year}"

    def clock_name(self, moment: datetime) -> str:
        if self.language == "de":
            if moment.minute:
                return f"{moment.hour}:{moment.minute:02d} Uhr"
            return f"{moment.hour} Uhr"
        hour = moment.hour % 12 or 12
        suffix = "AM" if moment.hour < 12 else "PM"
        if moment.minute:
            return f"{hour}:{moment.minute:02d} {suffix}"
        return f"{hour} {suffix}"


def _number(word: str, language: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBERS[language].get(word)


def _month(word: str, language: str) -> int | None:
    if word in _MONTHS[language]:
        return _MONTHS[language].index(word) + 1
    return _MONTH_ALIASES[language].get(word)


def _weekday(word: str, language: str) -> int | None:
    if word in _WEEKDAYS[language]:
        return _WEEKDAYS[language].index(word)
    return _WEEKDAY_ALIASES[language].get(word)


def _day_of_month(word: str) -> int | None:
    found = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th|ten|te)?", word)
    if found:
        return int(found.group(1))
    return _ORDINALS_EN.get(word)


def _last_weekday(today: date, weekday: int, *, before_today: bool) -> date:
    back = (today.weekday() - weekday) % 7
    if back == 0 and before_today:
        back = 7
    return today - timedelta(days=back)


def _last_date(today: date, month: int, day: int, year: int | None) -> date | None:
    try:
        if year is not None:
            return date(year, month, day)
        found = date(today.year, month, day)
        return found if found <= today else date(today.year - 1, month, day)
    except ValueError:
        return None


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _words(options: object) -> str:
    words = sorted(options, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(word) for word in words)


@cache
def _vocabulary(language: str) -> dict[str, str]:
    months = list(_MONTHS[language]) + list(_MONTH_ALIASES[language])
    weekdays = list(_WEEKDAYS[language]) + list(_WEEKDAY_ALIASES[language])
    numbers = [*_NUMBERS[language], r"\d+"]
    return {
        "month": f"(?:{_words(months)})",
        "weekday": f"(?:{_words(weekdays)})",
        "number": f"(?:{'|'.join([_words(_NUMBERS[language]), r'\d+'])})",
        "unit": f"(?:{_words(_UNITS[language])})",
        "ordinal": (
            rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_words(_ORDINALS_EN)})"
            if language == "en"
            else r"(?:\d{1,2})"
        ),
        "year": r"(?:19\d\d|20\d\d)",
        "part": f"(?:{_words(_PART_WORDS[language])})",
        "_numbers": "|".join(numbers),
    }


# -- clock times -------------------------------------------------------------------

_EN_HOURS = {
    word: value for word, value in _NUMBERS["en"].items() if 1 <= value <= 12
} | {"noon": 12, "midnight": 0}
_DE_HOURS = {
    word: value for word, value in _NUMBERS["de"].items() if 1 <= value <= 24
} | {"ein": 1, "eins": 1, "mitternacht": 0}


def _clock(ctx: _Context, text: str) -> tuple[int, int, str | None] | None:
    """Return (hour, minute, "am"/"pm"/None) of a spoken clock time."""
    if ctx.language == "en":
        return _clock_en(text)
    return _clock_de(text)


def _hour_word(word: str, table: dict[str, int]) -> int | None:
    if word.isdigit():
        return int(word)
    return table.get(word)


_EN_MERIDIEM = {
    "am": "am",
    "in the morning": "am",
    "pm": "pm",
    "in the afternoon": "pm",
    "in the evening": "pm",
    "at night": "pm",
    "tonight": "pm",
}


def _clock_en(text: str) -> tuple[int, int, str | None] | None:
    text = re.sub(r"^(?:at|around|about|at around|at about|right at) ", "", text)
    meridiem = None
    for words, value in _EN_MERIDIEM.items():
        if text.endswith(" " + words):
            text = text.removesuffix(" " + words)
            meridiem = value
            break
    text = text.removesuffix(" o'clock").removesuffix(" oclock").removesuffix(" sharp")
    if text in {"noon", "midday"}:
        return 12, 0, "pm"
    if text == "midnight":
        return 0, 0, "am"
    if found := re.fullmatch(r"(\d{1,2}):(\d{2})", text):
        hour, minute = int(found.group(1)), int(found.group(2))
    elif found := re.fullmatch(
        r"(half|quarter|\S+(?: \S+)?) (past|after|to) (\S+)", text
    ):
        base = _hour_word(found.group(3), _EN_HOURS)
        minutes = _past_minutes(found.group(1))
        if base is None or minutes is None:
            return None
        if found.group(2) == "to":
            hour, minute = (base - 1) % 24, 60 - minutes
        else:
            hour, minute = base, minutes
    elif found := re.fullmatch(r"(\S+)(?: (\S+))?(?: (\S+))?", text):
        hour_value = _hour_word(found.group(1), _EN_HOURS)
        if hour_value is None:
            return None
        hour = hour_value
        rest = " ".join(part for part in found.groups()[1:] if part)
        if not rest:
            minute = 0
        elif rest.isdigit():
            minute = int(rest)
        elif found.group(2) in ("oh", "o") and found.group(3):
            minute_value = _hour_word(found.group(3), _NUMBERS["en"])
            if minute_value is None:
                return None
            minute = minute_value
        else:
            tens = _NUMBERS["en"].get(found.group(2) or "")
            ones = _NUMBERS["en"].get(found.group(3) or "", 0)
            if tens is None or (
                found.group(3) and found.group(3) not in _NUMBERS["en"]
            ):
                return None
            minute = tens + ones
    else:
        return None
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    if hour > 12:
        meridiem = None
    return hour, minute, meridiem


def _past_minutes(said: str) -> int | None:
    """Minutes before "past" or "to": "half", "quarter", "ten", "twenty five"."""
    if said in ("half", "quarter"):
        return 30 if said == "half" else 15
    said = said.removesuffix(" minutes").removesuffix(" minute")
    if said.isdigit():
        minutes = int(said)
    else:
        tens, _, ones = said.partition(" ")
        value = _NUMBERS["en"].get(tens)
        extra = _NUMBERS["en"].get(ones, 0) if ones else 0
        if value is None or (ones and ones not in _NUMBERS["en"]):
            return None
        minutes = value + extra
    return minutes if 1 <= minutes <= 30 else None


def _clock_de(text: str) -> tuple[int, int, str | None] | None:
    text = re.sub(r"^(?:um|gegen|so um|ungefähr um|etwa um) ", "", text)
    meridiem = None
    for words, value in (
        ("morgens", "am"),
        ("früh", "am"),
        ("vormittags", "am"),
        ("in der früh", "am"),
        ("am morgen", "am"),
        ("am vormittag", "am"),
        ("nachmittags", "pm"),
        ("abends", "pm"),
        ("nachts", "pm"),
        ("am nachmittag", "pm"),
        ("am abend", "pm"),
        ("in der nacht", "pm"),
    ):
        if text.endswith(" " + words):
            text = text.removesuffix(" " + words)
            meridiem = value
            break
    if text in ("mitternacht", "null uhr"):
        return 0, 0, "am"
    if text in ("mittag", "mittags", "zwölf uhr mittags"):
        return 12, 0, "pm"
    if found := re.fullmatch(r"(\d{1,2}):(\d{2})(?: uhr)?", text):
        hour, minute = int(found.group(1)), int(found.group(2))
    elif found := re.fullmatch(r"(\S+) uhr(?: (\S+))?", text):
        hour_value = _hour_word(found.group(1), _DE_HOURS)
        minute_value = (
            _hour_word(found.group(2), _NUMBERS["de"]) if found.group(2) else 0
        )
        if hour_value is None or minute_value is None:
            return None
        hour, minute = hour_value, minute_value
    elif found := re.fullmatch(
        r"(halb|viertel nach|viertel vor|dreiviertel) (\S+)", text
    ):
        base = _hour_word(found.group(2), _DE_HOURS)
        if base is None:
            return None
        hour, minute = {
            "halb": ((base - 1) % 24, 30),
            "viertel nach": (base, 15),
            "viertel vor": ((base - 1) % 24, 45),
            "dreiviertel": ((base - 1) % 24, 45),
        }[found.group(1)]
    elif found := re.fullmatch(r"(\S+)", text):
        hour_value = _hour_word(found.group(1), _DE_HOURS)
        if hour_value is None:
            return None
        hour, minute = hour_value, 0
    else:
        return None
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    hour %= 24
    if hour > 12:
        meridiem = None
    return hour, minute, meridiem


def moment_on(
    now: datetime,
    hour: int,
    minute: int = 0,
    meridiem: str | None = None,
    day: date | None = None,
) -> datetime:
    """Return the moment a spoken clock time means.

    "8 PM" is 20:00; a bare "8" is whichever of 8:00 and 20:00 passed last
    on that day. Without a day, a time still to come today means yesterday.
    """
    if meridiem == "pm" and hour < 12:
        hours = [hour + 12]
    elif meridiem == "am" and hour == 12:
        hours = [0]
    elif meridiem is None and 0 < hour < 12:
        hours = [hour, hour + 12]
    else:
        hours = [hour]
    base = now.date() if day is None else day
    candidates = [
        datetime.combine(base, time(h, minute), tzinfo=now.tzinfo) for h in hours
    ]
    past = [moment for moment in candidates if moment <= now]
    if past:
        return max(past)
    if day is None:
        return max(candidates) - timedelta(days=1)
    return min(candidates)


# -- days --------------------------------------------------------------------------


def _day(ctx: _Context, text: str) -> tuple[date, str | None] | None:
    """Return a spoken day, and the part of it said with it ("friday evening")."""
    language = ctx.language
    today = ctx.today
    parts = _PART_WORDS[language]
    if language == "en":
        text = re.sub(r"^(?:on|on the|the) ", "", text)
        relative_parts = {
            "this morning": (today, "morning"),
            "this afternoon": (today, "afternoon"),
            "this evening": (today, "evening"),
            "tonight": (today, "evening"),
            "last night": (today - timedelta(days=1), "night"),
            "yesterday night": (today - timedelta(days=1), "night"),
        }
        if text in relative_parts:
            return relative_parts[text]
        simple = {
            "today": today,
            "yesterday": today - timedelta(days=1),
            "the day before yesterday": today - timedelta(days=2),
            "day before yesterday": today - timedelta(days=2),
        }
        for words, day in simple.items():
            if text == words:
                return day, None
            for part_word, part in parts.items():
                if text in (f"{words} {part_word}", f"{words} in the {part_word}"):
                    return day, part
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
    text = re.sub(r"^(?:am|an dem|den|dem) ", "", text)
    if text in ("letzte nacht", "gestern nacht"):
        return today - timedelta(days=1), "night"
    simple = {
        "heute": today,
        "gestern": today - timedelta(days=1),
        "vorgestern": today - timedelta(days=2),
    }
    for words, day in simple.items():
        if text == words:
            return day, None
        for part_word, part in parts.items():
            if text in (f"{words} {part_word}", f"{words} am {part_word}"):
                return day, part
        for part, adverb in _PART_ADVERBS.items():
            if text == f"{words} {adverb}":
                return day, part
    weekday_words = _vocabulary("de")["weekday"]
    if found := re.fullmatch(
        rf"(?:(letzten|letzte|vergangenen|diesen) )?({weekday_words})"
        rf"(?:({_vocabulary('de')['part']}))?(?: ({'|'.join(_PART_ADVERBS.values())}))?",
        text,
    ):
        weekday = _weekday(found.group(2), "de")
        if weekday is None:
            return None
        day = _last_weekday(
            today,
            weekday,
            before_today=found.group(1) in ("letzten", "letzte", "vergangenen"),
        )
        day_part = parts.get(found.group(3) or "")
        if found.group(4):
            day_part = next(p for p, a in _PART_ADVERBS.items() if a == found.group(4))
        return day, day_part
    return _date_de(ctx, text)


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
# "like half past eight", "gegen Viertel vor acht" are read as "at ...", "um
# ..." (issue 45: read, or said not understood, never dropped).
_CLOCK_START = {
    "en": r"(?:\d|quarter\b|half\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b"
    r"|eight\b|nine\b|ten\b|eleven\b|twelve\b|twenty\b|noon\b|midnight\b)",
    "de": r"(?:\d|viertel\b|halb\b|dreiviertel\b|eins\b|zwei\b|drei\b|vier\b"
    r"|fünf\b|sechs\b|sieben\b|acht\b|neun\b|zehn\b|elf\b|zwölf\b|zwanzig\b)",
}
_HEDGED_CLOCK = {
    "en": re.compile(
        r"(?:(?<=^)|\bat )(?:(?:about|around|like|roughly|approximately|maybe)"
        rf" )+(?={_CLOCK_START['en']})|^(?=(?:quarter|half) (?:to|past) )"
        r"|^(?=\w+ (?:past|to) \w+ (?:yesterday|last|this|today|on)\b)"
    ),
    "de": re.compile(
        r"(?:(?<=^)|\bum )?(?:\b(?:gegen|etwa|ungefähr|so|circa|zirka)(?: um)? )+"
        rf"(?={_CLOCK_START['de']})|^(?=(?:viertel|halb|dreiviertel) \w+)"
    ),
}
_CLOCK_MARKER = {"en": "at ", "de": "um "}


def parse_when(
    text: str, language: str, now: datetime, time_zone: tzinfo
) -> When | None:
    """Return what spoken words for a time mean, None when they are no time.

    `language` is "en" or "de" (others are read as English); `now` is aware.
    """
    language = language if language in _LABELS else "en"
    ctx = _Context(language, now.astimezone(time_zone), time_zone)
    words = normalize(text)
    if language == "de":
        # Spoken German drops the final e: "heut Abend", "heut früh".
        words = re.sub(r"\bheut\b", "heute", words)
    if not words:
        return None
    words = _HEDGED_CLOCK[language].sub(_CLOCK_MARKER[language], words)
    if (found := _parse(ctx, words)) is not None:
        return found
    for leading in _LEADING[language]:
        if (
            words.startswith(leading + " ")
            and (found := _parse(ctx, words.removeprefix(leading + " "))) is not None
        ):
            return found
    return None


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
        _last_n,
        _weekend,
        _night,
        _since,
        _month_year,
        _with_clock,
        _a_day,
        _season,
    ):
        if (found := parse(ctx, words)) is not None:
            return found
    return None


def _season(ctx: _Context, words: str) -> When | None:
    """Read a season said alone ("this summer", "letzten Sommer"), as `seasons` does."""
    found = find_season(words, ctx.language, ctx.now)
    if found is None or found.rest:
        return None
    period = found.period
    assert period.start is not None  # noqa: S101 - a season has a start
    return ctx.span(period.start, period.end, found.label)


def _last_n(ctx: _Context, words: str) -> When | None:
    vocabulary = _vocabulary(ctx.language)
    if ctx.language == "en":
        pattern = (
            rf"(?:the )?(?:last|past|previous) (?P<n>{vocabulary['number']}) "
            rf"(?P<unit>{vocabulary['unit']})"
        )
    else:
        pattern = (
            rf"(?:den |die )?(?:letzten|vergangenen|letzte|vergangene) "
            rf"(?P<n>{vocabulary['number']}) (?P<unit>{vocabulary['unit']})"
        )
    found = re.fullmatch(pattern, words)
    if found is None:
        return None
    count = _number(found.group("n"), ctx.language)
    unit = _UNITS[ctx.language][found.group("unit")]
    if count is None or not 1 <= count <= _MAX_COUNT:
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
    if start_when is None or start_when.period.start is None:
        return None
    start = start_when.period.start
    what = _since_label(ctx, start_when, start)
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
        rf"{qualifier}(?:(?:the )?month of )?({vocabulary['month']})(?: ({vocabulary['year']}))?",
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
        if part in ("afternoon", "evening", "night") and meridiem is None and hour < 12:
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
    )


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


def month_names(language: str) -> tuple[str, ...]:
    """Return the month names as heard (lower case), January first; English by default."""
    return _MONTHS.get(language, _MONTHS["en"])


def number_word(word: str, language: str) -> int:
    """Return what a number word says ("seven", "sieben"); 0 for no number word."""
    return _NUMBERS.get(language, _NUMBERS["en"]).get(word, 0)

"""Clock times said in digits or words, and the moment they mean.

"Quarter to eight", "halb neun", "8.30", "about 8 pm".
"""

from datetime import date, datetime, time, timedelta
import re

from .context import _Context
from .words import _NUMBERS

# "At a party" is no clock time: "a" and "an" count things, never hours.
_EN_HOURS = {
    word: value
    for word, value in _NUMBERS["en"].items()
    if 1 <= value <= 12 and word not in ("a", "an")
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
    elif found := re.fullmatch(r"half (\S+)", text):
        # British "half eight": half past eight, 8:30.
        base = _hour_word(found.group(1), _EN_HOURS)
        if base is None:
            return None
        hour, minute = base, 30
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
    elif found := re.fullmatch(r"(\S+)(?: minuten)? (nach|vor) (halb )?(\S+)", text):
        # "Zehn nach acht" (8:10), "fünf vor halb neun" (8:25).
        minutes = _hour_word(found.group(1), _NUMBERS["de"])
        base = _hour_word(found.group(4), _DE_HOURS)
        if minutes is None or base is None or not 0 < minutes < 30:
            return None
        start = (base - 1) * 60 + 30 if found.group(3) else base * 60
        sign = 1 if found.group(2) == "nach" else -1
        hour, minute = divmod((start + sign * minutes) % (24 * 60), 60)
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


# -- a clock time anywhere in a question ---------------------------------------------

_HOUR_WORDS = {
    "en": r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|noon|midnight)",
    "de": r"(?:\d{1,2}|eins|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf"
    r"|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn"
    r"|zwanzig|einundzwanzig|zweiundzwanzig|dreiundzwanzig|mitternacht)",
}
_CLOCK_SAID = {
    "en": re.compile(
        rf"\b(?:at )?(?:(?:quarter|half|(?:twenty[ -])?five|ten|twenty|\d{{1,2}})"
        rf"(?: minutes)? (?:past|after|to) {_HOUR_WORDS['en']}"
        rf"|half {_HOUR_WORDS['en']}"
        rf"|\d{{1,2}}:\d{{2}}(?: ?[ap]m)?"
        rf"|{_HOUR_WORDS['en']}(?: \d{{2}})? ?(?:[ap]m|o'?clock))\b"
        rf"|\bat {_HOUR_WORDS['en']}\b"
    ),
    "de": re.compile(
        rf"\b(?:um )?(?:(?:viertel|halb|dreiviertel) (?:nach |vor )?{_HOUR_WORDS['de']}"
        rf"|(?:fünf|zehn|zwanzig|\d{{1,2}})(?: minuten)? (?:nach|vor) "
        rf"(?:halb )?{_HOUR_WORDS['de']}"
        rf"|\d{{1,2}}:\d{{2}}(?: uhr)?"
        rf"|{_HOUR_WORDS['de']} uhr(?: \d{{1,2}})?)\b"
        rf"|\bum {_HOUR_WORDS['de']}\b"
    ),
}


def clocks_said(words: str, language: str) -> list[str]:
    """Return the clock times said anywhere in normalized words ("ten past five").

    Used to tell whether a sentence's time slot holds every clock time of the
    utterance: one left out would answer a broader question (a whole day for
    "9 pm Wednesday"), which Encore never does (issue 45).
    """
    pattern = _CLOCK_SAID.get(language, _CLOCK_SAID["en"])
    return [found.group(0) for found in pattern.finditer(words)]

"""Clock times said in digits or words, and the moment they mean.

"Quarter to eight", "halb neun", "8.30", "about 8 pm".
"""

from datetime import date, datetime, time, timedelta
import re
from typing import Final

from .context import _Context
from .words import _NUMBERS, CARDINALS

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
        if found.group(1).startswith("0") and meridiem is None:
            # "08:15" typed with its zero is a 24-hour clock: the morning.
            meridiem = "am"
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
        if not rest or (
            found.group(2) == found.group(1) and not found.group(3) and hour < 10
        ):
            # "At like eight, eight pm": an hour said twice below ten is a
            # restart (8:08 is "eight oh eight"); "ten ten" is 10:10.
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
        r"(halb|viertel nach|viertel vor|dreiviertel|viertel) (\S+)", text
    ):
        base = _hour_word(found.group(2), _DE_HOURS)
        if base is None:
            return None
        hour, minute = {
            "halb": ((base - 1) % 24, 30),
            "viertel nach": (base, 15),
            "viertel vor": ((base - 1) % 24, 45),
            "dreiviertel": ((base - 1) % 24, 45),
            # "Viertel neun" is 8:15 in the east and the south, as
            # "dreiviertel neun" is 8:45 (issue 45's twentieth turn).
            "viertel": ((base - 1) % 24, 15),
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


def other_half(moment: datetime, hour: int, meridiem: str | None) -> datetime | None:
    """Return the other half of the day's moment of an hour said without AM or PM.

    `moment_on` reads a bare "8" as whichever of 8:00 and 20:00 passed last;
    the other is twelve hours before, and kept so that an answer can say
    both when nothing played at the first. None when the hour was told.
    """
    return moment - timedelta(hours=12) if meridiem is None and 0 < hour < 12 else None


# A clock face's hours and the minutes said in fives, as words: from the one
# table of numbers (`words.CARDINALS`), never spelt out again here. German
# reads a 24-hour clock ("um dreiundzwanzig Uhr"); English twelve.
_FACE: Final = {
    "en": tuple(
        word
        for word, value in CARDINALS["en"].items()
        if word.isalpha() and 1 <= value <= 12
    ),
    "de": tuple(word for word, value in CARDINALS["de"].items() if 1 <= value <= 23),
}
_CLOCK_HOURS: Final = _FACE["en"]
_CLOCK_MINUTES: Final = {"oh five": 5} | {
    word: value
    for word, value in CARDINALS["en"].items()
    if "-" not in word and value % 5 == 0 and value < 60
}
# "Eight ten at night", "five fifteen in afternoon": a clock's hour and
# minutes said as words, then its part of the day (issue 45's sixty-ninth
# turn, blind writer 467; the plain "at eight ten at night" too had been read
# as ten at night, a wrong fact). Written in figures, as every reader of
# times reads them, and as the slots hold them.
_SAID_CLOCK: Final = re.compile(
    rf"\b(?:(?P<near>at|about|around|round about|round) )?(?P<hour>{'|'.join(_CLOCK_HOURS)}) "
    rf"(?P<minutes>{'|'.join(sorted(_CLOCK_MINUTES, key=len, reverse=True))})"
    r" (?P<part>at night|in the evening|in (?:the )?afternoon|in the morning)\b",
    re.IGNORECASE,
)


def _said_clock(found: re.Match[str]) -> str:
    """Return "eight ten at night" as "at 8:10 pm"."""
    hour = CARDINALS["en"][found["hour"].lower()]
    part = found["part"].lower()
    # "Twelve ten at night" is ten past midnight, never ten past noon.
    night_twelve = hour == 12 and part == "at night"
    half = "am" if part.endswith("morning") or night_twelve else "pm"
    # "Round eight fifteen" (blind writer 468) is around it.
    near = re.sub(r"^round(?: about)?$", "around", (found["near"] or "at").lower())
    return f"{near} {hour}:{_CLOCK_MINUTES[found['minutes'].lower()]:02d} {half}"


def clock_words_in_figures(text: str) -> str:
    """Return "at eight ten at night" as "at 8:10 pm" (English)."""
    return _SAID_CLOCK.sub(_said_clock, text)


# -- days --------------------------------------------------------------------------


# -- a clock time anywhere in a question ---------------------------------------------

# Longest first, so that "achtzehn" is never read as "acht".
_FACE_SAID: Final = {
    language: "|".join(sorted(hours, key=len, reverse=True))
    for language, hours in _FACE.items()
}
_HOUR_WORDS = {
    "en": rf"(?:\d{{1,2}}|{_FACE_SAID['en']}|noon|midnight)",
    "de": rf"(?:\d{{1,2}}|{_FACE_SAID['de']}|mitternacht)",
}
# The loose ways of saying a few minutes from the hour (see `_LOOSE_CLOCK`).
_LOOSE_SAID = {
    "en": r"just gone|just after|just past|shortly after|a little after|a bit after"
    r"|a few minutes after|a few minutes past|just turned|gone|just before"
    r"|shortly before|a little before|a bit before|a few minutes before|just shy of",
    "de": r"kurz nach|gleich nach|knapp nach|ein paar minuten nach|ein bisschen nach"
    r"|etwas nach|kurz vor|knapp vor|gleich vor|ein paar minuten vor"
    r"|ein bisschen vor|etwas vor",
}
_CLOCK_SAID = {
    "en": re.compile(
        rf"\b(?:at )?(?:(?:{_LOOSE_SAID['en']}) {_HOUR_WORDS['en']}"
        rf"|(?:one|two|three|four|five|six|seven|eight|nine) and twenty (?:past|to|after)"
        rf" {_HOUR_WORDS['en']}|midday|mid day"
        rf"|{_HOUR_WORDS['en']}(?= o clock)"
        rf"|{_HOUR_WORDS['en']} (?:in the (?:morning|afternoon|evening)|at night)"
        rf"|(?:quarter|half|(?:twenty[ -])?five|ten|twenty|\d{{1,2}})"
        rf"(?: minutes)? (?:past|after|to) {_HOUR_WORDS['en']}"
        # A Texan's "quarter till eight", New England's "quarter of eight"
        # (issue 45's sixty-first turn, blind writer 402): a clock the
        # readers of `parse` say as "quarter to eight".
        rf"|(?:quarter|ten|five|twenty) (?:till|til) {_HOUR_WORDS['en']}"
        rf"|quarter of {_HOUR_WORDS['en']}"
        rf"|half {_HOUR_WORDS['en']}"
        rf"|\d{{1,2}}:\d{{2}}(?: ?[ap]m)?"
        rf"|{_HOUR_WORDS['en']}(?: \d{{2}})? ?(?:[ap]m|o'?clock))\b"
        rf"|\b(?:at|around|about|round about) {_HOUR_WORDS['en']}\b"
        r"(?! (?:to|past|after|before|of|and)\b)"
    ),
    "de": re.compile(
        rf"\b(?:um )?(?:(?:{_LOOSE_SAID['de']}) {_HOUR_WORDS['de']}(?: uhr)?"
        rf"|(?:viertel|halb|dreiviertel) (?:nach |vor )?{_HOUR_WORDS['de']}"
        rf"|(?:fünf|zehn|zwanzig|\d{{1,2}})(?: minuten)? (?:nach|vor) "
        rf"(?:halb )?{_HOUR_WORDS['de']}"
        rf"|\d{{1,2}}:\d{{2}}(?: uhr)?"
        rf"|{_HOUR_WORDS['de']} uhr(?: \d{{1,2}})?)\b"
        # "Um neune", "um zwölfe": the south's hour with its e.
        rf"|\b(?:um|gegen) {_HOUR_WORDS['de']}e?\b(?! (?:nach|vor)\b)"
    ),
}


# Clock times said the old or loose way, put as the clock reads them (issue
# 45's eighth turn): "five and twenty to six" is twenty-five to six; "just
# gone nine", "just after nine", "kurz nach acht", "kurz vor acht" are the
# hour they are said about, as the people who wrote the fresh corpora meant
# them (two writers, each "21:00" and "20:00"): never the whole evening, and
# the song then on is the one a few minutes either side. "Midday" is noon;
# "nine o clock" is nine o'clock.
_HOUR_SAID = {language: rf"(\d{{1,2}}|{said})" for language, said in _FACE_SAID.items()}
_LOOSE_CLOCK: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "en": (
        # "Ten after eight" (American): ten past, with or without "at".
        (
            re.compile(
                r"\b(five|ten|twenty|twenty five|twenty-five|quarter|\d{1,2})(?: minutes)?"
                r" after " + _HOUR_SAID["en"] + r"\b"
            ),
            r"\1 past \2",
        ),
        (
            re.compile(
                r"\b(one|two|three|four|five|six|seven|eight|nine) and twenty"
                r" (past|to|after)\b"
            ),
            r"twenty \1 \2",
        ),
        (
            re.compile(
                r"\b(?:at |around |about )?(?:just gone|just after|just past"
                r"|shortly after|a little after|a bit after|a few minutes after"
                r"|a few minutes past|just turned|gone) "
                + _HOUR_SAID["en"]
                + r"(?: o'?clock| o clock)?\b"
            ),
            r"at \1",
        ),
        (
            re.compile(
                r"\b(?:at |around |about )?(?:just before|shortly before"
                r"|a little before|a bit before|a few minutes before|just shy of) "
                + _HOUR_SAID["en"]
                + r"(?: o'?clock| o clock)?\b"
            ),
            r"at \1",
        ),
        (re.compile(r"\b(?:mid day|midday)\b"), "noon"),
        # "Twelve noon", "12 midnight": the hour said twice.
        (re.compile(r"\b(?:twelve|12) (noon|midnight)\b"), r"\1"),
        # "Around noon", "about midnight": the hour, as "around 8 pm" is.
        (
            re.compile(
                r"\b(?:at )?(?:around|about|roughly|approximately|circa|towards?"
                r"|near|sometime around) (noon|midnight)\b"
            ),
            r"at \1",
        ),
        (re.compile(r"\b(?<!at )noon\b(?= (?:yesterday|today|on|last)\b)"), "at noon"),
        (re.compile(r"\bo clock\b"), "o'clock"),
        (
            re.compile(
                r"^(?="
                + _HOUR_SAID["en"]
                + r" (?:o'?clock|in the (?:morning|afternoon|evening)|at night)\b)"
            ),
            "at ",
        ),
        # "Ten past five, no wait, twenty past": the time said last, its hour
        # the one said before.
        (
            re.compile(
                r"\b(?:at )?(?:half|quarter|twenty five|twenty|ten|five|\d{1,2})"
                r" (past|to) "
                + _HOUR_SAID["en"]
                # A day said between ("ten past five today, no wait, twenty past").
                + r"( (?:today|yesterday|tonight|last night|this (?:morning|afternoon"
                r"|evening)))?"
                + r" (?:no wait|no sorry|no no|sorry|i mean|i meant|or rather|rather"
                r"|actually|wait|no) (half|quarter|twenty five|twenty|ten|five|\d{1,2})"
                r" (past|to)\b(?! (?:a |an )?\w+ o'?clock)(?! "
                + _HOUR_SAID["en"]
                + r"\b)"
            ),
            r"at \4 \5 \2\3",
        ),
    ),
    "de": (
        (
            re.compile(
                r"\b(?:um |so )?(?:kurz nach|gleich nach|knapp nach|kurz nachdem es"
                r"|ein paar minuten nach|ein bisschen nach|etwas nach) "
                + _HOUR_SAID["de"]
                + r"(?: uhr)?\b"
            ),
            r"um \1",
        ),
        (
            re.compile(
                r"\b(?:um |so )?(?:kurz vor|knapp vor|gleich vor|ein paar minuten vor"
                r"|ein bisschen vor|etwas vor) " + _HOUR_SAID["de"] + r"(?: uhr)?\b"
            ),
            r"um \1",
        ),
        (re.compile(r"\bum (?:die )?mittagszeit\b"), "um mittag"),
        # "Um zwölf Uhr Mittag" (a learner, issue 45's fifty-sixth turn,
        # blind writer 355): noon, as "zwölf Uhr mittags".
        (re.compile(r"\b(zwölf|12) uhr mittag\b"), r"\1 uhr mittags"),
        (
            re.compile(
                r"\b(?:um )?(viertel|fünf|zehn|zwanzig|\d{1,2}) (nach|vor) "
                + _HOUR_SAID["de"]
                + r" (?:nee|ne|nein|quatsch|ich mein|ich meinte|moment|warte|sorry"
                r"|oder besser) (viertel|fünf|zehn|zwanzig|\d{1,2}) (nach|vor)\b(?! "
                + _HOUR_SAID["de"]
                + r"\b)"
            ),
            r"um \4 \5 \3",
        ),
    ),
}


def loose_clock(words: str, language: str) -> str:
    """Put a clock time said the old or loose way as the clock reads it."""
    for pattern, put in _LOOSE_CLOCK.get(language, _LOOSE_CLOCK["en"]):
        words = pattern.sub(put, words)
    return words


def clocks_said(words: str, language: str) -> list[str]:
    """Return the clock times said anywhere in normalized words ("ten past five").

    Used to tell whether a sentence's time slot holds every clock time of the
    utterance: one left out would answer a broader question (a whole day for
    "9 pm Wednesday"), which Encore never does (issue 45).
    """
    pattern = _CLOCK_SAID.get(language, _CLOCK_SAID["en"])
    return [found.group(0) for found in pattern.finditer(words)]

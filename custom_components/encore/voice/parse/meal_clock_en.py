"""A clock time said with the meal it falls on (issue 45's sixty-fifth turn).

A Welsh farmer's wife (blind writer 432) asked "what song was on at twelve
dinner time last Friday": the clock, then the meal that names its half of
the day ("dinner" is midday in Wales and the North, "tea" the late
afternoon). The clock alone was read and the rest left ("not which time
'friday' means"). The meal's name goes, its half of the day stays with the
clock: "at twelve pm", as a clock said without it would be read.

An Essex hairdresser (issue 45's seventy-sixth turn, blind writer 516)
said the meal first and the clock after it: "yesterday dinnertime, twelve
o'clock, what was I playing?". Only the clock had been read, without its
day. The meal before a clock is read as the meal after it.
"""

from typing import Final

from .rules import Rule, rewrite

_MIDDAY = r"(?:dinner ?time|dinner|lunch ?time|lunch)"
_TEA = r"(?:tea ?time|tea|supper ?time|supper)"

MEAL_CLOCK_EN: Final[tuple[Rule, ...]] = (
    (
        rf"\b(at|around|about) (twelve|one|two|12|1|2)(?: o'?clock)? {_MIDDAY}\b",
        r"\1 \2 pm",
    ),
    (
        rf"\b(at|around|about) (four|five|six|seven|4|5|6|7)(?: o'?clock)? {_TEA}\b",
        r"\1 \2 pm",
    ),
    # "Dinnertime, twelve o'clock": the meal said first, then its clock
    # ("o'clock" said: "at dinnertime one day last week" names no hour).
    (
        rf"\b(?:at )?{_MIDDAY} (?:at )?(twelve|one|two|12|1|2) o'?clock\b",
        r"at \1 pm",
    ),
    (
        rf"\b(?:at )?{_TEA} (?:at )?(four|five|six|seven|4|5|6|7) o'?clock\b",
        r"at \1 pm",
    ),
)


def undo_meal_clock_en(words: str) -> str:
    """Return normalized English words with a clock's meal said as its half of the day."""
    return rewrite(MEAL_CLOCK_EN, words)

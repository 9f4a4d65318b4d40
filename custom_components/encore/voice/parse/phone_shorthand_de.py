"""A phone typist's German shorthand in the Assist chat box (issue 45's seventy-fifth turn, blind writer 514).

Thumbed in lowercase, her times are clipped: "gestern abd", "am we" for
the weekend, "in den letzten 2 wo" for weeks; "grad so" is lately,
"insg" overall. No reader knew them: "abd" was dropped and all of
yesterday answered, "am we" left unread and today answered (wrong facts),
"wo" left "letzten 2" asked back.

Run on the words as said; only a sentence with one of her marks (`_MARK`)
is read, so no one else's German is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:abd|we|wo|insg|grad so|bt|vllt|lg|sa|fr|mo|di|mi)\b"
    r"|\b(?:am|vom) \d{1,2}\.\d{1,2}(?![\d.:])",
    re.IGNORECASE,
)

_DAY: Final = r"(?:gestern|heute|vorgestern|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"

_PHONE_SHORTHAND_DE: Final[tuple[Rule, ...]] = (
    # "Am sa abd", "letzten fr": the day, clipped to two letters ("so" and
    # "do" only after "am", "letzten", "seit", never their own words; never
    # a recogniser's split "diesen mo nat").
    *(
        (
            rf"\b(am|letzten|letzter|diesen|seit|bis|vom) {short}\b(?!\.\d)(?! nat\b)",
            rf"\1 {day}",
        )
        for short, day in (
            ("mo", "montag"),
            ("di", "dienstag"),
            ("mi", "mittwoch"),
            ("fr", "freitag"),
            ("sa", "samstag"),
        )
    ),
    # "Am 3.11": the third of November, never the clock's 3:11 ("um").
    # Only after "am" and "vom": "seit 8.10" and "bis 8.10" may be clocks.
    (r"\b(am|vom) (\d{1,2})\.(0?[1-9]|1[0-2])(?![\d.:])", r"\1 \2.\3."),
    # "Gestern abd", "freitag abd": the evening.
    (rf"\b({_DAY}) abd\b", r"\1 abend"),
    # "Am we", "letztes we", "übers we": the weekend ("we" is no German
    # word, and no listener's "we" in a German sentence comes after these).
    (r"\b(am|letztes|letzten|dieses|übers|vom|zum|jedes|jeden) we\b", r"\1 wochenende"),
    # "In den letzten 2 wo", "letzte wo": weeks, the week.
    (
        r"\b(letzten|vergangenen|nächsten) (\d+|zwei|drei|vier|fünf|sechs) wo\b",
        r"\1 \2 wochen",
    ),
    # Never the dialect's relative "wo" ("das letzte, wo ich gehört hab").
    (
        r"\b(letzte|diese|vorletzte|nächste) wo\b(?!,? (?:ich|i|wir|du|man|er|sie|es)\b)",
        r"\1 woche",
    ),
    # "Wer is grad so mein lieblingskünstler": lately.
    # Only before "mein", "unser": "was is grad so" asks what plays now.
    (
        r"\b(ist|is|sind) grad so (?=(?:mein|meine|unser|unsere)\w*\b)",
        r"\1 in letzter zeit ",
    ),
    (r"\binsg\b", "insgesamt"),
)


def said_as_phone_shorthand_de(text: str) -> str:
    """Return `text` with a phone typist's German shorthand said in words."""
    return rewrite_marked(_MARK, _PHONE_SHORTHAND_DE, text, squeeze=True)

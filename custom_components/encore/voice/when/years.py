"""Years said in words, written as figures: "twenty twenty five" is 2025.

Said whole or in pieces ("two thousand and twenty four", "zwei tausend fünf
und zwanzig", "zwanzig fünfundzwanzig"), in a listed sentence's time slot
as in the whole question: both read their years here.
"""

from collections.abc import Callable
import re

from .words import number_word

# A year in English words, without its word boundaries: for `_YEAR_EN` and
# for a year said beside a period.
_YEAR_WORDS_EN = (
    r"(?:twenty|two thousand(?: and)?) (?P<tens>twenty|thirty|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?:[ -](?P<ones>one|two|three|four|five|six|seven|eight|nine))?"
)
_YEAR_EN = re.compile(rf"\b{_YEAR_WORDS_EN}\b")
_YEAR_DE = re.compile(
    r"\bzweitausend(?P<ones>eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?"
    r"und(?P<tens>zwanzig|dreißig)\b"
)
_ONES_DE = "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
# German years said in pieces, joined into the one word they are.
_PIECES_DE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), joined)
    for pattern, joined in (
        (r"\bzwei tausend\b", "zweitausend"),
        (rf"\b({_ONES_DE}) und (zwanzig|dreißig)\b", r"\1und\2"),
        (r"\bzweitausend (\w+und(?:zwanzig|dreißig))\b", r"zweitausend\1"),
        # A dialect's "zweitausendfünfezwanzig", "zwanzisch fünfunzwanzisch"
        # (Baden, the Saarland; issue 45's thirty-seventh turn).
        (r"\bzwanzisch\b", "zwanzig"),
        (
            rf"\b(zweitausend|zwanzig ?)({_ONES_DE})(?:e|un|a)zwanzig\b",
            r"\1\2undzwanzig",
        ),
        (rf"\b(zweitausend|zwanzig ?)({_ONES_DE})unzwanzisch\b", r"\1\2undzwanzig"),
        # "Zwanzig fünfundzwanzig", as a year is said in English; speech to
        # text may write it as one word ("zwanzigfünfundzwanzig").
        (rf"\bzwanzig ?({_ONES_DE})undzwanzig\b", r"zweitausend\1undzwanzig"),
    )
)


# A year said beside "last year", "this year" or a season of either names
# the same time again ("how many tracks did I play last year 2025",
# "letztes Jahr 2025", "I mean last summer, twenty twenty five"): the year is
# the time, read once, and the speaker's own year wins over what "last" would
# have meant ("last summer, 2023" had been kept as last summer, the narrower
# of two periods). Left beside the period, its figures were taken for a name
# (a count of "2025", or of "letztes").
_BESIDE_A_YEAR: dict[str, tuple[re.Pattern[str], str, str]] = {
    "en": (
        re.compile(
            r"\b(?P<period>(?:last|this) (?:(?P<season>summer|winter|spring|autumn|fall)|year)),?"
            rf" (?:in |of )?(?P<year>20\d\d|{_YEAR_WORDS_EN})\b",
            re.IGNORECASE,
        ),
        "in the {season} of {year}",
        "in {year}",
    ),
    "de": (
        re.compile(
            r"\b(?P<period>(?:letztes|letzten|letztem|vergangenes|vergangenen|dieses|diesem"
            r"|diesen) (?:(?P<season>sommer|winter|frühling|herbst)|jahr)),?"
            r" (?:also |im jahr )?(?P<year>20\d\d)\b",
            re.IGNORECASE,
        ),
        "im {season} {year}",
        "im jahr {year}",
    ),
}


def years_in_figures(words: str, language: str) -> str:
    """Return normalized words with each year said in words as its figures."""
    return year_beside_a_period(_figures(words, language), language)


def year_beside_a_period(
    text: str, language: str, same: Callable[[str, str], bool] | None = None
) -> str:
    """Return `text` with a year said beside "last year" or "last summer" as that time.

    When `same(period, year)` says the two words name one time, the period
    is kept as said and the year left out: "I mean last summer, twenty
    twenty five" keeps the words a correction is read by.
    """
    language = language if language in _BESIDE_A_YEAR else "en"
    pattern, in_a_season, in_a_year = _BESIDE_A_YEAR[language]

    def once(found: re.Match[str]) -> str:
        year = _figures(found["year"].lower(), language)
        if found["season"] is None:
            put = in_a_year.format(year=year)
        else:
            put = in_a_season.format(season=found["season"].lower(), year=year)
        return (
            found["period"] if same is not None and same(found["period"], put) else put
        )

    return pattern.sub(once, text)


def _figures(words: str, language: str) -> str:
    if language == "de":
        for pattern, joined in _PIECES_DE:
            words = pattern.sub(joined, words)
        return _YEAR_DE.sub(
            lambda found: str(
                2000
                + (20 if found.group("tens") == "zwanzig" else 30)
                + number_word(found.group("ones") or "", language)
            ),
            words,
        )
    return _YEAR_EN.sub(
        lambda found: str(
            2000
            + number_word(found.group("tens"), "en")
            + number_word(found.group("ones") or "", language)
        ),
        words,
    )

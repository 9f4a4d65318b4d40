"""German of a Brazilian at B1: Portuguese order and false friends (issue 45's seventy-sixth turn).

Blind writer 520 says German words with their Portuguese sense and order:
"Musiken" for songs (músicas), "Musiken unterschiedliche" (músicas
diferentes), "welcher Sänger hat mehr gespielt" (qual cantor tocou mais:
the most, not more), "die Lied von der Monat" (a música do mês), "welche
ist?" said last (qual é?), "fünf Uhr und zehn" (cinco e dez), "um acht Uhr
von die Nacht" (às oito da noite), "in welche Zeit von der Tag" (em que
hora do dia), "ich springe viele Lieder" (pular: to skip), "welche Daten
ich habe X zum ersten Mal gehört" (em que data: when), "die Musik, die
läuft in Wiederholung" (em repetição: on repeat) and "in der Woche ich
höre mehr als Samstag und Sonntag" (durante a semana: on weekdays). Two
were answered with a wrong fact: "welche Daten ..." as the new artists of
all time, "in der Woche ..." as this week's weekdays against its weekend.

Read first of `said_as_written_de`, on the words as said, and only in a
sentence with one of her marks (`_MARK`), each a word or an order German
does not have. A name is moved whole and keeps its letters.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_KIND: Final = (
    r"(?:lied|lieder|song|songs|künstler|sänger|sängerin|band|bands|album|alben"
    r"|podcast|podcasts|interpret|interpreten)"
)
_HOURS: Final = (
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
)
_HOUR: Final = rf"(?:{'|'.join(_HOURS)}|1[0-2]|[1-9])"
_MINUTES: Final = (
    r"(?:fünf|zehn|fünfzehn|zwanzig|fünfundzwanzig|dreißig|fünfunddreißig|vierzig"
    r"|fünfundvierzig|fünfzig|fünfundfünfzig|viertel|halb|\d{1,2})"
)

# Her marks: each a word or an order only a Portuguese speaker's German has.
_MARK: Final = re.compile(
    r"\bmusiken\b"
    rf"|\b{_KIND} (?:unterschiedliche|verschiedene)n?\b"
    rf"|\b{_KIND} (?:hat|haben|habe ich|ich habe|hab ich|ich hab) mehr (?:gespielt|gehört)\b(?! als)"
    rf"|\b(?:die|das|der|den) {_KIND} (?:von der|von die|von das|von dem|vom) (?:woche|monat|jahr)\b"
    # Never "Uhr und zwanzig Minuten": an Arabic speaker's, read in `learner_ar_de`.
    rf"|\buhr und {_MINUTES}\b(?! minuten)"
    r"|\buhr (?:\w+ )?(?:von der|von die|von dem|vom) (?:nacht|nachmittag|morgen|abend)\b"
    r"|\bwelche[rn]? zeit (?:von der|von die|von dem|vom) tag\b"
    r"|\b(?:ich springe|springe ich|ich spring)\b"
    r"|^(?:an )?welche[snm]? (?:daten|datum)\b"
    r"|\bin wiederholung\b"
    r"|^in der woche,? (?:ich höre|höre ich|ich hören|ich hör)\b",
    re.IGNORECASE,
)


def _clock(found: re.Match[str]) -> str:
    """Return "fünf Uhr und zehn" as "fünf Uhr zehn", "und halb" as thirty."""
    minutes = {"halb": "dreißig", "viertel": "fünfzehn"}.get(
        found[2].casefold(), found[2]
    )
    return f"{found[1]} uhr {minutes}"


def _part_of_day(found: re.Match[str]) -> str:
    """Return a clock "von der Nacht" (da noite) as the evening's or the night's."""
    hour = found[1].casefold()
    number = int(hour) if hour.isdigit() else _HOURS.index(hour) + 1
    part = found[3].casefold()
    if part == "nacht":
        # "Acht Uhr von die Nacht" is eight in the evening; "zwei Uhr von
        # der Nacht" is the small hours.
        said = "abends" if 6 <= number <= 11 else "nachts"
    else:
        said = {"nachmittag": "nachmittags", "morgen": "morgens"}.get(part, "abends")
    return f"{found[1]} uhr{found[2]} {said}"


_ORDER: Final[tuple[Rule, ...]] = (
    # "Musiken" (músicas): songs.
    (r"\bmusiken\b", "lieder"),
    # "Lieder unterschiedliche" (músicas diferentes): the adjective after
    # its noun.
    (rf"\b({_KIND}) (?:unterschiedliche|verschiedene)n?\b", r"verschiedene \1"),
    # "Welcher Sänger hat mehr gespielt" (tocou mais): the most played, when
    # nothing is compared ("als").
    (
        rf"\b(welche[rsnm]?) ({_KIND}) (?:hat|haben|habe ich|ich habe|hab ich|ich hab) mehr (?:gespielt|gehört)\b(?! als)",
        r"\1 \2 habe ich am meisten gehört",
    ),
    # "Die Lied von der Monat" (a música do mês): my top song of this
    # month; "..., welche ist?" (qual é?) said last asks nothing more.
    (
        rf"\b(?:die|das|der|den) ({_KIND}) (?:von der|von die|von das|von dem|vom) (woche|monat|jahr)\b",
        lambda found: (
            f"mein top {found[1]} "
            + {"woche": "diese woche", "monat": "diesen monat", "jahr": "dieses jahr"}[
                found[2].casefold()
            ]
        ),
    ),
    (
        r"^(mein top \w+ (?:diese woche|diesen monat|dieses jahr)\b.*?),? welche[rs]? (?:ist|war)\W*$",
        r"\1",
    ),
    # "Fünf Uhr und zehn" (cinco e dez): ten past five.
    (rf"\b({_HOUR}) uhr und ({_MINUTES})\b(?! minuten)", _clock),
    # "Um acht Uhr von die Nacht" (às oito da noite), "von der Nachmittag",
    # "am Nachmittag" after the clock: the half of the day.
    (
        rf"\b({_HOUR}) uhr((?: \w+)?) (?:von der|von die|von dem|vom) (nacht|nachmittag|morgen|abend)\b",
        _part_of_day,
    ),
    # "In welche Zeit von der Tag" (em que hora do dia): the time of day.
    (
        r"\b(?:in|um|zu) welche[rn]? zeit (?:von der|von die|von dem|vom) tag\b",
        "zu welcher tageszeit",
    ),
    # "Ich springe viele Lieder" (pular): a skip.
    # Said first, a question asked by its voice: "überspringe ich"; inside a
    # question ("von welche Künstler ich springe mehr die Lieder") the order
    # is kept for the reader of that order (`learner_es_de`).
    (r"^(?:ich springe|springe ich|ich spring)\b", "überspringe ich"),
    (r"\bich spring(?:e)?\b", "ich überspringe"),
    (r"\bspringe ich\b", "überspringe ich"),
    # "Welche Daten ich habe X zum ersten Mal gehört" (em que data): when.
    (
        (
            r"^(?:an )?welche[snm]? (?:daten|datum) (?:ich habe|habe ich|ich hab|hab ich|ich)"
            r" (.+?) (zum (?:ersten|letzten) mal|das (?:erste|letzte) mal)"
            r" (?:gehört|gespielt)\W*$"
        ),
        r"wann habe ich \1 \2 gehört",
    ),
    (
        (
            r"^(?:an )?welche[snm]? (?:daten|datum) (?:ich habe|habe ich|ich hab|hab ich|ich)"
            r" (zuerst|zuletzt) (.+?) (?:gehört|gespielt)\W*$"
        ),
        lambda found: (
            f"wann habe ich {found[2]} zum "
            f"{'ersten' if found[1].casefold() == 'zuerst' else 'letzten'} mal gehört"
        ),
    ),
    # "Die Musik, die läuft in Wiederholung" (em repetição): the song on
    # repeat.
    (
        r"^(?:was ist |welche ist )?(?:die|das) (?:musik|lied|song),? (?:die|das|der) (?:läuft|ich höre) in wiederholung\b",
        "welches lied läuft in dauerschleife",
    ),
    (r"\bin wiederholung\b", "in dauerschleife"),
    # "In der Woche ich höre mehr als Samstag und Sonntag" (durante a
    # semana): weekdays against the weekend, never this week.
    (
        (
            r"^in der woche,? (?:ich höre|höre ich|ich hören|ich hör) (mehr|weniger) ((?:musik )?)als"
            r" (?:am |an )?(?:samstag und sonntag|samstags und sonntags|wochenende|den wochenenden)\b"
        ),
        r"höre ich unter der woche \1 \2als am wochenende",
    ),
)


def said_as_brazilian_b1_de(text: str) -> str:
    """Return `text` with a Brazilian learner's German said in standard words."""
    return rewrite_marked(_MARK, _ORDER, text, squeeze=True)

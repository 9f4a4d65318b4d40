"""German as a computer science student asks it, in data words (issue 45's sixtieth turn).

A student who talks about his listening as a dataset (blind writer 386)
asked "Query: Top-Künstler dieses Jahr, sortiert nach Playcount", "welches
Album hat im Dataset den höchsten Playcount", "Distinct Count der Artists
im August", "Boolean-Frage: kam Don't Stop Me Now letztes Jahr vor",
"welcher Artist hat bei mir die höchste Skip-Ratio", "letzter Timestamp
von Digital Love?". Each word has its plain German: the dataset is the
history (no room), the highest play count is the most played, a distinct
count is how many different ones, a name that "kam vor" played, the last
timestamp of a name is when it last played. An opener ("Query:",
"Boolean-Frage:") and an order asked after the question ("sortiert nach
Playcount") say nothing more. Read on normalized words, after the
dialects'; a name's words are never changed.
"""

from .rules import Rule, rewrite

_KIND = r"(album|alben|artist|artists|künstler|song|songs|track|tracks|titel|lied|lieder|podcast|band)"
_SKIP_RATE = r"skip-?(?:ratio|rate|quote|quota)"

DATA_NERD_DE: tuple[Rule, ...] = (
    (r"^(?:query|sql|boolean-frage|boolean frage|ja/nein-frage)\s*:?\s+", ""),
    (
        r",? sortiert nach (?:playcount|play count|plays|anzahl|häufigkeit|wiedergaben)$",
        "",
    ),
    (r"\b(?:im|in meinem|in dem) (?:dataset|datensatz|datenset)\b", ""),
    # A precise user's measure (issue 45's sixty-first turn, blind writer
    # 409): "..., gemessen an allen Wiedergaben überhaupt" (the plays had
    # been counted), "über den gesamten Zeitraum (gesehen)" (read as a room).
    (
        (
            r" (?:gemessen an|gerechnet nach|nach) (?:allen |den |der )?(?:wiedergaben|plays"
            r"|abspielungen|anzahl der wiedergaben)(?: überhaupt| insgesamt)?$"
        ),
        " insgesamt",
    ),
    (r" über den (?:gesamten|ganzen) zeitraum(?: gesehen| betrachtet)?$", " insgesamt"),
    (
        rf"^(welche[rsn]?) {_KIND} hat (?:bei mir )?(?:den höchsten (?:playcount|play count)|die meisten plays)\b",
        r"\1 \2 habe ich am meisten gehört",
    ),
    (
        rf"^(?:welche[rsn]?) {_KIND} hat (?:bei mir )?die höchste {_SKIP_RATE}\b",
        r"welchen \1 überspringe ich am häufigsten",
    ),
    (rf"\b(?:meine|die) {_SKIP_RATE}\b", "meine skip-quote"),
    (
        rf"^(?:distinct|verschiedene) count (?:der|an|von) {_KIND}\b",
        r"wie viele verschiedene \1",
    ),
    (r"^(letzter|erster) timestamp (?:von|für) (.+)$", r"wann habe ich \1 \2 gehört"),
    (r"^wann habe ich letzter\b", "wann habe ich zuletzt"),
    (r"^wann habe ich erster\b", "wann habe ich zum ersten mal"),
    (r"^kam (.+?) (?:überhaupt )?vor$", r"lief \1"),
)


def undo_data_nerd_de(words: str) -> str:
    """Return normalized German words with a student's data words said plainly."""
    return rewrite(DATA_NERD_DE, words)

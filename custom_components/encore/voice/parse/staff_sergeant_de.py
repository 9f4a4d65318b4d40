"""A staff sergeant's German, said as a report (issue 45's seventy-fourth turn).

A Bundeswehr staff sergeant (blind writer 492) asks as he reports: a
heading first ("Meldung Top-Künstler, Zeitraum KW 46.", "Frage: Lief
gestern Queen?", "Lage gestern Abend: was lief?", "Erbitte
Jahresrückblick."), a sign-off after ("..., Meldung.", "? Ende.", ",
zackig", ", durchgeben"), a report's nouns for the question ("Lagebericht
November" is a recap, "Lagevergleich Werktage gegen Wochenende" habits
compared, "Hauptnutzungszeit" the peak, "Erstkontakt mit X" its first
play, "aktueller Dauerbrenner" the song on repeat), a time said as a
field ("Uhrzeit heute acht Uhr dreißig, welcher Titel lief"). The heading
and the sign-off ask nothing; they were read as a name ("nichts namens
abgespielte meldung"), as a time ("als Letztes Ende") or, "Uhrzeit", as the
usual hour, answered for a question of one moment (a wrong fact).

Each rule is bound to the report's shape: a heading only at the
question's start, a sign-off only after a comma or a sentence's mark at its
end, so "was lief am Ende" and "Meldung" inside a name keep their words.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A day's part a comparison names ("Vormittag gegen Nachmittag").
_PART = r"(?:morgen|vormittag|mittag|nachmittag|abend|nacht)"
# The kinds a ranking names ("welcher Künstler vorne").
_KIND = r"(?:künstler|interpret|interpreten|band|podcast|titel|song|lied|album|stück)"

# The words a period said after "Zeitraum" starts with ("Zeitraum KW 46",
# "Zeitraum seit Montag", "Zeitraum November"): the field's name is left
# out before them, and stays before any other word, so that word is asked
# back as a time not read.
_PERIOD_WORD = (
    r"kw|kalenderwoche|seit|letzte|letzten|letztes|vorige|vorigen|voriges|vergangene"
    r"|vergangenen|diese|dieses|diesen|heute|gestern|vorgestern|im|am|von|q[1-4]|\d+"
    r"|woche|monat|jahr|januar|februar|märz|april|mai|juni|juli|august|september"
    r"|oktober|november|dezember|sommer|herbst|winter|frühling"
)
# A sign-off after a comma or a sentence's mark, its words left open.
_SIGN_OFF = r"(?<=[\w?!.,])\s*[,.?!]\s*(?:meldung(?: machen)?|ende|zackig|durchgeben|vollständig"

SERGEANT: Final[tuple[Rule, ...]] = (
    # The sign-off, said after the question: ", Meldung.", "? Ende.",
    # ", zackig", ", durchgeben", "Meldung machen", ", vollständig",
    # ", kurz und knapp". Taken off from the end, the last one first, then
    # one said before it ("Erster Titel heute, Meldung, zackig.").
    (_SIGN_OFF + r"|titel durchgeben|kurz und knapp|kurze antwort)\s*[.!]*\s*$", "?"),
    (_SIGN_OFF + r")\s*[.!?]*\s*$", "?"),
    # "..., ja oder nein, zackig": the sign-off before the tag's end.
    (r",\s*zackig\b", ""),
    # The heading: "Meldung:", "Meldung Serie:", "Frage:", "Erbitte".
    (r"^\s*(?:meldung|sachstand)\s*[:,]?\s+", ""),
    (r"^\s*frage\s*:\s*", ""),
    (r"^\s*(?:ich\s+)?erbitte\s+(?=\w*rückblick\b)", ""),
    # "Lage Ada, Zeitraum letzte Woche: welcher Künstler vorne?": the
    # report of one person, its period and the rank asked.
    (
        (
            rf"^\s*lage\s+(?!(?:heute|gestern|vorgestern|woche|monat|jahr)\b)([A-ZÄÖÜ]\w+)\s*,\s*(?:zeitraum\s+)?([^:]+?)\s*:\s*"
            rf"welche[rsn]?\s+({_KIND})\s+(?:war\s+|lag\s+)?(?:ganz\s+)?vorn(?:e)?\s*\??\s*$"
        ),
        r"welchen \3 hat \1 \2 am meisten gehört?",
    ),
    # "Lagebericht November", "Lagebericht Zeitraum KW 46, Musik und
    # Podcast": a recap of that period, whatever it held.
    # The words after it are a period's field: a word no reader reads as
    # one is asked back ("Lagebericht Manöver"), never this month summed up.
    # "Lagebild", "Statusbericht": the same report. "Lagebericht Woche":
    # this week's, as "Lage Woche: wie lief meine Musikwoche".
    (r"^\s*(?:lagebild|statusbericht|sachstandsbericht)\b", "lagebericht"),
    (r"^\s*lagebericht\s+(?:zeitraum\s+)?woche\b", "lagebericht diese woche"),
    (r"^\s*lagebericht\s+(?:zeitraum\s+)?monat\b", "lagebericht diesen monat"),
    (r"^\s*lagebericht\s+(?:zeitraum\s+)?jahr\b", "lagebericht dieses jahr"),
    (
        r"^\s*lagebericht\s+(?:zeitraum\s+)?([^,.?!]+?)\s*,\s*musik und podcasts?\b",
        r"rückblick auf zeitraum \1",
    ),
    (r"^\s*lagebericht\s+(?:zeitraum\s+)?(?=\w)", "rückblick auf zeitraum "),
    (r"^\s*lagevergleich\s+", ""),
    # "Lage gestern Abend: was lief?", "Lage Woche: wie lief ...": the
    # situation's heading before the question's colon.
    (r"^\s*lage\s+(?=[^:]+:)", ""),
    # "Zeitraum KW 46", "Zeitraum seit Montag": the field's name.
    (
        rf"(?<!\bim )(?<!\bden )(?<!\bdem )\bzeitraum\s+(?=(?:{_PERIOD_WORD})\b)",
        "",
    ),
    # "Uhrzeit heute acht Uhr dreißig, welcher Titel lief": a moment said
    # as a field, never the hour asked for.
    (r"^\s*uhrzeit\s*:?\s+(?=(?:heute|gestern|vorgestern|am|um)?\b[^,?]*\buhr\b)", ""),
    # "Uhrzeit zweiundzwanzig Uhr gestern": the day said after the clock,
    # said before it as the other readers know it.
    (
        (
            r"^\s*(?:um\s+)?(\w+\s+uhr(?:\s+(?!heute\b|gestern\b|vorgestern\b)\w+)?)"
            r"\s*,?\s+(heute|gestern|vorgestern)\b"
        ),
        r"\2 um \1,",
    ),
    # "Zeitraum KW 46: welcher Künstler vorne?": a calendar week said first,
    # said after the question (the clause after the colon was read alone).
    (
        r"^\s*(?:zeitraum\s+)?((?:kw|kalenderwoche)\s*\d{1,2})\s*[:,]\s*(.+?)\s*([?.!]*)$",
        r"\2 in \1\3",
    ),
    # "Welcher Künstler vorne?": the verb left out of a ranking.
    (
        rf"\bwelche([rsn]?)\s+({_KIND})\s+(?:ganz\s+)?vorn(e?)\b",
        r"welche\1 \2 war vorn\3",
    ),
    # "Was war auf dem Lautsprecher" at a time: what played then.
    (r"\bwas war auf (?:dem|den) lautsprechern?\b", "was lief"),
    # "An erster Stelle", "auf Platz eins": the top. Of one day ("Welches
    # Lied stand am gestrigen Tage an erster Stelle") it is the first
    # played, as an older writer labelled it.
    (
        (
            r"\b(?:steht|stand|lag|liegt)\b((?:(?!\b(?:gestern|gestrig\w*|heute|heutig\w*"
            r"|vorgestern|am \w+tage?s?)\b).)*?)\b(?:an erster stelle|auf platz (?:eins|1))\b"
        ),
        r"liegt\1vorne",
    ),
    # "In der Regel": usually, never a room.
    (r"\bin der regel\b", "normalerweise"),
    # "Hauptnutzungszeit, Wochentag und Stunde": the usual day and hour.
    (r"^\s*(?:hauptnutzungszeit|haupthörzeit)\b", "wann höre ich am meisten"),
    # "Erstkontakt mit Café Tacvba, wann?": its first play; the last
    # contact its last.
    (
        r"^\s*erstkontakt mit (.+?)(?:\s*,\s*wann)?\s*\??\s*$",
        r"wann habe ich \1 zum ersten mal gehört?",
    ),
    (
        r"^\s*letztkontakt mit (.+?)(?:\s*,\s*wann)?\s*\??\s*$",
        r"wann habe ich \1 zuletzt gehört?",
    ),
    # "Aktueller Dauerbrenner": the song on repeat now.
    (
        r"^\s*(?:aktueller|derzeitiger|momentaner|mein)\s+dauerbrenner\b[^?]*",
        "welches lied läuft bei mir derzeit in dauerschleife",
    ),
    # "Womit bin ich heute geweckt worden": the day's first song.
    (
        r"\bwomit (?:bin|wurde) ich (heute|gestern|vorgestern)?\s*(?:morgen\s+)?geweckt(?: worden)?\b",
        r"was lief \1 als erstes",
    ),
    # "Vormittag gegen Nachmittag", "Werktage gegen Wochenende": one against
    # the other, compared.
    (rf"^\s*({_PART})\s+gegen\s+({_PART})\b", r"\1s oder \2s"),
    (
        r"\b(werktage|wochentage|arbeitstage|unter der woche)\s+gegen\s+(wochenende|wochenenden)\b",
        r"\1 oder \2",
    ),
    # ", wann mehr gehört": when more was played.
    (r"\bwann mehr gehört\b", "wann habe ich mehr gehört"),
    # "Anzahl abgespielte Titel": how many songs played.
    (
        r"^\s*anzahl abgespielte(?:r)? (titel|lieder|songs|tracks|stücke)\b",
        r"wie viele \1 habe ich gehört",
    ),
)

# Words only this reader changes: the rest is left to the others unread.
_HEARD: Final = re.compile(
    r"\b(?:meldung|frage\s*:|lage|lagebericht|lagebild|statusbericht|sachstand|lagevergleich|erbitte|zackig|ende|zeitraum"
    r"|uhrzeit|lautsprechern?|an erster stelle|platz eins|in der regel|hauptnutzungszeit"
    r"|haupthörzeit|erstkontakt|letztkontakt|dauerbrenner|geweckt|gegen|wann mehr gehört"
    r"|anzahl abgespielte|durchgeben|vollständig|kurz und knapp|kurze antwort)",
    re.IGNORECASE,
)


def said_as_staff_sergeant(text: str) -> str:
    """Return `text` with a staff sergeant's headings and sign-offs taken off."""
    if _HEARD.search(text) is None:
        return text
    return " ".join(rewrite(SERGEANT, text, re.IGNORECASE).split())

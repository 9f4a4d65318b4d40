"""German as a precise speaker asks it (issue 45's sixty-first turn, blind writer 409).

A careful user who hears every answer read aloud said each period twice,
the second time spelled out: "gestern, am Donnerstag, dem neunzehnten
November", "im gesamten Jahr 2025, von Januar bis Dezember", "im Sommer
letzten Jahres, also Juni bis August 2025", "gestern Abend, zwischen
achtzehn Uhr und Mitternacht", "heute Nachmittag, ab zwölf Uhr mittags bis
jetzt", "am Wochenende, also am Samstag, dem vierzehnten, und Sonntag, dem
fünfzehnten November", "in den letzten sieben Tagen, heute eingeschlossen".
Each spelled-out span is the one already said, and was left over as a time
not understood. "Von Montag, dem sechzehnten November, bis jetzt" is since
Monday (Monday alone had been answered, a wrong fact).

Only a span that says the period before it again goes, next to that
period's own word; a span said alone stays for the period readers.
"""

import re

from .rules import Rule, rewrite

_WEEKDAY = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_MONTH = (
    r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november"
    r"|dezember)"
)
_NOW = r"(?:jetzt|heute|heut|dato|zum heutigen tag|eben|gerade eben)"

PRECISE_DE: tuple[Rule, ...] = (
    # "Von Montag, dem sechzehnten November, bis jetzt": since then.
    (
        rf"\b(?:von|vom|ab) ([^?!]+?),? bis (?:einschließlich )?{_NOW}\b(?! \w)",
        r"seit \1",
    ),
    # Today counted in, said to be sure: the period holds it already.
    (
        (
            r",?\s+(?:heute|den heutigen tag) (?:eingeschlossen|inklusive|inbegriffen"
            r"|mitgerechnet|mitgezählt)\b,?"
        ),
        "",
    ),
    (r"\s+bis einschließlich heute\b|\s+bis heute einschließlich\b", ""),
    # "Gestern, am Donnerstag, dem neunzehnten November": the day again.
    (
        rf"\b(gestern|heute|vorgestern),\s+am {_WEEKDAY},? (?:dem|den) \w+\.?(?: {_MONTH})?(?: \d{{4}})?,?",
        r"\1",
    ),
    # "Am Dienstag, dem dritten November, das Album ...": the date said with
    # its weekday, inside the question (issue 45's sixty-third turn: the
    # comma after it had clipped the question, and its name was lost).
    (
        (
            rf"\bam (?P<day>{_WEEKDAY}),\s+(?P<art>dem|den) (?P<date>\w+\.?) (?P<month>{_MONTH})"
            r"(?: (?P<year>\d{4}))?,(?=\s*\w)"
        ),
        r"am \g<day> \g<art> \g<date> \g<month> \g<year>",
    ),
    # "Letzte Nacht, also von gestern achtzehn Uhr bis heute früh um sechs":
    # the night again.
    (
        (
            r"\b(nacht),\s+(?:also )?(?:von )?gestern (?:abend )?(?:um )?\w+ uhr"
            r" bis heute (?:früh |morgen )?(?:um )?\w+(?: uhr)?\b"
        ),
        r"\1",
    ),
    # "Habe ich jemals X gehört, irgendwann in meinem gesamten Verlauf": ever, again.
    (
        (
            r"(\bjemals\b[^,?]*),\s+(?:also )?irgendwann(?: in meinem (?:gesamten |ganzen )?"
            r"(?:verlauf|hörverlauf))?"
        ),
        r"\1",
    ),
    # "Im gesamten Jahr 2025, von Januar bis Dezember": that year.
    (r"\bim (?:gesamten|ganzen|kompletten) jahr\b", "im jahr"),
    (r",?\s+(?:also )?(?:von )?januar bis dezember\b(?: \w+)?", ""),
    # "Im Sommer letzten Jahres, also Juni bis August 2025": that summer.
    (r"\b(sommer\b[^,?]*),\s+(?:also )?(?:von )?juni bis august\b(?: \w+)?", r"\1"),
    # "Gestern Abend, zwischen achtzehn Uhr und Mitternacht": the evening.
    (
        r"\b(abend),\s+(?:also )?zwischen (?:achtzehn|18|sechs) uhr und mitternacht\b,?",
        r"\1",
    ),
    # "Heute Nachmittag, ab zwölf Uhr mittags bis jetzt": the afternoon.
    (
        rf"\b(nachmittag\b[^,?]*),\s+(?:also )?(?:ab|seit) (?:zwölf|12) uhr(?: mittags)?(?: bis {_NOW})?\b",
        r"\1",
    ),
    # "Am Wochenende, also am Samstag, dem vierzehnten, und Sonntag, dem
    # fünfzehnten November": that weekend.
    (r"\b(wochenende\b[^?]*?),\s+also am samstag\b[^?]*?\bsonntag\b[^?!.]*", r"\1"),
)


def said_precisely_de(text: str) -> str:
    """Return German with a period spelled out again said once."""
    return rewrite(PRECISE_DE, text, re.IGNORECASE)

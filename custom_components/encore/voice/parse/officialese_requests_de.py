"""A clerk's request without "ich", in nouns (issue 45's sixty-seventh turn).

A civil servant (blind writer 457) asked as a form is worded: "Bitte um
Auskunft, welcher Interpret im laufenden Jahr die höchste Anzahl der
Wiedergaben aufweist" (the count of artists had been answered: a wrong
fact), "ich bitte um Übermittlung der fünf meistgespielten Titel des
laufenden Monats" (all time had been answered: the genitive month was
unknown), "bitte um eine Einordnung meines Musikgeschmacks" ("um eine" had
been read as one o'clock), "Gesamtdauer der Wiedergabe am gestrigen Tage
unter Ausschluss von Podcasts", "Anzahl der Wiedergaben ... unter
Ausschluss von Podcasts" (the exclusion had been taken for a name or a
room), "ist im Zeitraum seit dem ersten Oktober Radiohead wiedergegeben
worden", "Datum der letzten Wiedergabe von Sexy Boy", "neu hinzugekommene
Interpreten im September", "Hördauer in den Sommermonaten dieses Jahres,
also Juni bis August" (the restated months had been asked as a time of
their own), "Monatsbericht bitte".

Each rule turns one shape of such a request into the question it asks. Read
in `formal_de` before its older officialese (`officialese_de`), on
normalized words (lower case, no commas). Only a request's own nouns and
frames are read; a name is moved whole and never changed.
"""

from typing import Final

from .rules import Rule

# The nouns a request asks for: "Auskunft", "Übermittlung", "Aufstellung".
_ASK: Final = r"(?:auskunft|mitteilung|information|übermittlung|aufstellung|auflistung|nennung|angabe)"
# A clerk's verbs of what a count "shows": "aufweist", "verzeichnet".
_SHOWS: Final = (
    r"(?:aufweist|aufwies|aufgewiesen hat|verzeichnet|verzeichnete|erreicht|erreichte"
    r"|erzielt|erzielte|hat|hatte)"
)

OFFICIALESE_REQUESTS_DE: Final[tuple[Rule, ...]] = (
    # "Unter Ausschluss von Podcasts", "Podcasts ausgenommen": music only,
    # said as the readers know it ("ohne Podcasts"); it had been a name or
    # a room.
    (
        r"\b(?:unter ausschluss (?:von|der)|ohne berücksichtigung (?:von|der)|ausgenommen) podcasts\b",
        "ohne podcasts",
    ),
    (r"\bpodcasts ausgenommen\b", "ohne podcasts"),
    # The period in the genitive: "des laufenden Monats", "das laufende
    # Jahr" (only "im laufenden Monat" had been known).
    (r"\b(?:des|im) laufenden monats\b", "diesen monat"),
    (r"\b(?:über )?das laufende jahr\b", "dieses jahr"),
    (r"\b(?:über )?den laufenden monat\b", "diesen monat"),
    # "Im Sommer dieses Jahres, also Juni bis August": the summer said
    # again as its months asks nothing new.
    (
        r"\b(im sommer(?: dieses jahres| dieses jahr)?) also (?:von )?juni bis (?:einschließlich |inklusive )?august\b",
        r"\1",
    ),
    # "(Ich) bitte um Auskunft, welcher ...": the request's frame before a
    # question asked in full.
    (
        rf"^(?:ich )?bitte um (?:eine |einen )?{_ASK},? (?:darüber,? )?(?=(?:wie|was|wann|welche\w*|wer|ob|seit)\b)",
        "",
    ),
    # "... welcher Interpret ... die höchste Anzahl der Wiedergaben
    # aufweist": the most heard (the count of artists had been answered).
    (
        (
            r"^(welche[rsn]?) (\w+) (.*?) ?(?:die höchste|die größte|die meisten) (?:anzahl (?:der |an |von )?)?"
            rf"(?:wiedergaben|abspielungen|aufrufe) {_SHOWS}$"
        ),
        r"\1 \2 habe ich \3 am meisten gehört",
    ),
    # "Bitte um Auskunft über den meistgehörten Podcast im Vorjahr": the
    # top of a kind ("um Auskunft" had been a name).
    (
        rf"^(?:ich )?bitte um (?:eine |einen )?{_ASK} (?:über|zu|bezüglich|hinsichtlich) (den|die|das|meine[nrs]?) (meist\w+ )",
        r"nenne mir \1 \2",
    ),
    # "Aufstellung der Wiedergaben von vorgestern": what played then.
    (
        rf"^(?:ich )?(?:bitte um )?(?:eine |einen )?{_ASK} (?:der|aller) wiedergaben (?:von |vom |am )?(.+?)$",
        r"was habe ich \1 gehört",
    ),
    # "Bitte um Übermittlung der fünf meistgespielten Titel": name them.
    (rf"^(?:ich )?bitte um (?:eine |einen )?{_ASK} der\b", "nenne mir die"),
    # "Bitte um eine Einordnung meines Musikgeschmacks": the taste ("um
    # eine" had been one o'clock).
    (
        (
            r"^(?:ich )?bitte um (?:eine |einen )?(?:einordnung|einschätzung|beurteilung|bewertung"
            r"|charakterisierung|beschreibung|analyse) (?:meines|unseres) musikgeschmacks\b"
        ),
        "wie ist mein musikgeschmack",
    ),
    # "Gesamtdauer der Wiedergabe am gestrigen Tage": how long.
    (
        r"^(?:die )?gesamt(?:hör)?dauer (?:der|aller) (?:musik)?wiedergaben? (.+?)$",
        r"wie lange habe ich \1 gehört",
    ),
    # "Anzahl der Wiedergaben ... unter Ausschluss von Podcasts": the
    # plays of music, its songs ("nur musik" after a room had been a name).
    (
        r"^((?:die )?(?:gesamt)?anzahl der) wiedergaben (.+?) ohne podcasts$",
        r"\1 lieder \2",
    ),
    # "Ist im Zeitraum seit dem ersten Oktober Radiohead wiedergegeben
    # worden": whether the name played, the time said first kept apart.
    (
        (
            r"^(?:ist|wurde) (?:im zeitraum )?((?:seit|vom|am|im) (?:dem |der )?(?:\w+ )?"
            r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november"
            r"|dezember)) (.+?) (?:wiedergegeben|gespielt|abgespielt|gehört) (?:worden|wurde)?$"
        ),
        r"habe ich \2 \1 gehört",
    ),
    # "Datum der letzten Wiedergabe von Sexy Boy": when it last played.
    (
        r"^(?:das )?(?:datum|zeitpunkt) der (letzten|ersten) wiedergabe (?:von |des titels |der band )?(.+?)$",
        lambda m: (
            f"wann habe ich {m[2]} {'zum ersten mal' if m[1] == 'ersten' else 'zuletzt'} gehört"
        ),
    ),
    # "Neu hinzugekommene Interpreten im September": the new artists.
    (
        r"^(?:welche )?neu hinzugekommenen? (?:interpreten|künstler|bands) (.+?)$",
        r"welche künstler habe ich \1 neu entdeckt",
    ),
    (r"\b(?:erstmalig|erstmals) gehört\b", "erstmals gehört"),
    # "Monatsbericht bitte": the month's recap.
    (r"^(?:mein(?:en)? |den |einen )?monatsbericht(?: bitte)?$", "wie war mein monat"),
    (r"^(?:mein(?:en)? |den |einen )?jahresbericht(?: bitte)?$", "wie war mein jahr"),
    (r"^(?:mein(?:en)? |den |einen )?wochenbericht(?: bitte)?$", "wie war meine woche"),
)

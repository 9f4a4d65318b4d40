"""Officialese as a clerk writes a request (issue 45's fifty-fourth turn).

A civil servant nobody here had seen (blind writer 339) asked in nouns and
passives and got no answer to 25 of 54 questions: "Mitteilung der drei
meistgehörten Interpreten im laufenden Kalenderjahr", "Feststellung der
Dauer der Musikwiedergabe am gestrigen Tage", "Wie oft erfolgte ... die
Wiedergabe von Titeln der Gruppe Queen", "Liegt für den Vormonat eine
Wiedergabe der Band Wet Leg vor", "Bestätigung erbeten, ob ...", "Um eine
Einschätzung ... wird gebeten", "Datum der letztmaligen Wiedergabe von
Queen". Each rule turns one request's shape into the question it asks;
`formal_de` reads them first, before its own officialese (a request's "um
eine" would otherwise be read as a clock).
"""

from typing import Final

from .rules import Rule

# "Der Gruppe", "der Band", "des Interpreten", "von Titeln der Gruppe":
# words before a name that are no part of it.
_OF_NAME: Final = (
    r"(?:von )?(?:(?:titeln|liedern|songs|folgen) )?(?:der gruppe |der band |des interpreten "
    r"|der interpretin |des titels |des podcasts |von )?"
)

REQUESTS_DE: Final[tuple[Rule, ...]] = (
    # A request framed around what it asks: "Um eine Einschätzung ... wird
    # gebeten", "Bestätigung erbeten, ob ...", "..., bitte".
    (r"^um (?:eine|einen|ein) (.+?) wird (?:gebeten|ersucht)\W*$", r"\1"),
    (r",? bitte\W*$", ""),
    (r",? (?:also )?(?:den|die|das) anteil mehrfach abgespielter titel\b", ""),
    # "Im Zeitraum Juni bis einschließlich August" is the summer, said again
    # as its months (the summer itself may be gone, read as the restated one).
    (
        r"\b(?:also )?im zeitraum (?:von )?juni bis (?:einschließlich |inklusive )?august(?: dieses jahres)?\b",
        "im sommer",
    ),
    (r",? also im zeitraum .+$", ""),
    # The period's words: "am gestrigen Tage", "am heutigen Nachmittag",
    # "im laufenden Kalenderjahr", "im Zeitraum der laufenden Woche", "für
    # den Vormonat", "derzeit".
    (r"\bam gestrigen tage?\b", "gestern"),
    (r"\bam heutigen tage?\b", "heute"),
    (
        r"\bam (gestrigen|heutigen) (morgen|vormittag|nachmittag|abend)\b",
        lambda m: ("gestern " if m[1] == "gestrigen" else "heute ") + m[2],
    ),
    (r"\b(?:im zeitraum )?(?:der|des) laufenden woche\b", "diese woche"),
    (r"\b(?:im zeitraum )?(?:der|des) laufenden (?:kalender)?jahres\b", "dieses jahr"),
    (r"\bim laufenden (?:kalender)?jahr\b", "dieses jahr"),
    (r"\b(?:für den|im) vormonat\b", "letzten monat"),
    # Issue 45's fifty-eighth turn (a Hanover clerk, blind writer 371): "des
    # Vorjahres" (last year's: all time had been answered), and the remarks
    # a clerk adds that ask nothing ("nach Aktenlage", "der Vollständigkeit
    # halber", "in der Gesamtschau", "in Stunden ausgedrückt", "Wiederholungen
    # ausdrücklich nicht mitgerechnet"): the last two had been read as what
    # the question asked (a count of repeats, a name).
    (r"\b(?:des|das|im) vorjahr(?:es|e)?\b", "letztes jahr"),
    (
        (
            r",? (?:nach aktenlage|der vollständigkeit halber|in der gesamtschau|für meine unterlagen"
            r"|für die akten|in (?:stunden|minuten)(?: und (?:stunden|minuten))? ausgedrückt"
            r"|(?:die )?wiederholungen (?:ausdrücklich |bitte )?(?:nicht mitgerechnet|nicht mitgezählt"
            r"|ausgenommen))\b"
        ),
        "",
    ),
    # "Welcher Interpret führte ... die Statistik an": the most heard, not a
    # recap of the period.
    (
        r"^(welche[rsn]?) (\w+) (?:führte|führt) (.*?) ?(?:die|meine|unsere) (?:statistik|liste|rangliste|wertung|tabelle|hitliste) an\W*$",
        r"\1 \2 habe ich \3 am meisten gehört",
    ),
    # Who listened, said as a noun: "die Musiknutzung", "meinerseits".
    (r"\berfolgt die musiknutzung\b", "höre ich musik"),
    (r"\berfolgt die nutzung meinerseits\b", "höre ich"),
    # The asks.
    (
        r"^(welche[rsn]?) (\w+) steht (.*?) ?im vordergrund (?:meiner|unserer|der) hörtätigkeit\W*$",
        r"\1 \2 habe ich \3 am meisten gehört",
    ),
    (
        r"^(welche[rsn]?) (\w+) (?:wird|wurde) meinerseits (.*?) ?(?:vorrangig|überwiegend|hauptsächlich|am häufigsten) gehört\W*$",
        r"\1 \2 habe ich \3 am meisten gehört",
    ),
    (r"\bderzeit\b", "in letzter zeit"),
    (
        r"^feststellung der dauer der (musik|podcast)?wiedergabe (.*?),?(?: in stunden und minuten)?\W*$",
        lambda m: f"wie lange habe ich {m[2]} {m[1] or ''} gehört",
    ),
    (
        r"^(?:wie hoch belief sich )?(?:die )?gesamthördauer (.+?)\W*$",
        r"wie lange habe ich \1 gehört",
    ),
    (
        r"^anzahl der (.*?) ?(?:bislang |bisher )?abgespielten (lieder|titel|songs|folgen|podcastfolgen)\W*$",
        r"wie viele \2 habe ich \1 gespielt",
    ),
    (
        rf"^wie oft erfolgte (.*?) ?die wiedergabe {_OF_NAME}(.+?)\W*$",
        r"wie oft habe ich \2 \1 gehört",
    ),
    (
        rf"^ist (.*?) ?eine wiedergabe {_OF_NAME}(.+?) (?:meinerseits |unsererseits )?erfolgt\W*$",
        r"habe ich \2 \1 gehört",
    ),
    (
        r"^bestätigung erbeten,? ob (.+?) (?:angehört|gehört|abgespielt|gespielt|wiedergegeben) wurde\W*$",
        r"habe ich \1 gehört",
    ),
    (
        rf"^liegt (.*?) ?eine wiedergabe {_OF_NAME}(.+?) vor\W*$",
        r"habe ich \2 \1 gehört",
    ),
    (
        r"^(.+?),? erfolgte diesbezüglich eine wiedergabe\W*$",
        r"habe ich \1 gehört",
    ),
    (
        r"^auskunft(?:serteilung)? (?:hinsichtlich|bezüglich|über) (?:der|die) (.+?) gehörten inhalte\W*$",
        r"was habe ich \1 gehört",
    ),
    (
        r"^welche inhalte wurden (.+?) (?:wiedergegeben|abgespielt|gehört)\W*$",
        r"was habe ich \1 gehört",
    ),
    (
        r"^feststellung des (.+?) laufenden inhalts\W*$",
        r"was lief \1",
    ),
    (
        r"^sind (.*?) ?erstmal(?:ig|s) (interpreten|künstler|bands) in erscheinung getreten\W*$",
        r"welche \2 habe ich \1 neu entdeckt",
    ),
    (
        r"^auskunft über die (wiederholungsquote|wiederholungsrate|skipquote|hördauer)\W*$",
        r"wie hoch ist meine \1",
    ),
    (r"\baufeinanderfolgenden tagen\b", "tagen hintereinander"),
    (
        r"\bwurde (?:bislang |bisher )?ohne unterbrechung gehört\b",
        "habe ich ohne unterbrechung gehört",
    ),
    (
        rf"^(?:wann erfolgte die|datum der) (erstmaligen?|letztmaligen?) wiedergabe {_OF_NAME}(.+?)\W*$",
        lambda m: (
            f"wann habe ich {m[2]} {'zum ersten mal' if m[1].startswith('erst') else 'zuletzt'} gehört"
        ),
    ),
    (
        r"^seit wann ist (?:der titel |das lied |der song |die band |der interpret |der podcast )?(.+?) in der hörhistorie (?:aktenkundig|verzeichnet|vermerkt|enthalten)\W*$",
        r"wann habe ich \1 zum ersten mal gehört",
    ),
    (r"^(?:mitteilung|nennung) der\b", "nenne mir die"),
    (r"^auskunft über (?:das|den|die) (.+?) wird erbeten\W*$", r"was ist \1"),
    (r"\bzusammenfassenden bericht über\b", "rückblick auf"),
)

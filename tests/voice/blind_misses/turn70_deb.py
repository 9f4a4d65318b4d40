"""Issue 45's sixty-eighth turn: blind writers 461, 462 and 465, German.

What the writers showed, pinned in phrasings of our own:

- A Brazilian learner's Portuguese words (writer 462, `learner_pt_de`):
  the time said in Portuguese ("semana passada", "ontem") had been left
  unread, so all time or today was answered, or it became part of a name
  ("habe ich Queen gehört semana passada, né?"): wrong facts; "quantas
  vezes", "quantos Lieder diferentes", "número um", "mais tocados", a
  closing "né?" or "tudo bem" (read as a name), "toda hora" (on repeat);
  "ich habe gehört die Lied von X gestern" (the name had held "von").
- A South Tyrolean's words (writer 465, `south_tyrol_de`, `learner_it_de`):
  "settimana scorsa" without its article (all time had been answered),
  "scholt i ... weiter" (skipping; the most played had been answered),
  "wia oft" after a period said first (a name "überhaupt was"): wrong
  facts; "Liadlen", "hobn mir", "weitergescholtn", "der s'letzte Mal".
- A Düsseldorf Rhinelander's "Leedsche" (writer 461): songs; "wat
  übersprungen" (etwas, read as a narrowing); "Wat war hück früh um acht
  dran?" and "Wie war dat letzte Wochenende bei mir, erzähl ens" (no net
  line had taken them).
- Net lines (`de.yaml`) for the sentences Assist had matched to nothing:
  "welche música war ...", "... mais tocados", "wia oft tua i ...
  überspringen", "wia viel hon i weitergescholtn", "wos für a Musig g'fallt
  mir", "X, wann isch der s'letzte Mal g'laufen", "wos isch grad ..., die i
  dauernd in Schleife hon".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "welcher Künstler ich habe gehört am meisten semana passada",
        "welchen Künstler habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "welche Album ich habe gespielt am meisten mês passado",
        "welches Album habe ich letzten Monat am meisten gespielt",
    ),
    (
        "de",
        "wie lange ich habe gehört Podcasts ontem",
        "wie lange habe ich gestern Podcasts gehört",
    ),
    ("de", "habe ich Air gehört ontem, né?", "habe ich gestern Air gehört"),
    ("de", "ich habe gehört die Lied von Air hoje", "habe ich heute Air gehört"),
    ("de", "quantas vezes ich habe gehört Genesis", "wie oft habe ich Genesis gehört"),
    (
        "de",
        "quantos Künstler diferentes ich habe gehört diese Woche",
        "wie viele verschiedene Künstler habe ich diese Woche gehört",
    ),
    (
        "de",
        "die drei Lieder mais tocados von diesen Monat",
        "die drei meistgespielten Lieder von diesem Monat",
    ),
    (
        "de",
        "wie viele Podcasts ich habe gehört gestern, tudo bem",
        "wie viele Podcasts habe ich gestern gehört",
    ),
    (
        "de",
        "was ist meine Lied número um diese Woche",
        "was ist mein top Lied diese Woche",
    ),
    (
        "de",
        "welcher Künstler hon i settimana scorsa am meisten g'lost",
        "welchen Künstler habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "welches Liadl scholt i am meisten weiter",
        "welches Lied überspringe ich am meisten",
    ),
    (
        "de",
        "gestern, wia oft isch wos g'laufen",
        "wie viele Wiedergaben gab es gestern",
    ),
    (
        "de",
        "wia viele Liadlen hon i gestern g'spielt",
        "wie viele Lieder habe ich gestern gespielt",
    ),
    (
        "de",
        "wie viele Leedsche hab isch jestern jehört",
        "wie viele Lieder habe ich gestern gehört",
    ),
    ("de", "hobn mir gestern Justice g'lost", "haben wir gestern Justice gehört"),
    (
        "de",
        "wie oft hab isch gestern wat übersprungen",
        "wie oft habe ich gestern etwas übersprungen",
    ),
    (
        "de",
        "Justice, wann isch die s'letzte Mal g'laufen",
        "wann habe ich Justice zuletzt gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "welche Band ich habe gehört am meisten semana passada",
        "welche Band habe ich letzte Woche am meisten gehört",
        "de",
    ),
    (
        "wie viele Minuten ich habe gehört Musik ontem",
        "wie lange habe ich gestern Musik gehört",
        "de",
    ),
    (
        "welches Liadl hon i settimana scorsa am öftesten g'spielt",
        "welches Lied habe ich letzte Woche am meisten gespielt",
        "de",
    ),
    (
        "welchen Künstler scholt i am meisten weiter",
        "welchen Künstler überspringe ich am meisten",
        "de",
    ),
    (
        "vorgestern, wia oft isch überhaupt wos g'laufen",
        "wie viele Wiedergaben gab es vorgestern",
        "de",
    ),
    (
        "welche música lief gestern um acht Uhr abends",
        "welches Lied lief gestern um acht Uhr abends",
        "de",
    ),
    (
        "die drei Lieder mais tocados von diese Woche",
        "die drei meistgespielten Lieder von dieser Woche",
        "de",
    ),
    (
        "wia oft hon i letzte Woche weitergescholtn",
        "wie oft habe ich letzte Woche übersprungen",
        "de",
    ),
    ("wia oft tua i Podcasts überspringen", "wie oft überspringe ich Podcasts", "de"),
    (
        "Air, wann isch der s'letzte Mal g'laufen",
        "wann habe ich Air zuletzt gehört",
        "de",
    ),
    ("wos für a Musi g'fallt mir so", "was für Musik gefällt mir", "de"),
    (
        "wos isch grad des Liadl, des i dauernd in Schleife hon",
        "welches Lied höre ich in Dauerschleife",
        "de",
    ),
    ("Wat war jestern Abend um neun dran?", "was lief gestern Abend um neun", "de"),
    ("Wie war dat letzte Jahr bei mir, erzähl mal", "wie war mein letztes Jahr", "de"),
    (
        "wie viele Lieder ich habe gespielt gestern, tudo bem",
        "wie viele Lieder habe ich gestern gespielt",
        "de",
    ),
    ("quantas vezes ich habe gehört Genesis", "wie oft habe ich Genesis gehört", "de"),
    (
        "habe ich Air gehört semana passada, né?",
        "habe ich letzte Woche Air gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("spiel música von Queen, tudo bem", "de"),
    ("scholt das Licht weiter", "de"),
    ("spiel die Liadlen von Air im Wohnzimmer", "de"),
    ("welche música läuft gerade", "de"),
)

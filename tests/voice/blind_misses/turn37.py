"""Issue 45's thirty-seventh turn: blind writers 204 to 211, their wrong facts and misses.

Writers 204 to 211 (a South African and a Cologne storyteller, a terse
Texan and Hessian, a Welsh and a Berlin teenager, an Edinburgh and a
Tyrolean academic, a Spanish learner of English and a Kiezdeutsch speaker,
dictation in the Highlands and in Low German, a sleepy Northern Irish and
Baden speaker, an Appalachian and a Saarland runner) were scored before
anything was tuned on them. What they showed, in this file's own phrasings:

- Wrong facts: a German dialect's word of time read as no time, so today
  or all time was answered: "jester" (Cologne), "güstern", "vörgüstern"
  (Low German), "hit", "die Wuch", "in letschter Zitt", "Nommidag"
  (Baden), "heint in der Fruah" (Tyrol), "letschde Friedaa", "heit
  Nommedaach", "zwanzisch fünfunzwanzisch" (the Saarland); "Top zwei
  Albe" counted songs; a bare "Hauptzeit" counted music alone (plain
  listening is everything); "Musi-Jahr" recapped the month; "welche Bands
  hab ich im Sommer das erste Mal gehört" answered the first play; "which
  song we listened more" (a learner's "more" for most) answered what
  played.
- Misses: Low German's "höört", "överspring ik", "hebbt wir"; Baden's
  clock ("Viertel noch fünfi", "halb nüüni") and words ("wa han i", "s'letschte
  Lied", "verzell mol", "hinternander"); the Saarland's ("Stunn Mussik warn
  das", "Dauerschleif"); Hesse's fields ("Stunde gehört die Woch"); "ganz am
  Schluss im Oktober"; an aside between dashes ("this morning — from the
  porridge onwards, roughly — how long ..."); a Texan's keywords ("cafe
  tacvba this month, played any?", "stream count september"); "what does
  my listening say about me"; "a run of days".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # A dialect's word of time, read by its shape.
    ("de", "wat lief jester ovend", "was lief gestern abend"),
    ("de", "wat war güstern dat erste lied", "was war gestern das erste lied"),
    (
        "de",
        "lief vörgüstern Around the World",
        "lief vorgestern Around the World",
    ),
    (
        "de",
        "wie oft han i Air die Wuch ghört",
        "wie oft habe ich Air diese Woche gehört",
    ),
    (
        "de",
        "wer han i in letschter Zitt am meischte ghört",
        "wen habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "hann mir letschde Friedaa Queen gehört",
        "haben wir letzten Freitag Queen gehört",
    ),
    (
        "de",
        "was lief heit Nommedaach",
        "was lief heute nachmittag",
    ),
    (
        "de",
        "mei lieblingskünstler zwanzisch fünfunzwanzisch",
        "mein lieblingskünstler 2025",
    ),
    (
        "de",
        "wa isch hit Nommidag um Viertel noch fünfi gloffe",
        "was lief heute nachmittag um viertel nach fünf",
    ),
    ("de", "Was lief ganz am Schluss im September?", "Was lief zuletzt im September"),
    # The words of the question.
    ("de", "Top drei Albe im September", "Top drei Alben im September"),
    ("de", "Hauptzeit fürs Hören", "wann höre ich meistens"),
    ("de", "wie war mei Musi-Jahr", "wie war mein Musikjahr"),
    (
        "de",
        "welche Künstler hab ich im Herbst das erste Mal gehört",
        "welche neuen Künstler habe ich im Herbst entdeckt",
    ),
    (
        "de",
        "welches Lied överspring ik am meisten",
        "welches Lied überspringe ich am meisten",
    ),
    # Baden's words of a question.
    ("de", "wa han i vorgeschtern ghört", "was habe ich vorgestern gehört"),
    (
        "de",
        "s'letschte Lied am Sunntig, wa war des",
        "was war das letzte Lied am Sonntag",
    ),
    ("de", "verzell mol, wie isch min Monet gsi", "wie war mein Monat"),
    (
        "de",
        "wie viel Täg hinternander han i ghört",
        "wie viele Tage hintereinander habe ich gehört",
    ),
    # The Saarland's.
    (
        "de",
        "Wieviel Stunn Mussik warn das geschder?",
        "wie lange habe ich gestern Musik gehört",
    ),
    (
        "de",
        "Was hann isch grad in Dauerschleif?",
        "Was höre ich gerade in Dauerschleife",
    ),
    # Hesse's fields and a year said as two numbers.
    ("de", "Stunde gehört die Woch", "wie lange habe ich diese Woche gehört"),
    ("de", "Mei Woch im Rückblick", "wie war meine Woche"),
    # Low German's.
    (
        "de",
        "von wem krieg ik in letzter Tiet nich genug",
        "von wem krieg ich in letzter Zeit nicht genug",
    ),
    ("de", "wat für Musik mag ik eigentlich", "was für Musik mag ich eigentlich"),
    # An aside between dashes.
    (
        "en",
        "Since Monday — and it's been a long week, believe me — how many songs have I had on?",
        "Since Monday how many songs have I had on",
    ),
    (
        "en",
        "What did I finish the day with the day before yesterday — Wednesday, that is?",
        "What did I finish the day with the day before yesterday",
    ),
    (
        "de",
        "Wos war gestern des erste Liad \u2013 am Donnerstag also?",
        "Was war gestern das erste Lied",
    ),
    # A Texan's keywords.
    ("en", "queen this week, played any?", "did I play Queen this week"),
    ("en", "list what played last sunday", "what did I play last sunday"),
    (
        "en",
        "which album we listened more last month",
        "which album did we listen to most last month",
    ),
    (
        "en",
        "what does my music say about me",
        "what is my music taste",
    ),
    (
        "en",
        "how long a run of days have I listened",
        "what is my listening streak",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    ("Wat hab ich jester jehört?", "Was habe ich gestern gehört?", "de"),
    (
        "wie viel Queen han i die Wuch ghört",
        "wie oft habe ich Queen diese Woche gehört",
        "de",
    ),
    ("hebb ik güstern Air höört", "habe ich gestern Air gehört", "de"),
    ("Top zwei Albe im Oktober", "Top zwei Alben im Oktober", "de"),
    (
        "between weekdays and weekend when do I listen more",
        "do I listen more on weekdays or on weekends",
        "en",
    ),
)

# Commands and a question of now, in the same ways of speaking.
STAYS: tuple[Stays, ...] = (
    ("mach hit mol d'Musigg lauter", "de"),
    ("spiel mein größter Hit in der Küche", "de"),
    ("what's playing just now in the kitchen", "en"),
)

"""Issue 45's thirty-sixth turn: blind writers 196 to 203, their wrong facts and misses.

Writers 196 to 203 (a Boston and an East Frisian retired engineer who
restates every range, a Georgia and a Ruhr child, a Manchester and a
Franconian complainer, a speaker of English with Jamaican Patois and a
Thuringian, a Hong Kong and a German office worker who code-switch, a
Manila and a Moselle speaker who only hint at the question, a Californian
and a Mannheim party host, a Liverpool and a Viennese speaker who gives
dates in figures) were scored before anything was tuned on them. What they
showed, in this file's own phrasings:

- Wrong facts: Patois "how much time mi play X" (how many times) answered
  with the week's listening time; a period spelled out by its days after
  the period ("over the last three months. That's August twenty-first
  through today") read as the restatement alone or as no time; "X, not
  last year" read as last year; "nach Anzahl, nich nach Quote", "Datum und
  Uhrzeit", "ohne Wiederholungen" read as other questions; Franconia's
  "Freidooch", "Oggdober" and soft "letzdes" dropped (the last play of all
  answered); "keine Ahnung, wann ich dat letzte Mal Digital Love gehört
  hab" answered without the name; "a whole lot lately" as what played.
- Misses: Patois ("wah song mi play di most dis month", "when mi last play
  Sexy Boy", "mi hear di Daily dis mawnin or nuh"); hints ("curious what
  ...", "no idea how many ...", "mich tät interessieren, ...", "ich frag
  mich, ...", "..., dat wüsst ich gern"); Mannheim's "hawwe mer",
  "gelaafe", "Samsdag"; Thuringia's soft consonants ("Schdunden",
  "Middwoch", "ieberhaubt"); "who is my artist this year" with its "top"
  unsaid; a correction with Swabia's "noi" or "wart".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # English with Patois in it.
    (
        "en",
        "wah album mi play di most dis month",
        "what album did I play the most this month",
    ),
    (
        "en",
        "how much time mi play Genesis dis week",
        "how many times did I play Genesis this week",
    ),
    (
        "en",
        "when mi last play Around the World",
        "when did I last play Around the World",
    ),
    (
        "en",
        "Sexy Boy, how much time mi run it last month?",
        "how many times did I play Sexy Boy last month",
    ),
    # A period, then spelled out by its days.
    (
        "en",
        "top three songs this week, Monday the sixteenth through now",
        "top three songs this week",
    ),
    (
        "en",
        "how many plays the day before yesterday, which would be Wednesday the eighteenth",
        "how many plays the day before yesterday",
    ),
    (
        "en",
        "what did I listen to this morning, six a.m. to noon, roughly",
        "what did I listen to this morning",
    ),
    # A time denied after the one meant.
    (
        "en",
        "my top artist this month, not last month",
        "my top artist this month",
    ),
    (
        "de",
        "mein Top-Album dieses Jahr, nicht letztes Jahr",
        "mein Top-Album dieses Jahr",
    ),
    # "My artist" in a time: the top one.
    ("en", "who was my artist last year", "who was my top artist last year"),
    ("de", "was ist mein Lied diesen Monat", "was ist mein Top-Lied diesen Monat"),
    # A question hinted at.
    (
        "en",
        "curious how many podcasts I played last week",
        "how many podcasts did I play last week",
    ),
    (
        "en",
        "no idea when I last had Air on",
        "when did I last have Air on",
    ),
    (
        "de",
        "ich frag mich, wie oft ich letzte Woche Air gehört hab",
        "wie oft habe ich letzte Woche Air gehört",
    ),
    (
        "de",
        "keine Ahnung, wann ich zuletzt Genesis gehört hab",
        "wann habe ich zuletzt Genesis gehört",
    ),
    # Mannheim, Franconia, Thuringia.
    (
        "de",
        "hawwe mer am Samsdag ebbes vun Queen gspielt",
        "haben wir am Samstag etwas von Queen gespielt",
    ),
    ("de", "was lief letzten Freidooch", "was lief letzten Freitag"),
    (
        "de",
        "wie viele Schdunden hab ich im Oggdober gehört",
        "wie viele Stunden habe ich im Oktober gehört",
    ),
    # A German date in figures, a German period spelled out.
    (
        "de",
        "was lief am 18.11. um acht Uhr abends",
        "was lief am 18. November um acht Uhr abends",
    ),
    (
        "de",
        "Top-Künstler in den letzten sieben Tagen, dat heißt Samstag, der Vierzehnte, bis heute",
        "Top-Künstler in den letzten sieben Tagen",
    ),
    (
        "de",
        "wie viel hab ich letzten Sommer gehört, Juni bis August 2025",
        "wie lange habe ich letzten Sommer gehört",
    ),
    # Anything played, the podcasts too.
    (
        "de",
        "wie oft is letzte Woche überhaupt wos glaufen",
        "wie viele Wiedergaben hatte ich letzte Woche",
    ),
    # A party host's verbs, Hong Kong's particles.
    (
        "en",
        "how many times did I blast Genesis last week hahaha",
        "how many times did I play Genesis last week",
    ),
    (
        "en",
        "in the kitchen ah, which artist gets the most airtime",
        "which artist gets the most airtime in the kitchen",
    ),
    # A correction with Swabia's "noi".
    (
        "de",
        "meine drei Top-Künstler seit August, noi, seit September",
        "meine drei Top-Künstler seit September",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wah song mi have pon repeat dese days",
        "what song do I have on repeat these days",
        "en",
    ),
    (
        "how much time mi play Genesis dis week",
        "how many times did I play Genesis this week",
        "en",
    ),
    (
        "mich tät interessieren, wann Air zuletzt lief",
        "wann lief Air zuletzt",
        "de",
    ),
    (
        "Isch heit Morsche ääch mol ebbes vun Justice gelaafe?",
        "ist heute morgen etwas von Justice gelaufen",
        "de",
    ),
    (
        "die drei Künsdler, die ich ieberhaubt am meisden höre",
        "meine drei meistgehörten Künstler",
        "de",
    ),
)

# A command or a question of now never reaches Encore.
STAYS: tuple[Stays, ...] = (
    # Commands and a question of now, in the same ways of speaking.
    ("let mi hear some Bob Marley inna di kitchen", "en"),
    ("wah gwan, who's dis artist playing right now", "en"),
    ("no idea what to play, surprise me", "en"),
    ("ajo, mach mol die Mussik lauter", "de"),
)

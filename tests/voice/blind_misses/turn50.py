"""Issue 45's fiftieth turn: blind writers 292 to 299, their wrong facts and misses.

Writers 292 to 299 (a Highland fisherman and a Leipzig pensioner, a
night-shift nurse and a Swabian housewife, a Lagos speaker and a Hamburg
dock worker, a Texan rancher and a Thuringian student, a Dublin taxi driver
and a Styrian woman, a Johannesburg rugby fan and a Russian-German
resettler, a New Yorker and a terse East Frisian, a Canadian hockey parent
and a Munich thirty-something) were scored on the forty-ninth turn's tree
before anything was tuned on them. Their wrong facts and misses, in this
file's own phrasings:

- Saxony's "siem Tache", "vorgästorn", "heide Nachmiddaach", "hammor'n",
  "Ginstlor Nummor eens", "dis Jahr", "Bodgasd", "Folchen", "am
  schnellsten weiterdrücken"; Swabia's "gestern ohmd"; Styria's "vurige
  Wochn", "so narrisch", "wos" for anything played; the East Frisian's
  "Rückblick. Woche."; Munich's "mei Vibe"; "doppelt und dreifach gehört".
- A Highlander's "aye" (always); "have I actually played" (no name);
  "by 9" (at 9); "on constant replay", "on high rotation by me", "stuck on
  a loop with me" (on repeat); Texas's "fellers" (artists); "like a broken
  record" (no album); "or did I skip it" after a yes-or-no question;
  "how many hours we talking" (no household); "high noon"; "I miss that
  one" after the question; "yesterday, in the evening I mean"; "at
  lunchtime, twelve or so"; "what was I listening to. summary"; "first
  song of the year, way back in January".
- Mended after the wrong facts, from the same writers' misses: Swabia's
  "Wieviel Stunda", "äbbes g'spielt worra", "heut frieh", "Verzähl ...,
  wie mei Oktober so war"; "Schluss gemacht" (the last song); "wiederhol
  ich mich arg"; a resettler's "kak eto", "wie viel mal", the time first
  before "ich habe ... gehört oder nicht", "von welche Gruppe ich bin so
  verrückt"; the East Frisian's "Podcast-Zeit", "Wie viel gespielt, letzte
  sieben Tage"; Munich's "grad ..., so seit Oktober"; "song wise" after
  "thing", "count for me", "entered my history", "wear plumb out", "outta
  how many", "more than anything", "would I have played", Dublin's "what
  was I at", "after the match", "ballpark it for me", "did I ever, ever",
  "and the day too", "Saturday last week", "what had I on", Lagos's "oya"
  and "shey".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "welsches Lied lief'n in den letzten siem Tachen am meisten",
        "welches Lied lief in den letzten sieben Tagen am meisten",
    ),
    (
        "de",
        "wie lange hammor'n vorgästorn Musigg gehärt",
        "wie lange haben wir vorgestern Musik gehört",
    ),
    ("de", "was lief'n heide Nachmiddaach", "was lief heute Nachmittag"),
    (
        "de",
        "wer war'n dis Jahr mei Ginstlor Nummor eens",
        "wer war dieses Jahr mein Künstler Nummer eins",
    ),
    (
        "de",
        "wie viele Folchen vom Bodgasd hab ich'n im Oktobor geheert",
        "wie viele Folgen vom Podcast habe ich im Oktober gehört",
    ),
    (
        "de",
        "welsche Band drück ich am schnellsten weiter",
        "welche Band überspringe ich am häufigsten",
    ),
    ("de", "was hab ich gestern ohmd gehört", "was habe ich gestern Abend gehört"),
    (
        "de",
        "wen hob i vurige Wochn am meisten g'hört",
        "wen habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "von wem bin i in letzter Zeit so narrisch",
        "wen habe ich in letzter Zeit am meisten gehört",
    ),
    ("de", "wie oft hob i gestern wos g'hört", "wie oft habe ich gestern etwas gehört"),
    ("de", "Rückblick. Monat.", "Rückblick auf diesen Monat"),
    ("de", "was is mei Vibe so", "was ist mein Musikgeschmack"),
    (
        "de",
        "wie viel hab ich diesen Monat doppelt und dreifach gehört",
        "wie viel habe ich diesen Monat immer wieder dasselbe gehört",
    ),
    ("en", "which song am I aye skipping", "which song am I always skipping"),
    (
        "en",
        "how many songs have I actually played this week",
        "how many songs have I played this week",
    ),
    ("en", "what was on last night by 9", "what was on last night at 9"),
    ("en", "which song is on constant replay for me", "which song is on repeat for me"),
    (
        "en",
        "what's been on high rotation by me",
        "what's been on heavy rotation for me",
    ),
    (
        "en",
        "what song's been stuck on a loop with me",
        "what song's been on repeat for me",
    ),
    ("en", "top five fellers I played this year", "my top five artists this year"),
    (
        "en",
        "do I play the same ol tunes like a broken record",
        "do I play the same tunes",
    ),
    (
        "en",
        "did I hear The Daily on Saturday or did I skip it",
        "did I hear The Daily on Saturday",
    ),
    (
        "en",
        "since Monday how much music, like how many hours we talking",
        "since Monday how much music, like how many hours",
    ),
    ("en", "Wednesday at high noon, what was on", "Wednesday at noon, what was on"),
    (
        "en",
        "Genesis, when was the last time, I miss that one",
        "when did I last play Genesis",
    ),
    (
        "en",
        "at half eight yesterday, in the evening I mean, what was on",
        "at half eight yesterday evening, what was on",
    ),
    (
        "en",
        "on Saturday at lunchtime, twelve or so, what was on",
        "on Saturday at 12 pm, what was on",
    ),
    (
        "en",
        "what was I listening to last month. summary",
        "what was I listening to last month",
    ),
    ("en", "first song of the year, way back in January", "first song of the year"),
    (
        "de",
        "Wieviel Stunda hab i in de letschte drei Monat g'hört",
        "wie viele Stunden habe ich in den letzten drei Monaten gehört",
    ),
    (
        "de",
        "Wie oft isch äbbes g'spielt worra die Woch",
        "wie oft wurde diese Woche etwas gespielt",
    ),
    (
        "de",
        "Verzähl mir amol, wie mei September so war",
        "erzähl mir mal, wie mein September war",
    ),
    (
        "de",
        "mit welchem Lied hab ich gestern Schluss gemacht",
        "welches Lied habe ich gestern als letztes gehört",
    ),
    (
        "de",
        "wie viele Lieder hab ich heut frieh gehört",
        "wie viele Lieder habe ich heute früh gehört",
    ),
    (
        "de",
        "wiederhol ich mich dies Jahr arg",
        "wiederhole ich dieses Jahr dieselben Lieder",
    ),
    (
        "de",
        "Gestern ich habe Queen gehört oder nicht?",
        "habe ich gestern Queen gehört",
    ),
    (
        "de",
        "Seit Montag wie viele Lieder, kak eto, gespielt",
        "wie viele Lieder habe ich seit Montag gespielt",
    ),
    (
        "de",
        "Von welche Band ich bin so verrückt in letzte Zeit?",
        "wen habe ich in letzter Zeit am meisten gehört",
    ),
    ("de", "Was für Musik war am Samstag", "was für Musik lief am Samstag"),
    (
        "de",
        "Podcast-Zeit diese Woche.",
        "wie lange habe ich diese Woche Podcasts gehört",
    ),
    (
        "de",
        "Wie viel gespielt, letzte dreißig Tage",
        "wie viel habe ich in den letzten dreißig Tagen gespielt",
    ),
    ("de", "Queen wie viel mal gespielt?", "wie oft habe ich Queen gespielt"),
    (
        "de",
        "Was is grad mei Lieblingsalbum, so seit März?",
        "was ist mein Lieblingsalbum seit März",
    ),
    (
        "en",
        "first thing I played yesterday, song wise",
        "first song I played yesterday",
    ),
    (
        "en",
        "count for me how many songs I played last week",
        "how many songs did I play last week",
    ),
    (
        "en",
        "when was the first time Genesis entered my history",
        "when did I first play Genesis",
    ),
    (
        "en",
        "which album did I wear plumb out this year, like a pair of old boots",
        "which album did I play the most this year",
    ),
    (
        "en",
        "how many songs did I skip yesterday outta how many",
        "how many songs did I skip yesterday",
    ),
    (
        "en",
        "the one tune I had on more than anything last month, what was it",
        "my top song last month",
    ),
    (
        "en",
        "how many songs would I have played on Saturday",
        "how many songs did I play on Saturday",
    ),
    ("en", "what had I on this morning", "what did I have on this morning"),
    (
        "en",
        "so what was I at yesterday evening, music wise",
        "what music was I listening to yesterday evening",
    ),
    (
        "en",
        "how many songs did I put on last night, after the match",
        "how many songs did I play last night",
    ),
    (
        "en",
        "total plays this week, how many, ballpark it for me",
        "how many plays this week",
    ),
    (
        "en",
        "did I ever, ever, like even once, play Radiohead",
        "did I ever play Radiohead",
    ),
    (
        "en",
        "what's my peak listening hour, and the day too while you're at it",
        "what's my peak listening hour",
    ),
    (
        "en",
        "last song I played on Saturday last week",
        "last song I played last Saturday",
    ),
    (
        "en",
        "oya name my three most played songs this month",
        "name my three most played songs this month",
    ),
    ("en", "shey I played Queen this week", "did I play Queen this week"),
    (
        "de",
        "bei welschem Ginstlor drück ich'n am schnellsten weiter",
        "bei welchem Künstler überspringe ich am häufigsten",
    ),
)

ANSWERED: tuple[Answered, ...] = ()

STAYS: tuple[Stays, ...] = ()

"""Issue 45's fifty-second turn: blind writers 308 to 315.

Writers 308 to 315 (a Bangalore IT worker and a Cologne carnival fan, a
Jamaican-British grandmother in Birmingham and a Neukölln teenager, a
Singaporean office worker and a Zurich writer of Swiss Standard German, an
Australian tradie and a Viennese coffee-house regular, an Alabama church lady
and a Ruhr miner's son, a Geordie student and a Lower Bavarian farmer, a
mumbling teenager's and a Hessian's speech-to-text, a German speaking English
and an Italian-German cook) were scored on the tree the fifty-first turn left,
before anything was tuned on them. Their wrong facts, captures and the ways
most often missed, in this file's own phrasings:

- German: Cologne's "vorjestern", "minger Woche", "drück isch ... wej";
  Lower Bavaria's "wiavui", "Musikantn", "siem Tog hintananda", "hob i de
  letztn" (read as "in the last"), "as erste Moi", "des Eres vo dene Café
  Tacuba", "so vui ghert", "Samstag und Sunnta", "voriges Jahr im Sommer"
  (its "Sommer" read into the name); Hesse's "daach hinner enanner",
  "Stücksche", "uff gewacht"; Zurich's "ohne Unterbruch", "Endlosschlaufe";
  "hängen geblieben", "überhaupt was abgespielt" (read as a name), "wie viel
  Daft Punk war diese Woche" (the name dropped), "läuft bei mir grad rauf und
  runter" (read as all time's most played).
- English: Patois's "me" as the listener and "wha'"; "my song of the summer"
  (the net missed it); a German speaker's verb last ("have I
  yesterday Justice heard"), "before yesterday", "under the week", "in the
  last time", "overjump", "click away"; "wrap up with" (read as a recap);
  "last time I play X was when"; "hood"/"hoo" for who; "wor hoose";
  "episodes of anything"; "..., well I mean the speaker, ..." (the time
  after it clipped); "what with church on Sundays" (read as the time).
- Captured: "wie viele Tage noch bis ..." (a calendar question) reached the
  wide net; "chuck on" as a word of the history caught a command before it
  was kept.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Vorjestern, wie lange hab ich Musik laufen jehabt",
        "wie lange habe ich vorgestern Musik gehört",
    ),
    ("de", "Queen, wann liefen die zuletzt", "wann habe ich Queen zuletzt gehört"),
    (
        "de",
        "des Genesis vo dene Justice, wann war des as erste Moi dran",
        "wann habe ich Genesis von Justice zum ersten Mal gehört",
    ),
    (
        "de",
        "welches Lied drück isch am öftesten wej",
        "welches Lied überspringe ich am häufigsten",
    ),
    (
        "de",
        "wöchs Liad druck i am meistn weg",
        "welches Lied überspringe ich am häufigsten",
    ),
    (
        "de",
        "gib mir ne Zusammenfassung von minger Woche",
        "gib mir eine Zusammenfassung dieser Woche",
    ),
    (
        "de",
        "wiavui Podcastfolgn hob i seit September ghert",
        "wie viele Podcastfolgen habe ich seit September gehört",
    ),
    (
        "de",
        "wiavui verschiedne Musikantn hob i heier ghert",
        "wie viele verschiedene Künstler habe ich dieses Jahr gehört",
    ),
    (
        "de",
        "wiavui Tog hintananda hob i scho Musi ghert",
        "wie viele Tage hintereinander habe ich Musik gehört",
    ),
    (
        "de",
        "wie viele daach hinner enanner hab isch Musik gehört",
        "wie viele Tage hintereinander habe ich Musik gehört",
    ),
    (
        "de",
        "wie viele verschiedene Stücksche seit Dienstag",
        "wie viele verschiedene Lieder seit Dienstag",
    ),
    (
        "de",
        "wöche Musikantn warn im Juli zum erstn Moi dabei",
        "welche neuen Künstler habe ich im Juli entdeckt",
    ),
    (
        "de",
        "wöchn Musikantn überspring i am meistn",
        "welchen Künstler überspringe ich am häufigsten",
    ),
    (
        "de",
        "sog amoi, wen hob i diese Woche so vui ghert",
        "wen habe ich diese Woche am meisten gehört",
    ),
    (
        "de",
        "is am Samstag und Sunnta mehr los mit da Musi ois werktags",
        "höre ich am Wochenende mehr Musik als unter der Woche",
    ),
    (
        "de",
        "Hab i voriges Jahr im Sommer Air ghört",
        "habe ich letzten Sommer Air gehört",
    ),
    (
        "de",
        "wie oft hab ich seit Montag überhaupt was abgespielt",
        "wie viele Wiedergaben hatte ich seit Montag",
    ),
    (
        "de",
        "Wie viel Queen war denn diesen Monat, Stück für Stück gezählt",
        "wie viel Queen lief diesen Monat",
    ),
    (
        "de",
        "Mit wat für nem Leed bin isch hück wach jeworden",
        "mit welchem Lied bin ich heute aufgewacht",
    ),
    (
        "de",
        "Seit wie vielen Tagen höre ich ohne Unterbruch",
        "wie viele Tage hintereinander habe ich gehört",
    ),
    (
        "de",
        "Was läuft bei mir momentan in der Endlosschlaufe",
        "was läuft bei mir momentan in Dauerschleife",
    ),
    (
        "de",
        "auf welchen Podcast bin ich grad so hängen geblieben",
        "welchen Podcast höre ich gerade in Dauerschleife",
    ),
    (
        "de",
        "welsches Lied läuft bei mir grad rauf un runner",
        "welchen Song habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "wos für a Podcast hob i den Monat am meistn ghert",
        "welchen Podcast habe ich diesen Monat am meisten gehört",
    ),
    ("en", "have I yesterday Queen heard", "did I listen to Queen yesterday"),
    (
        "en",
        "how often have I Genesis heard this week",
        "how often have I heard Genesis this week",
    ),
    ("en", "with which song have I today begun", "which song did I start with today"),
    (
        "en",
        "how much things did I play before yesterday",
        "how many plays did I have the day before yesterday",
    ),
    (
        "en",
        "hear I more at the weekend or under the week",
        "do I listen more at weekends or on weekdays",
    ),
    ("en", "which artist do I always overjump", "which artist do I skip the most"),
    ("en", "which song click I always away", "which song do I skip the most"),
    ("en", "me listen to any Air yesterday?", "did I listen to Air yesterday"),
    ("en", "what tune me play last, mi forget", "what was the last song I played"),
    ("en", "wha' was my song of di summer", "what was my song of the summer"),
    (
        "en",
        "what'd I wrap up with last Saturday",
        "what was the last thing I played last Saturday",
    ),
    ("en", "last time i play genesis was when ah", "when did I last play Genesis"),
    (
        "en",
        "um hood i listen to the most this month",
        "who did I listen to the most this month",
    ),
    (
        "en",
        "did wor hoose listen to queen on saturday",
        "did we listen to Queen on Saturday",
    ),
    (
        "en",
        "how many episodes of anything did i listen to last month",
        "how many episodes did I listen to last month",
    ),
    (
        "en",
        "how long did the radio thing, well I mean the speaker, play this morning",
        "how long did I listen this morning",
    ),
    (
        "en",
        "do I listen more on weekdays or weekends, what with football on Saturdays and all",
        "do I listen more on weekdays or at weekends",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wiavui Stund hob i letztn Monat ghert",
        "wie viele Stunden habe ich letzten Monat gehört",
        "de",
    ),
    (
        "Läuft bei mir werktags mehr Musik oder am Samstag und Sonntag",
        "höre ich unter der Woche mehr Musik oder am Wochenende",
        "de",
    ),
    (
        "hear I more at midday or in the evening",
        "do I listen more in the afternoon or in the evening",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Wie viele Tage noch bis Ostern", "de"),
    ("wie viele Stunden noch bis Feierabend", "de"),
    ("chuck on some Air in the lounge", "en"),
)

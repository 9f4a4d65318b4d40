"""Issue 45's seventy-seventh turn (blind round sixteen): a nurse, a widower, a cab driver, two learners.

Blind writer 523, a terse Houston ER nurse, writes chart notes: the song
first and its verb after a comma without "did I" ("one more time by daft
punk, play it last friday?": taken for a command by its ", play it"),
"peak hour and day for my listening" ("for my listening" taken for a
period), "song I can't quit lately" (the song on repeat, read as
nothing), and said read questions no sentence took ("in the kitchen, how
long was stuff on today", "listen to the weeknd this month?", "wednesday
around nine pm, what song"). `houston_nurse_en` reads her; net lines take
the rest. In German, as a Berlin cab driver, "Meistjeskipptes Lied?" and
"Womit ging's letzten Freitag los?" (taken for a name "womit ginges
los"): `berlin_cab_de`.

Blind writer 525, an 86-year-old Glasgow widower, opens with "jings,",
says "o thae" ("of those" was a name), "hoo many", tells the moment before
he asks ("last night about ten past eight there was a song on, what was
it": read as whether "a song" played) and asks his taste as "am I a rock
man or a dance man": `glasgow_widower_en`; "what's Ada been playing this
week" and "this afternoon, was I listening tae X" were read but reached no
sentence. In German, as an Erzgebirge pensioner, "Erzähln Sie mal bitte,
wie war denn mei Oktober" reached none either: "erzähln Sie mal" opens the
net now.

Blind writer 526, a Turkish speaker from Duisburg through speech to text,
keeps "ich hab" after the question word and says "viel" for the most:
"welche Lied ich hab viel gehört im Sommer" was answered as the summer's
summary, a WRONG FACT; "Lieblingslied von Ada 2025" lost Ada; "Bohemian Rap
so die" is the recogniser's Rhapsody: `duisburg_turkish_stt_de`. Blind
writer 527, a Polish speaker at B1, asks "war Air bei mir in letzte Zeit
oder nicht" (did I hear Air lately, `polish_b1_de`) and "wie hoch ist
meine Wiederholung Rate in diese Jahr" (Home Assistant's area "diese
Jahr"; a net line now).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "one more time by daft punk, play it last friday?",
        "did I play one more time by daft punk last friday?",
    ),
    ("en", "queen, hear them yesterday?", "did I hear queen yesterday?"),
    ("en", "air, listen to it this week?", "did I listen to air this week?"),
    ("en", "peak hour and day for my listening", "when do I usually listen"),
    ("en", "peak time for my music", "when do I usually listen"),
    ("en", "song I can't quit lately", "what song do I keep playing lately"),
    ("en", "track I can't shake", "what track do I keep playing"),
    (
        "en",
        "how many o thae podcast episodes did I get through in August",
        "how many of those podcast episodes did I get through in August",
    ),
    (
        "en",
        "jings, what did I play yesterday",
        "what did I play yesterday",
    ),
    (
        "en",
        "last night about ten past eight there was a song on, what was it",
        "what song was playing last night about ten past eight",
    ),
    (
        "en",
        "this morning at seven there was a tune on, what was that",
        "what tune was playing this morning at seven",
    ),
    (
        "en",
        "am I a rock man or a dance man, what does the machine make o me",
        "what kind of music am I into",
    ),
    ("en", "am I a pop lass or a rock lass", "what kind of music am I into"),
    ("de", "Meistjeskipptes Lied?", "meistgeskipptes Lied?"),
    (
        "de",
        "Meistjespielter Künstler diese Woche?",
        "meistgespielter Künstler diese Woche?",
    ),
    (
        "de",
        "Womit ging's letzten Freitag los?",
        "womit habe ich letzten Freitag angefangen?",
    ),
    ("de", "Womit ging's gestern los?", "womit habe ich gestern angefangen?"),
    (
        "de",
        "welche Lied ich hab viel gehört im Sommer",
        "welches Lied habe ich im Sommer am meisten gehört",
    ),
    (
        "de",
        "welche Künstler ich hab letzte Woche viel gehört",
        "welche Künstler habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "welche Album ich hab viel gespielt diesen Monat",
        "welches Album habe ich diesen Monat am meisten gespielt",
    ),
    (
        "de",
        "wie oft ich hab Bohemian Rap so die gehört dieses Jahr",
        "wie oft habe ich Bohemian Rhapsody gehört dieses Jahr",
    ),
    (
        "de",
        "wie oft ich hab Queen gehört letzte Woche",
        "wie oft habe ich Queen gehört letzte Woche",
    ),
    (
        "de",
        "Lieblingslied von Ada zweitausendfünfundzwanzig",
        "Adas Lieblingslied zweitausendfünfundzwanzig",
    ),
    ("de", "Lieblingsalbum von Ada seit März", "Adas Lieblingsalbum seit März"),
    ("de", "Lieblingslied von mir diesen Monat", "mein Lieblingslied diesen Monat"),
    (
        "de",
        "war Air bei mir in letzte Zeit oder nicht",
        "habe ich Air in letzter Zeit gehört",
    ),
    ("de", "war Daft Punk bei mir gestern?", "habe ich Daft Punk gestern gehört?"),
    (
        "de",
        "war Queen bei uns diese Woche oder nicht",
        "haben wir Queen diese Woche gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "one more time by daft punk, play it last friday?",
        "did I play One More Time by Daft Punk last friday",
        "en",
    ),
    ("peak hour and day for my listening", "when do I usually listen", "en"),
    ("song I can't quit lately", "what song do I keep playing lately", "en"),
    (
        "in the kitchen, how long was stuff on today",
        "how long did I listen in the kitchen today",
        "en",
    ),
    (
        "wednesday around nine pm, what song",
        "what was playing wednesday at nine pm",
        "en",
    ),
    (
        "tuesday about eight pm, what track",
        "what was playing tuesday at eight pm",
        "en",
    ),
    (
        "jings, how much time have I spent listening this week",
        "how long did I listen this week",
        "en",
    ),
    (
        "how many o thae podcast episodes did I get through in August",
        "how many podcast episodes did I play in August",
        "en",
    ),
    (
        "hoo many different groups is that I've had on, all told",
        "how many different artists have I listened to",
        "en",
    ),
    (
        "this afternoon, was I listening tae Digital Love",
        "did I listen to Digital Love this afternoon",
        "en",
    ),
    ("what's Ada been playing this week", "what did Ada play this week", "en"),
    ("what's Ada been listening to lately", "what did Ada play lately", "en"),
    (
        "last night about ten past eight there was a song on, what was it",
        "what was playing last night at ten past eight",
        "en",
    ),
    (
        "am I a rock man or a dance man, what does the machine make o me",
        "what kind of music am I into",
        "en",
    ),
    ("Meistjeskipptes Lied?", "welches Lied habe ich am meisten übersprungen", "de"),
    (
        "Womit ging's letzten Freitag los?",
        "was war das erste Lied letzten Freitag",
        "de",
    ),
    (
        "Erzähln Sie mal bitte, wie war denn mei Oktober so mit der Musik",
        "wie war mein Oktober",
        "de",
    ),
    (
        "welche Lied ich hab viel gehört im Sommer",
        "welches Lied habe ich im Sommer am meisten gehört",
        "de",
    ),
    (
        "Lieblingslied von Ada zweitausendfünfundzwanzig",
        "welches Lied hat Ada 2025 am meisten gehört",
        "de",
    ),
    (
        "wie oft ich hab Bohemian Rap so die gehört dieses Jahr",
        "wie oft habe ich Bohemian Rhapsody dieses Jahr gehört",
        "de",
    ),
    (
        "war Air bei mir in letzte Zeit oder nicht",
        "habe ich in letzter Zeit Air gehört",
        "de",
    ),
    (
        "The Daily heute Morgen, lief der?",
        "habe ich heute Morgen The Daily gehört",
        "de",
    ),
    (
        "wie hoch ist meine Wiederholung Rate in diese Jahr",
        "wie hoch ist meine Wiederholungsrate dieses Jahr",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("one more time by daft punk, play it", "en"),
    ("daft punk, play it in the kitchen", "en"),
    ("how long was the oven on today", "en"),
    ("listen to the radio", "en"),
    ("what's the weather been doing this week", "en"),
    ("Die Waschmaschine heute Morgen, lief die?", "de"),
    ("Erzähln Sie mal einen Witz", "de"),
    ("spiel Bohemian Rhapsody von Queen", "de"),
)

"""Issue 45's twenty-ninth turn: blind writers' wrong facts and misses.

Writers 132 to 136 (a Dubliner and a Kölner, a Glasgow and a Berlin joker,
a Californian and a Leipzig student who hesitate as they speak, a New
Zealand and a Frankfurt couple settling bets, a Calgary and a Stuttgart
runner) were scored before anything was tuned on them; the misses left by
writers 127 to 131 were mended beside them. What they showed, in this
file's own phrasings:

- Wrong facts: a span said by its ends ("between the first of January and
  today") was no time; "which song did I play last" asked back; a claim
  after the question ("..., Jonas reckons yesterday") gave its time to
  the question; "listened to much Queen in August?" answered yes or no;
  "wie viele Lieder, nee, welche ..." and "Wat lief heut Nachmittach?"
  (today, not its afternoon); "um zwölfe mittags" dropped its hour.
- Misses: "how long did i uh listen" ("whose listening is 'i uh'?"),
  "like" as a pause, a workout's words taken for a room ("at the gym"),
  "would ye tell me", "giz me", "hanne", "auf weiter drücken", "wach
  jeworden", "eight o'clock last night, what was on".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "wie oft lief Queen in der vergangenen Woche, also vom neunten bis zum fünfzehnten November",
        "wie oft lief Queen vom neunten bis zum fünfzehnten November",
    ),
    (
        "en",
        "what did I play on Thursday, that is, the day before yesterday",
        "what did I play the day before yesterday",
    ),
    (
        "en",
        "how many songs did I play this week, my brother reckons it's about forty",
        "how many songs did I play this week",
    ),
    (
        "en",
        "who did I listen to most in October? Mia reckons yesterday was all Queen",
        "who did I listen to most in October",
    ),
    (
        "de",
        "wie oft hab ich diesen Monat Air gehört, die Lena wettet auf zwanzig",
        "wie oft habe ich diesen Monat Air gehört",
    ),
    (
        "en",
        "listened to much Justice in October?",
        "how often did I play Justice in October",
    ),
    (
        "en",
        "um how much do i like repeat songs this month you know",
        "what is my repeat rate this month",
    ),
    (
        "en",
        "who have I been running to the most lately",
        "who did I listen to most lately",
    ),
    (
        "en",
        "which song can't I stop playing on my jog",
        "which song am I listening to on repeat",
    ),
    (
        "en",
        "would ye tell me what I was after playing yesterday",
        "what did I play yesterday",
    ),
    ("en", "giz me me top five songs this year", "my top five songs this year"),
    (
        "de",
        "wie viel Lieder hanne heut früh beim Laufe ghört",
        "wie viele Lieder habe ich heute früh gehört",
    ),
    (
        "de",
        "bei welchem Künstler drück i am öftschte auf weiter",
        "welchen Künstler überspringe ich am häufigsten",
    ),
    (
        "de",
        "welcher Podcast hat mich diesen Monat so im Griff, wa",
        "welchen Podcast habe ich diesen Monat am meisten gehört",
    ),
    ("de", "Wat lief gestern Nachmittach?", "was lief gestern Nachmittag"),
    (
        "en",
        "nine o'clock last night, what was on",
        "what was playing at nine last night",
    ),
    (
        "en",
        "how many songs have I played on this thing since I got it",
        "how many songs have I played since I got it",
    ),
    # The turn's second list of these (once `test_read_as_plain_second_five`).
    # An analyst's words (writer 129).
    (
        "en",
        "which band accounted for the largest share of my listening in September",
        "which band did I listen to most in September",
    ),
    (
        "en",
        "since June, which podcast have I favoured",
        "which podcast did I listen to most since June",
    ),
    (
        "en",
        "compared with the afternoons, do I listen more in the evenings",
        "do I listen more in the evenings or in the afternoons",
    ),
    (
        "de",
        "Welcher Künstler dominiert bei mir diesen Monat?",
        "welchen Künstler habe ich diesen Monat am meisten gehört",
    ),
    # A person before "can't stop", "has ... played", "who's ... been".
    (
        "en",
        "what song can Mia not stop playing",
        "which song can't Mia stop playing",
    ),
    (
        "en",
        "how many songs has Mia played this week",
        "how many songs did Mia play this week",
    ),
    (
        "en",
        "who's Mia been listening to most, lately like",
        "who did Mia listen to most lately",
    ),
    # A Lagos speaker (writer 138).
    (
        "en",
        "abeg which artist do I listen to pass this month",
        "which artist do I listen to most this month",
    ),
    ("en", "wetin I play on sunday", "what did I play on sunday"),
    # A period said twice in the same words, or again at the end.
    (
        "en",
        "how did last month go with the music, tell me the whole story of last month",
        "how did last month go with the music",
    ),
    (
        "de",
        "was haben wir letztes Wochenende gehört, am Wochenende",
        "was haben wir letztes Wochenende gehört",
    ),
    # A barrister's courtesies and his "staff" (writer 139).
    (
        "en",
        "a rundown of my listening this month, at your earliest convenience",
        "a rundown of my listening this month",
    ),
    (
        "en",
        "And Genesis, staff: when did I last have it on?",
        "when did I last listen to Genesis",
    ),
    # The same songs again and again: the repeat rate.
    (
        "en",
        "have I been playing the same old songs again and again this month",
        "what is my repeat rate for music this month",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    ("Which song did I play last?", "what was the last song I played", "en"),
    (
        "welches Lied lief als letztes",
        "was war das letzte Lied, das ich gehört habe",
        "de",
    ),
    (
        "how long did I listen between the first of October and today",
        "how long did I listen since the first of October",
        "en",
    ),
    (
        "Wie viele Stunden habe ich diese Woche gehört, von Montag bis jetzt?",
        "wie lange habe ich diese Woche gehört",
        "de",
    ),
    (
        "did I have Genesis on yesterday, Jonas reckons this morning",
        "did I listen to Genesis yesterday",
        "en",
    ),
    (
        "how long did i uh listen to music today",
        "how long did I listen to music today",
        "en",
    ),
    (
        "what song can't I stop playing at the gym these days",
        "which song am I listening to on repeat lately",
        "en",
    ),
    ("giz me top three songs this month", "my top three songs this month", "en"),
    (
        "Genesis, wann lief des zletscht",
        "wann habe ich Genesis zuletzt gehört",
        "de",
    ),
    (
        "am Mittwoch um zwölfe mittags, was hat do glaufe",
        "was lief am Mittwoch um zwölf",
        "de",
    ),
    (
        "eight o'clock last night, what was on",
        "what was playing at eight last night",
        "en",
    ),
    (
        "Mit wat bin isch heut wach jeworden?",
        "was war heute das erste Lied",
        "de",
    ),
)

# A claim, a workout or a period said first never makes a command a history question.
#
# What plays now is the player's: Encore answers nothing, and a sentence
# of its net that heard it hands it back as no match (`elsewhere.decline`).
STAYS: tuple[Stays, ...] = (
    ("turn on the kitchen lights, Jonas says it's dark", "en"),
    ("what's the weather tomorrow, Mia reckons rain", "en"),
    ("mach das Licht an, der Jonas sagt, es ist dunkel", "de"),
    ("In the morning, did I turn off the heating?", "en"),
    ("start a timer for my run", "en"),
    ("what am I listening to right now, what is this", "en"),
    ("would you be so kind as to turn off the lights in the hall", "en"),
)

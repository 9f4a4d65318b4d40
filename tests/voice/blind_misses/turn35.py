"""Issue 45's thirty-fifth turn: blind writers 188 to 195, their wrong facts and misses.

Writers 188 to 195 (a Glasgow and a Berlin night-shift nurse, an Irish and
a Bavarian grandmother, an Indian English speaker and a Polish learner of
German, an Australian and a Saxon speech-to-text user, a London and a
Hamburg record collector, a Canadian and a Swabian parent interrupted by
children, a Nigerian and a Swiss speaker of formal politeness, a New
Zealand and a Styrian phone typist) were scored before anything was tuned
on them. What they showed, in this file's own phrasings:

- Wrong facts: "how much did I listen to Queen" answered with all
  listening (Queen dropped); "day before yesterday 9 pm" without its "the"
  read as yesterday; "yesternight" as today; "which one comes first" of all
  podcasts as the first played; "zwanzich fünfundzwanzich" dropped; "an
  welchem Tag in da Woch" read as this week; Saxony's "heite", "ahmd" lost
  (today's whole day answered); "fliegt am öftesten raus" read as the top
  song; "letzthin" and "grad mei Favorit" read for all time; "oktoba"
  dropped; "die gleichn Liada imma wieda" read as the top songs.
- Misses: broad Scots ("whit wis ah listenin tae", "dae ah skip maist",
  "number a plays", "ma streak the noo"); India's present continuous ("how
  much queen I am listening since monday") and "kindly tell"; a Lagos
  courtesy ("kindly help me to check", "with your permission, could you
  list", "may I know"); Styria's dropped "e" ("meistn", "letztn", "diesn");
  Bavaria's "glaffa", "Kuchl"; Saxony's "heer isch", "geheert".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Broad Scots (Glasgow).
    (
        "en",
        "whit wis ah listenin tae on Tuesday night",
        "what was I listening to on Tuesday night",
    ),
    (
        "en",
        "how many times ah've had Air on this month",
        "how many times have I had Air on this month",
    ),
    ("en", "number a plays last week", "number of plays last week"),
    ("en", "ma skip rate last month", "my skip rate last month"),
    (
        "en",
        "whit day a the week dae ah listen maist",
        "what day of the week do I listen most",
    ),
    (
        "en",
        "weekends or weekdays... when dae ah listen mair",
        "do I listen more on weekdays or weekends",
    ),
    # A name's listening said as "how much".
    (
        "en",
        "how much did I listen to Justice last month",
        "how long did I listen to Justice last month",
    ),
    # India's present continuous and courtesy.
    (
        "en",
        "how much air I am listening since friday",
        "how many times have I listened to air since friday",
    ),
    (
        "en",
        "i am listening justice yesterday or not",
        "did I listen to justice yesterday",
    ),
    (
        "en",
        "kindly help me to check my top three songs of last month",
        "my top three songs of last month",
    ),
    (
        "en",
        "With your permission, could you list my top artists of last year?",
        "what are my top artists of last year",
    ),
    (
        "en",
        "May I know what I was listening to on Sunday at nine pm?",
        "what was I listening to on Sunday at nine pm",
    ),
    (
        "en",
        "what song was on day before yesterday 8 pm",
        "what song was on at 8 pm the day before yesterday",
    ),
    (
        "en",
        "Good evening, what was played in the kitchen yesternight?",
        "what was played in the kitchen last night",
    ),
    (
        "en",
        "Of all the songs I have ever played, which one comes first?",
        "what are my top songs of all time",
    ),
    (
        "en",
        "My nephew is always on about Wet Leg. When did I first hear them, if I ever did?",
        "when did I first hear Wet Leg",
    ),
    # Saxony.
    ("de", "was hab isch heite früh geheert", "was habe ich heute früh gehört"),
    ("de", "was lief gestern ahmd um neune", "was lief gestern abend um neun"),
    # Soft consonants in a year's "und".
    ("de", "top Künstler zwanzich fünfundzwanzich", "top Künstler 2025"),
    # Styria and Bavaria.
    (
        "de",
        "meistghörter podcast im septemba",
        "meistgehörter podcast im september",
    ),
    (
        "de",
        "welchn künstler hob i letztn monat am meistn ghört",
        "welchen künstler habe ich letzten monat am meisten gehört",
    ),
    (
        "de",
        "wie oft hör i de gleichn liada imma wieda",
        "wie oft höre ich die gleichen lieder immer wieder",
    ),
    (
        "de",
        "an welchem Tag in da Woch hör i am meisten",
        "an welchem Wochentag höre ich am meisten",
    ),
    ("de", "in da Kuchl, wos is gestern glaffa", "was lief gestern in der Küche"),
    # A track thrown out, a Swiss "letzthin".
    (
        "de",
        "welcher Song fliegt bei mir am häufigsten raus",
        "welchen Song habe ich am häufigsten übersprungen",
    ),
    (
        "de",
        "Welche Band höre ich letzthin am meisten",
        "welche Band höre ich in letzter Zeit am meisten",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "whit've ah listened tae this mornin",
        "what have I listened to this morning",
        "en",
    ),
    (
        "how long did ah listen on Wednesday",
        "how long did I listen on Wednesday",
        "en",
    ),
    (
        "kindly tell my top 3 artists of october",
        "my top 3 artists of october",
        "en",
    ),
    (
        "heer isch mehr morgens oder ahmds",
        "höre ich mehr morgens oder abends",
        "de",
    ),
    ("wos is heit nachmittag glaffa", "was lief heute nachmittag", "de"),
)

# A command or a question of now never reaches Encore.
STAYS: tuple[Stays, ...] = (
    # What plays now is Home Assistant's, in any accent.
    ("whit am ah listenin tae right now", "en"),
    ("what I am listening right now", "en"),
    ("was heer isch n grade", "de"),
    # "Ah" only hesitates before a command.
    ("ah, play some Queen in the kitchen", "en"),
)

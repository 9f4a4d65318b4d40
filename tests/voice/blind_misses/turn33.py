"""Issue 45's thirty-third turn: blind writers 172 to 179, their wrong facts and misses.

Writers 172 to 179 (a Glasgow and a Hamburg night-shift nurse, a London and
a Ruhr teenager, a Georgia and a Munich grandparent, a Polish engineer in
both languages, an Australian and a Leipzig speaker dictating, a Bangalore
and a Stuttgart talker, a Toronto and a Vienna parent, a Wellington and a
Berlin DJ) were scored before anything was tuned on them. What they showed,
in this file's own phrasings:

- Wrong facts: "hab ich dieses Jahr überhaupt Cro gehört" answered for
  Cross (a prefix that ends inside a word); "lief im August ma wann mor
  teim von dafd bunk" answered for August with no name (the words taken for
  a name were the period's); "vorgesdern", "geschdern middaach um zwölfe",
  "um achde" lost their day or clock; "Wie war mei Musikwoch" answered for
  the month; "Moon Safari - when did that album first come into my
  history" answered the day's first song; a guess after the question ("is
  it Monday or what", "I feel Sundays are my big days") taken for its
  period; "who'd I listen to more than anybody else", "gümstler",
  "maist", "o the week".
- Misses: Scots' own words ("whit wis I listenin tae", "song o the
  month", "ma top three bands", "how many tracks the day"), a DJ's ("what
  did i kick the day off with", "my last cut", "when'd i last whack it on"),
  the chat around a question ("Be honest, I won't be offended - ...", "...?
  I want to send it to my sister"), Bavaria's and Swabia's words, Berlin's
  "Lieblingstrack" and "wegdrück".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Wrong facts.
    (
        "en",
        "Moon Safari - when did that album first come into my history? It feels like it's been with me forever.",
        "when did I first play Moon Safari",
    ),
    (
        "en",
        "what's my busiest day for tunes, is it Monday or what",
        "what's my busiest day for tunes",
    ),
    (
        "en",
        "Do I listen more on weekdays or on weekends? I feel Sundays are my big days, but let's see.",
        "do I listen more on weekdays or on weekends",
    ),
    (
        "en",
        "what was on last Friday, I can't remember a thing from last Friday",
        "what was on last Friday",
    ),
    (
        "en",
        "Last summer, who'd I listen to more than anybody else?",
        "who did I listen to the most last summer",
    ),
    (
        "en",
        "in the kitchen who'd we have on heaps last month",
        "who did we listen to the most in the kitchen last month",
    ),
    (
        "en",
        "over the past two weeks, who've I played maist",
        "who have I played most over the past two weeks",
    ),
    ("en", "gie us a rundown o ma week", "give me a rundown of my week"),
    (
        "en",
        "how much stuff did i play since october, like total",
        "how many things did i play since october",
    ),
    (
        "en",
        "count of unique songs from all the time, how many",
        "how many unique songs of all time",
    ),
    (
        "en",
        "how long did i listen this avo",
        "how long did i listen this afternoon",
    ),
    ("de", "wer war mei gümstler des jahres", "wer war mein Künstler des Jahres"),
    ("de", "top drei gümstler letzte woche", "top drei Künstler letzte Woche"),
    (
        "de",
        "was hat die ada vorgesdern gehört",
        "was hat die ada vorgestern gehört",
    ),
    (
        "de",
        "was lief geschdern middaach um zwölfe",
        "was lief gestern mittag um zwölf",
    ),
    (
        "de",
        "was lief heude früh um achde in der küche",
        "was lief heute früh um acht in der Küche",
    ),
    ("de", "Wie war mei Musikwoch? Erzähl mal, i hab Zeit.", "wie war diese Woche"),
    (
        "de",
        "büschen viel Daft Punk dieses Jahr, oder? wie oft",
        "wie oft habe ich Daft Punk dieses Jahr gehört",
    ),
    (
        "de",
        "Wia vui unterschiedliche Liadln warn des in de letzten dreißg Tag? Ned de gleichen doppelt zählen, gell.",
        "wie viele unterschiedliche Lieder waren das in den letzten dreißig Tagen",
    ),
    # Misses.
    (
        "en",
        "whit wis I listenin tae last night",
        "what was I listening to last night",
    ),
    ("en", "song o the month?", "song of the month"),
    ("en", "ma top three bands this year", "my top three bands this year"),
    ("en", "how many tracks the day", "how many tracks today"),
    (
        "en",
        "the song I keep goin back tae these days",
        "the song I keep going back to these days",
    ),
    ("en", "what did i kick the day off with", "what did i start the day with"),
    ("en", "remind me what my last cut was", "what was the last song i played"),
    (
        "en",
        "sexy boy by air, when'd i last whack it on",
        "when did I last play sexy boy by air",
    ),
    (
        "en",
        "yeah how many songs have i played over the past two weeks",
        "how many songs have i played over the past two weeks",
    ),
    (
        "en",
        "how many tunes man played yesterday, bare or nah",
        "how many tunes i played yesterday",
    ),
    (
        "en",
        "Arre, what was the most recent track I played, the very latest one? I want to send it to my sister.",
        "what was the most recent track I played",
    ),
    (
        "en",
        "When did I last listen to Cafe Tacuba? My Spanish class is starting again on Monday, so just checking.",
        "when did I last listen to Cafe Tacuba",
    ),
    (
        "en",
        "Back in twenty twenty-five, what was the first song I ever played that year?",
        "what was the first song I ever played in twenty twenty-five",
    ),
    (
        "de",
        "Hör i mehr in da Früh oder auf d'Nacht?",
        "höre ich mehr morgens oder abends",
    ),
    (
        "de",
        "welche Künstler warn im Sommer neu bei mir",
        "welche Künstler habe ich im Sommer neu entdeckt",
    ),
    (
        "de",
        "Welches Liad kann i in letzter Zeit gar ned lassn?",
        "welches Lied höre ich in letzter Zeit in Dauerschleife",
    ),
    (
        "de",
        "welchet Stück kann ick grad nich oft jenug hören",
        "welches Lied höre ich in Dauerschleife",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "whit wis I listenin tae last night",
        "what was I listening to last night",
        "en",
    ),
    ("song o the month?", "what was my song of the month", "en"),
    (
        "what did i kick the day off with",
        "what was the first thing I played today",
        "en",
    ),
    (
        "Be honest, I won't be offended - how much Queen have I had on this year?",
        "how many times did I play Queen this year",
        "en",
    ),
    (
        "wat is mein Lieblingstrack dieses Jahr",
        "was ist mein Lieblingslied dieses Jahr",
        "de",
    ),
    (
        "Beim Gmüs schnippeln lauft bei mir immer ebbes - was isch denn in letschter Zeit so mei Lieblingspodcast?",
        "was ist in letzter Zeit mein Lieblingspodcast",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    # "How much is a loonie worth today" is handed back: money is no listening
    # (once `test_a_price_with_a_time_is_not_encores`).
    ("how much is a loonie worth in US dollars today", "en"),
)

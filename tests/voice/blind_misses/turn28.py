"""Issue 45's twenty-eighth turn: blind writers' wrong facts and misses.

Writers 122 to 126 (a Dutch and a Spanish learner, a night-shift nurse and
a Swiss guard, a club DJ, a nine-year-old, a retired teacher and a Viennese
pensioner) were scored before anything was tuned on them. What they
showed, in this file's own phrasings:

- Wrong facts: "describe what I play" answered today's plays, not the
  taste; "the song I listen to every day right now" and "welches Lied hör
  ich grad so oft" what played lately, not what is on repeat; a story's
  name lost for the question's "it" ("my sister says I play Air all the
  time. how often did I play it this week"); a question asked twice ("what
  did I play this morning? what did I play?") lost its morning; a remark
  after the question ("…? Net dieselben immer wieder, verschiedene.") took
  the count for the repeat rate; "im Sommer voriges Jahr" the whole year;
  "how was my month in music" last month's recap; "what kinda stuff was I
  listening to" the taste; a Dutch speaker's "plate", "click away", "at how
  late" and "through the week"; "a quarter till eight".
- Misses: a DJ's "drop", "bang out", "open up with"; "Sexy Boy. Last
  time?"; "this afternoon when I got home from school, what did I play";
  "is it true that I played X like a million times"; "the last song I
  played in the kitchen" (the last play there ever, not today's).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("en", "how would you describe what we play", "what is my music taste"),
    (
        "en",
        "which is the tune I listen to basically every day at the moment",
        "which song am I listening to on repeat lately",
    ),
    (
        "de",
        "welcher Song hör ich momentan so oft",
        "welches Lied höre ich in letzter Zeit in Dauerschleife",
    ),
    (
        "en",
        "my sister says I play Air all the time. how often did I play it this week",
        "how many times did I play Air this week",
    ),
    (
        "de",
        "Mama sagt, ich hör ständig Queen. Wie oft diese Woche?",
        "wie oft habe ich Queen diese Woche gehört",
    ),
    (
        "en",
        "what did we listen to yesterday evening? what did we listen to?",
        "what did we listen to yesterday evening",
    ),
    (
        "de",
        (
            "Wie viele verschiedene Künstler waren's diesen Monat? Nicht dieselben"
            " immer wieder, verschiedene."
        ),
        "wie viele verschiedene Künstler habe ich diesen Monat gehört",
    ),
    ("en", "how was my month in music", "how was this month in music"),
    (
        "en",
        "what kind of music was I listening to yesterday",
        "what music did I listen to yesterday",
    ),
    ("en", "which was my top plate in October", "what was my top album in October"),
    ("en", "which artist do I click away most", "which artist do I skip the most"),
    ("en", "at how late do I listen most", "at what time do I listen most"),
    (
        "en",
        "what was on at twenty till nine last night",
        "what was on at twenty to nine last night",
    ),
    ("en", "when did I last drop Da Funk", "when did I last play Da Funk"),
    (
        "en",
        "how many times did I bang out Genesis this month",
        "how many times did I play Genesis this month",
    ),
    ("en", "Digital Love. First time?", "when did I first play Digital Love"),
    (
        "en",
        "this morning when we got back from the park what did we play",
        "what did we play this morning",
    ),
    (
        "en",
        "is it true that I listened to Da Funk like a thousand times",
        "how many times did I play Da Funk",
    ),
    (
        "en",
        "How often have I played Genesis, then? Ever, I mean, all told.",
        "how many times did I play Genesis overall",
    ),
    (
        "en",
        (
            "What's been on my... oh, what's the word, on repeat, that's it. What's"
            " on repeat for me these days?"
        ),
        "what is on repeat for me lately",
    ),
    (
        "en",
        "How much do we repeat ourselves since September?",
        "what was my repeat rate since September",
    ),
    (
        "de",
        "Stimmt es, dass ich diesen Monat am meisten Justice gehört hab?",
        "wen habe ich diesen Monat am meisten gehört",
    ),
    (
        "de",
        "Was war mein Album vom Sommer?",
        "welches Album habe ich im Sommer am meisten gehört",
    ),
    # The turn's second list of these (once `test_read_as_plain_second_five`).
    (
        "en",
        "what's my must played all bum this year",
        "what is my most played album this year",
    ),
    (
        "en",
        "total how many plays in October",
        "how many plays did I have in October",
    ),
    (
        "en",
        "which song was on today afternoon three thirty",
        "which song was on at three thirty this afternoon",
    ),
    (
        "en",
        "which two songs did I play most in the period from the first of October to date",
        "which two songs did I play most since the first of October",
    ),
    (
        "en",
        "and the final song I played yesterday, what was it",
        "what was the last song I played yesterday",
    ),
    (
        "en",
        "give me a short review of my September: hours, top artist, that sort of thing",
        "give me a recap of my September",
    ),
    (
        "en",
        "of all the artists in my history, which has the highest play count",
        "which artist did I play the most",
    ),
    ("en", "ytd plays", "how many plays did I have this year"),
    (
        "en",
        "# different artists last 30d",
        "how many different artists last 30 days",
    ),
    ("en", "what was on ~9pm yday", "what was on around 9 pm yesterday"),
    (
        "de",
        "Welche Band hatte diesen Monat den größten Anteil an meinen Wiedergaben?",
        "welche Band habe ich diesen Monat am meisten gehört",
    ),
    (
        "de",
        "Ich bitte um eine Zusammenfassung meiner Woche.",
        "gib mir eine Zusammenfassung meiner Woche",
    ),
    (
        "de",
        "wie viel hab ich diese Woche gestreamt",
        "wie viele Wiedergaben hatte ich diese Woche",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "my sister says I play Air all the time. how often did I play it this week",
        "how many times did I play Air this week",
        "en",
    ),
    (
        "Mama sagt, ich hör ständig Queen. Wie oft diese Woche?",
        "wie oft habe ich Queen diese Woche gehört",
        "de",
    ),
    ("Wie lang Musik heut?", "wie lange habe ich heute Musik gehört", "de"),
    (
        "Eher morgens oder nachts?",
        "höre ich eher morgens oder nachts",
        "de",
    ),
    (
        "who've I been caning the most this week",
        "who did I listen to most this week",
        "en",
    ),
    (
        "what did I open up with yesterday",
        "what was the first song I played yesterday",
        "en",
    ),
    ("describe my vibe", "what is my music taste", "en"),
    (
        "Stimmt es, dass ich diesen Monat am meisten Justice gehört hab?",
        "wen habe ich diesen Monat am meisten gehört",
        "de",
    ),
    (
        "what was my top plate in October",
        "what was my top album in October",
        "en",
    ),
    ("how was my month in music", "how was this month in music", "en"),
)

# None in this shape: the turn's words beside a DJ's or a child's are checked
# to match no Encore intent at all, stricter than assert_not_encores
# (`test_turn28.py`).
STAYS: tuple[Stays, ...] = ()

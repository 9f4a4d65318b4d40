"""Issue 45's thirty-fourth turn: blind writers 180 to 187, their wrong facts and misses.

Writers 180 to 187 (a Dublin and a Zürich speech-to-text user, a Yorkshire
and a Cologne retired teacher, a Spanish and a Turkish-German learner, a
terse Texan and Frankfurter, an American and a Viennese teenager, a Welsh
and a Palatinate talker, a South African and a North German dictating, a
Singapore and a Nuremberg typist) were scored before anything was tuned on
them. What they showed, in this file's own phrasings:

- Wrong facts: soft consonants ("ledzdn Freidag" read as today, "The Daily
  ledzde Woch" counted for all time, "zwanzich fünfazwanzich" dropped); a
  song's words beside its artist ("the dance of justice", "des Dance vun
  Justice") answered for the artist; a clock said first ("five fifteen
  today", "halfpast 8", "'bout eight") or inside a dictated story ("last
  night ... around quarter to eight ... what was playing then") dropped;
  a period said again to place it ("last summer, the summer we went down
  Tenby") read as the other summer; "my go to pod", "the artist I hit next
  on", "weekend vs school days", "run of days", "now now" misread.
- Misses: typists' slips ("thsi", "octobr", "30days", "wed 9pm"),
  "first show up in my history when", South Africa's "hey", a Zürich
  "Dauerschlaufe", the Palatinate's "de Monat", "widderholt", "erzähl mol,
  wie war mei Oktober".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Soft consonants (Nuremberg).
    ("de", "was lief ledzdn Freidag", "was lief letzten Freitag"),
    (
        "de",
        "wie viele verschiedene Songs zwanzich fünfazwanzich",
        "wie viele verschiedene Songs 2025",
    ),
    (
        "de",
        "wer lief ledzdn Monat am meisdn",
        "wen habe ich letzten Monat am meisten gehört",
    ),
    ("de", "wos wor des erschde Lied gesdern", "was war das erste Lied gestern"),
    (
        "de",
        "an welchem Wochendag hör i am meisdn",
        "an welchem Wochentag höre ich am meisten",
    ),
    # The Palatinate.
    (
        "de",
        "Wie arg hab ich im Winter Lieder widderholt?",
        "wie oft habe ich im Winter dieselben Lieder wiederholt",
    ),
    (
        "de",
        "Wen hot die Ada de Monat am meischde gehört?",
        "wen hat Ada diesen Monat am meisten gehört",
    ),
    # A clock said first, run together, or after a clipped weekday.
    (
        "en",
        "five fifteen today, what played",
        "what was playing at five fifteen today",
    ),
    (
        "en",
        "what was playin' 'bout eight last night",
        "what was playing about eight last night",
    ),
    # A dictated story's day and its question's clock.
    (
        "en",
        "so i was doing the dishes last night and there was this tune on around quarter to eight and i cant remember it what was playing then",
        "what was playing around quarter to eight last night",
    ),
    # The period said again to place it; its "we" no household.
    (
        "en",
        "Who was my top artist last summer, the summer we went camping with the kids",
        "who was my top artist last summer",
    ),
    # Teen and Singapore words.
    ("en", "whats my go to pod fr", "what is my top podcast"),
    (
        "en",
        "whats the band i hit next on the most",
        "which band did I skip the most",
    ),
    (
        "en",
        "weekend vs school days, when do i listen more",
        "do I listen more on weekdays or at weekends",
    ),
    (
        "en",
        "in the week or in the weekend when i play more",
        "do I listen more on weekdays or at weekends",
    ),
    ("en", "how long is my run of days", "what is my listening streak"),
    (
        "en",
        "that track i played now now what was it",
        "what was the last track I played",
    ),
    ("en", "song of the month for septembr", "what was my top song for september"),
    (
        "en",
        "which album i play the most last 30days",
        "which album did I play the most last 30 days",
    ),
    (
        "en",
        "how many diff artists thsi week",
        "how many different artists this week",
    ),
    (
        "en",
        "first song i played yesterday hey",
        "what was the first song I played yesterday",
    ),
    ("en", "what did i last put on, cant remember", "what did I last play"),
    # A name first, then its clipped tail.
    (
        "en",
        "the daily first show up in my history when",
        "when did I first play The Daily",
    ),
    (
        "en",
        "sexy boy by air played how many times ever",
        "how many times did I play Sexy Boy by Air ever",
    ),
    (
        "en",
        "that around the world song by daft punk how many plays since monday",
        "how many times did I play Around the World by Daft Punk since Monday",
    ),
    # A North German story dictated: its day, its room and its clock.
    (
        "de",
        "moin also ich hab gestern abend inne küche gekocht und dor lief so um viertel vor acht n lied wat war dat denn",
        "was lief gestern abend um viertel vor acht in der küche",
    ),
    # Going round and round the same songs is the repeat rate.
    (
        "en",
        "Have I been going round and round the same stuff this month?",
        "how much have I been replaying the same songs this month",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wie oft lief The Daily ledzde Woch",
        "wie oft habe ich The Daily letzte Woche gehört",
        "de",
    ),
    ("was lief ledzdn Freidag", "was habe ich letzten Freitag gehört", "de"),
    (
        "how many times sounded the dance of justice since monday",
        "how many times did I play D.A.N.C.E. since Monday",
        "en",
    ),
    (
        "Wie oft lief denn des Dance vun Justice insgesamt?",
        "wie oft habe ich D.A.N.C.E. gehört",
        "de",
    ),
    (
        "what was playin' 'bout eight last night",
        "what was playing at eight last night",
        "en",
    ),
    (
        "Run me through our summer, how did it go listening-wise?",
        "our summer recap",
        "en",
    ),
    (
        "Alla, erzähl mol, wie war dann mei Oktober so?",
        "wie war mein Oktober",
        "de",
    ),
    (
        "welches Lied lauft bei mir grad in Dauerschlaufe",
        "welches Lied höre ich gerade in Dauerschleife",
        "de",
    ),
    (
        "this morning halfpast 8 what song was playing",
        "what song was playing this morning at half past eight",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    # A command to put a song on repeat never reaches Encore (once
    # `test_a_song_on_repeat_asked_for_is_no_question`).
    ("dieses Lied bitte in Dauerschleife", "de"),
)

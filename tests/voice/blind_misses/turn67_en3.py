"""Issue 45's sixty-fifth turn, English: blind writers 432 to 438 (a second helper's part).

A seven-year-old (writer 434) said "how many not the same songs" for
different songs (read as the repeat rate), "what band do I always press
next on" for the most skipped and "the song that was on just before" for
the last one (both read as today's plays): wrong facts (`parse.child_en`);
also "favouritest", "people singing", "who is new that I never heard",
"when I got up", "every single day without stopping". A busy parent (435)
doubted the period ("did I hear Eres this week, or was that last week",
read as the week's last play, a wrong fact: `parse.doubted_en`) and began
again ("who did I, sorry, who have I ..."). A Welsh farmer's wife (432)
guessed the answer after the question ("..., is it Sunday?", answered for
Sunday: a wrong fact), asked "which record was I always putting on"
(`parse.habitual_en`), "at twelve dinner time" (`parse.meal_clock_en`),
"Discovery, ... how many times have I had it on" and "duw duw". A
Glaswegian (436) said "whae's been ma number wan" (read as songs, a wrong
fact), "hiv ah", "that wan", "when wis the last time", "stick stuff on". A
Singaporean (438) closed questions with "one" ("yesterday listen to what
one" read as one o'clock, a wrong fact) and said a period first before
"how many times did I play X" (the period's word had gone into the name);
"X this month kena play how many times", "X i first play when". A
Bangalore engineer (433) said "since when I am listening to X" and "X I
have listened any time"; an elderly widow (437) "all week, the last seven
days I mean" and "songs and the podcast and everything".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "how many not the same artists did I hear last month",
        "how many different artists did I hear last month",
    ),
    (
        "en",
        "which song do I keep pressing skip on",
        "which song do I keep skipping",
    ),
    (
        "en",
        "what was the tune that was on just before",
        "what was the last tune I played",
    ),
    ("en", "my two favouritest albums this year", "my two favourite albums this year"),
    (
        "en",
        "which artist was the most ever last month",
        "which artist did I play the most last month",
    ),
    (
        "en",
        "this morning when I woke up what did I hear first",
        "what did I hear first this morning",
    ),
    (
        "en",
        "did we have Air on Monday, or was it Tuesday",
        "when did we last have Air on",
    ),
    (
        "en",
        "what was I always listening to in the summer",
        "what did I play the most in the summer",
    ),
    (
        "en",
        "who was I always playing last year",
        "who did I listen to the most last year",
    ),
    (
        "en",
        "what was on at one dinnertime on Tuesday",
        "what was on at one pm on Tuesday",
    ),
    (
        "en",
        "last week how many times did I play Air",
        "how many times did I play Air last week",
    ),
    (
        "en",
        "yesterday how often did I hear The Daily",
        "how often did I hear The Daily yesterday",
    ),
    (
        "en",
        "whae's been ma top artist this month",
        "who's been my top artist this month",
    ),
    (
        "en",
        "Justice this week kena play how many times",
        "how many times did I play Justice this week",
    ),
    ("en", "today i listen to what one", "what did I listen to today"),
    (
        "en",
        "since when I am listening to Daft Punk",
        "since when have I been listening to Daft Punk",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "how many not the same songs did I play this week",
        "how many different songs did I play this week",
        "en",
    ),
    (
        "which band do I always hit next on",
        "which band do I skip the most",
        "en",
    ),
    (
        "what's the track that was on just before",
        "what was the last track I played",
        "en",
    ),
    (
        "did I hear Genesis this week, or was that last week",
        "when did I last hear Genesis",
        "en",
    ),
    (
        "which day do I listen to the most music, is it Saturday?",
        "which day do I listen to the most music",
        "en",
    ),
    (
        "what did I, sorry, what have I played the most this week",
        "what have I played the most this week",
        "en",
    ),
    (
        "which album was I always putting on last month",
        "which album did I play the most last month",
        "en",
    ),
    (
        "Genesis, how many times have I had it on this month",
        "how many times have I played Genesis this month",
        "en",
    ),
    (
        "ower the last month whae's been ma number wan",
        "over the last month who's been my number one",
        "en",
    ),
    (
        "how many songs hiv ah played this week",
        "how many songs have I played this week",
        "en",
    ),
    (
        "Queen, when did ah last hear that wan",
        "when did I last hear Queen",
        "en",
    ),
    (
        "this week how many times I play Daft Punk",
        "how many times did I play Daft Punk this week",
        "en",
    ),
    (
        "Ada today listen to what one",
        "what did Ada listen to today",
        "en",
    ),
    (
        "Moon Safari this month kena play how many times",
        "how many times did I play Moon Safari this month",
        "en",
    ),
    (
        "all month, the last thirty days I mean, how long did I listen",
        "how long did I listen in the last thirty days",
        "en",
    ),
    (
        "how many plays did I have yesterday, the songs and the podcast and everything",
        "how many plays did I have yesterday",
        "en",
    ),
    (
        "Genesis I have listened any time",
        "have I ever listened to Genesis",
        "en",
    ),
    (
        "what did I end on yesterday",
        "what did I finish with yesterday",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("press next", "en"),
    ("skip this song", "en"),
)

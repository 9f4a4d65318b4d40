"""Issue 45's seventy-second turn: a Kuala Lumpur office worker's Manglish and a radio DJ's patter.

A Kuala Lumpur office worker (blind writer 492) spoke Manglish: "did i on
the daily this morning ah" (on for played), "which album i play until spoil
already" (the most played), "which band i always press next one, aiyo"
(the most skipped), "how many songs i play just now this morning" ("just
now" read as the name "today"), "five fifteen just now what song i on",
"got how many plays last 30 days" ("got" read into the name), "got
discover any new singer this month or not", "this year ah who new i found
one", "straight straight every day got listen, how many days already",
"wet leg when first time i listen ah", "since when i start listening to
the daily har", "the album homework i last on when one", "saturday i end
with which song ah". Each was not understood: Home Assistant answered
"no area called ..." or Encore asked what was meant.

A local radio DJ (blind writer 493) talked in on-air patter: "how many
episodes did I put on air in September" was read as the band Air's plays,
a wrong fact; "last time The Daily was on air, when was that" answered the
last thing played, a wrong fact. Patter around the question ("countdown
time baby,", "stay tuned folks,", "coming at ya with the monthly wrap,",
", what's the damage", ", let's run em down from ten to one": its "ten to
one" had been asked back as a clock time) and the air's words ("hit my
airwaves", "make the playlist", "go out over the air", "back-to-back",
"on-air time", "sign-off song", "hot rotation track", "that monster",
"for the ears", "acts", "fresh faces", "spinning", ", songs only") were
not understood.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Blind writer 492's Manglish.
    (
        "en",
        "last summer which album i play until spoil already",
        "which album did i play the most last summer",
    ),
    (
        "en",
        "which song i play until spoil this month",
        "which song did i play the most this month",
    ),
    (
        "en",
        "how many songs i play just now this morning",
        "how many songs did i play this morning",
    ),
    ("en", "got how many plays last 30 days", "how many plays last 30 days"),
    ("en", "got how many songs this week", "how many songs did i play this week"),
    ("en", "did i on the daily this morning ah", "did i play the daily this morning"),
    ("en", "did we on the daily yesterday lah", "did we play the daily yesterday"),
    (
        "en",
        "five fifteen just now what song i on",
        "what song was playing at five fifteen today",
    ),
    (
        "en",
        "eight thirty just now what song i on",
        "what song was playing at eight thirty today",
    ),
    (
        "en",
        "got discover any new singer this month or not",
        "did i discover any new singers this month",
    ),
    ("en", "got play any queen last week or not", "did i play any queen last week"),
    (
        "en",
        "this year ah who new i found one",
        "which new artists did i discover this year",
    ),
    (
        "en",
        "last month who new i found one",
        "which new artists did i discover last month",
    ),
    (
        "en",
        "straight straight every day got listen, how many days already",
        "how many days in a row did i listen",
    ),
    ("en", "wet leg when first time i listen ah", "when did i first listen to wet leg"),
    ("en", "justice when first time i listen ah", "when did i first listen to justice"),
    (
        "en",
        "since when i start listening to the daily har",
        "when did i first listen to the daily",
    ),
    ("en", "since when i start playing wet leg", "when did i first listen to wet leg"),
    (
        "en",
        "the album homework i last on when one",
        "when did i last play the album homework",
    ),
    ("en", "discovery i last on when one", "when did i last play discovery"),
    (
        "en",
        "saturday i end with which song ah",
        "what was the last song i played saturday",
    ),
    (
        "en",
        "yesterday i start with which song",
        "what was the first song i played yesterday",
    ),
    (
        "en",
        "which band i always press next one, aiyo",
        "which band did i skip the most",
    ),
    ("en", "which artist i always press next one", "which artist did i skip the most"),
    # Blind writer 493's on-air patter.
    (
        "en",
        "alright alright alright, which artist could I just not stop spinning lately",
        "which artist did I play the most lately",
    ),
    (
        "en",
        "which band could I just not stop spinning this month",
        "which band did I play the most this month",
    ),
    (
        "en",
        "countdown time baby, gimme my top three acts of last month",
        "my top three artists of last month",
    ),
    ("en", "top five acts this year, what's the damage", "top five artists this year"),
    (
        "en",
        "ten most played tunes since March, let's run em down from ten to one",
        "ten most played tunes since March",
    ),
    (
        "en",
        "total on-air time over the last thirty days, what's the damage",
        "how long did I listen over the last thirty days",
    ),
    (
        "en",
        "how many spins did I rack up today, songs only",
        "how many songs did I play today",
    ),
    (
        "en",
        "how many songs did I rack up this week, songs only",
        "how many songs did i play this week",
    ),
    (
        "en",
        "how many episodes did I put on air in September",
        "how many episodes did I play in September",
    ),
    (
        "en",
        "how many tracks did I put on air last week",
        "how many tracks did I play last week",
    ),
    (
        "en",
        "one more time by daft punk, how many plays did that monster get last year",
        "how many plays did one more time by daft punk get last year",
    ),
    (
        "en",
        "discovery by daft punk, how many plays did that banger get this year",
        "how many plays did discovery by daft punk get this year",
    ),
    (
        "en",
        "did any Queen make the playlist yesterday",
        "did I play any Queen yesterday",
    ),
    (
        "en",
        "what track was spinning at five past eight this morning",
        "what track was playing at five past eight this morning",
    ),
    (
        "en",
        "any fresh faces on the playlist this month, artists I never had on before",
        "any new artists this month",
    ),
    (
        "en",
        "how many days back-to-back have I been on the air",
        "how many days in a row have I listened",
    ),
    ("en", "when did Justice first hit my airwaves", "when did I first play Justice"),
    ("en", "when did Queen last hit my airwaves", "when did I last play Queen"),
    (
        "en",
        "last time The Daily was on air, when was that",
        "when did I last play The Daily",
    ),
    (
        "en",
        "last time Wet Leg was on air, when was that",
        "when did I last play Wet Leg",
    ),
    (
        "en",
        "the last song to go out over the air, what was it",
        "what was the last song I played",
    ),
    (
        "en",
        "yesterday evening's sign-off song, what was the last one",
        "what was the last song I played yesterday evening",
    ),
    (
        "en",
        "last night's sign-off song, what was it",
        "what was the last song i played last night",
    ),
    (
        "en",
        "stay tuned folks, what's my current hot rotation track",
        "what song do I have on repeat",
    ),
    (
        "en",
        "stay tuned, what's my heavy rotation track",
        "what track do i have on repeat",
    ),
    (
        "en",
        "coming at ya with the monthly wrap, how was October for the ears",
        "how was my October in music",
    ),
    ("en", "how was September for the ears", "how was my September in music"),
)

ANSWERED: tuple[Answered, ...] = (
    # Home Assistant had answered "no area called ..." or not understood.
    ("did i on the daily this morning ah", "did i play the daily this morning", "en"),
    (
        "got discover any new singer this month or not",
        "did i discover any new singers this month",
        "en",
    ),
    ("justice when first time i listen ah", "when did i first listen to justice", "en"),
    (
        "the album homework i last on when one",
        "when did i last play the album homework",
        "en",
    ),
    (
        "saturday i end with which song ah",
        "what was the last song i played on saturday",
        "en",
    ),
    (
        "countdown time baby, gimme my top three acts of last month",
        "my top three artists of last month",
        "en",
    ),
    (
        "ten most played tunes since March, let's run em down from ten to one",
        "ten most played tunes since March",
        "en",
    ),
    (
        "what track was spinning at five past eight this morning",
        "what track was playing at five past eight this morning",
        "en",
    ),
    ("when did Justice first hit my airwaves", "when did I first play Justice", "en"),
    (
        "stay tuned folks, what's my current hot rotation track",
        "what song do I have on repeat",
        "en",
    ),
    (
        "coming at ya with the monthly wrap, how was October for the ears",
        "how was October for me",
        "en",
    ),
    # Wrong facts: the band Air's plays; the last thing played at all.
    (
        "how many episodes did I put on air in September",
        "how many episodes did I play in September",
        "en",
    ),
    (
        "last time The Daily was on air, when was that",
        "when did I last play The Daily",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("put on Air in the kitchen", "en"),
    ("what's spinning in the kitchen right now", "en"),
    ("on the kitchen light lah", "en"),
    ("press next one lah", "en"),
    ("make the playlist louder", "en"),
)

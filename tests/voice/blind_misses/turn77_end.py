"""Issue 45's seventy-fifth turn (blind round fourteen): Newfoundland and Hong Kong English.

Blind writer 512, a Newfoundland fisherman, opens with "luh" or "where ye
to" (a greeting), says "dat" for that ("dat Justice crowd": the band
Justice), "right" for very ("who was I right stuck on lately"), "who was I
playin' more than anyone" for the top artist, "am I after racking up" for
have I had, "what was I at last night for tunes" for what I played, and
closes with ", what singer was it", ", was it some lot", "the whole crowd
of us" or "bye". What was wrong: "who was I right stuck on lately" and
"who was I playin' more than anyone" in August were answered as what was
played (two wrong facts); "where ye to, when did I first hear dat Justice
crowd" answered today's first play (a wrong fact); "bye", "racking up",
"the speaker" and "dat Don't Stop" were searched as names; "what was I at"
reached only the wide net.

Blind writer 513, a Hong Kong office worker, says "this few days" for
lately (read as three days: two wrong facts), "which one I listen most, the
song la not the singer" for the top song (the top artist was answered, a
wrong fact), "what style music I into" for her taste (what was played was
answered, a wrong fact), "podcast I always put on this month which one"
for the top podcast, and closes with a particle ("ah", "la").

Left: "last Friday night" is read as Friday evening, labelled the whole
Friday (the reading is the words'); "total time listenin' in ...", "was I
after listenin' to any Air ...", and 513's sentences with no question word
first ("how many minute of podcast ...", "in kitchen how long the music
on ...", "got new band this week or not") reach no Encore sentence.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "luh, who was I right stuck on lately, what singer was it",
        "who did I play most lately",
    ),
    (
        "en",
        "who were we right stuck on last week, what crowd was it",
        "who did we play most last week",
    ),
    (
        "en",
        "back in August now, who was I playin' more than anyone",
        "who did I play most in August",
    ),
    (
        "en",
        "what was I right stuck on this month b'y",
        "what did I play most this month",
    ),
    (
        "en",
        "how long was we listenin' to the speaker last weekend, the whole crowd of us",
        "how long did we listen last weekend",
    ),
    (
        "en",
        "how many tunes did I play yesterday bye, was it some lot",
        "how many tunes did I play yesterday",
    ),
    (
        "en",
        "over the past two weeks how many plays am I after racking up",
        "over the past two weeks how many plays have I had",
    ),
    (
        "en",
        "where ye to, when did I first hear dat Justice crowd",
        "when did I first hear Justice",
    ),
    (
        "en",
        "what are ye at, when did I last hear dat Queen crowd",
        "when did I last hear Queen",
    ),
    (
        "en",
        "what was I at last night for tunes, I was right tired I don't remember",
        "what tunes did I play last night",
    ),
    ("en", "what was I at yesterday for music b'y", "what music did I play yesterday"),
    ("en", "who am i so crazy about this few days ah", "who did i play most lately"),
    (
        "en",
        "what song i keep playing non stop this few days",
        "what song am I playing on repeat lately",
    ),
    (
        "en",
        "since monday which one i listen most, the song la not the singer",
        "since monday which song did i listen to most",
    ),
    (
        "en",
        "last week which one i listen most, the album ah not the singer",
        "last week which album did i listen to most",
    ),
    (
        "en",
        "this year what style music i into",
        "what kind of music am i into this year",
    ),
    (
        "en",
        "podcast i always put on this month which one",
        "which podcast did i play most this month",
    ),
    (
        "en",
        "song i always play last week which one",
        "which song did i play most last week",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "luh, who was I right stuck on lately, what singer was it",
        "who did I play most lately",
        "en",
    ),
    (
        "back in August now, who was I playin' more than anyone",
        "who did I play most in August",
        "en",
    ),
    (
        "where ye to, when did I first hear dat Justice crowd",
        "when did I first hear Justice",
        "en",
    ),
    (
        "over the past two weeks how many plays am I after racking up",
        "over the past two weeks how many plays have I had",
        "en",
    ),
    ("who am i so crazy about this few days ah", "who did i play most lately", "en"),
    (
        "since monday which one i listen most, the song la not the singer",
        "since monday which song did i listen to most",
        "en",
    ),
    (
        "this year what style music i into",
        "what kind of music am i into this year",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("play Air in the kitchen bye", "en"),
    ("turn it up b'y", "en"),
    ("luh, turn on the kitchen light", "en"),
    ("what is playing in the kitchen lah", "en"),
    ("play the song la not the singer", "en"),
)

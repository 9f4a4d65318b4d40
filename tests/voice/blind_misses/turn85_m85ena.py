"""Issue 45's eighty-third turn (blind round twenty-two): a Singaporean contractor's Singlish.

Blind writer 553, an IT contractor between client calls, says the topic or
the time first and the question word after the verb, often with no "I":
"today listen how long already", "this morning play how many thing
already", "the daily first time play when ah", "digital love last play
when ah", "sexy boy by air, this month got or not". Eleven of his
questions reached no sentence; the Singlish lines of `en.yaml` now hear a
period before a bare verb and "how long/how many", a name before "first
time play when", a name and a past time before "got or not", "my number
one singer who", "most recent track what name", a period before "which X
I hooked on", a date before "what I listen", and "consecutive day",
"kena skip", "working days vs", "listen time".

Read wrong or not at all, now read by `parse/singapore_contractor_en.py`:
"since monday how many streams ah" (read as the plays of a name "since
monday", a wrong fact), "this year usually i listen what time what day"
(his usual hour and day: what played this year had been answered, a wrong
fact), "lately i siao on which band one" and "these days which podcast i
hooked on ah" (the most played then: "hooked on" had been the podcast on
repeat), "my all time album which one", "this year total listen time
roughly how much", "episode i play how many this month" (the month had
been lost), "the day before yesterday music what i listen", "last night
what i pump ah" ("pump" is play), "last night ten past eight that song
what ah" (read as ten o'clock), "kitchen there i skip how often" (the
room), "consecutive day listening, how many got" (the streak), "morning
wake up i play what first ah" and "saturday first thing i play, what one"
(the day's first song: read as the first play of a name "morning wake up"
or "thing"). The rows after his own are the same shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # His own.
    ("en", "lately i siao on which band one", "which band did I play the most lately"),
    (
        "en",
        "twenty twenty five my number one singer who ah",
        "who was my number one singer twenty twenty five",
    ),
    ("en", "my all time album which one", "my top album of all time"),
    (
        "en",
        "these days which podcast i hooked on ah",
        "which podcast did I play the most lately",
    ),
    ("en", "today listen how long already", "how long did I listen today"),
    (
        "en",
        "this year total listen time roughly how much",
        "how long did I listen this year",
    ),
    ("en", "how many song today so far", "how many songs did I play today"),
    (
        "en",
        "this morning play how many thing already",
        "how many things did I play this morning",
    ),
    ("en", "since monday how many streams ah", "how many streams since monday"),
    (
        "en",
        "episode i play how many this month",
        "how many episodes did I play this month",
    ),
    (
        "en",
        "the day before yesterday music what i listen",
        "what music did I listen to the day before yesterday",
    ),
    (
        "en",
        "november third what i listen, quick",
        "what did I listen to on november third",
    ),
    ("en", "last night what i pump ah", "what did I play last night"),
    (
        "en",
        "last night ten past eight that song what ah",
        "what song was playing last night at ten past eight pm",
    ),
    (
        "en",
        "this year usually i listen what time what day",
        "what time and what day do I usually listen this year",
    ),
    ("en", "kitchen there i skip how often", "how often do I skip in the kitchen"),
    (
        "en",
        "consecutive day listening, how many got",
        "how many days in a row have I listened",
    ),
    ("en", "the daily first time play when ah", "when did I first play the daily"),
    ("en", "digital love last play when ah", "when did I last play digital love"),
    ("en", "most recent track what name", "what was the most recent track"),
    ("en", "morning wake up i play what first ah", "what did I play first today"),
    (
        "en",
        "saturday first thing i play, what one",
        "saturday what did I play first",
    ),
    ("en", "the song always kena skip, which one ah", "which song do I skip the most"),
    (
        "en",
        "working days vs sat sun, which more music ah",
        "do I listen to more music on weekdays or weekends",
    ),
    # The same shapes said another way.
    (
        "en",
        "recently i siao on which singer one",
        "which singer did I play the most recently",
    ),
    (
        "en",
        "this month which song i hooked on ah",
        "which song did I play the most this month",
    ),
    (
        "en",
        "which artist i crazy over lately",
        "which artist did I play the most lately",
    ),
    ("en", "these days which band i siao on", "which band did I play the most lately"),
    ("en", "my all-time artist who ah", "my top artist of all time"),
    ("en", "my all time song which one", "my top song of all time"),
    (
        "en",
        "twenty twenty four my top artist who",
        "who was my top artist twenty twenty four",
    ),
    (
        "en",
        "last week total listen time how much ah",
        "how long did I listen last week",
    ),
    ("en", "this month listen time how long", "how long did I listen this month"),
    ("en", "this week listen how long already", "how long did I listen this week"),
    (
        "en",
        "since october how many songs ah",
        "how many songs did I play since october",
    ),
    ("en", "this week how many plays lah", "how many plays this week"),
    ("en", "yesterday play how many song ah", "how many songs did I play yesterday"),
    ("en", "song i play how many today", "how many songs did I play today"),
    (
        "en",
        "podcast i listen how many last week",
        "how many podcasts did I listen to last week",
    ),
    ("en", "yesterday songs what i listen", "what songs did I listen to yesterday"),
    ("en", "last friday music what i play ah", "what music did I play last friday"),
    ("en", "what i pump yesterday", "what did I play yesterday"),
    ("en", "october third what i play", "what did I play on october third"),
    (
        "en",
        "yesterday night quarter to nine that song what ah",
        "what song was playing last night at quarter to nine pm",
    ),
    (
        "en",
        "last night nine o'clock the song what",
        "what song was playing last night at nine pm",
    ),
    ("en", "usually i listen what time", "what time do I usually listen"),
    (
        "en",
        "this month usually i play music what day ah",
        "what day do I usually listen this month",
    ),
    (
        "en",
        "living room there i skip how often",
        "how often do I skip in the living room",
    ),
    ("en", "bedroom side i skip how much", "how often do I skip in the bedroom"),
    (
        "en",
        "consecutive days, how many already",
        "how many days in a row have I listened",
    ),
    (
        "en",
        "consecutive day listen how many got ah",
        "how many days in a row have I listened",
    ),
    ("en", "wake up i play what first", "what did I play first today"),
    (
        "en",
        "this morning wake up i listen what first lah",
        "what did I play first today",
    ),
    (
        "en",
        "sunday first thing i play, which one",
        "sunday what did I play first",
    ),
    (
        "en",
        "yesterday first thing i put on what ah",
        "yesterday what did I play first",
    ),
    ("en", "queen first time listen when ah", "when did I first listen to queen"),
    ("en", "one more time last play when", "when did I last play one more time"),
    ("en", "most recent song what ah", "what was the most recent song"),
    ("en", "which artist always kena skip one", "which artist do I skip the most"),
)

# The ones that had reached no sentence, asked of Home Assistant.
ANSWERED: tuple[Answered, ...] = (
    ("today listen how long already", "how long did I listen today", "en"),
    (
        "this morning play how many thing already",
        "how many things did I play this morning",
        "en",
    ),
    ("the daily first time play when ah", "when did I first play the daily", "en"),
    ("digital love last play when ah", "when did I last play digital love", "en"),
    (
        "sexy boy by air, this month got or not",
        "did I play Sexy Boy by Air this month",
        "en",
    ),
    (
        "twenty twenty five my number one singer who ah",
        "who was my number one singer twenty twenty five",
        "en",
    ),
    ("most recent track what name", "what was the last track I played", "en"),
    (
        "these days which podcast i hooked on ah",
        "which podcast did I play the most lately",
        "en",
    ),
    ("since monday how many streams ah", "how many streams since monday", "en"),
    (
        "consecutive day listening, how many got",
        "how many days in a row have I listened",
        "en",
    ),
    ("the song always kena skip, which one ah", "which song do I skip the most", "en"),
    (
        "working days vs sat sun, which more music ah",
        "do I listen to more music on weekdays or weekends",
        "en",
    ),
    ("queen first time listen when ah", "when did I first listen to queen", "en"),
    ("yesterday play how many song ah", "how many songs did I play yesterday", "en"),
    ("justice last week got or not", "did I play justice last week", "en"),
    ("da funk yesterday got or not ah", "did I play da funk yesterday", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("next song can or not", "en"),
    ("play my all time favourites lah", "en"),
    ("this morning play some jazz lah", "en"),
    ("today play queen in the kitchen", "en"),
    ("kitchen there turn on the light", "en"),
    ("play the most recent episode of the daily", "en"),
    ("set a timer how long ah", "en"),
    ("the song so loud, turn down can or not", "en"),
)

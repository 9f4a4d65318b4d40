"""Issue 45's seventy-eighth turn (blind round seventeen): a Nairobi guard, a Yorkshire miner, a dictating nurse.

Blind writer 528, a terse Kenyan security guard on night duty, says the
thing first and the question after it: "is it I played the weeknd last
summer" (Kenyan English's "is it" before a statement asks whether it
holds), "eres by cafe tacuba, I played it on Saturday?" and "around the
world, any time last year?" (Home Assistant had taken Saturday for an
area, or understood nothing), "when I was opening the gate at nine last
night, which song was playing" (read as a first play), "my busy listening
time, when is it normally" (answered with today's listening time, a wrong
fact), "this day, which song started it", "heavy rotation now. which
song". `nairobi_guard_en` puts the question before its topic, and the
net hears a name or a day said first.

Blind writer 530, an 88-year-old retired Yorkshire miner, calls the
speaker "this contraption" ("how many songs has this contraption played
me": a name "has this contraption" had been looked up), a band "that cafe
tacuba lot", and asks "'em" of what his wife's remark named ("our lass
reckons I've had Queen on too much, how many times did I play 'em this
week"). `yorkshire_miner_en` reads them.

Blind writer 531, a Filipino nurse dictating without punctuation, asks
without "do" ("based on my history what type of artist i like", "am i the
type who repeat and repeat po": a command to people for Home Assistant)
and says why a day matters after it ("on saturday my day off": "day off"
had been read as a name "today off"). `nurse_stt_en` reads them.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "is it I played the weeknd last summer",
        "did I play the weeknd last summer",
    ),
    (
        "en",
        "is it we listened to sauti sol yesterday",
        "did we listen to sauti sol yesterday",
    ),
    (
        "en",
        "eres by cafe tacuba, I played it on Saturday?",
        "did I play eres by cafe tacuba on Saturday?",
    ),
    ("en", "digital love, I heard it last week?", "did I hear digital love last week?"),
    (
        "en",
        "around the world, any time last year?",
        "did I play around the world last year?",
    ),
    ("en", "sexy boy, anytime this month?", "did I play sexy boy this month?"),
    (
        "en",
        "when I was opening the gate at nine last night, which song was playing",
        "what was playing at nine last night",
    ),
    (
        "en",
        "when I was doing my rounds at 2 am last night, what was on",
        "what was playing at 2 am last night",
    ),
    (
        "en",
        "when we were locking up at ten yesterday, which song was playing",
        "what was playing at ten yesterday",
    ),
    (
        "en",
        "my busy listening time, when is it normally",
        "when is my busiest listening time normally",
    ),
    (
        "en",
        "my busy hour, when is it usually",
        "when is my busiest listening hour usually",
    ),
    ("en", "this day, which song started it", "which song did I play first today"),
    ("en", "yesterday, which song started it", "which song did I play first yesterday"),
    ("en", "heavy rotation now. which song", "which song is on heavy rotation now"),
    ("en", "on repeat lately, which track", "which track is on repeat lately"),
    (
        "en",
        "over the past two weeks how many songs has this contraption played me",
        "how many songs have I played over the past two weeks",
    ),
    (
        "en",
        "what did this contraption play me last night",
        "what did I play last night",
    ),
    (
        "en",
        "our lass reckons I've had Queen on too much, how many times did I play 'em this week",
        "how many times did I play Queen this week",
    ),
    (
        "en",
        "me daughter says I've been playing Justice all week, when did I last play 'em",
        "when did I last play Justice",
    ),
    (
        "en",
        "when did I first listen to that cafe tacuba lot",
        "when did I first listen to cafe tacuba",
    ),
    (
        "en",
        "how often have I played that Daft Punk lot this month",
        "how often have I played Daft Punk this month",
    ),
    (
        "en",
        "how many tracks did i stream on saturday my day off",
        "how many tracks did i stream on saturday",
    ),
    (
        "en",
        "how long did i listen on sunday my rest day",
        "how long did i listen on sunday",
    ),
    (
        "en",
        "based on my history what type of artist i like",
        "what kind of music do I like",
    ),
    ("en", "what kind of songs i like po", "what kind of music do I like"),
    (
        "en",
        "am i the type who repeat and repeat po",
        "do I play the same songs over and over",
    ),
    (
        "en",
        "am i the kind who replay and replay",
        "do I play the same songs over and over",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "eres by cafe tacuba, I played it on Saturday?",
        "did I play eres by cafe tacuba on Saturday",
        "en",
    ),
    ("digital love, I heard it last week?", "did I play digital love last week", "en"),
    (
        "around the world, any time last year?",
        "did I play around the world last year",
        "en",
    ),
    ("sexy boy, anytime this month?", "did I play sexy boy this month", "en"),
    ("my busy hour, when is it usually", "when is my busiest listening time", "en"),
    ("this day, which song started it", "what was the first song I played today", "en"),
    ("today, which track started it", "what was the first song I played today", "en"),
    (
        "based on my history what type of artist i like",
        "what kind of music do I like",
        "en",
    ),
    ("what type of music i like", "what kind of music do I like", "en"),
    (
        "am i the type who repeat and repeat po",
        "do I play the same songs over and over",
        "en",
    ),
    (
        "am i the type who replays and replays",
        "do I play the same songs over and over",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("turn on the lights any time tonight", "en"),
    ("the kitchen light, any time tomorrow", "en"),
    ("play eres by cafe tacuba", "en"),
    ("play something slow in the kitchen", "en"),
    ("what am I listening to right now", "en"),
    ("play daft punk in the kitchen po", "en"),
    ("what is playing now in the kitchen", "en"),
    ("ey up, stop that racket", "en"),
    ("put Queen on in the kitchen", "en"),
)

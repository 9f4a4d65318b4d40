"""Issue 45's eighty-fourth turn (blind round twenty-three): a Korean student's dictation, a Ghanaian trader.

Blind writer 560, a Korean graduate student in Toronto at B1-B2 dictating
to a speech-to-text box, says the time first, no "did" and no question
mark, and an adverb last. "please say my five most played songs of all
time" was Home Assistant's ("say" now opens a question like "tell me"),
"november third what we are listening", "umm october how was my october
listening", "most recent track what is" and "can you describe what style i
like" reached no sentence; `en.yaml` now hears a date or month said first
before "what we are listening", the month said first and again before "how
was my", "most recent track what is" and "what style I like". Read wrong
or not at all, now read by `parse/toronto_korean_en.py`: "today i heard the
daily" (did she hear it), "day before yesterday what kind of songs i
played" (what she played that day: the day's taste had been answered, a
wrong fact), "can you describe what style i like" (her taste), "ah how
often i skip usually" ("usually" had been a time the slots did not hold).

Blind writer 561, a Ghana-born market trader in South London, says "pass"
for the most, "by force" for over and over, "anaa" for or not, and a story
before the question. Now read by `parse/peckham_trader_en.py`: "Since
October, which show have I been putting on pass? The talking ones, the
podcasts", "I was telling my sister about that French band Justice, did I
listen to them yesterday?" (the name had been "them yesterday"), "cafe
tacuba, I played them last summer anaa?" (the name had been "them anaa"),
"The tune I've been playing by force these past two weeks, which one?".
And by `parse/asides_and_statements_en.py`, anyone's: "This afternoon, what
have I been hearing?" and "This morning when I was getting ready for
market, the first tune, what was it?" (the story after the time asks
nothing). The rows after their own are the same shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Writer 560's own.
    ("en", "today i heard the daily", "did i listen to the daily today"),
    (
        "en",
        "day before yesterday what kind of songs i played",
        "what songs did i play the day before yesterday",
    ),
    ("en", "can you describe what style i like", "what style of music do i like"),
    ("en", "ah how often i skip usually", "how often do i skip"),
    # The same said another way.
    ("en", "yesterday i listened to queen", "did i listen to queen yesterday"),
    (
        "en",
        "umm this morning i played sexy boy",
        "did i listen to sexy boy this morning",
    ),
    (
        "en",
        "last week we heard digital love",
        "did we listen to digital love last week",
    ),
    (
        "en",
        "yesterday what kind of music i listened",
        "what music did i play yesterday",
    ),
    ("en", "which genre i like", "what style of music do i like"),
    ("en", "how often i listen usually", "how often do i listen"),
    # Writer 561's own.
    (
        "en",
        "Since October, which show have I been putting on pass? The talking ones, the podcasts",
        "which podcast have I been playing the most since October",
    ),
    (
        "en",
        "Ei, you know, I was telling my sister about that French band Justice, did I listen to them yesterday?",
        "did I listen to Justice yesterday",
    ),
    (
        "en",
        "cafe tacuba, I played them last summer anaa?",
        "did I play cafe tacuba last summer",
    ),
    (
        "en",
        "This afternoon, what have I been hearing?",
        "what have I been listening to this afternoon",
    ),
    (
        "en",
        "This morning when I was getting ready for market, the first tune, what was it?",
        "This morning what was the first tune",
    ),
    (
        "en",
        "The tune I've been playing by force these past two weeks, which one?",
        "The tune I've been playing over and over these past two weeks, which one?",
    ),
    # The same said another way.
    (
        "en",
        "Since March, which band have I been playing pass?",
        "which band have I been playing the most since March",
    ),
    (
        "en",
        "which song have I been listening to pass this year",
        "which song have I been listening to the most this year",
    ),
    ("en", "Chale, I heard Air yesterday anaa?", "did I play Air yesterday"),
    ("en", "Justice, we played them this week anaa", "did we play Justice this week"),
    (
        "en",
        "I was telling my brother about that song Digital Love, have I played it this month?",
        "have I played Digital Love this month",
    ),
    (
        "en",
        "Yesterday evening when I was cooking, the last song, what was it?",
        "Yesterday evening what was the last song",
    ),
    ("en", "what have we been hearing today", "what have we been listening to today"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "please say my five most played songs of all time",
        "what are my five most played songs of all time",
        "en",
    ),
    (
        "say my most played album this year",
        "what is my most played album this year",
        "en",
    ),
    (
        "november third what we are listening",
        "what did we listen to on november third",
        "en",
    ),
    (
        "september fifth what we were playing",
        "what did we play on september fifth",
        "en",
    ),
    ("october what i am listening", "what did i play in october", "en"),
    ("umm october how was my october listening", "how was my october listening", "en"),
    (
        "last month how was my last month listening",
        "how was my last month listening",
        "en",
    ),
    ("most recent track what is", "what was the last song i played", "en"),
    ("latest song what was", "what was the last song i played", "en"),
    ("can you describe what style i like", "what kind of music do i like", "en"),
    ("which genre we like", "what kind of music do we like", "en"),
    ("today i heard the daily", "did i listen to the daily today", "en"),
    ("ah how often i skip usually", "how often do i skip", "en"),
    (
        "cafe tacuba, I played them last summer anaa?",
        "did I play cafe tacuba last summer",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("say hello in the kitchen", "en"),
    ("please say dinner is ready", "en"),
    ("today i am tired", "en"),
    ("please say good morning", "en"),
    ("play the daily in the kitchen", "en"),
    ("chale, turn off the kitchen light", "en"),
    ("ei, play some music by force", "en"),
    ("put the news on anaa", "en"),
)

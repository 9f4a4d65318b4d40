"""Issue 45's eighty-third turn (blind round twenty-two): a Turkish speaker dictating English.

Blind writer 557 speaks A2-B1 English into speech-to-text in Turkish's
order: the time or the name first, the bare verb, and the question word
last. She says "too much" for the most ("who i am listen too much lately
which artist": what played lately had been answered, a wrong fact), "all
the time" for of all time ("most played album all the time what is": the
fortnight's top album had been answered, a wrong fact), "hooked" without
"on" of a podcast ("which pot cast i am hooked lately": the top songs had
been answered, a wrong fact), the name first before "how many time"
("queen how many time i listened last month": the month's listening time
had been answered, a wrong fact; "draft punk this week how many times
play"), "how much song play was" and "songs how many i listen" (the
plays), a yes-or-no question with no particle or with "is it" ("this month
cafe tacuba i was listen", "moon safari album in august i listened is
it"), "ada yesterday what she listened", "every day i listened without
stop how many days it is" (the streak), "X when was last time i put" (its
last play) and "in october first song what was" (the month's first song,
never the first of October). `parse/turkish_dictated_en.py` reads them.
Her fillers "shay" (şey) and "yani" are skip words of `en.yaml` (Home
Assistant's own sentence had taken "october what was" for an area); "pot
cast" and "skeep" are slips any recogniser makes of an accent
(`parse/dictated_slips.py`). The net now hears a bare "i was listen", "i
skeep", "every day i listened without" and "how much song play was".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Her own.
    (
        "en",
        "hmm who i am listen too much lately which artist",
        "which artist did I listen to the most lately",
    ),
    (
        "en",
        "shay my favourite song of october what was",
        "what was my favourite song of October",
    ),
    (
        "en",
        "most played album all the time what is",
        "what is my most played album of all time",
    ),
    (
        "en",
        "which pot cast i am hooked lately",
        "which podcast did I listen to the most lately",
    ),
    (
        "en",
        "since monday how much song play was",
        "how many songs did I play since Monday",
    ),
    (
        "en",
        "day before yesterday songs how many i listen",
        "how many songs did I play the day before yesterday",
    ),
    (
        "en",
        "queen how many time i listened last month",
        "how many times did I listen to queen last month",
    ),
    (
        "en",
        "draft punk this week how many times play",
        "how many times did I play draft punk this week",
    ),
    (
        "en",
        "this month cafe tacuba i was listen",
        "did I listen to cafe tacuba this month",
    ),
    (
        "en",
        "moon safari album in august i listened is it",
        "did I listen to moon safari album in august",
    ),
    (
        "en",
        "november third what i was listen",
        "what was I listening to on November third",
    ),
    (
        "en",
        "ada yesterday what she listened",
        "what did ada listen to yesterday",
    ),
    ("en", "how much i skeep songs", "how much do I skip songs"),
    ("en", "yani my repeat rate lately how is", "what is my repeat rate lately"),
    (
        "en",
        "every day i listened without stop how many days it is",
        "how many days in a row have I listened",
    ),
    (
        "en",
        "don't stop me now when was last time i put",
        "when did I last play don't stop me now",
    ),
    (
        "en",
        "in october first song what was",
        "what was the first song in October",
    ),
    # Made-up ones of the same kind.
    (
        "en",
        "who i am listen too much this month which singer",
        "which artist did I listen to the most this month",
    ),
    (
        "en",
        "which song i am listening too much lately",
        "which song did I play the most lately",
    ),
    (
        "en",
        "which album we play too much this year",
        "which album did we play the most this year",
    ),
    ("en", "yani which band i listen too much", "which band did I play the most"),
    ("en", "shay how many song i played today", "how many songs did I play today"),
    ("en", "top song all the time what is", "what is my top song of all time"),
    (
        "en",
        "my number one artist all the time who is",
        "who is my number one artist of all time",
    ),
    (
        "en",
        "most played podcast all the time which",
        "what is my most played podcast of all time",
    ),
    (
        "en",
        "which pot cast i listen most this month",
        "which podcast did I listen to most this month",
    ),
    (
        "en",
        "which singer i am hooked lately",
        "which singer did I listen to the most lately",
    ),
    (
        "en",
        "which podcast i am hooked these days",
        "which podcast did I listen to the most lately",
    ),
    (
        "en",
        "this week how much song play was",
        "how many songs did I play this week",
    ),
    (
        "en",
        "yesterday how many episode play was",
        "how many episodes did I play yesterday",
    ),
    (
        "en",
        "last month songs how many i listen",
        "how many songs did I play last month",
    ),
    (
        "en",
        "this week episodes how many i listen",
        "how many episodes did I play this week",
    ),
    (
        "en",
        "justice how many time i listened this year",
        "how many times did I listen to justice this year",
    ),
    (
        "en",
        "sexy boy last week how many times play",
        "how many times did I play sexy boy last week",
    ),
    ("en", "air how many times i play ever", "how many times did I play air ever"),
    ("en", "last week justice i was listen", "did I listen to justice last week"),
    ("en", "yesterday air i was listen", "did I listen to air yesterday"),
    (
        "en",
        "discovery album last month i listened is it",
        "did I listen to discovery album last month",
    ),
    (
        "en",
        "sexy boy yesterday i played is it",
        "did I play sexy boy yesterday",
    ),
    ("en", "ada last week what she listened", "what did ada listen to last week"),
    ("en", "ada saturday what she played", "what did ada play Saturday"),
    ("en", "how often i skeep songs", "how often do I skip songs"),
    ("en", "which song i skeep most", "which song do I skip the most"),
    (
        "en",
        "every day i play music without stop how many days",
        "how many days in a row have I listened",
    ),
    (
        "en",
        "how many days i listened without stop",
        "how many days in a row have I listened",
    ),
    (
        "en",
        "bohemian rhapsody when was last time i listen",
        "when did I last listen to bohemian rhapsody",
    ),
    (
        "en",
        "sexy boy when was first time i play",
        "when did I first play sexy boy",
    ),
    (
        "en",
        "in september first song what was",
        "what was the first song in September",
    ),
    ("en", "in august last song what was", "what was the last song in August"),
    (
        "en",
        "on october the fifth what i was listen",
        "what was I listening to on October the fifth",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "shay my favourite song of october what was",
        "what was my favourite song of October",
        "en",
    ),
    (
        "yani my repeat rate lately how is",
        "what is my repeat rate lately",
        "en",
    ),
    (
        "queen how many time i listened last month",
        "how many times did I listen to Queen last month",
        "en",
    ),
    (
        "this month cafe tacuba i was listen",
        "did I listen to Café Tacvba this month",
        "en",
    ),
    (
        "november third what i was listen",
        "what was I listening to on November third",
        "en",
    ),
    ("how much i skeep songs", "how much do I skip songs", "en"),
    ("how often i skeep songs", "how often do I skip songs", "en"),
    (
        "every day i listened without stop how many days it is",
        "how many days in a row have I listened",
        "en",
    ),
    (
        "this week how much song play was",
        "how many songs did I play this week",
        "en",
    ),
    (
        "every day i play music without stop how many days",
        "how many days in a row have I listened",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("skeep this song", "en"),
    ("skeep to next song please", "en"),
    ("pot cast stop", "en"),
    ("yani play some music in kitchen", "en"),
    ("shay kitchen light turn off", "en"),
    ("what i am listening right now", "en"),
    ("every day at seven play the news", "en"),
)

"""Issue 45's eighty-second turn (blind round twenty-one): an Aberdeen rig worker's Doric and a Los Angeles teenager's "run it back".

Blind writer 548, a terse offshore rig worker from Aberdeen home on leave,
asks in Doric words the granny's reader (`doric_en`) did not know:
"onybody new" (anybody), "kick aff wi" (kick off with), "the tune I keep
pittin on" (answered as today's summary, a wrong fact), "roond-up o last
year's listenin", "fit got played", "fa dae I skip the maist" (who: the
song had been answered, a wrong fact), "fit hiv I had on" after a reader
made it "fit have": `doric_en` now reads each, only beside its Doric
marks. "Did that Digital Love get a play this week" names the song with
a fond "that", as "did Digital Love get a play" does (`asked_words`); "did
that come on" and "did that one ..." still point back to nothing said.
The sentence file's net now hears a count before "maist" ("twa maist
played albums since March"), "maist listened podcast ...", "aye, fa wis
oor number one band", "foo mony times did X come on", "X, how often hiv I
had that on", "ever listened tae X", "fit's Ada had on", "fit sort o stuff
am I intae", "fa's new in ma listenin", "onybody new", and a round-up of
a period ("roond-up o last year's listenin", "gie's a roond-up o my
month"); never a round-up of the news.

Blind writer 550, a seventeen-year-old from Los Angeles, says "run that
back" for playing a song again ("sexy boy by air how many times did i
run that back last month"), as "run it back" was read (`gamer_en`), and
"am i a run it back type person like do i replay stuff a lot" (the
repeat rate; the net had not heard it): a replaying type of person is
the repeat rate, "am i a morning type" is not.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Blind writer 548, his own and made-up ones of the same kind.
    (
        "en",
        "aye, fa wis oor number one band last month",
        "who was our number one band last month",
    ),
    (
        "en",
        "fa wis ma number one band this year",
        "who was my number one band this year",
    ),
    ("en", "twa maist played albums since March", "two most played albums since March"),
    ("en", "three maist played songs this year", "three most played songs this year"),
    (
        "en",
        "maist listened podcast last summer, fit wis it",
        "most listened podcast last summer",
    ),
    (
        "en",
        "maist listened band this month, fa wis it",
        "most listened band this month",
    ),
    (
        "en",
        "foo mony times did The Daily come on last week",
        "how many times did The Daily come on last week",
    ),
    (
        "en",
        "foo mony times did Queen come on this month",
        "how many times did Queen come on this month",
    ),
    (
        "en",
        "Sexy Boy by Air, how often hiv I had that on",
        "how often have I had Sexy Boy by Air on",
    ),
    (
        "en",
        "Bohemian Rhapsody, foo aften hiv I had it on",
        "how often have I had Bohemian Rhapsody on",
    ),
    (
        "en",
        "did that Digital Love get a play this week",
        "did Digital Love get a play this week",
    ),
    ("en", "did that Genesis come on yesterday", "did Genesis come on yesterday"),
    (
        "en",
        "has that Bohemian Rhapsody been played this month",
        "has Bohemian Rhapsody been played this month",
    ),
    ("en", "ever listened tae Runrig", "ever listened to Runrig"),
    ("en", "ever listened tae Queen", "have I ever listened to Queen"),
    (
        "en",
        "run me through fit got played on Saturday",
        "run me through what got played on Saturday",
    ),
    ("en", "fit got played last nicht", "what got played last night"),
    ("en", "fit's Ada had on this week", "what's Ada had on this week"),
    ("en", "fit hiv I had on the day", "what have I had on today"),
    ("en", "fit sort o stuff am I intae, would ye say", "what sort of stuff am I into"),
    (
        "en",
        "fit kind o stuff am I intae these days",
        "what kind of stuff am I into these days",
    ),
    (
        "en",
        "fa's new in my listenin since October",
        "who's new in my listening since October",
    ),
    ("en", "fa's new in ma listenin this year", "who's new in my listening this year"),
    ("en", "did I find onybody new last year", "did I find anybody new last year"),
    ("en", "onybody new this month", "anybody new this month"),
    (
        "en",
        "fit song did I kick aff wi last Friday",
        "what song did I kick off with last Friday",
    ),
    ("en", "fit did I kick aff wi yesterday", "what did I kick off with yesterday"),
    ("en", "fa dae I skip the maist", "who do I skip the most"),
    ("en", "fa div I skip maist", "who do I skip most"),
    ("en", "fit's the tune I keep pittin on", "what's the tune I keep putting on"),
    ("en", "fit song dae I keep pittin on", "what song do I keep putting on"),
    ("en", "roond-up o last year's listenin", "round-up of last year's listening"),
    ("en", "gie's a roond-up o my month", "give me a round-up of my month"),
    ("en", "a roond-up o last week's listenin", "a round-up of last week's listening"),
    # Blind writer 550, her own and made-up ones of the same kind.
    (
        "en",
        "sexy boy by air how many times did i run that back last month",
        "how many times did i play sexy boy by air last month",
    ),
    (
        "en",
        "one more time how many times did i run that back this year",
        "how many times did i play one more time this year",
    ),
    (
        "en",
        "am i a run it back type person like do i replay stuff a lot",
        "do i replay stuff a lot",
    ),
    ("en", "am i a run it back type person", "do i replay stuff a lot"),
    ("en", "am i the replay type of person", "do i replay stuff a lot"),
    ("en", "are we a run it back kinda people", "do we replay stuff a lot"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "aye, fa wis oor number one band last month",
        "who was our number one band last month",
        "en",
    ),
    (
        "twa maist played albums since March",
        "what were my two most played albums since March",
        "en",
    ),
    (
        "maist listened podcast last summer, fit wis it",
        "what was my top podcast last summer",
        "en",
    ),
    (
        "foo mony times did The Daily come on last week",
        "how many times did I play The Daily last week",
        "en",
    ),
    (
        "Sexy Boy by Air, how often hiv I had that on",
        "how many times have I played Sexy Boy by Air",
        "en",
    ),
    (
        "did that Digital Love get a play this week",
        "did I listen to Digital Love this week",
        "en",
    ),
    ("ever listened tae Queen", "have I ever listened to Queen", "en"),
    (
        "run me through fit got played on Saturday",
        "what did I listen to on Saturday",
        "en",
    ),
    ("fit's Ada had on this week", "what did Ada listen to this week", "en"),
    ("fit sort o stuff am I intae, would ye say", "what kind of music am I into", "en"),
    ("fa's new in my listenin since October", "any new artists since October", "en"),
    ("onybody new this month", "any new artists this month", "en"),
    (
        "fit song did I kick aff wi last Friday",
        "what was the first song I played last Friday",
        "en",
    ),
    ("fa dae I skip the maist", "which artist do I skip the most", "en"),
    ("fit's the tune I keep pittin on", "what song do I have on repeat", "en"),
    ("roond-up o last year's listenin", "give me a recap of last year", "en"),
    ("gie's a roond-up o my month", "give me a recap of this month", "en"),
    (
        "sexy boy by air how many times did i run that back last month",
        "how many times did I play Sexy Boy by Air last month",
        "en",
    ),
    (
        "am i a run it back type person like do i replay stuff a lot",
        "what's my repeat rate",
        "en",
    ),
    ("am i the replay type of person", "what's my repeat rate", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("fit's on the telly the nicht", "en"),
    ("fit am I listenin tae the noo", "en"),
    ("pit Runrig on in the kitchen", "en"),
    ("give me a round-up of the news", "en"),
    ("gie's a roond-up o the weather", "en"),
    ("turn the kitchen light aff", "en"),
    ("run it back", "en"),
    ("run that back in the kitchen", "en"),
    ("am i a morning type person", "en"),
    ("play that Digital Love in the kitchen", "en"),
)

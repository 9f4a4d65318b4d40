"""Issue 45's sixty-fourth turn, English: blind writers 422 to 425.

A Lagos banker (writer 422) said "artiste" (her top three "artistes" were
answered with songs, a wrong fact, and "which artiste I dey skip most" with
the song skipped most, another), guessed before the count ("fifty or a
hundred, how many plays I get this week": "fifty" read as a name), asked
someone to "count am for me", put "abeg" between a period said first and
its question, said "na true say I play X" (did I), "wetin Ada listen to",
"twelve noon on Saturday, wetin dey play", "the tune wey I no fit stand,
the one I skip pass", "how my October take go", "if person ask you", "new
acts", "any Daily episode this morning?" and "X, e play this summer or no".
"How much be dollar to naira today" is a price (a net line hears it,
`elsewhere` declines it for its money words). A Texas rancher (423) said "I
done heard" (have heard), "that Cafe Tacuba outfit" (the band), "what did I
wind up with" (ended with), "what'd I have on last the very last tune I
mean", "listenin' wise". A Spanish learner (424) said "sounded" for played
("sounded X this week or not", "the last time that sounded X", "which group
sounds more"), "the podcast more escuchado", "how many time I have been
listening music" (how long), "which song was at half past eight", "is more
the music of the working days or of the weekend". A car's recogniser (425)
wrote "too weeks", "won more time" and "did X come on lately" ("on lately"
was read as the period and the name lost).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("en", "my top five artistes for this year", "my top five artists for this year"),
    (
        "en",
        "which artiste I dey play pass this month",
        "which artist did I play most this month",
    ),
    ("en", "which artiste do I skip the most", "which artist do I skip the most"),
    (
        "en",
        "twenty or thirty, how many songs did I play yesterday",
        "how many songs did I play yesterday",
    ),
    (
        "en",
        "maybe ten or twelve? how many times did I play Queen this week",
        "how many times did I play Queen this week",
    ),
    (
        "en",
        "how long did I listen yesterday, two or three hours",
        "how long did I listen yesterday",
    ),
    (
        "en",
        "count am for me, how many songs I play last week",
        "how many songs did I play last week",
    ),
    (
        "en",
        "last week abeg how many times I play Air",
        "how many times did I play Air last week",
    ),
    (
        "en",
        "this month abeg which song I play pass",
        "which song did I play most this month",
    ),
    ("en", "na true say I hear the daily yesterday", "did I hear the daily yesterday"),
    ("en", "true say we play Queen last weekend", "did we play Queen last weekend"),
    ("en", "wetin Ada play yesterday", "what did Ada play yesterday"),
    ("en", "wetin I dey listen last night", "what was I listening to last night"),
    (
        "en",
        "five o'clock yesterday, wetin dey play",
        "what was playing at five o'clock yesterday",
    ),
    (
        "en",
        "the song wey I no like, the one I skip pass",
        "which song do I skip the most",
    ),
    (
        "en",
        "that artist wey dey vex me, the one I skip most, which one",
        "which artist do I skip the most",
    ),
    ("en", "how my September take go", "how was my September"),
    (
        "en",
        "how many times we done played Queen this month",
        "how many times have we played Queen this month",
    ),
    ("en", "what'd I wind up with last night", "what did I end with last night"),
    ("en", "what did we wind up on yesterday", "what did we end with yesterday"),
    (
        "en",
        "did I have that Daft Punk outfit on yesterday",
        "did I have Daft Punk on yesterday",
    ),
    ("en", "when did I last play that Justice outfit", "when did I last play Justice"),
    ("en", "what did I play last the very last song I mean", "what did I play last"),
    ("en", "the song more escuchado this week", "the song most listened this week"),
    (
        "en",
        "how many time i have been listening podcasts this week",
        "how long have I been listening to podcasts this week",
    ),
    ("en", "sounded justice yesterday or not", "did I play justice yesterday"),
    (
        "en",
        "when was the first time that sounded digital love",
        "when did I first play digital love",
    ),
    (
        "en",
        "how long did I listen over the last too days",
        "how long did I listen over the last two days",
    ),
    (
        "en",
        "how many times did won more time come on this month",
        "how many times did I play one more time this month",
    ),
    (
        "en",
        "how often did the daily come on lately",
        "how often did I play the daily lately",
    ),
    (
        "en",
        "which new acts I find this year",
        "which new artists did I discover this year",
    ),
    ("en", "digital love, e play yesterday or no", "did I play digital love yesterday"),
    (
        "en",
        "in the living room which artist sounds more",
        "in the living room which artist do I play most",
    ),
    # The second round (writers 426 to 431): a run of consecutive days is the
    # streak (the listening time had been answered, a wrong fact); "in loop"
    # is on repeat.
    (
        "en",
        "how long is my present run of consecutive listening days",
        "how many days in a row have I listened",
    ),
    ("en", "which song do i listen to in loop", "which song do i have on repeat"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "my top three artistes for last month abeg",
        "my top three artists last month",
        "en",
    ),
    ("which artiste I dey skip most", "which artist do I skip most", "en"),
    (
        "which artiste I dey play pass this year",
        "which artist did I play most this year",
        "en",
    ),
    (
        "twenty or thirty, how many songs did I play yesterday",
        "how many songs did I play yesterday",
        "en",
    ),
    (
        "how many plays I get this week, fifty or a hundred",
        "how many plays did I get this week",
        "en",
    ),
    (
        "count am for me, how many different artists I hear this month",
        "how many different artists did I hear this month",
        "en",
    ),
    (
        "last week abeg how many times I play Air",
        "how many times did I play Air last week",
        "en",
    ),
    ("na true say I hear the daily yesterday", "did I hear the daily yesterday", "en"),
    ("any Daily episode yesterday?", "did I hear the Daily yesterday", "en"),
    ("any Justice track this week", "did I play Justice this week", "en"),
    ("digital love, e play yesterday or no", "did I play digital love yesterday", "en"),
    (
        "five o'clock yesterday, wetin dey play",
        "what was playing at five o'clock yesterday",
        "en",
    ),
    ("wetin Ada play yesterday", "what did Ada play yesterday", "en"),
    (
        "if person ask you, who be my top artist this year",
        "who is my top artist this year",
        "en",
    ),
    (
        "which new acts I find this year",
        "which new artists did I discover this year",
        "en",
    ),
    (
        "I dey play the same songs over and over this month?",
        "do I play the same songs over and over this month",
        "en",
    ),
    (
        "the song wey I no like, the one I skip pass",
        "which song do I skip the most",
        "en",
    ),
    ("how my September take go", "how was my September", "en"),
    (
        "how many times we done played Queen this month",
        "how many times have we played Queen this month",
        "en",
    ),
    ("what'd I wind up with last night", "what did I end with last night", "en"),
    (
        "did I have that Daft Punk outfit on yesterday",
        "did I have Daft Punk on yesterday",
        "en",
    ),
    ("what'd I put on last the very last song I mean", "what did I play last", "en"),
    (
        "which artist more escuchado in october",
        "which artist did I listen to most in october",
        "en",
    ),
    (
        "how many time i have been listening podcasts this week",
        "how long have I been listening to podcasts this week",
        "en",
    ),
    ("sounded justice yesterday or not", "did I play justice yesterday", "en"),
    (
        "when was the first time that sounded digital love",
        "when did I first play digital love",
        "en",
    ),
    (
        "how many times sounded queen last week",
        "how many times did I play queen last week",
        "en",
    ),
    ("what sounded yesterday evening", "what played yesterday evening", "en"),
    (
        "which song was at nine this morning",
        "which song was playing at nine this morning",
        "en",
    ),
    (
        "in the kitchen which artist sounds more",
        "in the kitchen which artist do I play most",
        "en",
    ),
    (
        "is more the music of the mornings or of the evenings",
        "do I listen to more music in the mornings or in the evenings",
        "en",
    ),
    ("tell me how my month's gone listenin' wise", "recap this month", "en"),
    (
        "how long did I listen over the last too days",
        "how long did I listen over the last two days",
        "en",
    ),
    (
        "how many times did won more time come on this month",
        "how many times did I play one more time this month",
        "en",
    ),
    (
        "how often did the daily come on lately",
        "how often did I play the daily lately",
        "en",
    ),
    (
        "the tune wey I no fit stand, the one I skip pass, which one",
        "which song do I skip the most",
        "en",
    ),
    (
        "in August abeg how many times I hear the daily",
        "how many times did I hear the daily in August",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("how much be dollar to naira today", "en"),
    ("how much be euro to naira this morning", "en"),
    # Writer 430 (an over-polite gentleman, scored blind in the second round):
    # a thought about the weather and two bids to play, caught by the net.
    (
        "I wonder what the weather will be like tomorrow, I had thought to take a walk",
        "en",
    ),
    ("I should like to hear Discovery, if you would be so kind", "en"),
    ("I should like to listen to the newest episode of The Daily", "en"),
)

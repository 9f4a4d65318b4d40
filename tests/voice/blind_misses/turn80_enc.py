"""Issue 45's seventy-eighth turn (blind round seventeen): a Brazilian at B1 once more.

Blind writer 532, a Brazilian native speaker with B1 English, kept
Portuguese false friends and order where round fifteen's Brazilian
(`brazilian_b1_en`) had not: "push" for play ("which band I was pushing
more this month", "which disc I pushed more in September", "how many
musics I pushed today", "what musics I pushed last Friday", "the song that
I am pushing all the time these days"), "touching" for playing (tocando:
"which song was touching at five and ten this afternoon"), "passed" for
spent (passar: "how many time I passed listening over the last two
weeks"), "jumped forward" for skipped (pular), "quantity of hours we
listened in the kitchen" (quantidade), "which style of musics I am more
into" (the taste). "During the week or on weekend when I listen more music"
was answered as this week's usual hour: a wrong fact. `brazilian_b1_again_en`
reads them, on her marks only, and the wide net holds "push", "touching"
and "quantity of" (Home Assistant had taken them for an area or a device).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "which band i was pushing more this month?",
        "which band did i play most this month?",
    ),
    (
        "en",
        "which disc i pushed more in september",
        "which album did i play most in september",
    ),
    (
        "en",
        "which artist we were pushing more last week",
        "which artist did we play most last week",
    ),
    (
        "en",
        "quantity of hours we listened in the kitchen last month",
        "how many hours did we listen in the kitchen last month",
    ),
    (
        "en",
        "quantity of songs i pushed yesterday",
        "how many songs did i play yesterday",
    ),
    (
        "en",
        "how many time i passed listening over the last two weeks",
        "how much time did i spend listening over the last two weeks",
    ),
    (
        "en",
        "how much time we passed listening this year",
        "how much time did we spend listening this year",
    ),
    ("en", "how many musics i pushed today", "how many musics did i play today"),
    ("en", "what musics i pushed last friday", "what musics did i play last friday"),
    (
        "en",
        "which song was touching at five and ten this afternoon",
        "which song was playing at ten past five this afternoon",
    ),
    (
        "en",
        "which music was touching yesterday at the eight of the night",
        "which music was playing yesterday at eight pm",
    ),
    (
        "en",
        "which style of musics i am more into",
        "which style of music am i most into",
    ),
    (
        "en",
        "how many times i jumped forward this week",
        "how many times did i skip this week",
    ),
    (
        "en",
        "how many songs we jumped forward last month",
        "how many songs did we skip last month",
    ),
    (
        "en",
        "the song that i am pushing all the time these days",
        "the song that i am playing all the time these days",
    ),
    (
        "en",
        "during the week or on weekend when i listen more music",
        "do i listen to more music on weekdays or weekends",
    ),
    (
        "en",
        "on weekend or during the week when we listen more",
        "do we listen more on weekdays or weekends",
    ),
    (
        "en",
        "when i pushed da funk for first time",
        "when did i play da funk for the first time",
    ),
    ("en", "which music touched more this month", "which music played more this month"),
    (
        "en",
        "what was touching in the kitchen this morning",
        "what was playing in the kitchen this morning",
    ),
    ("en", "the band that i push more", "the band that i play more"),
    ("en", "i pushed queen this week?", "i played queen this week?"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "which band i was pushing more this month?",
        "which band did i play most this month",
        "en",
    ),
    (
        "which disc i pushed more in september",
        "which album did i play most in september",
        "en",
    ),
    (
        "quantity of hours we listened in the kitchen last month",
        "how many hours did we listen in the kitchen last month",
        "en",
    ),
    (
        "how many time i passed listening over the last two weeks",
        "how much time did i spend listening over the last two weeks",
        "en",
    ),
    ("how many musics i pushed today", "how many songs did i play today", "en"),
    ("what musics i pushed last friday", "what songs did i play last friday", "en"),
    (
        "which song was touching at five and ten this afternoon",
        "which song was playing at ten past five this afternoon",
        "en",
    ),
    (
        "which style of musics i am more into",
        "which style of music am i most into",
        "en",
    ),
    (
        "how many times i jumped forward this week",
        "how many times did i skip this week",
        "en",
    ),
    (
        "the song that i am pushing all the time these days",
        "which song is on repeat for me",
        "en",
    ),
    (
        "during the week or on weekend when i listen more music",
        "do i listen to more music on weekdays or weekends",
        "en",
    ),
    (
        "quantity of songs i pushed yesterday",
        "how many songs did i play yesterday",
        "en",
    ),
    (
        "which artist we were pushing more last week",
        "which artist did we play most last week",
        "en",
    ),
    (
        "on weekend or during the week when we listen more",
        "do we listen more on weekdays or weekends",
        "en",
    ),
    (
        "which music touched more this month",
        "which song did i play most this month",
        "en",
    ),
    (
        "what was touching in the kitchen this morning",
        "what did i play in the kitchen this morning",
        "en",
    ),
    ("the band that i push more", "which band did i play most", "en"),
    ("which song i push more these days", "which song did i play most lately", "en"),
    ("i pushed queen this week?", "did i play queen this week", "en"),
    (
        "the musics that i pushed more this year",
        "which songs did i play most this year",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("push the song to the kitchen", "en"),
    ("push play on the kitchen speaker", "en"),
    ("which song is touching now", "en"),
    ("what is playing in the kitchen", "en"),
    ("turn on the kitchen light", "en"),
    ("skip forward in the kitchen", "en"),
    ("push the band to the kitchen", "en"),
    ("push the volume up", "en"),
    ("which song is touching", "en"),
)

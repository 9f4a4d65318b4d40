"""Issue 45's seventy-third turn, blind round twelve: a Gen-Z streamer (writer 499).

A streamer typed lowercase texting words to Assist. Her "ytd" is
yesterday, and Encore had read it as the year to date: "how long was i
listening ytd", "did i listen to any queen ytd", "what was i listening to
ytd evening", "first song i played ytd", "what did i end ytd with" were
answered for this whole year (wrong facts), "what was bumping ytd at 8:10
pm" asked back which time "year" meant. An analyst's "YTD" and "ytd" said
without a verb of one past moment ("top 5 artists ytd", "how many songs have
I played ytd") stay the year to date.

Her slang had left questions unread: an artist "living rent free in my
kitchen lately" (the one played most, in the kitchen), a song "living rent
free in my head these days" (the one on repeat), "what pod was i bingeing
the hardest in september" (the podcast played most), "songs this afternoon
how many bestie" (a count, her "bestie" after it), "vibe check my music
taste" (her taste) and "run me my twenty twenty five wrapped" (the year's
recap), the last two heard by no sentence.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("en", "how long was i listening ytd", "how long did i listen yesterday"),
    ("en", "first song i played ytd", "what was the first song i played yesterday"),
    ("en", "what did i end ytd with", "what was the last thing i played yesterday"),
    (
        "en",
        "what was i listening to ytd evening",
        "what was i listening to yesterday evening",
    ),
    ("en", "what was bumping ytd at 8:10 pm", "what was playing yesterday at 8:10 pm"),
    ("en", "what did i have on ytd night", "what did i have on last night"),
    ("en", "ytd what did i play ngl", "what did i play yesterday"),
    ("en", "top songs ytd bestie", "what were my top songs yesterday"),
    ("en", "how many songs did i play ytd", "how many songs did i play yesterday"),
    # The analyst's year to date stays: capitals, the perfect, no verb.
    ("en", "top 5 artists ytd", "who were my top 5 artists this year"),
    ("en", "how many songs have i played ytd", "how many songs did i play this year"),
    ("en", "How many tracks did I stream YTD", "how many songs did I play this year"),
    (
        "en",
        "which artist has been living rent free in my kitchen lately",
        "which artist did i play the most in the kitchen lately",
    ),
    (
        "en",
        "which song is living rent free in my head these days",
        "which song have i had on repeat these days",
    ),
    (
        "en",
        "what song's been living rent free in my head",
        "which song have i had on repeat",
    ),
    (
        "en",
        "which album has been living rent free in my head",
        "which album did i play the most lately",
    ),
    ("en", "who is living rent free in my head rn", "who did i play the most lately"),
    (
        "en",
        "what pod was i bingeing the hardest in september",
        "which podcast did i play the most in september",
    ),
    (
        "en",
        "which artist was i bumping the hardest last month",
        "which artist did i play the most last month",
    ),
    (
        "en",
        "songs this afternoon how many bestie",
        "how many songs did i play this afternoon",
    ),
    (
        "en",
        "how many podcasts did i play this week fr",
        "how many podcasts did i play this week",
    ),
    ("en", "vibe check my music taste", "what kind of music am i into"),
    ("en", "run me my twenty twenty five wrapped", "give me a recap of 2025"),
    # Her other texted days.
    ("en", "what did i listen to tn", "what did i listen to tonight"),
    ("en", "how many songs tdy bestie", "how many songs did i play today"),
    ("en", "how long did i listen ystrdy", "how long did i listen yesterday"),
    ("en", "top songs summer szn", "top songs summer"),
)

ANSWERED: tuple[Answered, ...] = (
    ("how long was i listening ytd", "how long did i listen yesterday", "en"),
    ("did i listen to any queen ytd", "did i listen to queen yesterday", "en"),
    (
        "what was i listening to ytd evening",
        "what was i listening to yesterday evening",
        "en",
    ),
    ("what was bumping ytd at 8:10 pm", "what was playing yesterday at 8:10 pm", "en"),
    ("first song i played ytd", "what was the first song i played yesterday", "en"),
    ("what did i end ytd with", "what was the last thing i played yesterday", "en"),
    ("how many songs did i play ytd", "how many songs did i play yesterday", "en"),
    ("top 5 artists ytd", "who were my top 5 artists this year", "en"),
    (
        "which artist has been living rent free in my kitchen lately",
        "which artist did i play the most in my kitchen lately",
        "en",
    ),
    (
        "which song is living rent free in my head these days",
        "which song have i had on repeat",
        "en",
    ),
    (
        "what pod was i bingeing the hardest in september",
        "which podcast did i play the most in september",
        "en",
    ),
    (
        "songs this afternoon how many bestie",
        "how many songs did i play this afternoon",
        "en",
    ),
    ("vibe check my music taste", "what kind of music am i into", "en"),
    ("run me my twenty twenty five wrapped", "give me a recap of 2025", "en"),
    ("how long did i listen ystrdy", "how long did i listen yesterday", "en"),
    ("how many songs tdy bestie", "how many songs did i play today", "en"),
    ("who was my top artist ytd", "who was my top artist yesterday", "en"),
    ("top artist ystrdy", "who was my top artist yesterday", "en"),
    ("my top songs tdy fr", "what were my top songs today", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("what's playing rn bestie", "en"),
    ("play my on repeat playlist in the kitchen", "en"),
    ("turn it up fr", "en"),
    ("vibe check the living room lights", "en"),
    ("whats playing rn", "en"),
    ("what song is this rn", "en"),
    ("skip this song its not giving", "en"),
    ("play something bussin in the kitchen", "en"),
    ("turn on the lights tdy", "en"),
    ("play music tdy", "en"),
    ("what song is playing tdy", "en"),
    ("whats the weather tdy", "en"),
)

# A stretch of her life no calendar holds is asked back, never all time.
UNREAD: tuple[tuple[str, str], ...] = (
    ("en", "top songs this szn"),
    ("en", "what did i listen to this sem"),
    ("en", "who did i play most this term fr"),
    ("en", "what was i listening to in my emo era"),
    ("en", "top artists in my villain era bestie"),
)

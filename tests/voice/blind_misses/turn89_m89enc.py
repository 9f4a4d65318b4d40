"""Issue 45's eighty-seventh turn (blind round twenty-six): a Glaswegian bus driver and a Californian gamer.

Blind writer 584, a Glaswegian bus driver, asks between runs in Scots the
earlier Glaswegians' readers mostly knew, but in shapes none did: the top
of a period as what he "wis hooked on, these past couple o weeks like"
(the period was not understood), his shift after a time ("this mornin
afore ma shift", searched as a name), "any X the day or naw", a complaint
before the question ("how is it ah've no heard queen in ages, did ah play
them at all last month", answered as last month's recap: a wrong fact),
the artist he "cannae staun, like the one ah skip maist", "that song ah
cannae stop playin, whit's it called", "gonnae dae me a wee review o ma
year", and "whit song wis playin at half eight this mornin" (taken by Home
Assistant for an area).

Blind writer 585, a Californian teenage gamer, asks plainly and keeps
talking: "ngl i was gaming so i wasnt paying attention", "like unique ones
not repeats" and "or was i just running back the same stuff" (both read as
the repeat rate: wrong facts), "i need the name for my clip", and "the
last thing i had on, like the song".

Read now by `parse/glasgow_bus_en.py` and `parse/california_gamer_en.py`,
run first of `said_as_written_en`, each only on a sentence with its
speaker's marks; the net hears "gonnae dae me a wee review", "whit song
wis playin at <clock> <a past part of the day>", "any X the day or naw" and
"that song ah cannae stop playin". The rows after their own are the same
shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # His own.
    (
        "en",
        "whit album wis ah hooked on, these past couple o weeks like",
        "which album did i play the most in the past two weeks",
    ),
    (
        "en",
        "how many tunes did ah stick on this mornin afore ma shift",
        "how many tunes did i play this morning",
    ),
    ("en", "any justice the day or naw", "did i play any justice today"),
    (
        "en",
        "how is it ah've no heard queen in ages, did ah play them at all last month",
        "did i play queen last month",
    ),
    (
        "en",
        "who's the artist ah cannae staun, like the one ah skip maist",
        "which artist do i skip the most",
    ),
    (
        "en",
        "that song ah cannae stop playin, whit's it called",
        "which song can't i stop playing",
    ),
    ("en", "gonnae dae me a wee review o ma year", "give me a review of my year"),
    (
        "en",
        "whit song wis playin at half eight this mornin",
        "what song was playing at half eight this morning",
    ),
    # The same shapes said another way.
    (
        "en",
        "whit artist wis ah hooked on, the last couple o months like",
        "which artist did i play the most in the past two months",
    ),
    (
        "en",
        "how many songs did ah play yesterday efter ma shift",
        "how many songs did i play yesterday",
    ),
    ("en", "any daft punk last night or naw", "did i play any daft punk last night"),
    (
        "en",
        "how come ah've no heard air in ages, did ah hear them at all this month",
        "did i play air this month",
    ),
    (
        "en",
        "whit's the band ah cannae staun, the one ah skip the maist",
        "which band do i skip the most",
    ),
    (
        "en",
        "that tune ah cannae stop listenin tae, whit's it called",
        "which tune can't i stop playing",
    ),
    # Hers... his: the Californian gamer's own.
    (
        "en",
        "how many songs this afternoon so far ngl i was gaming so i wasnt paying attention",
        "how many songs did i play this afternoon",
    ),
    (
        "en",
        "bro how many different songs did i even play last week like unique ones not repeats",
        "how many different songs did i play last week",
    ),
    (
        "en",
        "any new artists last month or was i just running back the same stuff",
        "any new artists last month",
    ),
    (
        "en",
        "how much do i skip songs ngl i feel like i skip literally everything",
        "how much do i skip songs",
    ),
    (
        "en",
        "yo what was the last song i played i need the name for my clip",
        "what was the last song i played",
    ),
    (
        "en",
        "what was the last thing i had on, like the song",
        "what was the last song i played",
    ),
    # The same shapes said another way.
    (
        "en",
        "what did i play the most this week ngl i was grinding ranked all week",
        "what did i play the most this week",
    ),
    (
        "en",
        "how many different artists this month like just the unique ones",
        "how many different artists did i play this month",
    ),
    (
        "en",
        "did i find any new bands this year or am i just replaying the same songs",
        "did i find any new bands this year",
    ),
    (
        "en",
        "what was the first song i played today i need it for my stream",
        "what was the first song i played today",
    ),
    (
        "en",
        "what was the last thing i played like the track",
        "what was the last track i played",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    # Their own, which reached no sentence, the wrong one or none understood.
    (
        "whit album wis ah hooked on, these past couple o weeks like",
        "which album did i play the most in the past two weeks",
        "en",
    ),
    (
        "how many tunes did ah stick on this mornin afore ma shift",
        "how many tunes did i play this morning",
        "en",
    ),
    ("any justice the day or naw", "did i play any justice today", "en"),
    (
        "how is it ah've no heard queen in ages, did ah play them at all last month",
        "did i play queen last month",
        "en",
    ),
    (
        "whit song wis playin at half eight this mornin",
        "what song was playing at half past eight this morning",
        "en",
    ),
    (
        "who's the artist ah cannae staun, like the one ah skip maist",
        "which artist do i skip the most",
        "en",
    ),
    (
        "that song ah cannae stop playin, whit's it called",
        "which song can't i stop playing",
        "en",
    ),
    ("gonnae dae me a wee review o ma year", "give me a review of my year", "en"),
    (
        "how many songs this afternoon so far ngl i was gaming so i wasnt paying attention",
        "how many songs did i play this afternoon",
        "en",
    ),
    (
        "bro how many different songs did i even play last week like unique ones not repeats",
        "how many different songs did i play last week",
        "en",
    ),
    (
        "any new artists last month or was i just running back the same stuff",
        "any new artists last month",
        "en",
    ),
    (
        "how much do i skip songs ngl i feel like i skip literally everything",
        "how much do i skip songs",
        "en",
    ),
    (
        "yo what was the last song i played i need the name for my clip",
        "what was the last song i played",
        "en",
    ),
    (
        "what was the last thing i had on, like the song",
        "what was the last song i played",
        "en",
    ),
    # Said another way.
    ("any daft punk last night or naw", "did i play any daft punk last night", "en"),
    (
        "whit tune wis playin at ten past five yesterday efternoon",
        "what song was playing at ten past five yesterday afternoon",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("whit song is this", "en"),
    ("whit song is playin", "en"),
    ("that song ah cannae stop playin, put it on", "en"),
    ("gonnae turn the lights aff", "en"),
    ("gonnae dae me a favour and pause the music", "en"),
    ("any lights on in the kitchen or naw", "en"),
    ("play the last thing i had on", "en"),
    ("yo play some justice i need it for my clip", "en"),
    ("skip this song ngl i was gaming", "en"),
)

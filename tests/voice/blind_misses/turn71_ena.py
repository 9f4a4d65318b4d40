"""Issue 45's sixty-ninth turn, English: blind writer 471, a tipsy guest.

A guest at a house party asked slurred, as speech-to-text writes it: an s
said "sh" ("lasht night", "thish morning", "shince march", "yeshterday",
"shong", "lishen", "podcasht", "weeksh", "what'sh"), "wuz", "wha'",
"wassat", "howmany" as one word, and a laugh ("haha") anywhere. "Lasht"
was no last (the first play was answered), "shince march" no since (March
alone ranked), "yeshterday" a name's tail, "thish morning" all of today,
"podcasht" a song: wrong facts; most of the rest reached no sentence at
all (`parse.slurred_en`, the net's slurred lines). The rows below are
phrasings of our own in the same slur; a command or a question of now
slurred the same way stays Home Assistant's.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("en", "when did i lasht hear queen", "when did i last hear queen"),
    ("en", "top three shongs shince october", "top three songs since october"),
    ("en", "did i play any air yeshterday", "did i play any air yesterday"),
    ("en", "what did i lishen to thish morning", "what did i listen to this morning"),
    (
        "en",
        "wha' wuz the lasht podcasht i had on",
        "what was the last podcast i had on",
    ),
    ("en", "howmany different bandsh thish year", "how many different bands this year"),
    (
        "en",
        "how many tracksh did i play lasht week",
        "how many tracks did i play last week",
    ),
    ("en", "what'sh my shkip rate thish week", "what's my skip rate this week"),
    (
        "en",
        "who wuz my top artisht lasht month haha",
        "who was my top artist last month",
    ),
    (
        "en",
        "firsht tune i played on shunday",
        "first tune i played on sunday",
    ),
    (
        "en",
        "how long have i been lishening shince tuesday",
        "how long have i been listening since tuesday",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "when did i lasht play one more time haha",
        "when did i last play one more time",
        "en",
    ),
    ("top two artishts shince march", "top two artists since march", "en"),
    ("did i hear any justice yeshterday", "did i hear any justice yesterday", "en"),
    ("wha' wuz i lishening to lasht night", "what was i listening to last night", "en"),
    (
        "howmany shongs did i play thish week",
        "how many songs did i play this week",
        "en",
    ),
    ("most played podcasht lasht month", "most played podcast last month", "en"),
    (
        "whatsh my favourite album thish year haha",
        "what's my favourite album this year",
        "en",
    ),
    (
        "how many timesh did i play genesis thish month",
        "how many times did i play genesis this month",
        "en",
    ),
    (
        "wassat shong i played the mosht lasht week",
        "what's the song i played the most last week",
        "en",
    ),
    ("which artisht do i shkip the mosht", "which artist do i skip the most", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("shkip thish shong", "en"),
    ("play any shong by queen", "en"),
    ("what'sh playing", "en"),
    ("what shong is thish", "en"),
    ("who'sh shinging thish", "en"),
    ("how long is thish shong", "en"),
    ("wassat shong, turn it up", "en"),
)

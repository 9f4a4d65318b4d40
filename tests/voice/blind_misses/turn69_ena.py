"""Issue 45's sixty-seventh turn, English: blind writers 452, 454, 455 and 458.

A Boston fisherman (writer 452) dropped his r's as speech to text writes
them: "yestiddy" was left in the name ("did i have any daft punk on
yestiddy" answered Daft Punk's whole history, "what was i listenin to
yestiddy evenin" today's), "this yeah" and "my yeah in music" were no year
(a month's recap answered), "recud" no record, "discovah", "nevah",
"befoah" no words (what played this year answered for the new artists):
wrong facts; "numbah", "evah", "ovah", "mahch", "satuhday", "novembah
third" said first, "wicked quick one", ", the whole shebang" and "kid" were
not understood (`parse.boston_en`). A Newfoundlander (454) said "luh" and
"yes b'y" first, "me son" last, "how many tunes was I at", "when am I most
at the tunes", "I goes for", "listen to altogether" (a name "altogether")
and "when did they first show up for me" after a name (today's first play
answered, a wrong fact). A Yorkshire pensioner (455) said "talkin'
programme" (the top track answered, a wrong fact) and "how were us
October"; her "ey up love", "t'", "o'", "'ad", "'eard" and "were" for was
reached no sentence of Encore's. A half-asleep mumbler (458) said "the
the", "whatsit...", "like... listen", "my like three most played", the
name first and again ("air when did i last have air on y'know": the last
play of anything answered), a phrase started again after trailing off,
"episodes of stuff" (a show called "stuff" counted: a wrong fact) and a
closing "hmm like the very first", "y'know", "um" (`parse.mumbled_en`).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Boston.
    ("en", "did i play any justice yestiddy", "did i play any justice yesterday"),
    (
        "en",
        "which artist did i play most this yeah",
        "which artist did i play most this year",
    ),
    ("en", "give me my yeah in music", "give me my year in music"),
    (
        "en",
        "numbah of songs ovah the last two weeks",
        "number of songs over the last two weeks",
    ),
    ("en", "did i evah listen to queen", "did i ever listen to queen"),
    (
        "en",
        "which recud did i have on most in octobah",
        "which record did i have on most in october",
    ),
    (
        "en",
        "what did i play the day befoah yestiddy",
        "what did i play the day before yesterday",
    ),
    ("en", "total plays this month kid, the whole shebang", "total plays this month"),
    ("en", "octobah fifth what did i play", "on october fifth what did i play"),
    ("en", "genesis come on at all yesterday", "did genesis come on at all yesterday"),
    (
        "en",
        "wicked quick one, how long did i listen this week",
        "how long did i listen this week",
    ),
    (
        "en",
        "who'd i discovah last yeah that i nevah heard befoah",
        "who did i discover last year that i never heard before",
    ),
    # Newfoundland.
    ("en", "luh what did i play last night", "what did i play last night"),
    (
        "en",
        "yes b'y how many times did i play queen",
        "how many times did i play queen",
    ),
    (
        "en",
        "how many songs did I play this week me son",
        "how many songs did I play this week",
    ),
    (
        "en",
        "how many songs was I at yesterday",
        "how many songs did I play yesterday",
    ),
    (
        "en",
        "when am I usually at the music",
        "when am I usually listening to the music",
    ),
    (
        "en",
        "describe the sort of music I goes for",
        "describe the sort of music I go for",
    ),
    (
        "en",
        "how long did I listen to altogether this month",
        "how long did I listen altogether this month",
    ),
    (
        "en",
        "justice, when did they first show up for me",
        "justice, when did they first show up",
    ),
    # Yorkshire.
    (
        "en",
        "which talkin' programme did I have on most this year",
        "which talking programme did I have on most this year",
    ),
    ("en", "how were us September for music", "how was my September for music"),
    # A mumbler.
    (
        "en",
        "uh what were my like five most played artists... this year",
        "what were my five most played artists this year",
    ),
    ("en", "what artist do i like... play most", "what artist do i play most"),
    (
        "en",
        "how many episodes of stuff did i hear last month",
        "how many episodes did i hear last month",
    ),
    (
        "en",
        "how many times did i play the the sexy whatsit... boy",
        "how many times did i play the sexy boy",
    ),
    (
        "en",
        "um what was the the music last night",
        "what music was playing last night",
    ),
    ("en", "queen when did i last play queen y'know", "when did i last play queen"),
    (
        "en",
        "uh the first song... the first song i played today what was it",
        "the first song i played today what was it",
    ),
    (
        "en",
        "first song i played this week um like the very first",
        "first song i played this week",
    ),
    (
        "en",
        "the song i keep skipping y'know what is it um",
        "the song i keep skipping what is it",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "did i have any justice on yestiddy",
        "did i have any justice on yesterday",
        "en",
    ),
    (
        "which artist did i play most last yeah",
        "which artist did i play most last year",
        "en",
    ),
    (
        "what was i listenin to yestiddy mornin",
        "what was i listening to yesterday morning",
        "en",
    ),
    (
        "numbah of artists ovah the last month",
        "number of artists over the last month",
        "en",
    ),
    ("hours listenin since octobah", "how many hours did i listen since october", "en"),
    (
        "luh give me me top five songs this year",
        "give me my top five songs this year",
        "en",
    ),
    (
        "how many songs did I skip this month me son",
        "how many songs did I skip this month",
        "en",
    ),
    (
        "when did I first 'ave Genesis on",
        "when did I first have Genesis on",
        "en",
    ),
    ("how were us September for music", "how was my September for music", "en"),
    (
        "how many episodes of stuff did i get through last month",
        "how many episodes did i get through last month",
        "en",
    ),
    (
        "hmm justice when did i last have justice on y'know",
        "when did i last have justice on",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("wicked quick, turn on the kitchen lights", "en"),
    ("what's the weathah like yestiddy", "en"),
    ("luh, turn the music up", "en"),
    ("wrap up the timer", "en"),
    ("any rain last summah or nah", "en"),
)

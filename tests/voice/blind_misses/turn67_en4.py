"""Issue 45's sixty-sixth turn, English: blind writer 443, a Spanish-speaking Texan.

Spanglish: Spanish question words, nouns, the first and last, and times
said inside English ("cuántas veces did I play X this month", "top three
artistas since march", "qué escuché this morning", "la última canción on
november third", "how many songs did I play ayer", "oye ..."). Three were
wrong facts: "artistas" was left unread and the top songs answered, and
"cuántas veces" was dropped as an aside, so whether X played was answered
for a count; "entre semana o el fin de semana" answered a ranking.
`parse.code_switch` turns the Spanish into English as it does German, and
the net catches the phrases (`switch_es`).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "cuántas veces did I play Genesis last week",
        "how many times did I play Genesis last week",
    ),
    (
        "en",
        "cuántos artistas diferentes this year",
        "how many different artists this year",
    ),
    (
        "en",
        "qué escuché yesterday afternoon",
        "what did I listen to yesterday afternoon",
    ),
    ("en", "top five artistas since october", "top five artists since october"),
    ("en", "la primera canción last monday", "the first song last monday"),
    ("en", "oye cuánto tiempo did I listen today", "how long did I listen today"),
    (
        "en",
        "entre semana o el fin de semana, when do we play more songs",
        "on weekdays or on weekends, when do we play more songs",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "cuántas veces did I play Sexy Boy this year",
        "how many times did I play Sexy Boy this year",
        "en",
    ),
    ("top three artistas this month", "top three artists this month", "en"),
    ("qué puse last night", "what did I put on last night", "en"),
    (
        "la última vez que escuché Justice, when was that",
        "when did I last listen to Justice",
        "en",
    ),
    ("how many songs did I play ayer", "how many songs did I play yesterday", "en"),
    (
        "dime my three most played artists this year",
        "tell me my three most played artists this year",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("play canciones by Shakira", "en"),
    ("oye turn on the kitchen light", "en"),
)

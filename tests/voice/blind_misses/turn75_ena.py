"""Issue 45's seventy-third turn, blind round twelve: Dublin, a Texan trucker, Johannesburg.

A Dublin pub regular (494) says a recent past with "after": "what album was
I after wearing out this summer" asked nothing Encore knew, and "I'm after
hearing Digital Love the other day, when was that exactly" went unheard.
He points at a name with "yer man" (", yer man Daft Punk's one"), which had
been read into the song's name: the month was lost and asked back.

A Texan long-haul trucker (495) dictates over road noise: his radio's sign
off lost its comma ("... the last thirty days over") or was a bare ",
copy", each read as a name ("I found nothing called over"); "breaker"
alone opened the question and was read as a name; "this here year" left
the year unread (asked back); "that cafe tacuba fella" was searched as a
name with "fella" in it.

A Johannesburg speaker (496) opens with "yoh" (read as a name) and praises
with "lekker" ("which lekker song", a narrowing no family can answer).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # The Dubliner (494).
    (
        "en",
        "what album was I after wearing out this summer",
        "what album did I play the most this summer",
    ),
    (
        "en",
        "how many times was One More Time on last month, yer man Daft Punk's one",
        "how many times did I play One More Time by Daft Punk last month",
    ),
    (
        "en",
        "I'm after hearing Digital Love the other day, when was that exactly",
        "when did I last hear Digital Love",
    ),
    (
        "en",
        "I'm after playing Around the World ages ago, when was that",
        "when did I last hear Around the World",
    ),
    (
        "en",
        "how many songs am I after playing today",
        "how many songs did I play today",
    ),
    (
        "en",
        "did I play yer man Ed Sheeran yesterday",
        "did I play Ed Sheeran yesterday",
    ),
    # The trucker (495).
    (
        "en",
        "breaker breaker, who's my number one artist this here year, over",
        "who's my number one artist this year",
    ),
    (
        "en",
        "what album I been wearin' plumb out this year",
        "what album did I play the most this year",
    ),
    ("en", "how many songs I played today, copy", "how many songs did I play today"),
    (
        "en",
        "how many plays total the last thirty days over",
        "how many plays did I have the last thirty days",
    ),
    (
        "en",
        "how many songs this here week copy that",
        "how many songs did I play this week",
    ),
    (
        "en",
        "I play that cafe tacuba fella this summer",
        "did I play cafe tacuba this summer",
    ),
    (
        "en",
        "breaker I hear any willie nelson last week",
        "did I hear any willie nelson last week",
    ),
    (
        "en",
        "last song I played saturday, copy",
        "what was the last song I played saturday",
    ),
    (
        "en",
        "which track I'm always hittin' next on",
        "which track do I skip the most",
    ),
    ("en", "what song I can't stop playin'", "what song can't I stop playing"),
    (
        "en",
        "how many episodes I run through this month",
        "how many episodes did I play this month",
    ),
    (
        "en",
        "that genesis song by justice, when it first turn up",
        "when did I first play the song genesis by justice",
    ),
    # The Johannesburg speaker (496).
    (
        "en",
        "which lekker song did I have on the most in October",
        "which song did I play the most in October",
    ),
    (
        "en",
        "yoh how many songs did I play in total last year",
        "how many songs did I play last year",
    ),
    (
        "en",
        "eish, who was my top artist this month",
        "who was my top artist this month",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "what album was I after wearing out this summer",
        "what album did I play the most this summer",
        "en",
    ),
    (
        "breaker breaker, who's my number one artist this here year, over",
        "who is my top 1 artist this year",
        "en",
    ),
    ("how many songs I played today, copy", "how many songs did I play today", "en"),
    (
        "how many plays total the last thirty days over",
        "how many plays did I have the last thirty days",
        "en",
    ),
    (
        "I play that cafe tacuba fella this summer",
        "did I play cafe tacuba this summer",
        "en",
    ),
    (
        "last song I played saturday, copy",
        "what was the last song I played saturday",
        "en",
    ),
    (
        "which lekker song did I have on the most in October",
        "which song did I play the most in October",
        "en",
    ),
    (
        "yoh how many songs did I play in total last year",
        "how many songs did I play last year",
        "en",
    ),
    (
        "I'm after hearing Digital Love the other day, when was that exactly",
        "when did I last hear Digital Love",
        "en",
    ),
    (
        "which track I'm always hittin' next on",
        "which track do I skip the most",
        "en",
    ),
    ("what song I can't stop playin'", "what song can't I stop playing", "en"),
    (
        "how many episodes I run through this month",
        "how many episodes did I play this month",
        "en",
    ),
    (
        "that genesis song by justice, when it first turn up",
        "when did I first play the song genesis by justice",
        "en",
    ),
    (
        "what song started things off november third",
        "what was the first song on november third",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("breaker breaker, play some willie nelson in the cab", "en"),
    ("yoh, turn it up", "en"),
    ("what's playing, copy", "en"),
    ("skip to the next track", "en"),
    ("what song is this", "en"),
    ("turn it up when it first comes on", "en"),
)

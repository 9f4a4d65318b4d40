"""Issue 45's seventy-second turn, helper ena: Pidgin, Hebrew habits, Appalachia.

Blind writer 487 spoke Hawai'i Pidgin: "what song I wen play choke times
dis month" ("choke": lots) was answered with the month's plays, and "I one
morning listener or one night owl kine" read "one morning" as at one pm:
two wrong facts; "one more time by daft punk, how many plays dat get da
last thirty days" counted every play, a third. "Choke plays dis year o
what, how many get" (a count said first), "I replay da same songs choke"
and "I play more music on da weekend o during da week" (questions said as
statements, "o" for or), and "what I wen wake up to today" reached nothing.

Blind writer 488 spoke English with Hebrew habits: "yalla", "achi",
"walla", "nu" before the question ("walla how many tracks we played on
saturday" was the plays of one named "walla"), "what is with the daily,
when I heard it last time" (what about: answered with the last play of
anything, a wrong fact), and the thing first, the question after ("the song
of this summer for me, what it was").

Blind writer 490 spoke Appalachian English: "that'n" for a song named
first, "whatcha got for", "mornin'", "who'd I find new", closing remarks
("..., I been all over the holler and plumb forgot") read as names, and a
filler between a day and its clock time ("last Friday right at noon"): the
day was dropped, the time alone read.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "I one morning listener or one night owl kine",
        "am I a morning listener or a night owl",
    ),
    ("en", "I stay one night owl o what", "am I a night owl"),
    ("en", "I one early bird kine", "am I an early bird"),
    (
        "en",
        "what song I wen play choke times dis week",
        "what song did I play the most this week",
    ),
    (
        "en",
        "genesis by justice, how many plays dat get dis month",
        "how many plays did genesis by justice get this month",
    ),
    ("en", "choke songs dis week, how many get", "how many songs did I have this week"),
    (
        "en",
        "nu, what is with queen, when I played them last time",
        "when did I last play queen",
    ),
    (
        "en",
        "the album of this year for me, what it was",
        "what was my album of this year",
    ),
    (
        "en",
        "yalla how many hours I listened out of all this week",
        "how many hours did I listen this week",
    ),
    (
        "en",
        "Bohemian Rhapsody, did I play that'n this past Sunday",
        "did I play Bohemian Rhapsody this past Sunday",
    ),
    (
        "en",
        "yesterday right around nine what was playin'",
        "what was playing yesterday at around nine",
    ),
    (
        "en",
        "who'd we find new this year, anybody we never heard of before",
        "which new artists did we find this year",
    ),
    (
        "en",
        "last Friday right at noon what song was playin'",
        "what song was playing last Friday at noon",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "what song I wen play choke times dis month",
        "what song did I play the most this month",
        "en",
    ),
    (
        "choke plays dis year o what, how many get",
        "how many plays did I have this year",
        "en",
    ),
    (
        "one more time by daft punk, how many plays dat get da last thirty days",
        "how many plays did one more time by daft punk get in the last thirty days",
        "en",
    ),
    ("I replay da same songs choke or what", "do I replay the same songs a lot", "en"),
    ("what I wen wake up to today", "what did I wake up to today", "en"),
    (
        "I play more music on da weekend o during da week",
        "do I play more music on the weekend or during the week",
        "en",
    ),
    (
        "achi who I am obsessed with lately, which band",
        "who am I obsessed with lately",
        "en",
    ),
    (
        "the song of this summer for me, what it was",
        "what was my song of this summer",
        "en",
    ),
    ("yalla the top ten tracks of last year", "my top ten tracks of last year", "en"),
    (
        "walla how many tracks we played on saturday",
        "how many tracks did we play on saturday",
        "en",
    ),
    ("achi any daft punk in the last week", "did I play any daft punk last week", "en"),
    ("nu what was on this morning", "what was on this morning", "en"),
    (
        "yesterday like eight o'clock in the evening what was playing in the kitchen",
        "what was playing yesterday at eight in the evening in the kitchen",
        "en",
    ),
    (
        "I found someone new since two weeks?",
        "did I find someone new in the last two weeks",
        "en",
    ),
    (
        "how many songs I skipped out of all this month",
        "how many songs did I skip this month",
        "en",
    ),
    (
        "what is with the daily, when I heard it last time",
        "when did I last hear the daily",
        "en",
    ),
    ("yalla give me recap of october", "give me a recap of october", "en"),
    (
        "whatcha got for the song I been playin' most the last thirty days",
        "what song did I play most in the last thirty days",
        "en",
    ),
    (
        "Don't Stop Me Now, did I hear that'n on Saturday",
        "did I hear Don't Stop Me Now on Saturday",
        "en",
    ),
    (
        "what was a-playin' this mornin' about half past eight",
        "what was playing this morning at half past eight",
        "en",
    ),
    (
        "last Friday right at noon what song was playin'",
        "what song was playing last Friday at noon",
        "en",
    ),
    (
        "you might could tell me what kind of music I'm partial to",
        "what kind of music am I partial to",
        "en",
    ),
    (
        "who'd I find new last summer, anybody I never heard before",
        "which new artists did I find last summer",
        "en",
    ),
    (
        "fill me in on last month, I been all over the holler and plumb forgot",
        "fill me in on last month",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("yalla play some daft punk in the kitchen", "en"),
    ("achi turn up the volume", "en"),
    ("walla what's playing", "en"),
    ("play Choke in the kitchen", "en"),
    ("whatcha got for dinner", "en"),
)

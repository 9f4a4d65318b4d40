"""Issue 45's seventy-fifth turn (blind round fourteen): writer 510, a Cajun.

Writer 510, a Cajun from south Louisiana, says "how much time" for how
many times: "how much time I done heard dat dance song by Justice", "Daft
Punk, how much time dey got played in de kitchen last week" and "how much
time I listened to de Daily since Monday" had been answered with the
listening time (of today, last week, since Monday), a wrong fact: the plays
of one name were asked. He says the question last, after what it points at
("dat band I been obsessed with lately, who dat is", "dat tune I always be
skippin, which one dat is", "dat song I can't stop playin, which one dat
is"), "me, I" before himself ("me, I'm more of a mornin listener or a night
one"), "you know if I put on X" for did I play X, "had any Justice on Friday
gone?" with no listener, a weekend spelled out again by its days ("last
weekend, Saturday and Sunday gone": read as a name "weekend, Saturday and"),
"de last little while" for lately (asked back), "I be replayin" for a habit
and "how my listenin been goin" for a recap. Home Assistant had taken "de
most" and "Sexy Boy de day before yesterday" for areas; six of them reached
no sentence at all.

Mended in `parse/cajun_again_en.py` (read first of `said_as_written_en`,
only in a sentence with his Cajun marks) and a few net sentences in
`sentences/en.yaml`. "How much time did I spend listening" of anyone's
English stays a listening time.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "dat band I been obsessed with lately, who dat is",
        "which band have I been obsessed with lately",
    ),
    (
        "en",
        "how many tings I played last weekend, Saturday and Sunday gone",
        "how many things did I play last weekend",
    ),
    (
        "en",
        "how much time I done heard dat dance song by Justice",
        "how many times did I hear that dance song by Justice",
    ),
    (
        "en",
        "how much time I listened to de Daily since Monday",
        "how many times did I listen to the Daily since Monday",
    ),
    (
        "en",
        "you know if I put on Sexy Boy de day before yesterday",
        "did I play Sexy Boy the day before yesterday",
    ),
    ("en", "had any Justice on Friday gone?", "did I play any Justice last Friday"),
    (
        "en",
        "dat tune I always be skippin, which one dat is",
        "which tune do I always keep skipping",
    ),
    (
        "en",
        "what I been playin over and over de last little while",
        "what have I been playing over and over lately",
    ),
    (
        "en",
        "tell me how my listenin been goin",
        "tell me how my listening has been going",
    ),
    (
        "en",
        "me, I'm more of a mornin listener or a night one",
        "am I more of a morning listener or a night one",
    ),
    (
        "en",
        "how much time I done played Sexy Boy dis week, cher",
        "how many times did I play Sexy Boy this week",
    ),
    (
        "en",
        "how much time did I spend listening this week",
        "how long did I listen this week",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "dat band I been obsessed with lately, who dat is",
        "which band have I been obsessed with lately",
        "en",
    ),
    (
        "de last seven days who I had on de most",
        "who did I listen to the most in the last seven days",
        "en",
    ),
    (
        "how many tings I played last weekend, Saturday and Sunday gone",
        "how many plays did I have last weekend",
        "en",
    ),
    (
        "how much time I done heard dat dance song by Justice",
        "how many times did I play D.A.N.C.E. by Justice",
        "en",
    ),
    (
        "how much time I listened to de Daily since Monday",
        "how many times did I play The Daily since Monday",
        "en",
    ),
    (
        "you know if I put on Sexy Boy de day before yesterday",
        "did I play Sexy Boy the day before yesterday",
        "en",
    ),
    ("had any Justice on Friday gone?", "did I play Justice last Friday", "en"),
    (
        "when I usually got somethin goin, what hour and what day",
        "when do I usually listen",
        "en",
    ),
    ("how much I be replayin de same ol tings", "what is my repeat rate", "en"),
    (
        "dat tune I always be skippin, which one dat is",
        "which song do I skip the most",
        "en",
    ),
    (
        "dat song I can't stop playin, which one dat is",
        "which song can't I stop playing",
        "en",
    ),
    (
        "tell me how my listenin been goin",
        "how was my listening this month",
        "en",
    ),
    (
        "me, I'm more of a mornin listener or a night one",
        "am I more of a morning listener or a night one",
        "en",
    ),
    (
        "dat album I had on de most in August, which one dat is",
        "which album did I listen to the most in August",
        "en",
    ),
    (
        "you know if we had on de Daily yesterday",
        "did we listen to The Daily yesterday",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("dat light, which one dat is", "en"),
    ("how much time I got left on the timer", "en"),
    ("how much time dey got left on de oven", "en"),
    ("dat song playin now, which one dat is", "en"),
    ("me, I want some Daft Punk in de kitchen", "en"),
    ("you know if I put on the lights yesterday", "en"),
    ("mais play some Zachary Richard in de kitchen, cher", "en"),
)

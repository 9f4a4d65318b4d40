"""Issue 45's seventy-third turn (blind round twelve): writers 497 and 498.

Writer 497, a Spanish speaker at B1, kept Spanish order and verbs: "what
artist I am listening more actually, these days" (¿qué artista estoy
escuchando más actualmente?) was answered as what played lately, a WRONG
FACT; "the last time I put around the world, when was" looked for a name
"put world"; "which is my hour of more listening" (mi hora de más
escucha), "the group that more I pass without listening, who is" (pasar:
skip), "percentage of jumped songs" (saltar: skip), "what I put the 3 of
november" (el 3 de noviembre), "last thing that I put, what song was",
"the song of these days that I put again and again, which is", "of the
podcasts, which one was my favourite in twenty twenty five" and "some new
group that I heard in the last summer for the first time" were not
understood, most of them handed to Home Assistant ("no area called ...").
`parse/spanish_b1_en.py` reads them, and the net hears the question word
said last.

Writer 498, a polite grandmother from Surrey: "When did I last play the
chap who sings Bohemian Rhapsody?" answered the song's last play, a WRONG
FACT (the chap is Queen): a singer named by a song is said back now
(`parse/narrowed.py`), never answered as the song. "Could you count up for
me how many tunes I've had on so far today?" looked for a name "up";
"Twenty? Thirty? However many songs ...?" was whether something played,
its guesses a year "2030"; "how many times I've had X on since Monday. It
does put a spring in one's step." was declined for its "step" and its
"spring" was a season not read; "whether I had Justice on the day before
yesterday. Did I, dear?" was not understood; "that news podcast" looked
for a name "news"; "five and twenty past five" (5:25) was read as twenty
past five by a learner's "at five and twenty" and asked back
(`parse/surrey_grandmother_en.py`).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "what artist I am listening more actually, these days",
        "which artist did I listen to most lately",
    ),
    (
        "en",
        "what song I am listening more these days",
        "which song did I listen to most lately",
    ),
    ("en", "which is my hour of more listening", "at what hour do I usually listen"),
    ("en", "which is the hour that I listen more", "at what hour do I usually listen"),
    ("en", "which is my day of more listening", "at what day do I usually listen"),
    (
        "en",
        "percentage of jumped songs this year",
        "what percentage of songs did I skip this year",
    ),
    (
        "en",
        "the last time I put around the world, when was",
        "when did I last play around the world",
    ),
    ("en", "the first time I put eres, when was", "when did I first play eres"),
    (
        "en",
        "the group that more I pass without listening, who is",
        "which artist do I skip the most",
    ),
    (
        "en",
        "the song that more I pass without listening, which is",
        "which song do I skip the most",
    ),
    ("en", "what I put the 3 of november", "what did I play on November 3"),
    ("en", "what I put the 14 of november", "what did I play on November 14"),
    (
        "en",
        "how many times I listened something this morning",
        "how many plays this morning",
    ),
    (
        "en",
        "some new group that I heard in the last summer for the first time",
        "which new artists did I discover last summer",
    ),
    (
        "en",
        "Could you count up for me how many tunes I've had on so far today?",
        "how many songs did I play today",
    ),
    (
        "en",
        "Would you count up for me how many songs I've had on this week?",
        "how many songs did I play this week",
    ),
    (
        "en",
        "Twenty? Thirty? However many songs did I play on Saturday, would you say?",
        "how many songs did I play on Saturday",
    ),
    (
        "en",
        "How many episodes of that news podcast did I get through in September?",
        "how many podcast episodes did I play in September",
    ),
    (
        "en",
        "I can't for the life of me remember whether I had Justice on the day before yesterday. Did I, dear?",
        "did I play Justice the day before yesterday",
    ),
    (
        "en",
        "I was wondering whether I had Air on yesterday. Did I, love?",
        "did I play Air yesterday",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "what artist I am listening more actually, these days",
        "who did I listen to most lately",
        "en",
    ),
    (
        "of the podcasts, which one was my favourite in twenty twenty five",
        "which podcast did I listen to most in 2025",
        "en",
    ),
    ("what I put the 3 of november", "what did I play on November 3", "en"),
    (
        "some new group that I heard in the last summer for the first time",
        "which new artists did I discover last summer",
        "en",
    ),
    (
        "percentage of jumped songs this year",
        "what percentage of songs did I skip this year",
        "en",
    ),
    ("last thing that I put, what song was", "what was the last song I played", "en"),
    (
        "the group that more I pass without listening, who is",
        "which artist do I skip the most",
        "en",
    ),
    (
        "the song of these days that I put again and again, which is",
        "what song do I have on repeat",
        "en",
    ),
    (
        "Twenty? Thirty? However many songs did I play on Saturday, would you say?",
        "how many songs did I play on Saturday",
        "en",
    ),
    (
        "I was wondering how many times I've had Don't Stop Me Now on since Monday. It does put a spring in one's step.",
        "how many times did I play Don't Stop Me Now since Monday",
        "en",
    ),
    (
        "I can't for the life of me remember whether I had Justice on the day before yesterday. Did I, dear?",
        "did I play Justice the day before yesterday",
        "en",
    ),
    (
        "This afternoon at five and twenty past five, what was playing? Forgive me, that's how we used to say it.",
        "what was playing at 5:25 this afternoon",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("what is sounding actually in the kitchen", "en"),
    ("put the album discovery", "en"),
    ("what am I listening actually", "en"),
    ("how many steps did I do today", "en"),
    ("could you count up to ten for me", "en"),
    ("the song that is playing, which is", "en"),
)

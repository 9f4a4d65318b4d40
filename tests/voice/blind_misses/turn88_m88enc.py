"""Issue 45's eighty-sixth turn (blind round twenty-five): a valleys miner and a Lagos developer.

Blind writer 577, a retired Welsh valleys miner, asks and then guesses his
own answer or tags the question ("Which day of the week is it I listen the
most? Sunday, is it?", "Number one for the last three months, Queen it is,
isn't it? Or them Daft Punk boys?"), says the thing first and who after
("Obsessed with somebody I am lately, the wife reckons. Who is it then?"),
the kind and time first ("Podcast episodes this week, how many have I
listened to, do you know?"), a song and then its artist ("Had that One More
Time on this week, have I? The Daft Punk one."), "Skip a lot, do I? Last
month like.", "Same old songs again and again this year, is it? How much am
I repeating?", "The Daily, when was it I first had it on?" and "Max Boyce,
have I played him at all this year?" ("played Max" was read as played the
most: his top songs, a wrong fact). Four were
answered with a wrong fact (Sunday's peak hour, the top songs for his
number one and for who he is obsessed with); the rest reached no sentence
or a device. Read now by `parse/valleys_miner_en.py` (on his marks: "butt",
"by there", "the wife", "isn't it", ", is it", ", have I?", "do you know",
a closing "like"); "skip a lot, do I" is no command (`elsewhere.py`), and
`en.yaml`'s net hears his tagged and name-first questions.

Blind writer 575, a Lagos software developer, says "e reach how many times
wey I play X" (how many times: "e reach" was the name), "Air, I hear them at
all this week abi?", "the song wey dey play around eight this morning, which
one", "since October who be the new people wey enter my history", "which
song start my day today", "the track wey I no fit stand, the one I skip the
most" and "on Saturday for the kitchen, how many things play". Read now by
`parse/lagos_developer_en.py` (on his Pidgin marks), and heard by the net.
The rows after theirs are the same shapes said another way. His "Number
one ..., Queen it is, isn't it?" is read (`READ`) and answered with the one
artist, where the plain question's sentence names the next two as well, so
it has no `ANSWERED` row.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # His own.
    (
        "en",
        "Obsessed with somebody I am lately, the wife reckons. Who is it then?",
        "who have I been obsessed with lately",
    ),
    (
        "en",
        "Number one for the last three months, Queen it is, isn't it? Or them Daft Punk boys?",
        "who is my number one artist for the last three months",
    ),
    (
        "en",
        "Podcast episodes this week, how many have I listened to, do you know?",
        "how many podcast episodes have I listened to this week",
    ),
    (
        "en",
        "Which day of the week is it I listen the most? Sunday, is it?",
        "which day of the week do I listen the most",
    ),
    (
        "en",
        "Had that One More Time on this week, have I? The Daft Punk one.",
        "have I had One More Time by Daft Punk on this week",
    ),
    (
        "en",
        "Same old songs again and again this year, is it? How much am I repeating?",
        "how much am I repeating the same songs this year",
    ),
    ("en", "Skip a lot, do I? Last month like.", "do I skip a lot last month"),
    (
        "en",
        "Max Boyce, have I played him at all this year?",
        "have I had Max Boyce on this year",
    ),
    # His, said another way.
    (
        "en",
        "Mad about someone I've been this month, the wife says. Who is it?",
        "who have I been obsessed with this month",
    ),
    (
        "en",
        "Songs last week, how many did I play, do you know?",
        "how many songs have I listened to last week",
    ),
    (
        "en",
        "What time of day do I listen the most? Evenings, is it?",
        "what time of day do I listen the most",
    ),
    (
        "en",
        "Had that Genesis on last week, did I? The Justice one.",
        "have I had Genesis by Justice on last week",
    ),
    (
        "en",
        "Same old tunes over and over lately, isn't it? How much have I been repeating?",
        "how much have I been repeating the same tunes lately",
    ),
    # The Lagos developer's own.
    (
        "en",
        "e reach how many times wey I play that phantom by justice since march",
        "how many times did I play phantom by justice since march",
    ),
    ("en", "Air, I hear them at all this week abi?", "did I play Air this week"),
    (
        "en",
        "since October who be the new people wey enter my history",
        "since October who are the new artists I discovered",
    ),
    (
        "en",
        "the track wey I no fit stand, the one I skip the most",
        "which track do I skip the most",
    ),
    (
        "en",
        "on Saturday for the kitchen, how many things play",
        "how many plays on Saturday in the kitchen",
    ),
    # His, said another way.
    (
        "en",
        "e don reach how many times wey I play Genesis this month",
        "how many times did I play Genesis this month",
    ),
    (
        "en",
        "Daft Punk, I hear them at all last week abi?",
        "did I play Daft Punk last week",
    ),
    (
        "en",
        "who be the fresh faces wey enter my playlist this year",
        "who are the new artists I discovered this year",
    ),
    (
        "en",
        "the artist wey I no fit stand, the one I skip pass",
        "which artist do I skip the most",
    ),
    ("en", "how many things play yesterday", "how many plays yesterday"),
)

ANSWERED: tuple[Answered, ...] = (
    # Theirs, which reached a device, an area, no sentence or the wrong answer.
    (
        "Obsessed with somebody I am lately, the wife reckons. Who is it then?",
        "who have I been obsessed with lately",
        "en",
    ),
    (
        "Podcast episodes this week, how many have I listened to, do you know?",
        "how many podcast episodes have I listened to this week",
        "en",
    ),
    (
        "Which day of the week is it I listen the most? Sunday, is it?",
        "which day of the week do I listen the most",
        "en",
    ),
    (
        "Had that One More Time on this week, have I? The Daft Punk one.",
        "have I had One More Time by Daft Punk on this week",
        "en",
    ),
    ("Skip a lot, do I? Last month like.", "do I skip a lot last month", "en"),
    (
        "Same old songs again and again this year, is it? How much am I repeating?",
        "how much am I repeating the same songs this year",
        "en",
    ),
    (
        "The Daily, when was it I first had it on?",
        "when did I first play The Daily",
        "en",
    ),
    (
        "e reach how many times wey I play that phantom by justice since march",
        "how many times did I play phantom by justice since march",
        "en",
    ),
    ("Air, I hear them at all this week abi?", "did I play Air this week", "en"),
    (
        "the song wey dey play around eight this morning, which one",
        "what song was playing around eight this morning",
        "en",
    ),
    (
        "since October who be the new people wey enter my history",
        "who are the new artists I discovered since October",
        "en",
    ),
    ("which song start my day today", "what was the first song I played today", "en"),
    (
        "the track wey I no fit stand, the one I skip the most",
        "which track do I skip the most",
        "en",
    ),
    (
        "on Saturday for the kitchen, how many things play",
        "how many plays on Saturday in the kitchen",
        "en",
    ),
    # The same shapes said another way.
    ("Genesis, when was it I last had it on?", "when did I last play Genesis", "en"),
    ("Skipping a lot lately, am I?", "do I skip a lot lately", "en"),
    (
        "Had that Genesis on last week, did I? The Justice one.",
        "have I had Genesis by Justice on last week",
        "en",
    ),
    (
        "Daft Punk, I hear them at all last week abi?",
        "did I play Daft Punk last week",
        "en",
    ),
    (
        "who be the fresh faces wey enter my playlist this year",
        "who are the new artists I discovered this year",
        "en",
    ),
    (
        "which song end my day yesterday",
        "what was the last song I played yesterday",
        "en",
    ),
    (
        "the tune wey dey play at ten last night, which one",
        "what song was playing at ten last night",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("turn the kitchen light on", "en"),
    ("the light's on, is it?", "en"),
    ("skip this song", "en"),
    ("skip a lot of songs", "en"),
    ("play the same old songs again", "en"),
    ("what I am listening right now", "en"),
    ("I am sure I've heard it", "en"),
)

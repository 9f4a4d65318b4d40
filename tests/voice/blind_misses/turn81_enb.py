"""Issue 45's seventy-ninth turn (blind round eighteen): a chatty Cork grandmother.

Blind writer 534, a grandmother from Cork, tells what the grandchildren
did or said before she asks, in a sentence of its own, and remarks after
the question. A visit with its day said only in the story ("Yesterday
evening Saoirse was here doing her Irish homework and I had something on
in the background. What was I listening to?") was answered whether
"homework" played (a wrong fact); Irish English's cleft ("What song was it
I played first on Saturday?", "Is it the afternoons or the mornings I have
more on?") kept the story, its "it" taken to point back into it; a song
said first with a grandchild's remark ("Sexy Boy by Air, Saoirse thinks
the name is gas. How often did I play it ...?") or "the X one" beside it
("..., how many plays did that get") lost the song; ", sure it must be
hundreds" was read as a name, and ", so I can prove her wrong" kept a
story whose "about four singers" was taken for a clock. After a
grandchild's remark, her taste and the cleft comparing parts of the day
had gone to Home Assistant ("no area called ..."): two net sentences take
them. `cork_grandmother_en` reads them, first of `said_as_written_en` after
the Astoria diner, and before the clock check of `utterance.unread_clock`.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "how many things did I play altogether in 2025, sure it must be hundreds",
        "how many things did I play altogether in 2025",
    ),
    (
        "en",
        "how many songs did I play last week, sure it was loads",
        "how many songs did I play last week",
    ),
    (
        "en",
        "Sexy Boy by Air, Saoirse thinks the name is gas. How often did I play it over the last three months?",
        "How often did I play Sexy Boy by Air over the last three months?",
    ),
    (
        "en",
        "Bohemian Rhapsody by Queen, Darragh thinks it's very long. How many times did I play it this month?",
        "How many times did I play Bohemian Rhapsody by Queen this month?",
    ),
    (
        "en",
        "around the world, the daft punk one, how many plays did that get since march",
        "how many times did I play around the world by daft punk since march",
    ),
    (
        "en",
        "digital love, the daft punk one, how many plays did that get this year",
        "how many times did I play digital love by daft punk this year",
    ),
    (
        "en",
        "Yesterday evening Saoirse was here doing her Irish homework and I had something on in the background. What was I listening to?",
        "What was I listening to yesterday evening?",
    ),
    (
        "en",
        "Seán was round on Sunday and we had the music going all afternoon. What was I listening to?",
        "What was I listening to on Sunday?",
    ),
    (
        "en",
        "The grandchildren were over Saturday and I put a song on for them first thing. What song was it I played first on Saturday?",
        "What song did I play first on Saturday?",
    ),
    (
        "en",
        "Oisín says I'm up with the lark. Is it the afternoons or the mornings I have more on?",
        "Do I have more on in the afternoons or the mornings?",
    ),
    (
        "en",
        "Ciarán says I'm a night owl. Is it the evenings or the mornings I have more on?",
        "Do I have more on in the evenings or the mornings?",
    ),
    (
        "en",
        "Aoife says I've only about four singers I listen to. How many different artists did I listen to this year, so I can prove her wrong?",
        "How many different artists did I listen to this year?",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Yesterday evening Saoirse was here doing her Irish homework and I had something on in the background. What was I listening to?",
        "what was I listening to yesterday evening",
        "en",
    ),
    (
        "Darragh says I've the taste of a teenager, the cheek of him. What sort of stuff do I like?",
        "what sort of stuff do I like",
        "en",
    ),
    (
        "Niamh says I've the ears of an old woman, God help me. What kind of music do I like?",
        "what kind of music do I like",
        "en",
    ),
    (
        "Oisín says I'm up with the lark. Is it the afternoons or the mornings I have more on?",
        "do I listen more in the afternoons or the mornings",
        "en",
    ),
    (
        "Aoife says I've only about four singers I listen to. How many different artists did I listen to this year, so I can prove her wrong?",
        "how many different artists did I listen to this year",
        "en",
    ),
    (
        "How many different bands did I play this month, so I can prove him wrong?",
        "how many different artists did I listen to this month",
        "en",
    ),
    (
        "The grandchildren were over Saturday and I put a song on for them first thing. What song was it I played first on Saturday?",
        "what song did I play first on Saturday",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("turn on the lights in the kitchen, sure it's dark", "en"),
    ("play Sexy Boy by Air in the kitchen", "en"),
    ("what is playing now", "en"),
    ("Saoirse says it's too loud. Turn down the kitchen speaker", "en"),
)

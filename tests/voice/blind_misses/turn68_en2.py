"""Issue 45's sixty-sixth turn, English: blind writers 448 and 449.

A Filipino speaker (writer 448) asked in Taglish, Tagalog and English in
one breath: "did i listen to queen kahapon" (yesterday, left in the name:
the whole history answered, a wrong fact), "ilang beses ko pinatugtog yung
X this month", "gaano katagal ako nakinig kahapon", "nakinig ba ako ng X",
"kailan ko unang narinig yung X", "top three artists ko", "ano yung
tumutugtog kahapon mga quarter to eight", "mas nakikinig ba ako sa umaga
or sa gabi"; almost none reached Encore (`parse.taglish_en`, net lines
"taglish"). A beginner in English (writer 449) said the period first and
the question word last: "last friday cafe tacuba i hear or no" (its last
play ever answered), "day before yesterday one more time by daft punk i
listen or not" (what played at one), "our home last month play how many
song" ("home" a name), "october first song i listen what" (what played on
the first of October), "monday to friday or saturday sunday, when i listen
more music" (Sunday's peak): wrong facts (`parse.beginner_order_en`).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Taglish.
    ("en", "did I play Air kahapon", "did I play Air yesterday"),
    (
        "en",
        "ilang beses ko pinatugtog yung Justice last month",
        "how many times did I play Justice last month",
    ),
    (
        "en",
        "ilang beses na Queen this week",
        "how many times did I play Queen this week",
    ),
    (
        "en",
        "gaano katagal ako nakinig ng music kagabi",
        "how long did I listen to music last night",
    ),
    ("en", "ilang oras ako nakinig this week", "how long did I listen this week"),
    ("en", "nakinig ba ako ng Air last week", "did I listen to Air last week"),
    ("en", "kailan ko unang narinig yung Daft Punk", "when did I first hear Daft Punk"),
    ("en", "kailan ko last pinatugtog si Justice", "when did I last play Justice"),
    ("en", "ano pinakinggan ko kahapon", "what did I listen to yesterday"),
    ("en", "top five songs ko this month", "my top five songs this month"),
    ("en", "ano yung first song ko yesterday", "what was my first song yesterday"),
    ("en", "huling kanta kahapon po", "what was my last song yesterday"),
    (
        "en",
        "ilang different songs ang napakinggan ko this month",
        "how many different songs did I listen to this month",
    ),
    (
        "en",
        "mas nakikinig ba ako pag weekdays kesa weekend",
        "do I listen more on weekdays or on weekends",
    ),
    (
        "en",
        "ano yung tumutugtog kagabi mga nine",
        "what was playing last night around nine",
    ),
    # A beginner's period first.
    ("en", "yesterday justice i hear or no", "did I hear justice yesterday"),
    (
        "en",
        "last tuesday discovery i listen or not",
        "did I listen to discovery last tuesday",
    ),
    (
        "en",
        "our house this week play how many song",
        "how many songs did we play this week",
    ),
    ("en", "september first song i play what", "what was my first song in september"),
    (
        "en",
        "last sunday last song i listen which one",
        "what was my last song last sunday",
    ),
    (
        "en",
        "saturday sunday or monday to friday, when i listen more",
        "do I listen more on weekends or weekdays",
    ),
    ("en", "october three what song i play", "what songs did I play on october third"),
    ("en", "this month music report please", "recap this month"),
    ("en", "continue listen how many day", "how many days in a row have I listened"),
)

ANSWERED: tuple[Answered, ...] = (
    ("did I listen to Queen kahapon", "did I listen to Queen yesterday", "en"),
    (
        "ilang beses ko pinatugtog yung Daft Punk this year",
        "how many times did I play Daft Punk this year",
        "en",
    ),
    (
        "gaano katagal ako nakinig ng music this week",
        "how long did I listen to music this week",
        "en",
    ),
    (
        "nakinig ba ako ng Justice this month",
        "did I listen to Justice this month",
        "en",
    ),
    ("kailan ko unang narinig yung Air", "when did I first hear Air", "en"),
    (
        "sino yung pinaka pinakinggan ko this month",
        "who did I listen to the most this month",
        "en",
    ),
    (
        "top album ko last summer, yung twenty twenty five pa",
        "my top album in the summer of 2025",
        "en",
    ),
    ("last friday justice i hear or no", "did I hear Justice last friday", "en"),
    (
        "day before yesterday queen i listen or not",
        "did I listen to Queen the day before yesterday",
        "en",
    ),
    (
        "our home this month play how many song",
        "how many songs did we play this month",
        "en",
    ),
    ("november first song i listen what", "what was my first song in november", "en"),
    (
        "monday to friday or saturday sunday, when i listen more music",
        "do I listen to more music on weekdays or weekends",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("what i listen right now", "en"),
    ("patugtugin mo yung Queen", "en"),
    ("ano yung tumutugtog ngayon", "en"),
)

"""Issue 45's seventy-third turn (blind round twelve): a blind listener who asks exactly.

Blind writer 500 uses only her voice and leaves no doubt in a question: a
week by a day in it ("in the week of the ninth of November", "the week
beginning Monday the sixteenth of November, up to now"), a day said again
by its date or its name ("the day before yesterday, Wednesday the
eighteenth", "on Thursday the nineteenth of November, that's yesterday"),
a date with its year ("from the first of January this year until today"),
a span restated ("counting from Saturday the seventh", "that's from the
twenty second of October up to this evening"), a whole day said whole
("from morning to night", "The whole day, please."), a clock beside a part
of the day ("around lunchtime, twelve o'clock to be precise"; "in the
mornings, roughly eight a.m., or in the evenings").

What was wrong: "the week of ..." was no time (asked back, or "the week"
read as this week: last week's skips answered for this one, a wrong
fact); a full date range or a clock on a full date was longer than the
nine words a period was looked for in (a name swallowed "between the first
of June and the thirty-first of August 2025"; "of November" was left
unread); "today between midday and six pm" was taken for today said again
(a wrong fact: the whole day); "since the records began" ranked albums, "on
or before the thirty first" asked for the first song, "the whole day" was
a name, an hour beside "the mornings" was taken for yesterday at nine (all
wrong facts or asked back).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "How often did I skip tracks last week, the week of the ninth?",
        "How often did I skip tracks last week?",
    ),
    (
        "en",
        "what was the last song I listened to in October, on or before the thirty first",
        "what was the last song I listened to in October",
    ),
    (
        "en",
        "In the kitchen, which song has been played the most, ever, since the records began?",
        "In the kitchen, which song has been played the most ever?",
    ),
    (
        "en",
        "How long did I have music on today between midday and six pm?",
        "How long did I have music on between midday and six pm today?",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Tell me please which artist I listened to most in the week of the ninth of November, that is Monday the ninth through Sunday the fifteenth.",
        "which artist did I listen to most last week",
        "en",
    ),
    (
        "What was the first track I listened to in the week of the ninth of November?",
        "What was the first track I listened to last week?",
        "en",
    ),
    (
        "which artist did I play most in the week of the third",
        "which artist did I play most in the week of the second of November",
        "en",
    ),
    (
        "How often did I skip tracks last week, the week of the ninth?",
        "How often did I skip tracks last week?",
        "en",
    ),
    (
        "Count the total number of plays for the week beginning Monday the sixteenth of November, up to now.",
        "how many plays this week",
        "en",
    ),
    (
        "from the first of January this year until today who is my number one artist, just the name please",
        "who is my number one artist from the first of January until today, just the name please",
        "en",
    ),
    (
        "Which band have I been obsessed with over the past fortnight, counting from Saturday the seventh?",
        "Which band have I been obsessed with over the past fortnight?",
        "en",
    ),
    (
        "In the kitchen, which song has been played the most, ever, since the records began?",
        "In the kitchen, which song has been played the most ever?",
        "en",
    ),
    (
        "name the album I played most in the last thirty days, that's from the twenty second of October up to this evening",
        "name the album I played most in the last thirty days",
        "en",
    ),
    (
        "How many hours and minutes did I listen on Thursday the nineteenth of November, that's yesterday?",
        "How long did I listen yesterday?",
        "en",
    ),
    (
        "How long did I have music on today between midday and six pm?",
        "How long did I have music on between midday and six pm today?",
        "en",
    ),
    (
        "Number of tracks played on Tuesday the third of November. The whole day, please.",
        "how many tracks did I play on Tuesday the third of November",
        "en",
    ),
    (
        "How many distinct tracks have I heard so far this year, counting from January the first?",
        "How many different tracks have I heard this year?",
        "en",
    ),
    (
        "Count how many times The Daily played between the first of June and the thirty-first of August twenty twenty five.",
        "how many times did I play The Daily between the first of June and the thirty-first of August 2025",
        "en",
    ),
    (
        "Did Ada listen to Don't Stop Me Now the day before yesterday, Wednesday the eighteenth?",
        "Did Ada listen to Don't Stop Me Now the day before yesterday?",
        "en",
    ),
    (
        "What music did we have on last Friday, the thirteenth, from morning to night?",
        "What music did we have on last Friday?",
        "en",
    ),
    (
        "What was playing at exactly quarter to eight pm on Thursday the nineteenth of November?",
        "What was playing yesterday at quarter to eight pm?",
        "en",
    ),
    (
        "The Tuesday before last, around lunchtime, twelve o'clock to be precise, what was playing?",
        "what was playing the Tuesday before last at noon",
        "en",
    ),
    (
        "this month, from the first of November, do I tend to play the same tracks over and over",
        "do I tend to play the same tracks over and over this month",
        "en",
    ),
    (
        "what was the last song I listened to in October, on or before the thirty first",
        "what was the last song I listened to in October",
        "en",
    ),
    (
        "Please give me a rundown of my week, Monday the sixteenth until now.",
        "give me a rundown of my week",
        "en",
    ),
    (
        "Do I listen more in the mornings, roughly eight a.m., or in the evenings, around nine p.m.?",
        "Do I listen more in the mornings or in the evenings?",
        "en",
    ),
    (
        "comparing afternoons and nights in October, when did I listen more",
        "did I listen more in the afternoons or at night in October",
        "en",
    ),
)

ANSWERED += (
    (
        "Read me a short summary of what played on Wednesday the eighteenth of November.",
        "what played on Wednesday the eighteenth of November",
        "en",
    ),
    (
        "how often Queen played last week",
        "how many times did I play Queen last week",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("play the album Discovery in the kitchen from the first track", "en"),
    ("set a timer for twelve o'clock to be precise", "en"),
    ("read me the news summary", "en"),
    ("read me a short summary of the weather", "en"),
)

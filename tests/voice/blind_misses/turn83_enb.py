"""Issue 45's eighty-first turn (blind round twenty): an East London teenager dictating and an Ontario farmer.

Blind writer 545, a sixteen-year-old from East London, dictates Multicultural
London English without punctuation, so his remarks run into the question:
"... bohemian rhapsody this year bare times i bet" (a lot, I bet: read
into the name), "da funk how many times i played that since monday its
peak how much" ("it's peak", it's bad: read as the peak hour, a wrong
fact), "how would you describe man's taste don't be peak about it", "...
when was that last on feels like time" (a long time: read as an area),
"2 most played songs last year wagwan". His "man" is I ("how many streams
man done", "how many times has man played X": Encore had asked whose
listening "man" is; `heard.is_asker` now takes London's "man" for the
asker), "when am i usually on it like what hour and what day" is his usual
hour, and he says the period first ("this week how often did man skip
songs", "on the 3rd of november what did i start off with").
`east_london_teen_en` reads him; the sentence file's net now hears the
period-first and count-first questions, "when am i usually on it" and "X
when was that last on ...".

Blind writer 546, an 86-year-old retired dairy farmer from rural Ontario,
talks to "the machine" ("Did the machine play me any Stompin' Tom Connors
this summer": did I play), counts aloud before he asks ("Seventeen,
eighteen... I lost count, how many tunes have I had on since the first of
the month": the numbers had been read as a name), asks "Could you sum up
October for me, the listening" (a recap), "Could I get my top two albums
for the year, please", "What did I start the day off with, the very first
song" and "Is it more on the weekdays or on Saturdays and Sundays that I
play the radio thing" (Home Assistant had taken "it more" for a device).
`ontario_farmer_en` reads the first three, `chat_around_en` "start the day
off with", and the net hears the last two.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "how many streams man done this week",
        "how many streams have i played this week",
    ),
    ("en", "how many tracks man done today", "how many tracks have i played today"),
    (
        "en",
        "how many times has man played bohemian rhapsody this year bare times i bet",
        "how many times have i played bohemian rhapsody this year",
    ),
    (
        "en",
        "how many times has man played da funk this month bare times innit",
        "how many times have i played da funk this month",
    ),
    (
        "en",
        "da funk how many times i played that since monday its peak how much",
        "how many times did i play da funk since monday",
    ),
    (
        "en",
        "how many times did i play genesis this week thats peak",
        "how many times did i play genesis this week",
    ),
    (
        "en",
        "how would you describe man's taste don't be peak about it",
        "how would you describe my taste",
    ),
    (
        "en",
        "how would you describe man's vibe don't be peak about it",
        "how would you describe my vibe",
    ),
    (
        "en",
        "when am i usually on it like what hour and what day",
        "when do i usually listen",
    ),
    ("en", "when am i normally on it", "when do i normally listen"),
    (
        "en",
        "this week how often did man skip songs",
        "how often did i skip songs this week",
    ),
    (
        "en",
        "yesterday how often did man skip songs",
        "how often did i skip songs yesterday",
    ),
    (
        "en",
        "around the world by daft punk when was that last on feels like time",
        "when did i last play around the world by daft punk",
    ),
    (
        "en",
        "digital love by daft punk when was that last on feels like ages",
        "when did i last play digital love by daft punk",
    ),
    ("en", "2 most played songs last year wagwan", "2 most played songs last year"),
    ("en", "top 3 artists this month wagwan", "top 3 artists this month"),
    (
        "en",
        "Seventeen, eighteen... I lost count, how many tunes have I had on since the first of the month",
        "how many tunes have I played this month",
    ),
    (
        "en",
        "One, two, three... I lost count, how many songs have I had on since the first of the month",
        "how many songs have I played this month",
    ),
    (
        "en",
        "Did the machine play me any Stompin' Tom Connors this summer",
        "did I play Stompin' Tom Connors this summer",
    ),
    ("en", "Did the machine play me any Queen last week", "did I play Queen last week"),
    (
        "en",
        "What did I start the day off with, the very first song",
        "what was the first song I played today",
    ),
    (
        "en",
        "Could you sum up October for me, the listening",
        "give me a recap of October",
    ),
    (
        "en",
        "Could you sum up September for me, the music",
        "give me a recap of September",
    ),
    ("en", "Could you sum up last month for me", "give me a recap of last month"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "2 most played songs last year wagwan",
        "what were my 2 most played songs last year",
        "en",
    ),
    ("top 3 artists this month wagwan", "who were my top 3 artists this month", "en"),
    (
        "how many streams man done this week",
        "how many plays did I have this week",
        "en",
    ),
    (
        "how many times has man played bohemian rhapsody this year bare times i bet",
        "how many times did I play bohemian rhapsody this year",
        "en",
    ),
    (
        "how many times has man played da funk this month bare times innit",
        "how many times did I play da funk this month",
        "en",
    ),
    (
        "da funk how many times i played that since monday its peak how much",
        "how many times did I play da funk since monday",
        "en",
    ),
    (
        "how many times did i play genesis this week thats peak",
        "how many times did I play genesis this week",
        "en",
    ),
    (
        "how would you describe man's taste don't be peak about it",
        "how would you describe my taste",
        "en",
    ),
    (
        "when am i usually on it like what hour and what day",
        "when do I usually listen",
        "en",
    ),
    ("when am i normally on it", "when do I usually listen", "en"),
    (
        "this week how often did man skip songs",
        "how often did I skip songs this week",
        "en",
    ),
    (
        "this month how often did man skip tunes",
        "how often did I skip songs this month",
        "en",
    ),
    (
        "around the world by daft punk when was that last on feels like time",
        "when did I last play around the world by daft punk",
        "en",
    ),
    (
        "digital love by daft punk when was that last on feels like ages",
        "when did I last play digital love by daft punk",
        "en",
    ),
    (
        "on the 3rd of november what did i start off with",
        "what was the first song I played on the 3rd of november",
        "en",
    ),
    (
        "on the 1st of november what did i start off with",
        "what was the first song I played on the 1st of november",
        "en",
    ),
    (
        "Could I get my top two albums for the year, please",
        "what are my top two albums this year",
        "en",
    ),
    (
        "Could I get my top three songs for the year",
        "what are my top three songs this year",
        "en",
    ),
    (
        "Seventeen, eighteen... I lost count, how many tunes have I had on since the first of the month",
        "how many songs did I play this month",
        "en",
    ),
    (
        "Did the machine play me any Queen this summer",
        "did I play Queen this summer",
        "en",
    ),
    (
        "What did I start the day off with, the very first song",
        "what was the first song I played today",
        "en",
    ),
    (
        "Could you sum up October for me, the listening",
        "give me a recap of October",
        "en",
    ),
    (
        "Could you sum up September for me, the music",
        "give me a recap of September",
        "en",
    ),
    (
        "Is it more on the weekdays or on Saturdays and Sundays that I play the radio thing",
        "do I listen more on weekdays or on weekends",
        "en",
    ),
    (
        "Is it more in the mornings or in the evenings that I listen",
        "do I listen more in the mornings or in the evenings",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("turn on the kitchen light", "en"),
    ("is it more on the left or the right that the light is", "en"),
    ("can i get my top playlist on", "en"),
    ("when is the heating usually on", "en"),
    ("play the top 3 songs", "en"),
    ("did the machine finish the wash", "en"),
)

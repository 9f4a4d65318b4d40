"""Issue 45's sixty-seventh turn, English: blind writer 457, an engineer.

He asks the speaker as he would write a query (`parse.spec_en`): a span
spelled by its bounds ("for the interval October first through October
thirty first" read as October thirtieth, "between five a m and noon today"
as noon: wrong facts; "June through August this year", ", twelve hundred to
eighteen hundred" after "this afternoon", "Monday the ninth onward" after
"last week", "rolling thirty days", "twenty twenty five calendar year",
"lifetime"), the measure in a data model's words ("number of plays where
artist equals Daft Punk" read as how many artists, a wrong fact; "count of
plays excluding podcasts", "cardinality of the artist set", "cumulative
listening duration", "highest listen count", "max plays"), the answer's
type said first ("integer please.", "boolean", "true or false") and its
form after (", dedupe the repeats" read as the share of repeats, ", short
summary" as a recap: wrong facts), and a report's words ("modal hour of
day", "aggregate skips at the artist level", "status report on my
listening", "delta between weekend and weekday listening").
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "top five songs for the interval september first through september thirtieth",
        "top five songs in september",
    ),
    (
        "en",
        "which album did I play most from march the first to march thirty-first",
        "which album did I play most in march",
    ),
    (
        "en",
        "top artist in the period june through august this year",
        "top artist this summer",
    ),
    (
        "en",
        "how long did I listen between noon and eighteen hundred today",
        "how long did I listen this afternoon",
    ),
    (
        "en",
        "listening time between five am and noon yesterday",
        "listening time yesterday morning",
    ),
    (
        "en",
        "what did I play this morning, five a m to twelve hundred",
        "what did I play this morning",
    ),
    (
        "en",
        "how many plays last night, window eighteen hundred to oh six hundred hours",
        "how many plays last night",
    ),
    (
        "en",
        "top three artists rolling seven days",
        "top three artists in the last seven days",
    ),
    ("en", "top artist, twenty twenty five calendar year", "top artist in 2025"),
    (
        "en",
        "which song has the most plays lifetime",
        "which song has the most plays ever",
    ),
    (
        "en",
        "count of plays where artist equals queen, this month",
        "how many times did I play queen this month",
    ),
    (
        "en",
        "number of plays excluding podcasts yesterday",
        "how many music plays yesterday",
    ),
    (
        "en",
        "cardinality of the song set for last month",
        "how many different songs did I play last month",
    ),
    (
        "en",
        "total listening duration for the whole household this week",
        "how long did we listen this week",
    ),
    (
        "en",
        "the artist with the highest play count YTD",
        "which artist did I play the most this year",
    ),
    (
        "en",
        "how many distinct tracks this week, dedupe the repeats",
        "how many distinct tracks this week",
    ),
    (
        "en",
        "what did I play yesterday, short summary, max five items",
        "what did I play yesterday",
    ),
    ("en", "true or false air was played last week", "did I play air last week"),
    ("en", "enumerate my plays for yesterday", "what did I play yesterday"),
    (
        "en",
        "earliest date queen shows up in the history",
        "when did I first play queen",
    ),
    (
        "en",
        "bands with a first play inside the last two weeks",
        "which new bands did I discover in the last two weeks",
    ),
    (
        "en",
        "what song was active at exactly nine this morning",
        "what song was playing at nine this morning",
    ),
    (
        "en",
        "difference between weekday and weekend listening",
        "do I listen more on weekdays or on weekends",
    ),
    (
        "en",
        "aggregate skips at the album level, which album comes out on top",
        "which album did I skip the most",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "top three artists for the interval october first through october thirty first",
        "top three artists in october",
        "en",
    ),
    (
        "listening time hours and minutes between five a m and noon today",
        "how long did I listen this morning",
        "en",
    ),
    (
        "number of plays where artist equals daft punk, last 30 days",
        "how many times did I play daft punk in the last 30 days",
        "en",
    ),
    (
        "how many unique songs this month, dedupe the repeats",
        "how many different songs this month",
        "en",
    ),
    (
        "what have i been playing this week, short summary, no more than three items",
        "what have I been playing this week",
        "en",
    ),
    (
        "the podcast with the highest listen count MTD",
        "which podcast did I play the most this month",
        "en",
    ),
    (
        "which album had max plays in the period june through august this year",
        "which album did I play the most this summer",
        "en",
    ),
    (
        "give me the top-3 songs rolling thirty days",
        "top 3 songs in the last thirty days",
        "en",
    ),
    (
        "cumulative listening duration for the whole household yesterday",
        "how long did we listen yesterday",
        "en",
    ),
    (
        "total play events all sources in twenty twenty five",
        "how many plays in 2025",
        "en",
    ),
    (
        "integer please. times one more time by daft punk was played this month",
        "how many times was one more time by daft punk played this month",
        "en",
    ),
    (
        "boolean any Air plays last weekend, saturday fourteenth sunday fifteenth",
        "did I play Air last weekend",
        "en",
    ),
    (
        "enumerate my plays for thursday the nineteenth",
        "what did I play on thursday the nineteenth",
        "en",
    ),
    (
        "what track was active at exactly quarter past eight this morning",
        "what was playing at quarter past eight this morning",
        "en",
    ),
    (
        "characterize my taste based on top artists, this year",
        "describe my taste this year",
        "en",
    ),
    (
        "statistically what time of day am i most likely to have music on",
        "what time of day do I usually listen to music",
        "en",
    ),
    (
        "earliest date daft punk shows up in the log",
        "when did I first play daft punk",
        "en",
    ),
    (
        "most recent track in the history, whenever that was",
        "what was the last song I played",
        "en",
    ),
    ("earliest play of yesterday", "what was the first thing I played yesterday", "en"),
    (
        "aggregate skips at the artist level, which artist comes out on top",
        "which artist did I skip the most",
        "en",
    ),
    ("current most repeated song", "what song am I on repeat", "en"),
    ("status report on my listening please", "how was my listening this month", "en"),
    (
        "delta between weekend and weekday listening, just the sign",
        "do I listen more on weekends or on weekdays",
        "en",
    ),
    (
        "summary of listening yesterday i.e. thursday the nineteenth",
        "recap yesterday",
        "en",
    ),
    (
        "what did I play yesterday afternoon, twelve hundred to eighteen hundred",
        "what did I play yesterday afternoon",
        "en",
    ),
    (
        "first play of last week, monday the ninth onward",
        "what was the first thing I played last week",
        "en",
    ),
    (
        "number of plays excluding podcasts for wednesday the eighteenth",
        "how many music plays on wednesday the eighteenth",
        "en",
    ),
    (
        "cardinality of the track set for last summer, june through august twenty twenty five",
        "how many different tracks did I play last summer",
        "en",
    ),
    (
        "true or false air was played in the rolling 30 day window",
        "did I play air in the last 30 days",
        "en",
    ),
    (
        "tracks played last friday, excluding podcasts",
        "what songs did I play last friday without podcasts",
        "en",
    ),
    (
        "artists with a first play inside the last 30 days",
        "which new artists did I discover in the last 30 days",
        "en",
    ),
    (
        "what's the modal hour of day for my listening",
        "when do I usually listen",
        "en",
    ),
    ("artist with most plays lifetime", "which artist did I play the most ever", "en"),
    (
        "most played artist, twenty twenty five calendar year",
        "top artist in 2025",
        "en",
    ),
    (
        "cardinality of the track set for last summer",
        "how many different tracks did I play last summer",
        "en",
    ),
    (
        "cardinality of the track set last month",
        "how many different tracks did I play last month",
        "en",
    ),
    (
        "how many different tracks last summer, june through august twenty twenty five",
        "how many different tracks did I play last summer",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("status report on the washing machine", "en"),
    ("enumerate my lights in the kitchen", "en"),
    ("true or false the front door is locked", "en"),
    ("play the most repeated track again", "en"),
    ("set a timer for the interval five a m to noon", "en"),
    ("count of lights on in the house", "en"),
)

"""Issue 45's sixty-eighth turn, English (part D): blind writer 462, a Trinidadian.

He said "wha" and "de" where the net's lines say "what" and "the", the
habitual "I does", "cyah", a bare verb ("who I discover for de first time
this month"), "give we", "meh taste"; a yes-or-no closed by "or wha" ("I
hear de weeknd this year or wha"); a name, then "play at all"; the question
word said last ("de first song I play today wha it was", "wet leg when I
first listen to dem"); "does get play" ("wha song does get play de most"
had read "get" as whose listening); "round about ten past eight in de
night" (its day had been lost) and "round twelve noon" (read as today's
noon: a day lost, `parse.singlish_en` now reads it as around noon); "passin
over" for skip; "how you would sum up de vibes I does listen to" (the
taste); "run down de whole year"; "is more listenin on de weekend or during
de week"; "is how many times", "yesterday self", "for so"
(`parse.trini_again_en`). Twenty-four of his questions had not been
understood, most of them read right but held by no sentence.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("en", "I hear Air this week or wha", "did I hear Air this week"),
    (
        "en",
        "we play any Justice last month or wha",
        "did we play any Justice last month",
    ),
    ("en", "I play de daily this week or wha", "did I play the daily this week"),
    ("en", "Queen play at all this week", "did I play Queen at all this week"),
    (
        "en",
        "wha artist does get play de most this month",
        "which artist gets played the most this month",
    ),
    ("en", "air when I last listen to dem", "when did I last listen to air"),
    ("en", "which song I always passin over", "which song do I always skip"),
    (
        "en",
        "wha was playin on monday round about half past nine in de night",
        "what was playing on monday around half past nine at night",
    ),
    (
        "en",
        "how you would describe de vibes I does play",
        "how would you describe the kind of music I listen to",
    ),
    (
        "en",
        "is more listening on the weekend or during the week",
        "do I listen more on the weekend or during the week",
    ),
    (
        "en",
        "is how many times I play Air this week",
        "how many times did I play Air this week",
    ),
    ("en", "wha I had on yesterday self", "what did I have on yesterday"),
    ("en", "describe meh taste", "describe my taste"),
    (
        "en",
        "give we de top five songs we had on this year",
        "give us the top five songs we had on this year",
    ),
    (
        "en",
        "what was playing yesterday around twelve noon",
        "what was playing yesterday around noon",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Queen play at all in de past two weeks",
        "did I play Queen in the past two weeks",
        "en",
    ),
    ("I hear Justice this month or wha", "did I hear Justice this month", "en"),
    ("wha artist I does play de most", "which artist do I play the most", "en"),
    (
        "de last song I play yesterday wha it was",
        "what was the last song I played yesterday",
        "en",
    ),
    (
        "wha song does get play de most this year",
        "what song gets played the most this year",
        "en",
    ),
    (
        "at half past six this evening wha was goin",
        "what was playing at half past six this evening",
        "en",
    ),
    (
        "november third round twelve noon wha did play",
        "what was playing on november third at noon",
        "en",
    ),
    (
        "run down de whole month for me how de music went",
        "recap this month",
        "en",
    ),
    ("which tune I always passin over", "which song do I always skip", "en"),
    (
        "is more listenin on de weekend or during de week",
        "do I listen more at weekends or on weekdays",
        "en",
    ),
    (
        "give we de top three songs we had on this month",
        "what were our top three songs this month",
        "en",
    ),
    (
        "who I discover for de first time this year",
        "which new artists did I discover this year",
        "en",
    ),
    (
        "daft punk when I first listen to dem",
        "when did I first listen to daft punk",
        "en",
    ),
    ("wha was de album of de month for me", "what was my top album this month", "en"),
    ("describe meh taste in music nah", "describe my taste in music", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("give we some music in de kitchen", "en"),
    ("wha song playin now", "en"),
    ("what I have on today", "en"),
    ("play de song of de month", "en"),
    ("we play football this week or wha", "en"),
    ("de first alarm I set today wha it was", "en"),
)

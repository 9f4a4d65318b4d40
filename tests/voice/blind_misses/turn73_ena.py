"""Issue 45's seventy-first turn, blind writer 486 (EN): a retired philosophy professor.

He hedged and weighed every question: an aside between commas ("..., one
might ask, ...", "..., all things considered, ...", "..., in round figures,
...", "..., and I ask this with some trepidation, ..."), a proviso after it
("..., in so far as the records permit one to say"), a kind said twice
("which album, or which record, as we used to say in my day, ...", "which
piece, which single song, that is, ..."), Latinate verbs for the plain ones
("which artists predominated", "has occupied the lion's share of my
attention", "which long-player has received the greatest share of my
attention", "I have returned to most often", "with what did I commence",
"am I most given to putting on music", "a particular time at which I
habitually listen", "were my evenings more given over to music than my
mornings", "artists whom I had never heard before") and a sentence after
the question that only says it again ("The top three would suffice.",
"Songs and programmes together, I mean.", "The very first song of that
month, I mean.").

What was wrong: two wrong facts ("who my most played musician has been
this year, in so far as the records permit one to say" ranked albums, the
records' word taken for the kind; "Justice, in recent days: have I heard
them at all, or has that phase, as it were, passed?" answered the skip rate,
"passed" taken for a skip), asides read as names ("round figures", "and
programmes mean"), as a room ("in the broadest") or as a time ("in my day"
read as today), and five questions Home Assistant kept ("no area called
breakfast") because no net sentence heard the Latinate verb. Read plainly
by `parse/professor_en.py` (run before the don's asides, `donnish_en`), the
net's `net_professor` words; the preceding and present month or year are
last and this, and "latterly" is lately.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "Would you be so kind as to tell me, in the broadest terms, who my most played musician has been this year, in so far as the records permit one to say?",
        "who was my most played artist this year",
    ),
    (
        "en",
        "Which performer, one might ask, has occupied the lion's share of my attention of late? I have the faint suspicion that I have become rather obsessed with someone.",
        "which artist did I listen to most lately",
    ),
    (
        "en",
        "Which ensemble, one might say, predominated in my listening last month?",
        "which artist did I listen to most last month",
    ),
    (
        "en",
        "Who, all things considered, would you say was my principal musical companion in twenty twenty five?",
        "who was my top artist in 2025",
    ),
    (
        "en",
        "Who, on the whole, has been my chief musical companion this month?",
        "who was my top artist this month",
    ),
    (
        "en",
        "Might I ask which piece, which single song, that is, I have returned to most often this month?",
        "which song have I played most often this month",
    ),
    (
        "en",
        "Which album, or which record, as we used to say in my day, have I played most since March?",
        "which record have I played most since March",
    ),
    (
        "en",
        "Which song, or which track, as the young say, did I return to most last week?",
        "which song did I play most last week",
    ),
    (
        "en",
        "I should like to know which long-player has received the greatest share of my attention over the last thirty days.",
        "which album did I listen to most over the last thirty days",
    ),
    (
        "en",
        "Which album has commanded the lion's share of my attention since October?",
        "which album did I listen to most since October",
    ),
    (
        "en",
        "Might one determine which show I have been, I confess, rather hooked on lately?",
        "which show have I been hooked on lately",
    ),
    (
        "en",
        "For how many minutes, roughly, was the podcast on this morning whilst I was at breakfast?",
        "how many minutes was the podcast on this morning",
    ),
    (
        "en",
        "How many songs, in round figures, did I play today?",
        "how many songs did I play today",
    ),
    (
        "en",
        "How many tracks, more or less, have I played this week?",
        "how many tracks have I played this week",
    ),
    (
        "en",
        "How many things, so to speak, have I put on since Monday? Songs and programmes together, I mean.",
        "how many things have I put on since Monday",
    ),
    (
        "en",
        "That rather frenetic thing, dance by justice, how many plays has it had, all told?",
        "how many plays has dance by justice had",
    ),
    (
        "en",
        "When, as a rule, am I most given to putting on music? I suspect it is in the evening, but one ought not to trust introspection.",
        "when do I usually listen to music",
    ),
    (
        "en",
        "When am I most inclined to listen to music?",
        "when do I usually listen to music",
    ),
    (
        "en",
        "Judging by last month alone, is there a particular time at which I habitually listen?",
        "last month, what time do I usually listen",
    ),
    (
        "en",
        "Were there any artists in September whom I had never heard before?",
        "did I discover any new artists in September",
    ),
    (
        "en",
        "Were there any performers last month whom I had never encountered before?",
        "did I discover any new artists last month",
    ),
    (
        "en",
        "What was the first song I listened to today, upon waking?",
        "What was the first song I listened to today",
    ),
    (
        "en",
        "With what did I commence in August? The very first song of that month, I mean.",
        "With what did I begin in August, the very first song?",
    ),
    (
        "en",
        "This month, were my evenings more given over to music than my mornings?",
        "did I listen to more music in the evenings than in the mornings this month",
    ),
    (
        "en",
        "Were my mornings more devoted to music than my evenings last week?",
        "did I listen to more music in the mornings than in the evenings last week",
    ),
    (
        "en",
        "How many songs did I play in the preceding month?",
        "how many songs did I play last month",
    ),
    (
        "en",
        "Which artist did I listen to most latterly?",
        "which artist did I listen to most lately",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Would you be so kind as to tell me, in the broadest terms, who my most played musician has been this year, in so far as the records permit one to say?",
        "who was my most played artist this year",
        "en",
    ),
    (
        "Which performer, one might ask, has occupied the lion's share of my attention of late? I have the faint suspicion that I have become rather obsessed with someone.",
        "which artist did I listen to most lately",
        "en",
    ),
    (
        "In the kitchen, during the month of October, which artists predominated? The top three would suffice.",
        "In the kitchen, which artists did I listen to most during the month of October, top three",
        "en",
    ),
    (
        "Who, all things considered, would you say was my principal musical companion in twenty twenty five?",
        "who was my top artist in 2025",
        "en",
    ),
    (
        "Might I ask which piece, which single song, that is, I have returned to most often this month?",
        "which song have I played most often this month",
        "en",
    ),
    (
        "Which album, or which record, as we used to say in my day, have I played most since March?",
        "which record have I played most since March",
        "en",
    ),
    (
        "I should like to know which long-player has received the greatest share of my attention over the last thirty days.",
        "which album did I listen to most over the last thirty days",
        "en",
    ),
    (
        "Might one determine which show I have been, I confess, rather hooked on lately?",
        "which show have I been hooked on lately",
        "en",
    ),
    (
        "For how many minutes, roughly, was the podcast on this morning whilst I was at breakfast?",
        "how long did I listen to podcasts this morning",
        "en",
    ),
    (
        "How many songs, in round figures, did I play today?",
        "how many songs did I play today",
        "en",
    ),
    (
        "How many things, so to speak, have I put on since Monday? Songs and programmes together, I mean.",
        "how many things have I put on since Monday",
        "en",
    ),
    (
        "How many times, and I ask this with some trepidation, have I played Bohemian Rhapsody this year?",
        "how many times have I played Bohemian Rhapsody this year",
        "en",
    ),
    (
        "That rather frenetic thing, dance by justice, how many plays has it had, all told?",
        "how many times did I play dance by justice",
        "en",
    ),
    (
        "Justice, in recent days: have I heard them at all, or has that phase, as it were, passed?",
        "have I heard Justice lately",
        "en",
    ),
    (
        "When, as a rule, am I most given to putting on music? I suspect it is in the evening, but one ought not to trust introspection.",
        "when do I usually listen to music",
        "en",
    ),
    (
        "Judging by last month alone, is there a particular time at which I habitually listen?",
        "what time did I usually listen last month",
        "en",
    ),
    (
        "Were there any artists in September whom I had never heard before?",
        "did I discover any new artists in September",
        "en",
    ),
    (
        "What was the first song I listened to today, upon waking?",
        "what was the first song I played today",
        "en",
    ),
    (
        "With what did I commence in August? The very first song of that month, I mean.",
        "what was the first song I played in August",
        "en",
    ),
    (
        "This month, were my evenings more given over to music than my mornings?",
        "did I listen to more music in the evenings than in the mornings this month",
        "en",
    ),
    (
        "Are my weekends more given over to music than my weekdays?",
        "do I listen to more music at weekends than on weekdays",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("What, pray tell, is this piece that is currently playing?", "en"),
    (
        "Who is singing at this very moment, if you would be good enough to tell me?",
        "en",
    ),
    ("How much is left of this episode, roughly?", "en"),
    ("how many minutes are left of this episode", "en"),
    ("Which album is this song from, the one playing now?", "en"),
    ("Would you be so kind as to play something by Daft Punk in the kitchen?", "en"),
    ("Turn repeat mode off; I have heard that movement quite enough.", "en"),
    ("What is the name of the artist playing at present?", "en"),
    ("Play the long-player Discovery, from the beginning if you please.", "en"),
)

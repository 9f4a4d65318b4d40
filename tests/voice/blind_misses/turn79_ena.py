"""Issue 45's seventy-seventh turn (blind round sixteen): a valleys schoolteacher who says why before she asks.

Blind writer 524, a chatty retired schoolteacher from the South Wales
valleys, tells a story first and then asks a question that points back
into it: a period ("... most of August, lovely it was, but who was my
go-to band that month", "... in October, drove the cat mad it did, what
was my song of the month?" answered for this month, "... in 2025, so which
new artists did I find that year?"), a day ("I had a bit of a dance last
Friday, ..., what did I finish the day with?" answered for today, "... a
sherry on Saturday night, so what was on at nine o'clock?" answered for
nine this morning), a name ("singing Bohemian Rhapsody in the bath all
week, ..., so how many times have I played it", "... heard Café Tacvba
through my window on Saturday, did I have them on?"), or a name said
first and described ("Eres, that Spanish one by Café Tacvba, when did I
first hear it on here?" answered with today's first song). Four of these
were wrong facts. `valleys_teacher_en` says in the question what it
points back to, and reads "if you had to sum me up musically, what would
you put?" (her taste, which Home Assistant had taken for a device) and
"..., the hour and the day and all" after her busiest time. "I'm writing my
Christmas letter early this year, so give me a rundown" says when she
writes, no period: the recap is this month's, as the brief says. A
story-clock reader (`story_clauses.read_moment_in_story`) now knows a
reading's "at nine" as the question's "nine o'clock", and the net hears
"how many minutes of listening was that" (taken for an area called
"kitchen this morning ...").
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "We were down in Tenby most of August, lovely it was, but who was my go-to band that month, would you say?",
        "who was my go-to band in August?",
    ),
    (
        "en",
        "There was one tune I couldn't leave alone in October, drove the cat mad it did, what was my song of the month?",
        "what was my song of the month in October?",
    ),
    (
        "en",
        "I've been singing Bohemian Rhapsody in the bath all week, the neighbours must love me, so how many times have I played it this month?",
        "how many times have I played Bohemian Rhapsody this month?",
    ),
    (
        "en",
        "Glenys next door swears she heard Café Tacvba through my window on Saturday, did I have them on?",
        "did I have Café Tacvba on on Saturday?",
    ),
    (
        "en",
        "I had the girls round for a sherry on Saturday night, so what was on at nine o'clock?",
        "what was on at nine on saturday night?",
    ),
    (
        "en",
        "If you had to sum me up musically for my U3A profile, what would you put?",
        "how would you describe my taste in music?",
    ),
    (
        "en",
        "When's my busiest listening time, generally speaking, the hour and the day and all?",
        "When's my busiest listening time?",
    ),
    (
        "en",
        "The grandchildren were forever putting things on in 2025, so which new artists did I find that year?",
        "which new artists did I find in 2025?",
    ),
    (
        "en",
        "Eres, that Spanish one by Café Tacvba, when did I first hear it on here?",
        "when did I first hear Eres by Café Tacvba?",
    ),
    (
        "en",
        "I had a bit of a dance last Friday, I won't lie, what did I finish the day with?",
        "what did I finish the day with last Friday?",
    ),
    (
        "en",
        "I'm writing my Christmas letter early this year, so give me a rundown of my listening, would you?",
        "give me a rundown of my listening",
    ),
    (
        "en",
        "We were in Majorca for most of June, mind, but who was my top artist that month?",
        "who was my top artist in June?",
    ),
    (
        "en",
        "I was decorating the front room all through September, so what was my most played song that month?",
        "what was my most played song in September?",
    ),
    (
        "en",
        "I had the flu all of September, terrible it was, what was my album of the month?",
        "what was my album of the month in September?",
    ),
    (
        "en",
        "Our Carys got married in 2025, lovely day, so what was my top song that year?",
        "what was my top song in 2025?",
    ),
    (
        "en",
        "I had the grandchildren on Saturday, so what did I start the day with?",
        "what did I start the day with on Saturday?",
    ),
    (
        "en",
        "We had a party last Saturday night, so what was playing at ten o'clock?",
        "what was playing at ten last saturday night?",
    ),
    (
        "en",
        "I went to chapel on Sunday morning, what was on at half past eight?",
        "what was on at half past eight on Sunday morning?",
    ),
    (
        "en",
        "I was humming Sexy Boy all through the washing up, so when did I last play it?",
        "when did I last play Sexy Boy?",
    ),
    (
        "en",
        "Our Rhys was on about Justice at dinner, have I played them this week?",
        "have I played Justice this week?",
    ),
    (
        "en",
        "Digital Love, that lovely one by Daft Punk, how many times did I play it this month?",
        "how many times did I play Digital Love by Daft Punk this month?",
    ),
    (
        "en",
        "If you had to describe me musically, what would you say?",
        "how would you describe my taste in music?",
    ),
    (
        "en",
        "How would you sum me up musically, love?",
        "how would you describe my taste in music?",
    ),
    (
        "en",
        "When do I listen most, usually, the time and the day and all?",
        "When do I listen most, usually?",
    ),
    (
        "en",
        "I'm doing my diary early this year, so give me a rundown of my listening, would you?",
        "give me a rundown of my listening",
    ),
)

# Pointing back to nothing: a modal "may", a story not in the past, a
# night before "the day".
NOT_POINTED: tuple[Read, ...] = (
    (
        "en",
        "I may be daft, but what was my song of the month?",
        "what was my song of the month?",
    ),
    (
        "en",
        "My birthday's in October, so what's my song of the month?",
        "what's my song of the month?",
    ),
)
READ += NOT_POINTED

ANSWERED: tuple[Answered, ...] = (
    (
        "I was baking Welsh cakes in the kitchen this morning with it going the whole time, so how many minutes of listening was that, roughly?",
        "how many minutes did I listen in the kitchen this morning",
        "en",
    ),
    (
        "I was doing the ironing in the kitchen yesterday with it on, so how many minutes of listening was that?",
        "how many minutes did I listen in the kitchen yesterday",
        "en",
    ),
    (
        "We were down in Tenby most of August, lovely it was, but who was my go-to band that month, would you say?",
        "who was my top artist in August",
        "en",
    ),
    (
        "There was one tune I couldn't leave alone in October, drove the cat mad it did, what was my song of the month?",
        "what was my top song in October",
        "en",
    ),
    (
        "I had the girls round for a sherry on Saturday night, so what was on at nine o'clock?",
        "what was playing at nine pm on Saturday",
        "en",
    ),
    (
        "I had a bit of a dance last Friday, I won't lie, what did I finish the day with?",
        "what was the last song I played last Friday",
        "en",
    ),
    (
        "Eres, that Spanish one by Café Tacvba, when did I first hear it on here?",
        "when did I first hear Eres by Café Tacvba",
        "en",
    ),
    (
        "I've been singing Bohemian Rhapsody in the bath all week, the neighbours must love me, so how many times have I played it this month?",
        "how many times did I play Bohemian Rhapsody this month",
        "en",
    ),
    (
        "Glenys next door swears she heard Café Tacvba through my window on Saturday, did I have them on?",
        "did I listen to Café Tacvba on Saturday",
        "en",
    ),
    (
        "If you had to sum me up musically for my U3A profile, what would you put?",
        "how would you describe my taste in music",
        "en",
    ),
    (
        "If you had to describe me musically, what would you say?",
        "how would you describe my taste in music",
        "en",
    ),
    (
        "The grandchildren were forever putting things on in 2025, so which new artists did I find that year?",
        "which new artists did I discover in 2025",
        "en",
    ),
    (
        "I'm writing my Christmas letter early this year, so give me a rundown of my listening, would you?",
        "give me a rundown of my listening this month",
        "en",
    ),
    (
        "Our Rhys was on about Justice at dinner, have I played them this week?",
        "did I listen to Justice this week",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Set a timer for twenty minutes for the Welsh cakes", "en"),
    ("What's playing in the kitchen right now?", "en"),
    ("Turn on the kitchen light, I was baking this morning", "en"),
    ("Play some Queen in the kitchen for me, cariad, I'm doing the ironing", "en"),
    ("sum it up for me", "en"),
    ("describe the weather for me", "en"),
    ("How long's left on that timer?", "en"),
    ("Turn the kitchen speaker off now, there's a love", "en"),
)

"""Issue 45's seventy-sixth turn (blind round fifteen): a Brazilian at B1.

Blind writer 520, a Brazilian Portuguese speaker with B1 English, kept
Portuguese clocks, false friends and order. "What was on in the kitchen at
fifteen for the eight of the night yesterday" (quinze para as oito: 19:45)
was answered for 20:00 and "today at five and fifteen of the afternoon what
was playing" (cinco e quinze) for 17:00, both wrong facts; "which data I
played da funk for first time" (data: the date) was answered with the new
artists, and "what song I most jump" (pular: skip) with the most played
song. "Yesterday at night" (ontem à noite) was asked back; "quantity of
episodes that I listened", "songs diferents", "which bands new appeared for
me", "my sequence of days listening is how much" (the streak), "my costume
of hour" (costume: habit), "the band that I more pass who is", "the music
of the moment for me which is", "weekend versus week when I listen more",
"we listened which band more", "which artist played more", "on saturday
at nine of the night which music was", "I put the album X sometime in the
summer" and "which music I can't stop of listen" were not understood, and
"what is the name of this album that is tocando", a question of now, was
answered for today.

`parse/brazilian_b1_en.py` reads her ways, only in a sentence with one of
her marks; `en.yaml` catches what no sentence caught, and "tocando" only
after "was".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "what was on in the kitchen at fifteen for the eight of the night yesterday",
        "what was on in the kitchen at quarter to eight pm yesterday",
    ),
    (
        "en",
        "today at five and fifteen of the afternoon what was playing",
        "today at quarter past five pm what was playing",
    ),
    (
        "en",
        "what was playing yesterday at ten for the nine of the night",
        "what was playing yesterday at ten to nine pm",
    ),
    (
        "en",
        "which song was on today at eight and fifteen of the morning",
        "which song was on today at quarter past eight am",
    ),
    (
        "en",
        "what was playing yesterday at twenty five for the nine of the night",
        "what was playing yesterday at 8:35 pm",
    ),
    (
        "en",
        "how long i stayed listening yesterday at night",
        "how long did i listen last night",
    ),
    (
        "en",
        "with what music i finished yesterday at night",
        "what was the last song i played last night",
    ),
    (
        "en",
        "which data i played da funk for first time",
        "when did i play da funk for the first time",
    ),
    (
        "en",
        "in which data i listened queen for last time",
        "when did i listen to queen for the last time",
    ),
    ("en", "what song i most jump", "what song do i skip the most"),
    ("en", "which artist i most jump", "which artist do i skip the most"),
    ("en", "the band that i more pass who is", "which band do i skip the most"),
    ("en", "the song that i more jump which is", "which song do i skip the most"),
    (
        "en",
        "quantity of episodes that i listened this year",
        "how many episodes did i listen this year",
    ),
    (
        "en",
        "quantity of songs that i played yesterday",
        "how many songs did i play yesterday",
    ),
    (
        "en",
        "how many songs diferents i listened in the last three months",
        "how many different songs did i listen in the last three months",
    ),
    (
        "en",
        "how many artists diferents i heard this month",
        "how many different artists did i hear this month",
    ),
    (
        "en",
        "which bands new appeared for me in the last 30 days",
        "which new bands did i discover in the last 30 days",
    ),
    (
        "en",
        "what singers new came to me in october",
        "what new singers did i discover in october",
    ),
    (
        "en",
        "my sequence of days listening is how much",
        "how many days in a row have i listened",
    ),
    ("en", "my sequence of days is how much", "how many days in a row have i listened"),
    (
        "en",
        "which is my costume of hour to listen music",
        "at what hour do i usually listen to music",
    ),
    ("en", "what is my costume of day to listen", "at what day do i usually listen"),
    (
        "en",
        "in the kitchen which artist played more since october",
        "in the kitchen which artist did i play most since october",
    ),
    ("en", "which song played more this week", "which song did i play most this week"),
    (
        "en",
        "we listened which band more in the week past?",
        "which band did we listen to most last week",
    ),
    (
        "en",
        "i listened which song more this month",
        "which song did i listen to most this month",
    ),
    (
        "en",
        "the music of the moment for me which is",
        "which song is on repeat for me",
    ),
    ("en", "the song of the moment which is", "which song is on repeat for me"),
    (
        "en",
        "weekend versus week when i listen more music",
        "weekend or week when i listen more music",
    ),
    (
        "en",
        "morning versus night when i listen more",
        "do i listen more in the morning or at night",
    ),
    (
        "en",
        "on saturday at nine of the night which music was",
        "which music was playing on saturday at nine pm",
    ),
    (
        "en",
        "yesterday at eight of the night which song was",
        "which song was playing yesterday at eight pm",
    ),
    (
        "en",
        "i put the album moon safari sometime in the summer",
        "did i play the album moon safari this summer",
    ),
    ("en", "i put queen sometime last week", "did i play queen last week"),
    (
        "en",
        "what was playing yesterday at the eight of the night",
        "what was playing yesterday at eight pm",
    ),
    (
        "en",
        "what was playing yesterday at the eight and fifteen of the night",
        "what was playing yesterday at quarter past eight pm",
    ),
    (
        "en",
        "what played today at the nine hours of the morning",
        "what played today at nine am",
    ),
    (
        "en",
        "what was playing yesterday more or less at eight of the night",
        "what was playing yesterday around eight in the night",
    ),
    (
        "en",
        "what was playing on wednesday at the noon",
        "what was playing on wednesday at noon",
    ),
    ("en", "what i listened in the saturday", "what did i listen to on saturday"),
    ("en", "what i heard in the last friday", "what did i hear last friday"),
    ("en", "what i heard yesterday of night", "what did i hear last night"),
    (
        "en",
        "which music tocou more this month",
        "which song did i play most this month",
    ),
    (
        "en",
        "which was the band more tocada in october",
        "which band did i play most in october",
    ),
    (
        "en",
        "which music i can't stop of listen",
        "which music i can't stop listening to",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "what was on in the kitchen at fifteen for the eight of the night yesterday",
        "what was playing in the kitchen yesterday at quarter to eight pm",
        "en",
    ),
    (
        "today at five and fifteen of the afternoon what was playing",
        "what was playing today at quarter past five pm",
        "en",
    ),
    (
        "what was playing yesterday at ten for the nine of the night",
        "what was playing yesterday at ten to nine pm",
        "en",
    ),
    (
        "how long i stayed listening yesterday at night",
        "how long did i listen last night",
        "en",
    ),
    (
        "which data i played da funk for first time",
        "when did i first play da funk",
        "en",
    ),
    ("what song i most jump", "which song do i skip the most", "en"),
    ("the band that i more pass who is", "which artist do i skip the most", "en"),
    (
        "quantity of episodes that i listened this year",
        "how many episodes did i listen to this year",
        "en",
    ),
    (
        "how many songs diferents i listened in the last three months",
        "how many different songs did i listen to in the last three months",
        "en",
    ),
    (
        "i put the album moon safari sometime in the summer",
        "did i play moon safari this summer",
        "en",
    ),
    (
        "on saturday at nine of the night which music was",
        "what was playing on saturday at nine pm",
        "en",
    ),
    (
        "which is my costume of hour to listen music",
        "when do i usually listen to music",
        "en",
    ),
    ("what is my costume of day to listen", "when do i usually listen", "en"),
    (
        "which bands new appeared for me in the last 30 days",
        "which new artists did i discover in the last 30 days",
        "en",
    ),
    ("my sequence of days listening is how much", "what is my listening streak", "en"),
    ("my sequence of days is how much", "what is my listening streak", "en"),
    (
        "in the kitchen which artist played more since october",
        "in the kitchen who did i listen to most since october",
        "en",
    ),
    (
        "we listened which band more in the week past?",
        "which band did we listen to most last week",
        "en",
    ),
    ("which music i can't stop of listen", "which song is on repeat", "en"),
    ("the music of the moment for me which is", "which song is on repeat", "en"),
    ("make a retrospective of my year please", "give me a recap of this year", "en"),
    ("make a retrospective of my month", "give me a recap of this month", "en"),
    (
        "how was the month past for us in music",
        "how was last month for us in music",
        "en",
    ),
    ("how was the week past in music", "how was last week in music", "en"),
    (
        "in the weekdays i hear more than saturday and sunday?",
        "do i listen more on weekdays or at weekends",
        "en",
    ),
    (
        "on the weekend i listen more than in the weekdays?",
        "do i listen more on weekdays or at weekends",
        "en",
    ),
    (
        "weekend versus week when i listen more music",
        "do i listen to more music on weekdays or at weekends",
        "en",
    ),
    ("i put queen sometime last week", "did i play queen last week", "en"),
    (
        "what was playing yesterday at the eight of the night",
        "what was playing yesterday at eight pm",
        "en",
    ),
    ("what i listened in the saturday", "what did i listen to on saturday", "en"),
    ("what i heard yesterday of night", "what did i hear last night", "en"),
    (
        "which music tocou more this month",
        "which song did i play most this month",
        "en",
    ),
    (
        "the songs more tocadas of the week past",
        "which songs did i play most last week",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("what is the name of this album that is tocando", "en"),
    ("which music is tocando now", "en"),
    ("jump to the next music in the kitchen", "en"),
    ("pass this music", "en"),
    ("put the album moon safari in the kitchen", "en"),
    ("put a music of queen for me", "en"),
    ("play the music of the moment", "en"),
    ("what is my costume for the party", "en"),
    ("play the music that tocou yesterday", "en"),
)

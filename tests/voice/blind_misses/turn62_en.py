"""Issue 45's sixty-first turn, English: blind writers 388 to 395.

Writers 388 to 395 (a Jamaican woman in Kingston, a mother of three
shouting across the kitchen, a French speaker with B1 English, a Glaswegian
pensioner, a podcast addict, a British teenage gamer, a commuter typing
through autocorrect and a polite elderly gentleman in Delhi) were scored
blind on the merged code. Their wrong facts and misses, in this file's own
phrasings:

- Kingston: a name said first and counted with "how much mi play dem" (the
  week's plays of everything were answered); "how often di X did play"
  (the past said with "did" after the name; "month" was taken for a name).
- The mother: a podcast one has "been glued to" (on repeat; what played
  was answered), a break to a child said after the question with the
  child's name (", hang on Sam, one sec"), "did I put X on ..., the Y one"
  (played, by Y) and "what did I play last, song-wise, the very last one"
  (the last said again: no period, never "which of the two").
- The French speaker: the adjective after its noun ("my artist preferred",
  which Home Assistant's own "who is ..." answered), "since always" and
  "of all the times" for all time, "describe me my tastes" (a month's
  recap was answered for the taste), "resume me my listening", "I have
  put" for played, "it is since how long I have not listened X", "the
  total of time of listening ..., it is how much", the day and hour
  "where I listen the most" (the top songs were answered) and her clock,
  "at eight hours less the quarter", whose hour alone had been read.
- Glasgow: "o'" for of written with its mark ("whit kind o' music am ah
  intae", read as what played today), ", would ye say" after the question,
  "worn oot", "daft aboot", "ma song o' the year" (whose "year" had been
  taken for a time unread), and "ah" for I in a question about a name said
  first ("X, when was the last time ah had them on").
- The podcast addict: "when I'm not on podcasts, ..." (music only; the
  peak hours of podcasts were answered).
- The commuter: autocorrect's real words for listening words, each read
  only where the word it became cannot stand ("moat" after a listening
  verb, "artisans" after "top 3", "this yeat", "this tear", "this sinner",
  "the moth", "3 moths", "2 weels", "lady night", "listening steak",
  "listening tine", "different tines", "repeat rats", "albun", "first
  sing", "songs did I pray", "do I always skin"), and a day's part said in
  the plural ("yesterday evenings": all of yesterday was answered).
- Delhi: "we ... at home" (the house, no name; the speaker's own plays were
  answered).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Kingston.
    (
        "en",
        "Justice, how much mi play dem last month",
        "how many times did I play Justice last month",
    ),
    (
        "en",
        "how many times di Daily did play this week",
        "how many times did I play the Daily this week",
    ),
    (
        "en",
        "count up all di chune dem mi play last week, how many",
        "how many songs did I play last week",
    ),
    ("en", "how September did go fi mi", "how did September go for me"),
    # The mother.
    (
        "en",
        "which album have I been glued to this month, hang on Mia, one second",
        "which album have I been hooked on this month",
    ),
    (
        "en",
        "did I pop Around the World on yesterday, the Daft Punk one",
        "did I play Around the World by Daft Punk yesterday",
    ),
    # The French speaker.
    (
        "en",
        "which is my band preferred this year",
        "which is my favourite band this year",
    ),
    (
        "en",
        "give me my three albums preferred of september",
        "give me my three favourite albums of september",
    ),
    (
        "en",
        "what was my song preferred of all the times",
        "what was my favourite song of all time",
    ),
    (
        "en",
        "how many artists different I have heard since always",
        "how many different artists have I heard of all time",
    ),
    (
        "en",
        "describe me a little my tastes",
        "describe my taste",
    ),
    (
        "en",
        "how much of Justice I have put this month",
        "how many times did I play Justice this month",
    ),
    (
        "en",
        "it is since how long I have not listened Discovery",
        "when did I last listen to Discovery",
    ),
    (
        "en",
        "which is my hour and my day of the week where I play the most",
        "when do I play the most",
    ),
    (
        "en",
        "what did I hear yesterday evening at nine hours less the quarter",
        "what did I hear yesterday evening at quarter to nine",
    ),
    # Glasgow.
    (
        "en",
        "whit sort o' music am ah intae these days, would ye say",
        "what sort of music am I into these days",
    ),
    (
        "en",
        "Justice, when was the last time ah played them",
        "when did I last play Justice",
    ),
    (
        "en",
        "which song have ah worn oot this month",
        "which song have I worn out this month",
    ),
    (
        "en",
        "who was ah daft aboot last winter",
        "who was I mad about last winter",
    ),
    (
        "en",
        "whit album am ah hammerin at the minute",
        "what album am I hammering these days",
    ),
    # The podcast addict.
    (
        "en",
        "which episodes did I hear yesterday",
        "what episodes did I hear yesterday",
    ),
    (
        "en",
        "when I'm not listening to podcasts, who's my top artist this year",
        "who's my top artist this year without podcasts",
    ),
    # The commuter.
    (
        "en",
        "which band did i play moat this month",
        "which band did i play most this month",
    ),
    ("en", "my top 5 artisans last month", "my top 5 artists last month"),
    ("en", "top song this yeat", "top song this year"),
    (
        "en",
        "how many songs did i play this tear",
        "how many songs did i play this year",
    ),
    ("en", "top album this sinner", "top album this summer"),
    ("en", "artist of the moth", "artist of the month"),
    ("en", "top songs over the last 2 moths", "top songs over the last 2 months"),
    ("en", "top album over the past 3 weels", "top album over the past 3 weeks"),
    ("en", "what played at 10 lady night", "what played at 10 last night"),
    ("en", "how long is my listening steak", "how long is my listening streak"),
    ("en", "listening tine this week", "listening time this week"),
    (
        "en",
        "how many different tines this month",
        "how many different tunes this month",
    ),
    ("en", "my skip rats this month", "my skip rate this month"),
    ("en", "top albun this week", "top album this week"),
    ("en", "last sing yesterday", "last song yesterday"),
    ("en", "how many tracks did i pray today", "how many tracks did i play today"),
    ("en", "which song do i always skin", "which song do i always skip"),
    (
        "en",
        "what did i play this mornings",
        "what did i play this morning",
    ),
    # Delhi.
    (
        "en",
        "Air was heard most recently on which date?",
        "when did I last listen to Air",
    ),
    (
        "en",
        "How many tracks did we play at home yesterday?",
        "How many tracks did we play yesterday?",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Justice, how much mi play dem dis month",
        "how many times did I play Justice this month",
        "en",
    ),
    (
        "what podcast have I been glued to lately, hang on Leo, one sec",
        "what podcast have I been hooked on lately",
        "en",
    ),
    (
        "who is my singer preferred this year?",
        "who is my favourite artist this year",
        "en",
    ),
    (
        "what i was hearing yesterday evening at nine hours less the quarter",
        "what was I listening to yesterday at 8:45 pm",
        "en",
    ),
    (
        "describe me a little my tastes in music",
        "describe my taste in music",
        "en",
    ),
    (
        "which is my day of the week and my hour where I play the most",
        "when do I listen the most",
        "en",
    ),
    (
        "whit kind o' stuff am ah intae, would ye say",
        "what kind of music am I into",
        "en",
    ),
    (
        "when I'm not on podcasts who's my top band this year",
        "who is my top artist this year without podcasts",
        "en",
    ),
    (
        "which artist did i play moat this month",
        "which artist did i play most this month",
        "en",
    ),
    (
        "top 5 artisans last month",
        "top 5 artists last month",
        "en",
    ),
    (
        "which song did i play the most this yeat",
        "which song did i play the most this year",
        "en",
    ),
    ("top podcast this sinner", "top podcast this summer", "en"),
    ("what did i play yesterday mornings", "what did i play yesterday morning", "en"),
    (
        "what played at quarter past 9 lady night",
        "what played at quarter past 9 last night",
        "en",
    ),
    ("how long is my listening steak", "how long is my listening streak", "en"),
    (
        "How many tracks did we play at home yesterday?",
        "How many tracks did we play yesterday?",
        "en",
    ),
    (
        "what did I play last, track-wise, the very last one",
        "what did I play last",
        "en",
    ),
    (
        "whit was ma album o' the year in twenty twenty five",
        "what was my top album in 2025",
        "en",
    ),
    # What the net had not heard.
    ("yuh tink mi did hear Justice last week", "did I hear Justice last week", "en"),
    (
        "which chune did deh pon at ten past six dis morning",
        "what song was playing at 6:10 this morning",
        "en",
    ),
    (
        "wah song open up mi day pon Monday",
        "what was the first song I played on Monday",
        "en",
    ),
    ("give mi a rundown a mi month", "give me a recap of my month", "en"),
    (
        "my band preferred of all the times",
        "who is my favourite artist of all time",
        "en",
    ),
    ("what's my album of the moth", "what's my album of the month", "en"),
    ("my skip rats this month", "my skip rate this month", "en"),
    ("month wrap up pls", "recap of my month", "en"),
    (
        "Kindly check whether I played Air on Monday",
        "did I play Air on Monday",
        "en",
    ),
    (
        "Queen was heard most recently on which day?",
        "when did I last listen to Queen",
        "en",
    ),
    (
        "Do I play more in the afternoons or in the evenings?",
        "do I listen more in the afternoon or in the evening",
        "en",
    ),
    (
        "whit was ma album o' the year last year",
        "what was my top album last year",
        "en",
    ),
    (
        "whit's that song ah cannae stop listenin tae",
        "which song can't I stop playing",
        "en",
    ),
    (
        "are weekdays my big music days or is it more at the weekend",
        "do I listen to more music on weekdays or weekends",
        "en",
    ),
    (
        "in the kitchen who gets spun the most",
        "who is my top artist in the kitchen",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("turn on the lights at home", "en"),
    ("who is my preferred contact", "en"),
    ("kindly check whether I locked the front door", "en"),
    ("resume the music in the kitchen", "en"),
)

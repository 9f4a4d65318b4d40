"""Issue 45's seventieth turn: a nervous first-time user's English (blind writer 475).

Writer 475 asked as someone new to a voice assistant: over-polite, hedging,
beginning again ("um, sorry, could you maybe... I mean, is it possible").
Fourteen questions were missed. Apologies and hedges said as clauses of
their own ("pardon me,", "sorry to interrupt,", "quick question, well,
maybe not quick, sorry,") and a request begun and dropped ("could you, um,
I mean, how many things did I play") were read as the question's words:
"I mean" became a name ("I found nothing called mean"), "could you fill me
in on last month" a name of its own. Framings that ask whether asking is
allowed ("would it be alright to ask", "could you possibly", "is it
possible that I played", "is there an album I've been kind of hooked on")
opened no sentence of the net, so Home Assistant answered "no area called
all time I mean". A remark after the question's mark ("? thank you so
much", "? like, total plays", "? song-wise, I mean", "? um, sorry, that
sounds a bit weird out loud") was taken for part of the question. "What's
been on, um, heavy rotation for me? song-wise, I mean" was a WRONG FACT:
today's plays summed up, for what is on repeat. "Did sexy boy by air come
on this morning" reached no sentence: a song said with its artist "came
on". "Last summer, twenty twenty five" said last year's summer by its year.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "could you possibly, sorry, list my five most played songs ever? of all time I mean",
        "list my five most played songs of all time",
    ),
    (
        "en",
        "I'm sorry if this is a silly question but what was my song of the summer last year... I mean last summer, twenty twenty five",
        "what was my song of last summer",
    ),
    (
        "en",
        "would it be alright to ask what album I've played most since March? thank you so much",
        "what album have I played most since March",
    ),
    (
        "en",
        "pardon me, um, is there an album I've been kind of hooked on lately? like a whole record, I mean",
        "what album have I been hooked on lately",
    ),
    (
        "en",
        "sorry, could you, um, I mean, how many things did I play last month? like, total plays",
        "how many things did I play last month",
    ),
    (
        "en",
        "how many plays, sorry, I mean total plays, in the last thirty days",
        "how many total plays in the last thirty days",
    ),
    (
        "en",
        "is it possible, um, that I played any café tacvba this summer? I honestly can't remember, sorry",
        "did I play any café tacvba this summer",
    ),
    (
        "en",
        "quick question, well, maybe not quick, sorry, did I listen to the weeknd at all last month",
        "did I listen to the weeknd at all last month",
    ),
    (
        "en",
        "oh, um, sorry to interrupt, have I had any daft punk on today",
        "have I had any daft punk on today",
    ),
    (
        "en",
        "could you maybe remind me what I, um, what I played last Friday",
        "what did I play last Friday",
    ),
    (
        "en",
        "could you maybe tell me when I normally listen to music? like which hour and, um, which day of the week",
        "when do I normally listen to music",
    ),
    (
        "en",
        "sorry, what's been on, um, heavy rotation for me? song-wise, I mean",
        "what song has been on heavy rotation",
    ),
    (
        "en",
        "um, could you fill me in on last month? like, how it went, listening-wise, sorry",
        "recap last month",
    ),
    # The same kind of speaker, in other words.
    (
        "en",
        "sorry to bother you, um, could you, I mean, how many songs did I play yesterday? like, in total",
        "how many songs did I play yesterday",
    ),
    (
        "en",
        "would it be okay to ask who I listened to most this week? thanks so much",
        "who did I listen to most this week",
    ),
    (
        "en",
        "excuse me, is it possible that I heard any Queen yesterday? I can't quite remember, sorry",
        "did I hear any Queen yesterday",
    ),
    (
        "en",
        "could you possibly remind me when I last played Genesis? sorry to be a bother",
        "when did I last play Genesis",
    ),
    (
        "en",
        "um, sorry, could you maybe tell me how long I listened today? in minutes, I mean",
        "how long did I listen today",
    ),
    (
        "en",
        "how many songs, sorry, I mean different songs, did I play this week",
        "how many different songs did I play this week",
    ),
    (
        "en",
        "pardon me, could you possibly tell me my top three artists this year? if that's okay",
        "my top three artists this year",
    ),
    # A period put right after the question's mark is the one asked, never
    # left out with the apology before it.
    (
        "en",
        "how many songs did I play this week? sorry, this month I mean",
        "how many songs did I play this month",
    ),
    (
        "en",
        "who did I listen to most last week? no, last month",
        "who did I listen to most last month",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "could you possibly, sorry, list my five most played songs ever? of all time I mean",
        "list my five most played songs of all time",
        "en",
    ),
    (
        "I'm sorry if this is a silly question but what was my song of the summer last year... I mean last summer, twenty twenty five",
        "what was my song of last summer",
        "en",
    ),
    (
        "would it be alright to ask what album I've played most since March? thank you so much",
        "what album have I played most since March",
        "en",
    ),
    (
        "pardon me, um, is there an album I've been kind of hooked on lately? like a whole record, I mean",
        "what album have I been hooked on lately",
        "en",
    ),
    (
        "sorry, could you, um, I mean, how many things did I play last month? like, total plays",
        "how many plays did I have last month",
        "en",
    ),
    (
        "how many plays, sorry, I mean total plays, in the last thirty days",
        "how many plays in the last thirty days",
        "en",
    ),
    (
        "did sexy boy by air come on this morning? um, sorry, that sounds a bit weird out loud",
        "did I play sexy boy by air this morning",
        "en",
    ),
    (
        "is it possible, um, that I played any café tacvba this summer? I honestly can't remember, sorry",
        "did I play any café tacvba this summer",
        "en",
    ),
    # The Weeknd is no name of the test history: its answer is "I found
    # nothing called the weeknd", as the plain question's; asked of Justice.
    (
        "quick question, well, maybe not quick, sorry, did I listen to justice at all last month",
        "did I listen to justice last month",
        "en",
    ),
    (
        "oh, um, sorry to interrupt, have I had any daft punk on today",
        "have I had any daft punk on today",
        "en",
    ),
    (
        "could you maybe remind me what I, um, what I played last Friday",
        "what did I play last Friday",
        "en",
    ),
    (
        "could you maybe tell me when I normally listen to music? like which hour and, um, which day of the week",
        "when do I normally listen to music",
        "en",
    ),
    (
        "sorry, what's been on, um, heavy rotation for me? song-wise, I mean",
        "what have I had on repeat",
        "en",
    ),
    (
        "um, could you fill me in on last month? like, how it went, listening-wise, sorry",
        "recap last month",
        "en",
    ),
    # The same kind of speaker, in other words.
    (
        "did genesis by justice come on yesterday? sorry, silly question",
        "did I play genesis by justice yesterday",
        "en",
    ),
    (
        "did the song one more time come on today",
        "did I play one more time today",
        "en",
    ),
    (
        "excuse me, is it possible that I heard any Queen yesterday? I can't quite remember, sorry",
        "did I hear any Queen yesterday",
        "en",
    ),
    (
        "pardon me, could you possibly tell me my top three artists this year? if that's okay",
        "my top three artists this year",
        "en",
    ),
    (
        "would it be okay to ask who I listened to most this week? thanks so much",
        "who did I listen to most this week",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("um, sorry, could you play Daft Punk in the kitchen please", "en"),
    ("could you maybe turn the music up a little? sorry", "en"),
    ("could you possibly skip this song? sorry", "en"),
    ("could you maybe play my most played songs in the kitchen", "en"),
    ("pardon me, what's playing in the kitchen right now? sorry", "en"),
    ("is it possible to turn the volume down a bit? sorry", "en"),
    ("would it be alright to ask what song this is? sorry, I really like it", "en"),
    ("excuse me, could you pause the podcast please", "en"),
    ("did the heating come on this morning", "en"),
    ("sorry, did the dishwasher come on yesterday", "en"),
)

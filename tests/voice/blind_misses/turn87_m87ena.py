"""Issue 45's eighty-fifth turn (blind round twenty-four): a Montrealer's B1 English.

Blind writer 567, a French-Canadian from Montreal, opens with Quebec French
("coudonc", "tsé", "ben", "euh", "c'est quoi", "combien de fois...
sorry,"), keeps French order ("the three last months", "the week passed",
"how much artists different", "since one month" for the last thirty days),
says a name first and asks of it with "them" or "it", and the question word
last ("it was what that played").

Nine of her questions reached no sentence: `en.yaml` now leaves "euh",
"coudonc" and "tsé" out (`skip_words`), takes "ben" and "c'est quoi" as the
net's opener and question word, hears "when I started to listen X", "the
thirty last days", "the week passed" and "at five and quarter".

Read wrong or not at all, now read by `parse/montreal_b1_en.py`: "how many
songs different I listen since one month" (the last thirty days: last
month had been answered, a wrong fact), "combien de fois... sorry, how much
times the podcast The Daily played in october" (The Daily's plays: all the
podcasts' had been answered, a wrong fact), "the last song I listen
yesterday before to go to bed" (yesterday's last song: its top songs had
been answered, a wrong fact), "the Daft Punk, how much times I play them
the seven last days", "sexy boy from Air I play it how much times this
summer", "eh, don't stop me now, I played it on saturday?", "c'est quoi
that I listen this afternoon", "yesterday 20h10 it was what that played",
"ben when in the day I put the most music eh", "coudonc, my favourite band
actually, it's who?" ("actually", actuellement, is lately); "this
after-noon" is the afternoon for anyone (`learner.SLANG_EN`). The rows
after her own are the same shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Her own.
    (
        "en",
        "coudonc, my favourite band actually, it's who?",
        "my favourite band lately",
    ),
    (
        "en",
        "c'est quoi my favourite song, like of all the time",
        "what is my favourite song of all time",
    ),
    (
        "en",
        "euh my number one podcast in the three last months",
        "my number one podcast in the last three months",
    ),
    (
        "en",
        "how many plays there was in the kitchen this after-noon",
        "how many plays there was in the kitchen this afternoon",
    ),
    (
        "en",
        "how many songs different I listen since one month",
        "how many different songs did I listen to in the last 30 days",
    ),
    (
        "en",
        "the Daft Punk, how much times I play them the seven last days",
        "how many times did I play the Daft Punk in the last seven days",
    ),
    (
        "en",
        "combien de fois... sorry, how much times the podcast The Daily played in october",
        "how many times did I play The Daily in october",
    ),
    (
        "en",
        "sexy boy from Air I play it how much times this summer",
        "how many times did I play sexy boy from Air this summer",
    ),
    (
        "en",
        "eh, don't stop me now, I played it on saturday?",
        "did I play don't stop me now on saturday",
    ),
    (
        "en",
        "c'est quoi that I listen this afternoon",
        "what did I listen to this afternoon",
    ),
    (
        "en",
        "yesterday 20h10 it was what that played",
        "what was playing yesterday at 20:10",
    ),
    (
        "en",
        "ben when in the day I put the most music eh",
        "when do I usually listen to music",
    ),
    ("en", "tsé my streak actually it's how many days", "my streak"),
    (
        "en",
        "the last song I listen yesterday before to go to bed",
        "the last song I listened to yesterday",
    ),
    # The same shapes said another way.
    (
        "en",
        "coudonc, my favourite song actually, it's which one?",
        "my favourite song lately",
    ),
    (
        "en",
        "the Queen, how much times I listen them the thirty last days",
        "how many times did I play the Queen in the last thirty days",
    ),
    (
        "en",
        "Genesis from Justice I play it how much times this month",
        "how many times did I play Genesis from Justice this month",
    ),
    (
        "en",
        "combien de fois... sorry, how much times the song Genesis played last week",
        "how many times did I play Genesis last week",
    ),
    (
        "en",
        "euh, Around the World, I played it yesterday?",
        "did I play Around the World yesterday",
    ),
    (
        "en",
        "c'est quoi that we listen on saturday",
        "what did we listen to on saturday",
    ),
    (
        "en",
        "the friday passed 21h it was what that played",
        "what was playing last friday at 21:00",
    ),
    (
        "en",
        "how many artists different I listen since one month",
        "how many different artists did I listen to in the last 30 days",
    ),
    (
        "en",
        "ben when in the day I listen the most music",
        "when do I usually listen to music",
    ),
    (
        "en",
        "the last song I played on saturday before to go to sleep",
        "the last song I played on saturday",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    # Her own, which reached no sentence or the wrong one.
    (
        "coudonc, my favourite band actually, it's who?",
        "who is my favourite band lately",
        "en",
    ),
    (
        "c'est quoi my favourite song, like of all the time",
        "what is my favourite song of all time",
        "en",
    ),
    (
        "euh my number one podcast in the three last months",
        "my number one podcast in the last three months",
        "en",
    ),
    (
        "in the kitchen the week passed we had how much artists different",
        "in the kitchen last week we had how many different artists",
        "en",
    ),
    (
        "how often I had the Queen on in the thirty last days",
        "how often did I have the Queen on in the last thirty days",
        "en",
    ),
    (
        "at five and quarter this afternoon what was the music",
        "what music was playing at quarter past five this afternoon",
        "en",
    ),
    (
        "ben when in the day I put the most music eh",
        "when do I usually listen to music",
        "en",
    ),
    ("tsé my streak actually it's how many days", "what is my streak", "en"),
    (
        "when I started to listen the daily",
        "when did I first listen to the daily",
        "en",
    ),
    (
        "how many songs different I listen since one month",
        "how many different songs did I listen to in the last 30 days",
        "en",
    ),
    (
        "the Daft Punk, how much times I play them the seven last days",
        "how many times did I play Daft Punk in the last seven days",
        "en",
    ),
    (
        "combien de fois... sorry, how much times the podcast The Daily played in october",
        "how many times did I play The Daily in october",
        "en",
    ),
    (
        "the last song I listen yesterday before to go to bed",
        "what was the last song I played yesterday",
        "en",
    ),
    # The same shapes said another way.
    (
        "euh, Around the World, I played it yesterday?",
        "did I play Around the World yesterday",
        "en",
    ),
    (
        "when we started to listen justice",
        "when did we first listen to justice",
        "en",
    ),
    (
        "coudonc, my number one album actually, it's which one?",
        "what is my number one album lately",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("ben turn off the light", "en"),
    ("euh play Daft Punk in the kitchen", "en"),
    ("coudonc, what is this song", "en"),
    ("tsé, put the music more loud", "en"),
    ("c'est quoi this song", "en"),
    ("what I am listening actually", "en"),
    ("wake me up at five and quarter", "en"),
    ("set a timer for five and a half minutes", "en"),
    ("when I started the dishwasher", "en"),
)

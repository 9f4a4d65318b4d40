"""Issue 45's seventy-fourth turn (blind round thirteen): a German speaker's English.

TODO
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = ()

ANSWERED: tuple[Answered, ...] = (
    ("from which podcast I can not become enough lately", "which podcast did I listen to most lately", "en"),
    ("how much time did I spend with music in the evening yesterday", "how much time did I spend listening to music yesterday evening", "en"),
    ("hey how long was the kitchen running with podcasts this month", "how long did I listen to podcasts in the kitchen this month", "en"),
    ("was Moon Safari running on Saturday", "did I play Moon Safari on Saturday", "en"),
    ("what music was running last night", "what music did I play last night", "en"),
    ("so what was running this afternoon", "what did I play this afternoon", "en"),
    ("which song ran this morning at half past eight", "which song was playing this morning at half past eight", "en"),
    ("how often do I skip in general", "how often do I skip", "en"),
    ("when was the first time that Sexy Boy was running", "when did I first play Sexy Boy", "en"),
    ("since when do I have Air in my history", "when did I first play Air", "en"),
    ("when was Eres from Café Tacvba running the last time", "when did I last play Eres by Café Tacvba", "en"),
    ("what was the first song in the evening yesterday", "what was the first song yesterday evening", "en"),
    ("which song was the last one this morning", "what was the last song I played this morning", "en"),
    ("which song is my ohrwurm since some days", "which song do I have on repeat", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("was the dishwasher running yesterday", "en"),
    ("was the washing machine running last night", "en"),
    ("how long was the kitchen light on", "en"),
    ("play Moon Safari in the kitchen", "en"),
    ("what song is running right now", "en"),
    ("which song is running", "en"),
    ("run the dishwasher", "en"),
)

"""Issue 45's sixty-eighth turn, English: blind writer 463, who only hints.

Writer 463 never asked straight: a bet ("I bet I played Eres loads
yesterday" was answered whether, not how many times; "I bet there's one
song I skip every single time" the skip rate, not the song: wrong facts),
a dare ("bet you don't know what I opened this month with"), a memory that
fails ("can't remember what I had on this morning", "no clue what my go-to
show has been"), a bare "wonder ...", a guess to be checked ("I reckon I
streamed about a thousand tracks this year, bet I'm way off"), a claim
("I'm pretty sure I never listened to The Weeknd in 2025"), a wish to hear
("be nice to hear how last summer went"). "Actually into" stays read as
lately, as the plain "what kind of music am I into" is answered and as a
Portuguese speaker's "atualmente" means (`test_learner_and_polite_en`).
`parse.hinted_en` undoes the frame into the question
it carries; the frame alone ("I bet it rains", "bet you can't skip this
one", "can't remember where I put my keys") stays the home's.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # A guessed number of times is checked: how many (the lead's mend).
    (
        "en",
        "I bet I played Genesis like thirty times last month",
        "how many times did I play Genesis last month",
    ),
    (
        "en",
        "bet we played Da Funk about a hundred times this year",
        "how many times did we play Da Funk this year",
    ),
    (
        "en",
        "I bet I played Queen loads last week",
        "how many times did I play Queen last week",
    ),
    (
        "en",
        "bet we listened to Air a lot this month",
        "how many times did we play Air this month",
    ),
    (
        "en",
        "I bet I played Eres loads yesterday",
        "how many times did I play Eres yesterday",
    ),
    ("en", "I bet there's a track I always skip", "which track do I skip the most"),
    (
        "en",
        "bet there's one artist I keep skipping, no idea who",
        "which artist do I skip the most",
    ),
    ("en", "bet our streak is huge by now", "how long is our streak"),
    (
        "en",
        "I reckon we played around two hundred songs last week, am I close",
        "how many songs did we play last week",
    ),
    (
        "en",
        "it's been forever since I heard Moon Safari, when was that again",
        "when did I last play Moon Safari",
    ),
    (
        "en",
        "feels like we hardly listened yesterday, wonder how long it really was",
        "how long did we listen yesterday",
    ),
    (
        "en",
        "something was playing at ten past nine this morning, no idea what",
        "what was on at ten past nine this morning",
    ),
    (
        "en",
        "October the fifth, I wonder what I listened to that day",
        "what did I have on October the fifth",
    ),
    ("en", "I bet I heard Air yesterday", "did I hear Air yesterday"),
    (
        "en",
        "I'm pretty sure we never played Queen last month",
        "did we play Queen last month",
    ),
    (
        "en",
        "I don't think I listened to Justice this week, did I",
        "did I listen to Justice this week",
    ),
    (
        "en",
        "can't remember how long I listened yesterday",
        "how long did I listen yesterday",
    ),
    (
        "en",
        "no clue who my top artist was last month",
        "who was my top artist last month",
    ),
    (
        "en",
        "bet you don't know how many songs I played this week",
        "how many songs did I play this week",
    ),
    ("en", "wonder when I first played Wet Leg", "when did I first play Wet Leg"),
    ("en", "bet you can't describe my music taste", "describe my taste"),
    (
        "en",
        "bet we listen more at weekends than on weekdays, no idea really",
        "do we listen more at weekends than on weekdays",
    ),
    (
        "en",
        "how often I've had Queen on this week, no idea really",
        "how often have I played Queen this week",
    ),
    (
        "en",
        "in the kitchen I think it's been mostly Air this month, I'd love to know who topped it",
        "who was my top artist in the kitchen this month",
    ),
    ("en", "no clue what kicked the day off today", "what did I play first today"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "I bet I played Queen loads last week",
        "how many times did I play Queen last week",
        "en",
    ),
    ("I bet there's a track I always skip", "which track do I skip the most", "en"),
    ("bet our streak is huge by now", "how long is our streak", "en"),
    (
        "I reckon I streamed about a thousand tracks this year, bet I'm way off",
        "how many tracks did I play this year",
        "en",
    ),
    (
        "I think we played like a thousand songs last week, am I close",
        "how many songs did we play last week",
        "en",
    ),
    (
        "it's been forever since I heard Moon Safari, when was that again",
        "when did I last play Moon Safari",
        "en",
    ),
    (
        "feels like we hardly listened yesterday, wonder how long it really was",
        "how long did we listen yesterday",
        "en",
    ),
    (
        "something was playing at ten past nine this morning, no idea what",
        "what was on at ten past nine this morning",
        "en",
    ),
    (
        "I'm pretty sure we never played Queen last month",
        "did we play Queen last month",
        "en",
    ),
    (
        "can't remember how long I listened yesterday",
        "how long did I listen yesterday",
        "en",
    ),
    (
        "no clue who my top artist was last month",
        "who was my top artist last month",
        "en",
    ),
    (
        "bet you don't know how many songs I played this week",
        "how many songs did I play this week",
        "en",
    ),
    ("wonder when I first played Air", "when did I first play Air", "en"),
    ("can't remember the last time I played Air", "when did I last play Air", "en"),
    ("bet you can't describe my music taste", "describe my taste", "en"),
    (
        "bet we listen more at weekends than on weekdays, no idea really",
        "do we listen more at weekends than on weekdays",
        "en",
    ),
    (
        "how often I've had Queen on this week, no idea really",
        "how often have I played Queen this week",
        "en",
    ),
    ("be nice to hear how this month went, listening wise", "recap this month", "en"),
    ("wonder if I caught Queen yesterday", "did I hear Queen yesterday", "en"),
    ("no clue what kicked the day off today", "what did I play first today", "en"),
    # The writer's own words.
    (
        "I bet I played Eres loads yesterday",
        "how many times did I play Eres yesterday",
        "en",
    ),
    (
        "I bet there's one song I skip every single time",
        "which song do I skip the most",
        "en",
    ),
    (
        "in the kitchen I reckon it's been mostly Daft Punk the last seven days, who knows though, I'd love to know who topped it",
        "who was my top artist in the kitchen the last seven days",
        "en",
    ),
    (
        "no clue what my go-to show has been this year",
        "what was my top podcast this year",
        "en",
    ),
    (
        "feels like I've barely listened this afternoon, wonder how many minutes it actually was",
        "how long did I listen this afternoon",
        "en",
    ),
    (
        "wonder how many episodes I've put on since March",
        "how many episodes have I played since March",
        "en",
    ),
    (
        "wonder how much Justice I've had on since October",
        "how many times did I play Justice since October",
        "en",
    ),
    (
        "how often I've put The Daily on this month, no idea honestly",
        "how often have I played The Daily this month",
        "en",
    ),
    (
        "I don't think I had any Queen on yesterday, did I",
        "did I listen to Queen yesterday",
        "en",
    ),
    (
        "can't remember if I heard Air at all last weekend",
        "did I hear Air last weekend",
        "en",
    ),
    (
        "wonder if I caught the daily this morning",
        "did I hear the daily this morning",
        "en",
    ),
    (
        "I'm pretty sure I never listened to Queen in twenty twenty five",
        "did I listen to Queen in 2025",
        "en",
    ),
    (
        "I bet we had Daft Punk on the day before yesterday",
        "did we listen to Daft Punk the day before yesterday",
        "en",
    ),
    (
        "can't remember what I had on this morning",
        "what did I listen to this morning",
        "en",
    ),
    (
        "November the third, I wonder what I had going that day",
        "what did I listen to on November the third",
        "en",
    ),
    (
        "something was on last night and I can't remember what",
        "what did I listen to last night",
        "en",
    ),
    (
        "there was something on at quarter past five this afternoon, I'd love to know what",
        "what was playing at quarter past five this afternoon",
        "en",
    ),
    ("bet you couldn't sum up my taste in music", "describe my taste", "en"),
    (
        "I'd love to hear how you'd describe what I like to listen to",
        "describe my taste",
        "en",
    ),
    (
        "can't remember which artists were new to me this year",
        "which artists were new to me this year",
        "en",
    ),
    (
        "bet my streak's pretty long by now, listening every single day",
        "how long is my streak",
        "en",
    ),
    (
        "can't remember when Sexy Boy first showed up in my history",
        "when did I first play Sexy Boy",
        "en",
    ),
    (
        "can't remember the last time I listened to Genesis by Justice",
        "when did I last play Genesis by Justice",
        "en",
    ),
    (
        "it's been ages since I played Don't Stop Me Now, I bet, when was it even",
        "when did I last play Don't Stop Me Now",
        "en",
    ),
    (
        "can't remember what the last song I played was",
        "what was the last song I played",
        "en",
    ),
    (
        "no clue what kicked my day off today, music wise",
        "what was the first song I played today",
        "en",
    ),
    (
        "can't remember what I started with last Friday",
        "what did I play first last Friday",
        "en",
    ),
    (
        "bet you don't know what I opened this month with",
        "what did I play first this month",
        "en",
    ),
    (
        "can't remember what I closed out last week with",
        "what was the last song I played last week",
        "en",
    ),
    (
        "bet there's a band I'm always skipping past, no idea who though",
        "which band do I skip the most",
        "en",
    ),
    ("be nice to hear how last summer went, listening wise", "recap last summer", "en"),
    (
        "bet I play more music on weekdays than at the weekend, no idea really",
        "do I play more music on weekdays or at the weekend",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("I bet it rains tomorrow", "en"),
    ("I wonder if the door is locked", "en"),
    ("play Eres", "en"),
    ("can't remember where I put my keys", "en"),
    ("bet you can't skip this one", "en"),
    ("no clue what to put on tonight", "en"),
    ("something was on the stove and I can't remember what", "en"),
    ("bet you don't know what song this is", "en"),
    ("can't remember if I locked the back door last night", "en"),
)

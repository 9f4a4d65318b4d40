"""Issue 45's eightieth turn (blind round nineteen): a Boston bartender's stories and a Gwynedd farmer's Welsh order.

Blind writer 539, a chatty Boston bartender in her forties, tells the story
behind every question and drops her g's: the story came first and Home
Assistant took "at work" for an area ("I'm makin' a mix for the jukebox at
work, don't laugh, name my five most played songs since March"), the day
was said in the story and the question only pointed back ("..., that's the
day before yesterday, ..., how much time'd I spend listenin' that day?",
"November third, that was the night of the Celtics thing, what music did I
have goin' that day?"), and what she said after the question was read
into it: ", kid, and don't sugarcoat it" made Queen's count a song's, and
", 'cause I work every Saturday" answered the weekend habit for that
Saturday (both wrong facts). "How much re-playin' did I do this year" (her
top songs answered, a wrong fact), "hit skip ... outta everything I
played", "what's been on constant repeat with me ..., song-wise", "my
friend Lupe got me into X, had any of them on this summer?" and "X, Daft
Punk, the robot one, did I play that" are read too. `boston_bartender_en`
reads them; the net now hears "..., name my five most played ..." and
"what's been on constant repeat ...".

Blind writer 540, an 89-year-old Welsh farmer from Gwynedd, says the thing
asked about first: "Don't Stop Me Now, when did that last play?", "Bryn
Terfel, when did I last have him singing in here?" (the last song of all
was answered, a wrong fact), "That Eres song, the Spanish one, when was it
first played?", "Last summer now, the one I played most, which band was
that?", "Skipping a lot, am I, over the past two weeks?"; asks "Was there
Air on the day before yesterday, the French ones with the funny name?"
(everything that day was answered, a wrong fact), adds ", the family and
me" after "we", and asks his streak as "Every day without missing, how
long have I kept it up, the listening?". `gwynedd_farmer_en` reads them;
the net now hears the song that plays, "how long have I kept it up" and
"Out of all of them, which song is my favourite".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "I'm makin' a mix for the jukebox at work, don't laugh, name my five most played songs since March",
        "name my five most played songs since March",
    ),
    (
        "en",
        "I'm puttin' together a playlist for the bar, don't judge, give me my top ten songs this year",
        "give me my top ten songs this year",
    ),
    (
        "en",
        "so I was home sick on Wednesday, that's the day before yesterday, and I had stuff on all day I think, how much time'd I spend listenin' that day?",
        "how much time did I spend listening the day before yesterday",
    ),
    (
        "en",
        "so I was workin' a double, that's yesterday, and the radio was on all night, what did I listen to that day?",
        "what did I listen to yesterday",
    ),
    (
        "en",
        "November third, that was the night of the Celtics thing, what music did I have goin' that day?",
        "what music did I have on November third",
    ),
    (
        "en",
        "October tenth, that was my sister's birthday, what did I have goin' that day?",
        "what did I have on October tenth",
    ),
    (
        "en",
        "how many tunes did Ada put on Saturday, she was runnin' the kitchen while I was at my mother's",
        "how many songs did Ada play on Saturday",
    ),
    (
        "en",
        "how many songs did Ada put on Friday, she was watchin' the bar",
        "how many songs did Ada play on Friday",
    ),
    (
        "en",
        "how much Queen have I had on this month, kid, and don't sugarcoat it",
        "how many times did I play Queen this month",
    ),
    (
        "en",
        "how much Daft Punk have I had on this week, kid, be honest",
        "how many times did I play Daft Punk this week",
    ),
    (
        "en",
        "my friend Lupe got me into Café Tacvba, had any of them on this summer?",
        "did I have any Café Tacvba on this summer",
    ),
    (
        "en",
        "my cousin got me into Air, had any of them on this month?",
        "did I have any Air on this month",
    ),
    (
        "en",
        "Around the World, Daft Punk, the robot one, did I play that last week at all",
        "did I play Around the World by Daft Punk last week",
    ),
    (
        "en",
        "Genesis, Justice, the loud one, did I play that yesterday at all",
        "did I play Genesis by Justice yesterday",
    ),
    (
        "en",
        "how many times did I hit skip last month outta everything I played",
        "how many times did I skip last month",
    ),
    (
        "en",
        "how often did I hit skip this week outta everything I had on",
        "how often did I skip this week",
    ),
    (
        "en",
        "how much re-playin' did I do this year, same tunes again and again?",
        "what's my repeat rate this year",
    ),
    (
        "en",
        "how much re-playin' have I done this month, same songs over and over",
        "what's my repeat rate this month",
    ),
    (
        "en",
        "the first song I played this week, Monday mornin' probably, what was it",
        "the first song I played this week, what was it",
    ),
    (
        "en",
        "the first song I played this month, Sunday night probably, what was it, kid",
        "the first song I played this month, what was it",
    ),
    (
        "en",
        "what's been on constant repeat with me the past couple weeks, song-wise",
        "what song has been on repeat the past couple weeks",
    ),
    (
        "en",
        "what's been on heavy repeat with me this month, song-wise",
        "what song has been on repeat this month",
    ),
    (
        "en",
        "do I listen more on the weekends or durin' the week, 'cause I work every Saturday so who knows",
        "do I listen more on the weekends or during the week",
    ),
    (
        "en",
        "do I play more music on weekends or weekdays, 'cause I'm wicked busy Fridays",
        "do I play more music on weekends or weekdays",
    ),
    (
        "en",
        "Last summer now, the one I played most, which band was that?",
        "which band did I play most last summer",
    ),
    (
        "en",
        "This year now, the one I listened to most, which song was it?",
        "which song did I play most this year",
    ),
    (
        "en",
        "How many tunes did we have on last weekend, the family and me?",
        "how many tunes did we have on last weekend",
    ),
    (
        "en",
        "How long did we listen yesterday, the wife and me?",
        "how long did we listen yesterday",
    ),
    (
        "en",
        "Was there Air on the day before yesterday, the French ones with the funny name?",
        "did I play Air on the day before yesterday",
    ),
    (
        "en",
        "Was there Queen on yesterday, the English ones?",
        "did I play Queen on yesterday",
    ),
    (
        "en",
        "Skipping a lot, am I, over the past two weeks?",
        "how often do I skip over the past two weeks",
    ),
    ("en", "Skipping much, am I, this month?", "how often do I skip this month"),
    (
        "en",
        "Every day without missing, how long have I kept it up, the listening?",
        "how many days in a row have I been listening",
    ),
    (
        "en",
        "How long have I kept it up, the listening, isn't it?",
        "how many days in a row have I been listening",
    ),
    (
        "en",
        "That Eres song, the Spanish one, when was it first played?",
        "when did I first play Eres",
    ),
    (
        "en",
        "That Sexy Boy song, the French one, when was it last played?",
        "when did I last play Sexy Boy",
    ),
    (
        "en",
        "Don't Stop Me Now, when did that last play?",
        "when did I last play Don't Stop Me Now",
    ),
    ("en", "Genesis, when did that first play?", "when did I first play Genesis"),
    (
        "en",
        "Bryn Terfel, when did I last have him singing in here?",
        "when did I last play Bryn Terfel",
    ),
    (
        "en",
        "Catatonia, when did I first hear them on this thing?",
        "when did I first play Catatonia",
    ),
    (
        "en",
        "Out of all of them, which song is my favourite, would you say?",
        "which song is my favourite",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "I'm makin' a mix for the jukebox at work, don't laugh, name my five most played songs since March",
        "what are my five most played songs since March",
        "en",
    ),
    (
        "I'm puttin' together a playlist for the bar, don't judge, name my three most played songs this year",
        "what are my three most played songs this year",
        "en",
    ),
    (
        "what's been on constant repeat with me the past couple weeks, song-wise",
        "what's been on repeat the past couple weeks",
        "en",
    ),
    (
        "how much Queen have I had on this month, kid, and don't sugarcoat it",
        "how many times did I play Queen this month",
        "en",
    ),
    (
        "how much re-playin' did I do this year, same tunes again and again?",
        "what's my repeat rate this year",
        "en",
    ),
    (
        "do I listen more on the weekends or durin' the week, 'cause I work every Saturday so who knows",
        "do I listen more on the weekends or during the week",
        "en",
    ),
    (
        "Was there Air on the day before yesterday, the French ones with the funny name?",
        "did I play Air the day before yesterday",
        "en",
    ),
    (
        "Don't Stop Me Now, when did that last play?",
        "when did I last play Don't Stop Me Now",
        "en",
    ),
    ("Genesis, when did that first play?", "when did I first play Genesis", "en"),
    (
        "Every day without missing, how long have I kept it up, the listening?",
        "what's my streak",
        "en",
    ),
    (
        "Out of all of them, which song is my favourite, would you say?",
        "which song is my favourite",
        "en",
    ),
    (
        "Out of all of them, which band is my favourite?",
        "which band is my favourite",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("turn on the kitchen lights, kid", "en"),
    ("set a timer for five minutes, kid", "en"),
    ("play Don't Stop Me Now", "en"),
    ("play Bryn Terfel in the kitchen", "en"),
    ("what's playing now, isn't it", "en"),
    ("how long have I kept the oven on", "en"),
    ("is the front door locked", "en"),
)

"""Issue 45's seventy-sixth turn (blind round fifteen): a Mancunian teenager and a Kent grandfather.

Blind writer 517, a fourteen-year-old from Manchester, said "banging out"
for playing ("how much queen have i been banging out this month": not
understood) and "on mega rotation" for the song on repeat ("which track's on
mega rotation for me right now" was answered with what played lately, a
wrong fact). His "wots" opened no net sentence ("wots me most played tune of
all time": Home Assistant knew no area "all time"), and "when was homework
last on, the daft punk album" took "on, the daft" for a room.

Blind writer 518, a grandfather of seventy-nine from Kent, a little hard of
hearing, addresses the speaker last (", young lady": taken for a name),
opens with "I say," and asks for the usual time as "is there a particular
day and hour when I am most often listening", introduces a name by its kind
and asks about "it" or "they" ("That news programme, The Daily, how many
times has it played this week?", "That band called Air. When did they first
turn up on this box of tricks?": Encore asked which name was meant), makes
his word plain ("Which gramophone record, the album I mean, ...") and says
a weekend again ("last weekend, the two days": the last play of a name
"weekend"). "What am I listening to right now? What is this?" had reached
the Singlish net sentence (the question word said last) and is Home
Assistant's again.

Mended in `parse/mancunian_teen_en.py` and `parse/kent_grandfather_en.py`
(each only on its speaker's marks), `parse/name_again.py` (whose an album
is, said last, and "when was X last on") and `sentences/en.yaml` ("wots"
opens the net, a big rotation, the Singlish question word followed only by
the words that end a Singlish question).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "how much queen have i been banging out this month",
        "how much queen have i played this month",
    ),
    (
        "en",
        "how much daft punk have i been bangin out this week",
        "how much daft punk have i played this week",
    ),
    (
        "en",
        "what have i been banging out lately",
        "what have i played lately",
    ),
    (
        "en",
        "which track's on mega rotation for me right now",
        "which track's on heavy rotation for me right now",
    ),
    (
        "en",
        "what tune's on massive rotation at the minute",
        "what tune's on heavy rotation at the minute",
    ),
    (
        "en",
        "when was homework last on, the daft punk album",
        "when did i last play homework by daft punk",
    ),
    (
        "en",
        "when was sexy boy last on, the air song",
        "when did i last play sexy boy by air",
    ),
    (
        "en",
        "when was the last time i had discovery on, the daft punk album",
        "when was the last time i played discovery by daft punk",
    ),
    (
        "en",
        "when did i last have moon safari on the whole album",
        "when did i last have moon safari on the whole album",
    ),
    (
        "en",
        "Which gramophone record, the album I mean, have I played most of all?",
        "which album have I played most of all",
    ),
    (
        "en",
        "Which disc, the album I mean, did I play most last month?",
        "which album did I play most last month",
    ),
    (
        "en",
        "Which wireless programme, the podcast I mean, do I listen to most?",
        "which podcast do I listen to most",
    ),
    (
        "en",
        "How many songs have I played so far today, young lady?",
        "How many songs have I played so far today?",
    ),
    (
        "en",
        "How many hours did I listen this week, young man?",
        "How many hours did I listen this week?",
    ),
    (
        "en",
        "That news programme, The Daily, how many times has it played this week?",
        "how many times has The Daily played this week?",
    ),
    (
        "en",
        "That podcast, The Daily, when did I last hear it?",
        "when did I last hear The Daily?",
    ),
    (
        "en",
        "That band called Air. When did they first turn up on this box of tricks?",
        "When did Air first turn up?",
    ),
    (
        "en",
        "That group called Justice. Did I play them yesterday?",
        "Did I play Justice yesterday?",
    ),
    (
        "en",
        "When did I first hear Justice on this contraption?",
        "When did I first hear Justice?",
    ),
    (
        "en",
        "What did we have playing last weekend, the two days?",
        "what did we play last weekend",
    ),
    (
        "en",
        "I say, is there a particular day and hour when I am most often listening?",
        "what day and hour am I most often listening",
    ),
    (
        "en",
        "I say, is there a particular time of day when I usually listen?",
        "when do I usually listen",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wots me most played tune of all time",
        "what's my most played tune of all time",
        "en",
    ),
    ("wots me top artist this year", "who is my top artist this year", "en"),
    (
        "how much queen have i been banging out this month",
        "how many times did i play queen this month",
        "en",
    ),
    (
        "how much daft punk have i been bangin out this week",
        "how many times did i play daft punk this week",
        "en",
    ),
    (
        "which track's on mega rotation for me right now",
        "which song have I got on repeat",
        "en",
    ),
    (
        "what tune's on massive rotation at the minute",
        "which song have I got on repeat",
        "en",
    ),
    (
        "when was homework last on, the daft punk album",
        "when did I last play Homework",
        "en",
    ),
    (
        "when was sexy boy last on, the air song",
        "when did I last play Sexy Boy",
        "en",
    ),
    (
        "Which gramophone record, the album I mean, have I played most of all?",
        "which album have I played the most",
        "en",
    ),
    (
        "Which wireless programme, the podcast I mean, do I listen to most?",
        "which podcast do I listen to most",
        "en",
    ),
    (
        "How many songs have I played so far today, young lady?",
        "how many songs did I play today",
        "en",
    ),
    (
        "That news programme, The Daily, how many times has it played this week?",
        "how many times did I play The Daily this week",
        "en",
    ),
    (
        "That podcast, The Daily, when did I last hear it?",
        "when did I last play The Daily",
        "en",
    ),
    (
        "That group called Justice. Did I play them yesterday?",
        "did I play Justice yesterday",
        "en",
    ),
    (
        "What did we have playing last weekend, the two days?",
        "what did we play last weekend",
        "en",
    ),
    (
        "What did I have on last weekend, both days?",
        "what did I play last weekend",
        "en",
    ),
    (
        "I say, is there a particular day and hour when I am most often listening?",
        "when do I usually listen",
        "en",
    ),
    (
        "That band called Air. When did they first turn up on this box of tricks?",
        "when did I first play Air",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("What am I listening to right now? What is this?", "en"),
    ("what am I listening to right now, what song is this", "en"),
    ("Next track, please, young lady.", "en"),
    ("put the daily on, young lady", "en"),
    ("Turn the wireless up, young man.", "en"),
    ("That light in the kitchen, turn it off.", "en"),
    ("wots on the telly tonight", "en"),
    ("wots playing in the kitchen", "en"),
    ("play homework, the daft punk album", "en"),
)

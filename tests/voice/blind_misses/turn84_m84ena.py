"""Issue 45's eighty-second turn (blind round twenty-one): a Jamaican-born elder in Birmingham.

Blind writer 551, a retired nurse of eighty-seven, speaks Jamaican English
to a gadget she is unsure of. She says a time the Patois way: "from March
come" and "since October come" (since March: "from March" had been read
as March alone, a wrong fact), "dis summer gone", "las' three mont'" (all
time had been answered, a wrong fact); a rank as "more dan all di rest"
(what played in September had been answered, a wrong fact); a name first
and pointed back to ("Don't Stop Me Now, di Queen one, how much time it
play from March": the month's listening time had been answered, a wrong
fact; "Genesis, by Justice... mi last play it when?", "Justice - mi play
any a dem dis week?"); "from when mi did start listen di Daily" (the
day's first play had been answered, a wrong fact); and her openers and
tails ("Hello? Yuh hear mi?", "remind mi", "mi nuh memba", "yuh know if",
"..., mi memory nuh good again", "..., di Spanish-soundin' one", "... or
no?"). `patois_elder_en` reads them. Most of her questions had reached no
sentence: the Patois lines of `en.yaml` now hear "wha" as they heard
"wah", "we did have", "how many hour mi spend", "di five song dem mi did
play", "Justice - mi play any a dem", "yuh know if mi hear", "which song
close it off", "when it first come pon here" and "gi mi a likkle review".
"Di las' tune weh play pon yah, wha it name again?" is read as the last
song too, but it holds no word of the keyword gate ("tune", "play") and
never reaches Encore: left open, as "di las' time mi hear X" is.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Her own.
    (
        "en",
        "Hello? Yuh hear mi? Which band mi play di most ova di last three mont'?",
        "which band did I play the most over the last three months",
    ),
    (
        "en",
        "a who mi did a rate so much lately, darlin'? di artist mi cyaan stop put on",
        "which artist did I play the most lately",
    ),
    (
        "en",
        "number one tune fi mi from March come, wha it be?",
        "what was my top song since March",
    ),
    (
        "en",
        "Di five song dem mi did play most dis summer gone, read dem out fi mi slow",
        "my top five songs this summer",
    ),
    (
        "en",
        "Wha record mi did have on more dan all di rest inna September?",
        "what album did I have on the most in September",
    ),
    (
        "en",
        "how many ting mi put on altogether dis week, song an' podcast an' all",
        "how many things did I play this week",
    ),
    (
        "en",
        "Mi grandson set it up under Ada, dat's me. How many tune Ada play yesterday evenin'?",
        "how many songs did Ada play yesterday evening",
    ),
    (
        "en",
        "since October come, how many track dem mi did play, roughly?",
        "how many tracks did I play since October",
    ),
    (
        "en",
        "Don't Stop Me Now, di Queen one, how much time it play from March?",
        "how many times did I play Don't Stop Me Now by Queen since March",
    ),
    (
        "en",
        "Justice - mi play any a dem dis week? Mi cyaan memba at all.",
        "did I play Justice this week",
    ),
    (
        "en",
        "Yuh know if mi hear Jim Reeves at all dis month?",
        "did I hear Jim Reeves this month",
    ),
    (
        "en",
        "did I put on dat Café Tacuba on Saturday, di Spanish-soundin' one?",
        "did I play Café Tacuba on Saturday",
    ),
    (
        "en",
        "Las' Friday, mi play One More Time by di Daft Punk dem or no?",
        "did I play One More Time by Daft Punk last Friday",
    ),
    (
        "en",
        "mi nuh memba wha mi play dis afternoon. tell mi nuh",
        "what did I play this afternoon",
    ),
    (
        "en",
        "Mi skip a lot las' month, true? How much skippin' mi do?",
        "how much did I skip last month",
    ),
    (
        "en",
        "since Monday mi repeat a lot, or mi mix it up likkle?",
        "do I repeat songs a lot since Monday",
    ),
    (
        "en",
        "from when mi did start listen di Daily?",
        "when did I first listen to the Daily",
    ),
    (
        "en",
        "Dat Sexy Boy song - Lawd, mi nuh even know how it get deh - when it first come pon here?",
        "when did I first play Sexy Boy",
    ),
    (
        "en",
        "Genesis, by Justice... mi last play it when?",
        "when did I last play Genesis by Justice",
    ),
    (
        "en",
        "mi switch it off a while ago... wha did play last before it stop?",
        "what did I play last",
    ),
    (
        "en",
        "las' three mont', which band mi skip more dan any other?",
        "which band did I skip the most last three months",
    ),
    (
        "en",
        "Saturday an' Sunday, mi play more music dan durin' di week?",
        "do I play more music on weekends than during the week",
    ),
    (
        "en",
        "weekend versus di workin' week, which one mi listen more? mi nuh work again but still",
        "do I listen more on weekends or weekdays",
    ),
    # Made-up ones of the same kind.
    (
        "en",
        "wha song mi play di most from June come?",
        "what was my top song since June",
    ),
    (
        "en",
        "Hello? Yuh hear mi? Who mi did listen to di most ova di last two mont'?",
        "who did I listen to the most over the last two months",
    ),
    (
        "en",
        "Which artist mi did have on more dan any other inna August?",
        "which artist did I have on the most in August",
    ),
    (
        "en",
        "Bohemian Rhapsody, di Queen one, how much time it play dis year?",
        "how many times did I play Bohemian Rhapsody by Queen this year",
    ),
    (
        "en",
        "Sexy Boy, by Air... mi last hear it when?",
        "when did I last hear Sexy Boy by Air",
    ),
    (
        "en",
        "Queen - mi hear any a dem yesterday? Mi cyaan memba.",
        "did I hear Queen yesterday",
    ),
    (
        "en",
        "Yuh know if mi play Air at all las' week?",
        "did I play Air last week",
    ),
    (
        "en",
        "from when mi did start play Daft Punk?",
        "when did I first listen to Daft Punk",
    ),
    (
        "en",
        "Mi repeat a lot las' week, true? How much repeatin' mi do?",
        "do I repeat songs a lot last week",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Don't Stop Me Now, di Queen one, how much time it play from March?",
        "how many times did I play Don't Stop Me Now by Queen since March",
        "en",
    ),
    (
        "wha time a day mi usually put on di music?",
        "what time of day do I usually listen to music",
        "en",
    ),
    (
        "Yuh know if mi hear Queen at all dis month?",
        "did I hear Queen this month",
        "en",
    ),
    (
        "how many hour mi spend a listen to dis radio ting las' week",
        "how long did I listen last week",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("mi want fi hear some Jim Reeves inna di kitchen", "en"),
    ("play mi some Bob Marley, darlin'", "en"),
    ("turn off di radio, mi done listen", "en"),
    ("wha di weather a go do today?", "en"),
    ("put on di music inna di kitchen, ah beg yuh", "en"),
    ("di last song, play it again", "en"),
)

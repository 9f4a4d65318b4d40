"""Issue 45's eighty-third turn (blind round twenty-two), part m85enc: a Geordie landlady and an Appalachian grandmother.

Blind writer 554, a chatty Geordie pub landlady in her sixties, tells a
story in a sentence of its own before she asks, and asks about what it
named: "Me grandson put Daft Punk on for us ..., the little monkey. When
did they first turn up?" (the story's Easter had been read as the
period), "Ah've not heard Digital Love in ages, ... When was the last time
ah played it?", "Ah'm up at six for the deliveries .... Is that when ah
listen most, or what's me usual time?", "The pub's that busy Saturdays
.... Is it weekdays ah have the music on most, or weekends?". Her "us" is
me ("how many plays have they had off us": the household's plays had been
counted, a wrong fact), "ah divvent really do podcasts, ..., but which
one have ah listened to most?" asks the top podcast (the top song had
been answered, a wrong fact), "there's one ah always skip, ..., what is
it" the most skipped song; "ah've" is I've, "like, roughly" and ", hinny"
ask nothing. `tyneside_landlady_en` reads them.

Blind writer 556, an Appalachian grandmother of eighty-five, calls the
gadget "young'un", points back with "that'un", names a kind first ("Them
news shows. Which one have I been a-listenin' to most this month"), puts
a remark after a song ("Sexy Boy by Air, now don't you laugh, when did I
last have that on": the last song had been answered, a wrong fact), asks
what "you would tell 'em" of her taste, "am I one of them that plays the
same old tunes again and again", "how many minutes'd I have the radio
on", "any new folks turn up in my music here lately" and "What song's
been a-goin' round and round on here lately" (on repeat; what played
lately had been answered, a wrong fact). `appalachian_granny_en` reads
them. "what was the first song this year, back in January" is left as
the twentieth turn read "this year back in January": January (the
eighty-fourth turn reads a first play's "this year, back in January" as the
year's, as six blind writers meant: `turn86_lead`).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # 554's own.
    (
        "en",
        "Now ah divvent really do podcasts, me nephew set aal that up for us, but which one have ah listened to most?",
        "which podcast have I listened to most",
    ),
    (
        "en",
        "number of episodes ah've listened to this year like, roughly",
        "number of episodes I've listened to this year",
    ),
    (
        "en",
        "Daft Punk, how many plays have they had off us since October, pet",
        "how many times did I play Daft Punk since October",
    ),
    (
        "en",
        "Ah cannot remember for the life of us whether ah put The Daily on this mornin'. Did ah, pet?",
        "did I play The Daily this morning",
    ),
    (
        "en",
        "Ah'm up at six for the deliveries every day God sends. Is that when ah listen most, or what's me usual time?",
        "when do I usually listen",
    ),
    (
        "en",
        "Me grandson put Daft Punk on for us when he stayed ower at Easter, the little monkey. When did they first turn up?",
        "when did Daft Punk first turn up",
    ),
    (
        "en",
        "Ah've not heard Digital Love in ages, it's a canny song that. When was the last time ah played it?",
        "when was the last time I played Digital Love",
    ),
    (
        "en",
        "Moon Safari, when did ah last put that on, hinny",
        "when did I last play Moon Safari",
    ),
    (
        "en",
        "there's one ah always skip, ah just cannot abide it, what is it",
        "which song do I skip the most",
    ),
    (
        "en",
        "The pub's that busy Saturdays ah hardly hear meself think. Is it weekdays ah have the music on most, or weekends?",
        "do I listen to more music on weekdays or weekends",
    ),
    # Made up, of her kind.
    (
        "en",
        "Our lass put Queen on for us at the christening, the canny lass. When did they last come on?",
        "when did Queen last come on",
    ),
    (
        "en",
        "Ah haven't heard Genesis for yonks, pet. When did ah last play it?",
        "when did I last play Genesis",
    ),
    (
        "en",
        "Ah can't remember whether ah had Air on yesterday. Did ah?",
        "did I play Air yesterday",
    ),
    (
        "en",
        "Ah divvent really bother with albums, pet, but which one have ah played most this year?",
        "which album have I played most this year",
    ),
    (
        "en",
        "there's a band ah always skip, who is it, pet",
        "which artist do I skip the most",
    ),
    (
        "en",
        "Queen, how many plays have they had off us this month, hinny",
        "how many times did I play Queen this month",
    ),
    (
        "en",
        "how many songs have ah played today, roughly",
        "how many songs have I played today",
    ),
    (
        "en",
        "The lads come in for the darts Thursdays and it's bedlam. Is it weekends ah play most, or weekdays?",
        "do I listen more on weekends or weekdays",
    ),
    # 556's own.
    (
        "en",
        "Young'un, who is it I been a-listenin' to the most this week?",
        "who have I been listening to the most this week",
    ),
    (
        "en",
        "Don't Stop Me Now, when's the last time I heard that'un",
        "when's the last time I heard Don't Stop Me Now",
    ),
    (
        "en",
        "Them news shows. Which one have I been a-listenin' to most this month",
        "which podcast have I been listening to most this month",
    ),
    (
        "en",
        "If somebody was to ask you what my taste in music is, what would you tell 'em",
        "what is my taste in music",
    ),
    (
        "en",
        "any new folks turn up in my music here lately, ones I never heard tell of before",
        "which new artists have I heard lately",
    ),
    (
        "en",
        "Am I one of them that plays the same old tunes again and again",
        "do I play the same old tunes again and again",
    ),
    (
        "en",
        "Sexy Boy by Air, now don't you laugh, when did I last have that on",
        "when did I last have Sexy Boy by Air on",
    ),
    (
        "en",
        "What song's been a-goin' round and round on here lately, the one I keep playin'",
        "which song have I been playing on repeat lately",
    ),
    (
        "en",
        "In the kitchen there, how many minutes'd I have the radio on this mornin'",
        "in the kitchen how many minutes did I have the radio on this morning",
    ),
    # Made up, of her kind.
    (
        "en",
        "Them singers. Which one have I been a-listenin' to most this year",
        "which artist have I been listening to most this year",
    ),
    ("en", "Queen, when did I first hear that'un", "when did I first hear Queen"),
    (
        "en",
        "If anybody was to ask you what my taste is, what would you tell 'em",
        "what is my taste in music",
    ),
    (
        "en",
        "Am I one of them folks that plays the same songs over and over",
        "do I play the same songs again and again",
    ),
    (
        "en",
        "What tune's been a-goin' round and round on this thing this week",
        "which song have I been playing on repeat this week",
    ),
    (
        "en",
        "how many hours'd I have the music on yesterday, young'un",
        "how many hours did I listen to music yesterday",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Ah cannot remember for the life of us whether ah put The Daily on this mornin'. Did ah, pet?",
        "did I play The Daily this morning",
        "en",
    ),
    (
        "Ah'm up at six for the deliveries every day God sends. Is that when ah listen most, or what's me usual time?",
        "when do I usually listen",
        "en",
    ),
    (
        "Moon Safari, when did ah last put that on, hinny",
        "when did I last play Moon Safari",
        "en",
    ),
    (
        "there's one ah always skip, ah just cannot abide it, what is it",
        "which song do I skip the most",
        "en",
    ),
    (
        "The pub's that busy Saturdays ah hardly hear meself think. Is it weekdays ah have the music on most, or weekends?",
        "do I listen to more music on weekdays or weekends",
        "en",
    ),
    (
        "Daft Punk, how many plays have they had off us since October, pet",
        "how many times did I play Daft Punk since October",
        "en",
    ),
    (
        "Young'un, who is it I been a-listenin' to the most this week?",
        "who have I been listening to the most this week",
        "en",
    ),
    (
        "Them news shows. Which one have I been a-listenin' to most this month",
        "which podcast have I been listening to most this month",
        "en",
    ),
    (
        "If somebody was to ask you what my taste in music is, what would you tell 'em",
        "what is my taste in music",
        "en",
    ),
    (
        "Am I one of them that plays the same old tunes again and again",
        "do I play the same old tunes again and again",
        "en",
    ),
    (
        "In the kitchen there, how many minutes'd I have the radio on this mornin'",
        "in the kitchen how many minutes did I have the radio on this morning",
        "en",
    ),
    (
        "Sexy Boy by Air, now don't you laugh, when did I last have that on",
        "when did I last have Sexy Boy by Air on",
        "en",
    ),
    (
        "What song's been a-goin' round and round on here lately, the one I keep playin'",
        "which song have I been playing on repeat lately",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("put the radio on in the kitchen, pet", "en"),
    ("turn the big light off, hinny", "en"),
    ("what's on the telly the neet, pet", "en"),
    ("young'un, turn that box off", "en"),
    ("is the kitchen light on, young'un", "en"),
    ("play some Dolly Parton in the kitchen", "en"),
)

"""Issue 45's seventy-fifth turn (blind round fourteen): a Cockney market trader.

Blind writer 511, a Cockney market trader from East London, as speech to
text writes him: "larst week", "larst Friday", "larst summer" (last) were
read by no reader, so "did we 'ave The Daily on larst Friday" and "first
track larst Friday" answered today, "'ow did larst month go" this month and
"larst summer" this summer (wrong facts), and elsewhere "week" was a time
not understood; "the last free months" (three) and "November the fird"
(third, this month answered) were not read either; "fings", "frew", "wiv",
"me 'istory", "Radio'ead", "knock on the 'ead" hid their words; "all told",
"all in, proper total", "me memory's shot" were taken for part of the
question; "when did dont stop me now first turn up, the Queen one" took
"dont" for a person. His openers with a dropped h ("'ow many artists in
total, ever", "wot 'ad I got on at", "run me frew wot I 'ad on", "'ow
long's me streak", "when'd X last get a go") reached no sentence. Read by
`parse/cockney_market_en.py` (first in `said_as_written_en`, so the check
for unread times sees "last" too) and the sentences beside writer 461's.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "oi, 'oo's me number one geezer larst week, wot band did I 'ave on the most",
        "who was my top artist last week",
    ),
    (
        "en",
        "top two albums in the last free months, go on guv",
        "top two albums in the last three months",
    ),
    (
        "en",
        "'ow many hours did I listen larst week all in, proper total",
        "how many hours did I listen last week",
    ),
    (
        "en",
        "'ow many fings did I play in twenty twenty five all told",
        "how many things did I play in 2025",
    ),
    ("en", "first track larst Friday, wot was it guv", "first track last Friday"),
    (
        "en",
        "wot did I finish up wiv on Saturday",
        "what did I finish up with on Saturday",
    ),
    (
        "en",
        "'ow did larst month go music-wise, run me frew it",
        "how did last month go music-wise",
    ),
    (
        "en",
        "any new artists turn up larst year, ones I never 'ad on before",
        "any new artists last year",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "oi, 'oo's me number one geezer larst week, wot band did I 'ave on the most",
        "who was my top artist last week",
        "en",
    ),
    (
        "in the kitchen, 'oo did we 'ave bangin' out the most larst month",
        "in the kitchen who did we listen to most last month",
        "en",
    ),
    (
        "me favourite record larst year, which one was it, the one I wore out",
        "my top album last year",
        "en",
    ),
    (
        "top two albums in the last free months, go on guv",
        "top two albums in the last three months",
        "en",
    ),
    (
        "'ow many hours did I listen larst week all in, proper total",
        "how many hours did I listen last week",
        "en",
    ),
    (
        "'ow many fings did I play in twenty twenty five all told",
        "how many plays in 2025",
        "en",
    ),
    (
        "ow many diff'rent bands did I 'ave on larst summer",
        "how many different artists did I listen to last summer",
        "en",
    ),
    (
        "'ow many artists in total, ever, innit",
        "how many different artists have I listened to",
        "en",
    ),
    (
        "did we 'ave The Daily on larst Friday",
        "did we listen to The Daily last Friday",
        "en",
    ),
    (
        "did I play that cafe tacuba one, eres, on November the fird",
        "did I play Eres on November 3",
        "en",
    ),
    ("run me frew wot I 'ad on Saturday, go on", "what did I play on Saturday", "en"),
    (
        "fill me in on wot I 'ad on larst night, me memory's shot",
        "what did I play last night",
        "en",
    ),
    (
        "wot 'ad I got on at ten past five this afternoon",
        "what was playing at 5:10 pm today",
        "en",
    ),
    (
        "in the kitchen at 'alf eight this mornin', wot was on",
        "what was playing in the kitchen at 8:30 am today",
        "en",
    ),
    ("ain't missed a day 'ave I, 'ow long's me streak", "how long is my streak", "en"),
    (
        "larst time I played any cafe tacuba, when was it",
        "when did I last play cafe tacuba",
        "en",
    ),
    (
        "first track larst Friday, wot was it guv",
        "what was the first song I played last Friday",
        "en",
    ),
    (
        "wot did I finish up wiv on Saturday",
        "what was the last thing I played on Saturday",
        "en",
    ),
    (
        "'ow did larst month go music-wise, run me frew it",
        "recap last month's music",
        "en",
    ),
    (
        "wrap up larst summer for me, wot was it like for tunes",
        "recap last summer's music",
        "en",
    ),
    (
        "weekends or durin' the week, when am I listenin' more, innit",
        "do I listen more at weekends or on weekdays",
        "en",
    ),
    # Same-kind variants.
    (
        "'ow many tunes 'ave I 'ad on larst week",
        "how many songs did I play last week",
        "en",
    ),
    ("wot did I 'ave on larst Tuesday, bruv", "what did I play last Tuesday", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("what's on the telly guv", "en"),
    ("play Radio'ead in the kitchen", "en"),
    ("wot's playin' in the kitchen", "en"),
    ("turn it up a bit guv", "en"),
    ("'ow long's the timer got left", "en"),
)

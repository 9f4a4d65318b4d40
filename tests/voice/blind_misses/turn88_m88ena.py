"""Issue 45's eighty-sixth turn (blind round twenty-five): a Filipino nurse's Taglish in Leeds.

Blind writer 574, a Filipino nurse in Leeds in her thirties, mixes Tagalog
into English as the earlier Taglish writers did, but puts its words where
`taglish_en` did not look: particles between a count's words ("ilan na
ba yung artists na napakinggan ko", "ilang tunes na ba yung na play ko"),
her ranking as what is "pinaka played" or "lagi ko pinapatugtog" by her,
"kailan last ko pinatugtog si X" ("last" before "ko": the last song of all
had been answered, a wrong fact), "ano yung kanta at eight o'clock this
morning", "naka repeat ko", "paulit ulit lang ba yung kanta ko", "ilang
araw na ako straight nakikinig", "kamusta yung music week ko", "mas marami
ba ako nakikinig sa hapon or sa gabi", the least liked song beside a skip
said ("yung kanta na pinaka ayaw ko, like the one i keep skipping"), a
reason after the question (", kasi my duty was crazy that month": "that
month" had been asked back) and her shifts (", even on night duty").

Read now by `parse/leeds_nurse_taglish_en.py`, run first of
`said_as_written_en`. Nine of her questions reached no sentence: the net's
`taglish` phrases now hold "(ano|sino) yung X na lagi ko pinapatugtog",
"kailan last ko", "huling tugtog", "pinaka ayaw ko", "skip rate ko",
"vibe ng music ko", "oras ko na nakikinig", "paulit ulit lang ba", "music
week ko", "mas marami ba ako", and a line hears "ano yung kanta at <clock>
<a past part of the day>"; "huling", "kailan" and "nakikinig" are
listening words (`scripts/listening_words/en.txt`). The rows after her own
are the same shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Her own.
    (
        "en",
        "in the kitchen since october, yung singer or band na pinaka played ko, who is it",
        "in the kitchen since october, which artist did i play the most",
    ),
    (
        "en",
        "in september what track did i have on the most, kasi my duty was crazy that month",
        "in september what track did i have on the most",
    ),
    (
        "en",
        "ano yung album na lagi ko pinapatugtog nung august",
        "which album did i play the most in august",
    ),
    (
        "en",
        "this afternoon ilang tunes na ba yung na play ko",
        "how many tunes did i play this afternoon",
    ),
    (
        "en",
        "ilan na ba yung artists na napakinggan ko this year",
        "how many artists did i listen to this year",
    ),
    (
        "en",
        "ano yung kanta at eight o'clock this morning, the one while i'm making coffee",
        "what song was playing at eight o'clock this morning",
    ),
    (
        "en",
        "paulit ulit lang ba yung kanta ko since october",
        "do i play the same songs over and over since october",
    ),
    (
        "en",
        "ilang araw na ako straight nakikinig, even on night duty",
        "how many days in a row have i listened",
    ),
    (
        "en",
        "kailan last ko pinatugtog si sarah geronimo",
        "when did i last play sarah geronimo",
    ),
    (
        "en",
        "yung kanta na pinaka ayaw ko, like the one i keep skipping, ano yun",
        "which song do i skip the most",
    ),
    (
        "en",
        "ano yung song na naka repeat ko these days",
        "what song have i had on repeat these days",
    ),
    ("en", "kamusta naman yung music week ko", "how was my week in music"),
    (
        "en",
        "mas marami ba ako nakikinig sa hapon or sa gabi",
        "do i listen more in the afternoon or in the evening",
    ),
    (
        "en",
        "mas madami ba music ko pag weekend kesa weekdays",
        "do i listen to more music on weekends or on weekdays",
    ),
    # The same shapes said another way.
    (
        "en",
        "ilang songs na ba yung na play ko today",
        "how many songs did i play today",
    ),
    (
        "en",
        "ilan na ba yung different artists na napakinggan ko this month",
        "how many different artists did i listen to this month",
    ),
    (
        "en",
        "ilang episodes na ba yung na play ko this week",
        "how many episodes did i play this week",
    ),
    (
        "en",
        "yung artist na pinaka pinatugtog ko last month, sino yun",
        "which artist did i play the most last month",
    ),
    (
        "en",
        "last month, yung podcast na pinaka pinakinggan ko, ano yun",
        "last month, which podcast did i play the most",
    ),
    (
        "en",
        "ano yung kanta na lagi ko pinapakinggan this week",
        "which song did i play the most this week",
    ),
    (
        "en",
        "kailan huli ko narinig yung digital love",
        "when did i last play digital love",
    ),
    (
        "en",
        "kailan first ko pinatugtog yung moon safari",
        "when did i first play moon safari",
    ),
    (
        "en",
        "ano yung song at quarter past five this afternoon",
        "what song was playing at quarter past five this afternoon",
    ),
    (
        "en",
        "ano yung track na naka repeat ko lately",
        "what song have i had on repeat lately",
    ),
    (
        "en",
        "paulit ulit ba yung mga kanta ko this month",
        "do i play the same songs over and over this month",
    ),
    (
        "en",
        "ilang araw na akong sunod sunod nakikinig",
        "how many days in a row have i listened",
    ),
    (
        "en",
        "ilang araw na ako straight nakikinig, even after my night shift",
        "how many days in a row have i listened",
    ),
    ("en", "kamusta yung music month ko", "how was my month in music"),
    (
        "en",
        "mas madami ba ako nakikinig sa umaga or sa gabi",
        "do i listen more in the morning or in the evening",
    ),
    (
        "en",
        "mas marami ba music ko pag weekdays kesa weekend",
        "do i listen to more music on weekdays or on weekends",
    ),
    (
        "en",
        "in august what album did i have on the most, kasi i was on holiday that week",
        "in august what album did i have on the most",
    ),
    (
        "en",
        "yung artist na pinaka ayaw ko, like the one i always skip",
        "which artist do i skip the most",
    ),
    (
        "en",
        "ano yung usual oras ko na nakikinig",
        "what time do i usually listen",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    # Her own, which reached no sentence, the wrong one or none understood.
    (
        "in september what track did i have on the most, kasi my duty was crazy that month",
        "what track did i play the most in september",
        "en",
    ),
    (
        "ano yung album na lagi ko pinapatugtog nung august",
        "which album did i play the most in august",
        "en",
    ),
    (
        "ano yung kanta at eight o'clock this morning, the one while i'm making coffee",
        "what song was playing at eight o'clock this morning",
        "en",
    ),
    (
        "ano ba yung vibe ng music ko, like what type i'm into",
        "what kind of music am i into",
        "en",
    ),
    (
        "ano yung usual oras ko na nakikinig, and which day of the week",
        "when do i usually listen",
        "en",
    ),
    ("ano skip rate ko this week", "what's my skip rate this week", "en"),
    (
        "paulit ulit lang ba yung kanta ko since october",
        "what's my repeat rate since october",
        "en",
    ),
    (
        "kailan last ko pinatugtog si justice",
        "when did i last play justice",
        "en",
    ),
    ("ano yung huling kanta ko", "what was the last song i played", "en"),
    (
        "yung kanta na pinaka ayaw ko, like the one i keep skipping, ano yun",
        "what song do i skip the most",
        "en",
    ),
    ("sino yung artist na lagi ko ini-skip", "which artist do i skip the most", "en"),
    ("kamusta naman yung music week ko", "recap my week", "en"),
    (
        "mas marami ba ako nakikinig sa hapon or sa gabi",
        "do i listen more in the afternoon or in the evening",
        "en",
    ),
    (
        "mas madami ba music ko pag weekend kesa weekdays",
        "do i listen to more music on weekends or on weekdays",
        "en",
    ),
    # The same shapes said another way.
    (
        "kailan huli ko narinig yung digital love",
        "when did i last listen to digital love",
        "en",
    ),
    (
        "ano yung huling tugtog ko kagabi",
        "what was the last song i played last night",
        "en",
    ),
    ("ano repeat rate ko this year", "what's my repeat rate this year", "en"),
    (
        "ano yung kanta na lagi ko pinapakinggan this week",
        "what song did i play the most this week",
        "en",
    ),
    ("ano yung usual oras ko na nakikinig", "when do i usually listen", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("play yung kanta na lagi ko pinapatugtog", "en"),
    ("i-play mo yung kanta na lagi ko pinapakinggan", "en"),
    ("skip this song, yung kanta na pinaka ayaw ko", "en"),
    ("ano yung kanta", "en"),
    ("ano yung kanta na ito", "en"),
    ("ano yung kanta at eight tonight", "en"),
    ("pause muna, ano yung kanta", "en"),
    ("turn on repeat mode naman", "en"),
    ("what am i listening right now", "en"),
    ("I am sure I've heard it", "en"),
)

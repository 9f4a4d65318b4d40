"""Issue 45's seventy-fourth turn, blind round thirteen: Glasgow, the Gold Coast.

A Glaswegian taxi driver talking between fares (501), as speech-to-text
writes his Scots: "hae", "hiv" for have and "hud" for had ("whit band hae
ah been playin the maist", "whit hud ah on this mornin"), "oan" for on,
"ony daft punk the day?", "ma go tae band", "can ah no stop playin", "hiv
ah stuck on" (played): the net caught none of them ("Sorry, I couldn't
understand that"). "At hauf eight this mornin" was dropped and the whole
morning answered, a wrong fact; his opener "aye hen quick wan afore ma
next fare" was searched as a name; "the third o november" after "naw
wait" was not read as the time put right; "am ah pure skippin everythin"
was narrowed by "everythin".

A Gold Coast surfer (504): "how much has queen been getting a run this
week", "what was i cranking last night" (asked nothing), "when'd air first
pop up in me history", "the band i can't be bothered with, like skip every
time" and "the earworm i keep chucking on these days" (the net caught
none; the last was read as what played, not the song on repeat).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # The taxi driver (501).
    (
        "en",
        "how many tunes hiv ah stuck on the day so far",
        "how many tunes have I played today so far",
    ),
    (
        "en",
        "how much queen hiv ah had oan this month",
        "how many times did I play queen this month",
    ),
    (
        "en",
        "aye hen quick wan afore ma next fare how many times did ah play that one more time by daft punk this week",
        "how many times did I play one more time by daft punk this week",
    ),
    ("en", "ony daft punk the day?", "did I play any daft punk today"),
    ("en", "ony queen yesterdy", "did I play any queen yesterday"),
    (
        "en",
        "did ah listen tae queen on tuesday naw wait the third o november",
        "did I listen to queen the third of november",
    ),
    ("en", "whit hud ah on this mornin", "what did I play this morning"),
    ("en", "whit hud ah oan yesterdy", "what did I play yesterday"),
    (
        "en",
        "whit wis playin at hauf eight this mornin",
        "what was playing at half eight this morning",
    ),
    (
        "en",
        "whit wis on at hauf six last night",
        "what was on at half six last night",
    ),
    ("en", "am ah pure skippin everythin these days", "am I skipping a lot lately"),
    (
        "en",
        "when did ah last hae don't stop me now on",
        "when did I last listen to don't stop me now",
    ),
    ("en", "whit tune can ah no stop playin", "what song do I keep playing"),
    ("en", "whit did ah play the night", "what did I play tonight"),
    (
        "en",
        "right hen whit band hae ah been playin the maist this month",
        "who did I listen to most this month",
    ),
    # The surfer (504).
    (
        "en",
        "how much has queen been getting a run this week",
        "how many times did I play queen this week",
    ),
    (
        "en",
        "how much has daft punk been getting a spin this month",
        "how many times did I play daft punk this month",
    ),
    ("en", "what was i cranking last night", "what did I play last night"),
    (
        "en",
        "what were we pumping yesterday arvo",
        "what did we play yesterday afternoon",
    ),
    ("en", "when'd air first pop up in me history", "when did I first play air"),
    (
        "en",
        "what's the earworm i keep chucking on these days",
        "what song do I keep playing these days",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "right hen whit band hae ah been playin the maist this month",
        "who did I listen to most this month",
        "en",
    ),
    (
        "ower the past two weeks who's been ma go tae band",
        "who was my top artist over the past two weeks",
        "en",
    ),
    (
        "ma go tae podcast in twenty twenty five, whit wis it",
        "what was my top podcast in 2025",
        "en",
    ),
    (
        "how many tunes hiv ah stuck on the day so far",
        "how many songs did I play today",
        "en",
    ),
    (
        "how much queen hiv ah had oan this month",
        "how many times did I play queen this month",
        "en",
    ),
    (
        "aye hen quick wan afore ma next fare how many times did ah play that one more time by daft punk this week",
        "how many times did I play one more time by daft punk this week",
        "en",
    ),
    ("ony daft punk the day?", "did I play daft punk today", "en"),
    ("whit hud ah on this mornin", "what did I listen to this morning", "en"),
    (
        "whit wis playin at hauf eight this mornin",
        "what was playing at 8:30 this morning",
        "en",
    ),
    (
        "am ah pure skippin everythin these days",
        "am I skipping a lot lately",
        "en",
    ),
    (
        "when did ah last hae don't stop me now on",
        "when did I last listen to don't stop me now",
        "en",
    ),
    ("whit tune can ah no stop playin", "what song do I keep playing", "en"),
    (
        "how much has queen been getting a run this week",
        "how many times did I play queen this week",
        "en",
    ),
    ("what was i cranking last night", "what did I play last night", "en"),
    ("when'd air first pop up in me history", "when did I first play air", "en"),
    (
        "who's the band i can't be bothered with, like skip every time",
        "which artist do I skip the most",
        "en",
    ),
    (
        "what's the earworm i keep chucking on these days",
        "what song do I keep playing these days",
        "en",
    ),
)

# Commands in the same voices stay Home Assistant's.
STAYS: tuple[Stays, ...] = (
    ("play some daft punk the night, hen", "en"),
    ("stick on queen in the kitchen", "en"),
    ("crank the tunes in the lounge", "en"),
    ("chuck on some queen mate", "en"),
    ("what's playing", "en"),
)

"""Issue 45's eightieth turn (blind round nineteen): an Alaskan fisherman's fragments and a Bradford shopkeeper dictating.

Blind writer 538, a terse Alaskan commercial fisherman back on shore, asks
in fragments: the kind first and "how many'd I" after ("episodes. how
many'd I get through last month"), "plays, total, all of last year",
"Sexy Boy come on this week? Yup or nope." ("did" dropped, the tag after),
"Eight this morning. What song." (the time first, a full stop, a bare
hour), "What was playing nine p.m. Wednesday" (no "at"), "Homework, the
daft punk album. Last time it played?", "last thing played in October.
Song." and "what track keeps coming back round": `alaskan_fisherman_en`
reads them. Home Assistant had taken the rest for areas: "which show'd I
have on most", "total time on the speaker this year", "how many tunes in
the kitchen this week"; the sentence file's net now hears each.

Blind writer 541, a Pakistani shopkeeper in Bradford using speech to
text, says the name first ("cafe taco bar did i listen this year") and
asks his repeat rate as a deed ("how much repeat i do this year"):
`bradford_dictated_en` reads them; "what type music i like" (no "of") and
"queen last time when na" are the net's. His recogniser wrote "the
dearly" for The Daily (a British "ear" with no r for a long "ay") and "la
fam daron" for La femme d'argent (the French soft g unheard): Encore had
said it found nothing (a wrong fact); the name matcher now hears both.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "episodes. how many'd I get through last month",
        "how many episodes did I get through last month",
    ),
    (
        "en",
        "tracks. how many'd we get through this week",
        "how many tracks did we get through this week",
    ),
    ("en", "plays, total, all of last year", "how many plays in total last year"),
    ("en", "streams, total, this year", "how many streams in total this year"),
    (
        "en",
        "Sexy Boy come on this week? Yup or nope.",
        "did Sexy Boy come on this week",
    ),
    ("en", "Air come up last week? Yup or nope.", "did Air come up last week"),
    ("en", "Hear any Queen yesterday? Yup or nope.", "Hear any Queen yesterday?"),
    (
        "en",
        "Eight this morning. What song.",
        "at eight this morning, what song",
    ),
    ("en", "Seven last night. What tune.", "at seven last night, what tune"),
    (
        "en",
        "Half past six this morning. What song was that.",
        "half past six this morning, what song",
    ),
    (
        "en",
        "What was playing nine p.m. Wednesday",
        "what was playing at nine pm Wednesday",
    ),
    (
        "en",
        "What was playing ten a.m. yesterday",
        "what was playing at ten am yesterday",
    ),
    (
        "en",
        "Homework, the daft punk album. Last time it played?",
        "when did I last play the album Homework",
    ),
    (
        "en",
        "Moon Safari, the Air album. Last time it played?",
        "when did I last play the album Moon Safari",
    ),
    (
        "en",
        "last thing played in October. Song.",
        "last song played in October",
    ),
    ("en", "first thing on last Saturday. Tune.", "first tune on last Saturday"),
    (
        "en",
        "what track keeps coming back round, lately",
        "what track is on repeat lately",
    ),
    ("en", "what song keeps coming back around", "what song is on repeat"),
    (
        "en",
        "cafe taco bar did i listen this year",
        "did i listen to cafe taco bar this year",
    ),
    ("en", "eres did i listen last week", "did i listen to eres last week"),
    ("en", "daft punk did i hear yesterday yaar", "did i hear daft punk yesterday"),
    ("en", "how much repeat i do this year", "what is my repeat rate this year"),
    ("en", "how much repeat i doing this month", "what is my repeat rate this month"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "which show'd I have on most in twenty twenty five",
        "what was my top podcast in 2025",
        "en",
    ),
    (
        "which song'd I have on most last month",
        "what was my most played song last month",
        "en",
    ),
    (
        "total time on the speaker this year. In hours.",
        "how long did I listen this year",
        "en",
    ),
    (
        "How many tunes in the kitchen this week",
        "how many songs did I play in the kitchen this week",
        "en",
    ),
    (
        "how many tracks in the kitchen last month",
        "how many songs did I play in the kitchen last month",
        "en",
    ),
    ("plays, total, all of last year", "how many plays did I have last year", "en"),
    ("Sexy Boy come on this week? Yup or nope.", "did I play Sexy Boy this week", "en"),
    ("Air come up last week? Yup or nope.", "did I play Air last week", "en"),
    (
        "Eight this morning. What song.",
        "what was playing at eight this morning",
        "en",
    ),
    (
        "Homework, the daft punk album. Last time it played?",
        "when did I last play the album Homework",
        "en",
    ),
    (
        "last thing played in October. Song.",
        "what was the last song I played in October",
        "en",
    ),
    (
        "cafe taco bar did i listen this year",
        "did I listen to cafe tacvba this year",
        "en",
    ),
    ("what type music i like", "what kind of music do I like", "en"),
    ("what kind music i like", "what kind of music do I like", "en"),
    ("how much repeat i do this year", "what is my repeat rate this year", "en"),
    ("queen last time when na", "when did I last listen to queen", "en"),
    ("air first time when na", "when did I first listen to air", "en"),
    ("last time the dearly was on", "when did I last listen to the daily", "en"),
    (
        "when i last play la fam daron",
        "when did I last play la femme d'argent",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("how many lights in the kitchen are on", "en"),
    ("turn on the kitchen speaker yup", "en"),
    ("what's playing", "en"),
    ("what song is this", "en"),
    ("what type is the kitchen light", "en"),
    ("play homework by daft punk", "en"),
    ("total time left on the timer", "en"),
)

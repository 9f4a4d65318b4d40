"""Issue 45's seventy-fifth turn (blind round fourteen): what the lead mended beside the helpers.

Last round's one English miss, writer 501's "did ah listen tae queen on
tuesday naw wait the third o november", was asked back: the check for
unread times read the raw words, where neither "naw" took Tuesday back nor
"the third o november" was a date. That check now reads the speaker's words
first (`said_as_written_en/de`, as the parser does), "naw" is a correction
word, and a Glaswegian "o" before a month is "of".

A listed sentence's time slot holds the words as said: "was war mein
lieblings lied im früh ling" read no time from "im früh ling" and answered
for all time (a wrong fact); a word of time the recogniser split is joined
in the slot too (`misrecognised_de.time_words_joined`).

This round's writer 508 asked "how many times did that daft punk one more
time get played in october": "that" before a name without its kind word hid
the name, "in october" was taken for it and October's plays were answered
(a wrong fact). Writer 514's "hw long is left on the timer" reached Encore's
net through its "hw long"; the net now takes "hw long" only before a
listening question's words. The Saarlander's and the Palatine's "Stunne"
(hours) is read by their own reader, before a count looks for its name. Writer 510's "wie viel Episoden hab ich
in 2025 gehört" was asked back as time or plays: "wie viel" before a word
that is counted ("Episoden", "Lieder") counts, before "Musik" it is time.
Writer 508's Scouse: "ey" said first, "the song I can't be arsed with, the
one I skip most", "what track am I batterin at the minute" (the present
tense, read by a net line of its own). Net lines for counts said without a
verb (Hong Kong's "how many minute of podcast this week already", "got new
band this week or not"; Newfoundland's "total time listenin' in twenty
twenty five" and "was I after listenin'"). "How many minutes of music are
left on the timer" had been answered with today's listening (a wrong
answer to a command): what is left is no question of listening.

Writer 509 asked "if somebody asks you what music Ada likes, what will you
tell them". Reading it showed an older wrong fact: "what kind of music does
Bob like" was answered with the asker's own taste, Bob never read as the
person asked about; now Bob is, and an unknown Bob is said to be unknown.
Writer 513's "this week how many song, different one i mean, not counting
repeat" (a singular "repeat" had been a name left out) and "in kitchen how
long the music on this morning" reach Encore by net lines that need a word
of time said after, so a sleep timer's "how long the music on for" stays
Home Assistant's.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "how many times did that daft punk one more time get played in october",
        "how many times did daft punk one more time get played in october",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "did ah listen tae queen on tuesday naw wait the third o november",
        "did I listen to Queen on the third of November",
        "en",
    ),
    (
        "did I play queen on tuesday, naw, on the third of november",
        "did I listen to Queen on the third of November",
        "en",
    ),
    (
        "was war mein lieblings lied im früh ling",
        "was war mein Lieblingslied im Frühling",
        "de",
    ),
    (
        "wie oft hab ich am wochen ende daft punk gehört",
        "wie oft hab ich am Wochenende Daft Punk gehört",
        "de",
    ),
    (
        "how many times did that daft punk one more time get played in october",
        "how many times did I play One More Time by Daft Punk in October",
        "en",
    ),
    (
        "how many times did that genesis get played last week",
        "how many times did I play Genesis last week",
        "en",
    ),
    (
        "Wieviel Stunne Podcast hann isch im Auguscht geheert, wie?",
        "wie viele Stunden Podcast habe ich im August gehört",
        "de",
    ),
    (
        "wieviel Stunne hann isch geschder gehert, so insgesamt",
        "wie viele Stunden habe ich gestern gehört",
        "de",
    ),
    (
        "wie viel Episoden hab ich in 2025 gehört",
        "wie viele Episoden habe ich 2025 gehört",
        "de",
    ),
    (
        "wie viel Lieder hab ich gestern gehört",
        "wie viele Lieder habe ich gestern gehört",
        "de",
    ),
    (
        "ey have I had that sexy boy by air on at all this month",
        "did I play Sexy Boy by Air this month",
        "en",
    ),
    (
        "what's the song I can't be arsed with, the one I skip most",
        "which song do I skip most",
        "en",
    ),
    (
        "what track am I batterin at the minute",
        "what is my top track lately",
        "en",
    ),
    (
        "how many minute of podcast this week already",
        "how many minutes of podcasts did I listen to this week",
        "en",
    ),
    ("got new band this week or not", "did I discover new artists this week", "en"),
    (
        "total time listenin' in twenty twenty five, all told",
        "how long did I listen in 2025",
        "en",
    ),
    (
        "was I after listenin' to any Air this week",
        "did I listen to Air this week",
        "en",
    ),
    (
        "if somebody asks you what music Ada likes, what will you tell them",
        "what kind of music does Ada like",
        "en",
    ),
    ("what music does Ada like", "what kind of music does Ada like", "en"),
    (
        "this week how many song, different one i mean, not counting repeat",
        "how many different songs did I listen to this week",
        "en",
    ),
    (
        "in kitchen how long the music on this morning",
        "how long did I listen to music in the kitchen this morning",
        "en",
    ),
    ("hw long did i listen this wk", "how long did I listen this week", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("hw long is left on the timer", "en"),
    ("how long is left on the timer", "en"),
    ("what song is playing in the kitchen", "en"),
    ("got new messages or not", "en"),
    ("how long the music on for", "en"),
    ("what track is playing at the minute", "en"),
)

# Someone else's taste is never the asker's: who Bob is, Encore does not know.
WHOSE_UNKNOWN: tuple[str, ...] = (
    "what kind of music does Bob like",
    "what music does Bob like",
    "what kind of music does Bob listen to",
)

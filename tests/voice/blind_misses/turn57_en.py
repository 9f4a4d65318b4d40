"""Issue 45's fifty-sixth turn, English: blind writers 348 to 355.

Writers 348 to 355 (a terse Dublin commuter, a chatty Toronto office
manager, an East London teenager, an Ohio grandmother, a Polish learner, a
lawyer dictating without punctuation, a speech-to-text engine's Edinburgh
Scots and a Japanese learner) were scored before anything was tuned on
them: 746 of 841 right, 11 wrong facts, 0 negatives captured. Their wrong
facts and the ways most often missed, in this file's own phrasings:

- Edinburgh Scots through speech to text (81 of 104): "hoo mony", "hoo
  much", "who long" (how long: what played was answered, a wrong fact),
  "did a", "hae a", "av a", "dae a", "day a" (I), "mast" (most), "twa",
  "dinnae", "whits", "a aye skip" (always), "the day lee" (The Daily).
- London's youth English: "been on bare" (played a lot: what played was
  answered, a wrong fact), "man's done", "did I bang", "what was I on",
  ", swear down it was peak" (the peak hour answered, a wrong fact).
- A lawyer's "let the record reflect", "for my own records", "on the
  record" (albums ranked for a song's question: two wrong facts) and her
  clauses: "and I mean the band X not ...", "that was the Tuesday ...",
  "my husband swears ...", "and don't count the podcast".
- "A favorite album now. Which one ...": the kind said before "which one"
  (songs ranked for an album's question: a wrong fact).
- A Japanese learner: "how many time I listened <name>" (the time was
  answered for a count: two wrong facts), "afternoon or evening, when I
  listened more" (the peak hour: a wrong fact), "what kind of things I
  listened" (the taste: a wrong fact), "X is what?", "is there any X in my
  listening before?".
- A Dublin commuter's "c'mere, ...", "got hammered" (the most played),
  "all in" (all time), "kitchen, how long today so" (the room said first).
- A Polish learner's "song of month", "album of last three months for me
  which one it is", "kurczę".
- A busy talker's ", scratch that", ", well, no, just ...", ", I'm juggling
  ..." and "the last song on Friday night, before bed" (no plays that
  night: a wrong fact; the day's last song was asked).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Scots as speech to text writes it.
    ("en", "hoo mony tunes did a play the day", "how many songs did I play today"),
    (
        "en",
        "who long did a have music on yesterday",
        "how long did I listen to music yesterday",
    ),
    (
        "en",
        "hoo much time hae a spent on podcasts this week",
        "how much time have I spent on podcasts this week",
    ),
    ("en", "which artist dae a skip the maist", "which artist do I skip the most"),
    (
        "en",
        "name ma five mast played songs this month",
        "name my five most played songs this month",
    ),
    ("en", "when did a last hear the day lee", "when did I last hear the daily"),
    ("en", "whits the song a aye skip", "what's the song I always skip"),
    # London's youth English.
    (
        "en",
        "who's man been on bare this month",
        "who have I played the most this month",
    ),
    ("en", "how many songs man's done today", "how many songs have I played today"),
    (
        "en",
        "when did I first bang genesis by justice",
        "when did I first play genesis by justice",
    ),
    (
        "en",
        "what tune did I play the most this week, swear down it's peak",
        "what tune did I play the most this week",
    ),
    ("en", "what was I on yesterday", "what did I listen to yesterday"),
    # A lawyer's record and clauses.
    (
        "en",
        "let the record show that I am asking which song I played most this month",
        "which song did I play most this month",
    ),
    (
        "en",
        "for my own records which artist did I play the most in October",
        "which artist did I play the most in October",
    ),
    (
        "en",
        "which song have I had on repeat lately but I'd like that on the record",
        "which song have I had on repeat lately",
    ),
    (
        "en",
        "did I play Justice this month and I mean the band not the idea",
        "did I play Justice this month",
    ),
    (
        "en",
        "what did I play on November fourth that was the Wednesday I was at the office",
        "what did I play on November fourth",
    ),
    (
        "en",
        "did we play Air yesterday my wife insists we did and I don't think so",
        "did we play Air yesterday",
    ),
    # A kind named before "which one".
    (
        "en",
        "My son tells me I have a favourite band these days. Which one did I play the most this year?",
        "which band did I play the most this year",
    ),
    # A Japanese learner.
    (
        "en",
        "how many time I listened Sexy Boy last week?",
        "how many times did I listen to Sexy Boy last week",
    ),
    (
        "en",
        "last month morning or evening, when I listened more music",
        "did I listen to more music in the morning or the evening last month",
    ),
    (
        "en",
        "what kind of things I listened yesterday, short please",
        "what did I listen to yesterday",
    ),
    ("en", "album of this month is what?", "what is my album of this month"),
    ("en", "is there any Air in my listening before?", "did I ever listen to Air"),
    # A Dublin commuter's clipped questions.
    ("en", "c'mere, top five songs last month", "top five songs last month"),
    (
        "en",
        "which artist got hammered last week",
        "which artist did I play the most last week",
    ),
    ("en", "total plays, all in", "total plays all time"),
    (
        "en",
        "bedroom, how many songs yesterday so",
        "how many songs yesterday in the bedroom",
    ),
    # A Polish learner.
    ("en", "what was album of year for me", "what was my album of the year"),
    (
        "en",
        "song of last two months for me which one it is",
        "which song did I play the most in the last two months",
    ),
    (
        "en",
        "kurde what artist I am always skipping",
        "what artist am I always skipping",
    ),
    # A busy talker.
    (
        "en",
        "what was the last song I played on Tuesday night, before bed",
        "what was the last song I played on Tuesday",
    ),
    (
        "en",
        "who was my top artist this month, and also what about last month, actually no, scratch that",
        "who was my top artist this month",
    ),
    (
        "en",
        "how many podcasts did I play this week, I'm way behind on everything",
        "how many podcasts did I play this week",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "hoo mony songs did a play this week",
        "how many songs did I play this week",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("hoo's that at the door", "en"),
    ("let the record show the lights are off", "en"),
)

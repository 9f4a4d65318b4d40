"""Issue 45's sixty-fourth turn, English: blind writers 419 to 421.

A Polish nurse of adult-learned English (writer 420) said Polish's false
friends: "which team I was listening most" for a band (read as the top
songs, a wrong fact), "what audition I listen most" for a podcast
("audycja", a wrong fact), "lastly" for lately ("ostatnio": "did I heard
X lastly" was answered over all time, a wrong fact), "by me" for at my
place ("u mnie"), "from end, the last what I listen" ("od końca", "co"),
"from all what I played", "since how many days I listen every day",
"this day" for today; "was some Air playing this morning" for whether it
played; "before noon or after noon" for the morning and the afternoon
(read as noon's peak, a wrong fact); a period said before "weekdays or
weekend, when I listen more" (read as the usual hour, a wrong fact); "what
band I don't like, I skip them most, who"; "person of night or of
morning"; "eee ..., favourite performer for me who was" (`learner_pl_en`,
net lines). A Highland crofter (419) said "been fair stuck on", ", d'ye
ken", "number o' plays", "listenin the maist", "repeatin o' songs", "how
did August go for the music"; a mother at the stove (421) took a
correction back ("this morning, no the other, sorry, this morning").
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "which team did i listen to the most this month",
        "which band did i listen to the most this month",
    ),
    ("en", "what team i play most last week", "which band did i play most last week"),
    (
        "en",
        "what audition i hear most this month",
        "which podcast did i hear most this month",
    ),
    (
        "en",
        "which audition i was listening most last year",
        "which podcast did i listen to most last year",
    ),
    ("en", "did i hear justice lastly", "did i hear justice lately"),
    ("en", "did i play some new band lastly", "did i discover new artists lately"),
    (
        "en",
        "when first time daft punk was playing by me",
        "when did i first play daft punk",
    ),
    ("en", "when first time air was on", "when did i first play air"),
    (
        "en",
        "when first time wet leg was playing by me",
        "when did i first play wet leg",
    ),
    (
        "en",
        "what song i started this day with",
        "what was the first song i played today",
    ),
    (
        "en",
        "with what track i began this day",
        "what was the first track i played today",
    ),
    (
        "en",
        "since how many days i play every day without break",
        "how many days in a row have i listened",
    ),
    (
        "en",
        "how many tracks i skipped last week from all what i played",
        "how many tracks did i skip last week out of all i played",
    ),
    (
        "en",
        "new singers in this month for me, first time heard",
        "new artists this month",
    ),
    (
        "en",
        "what singer i don't like, i skip him most, who",
        "which artist do i skip the most",
    ),
    (
        "en",
        "which song i don't like, i skip it the most",
        "which song do i skip the most",
    ),
    (
        "en",
        "this month weekdays or weekend, when i listen more",
        "do i listen more on weekdays or weekends this month",
    ),
    (
        "en",
        "last year weekends or weekdays, when i play more",
        "do i listen more on weekends or weekdays last year",
    ),
    (
        "en",
        "do i listen more before noon or after noon",
        "do i listen more in the morning or in the afternoon",
    ),
    (
        "en",
        "was some justice playing yesterday",
        "did i play any justice yesterday",
    ),
    (
        "en",
        "was something of daft punk on last night",
        "did i play any daft punk last night",
    ),
    (
        "en",
        "how many songs did I hear yesterday, no the other one, sorry, yesterday",
        "how many songs did I hear yesterday",
    ),
    (
        "en",
        "which band have I been fair stuck on lately, d'ye ken",
        "which band have I been stuck on lately",
    ),
    (
        "en",
        "number o' skips over the last thirty days",
        "number of skips over the last thirty days",
    ),
    (
        "en",
        "when am I listenin the maist, what hour",
        "when do I listen the most",
    ),
    ("en", "how did October go for the music", "recap October for music"),
    (
        "en",
        "eee this month favourite performer for me who is",
        "who is my top artist this month",
    ),
    (
        "en",
        "am i person of morning or of evening",
        "do i listen more in the morning or in the evening",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "which team i was listening the most this month",
        "which artist did i listen to the most this month",
        "en",
    ),
    (
        "what audition i hear most this month, the podcast i mean",
        "which podcast did i listen to most this month",
        "en",
    ),
    ("did i heard one more time lastly", "did i hear one more time lately", "en"),
    (
        "when is more music by me, before noon or after noon",
        "do i listen to more music in the morning or in the afternoon",
        "en",
    ),
    (
        "last month weekdays or weekend, when i listen more",
        "do i listen more on weekdays or weekends last month",
        "en",
    ),
    (
        "was some daft punk playing this morning",
        "did i play daft punk this morning",
        "en",
    ),
    ("with what song i began this day", "what was the first song i played today", "en"),
    (
        "tell me name of song from end, the last what i played",
        "what was the last song i played",
        "en",
    ),
    (
        "since how many days i listen every day, no pause",
        "how many days in a row have i listened",
        "en",
    ),
    (
        "what artist i don't like, i skip them most, who",
        "which artist do i skip the most",
        "en",
    ),
    (
        "for podcasts am i person of night or of morning",
        "do i listen to more podcasts at night or in the morning",
        "en",
    ),
    (
        "eee this week favourite performer for me who was",
        "who was my top artist this week",
        "en",
    ),
    (
        "how many songs did I play yesterday, no the other, sorry, yesterday",
        "how many songs did I play yesterday",
        "en",
    ),
    (
        "number o' plays over the last thirty days",
        "number of plays in the last thirty days",
        "en",
    ),
    (
        "when am I listenin the maist, what day o' the week",
        "when do I listen the most",
        "en",
    ),
    ("how did September go for the music", "recap September for music", "en"),
    (
        "which singer have I been fair stuck on this year, d'ye ken",
        "which singer have I been stuck on this year",
        "en",
    ),
    # The writers' own words.
    (
        "which team i was listening most in this week",
        "which artist did i listen to most this week",
        "en",
    ),
    (
        "what audition i listen most this year i mean the podcast",
        "which podcast did i listen to most this year",
        "en",
    ),
    (
        "did i heard eres from cafe tacuba lastly",
        "did i hear eres from cafe tacuba lately",
        "en",
    ),
    (
        "did i discover some new singer lastly",
        "did i discover new artists lately",
        "en",
    ),
    (
        "this year weekdays or weekend, when i listen more",
        "do i listen more on weekdays or weekends this year",
        "en",
    ),
    (
        "which singer have I been fair stuck on lately, d'ye ken",
        "which singer have I been stuck on lately",
        "en",
    ),
    (
        "number o' plays over the last seven days",
        "number of plays over the last seven days",
        "en",
    ),
    (
        "when am I listenin the maist, what hour and what day o' the week",
        "when do I listen the most",
        "en",
    ),
    (
        "how much repeatin o' songs did I do this month",
        "how much repeating of songs did I do this month",
        "en",
    ),
    ("how did August go for the music", "recap August for music", "en"),
    (
        "eee last week favourite performer for me who was",
        "who was my top artist last week",
        "en",
    ),
    ("was some air playing this morning", "did i play air this morning", "en"),
    (
        "new artists in this year for me, first time heard",
        "new artists this year",
        "en",
    ),
    (
        "how many songs i skipped this week from all what i played",
        "how many songs did i skip this week out of all i played",
        "en",
    ),
    (
        "since how many days i listen every day no pause",
        "how many days in a row have i listened",
        "en",
    ),
    (
        "when did One More Time first turn up, Mia put that down, turn up in my history",
        "when did I first play One More Time",
        "en",
    ),
    (
        "tell me name of song from end, the last what i listen",
        "what was the last song i listened to",
        "en",
    ),
    (
        "with what song i started this day",
        "what was the first song i played today",
        "en",
    ),
    (
        "what band i don't like, i skip them most, who",
        "which band do i skip the most",
        "en",
    ),
    (
        "for music am i person of night or of morning",
        "do i listen to more music at night or in the morning",
        "en",
    ),
    (
        "how many songs did I play this morning, no the other, sorry, this morning",
        "how many songs did I play this morning",
        "en",
    ),
    (
        "when did Sexy Boy first turn up, Leo stop laughing it's a song title, turn up in my history",
        "when did I first play Sexy Boy",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("which team won the match last night", "en"),
    ("play some air in the kitchen", "en"),
    ("is some music playing in the kitchen", "en"),
    ("turn up the music in the kitchen, turn up the volume", "en"),
)

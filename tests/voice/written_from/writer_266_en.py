"""Writer 266, retired Glasgow schoolteacher, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Right, who have I been playing the most this year, would you say?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who's my number one band of all time, then",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="Which artist was I absolutely mad about last month?",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Tell me, who did we have on most in the kitchen last week?",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="who am I obsessed with these days, musically speaking",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="What's been my most played song this month? The top one, I mean.",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name me my three most played tracks since March, would you",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="my favourite tune of twenty twenty five, what was it again",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="Top five songs over the summer, please.",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="in the kitchen, which song gets the most plays",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Which record did I play most in October?",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="what's my most listened-to album, of all time like",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="The two albums I've had on most this year, gonnae tell me what they are?",
        family="top_albums",
        period="this_year",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what podcast am I hooked on just now",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Which programme, podcast I should say, did I listen to most last year?",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="my go-to podcast in September, which was it",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="how long have I had music on today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="How many hours did I spend listening last week, roughly?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how long was I listening to podcasts in September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="How much time did we spend with the music on yesterday, the whole house?",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="over the weekend past, last weekend I mean, how many minutes of listening did I do",
        family="listening_time",
        period="last_weekend",
    ),
    # plays
    Fresh(
        text="how many songs have I played so far the day",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="How many things did I play over the last seven days, all told?",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="number of podcast episodes I listened to in August?",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did I get through on Saturday",
        family="plays",
        period="saturday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="How many different artists have I listened to this year?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands, different ones, did I have on in the last thirty days",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="Out of curiosity, how many separate singers and groups have I ever played?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs have I played since October",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="How many separate songs did I listen to last month? No, not plays, different songs.",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many individual tunes have I had on over the past two weeks",
        family="songs_count",
        period="last_2_weeks",
    ),
    # play_count
    Fresh(
        text="how many times have I played Bohemian Rhapsody, dear",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How much Queen have I had on this month?",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="Don't Stop Me Now, how often did that get played last week?",
        family="play_count",
        period="last_week",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="how many times did I play Radiohead this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="The Daily, how many episodes of it did I have on in October?",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Did I listen to any Air yesterday?",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="had any Justice on lately?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Did I play that Eres song by Café Tacvba this week, the Mexican one?",
        family="did_i",
        period="this_week",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="did I hear anything by Wet Leg last summer, at all",
        family="did_i",
        period="last_summer",
        name="Wet Leg",
    ),
    Fresh(
        text="Was there any Daft Punk on the day before yesterday, aye or no?",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Run me through what I had on last Friday.",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what did we listen to on November the third",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="What music did I have on this morning, remind me.",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="what have I been listening to this afternoon, then",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="What was playing at eight o'clock last night, about?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what was on at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what song was on at ten past five the day, this afternoon like",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Yesterday evening at ten past eight, what was it I was listening to?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="what kind of music would you say I'm into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Describe my taste in music for me, would you? Be kind, mind.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of stuff have I been into this year, music-wise",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="when do I tend to listen, what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Which day of the week am I listening most, and at what time, usually?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I discovered anybody new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Any new bands turn up in my listening over the last three months?",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="who's new to me since Monday, if anyone",
        family="new_artists",
        period="since_monday",
    ),
    # skips
    Fresh(
        text="how often do I skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="What's my skip rate been like this week?",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="am I an awful one for skipping, then, be honest",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Do I play the same tracks over and over? This year, I mean.",
        family="repeat",
        period="this_year",
        content="music",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening now",
        family="streak",
    ),
    Fresh(
        text="What's my listening streak at the minute?",
        family="streak",
    ),
    Fresh(
        text="how long have I kept it going without a day off the music, days running",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="When's the first time I ever played Bohemian Rhapsody?",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="first time I heard The Weeknd, when was that",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="The Daily, when did I first start on it?",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="when did I last have Air on",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="When was the last time I played Sexy Boy?",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="last time I listened to that one more time song by daft punk?",
        family="last_play",
        name="One More Time by Daft Punk",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="The very last tune I had on, what was it? I've clean forgotten.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I put on today",
        family="first_today",
    ),
    Fresh(
        text="First tune of the day, what was it?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Which song did I start with on Saturday?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="the first thing I played last week, what was it",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="what did I start the month off with, song-wise",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="what was the last song I had on last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="What did I finish up with the day before yesterday?",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="last track of October, what was it",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="What's the tune I'm forever skipping past?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Who's the band I can't be bothered with? The one I skip the most, I mean.",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="Which track can I not stop playing? Go on, tell me.",
        family="on_repeat",
    ),
    Fresh(
        text="what's the song I keep going back to just now",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="How was my week for music?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="fill me in on how my listening went in September",
        family="recap",
        period="september",
    ),
    Fresh(
        text="a wee rundown of my listening, please",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="How did last year go, music-wise? A review, like.",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="gonnae do me a wee roundup of my year",
        family="recap",
        period="this_year",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Am I more of an afternoon listener or a night one, would you say?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more at the weekend or through the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Weekdays versus weekends: which do I play more music on?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play Air in the kitchen, would you",
    "turn the music up a wee bit",
    "what's that playing in the kitchen the now",
    "what song is this, it's on the tip of my tongue",
    "skip this song, I cannae stand it",
    "pause the podcast, the kettle's boiled",
    "next track in the living room please",
    "turn off the kitchen light",
    "play the album Discovery",
    "put the volume down to four",
    "shuffle my music",
    "switch repeat off, I've heard that one enough",
    "group the kitchen speaker with the living room one",
    "set a timer for twenty minutes for the tatties",
    "what's the weather doing the day",
    "add milk to my messages, the shopping list I mean",
    "turn the heating up to twenty, it's baltic",
    "what am I listening to right now",
    "play Queen, Bohemian Rhapsody, nice and loud",
    "put The Daily on",
    "stop the music",
    "play something by Justice in the kitchen",
    "is it going to rain outwith the city this afternoon",
    "who sings this, the one that's on now",
    "turn it down, dear, the neighbours",
    "resume the podcast where I left off",
    "go back a song, I missed the start",
    "play Café Tacvba",
    "put some music on in the kitchen, anything cheery",
    "set the thermostat to nineteen",
    "how no play that Daft Punk album, Homework",
    "mute the kitchen speaker",
    "what's the time",
    "remind me to phone my sister at six",
    "turn on repeat for this track",
    "louder please",
    "play the latest episode of The Daily",
    "what album is this song from",
    "switch the lights on in the hall",
    "is the front door locked",
    "play some jazz in the living room",
    "how long is left on this song",
]

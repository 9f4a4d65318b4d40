"""Writer 270, Canadian hockey dad, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who'd I have on the most last week eh",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="sorry, quick one, who's my go-to band of all time",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="who've I been obsessed with lately, artist-wise, eh",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists this year, give'r",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="who were our top bands last month, the whole family like",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="who did Ada play the most the last seven days",
        family="top_artists",
        period="last_7_days",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what's my song of the month eh",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five most played tracks since March, beauty",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="what were my top two tunes last summer at the cottage",
        family="top_tracks",
        period="last_summer",
        count=2,
    ),
    Fresh(
        text="in the kitchen what gets played the most, song-wise",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="what album did I wear right out this year eh",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="record I spun the most in October, what was it",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="favourite album of all time, what's it say bud",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="what's my go-to podcast these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which show have I been hooked on since October, the talky ones I mean",
        family="top_podcasts",
        period="since_october",
    ),
    Fresh(
        text="top podcast last year",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="how many hours of tunes did I have on this week, eh",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long did I listen yesterday, between the practice and the game",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="sorry, how much time'd I spend on podcasts the last thirty days",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="total hours we listened last weekend, all of us",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs have I played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many streams did I rack up in twenty twenty five",
        family="plays",
        period="in_2025",
    ),
    Fresh(
        text="how many episodes did I get through this month eh",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Saturday, was that a couple few plays or a whole bunch, how many",
        family="plays",
        period="saturday",
    ),
    # artists_count
    Fresh(
        text="how many different bands did I listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists have I got in there, all told",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="number of different artists over the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many unique tracks since Monday eh",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many different tunes did Ada go through in September",
        family="songs_count",
        period="september",
        person="Ada",
    ),
    # play_count
    Fresh(
        text="how many times did I crank bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had going this week, give or take",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how often'd that one more time song by daft punk come on last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="in the kitchen, since October, how many times has the daily played",
        family="play_count",
        period="since_october",
        name="The Daily",
        room="kitchen",
    ),
    Fresh(
        text="how many times did I play Radiohead last year",
        family="play_count",
        period="last_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I hear any Justice yesterday eh",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="any Air this summer? did I have some on",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="did we have dance by justice on last weekend, the kids were bouncing off the walls",
        family="did_i",
        period="last_weekend",
        name="D.A.N.C.E. by Justice",
        person="we",
    ),
    Fresh(
        text="the daily, did I catch it the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="played any Wet Leg lately?",
        family="did_i",
        period="lately",
        name="Wet Leg",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what'd I have on last night, sorry, bit of a blur after the game",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="run me through what played this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what were we listening to on Saturday",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="what tunes did I have on November 3rd",
        family="what_played",
        period="november_3",
        content="music",
    ),
    # playing_at
    Fresh(
        text="yesterday around ten past eight, what was on the go",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what song was on at quarter after eight this morning eh",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="what was playing at five past five today, right after I got home from the rink",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="nine o'clock Wednesday night, what was playing",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, eh",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would ya describe my taste, be honest bud",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste been like lately",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have the tunes going",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I listen the most, like what hour and what day of the week",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="this month, when's my usual listening time",
        family="peak",
        period="this_month",
    ),
    # new_artists
    Fresh(
        text="discovered anybody new lately eh",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new bands pop up for me this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="who'd I hear for the very first time last month",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often do I hit skip, be honest",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="last week how many did I skip out of what I played",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="do I replay the same songs a lot or what",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="how much have I been playing the same stuff over and over lately, like a broken record",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days straight have I listened now, eh",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak at, like a point streak but for tunes",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when'd I first play Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time I ever heard Eres by Café Tacvba, when was that",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="when did I first listen to The Weeknd",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when did I last have Queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time I listened to digital love, when was that eh",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="when's the last time the daily played",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="sorry what'd I play last, song-wise, the very last one",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first tune I put on today",
        family="first_today",
    ),
    Fresh(
        text="what'd I start the day with eh, before the early skate",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first thing I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what'd I kick off last week with, first song",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="first track on Saturday, what was it",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what was the last song I played last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what'd I finish off yesterday evening with",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="last tune this morning, what was it bud",
        family="last_in",
        period="this_morning",
    ),
    # most_skipped
    Fresh(
        text="what song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track do I always bail on",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song this year eh",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip the most eh",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do I skip most often, artist-wise, sorry to whoever it is",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song can't I stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what've I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which tune's been stuck on loop for me, the one the kids are sick of",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me the rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give'r, my year in review eh",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on how my listening went last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="quick recap of my listening, whenever you're ready",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or at night, eh",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or afternoons, when do I play more tunes",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or on the weekends with all the tournaments",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends versus weekdays, when did I have more music on this year",
        family="compare_week",
        period="this_year",
        content="music",
    ),
]

NEGATIVES = [
    "play some Daft Punk in the kitchen eh",
    "crank the tunes, give'r",
    "what's playing in the kitchen right now",
    "what song is this, eh",
    "skip this one, sorry",
    "pause the podcast for a sec, the kids are yelling",
    "next track in the living room",
    "turn off the kitchen light",
    "play the album Discovery",
    "turn it down a couple few notches",
    "shuffle on, bud",
    "put this song on repeat",
    "group the kitchen and the living room speakers",
    "set a timer for twenty minutes for the pizza pops",
    "what's the weather at the rink tomorrow morning",
    "add hockey tape to the shopping list",
    "set the thermostat to twenty-one, it's freezing in here",
    "what am I listening to right now",
    "who sings this one",
    "play The Daily",
    "resume the podcast",
    "volume to five in the kitchen",
    "stop the music, sorry",
    "play Bohemian Rhapsody by Queen",
    "play something by Justice, eh",
    "louder, louder, beauty",
    "what's the score of the Leafs game",
    "turn on the garage lights",
    "play the next episode of The Daily",
    "what album is this from",
    "add this song to the car playlist",
    "play some music in the kitchen",
    "mute the kitchen speaker",
    "go back a song",
    "restart this track",
    "set an alarm for five a.m., early practice",
    "how cold is it outside eh",
    "turn the bass up in the kitchen",
    "stop playing in all the rooms",
    "rewind thirty seconds",
    "turn repeat off",
    "play the radio in the kitchen",
    "what's on right now, the song I mean",
]

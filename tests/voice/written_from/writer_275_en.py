"""Writer 275, Scottish night-shift nurse dictating tired, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="aye so who have I been listening to the most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="och who was my number one artist last year",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="which band have I been pure obsessed with lately eh",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists since March",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in the kitchen, which artist gets played the most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who did we have on the most in October",
        family="top_artists",
        period="october",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what's my most played song the year",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="right name my five most played tracks ever",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="song of the month for October, what was it again",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="which tune did we play the most last week",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    # top_albums
    Fresh(
        text="which album have I played most since October",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="my favourite album this summer, what was it",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="what record did I play the most in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am I hooked on the now",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast last month",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="aye what's been my top podcast over the last three months",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="how long have I had music on the day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="roughly how many hours did I listen last week, cannae have been many",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time did I spend on podcasts in September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how long did we listen for yesterday",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="how many minutes of music this afternoon before my shift",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs did I get through this morning after nights",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many things did I stream over the last thirty days",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="total plays in August",
        family="plays",
        period="august",
    ),
    Fresh(
        text="how many episodes have I listened to this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="different bands since Monday, how many is that",
        family="artists_count",
        period="since_monday",
    ),
    Fresh(
        text="how many artists have I had on in total, all in",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many separate tracks have I heard in the last seven days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="number of different songs ever, roughly",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did I play don't stop me now this month",
        family="play_count",
        period="this_month",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="how many times did I listen to daft punk since March, a lot I bet",
        family="play_count",
        period="since_march",
        name="Daft Punk",
    ),
    Fresh(
        text="how much moon safari have I had on in the last seven days",
        family="play_count",
        period="last_7_days",
        name="Moon Safari",
    ),
    Fresh(
        text="how many times did I play wet leg",
        family="play_count",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="genesis, how many times did I have it on last summer",
        family="play_count",
        period="last_summer",
        name="Genesis",
    ),
    # did_i
    Fresh(
        text="did I have any queen on the day",
        family="did_i",
        period="today",
        name="Queen",
    ),
    Fresh(
        text="have I heard one more time by daft punk this week",
        family="did_i",
        period="this_week",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="listened to the daily this morning?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did I hear the weeknd at all last year",
        family="did_i",
        period="last_year",
        name="The Weeknd",
    ),
    Fresh(
        text="any justice last weekend",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    # what_played
    Fresh(
        text="what had I on yesterday evening, I cannae remember",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I have on last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what was on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="run me through what I played on Saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what music did we have on November the third",
        family="what_played",
        period="november_3",
        content="music",
        person="we",
    ),
    Fresh(
        text="what have I been listening to over the past two weeks",
        family="what_played",
        period="last_2_weeks",
    ),
    # playing_at
    Fresh(
        text="what was playing at ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was on at quarter past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="yon song at ten past five the day, what was it",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="what was on Wednesday night at nine",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, honestly",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe my taste then",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste like these days",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="when do I usually listen, what hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my busiest day and time for listening",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what time and what day am I normally listening, wi these shifts I've no idea",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I discovered anyone new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new artists in the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="who did I hear for the first time last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do I skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how many did I skip this week out of how many",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="what's my skip rate since October",
        family="skips",
        period="since_october",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same stuff",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="am I playing the same songs over and over, the last thirty days like",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened now",
        family="streak",
    ),
    Fresh(
        text="what's my wee listening streak at",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did bohemian rapsody first turn up",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="first time I ever played radiohead, when was that",
        family="first_play",
        name="Radiohead",
    ),
    # last_play
    Fresh(
        text="when did I last have the daily on",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time I listened to cafe tacuba",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when was the last time I played sexy boy by air",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="och what was that last tune I had on",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to the day",
        family="first_today",
    ),
    Fresh(
        text="first song I put on today, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did I start off with last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what was the very first thing I played in October",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="what was the last song yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I finish on last night before I went in",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last tune I played on the third of November",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track do I always skip, yon one",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the artist I keep skipping",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song can I no stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what's in heavy rotation wi me the now",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gie me a wee rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="do my year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="recap of the summer please",
        family="recap",
        period="summer",
    ),
    Fresh(
        text="how did my week go, music wise",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="am I more a morning or a night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or at the weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends versus weekdays, when do I listen more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "aye play daft punk in the kitchen",
    "turn yon music down a wee bit",
    "what song is this",
    "skip this one",
    "pause the podcast, I'm on the phone",
    "next track in the living room",
    "kitchen light off",
    "play the album discovery",
    "volume to three",
    "shuffle on",
    "put this song on repeat",
    "group the kitchen and living room speakers",
    "set a timer for twenty minutes for my tea",
    "what's the weather like the night",
    "add milk to the shopping list",
    "turn the heating up a wee bit",
    "what am I listening to right now",
    "who sings this",
    "play the daily",
    "stop the music",
    "play something quiet, I'm off to my bed",
    "set an alarm for half six",
    "louder",
    "cannae hear it, turn it up",
    "what's playing in the kitchen",
    "play bohemian rhapsody",
    "go back to the start of this track",
    "shuffle off",
    "turn repeat off",
    "play some justice in the kitchen",
    "next episode",
    "what album is this from",
    "mute the kitchen speaker",
    "how long left on the timer",
    "set the thermostat to twenty",
    "is it gonnae rain the day",
    "put the lights on in the hall",
    "play air on all the speakers",
    "resume the podcast",
    "skip forward thirty seconds",
    "play the radio",
    "what's on the shopping list",
    "turn everything off, I'm away to my bed",
    "volume down",
    "play queen in the kitchen",
]

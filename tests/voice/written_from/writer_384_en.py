"""Writer 384, a Filipino nurse working in Dubai (Philippine English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who is my number one artist this year po",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="which singer i listened the most last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="who was i obsessed with lately po, the artist i mean",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="give me my top 3 artist since march",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="for august who is the band i played the most",
        family="top_artists",
        period="august",
    ),
    # top_tracks
    Fresh(
        text="what is my most played song for this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="my favourite song of all time what is it po",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="give me my top five songs last year",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="in the kitchen what song is played the most last week",
        family="top_tracks",
        period="last_week",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="which album i played the most this summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="the album i keep on playing over and over for the past two weeks what is that",
        family="top_albums",
        period="last_2_weeks",
    ),
    Fresh(
        text="what is my top album for this year already",
        family="top_albums",
        period="this_year",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am i hooked on po",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most listened podcast of mine this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="since october what is my go to podcast",
        family="top_podcasts",
        period="since_october",
    ),
    # listening_time
    Fresh(
        text="how many hours i listen to music this week already",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long i listened yesterday po",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how much time i spent on podcast last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how long the music was on in the kitchen today",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how many minutes of music this afternoon po",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="how many hours we played music last month",
        family="listening_time",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="how long did Ada listen this week po",
        family="listening_time",
        period="this_week",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs i played today already",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many times i played something last weekend",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="how many episodes i listened to this month po",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total streams i have in the last 30 days",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="since monday how many tracks i played",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different singers i listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artist are in my history in total po",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="count of different artists for the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs i played in september",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="how many unique tracks i have since monday po",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many different titles i listened to last summer",
        family="songs_count",
        period="last_summer",
    ),
    # play_count
    Fresh(
        text="how many times i played bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk i had on this week po",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily how many times i played last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times i listened to radiohead already",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="ilang beses, i mean how many times i played dance by justice in october",
        family="play_count",
        period="october",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="did i listen to queen yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="i played justice this morning or not po",
        family="did_i",
        period="this_morning",
        name="Justice",
    ),
    Fresh(
        text="did i hear cafe tacuba recently",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="did we play air last weekend",
        family="did_i",
        period="last_weekend",
        name="Air",
        person="we",
    ),
    Fresh(
        text="the weeknd did i listen to him this month po",
        family="did_i",
        period="this_month",
        name="The Weeknd",
    ),
    # what_played
    Fresh(
        text="what was i listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did i play the day before yesterday po",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what music was on last friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what did we listen to on saturday",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="what did Ada listen to last week",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="what songs i listened last night before i sleep",
        family="what_played",
        period="last_night",
        content="music",
    ),
    # playing_at
    Fresh(
        text="last night around quarter to 8 what was playing po",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on this morning at 8 o clock",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="yesterday 8 pm what was playing",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="at five fifteen this afternoon what was playing po",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was playing on wednesday 9 pm in the kitchen",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="what kind of music i am into po",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste in music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what type of music i like lately",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="what time i usually listen to music",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what day of the week i listen the most po",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is my peak hour for listening this year",
        family="peak",
        period="this_year",
    ),
    # new_artists
    Fresh(
        text="any new artist i discovered this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who are the singers i listened for the first time last month",
        family="new_artists",
        period="last_month",
    ),
    Fresh(
        text="did i discover anyone new lately po",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="how often i am skipping, like my skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how many skips i did this week already",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="my skip rate for the last seven days po",
        family="skips",
        period="last_7_days",
    ),
    # repeat
    Fresh(
        text="what is my repeat rate this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="i always play the same thing again and again or not, how much i replay",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days straight i been listening already",
        family="streak",
    ),
    Fresh(
        text="my listening streak po how many days in a row",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time i played one more time by daft punk",
        family="first_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="since when i have wet leg in my history po",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when was the last time i played dont stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when i last heard air po",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="last time i listened to the daily when was that",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="the song i played last, what is that again po",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was my first song today",
        family="first_today",
    ),
    Fresh(
        text="what is the song i wake up to today po",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i start with last friday po",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what is the very first song i played in 2025",
        family="first_in",
        period="in_2025",
    ),
    # last_in
    Fresh(
        text="what was the last song last night before i sleep po",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song i played on saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what did i finish with on november 3",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="which song i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what song i always skip po",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who is the singer i always skip already",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song i cant stop playing po",
        family="on_repeat",
    ),
    Fresh(
        text="whats on repeat for me these days",
        family="on_repeat",
    ),
    Fresh(
        text="what is my lss now, the song stuck on my head",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="can you run me through my listening po",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="my year in review please",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap of my october po",
        family="recap",
        period="october",
    ),
    Fresh(
        text="how did my twenty twenty five go in music",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more in the morning or in the evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="which one i listen more po, afternoon or night time",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or on weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend or weekdays which one i play more music po",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "open the music in the kitchen po",
    "close the music already",
    "for a while, pause the podcast",
    "play daft punk in the kitchen po",
    "open the light in the kitchen",
    "close the aircon in the bedroom",
    "lower the volume po its too loud",
    "louder the music please",
    "next song",
    "skip this song already",
    "what song is this po",
    "who is singing this one",
    "whats playing in the kitchen right now",
    "what am i listening to right now",
    "shuffle my playlist po",
    "put this song on repeat",
    "set a timer for 15 minutes for my adobo",
    "whats the weather in dubai tomorrow",
    "is it hot outside already",
    "add rice and eggs to my shopping list",
    "set the thermostat to 22 po",
    "play the album discovery",
    "play the latest episode of the daily",
    "group the kitchen speaker with the living room speaker",
    "stop the music i am going to sleep already, duty tomorrow",
    "resume the podcast po",
    "play some opm love songs",
    "play bohemian rhapsody by queen",
    "volume to 30 percent",
    "turn off the repeat mode",
    "next track in the living room",
    "remind me to call my mama at 9 pm",
    "wake me up at 5 am for my shift",
    "turn off the kitchen light po",
    "play justice louder in the kitchen",
    "what album is this song from",
    "go back to the previous song",
    "play relaxing music for sleeping po",
    "is the kitchen speaker connected already",
    "what time is it in manila now",
    "mute the speaker for a while",
    "open the radio po",
    "how long until my timer finish",
    "play the next episode of the daily in the kitchen",
]

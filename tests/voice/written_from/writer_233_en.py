"""Writer 233, university student from Lagos (Nigerian English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="abeg who be the artist wey I play pass this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="how far, which artist did I hear pass last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who I dey obsessed with lately sef",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="I have been hearing music since two weeks now, which artist dey top",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="my number one artist for last year, who be am",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="in the kitchen, which band do I play pass since March",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="wetin be my song of the month o",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="abeg name my three most played songs",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="top 5 tracks for October abeg",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="which song did I hear pass for twenty twenty five",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="3 songs wey I play pass this week, list am for me",
        family="top_tracks",
        period="this_week",
        count=3,
    ),
    # top_albums
    Fresh(
        text="which album did I dey rinse pass this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="my favourite album since October, na which one",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="the record I played most this summer abeg",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on these days sef",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my go-to podcast for last month na which one",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="top podcast of all time for me",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how many hours I don spend hearing music today o",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how far, how long did I listen yesterday evening",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="total minutes of podcast I have been hearing since Monday",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="how much music did we have on last weekend sef",
        family="listening_time",
        period="last_weekend",
        person="we",
        content="music",
    ),
    Fresh(
        text="for the last 30 days how long I don dey listen",
        family="listening_time",
        period="last_30_days",
    ),
    # plays
    Fresh(
        text="how many songs did I play this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="abeg how many streams did I do last week",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="number of episodes I played this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did we play on Saturday",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many tunes I play in the last seven days sef",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I been hearing this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists did I listen to for September",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="count the artists wey I play last month for me",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play since October",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="wetin be the number of distinct tracks I heard over the past two weeks",
        family="songs_count",
        period="last_2_weeks",
    ),
    Fresh(
        text="I have been hearing songs since three months, how many unique ones be that",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="how many times did I play bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen I don hear this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="the daily, how many times did I play am since March",
        family="play_count",
        period="since_march",
        name="The Daily",
    ),
    Fresh(
        text="how many times did I play Radiohead last year",
        family="play_count",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="that daft punk one more time song, how many times I don play am in total",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="did I hear any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="abeg did I listen to Air this morning",
        family="did_i",
        period="this_morning",
        name="Air",
    ),
    Fresh(
        text="listened to any cafe tacuba lately?",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I play The Weeknd for August",
        family="did_i",
        period="august",
        name="The Weeknd",
    ),
    Fresh(
        text="did I play dance by justice last Friday o",
        family="did_i",
        period="last_friday",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="did we hear that Discovery album last month",
        family="did_i",
        period="last_month",
        name="Discovery",
        person="we",
    ),
    # what_played
    Fresh(
        text="wetin I dey listen to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I play the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="run me through wetin I heard on November 3rd",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="which music did I hear last night sef",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="what was I hearing this afternoon in the kitchen",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="wetin dey play around quarter to eight yesterday night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="which song was playing this morning by 8:15",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="what was on today by ten past five for evening",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="wetin I dey hear by 8pm yesterday",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into sef",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="abeg describe my music taste for me",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how you go describe my taste this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day I dey usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when be my peak listening time abeg, which hour and which day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I discover anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which new artists did I start hearing this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new artist for last month wey I never hear before",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often do I dey skip sef",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wetin be my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="I dey skip too much? how many skips last week",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wetin be my repeat rate since October",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening now",
        family="streak",
    ),
    Fresh(
        text="my listening streak how far, how many days straight",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first hear Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did around the world first enter my history",
        family="first_play",
        name="Around the World",
    ),
    Fresh(
        text="when was the first time I played Wet Leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when last did I hear Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the last time I played the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="sexy boy by air, when did I play am last",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    # last_song
    Fresh(
        text="wetin be the last song I played",
        family="last_song",
    ),
    Fresh(
        text="abeg which track did I play last",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to this morning",
        family="first_today",
    ),
    Fresh(
        text="first song I played today na which one",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="which song did I start with yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="wetin be the first track I played last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first song for this week abeg",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what did I end with yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="last song I played on Saturday na which",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="which track did I finish last month with",
        family="last_in",
        period="last_month",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip pass",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the song wey I dey always skip, which one be that",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most sef",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who be the artist wey I dey skip pass",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song I have on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="wetin dey heavy rotation for me now",
        family="on_repeat",
    ),
    Fresh(
        text="which tune I no fit stop playing",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="abeg how my week for music be",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me my year in review o",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through my listening, like a quick rundown",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="fill me in on last month, how my listening go",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="recap for last summer abeg",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of morning or evening listener sef",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I dey listen more for afternoon or for night time",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or for weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend versus weekdays, when I dey hear pass",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "abeg play Daft Punk for kitchen",
    "turn the music up small",
    "wetin dey play now for kitchen",
    "what song is this one",
    "skip this song abeg",
    "pause the podcast jare",
    "next track",
    "off the kitchen light",
    "play the album Discovery",
    "reduce the volume o",
    "shuffle am",
    "put repeat on for this song",
    "group the kitchen speaker with the parlour one",
    "set timer for ten minutes, my rice dey for fire",
    "wetin be the weather today",
    "add garri to my shopping list",
    "set the thermostat to 22",
    "what am I listening to right now",
    "who sings this song wey dey play",
    "play the daily",
    "play Bohemian Rhapsody loud loud",
    "stop the music abeg",
    "play something by Burna Boy",
    "resume the podcast",
    "go back to the previous song",
    "play Genesis by Justice for kitchen",
    "how far, which album is this",
    "turn on repeat mode",
    "volume 5",
    "mute the kitchen speaker",
    "play some Afrobeats",
    "what time is it now",
    "remind me to call mummy by 7",
    "play the latest episode of the daily",
    "like this song",
    "add this song to my playlist",
    "play music for all the rooms",
    "turn off shuffle",
    "how long remain for this episode",
    "set alarm for 6am",
    "is it going to rain today",
    "play Air on the kitchen speaker",
    "on the light for kitchen abeg",
]

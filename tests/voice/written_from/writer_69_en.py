"""Writer 69, a non-native speaker (Turkish native living in Berlin, English A2-B1), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who is my most listen artist last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="which band i listen most this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="give me top 3 artist of all time",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in kitchen who i play the most since october",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="who is my top artist over the past two weeks",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="what is my number one song in october",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="tell me my five most play songs last 30 days",
        family="top_tracks",
        period="last_30_days",
        count=5,
    ),
    Fresh(
        text="which song i listen the most this summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(text="what is my song of year 2025", family="top_tracks", period="in_2025"),
    # top_albums
    Fresh(
        text="which album i play most last year",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="my favourite album this month which one is it",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="top two album since march please",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    # top_podcasts
    Fresh(text="which podcast i listen most", family="top_podcasts", period="all_time"),
    Fresh(
        text="what podcast i am hooked on lately",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="how many hours i listen music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long i listen yesterday", family="listening_time", period="yesterday"
    ),
    Fresh(
        text="how much time we listen last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how many minute podcast i listen this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="this morning how long i have music on in kitchen",
        family="listening_time",
        period="this_morning",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="quick question how much i listen this afternoon",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="today how many songs i hear already",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(text="how many stream i have in august", family="plays", period="august"),
    Fresh(
        text="how many podcast episode i listen last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="number of tracks we play in september",
        family="plays",
        period="september",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artist i listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="in last three month how many different singer i hear",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different song i listen last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="since monday how many various tracks i play",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many different songs is in my history total",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many time i listen queen this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times i play bohemian rapsody last month",
        family="play_count",
        period="last_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="one more time from daft punk how many time i play it this week",
        family="play_count",
        period="this_week",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how often i listen the daily in october",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="how many time i play radiohead",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="dance from justice how many time i play last weekend",
        family="play_count",
        period="last_weekend",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="i listen justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did i hear band Air in the last seven days",
        family="did_i",
        period="last_7_days",
        name="Air",
    ),
    Fresh(
        text="do i play cafe tacuba this summer",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="have i listen the weeknd ever",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="on saturday i play don't stop me now or not",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="did we listen Daft Punk last week",
        family="did_i",
        period="last_week",
        name="Daft Punk",
        person="we",
    ),
    # what_played
    Fresh(
        text="what i listen yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music i play last friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what i listen in kitchen on 3rd november",
        family="what_played",
        period="november_3",
        room="kitchen",
    ),
    Fresh(
        text="what Ada listen day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="Ada",
    ),
    Fresh(
        text="tell me what i listen last night",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what is playing yesterday quarter to eight in evening",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="which song is on this morning half past eight",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playing today at quarter past five in afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="wednesday nine o clock evening what song is playing in kitchen",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    # taste
    Fresh(text="what kind music i like", family="taste", period="all_time"),
    Fresh(text="describe my music taste please", family="taste", period="all_time"),
    # peak
    Fresh(
        text="what time of day i listen most usually", family="peak", period="all_time"
    ),
    Fresh(
        text="which day of week and which hour i listen music mostly",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when i usually listen podcast",
        family="peak",
        period="all_time",
        content="podcasts",
    ),
    # new_artists
    Fresh(
        text="which new artist i discover this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(text="i find any new band lately?", family="new_artists", period="lately"),
    Fresh(
        text="artists i hear for first time in 2025",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="how much i skip songs", family="skips", period="all_time", content="music"
    ),
    Fresh(
        text="how often i am skipping this month", family="skips", period="this_month"
    ),
    Fresh(text="what is my skip rate last week", family="skips", period="last_week"),
    # repeat
    Fresh(
        text="how much i repeat same songs again and again",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="my repeat rate this year how high is it",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(text="how many days in row i am listening without break", family="streak"),
    Fresh(text="my listening streak how long is it now", family="streak"),
    # first_play
    Fresh(text="when i first listen justice", family="first_play", name="Justice"),
    Fresh(
        text="when is first time i play digital love",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(text="when i hear wet leg first time", family="first_play", name="Wet Leg"),
    # last_play
    Fresh(text="when i listen queen last time", family="last_play", name="Queen"),
    Fresh(
        text="last time i play the daily when was it",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when i play eres from cafe tacvba last",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    # last_song
    Fresh(text="what is last song i play", family="last_song"),
    Fresh(text="the last track i hear what was it", family="last_song"),
    # first_today
    Fresh(text="what song i wake up to today", family="first_today"),
    Fresh(text="first track i play today which one", family="first_today"),
    # first_in
    Fresh(
        text="yesterday which song i start with", family="first_in", period="yesterday"
    ),
    Fresh(
        text="on saturday what is first song i play",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first song i listen in september", family="first_in", period="september"
    ),
    # last_in
    Fresh(
        text="last song last friday what it is", family="last_in", period="last_friday"
    ),
    Fresh(
        text="the last song of yesterday evening which one",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(text="last song of last week tell me", family="last_in", period="last_week"),
    # most_skipped
    Fresh(text="which song i skip most", family="most_skipped", period="all_time"),
    Fresh(
        text="what track i always skipping", family="most_skipped", period="all_time"
    ),
    Fresh(
        text="most skipped song this year", family="most_skipped", period="this_year"
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which band i skip most often last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(text="what song i have on repeat now", family="on_repeat"),
    Fresh(text="which song i can't stop to play", family="on_repeat"),
    Fresh(text="what is on heavy rotation for me", family="on_repeat"),
    # recap
    Fresh(text="give me summary of my month", family="recap", period="this_month"),
    Fresh(text="tell me review of my year", family="recap", period="this_year"),
    Fresh(
        text="how was last month for my listening short recap",
        family="recap",
        period="last_month",
    ),
    Fresh(text="rundown of my listening please", family="recap", period="this_month"),
    Fresh(
        text="recap of last summer music for me", family="recap", period="last_summer"
    ),
    # compare_day_parts
    Fresh(
        text="i listen more in morning or in evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoon or night when i listen more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="weekend or weekdays when i listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="i listen more on weekend than normal work days?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen",
    "music more loud please",
    "turn down volume little bit",
    "what song is this",
    "skip this song",
    "pause podcast",
    "next song in living room",
    "turn off light in kitchen",
    "play album discovery",
    "put shuffle on",
    "repeat this song again",
    "stop the music",
    "set timer for ten minute",
    "how is weather tomorrow in berlin",
    "add milk to shopping list",
    "make heating 22 degree",
    "what i am listening right now",
    "who is singing this song",
    "play the daily newest episode",
    "group kitchen speaker and living room speaker together",
    "play queen bohemian rhapsody",
    "volume 5",
    "play some music for cooking",
    "turn off repeat mode",
    "resume podcast please",
    "go back ten second in podcast",
    "what is playing in kitchen now",
    "play radio in bedroom",
    "play something from justice",
    "make music quiet in kitchen",
    "which album is this song from",
    "play next episode from the daily",
    "stop timer",
    "it will rain today?",
    "alarm for 7 o'clock tomorrow",
    "louder",
    "add this song to my playlist",
    "play music in all rooms",
    "turn on light in living room",
    "what time is it now",
    "remove eggs from shopping list",
    "play some turkish pop",
    "how long is this song",
    "speaker in kitchen stop",
]

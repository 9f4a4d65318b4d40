"""Writer 273, Korean learner using speech-to-text, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who is artist i listen most in last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="which singer i was listen the most this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="my number one band of all time who is it",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="who i am obsess with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artist in october",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="hey quick question in the kitchen who my top artist since october",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="who ada listen most in last month",
        family="top_artists",
        period="last_month",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what song i play most this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="tell me my five most played song since march",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="which track was my favorite one in last summer",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="song of the year for me what is",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="three song i play most last week say it",
        family="top_tracks",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="in kitchen what song is play most",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="what album i listen most time",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="most played album in two thousand twenty five",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="which record i played most in september",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="what podcast i listen the most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which podcast i am hook on these day",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my top podcast show in this year",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how many hour i listen music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long i listen yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how much time podcast i listen in last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="total how many minute of music in the kitchen last thirty day",
        family="listening_time",
        period="last_30_days",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how long we listen music last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="past two week how much music i was listening",
        family="listening_time",
        period="last_2_weeks",
        content="music",
    ),
    # plays
    Fresh(
        text="today how many song was play",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many thing i listen in this morning",
        family="plays",
        period="this_morning",
    ),
    Fresh(
        text="how many time i play music since monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="number of episode i listen this year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="how many stream we have in last week",
        family="plays",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="in last seven day how many track i play",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artist i listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many singer i heard in august",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="how many artist total i have listen",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different song i listen last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many kind of song i play last three month",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="count of different track since october",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how many time i listen bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many time daft pank play this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how much queen i listen this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many time i play the daily in last 30 day",
        family="play_count",
        period="last_30_days",
        name="The Daily",
    ),
    Fresh(
        text="how many time i listen radio head",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="dance by justice how many time i play it",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="i listen any music from air yesterday",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="did i hear sexy boy this week",
        family="did_i",
        period="this_week",
        name="Sexy Boy",
    ),
    Fresh(
        text="you know cafe taco ba i listen it last month",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="did i play the weekend this year",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="justice i listen in last week or no",
        family="did_i",
        period="last_week",
        name="Justice",
    ),
    Fresh(
        text="did we listen queen on saturday",
        family="did_i",
        period="saturday",
        name="Queen",
        person="we",
    ),
    # what_played
    Fresh(
        text="what i listen yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music i was play on last friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="tell me what i listen on november third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what i listen this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what we listen day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="what was playing yesterday eight o clock evening",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="this morning at half past eight what song play",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what is play today five fifteen afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="at ten past eight yesterday night what music was on",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="what kind music i like",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my music taste please",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what style i am into you think",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of week and which hour i listen the most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is my peak time for listening",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artist i discover lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artist i listen first time this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="new singer in this year who",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often i skip song",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how many song i skip in this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="my skip rate last year",
        family="skips",
        period="last_year",
    ),
    # repeat
    Fresh(
        text="how much i repeat same song",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="i play same song again and again how much percent",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="repeat rate for this month",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many day in row i listen music",
        family="streak",
    ),
    Fresh(
        text="my listening streak how long now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when i first time listen justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was first time i hear digital love",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="first time wet leg when",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when i last listen dont stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time i play the daily when",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was last time i hear around the world",
        family="last_play",
        name="Around the World",
    ),
    # last_song
    Fresh(
        text="what was last song i play",
        family="last_song",
    ),
    Fresh(
        text="last track i listen what was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what first song i play today",
        family="first_today",
    ),
    Fresh(
        text="this morning i wake up with what song",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i listen yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what song i start with on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first track of last week what",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="what was last song yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what i end with last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song in october what is",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song i skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="song i always skip what is it",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i skip most time",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who is singer i skipping the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song i have on repeat these day",
        family="on_repeat",
    ),
    Fresh(
        text="which song i cant stop play",
        family="on_repeat",
    ),
    Fresh(
        text="what song i listen again and again recently",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me recap my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="rundown my listening please",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="tell me review of last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="summary of my summer listening",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more in morning or evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning person or night person for listening which one i am",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoon or evening when i listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekend or weekday i listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="i listen more on weekend than normal day or not",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen",
    "turn up music",
    "what song is this",
    "skip this song",
    "next song please",
    "pause podcast",
    "stop music in kitchen",
    "play album discovery",
    "volume down little bit",
    "set volume to thirty percent",
    "shuffle on",
    "repeat this song",
    "turn off repeat",
    "what i am listening right now",
    "who sing this song",
    "what is playing in kitchen now",
    "turn off kitchen light",
    "set timer ten minute",
    "what is weather tomorrow",
    "add milk to shopping list",
    "set temperature twenty two degree",
    "group kitchen speaker and living room speaker",
    "play the daily newest episode",
    "play queen bohemian rapsody",
    "louder please",
    "play some music for cooking",
    "next track in living room",
    "go back previous song",
    "resume podcast",
    "mute speaker",
    "play justice on kitchen speaker",
    "like this song",
    "add this song to playlist",
    "play radio",
    "stop",
    "what time is it now",
    "turn on light in living room",
    "play air moon safari album",
    "make speaker quiet",
    "how long this song is",
    "play something relax",
    "skip ten second forward",
    "wake me up seven tomorrow",
    "pause music in kitchen",
    "remind me buy rice",
]

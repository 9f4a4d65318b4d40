"""Writer 519, a Vietnamese native speaker with B1 English using speech-to-text (no articles, no past tense, recogniser slips, no punctuation), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who is artist i listen most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="this year which singer i play the most",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="my number one band since march what is it",
        family="top_artists",
        period="since_march",
    ),
    Fresh(
        text="i am obsess with which artist recently",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="tell me top three artist of all time",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="who my top artist last year",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="which artist ada listen most this week",
        family="top_artists",
        period="this_week",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what song i play most this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="top five song last thirty day",
        family="top_tracks",
        period="last_30_days",
        count=5,
    ),
    Fresh(
        text="which track is my favourite in october",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="song of the summer for me which one",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="we listen what song most last weekend",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    # top_albums
    Fresh(
        text="what album i play most in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="which record i listen most last three month",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="my favourite album ever what is it",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="in kitchen what album play the most this year",
        family="top_albums",
        period="this_year",
        room="kitchen",
    ),
    # top_podcasts
    Fresh(
        text="which podcast i listen the most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="my go to podcast this month which one",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="podcast show i hook on these day what is",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="how long i listen music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hour i listen last week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time we listen music yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="total time podcast this year how many",
        family="listening_time",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="how many minute music this morning",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how long ada listen last month",
        family="listening_time",
        period="last_month",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many song i play today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="number of song since monday how many",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="how many episode i listen last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many thing i play yesterday evening",
        family="plays",
        period="yesterday_evening",
    ),
    Fresh(
        text="how many stream i have in september",
        family="plays",
        period="september",
    ),
    Fresh(
        text="past two week how many track i play",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artist i listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many singer different i hear last summer",
        family="artists_count",
        period="last_summer",
    ),
    Fresh(
        text="number of band i listen in august",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="how many artist i have in total",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different song i play this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many different track last seven day",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="how many unique song in october",
        family="songs_count",
        period="october",
    ),
    Fresh(
        text="how many song different i ever listen",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many time i play draft punk this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="bohemian rap city how many time i listen this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen i listen this month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="how many time i play the deli last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how many time i listen radio head",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="i listen just is yesterday or not",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="do i listen air this week",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="yesterday evening i hear one more time by draft punk or no",
        family="did_i",
        period="yesterday_evening",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="any cafe taco ba lately",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="i listen the weekend last month or not",
        family="did_i",
        period="last_month",
        name="The Weeknd",
    ),
    Fresh(
        text="already i listen discovery album since october yes",
        family="did_i",
        period="since_october",
        name="Discovery",
    ),
    # what_played
    Fresh(
        text="what i listen yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music i play this morning",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="what i hear on saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="you tell me what we listen last friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="day before yesterday what song i play",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="this afternoon what i listen",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what song playing yesterday at quarter to eight evening",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what is on this morning half past eight",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="at five o clock this afternoon what play",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="last night ten past eight what song",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="wednesday twelve o clock noon what i listen",
        family="playing_at",
        moment="2026-11-18 12:00",
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
        text="what style i into you think",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day i usually listen music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day in week and which hour i listen most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when i normally listen what hour usually",
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
        text="which artist i hear first time this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="new singer for me this year who",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="i find new band since october",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="how often i skip song",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what is my skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many i skip last week out of all play",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="how much i replay same song",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="my repeat rate this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="last thirty day i listen same song again and again a lot or not",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="how many day in a row i listen",
        family="streak",
    ),
    Fresh(
        text="my listening streak how long now",
        family="streak",
    ),
    Fresh(
        text="how many day straight i play music no stop",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="when i first listen justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time i hear sexy boy when",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when is first time the daily come in my history",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when i listen wet leg first time",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when last time i listen queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time i play digital love when",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="when i hear moon safari album last",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="la fam dar jon when i play it last time",
        family="last_play",
        name="La femme d'argent",
    ),
    # last_song
    Fresh(
        text="what last song i play",
        family="last_song",
    ),
    Fresh(
        text="last track i listen what is",
        family="last_song",
    ),
    Fresh(
        text="what song i listen most recent",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what first song i play today",
        family="first_today",
    ),
    Fresh(
        text="i wake up to what song today",
        family="first_today",
    ),
    Fresh(
        text="first track today what",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i play yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what song i start with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="on saturday first track what",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first song this week what",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what is last song yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="last song i play last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what i finish with on november third",
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
        text="what track i always skip",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skip song of me what",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="singer i skip most who is",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what band i always skip",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song i have on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="which song i play again again these day",
        family="on_repeat",
    ),
    Fresh(
        text="song i cannot stop play now what is",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me recap of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how is my month listen",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="year in review please",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="summary of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="tell me recap last month",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more morning or evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning or night when i listen more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="i am morning listener or evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="i listen more weekday or weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend or during week which more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="on weekend i listen more than normal day or not",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play draft punk in kitchen",
    "turn music up little bit",
    "what song is this",
    "skip this song",
    "pause podcast",
    "next track in living room",
    "turn off kitchen light",
    "play album discovery",
    "volume down please",
    "shuffle on",
    "repeat this song",
    "what playing in kitchen now",
    "what i listen right now",
    "set timer ten minute for rice",
    "weather tomorrow in berlin how",
    "add fish sauce to shopping list",
    "thermostat twenty one degree",
    "group kitchen speaker with living room speaker",
    "stop music",
    "play the deli newest episode",
    "play queen bohemian rap city",
    "who sing this song",
    "resume podcast",
    "play next episode",
    "louder please in kitchen",
    "turn off repeat",
    "play some jazz music",
    "play radio",
    "what album this song from",
    "previous song",
    "go back thirty second",
    "stop timer",
    "is it raining now",
    "turn on light bedroom",
    "play music in all room",
    "mute speaker",
    "volume level five",
    "add this song to my playlist",
    "like this song",
    "play just is on kitchen speaker",
    "what time now",
    "remind me call mom at seven",
    "play chill music for cooking",
    "set alarm six thirty morning",
    "shuffle air album moon safari",
]

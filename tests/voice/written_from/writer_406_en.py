"""Writer 406, Chinese native speaker with B1 English (no articles, no past tense, topic first), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="last week which singer i listen most",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="this year my favourite band is who",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="top 3 artist in october please tell me",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="recently i am crazy for which artist, you know?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in kitchen who is singer i play most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="this month song i play most is what",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="my five most play song since march",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="in summer which song i listen most many time",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="most play song of all time what is it",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="last summer my favourite track which one",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="album i play most last year which one",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="favourite album in twenty twenty five what is",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="last three month which album i listen most",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="two album i play most, tell me name",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="podcast i listen most what is",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="this month which podcast i am hook on",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="in september my number one show of podcast is which",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="how long i listen music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="yesterday evening how many hour i listen",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="how much time i spend for podcast this week",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="last 30 day total music time how many hour",
        family="listening_time",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="this afternoon how many minute i listen something",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="how many song i play this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="today how many thing i play already",
        family="plays",
        period="today",
    ),
    Fresh(
        text="how many episode i listen in last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="last weekend we play how many song",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="since monday number of play total how many",
        family="plays",
        period="since_monday",
    ),
    # artists_count
    Fresh(
        text="how many different singer i listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="in august how many different artist i hear",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="artist i listen all together how many different one",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different song i listen last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="since october how many different track i hear",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="last seven day different song number is how much",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="bohemian rapsody how many time i play this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many time i listen daft punk this year",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="radiohead how many time i play",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="the daily how many time i listen last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="that song one more time from daft punk, how many time i play in october",
        family="play_count",
        period="october",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="i listen queen yesterday or not",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="justice i hear last weekend?",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="today i listen the daily already or no",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="any air song i listen in september",
        family="did_i",
        period="september",
        name="Air",
    ),
    Fresh(
        text="the weeknd i listen ever",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="last month we listen cafe tacuba?",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
        person="we",
    ),
    # what_played
    Fresh(
        text="what i listen yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="on saturday what i listen",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="day before yesterday what i hear, tell me",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="november third what i listen that day",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="ada listen what last friday",
        family="what_played",
        period="last_friday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="yesterday evening eight o clock what is playing",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what song play at quarter to eight yesterday night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="this morning half past eight what i listen",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="today five o clock in afternoon which song is on that time",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="last friday twelve o clock noon what is play",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    # taste
    Fresh(
        text="what kind music i like",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my music taste how you describe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="this year my taste is which style of music",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time in day i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="usually which hour and which day i listen most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="normally when i listen, what time what day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="this month i find new singer?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artist is new for me in last 3 month",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="new band i discover this year who",
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
        text="last month i skip a lot or not much",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="my skip rate this week how much",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="i listen same song again and again, how much percent",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="past two week how much i replay same track",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="how many day in row i listen",
        family="streak",
    ),
    Fresh(
        text="my listening streak now is how long",
        family="streak",
    ),
    Fresh(
        text="i listen every day, how many day already no break",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when i first time listen justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="daft punk first time come in my history when",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when first time i hear wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="sexy boy first time i play which day",
        family="first_play",
        name="Sexy Boy",
    ),
    # last_play
    Fresh(
        text="last time i listen queen is when",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when i play da funk last time",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="the daily last time i listen which day",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when is last time i hear radiohead",
        family="last_play",
        name="Radiohead",
    ),
    # last_song
    Fresh(
        text="last song i play what is",
        family="last_song",
    ),
    Fresh(
        text="most recent song i listen which one",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="today first song what is",
        family="first_today",
    ),
    Fresh(
        text="what song i wake up with today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="yesterday first song i play",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track on saturday what is",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="last week i start with which song, first one",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="last friday last song what",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="yesterday evening i finish with which song",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="day before yesterday final song i listen",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song i skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="song i always skip is which one",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which singer i skip most time",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="artist i skip most often who",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song i have on repeat now",
        family="on_repeat",
    ),
    Fresh(
        text="song i cannot stop play these day",
        family="on_repeat",
    ),
    Fresh(
        text="recently which song i play again again",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me summary of my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="my year review please",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="last month how is my listening, make short review",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="october recap for me",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more in morning or in evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning or night, when i listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month afternoon or evening i listen more",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="weekend i listen more or weekday more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="i listen more on working day than weekend?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen",
    "music more loud please",
    "what song is this now",
    "skip this song",
    "stop podcast",
    "next song in living room",
    "kitchen light turn off",
    "play album discovery",
    "volume down little bit",
    "shuffle open please",
    "this song repeat mode on",
    "kitchen speaker and living room speaker together group",
    "set timer ten minute",
    "tomorrow weather how",
    "add milk to shopping list",
    "heating to twenty two degree",
    "what i listen right now",
    "who sing this song",
    "play the daily newest episode",
    "pause music",
    "in kitchen what is playing now",
    "play some queen in kitchen",
    "previous track please",
    "volume to fifty",
    "turn off music in bedroom",
    "play justice cross album",
    "resume podcast",
    "louder in kitchen",
    "play bohemian rhapsody",
    "stop all speaker",
    "play radio",
    "this album name what is, now playing",
    "turn on living room light",
    "kitchen speaker volume make low",
    "play jazz music for cooking",
    "how many degree outside now",
    "timer for rice twenty minute",
    "shuffle off",
    "next episode of podcast",
    "play sexy boy from air in kitchen",
    "what time is now",
    "remind me buy egg tomorrow",
    "mute kitchen speaker",
]

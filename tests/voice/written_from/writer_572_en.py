"""Writer 572, a Syrian refugee in Manchester with A2 English using speech-to-text, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="please my friend which singer i listen him the most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="who is number one artist for me from last year",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="in last week which band i am listen too much",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="in kitchen who is singer we are listen most in october",
        family="top_artists",
        period="october",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="wallah who i am obsess with lately which artist i mean",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="what is the song i play it most time this year",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="tell me three song i listen most in last month please",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="top 5 song all time for me yani the best five",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="in summer which song is my favourite one",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="okay which album i play it most from all",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="excuse me which cd i play most in september",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="last summer album favourite for me what is",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="one question which podcast i am listen most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what is pod cast i am hooked lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="this year the talking show i listen most which one habibi",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how many hour i listen music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="yesterday i listen how much time total please",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how long time we listen music in last week in kitchen",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="how many minute of podcast i listen this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="in 2025 how many hour total i listen",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="this afternoon music is on how long",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    # plays
    Fresh(
        text="today how many song i play already",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="since monday how many thing i listen song podcast everything",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episode podcast i hear in august",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="number of song we play last weekend",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different singer i listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artist different i hear in last 30 days",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="all together how many band and singer i listen ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="i want know how many different song i listen this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="in last 3 month how many song not same i play",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="since october how much different track",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="hello how many time i listen queen this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many time i play bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="daft bunk how many time this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many time i listen the daily in october",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="radiohead how many time i play please",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="yesterday i hear justice or no",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="past two week i listen digital love",
        family="did_i",
        period="last_2_weeks",
        name="Digital Love",
    ),
    Fresh(
        text="last summer i play cafe tacuba",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="we listen don't stop me now last weekend yes or no",
        family="did_i",
        period="last_weekend",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="i listen the weekend ever",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="sorry my english this month band air i listen or not",
        family="did_i",
        period="this_month",
        name="Air",
    ),
    # what_played
    Fresh(
        text="what i listen yesterday evening tell me",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="this morning what music i play",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="tell me what i was listen on saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what we listen last friday my friend",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what i hear day before yesterday wednesday",
        family="what_played",
        period="day_before_yesterday",
    ),
    # playing_at
    Fresh(
        text="what song was play yesterday at 8 o'clock night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="today morning half past 8 what i listen",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="yesterday quarter to 8 in evening what is on",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="today afternoon 5 and quarter what i play",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="wednesday night 9 o'clock what song was on in kitchen",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="what kind of music i like in your opinion",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my taste in music what is it describe please",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="yani what style i am listen usually",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="usually what time of day i listen most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of week and which hour i listen music most",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when is my busy time for music",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="new singer i find this month who",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new band i discover lately or same same",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="since march which artist is new for me first time i hear",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="how many time i skip song",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="i skip a lot this week or no",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="last month how much i press next",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="i listen same song again and again too much or no",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how much i repeat same song this month",
        family="repeat",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="in last 7 day how often i play again same track",
        family="repeat",
        period="last_7_days",
        content="music",
    ),
    # streak
    Fresh(
        text="how many day one after other i listen",
        family="streak",
    ),
    Fresh(
        text="how many day in row i listen music without miss",
        family="streak",
        content="music",
    ),
    Fresh(
        text="i listen every day how many day now no stop",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when first time i listen justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when i hear first time sexy boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="first time moon safari when",
        family="first_play",
        name="Moon Safari",
    ),
    Fresh(
        text="when first time i play wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when is last time i listen queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time i play one more time daft punk when",
        family="last_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="eres when i listen last time",
        family="last_play",
        name="Eres",
    ),
    # last_song
    Fresh(
        text="brother what is last song i play",
        family="last_song",
    ),
    Fresh(
        text="last song i listen what is name",
        family="last_song",
    ),
    Fresh(
        text="song before the last one i play what it is",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="first song today what is it please",
        family="first_today",
    ),
    Fresh(
        text="when i wake up today what song i put first",
        family="first_today",
    ),
    Fresh(
        text="what i play first thing today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song yesterday what is",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="which song i start with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="on november 3 what is first song i play",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="last song yesterday what i listen",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="saturday what song i finish with",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what is last thing i play last night",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="which song i skip most always i skip him",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what song i always press next",
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
        text="which band i skip always i don't like him",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song i play again and again these day",
        family="on_repeat",
    ),
    Fresh(
        text="which song i cannot stop listen him wallah",
        family="on_repeat",
    ),
    Fresh(
        text="what song i am hooked on now",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="ok give me summary of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my year my listening",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="tell me how was october for my listening",
        family="recap",
        period="october",
    ),
    Fresh(
        text="rundown please for last month everything",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="give me review my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="last year for us how was it the listening",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="i am more listen in morning or in evening",
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
        text="afternoon or morning which one i listen more this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="wallah i listen more in weekend or normal day",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekday or weekend more music for me",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="saturday sunday i listen more than work days or no",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft bunk in kitchen please",
    "open the music in kitchen",
    "close the light in kitchen",
    "make music more loud please my friend",
    "down the volume little bit",
    "what is this song now playing",
    "who is sing this song",
    "skip this song i don't like it",
    "stop the podcast please",
    "next song yalla",
    "play album discovery",
    "play the daily new episode",
    "what is weather tomorrow in manchester",
    "today rain or no i need umbrella",
    "put milk and bread in shopping list",
    "add chickpeas to shopping list please",
    "set timer 20 minute for rice",
    "make the heating up house is very cold",
    "what i am listen right now",
    "shuffle the songs please",
    "put repeat on this song",
    "play queen in living room",
    "all speaker together play same music",
    "wait stop music one minute my phone ringing",
    "play fairuz morning songs in kitchen",
    "what time is it now",
    "remind me tomorrow 10 o'clock job centre appointment",
    "louder please i cannot hear nothing",
    "go back song before",
    "open radio bbc radio manchester",
    "play bohemian rapsody",
    "volume 5",
    "what name of this album is playing",
    "this podcast what is his name now",
    "put music also in bedroom speaker",
    "stop alarm",
    "how cold outside today",
    "kitchen temperature how much",
    "play something happy for my kids",
    "play justice phantom please",
    "start this song again from beginning",
    "close everything good night",
    "pause",
]

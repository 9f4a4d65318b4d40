"""Writer 569, a Russian native speaker with B1 English (no articles, 'how much times', verb aspect slips, blunt, 'please' at the end), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who is my most listened singer in this year, please",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="tell me which band I was listening most of all in last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="top three artists for last week please",
        family="top_artists",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="so, with which band I am obsessed lately?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in kitchen which artist was played most since October",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="what is my most favourite song of this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="say me five songs which I played most in twenty twenty five please",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="which song was number one for me in summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="most played track for last 30 days, please",
        family="top_tracks",
        period="last_30_days",
    ),
    Fresh(
        text="my top song from last summer what it was",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="which album I have played most often",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what album was most listened in September?",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="name me two albums what I listen most in this year",
        family="top_albums",
        period="this_year",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast I listen most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which podcast I am hooked on nowadays",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most popular podcast for me in last three months please",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="how much hours I listened music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long I was listening yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how many time I spent for podcasts in October",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="tell me how much minutes of music was in kitchen today",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how long we listened together on last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="listening time last night, how much it was",
        family="listening_time",
        period="last_night",
    ),
    # plays
    Fresh(
        text="how much songs I played today please",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="give me number of all plays for last week",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="how many episodes of podcast I have heard since March",
        family="plays",
        period="since_march",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks we have played in kitchen in last month",
        family="plays",
        period="last_month",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="this afternoon how many things I played",
        family="plays",
        period="this_afternoon",
    ),
    # artists_count
    Fresh(
        text="how many different artists I listened in this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how much different singers was this month for me",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="count how many bands I heard in all time please",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs I listened last seven days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="how much various tracks I had in September",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="how many different songs I have in history at all",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how much times I listened Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how often was Daft Punk this month",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times I played The Daily since Monday",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="how much times I listened Radiohead, please",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Sexy Boy of Air, how many times in this year",
        family="play_count",
        period="this_year",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="how much Queen I had in August",
        family="play_count",
        period="august",
        name="Queen",
    ),
    # did_i
    Fresh(
        text="I listened Queen yesterday or not?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="was there any Justice on last week",
        family="did_i",
        period="last_week",
        name="Justice",
    ),
    Fresh(
        text="did I hear Wet Leg some time ever",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="did I listen album Discovery in October",
        family="did_i",
        period="october",
        name="Discovery",
    ),
    Fresh(
        text="we listened Cafe Tacvba on Saturday?",
        family="did_i",
        period="saturday",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="is it true I have listened Digital Love day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="what was I listen in evening yesterday",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I listen on third of November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="tell me what I was listening this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what we were listening on last Friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="which music I had in kitchen over past two weeks",
        family="what_played",
        period="last_2_weeks",
        content="music",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="yesterday in evening at seven forty five which song was on",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="which song was at 8 today morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what played at five past five today",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="at eight o'clock evening yesterday, what was playing",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="day before yesterday at twelve o'clock what was on please",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="what is my music taste, describe please",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="which style of music I like, tell me",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of music I am listening usually",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="in which hour I usually listen music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when I listen most, which time and which day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what day of week I listen more often, and what time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="which new artists I found this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="I discovered somebody new lately?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="new bands for me since March, who are they",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="which artists was new for me in last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often I skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how much I skipped this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="what is my skip percent for last month please",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="how much I repeat same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="I listen one song again and again, how much in this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="what is my repeat rate in October",
        family="repeat",
        period="october",
    ),
    # streak
    Fresh(
        text="how many days without break I listen music",
        family="streak",
    ),
    Fresh(
        text="how much days in row I was listening",
        family="streak",
    ),
    Fresh(
        text="what is my streak now, please",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when first time I listened Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was first time of Eres",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when I first heard The Weeknd",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="since when I listen Around the World of Daft Punk",
        family="first_play",
        name="Around the World by Daft Punk",
    ),
    # last_play
    Fresh(
        text="when was last time I listened Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when I listened Air last time",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="last time The Daily, when it was",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was last song I played",
        family="last_song",
    ),
    Fresh(
        text="name of last song I listened please",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was first song today",
        family="first_today",
    ),
    Fresh(
        text="with what song I started my day",
        family="first_today",
    ),
    Fresh(
        text="first track for today, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was first song yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="which song I played first on last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first song of this week please",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="in 2025 what was very first song",
        family="first_in",
        period="in_2025",
    ),
    # last_in
    Fresh(
        text="what song was last yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="with what song I finished on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last song of last week what was it",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="last track in October please",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song I skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track I am always skipping",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what song I skipped most of all in this month",
        family="most_skipped",
        period="this_month",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip most of all",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who is singer I skip more often than others",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which band I am skipping most, please",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song I have on repeat now",
        family="on_repeat",
    ),
    Fresh(
        text="which song I cannot stop to listen",
        family="on_repeat",
    ),
    Fresh(
        text="tell me song which I am listening all the time these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me review of my year please",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how was my October in music",
        family="recap",
        period="october",
    ),
    Fresh(
        text="make short summary of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="tell me how was last month for music",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="recap for last year please",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="I listen more in morning or in evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="what is more, afternoon or night listening for me",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="in last month I was listening more in morning or in evening",
        family="compare_day_parts",
        period="last_month",
    ),
    # compare_week
    Fresh(
        text="on weekend I listen more than on work days?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it more music on weekdays or on weekends",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="I am weekend listener or weekday listener",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play Daft Punk in kitchen please",
    "make music more loud",
    "what is playing now in kitchen",
    "what song is this, tell me",
    "skip this song",
    "stop podcast please",
    "next track please",
    "turn off light in kitchen",
    "play album Discovery",
    "volume to thirty please",
    "put shuffle on",
    "turn on repeat for this song",
    "make group from kitchen speaker and living room speaker",
    "set timer for ten minutes please",
    "what weather will be tomorrow",
    "add milk to shopping list",
    "make heating twenty two degrees",
    "what I am listening right now",
    "play newest episode of The Daily",
    "pause music",
    "play Bohemian Rhapsody of Queen",
    "music more quiet in kitchen please",
    "who sings this song",
    "from which album is this song",
    "play something calm",
    "stop everything",
    "turn on radio",
    "continue podcast where I stopped it",
    "go back to previous song",
    "turn off repeat",
    "how much time is left of this song",
    "what time is it now",
    "remind me at seven to call mother",
    "play Justice, loud",
    "connect speaker to my phone with bluetooth",
    "stop music in kitchen after thirty minutes",
    "add this song to my playlist",
    "I like this song, save it",
    "play some music for cooking",
    "how warm is in kitchen now",
    "turn on light in living room please",
    "will be rain today or not",
    "play Air in all rooms",
    "who is singing now in kitchen",
]

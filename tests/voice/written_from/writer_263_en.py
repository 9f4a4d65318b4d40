"""Writer 263, non-native speaker (Chinese graduate student still learning English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="which singer I listen most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who is my number one artist in this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="which band I am listening most time in october",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="in kitchen which artist is play most since march",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="what artist we listen most in last month",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="recently which artist I am so obsess with",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="which song I play most many times this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="tell me my three most play song of last year",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="what is my favourite song in summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="top 5 track of all time for me please",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    # top_albums
    Fresh(
        text="which album I listen most in last 30 day",
        family="top_albums",
        period="last_30_days",
    ),
    Fresh(
        text="the album I play the most in twenty twenty five what is it",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="which album I am hooked on recently",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="which podcast I listen most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="most listen podcast in september which one",
        family="top_podcasts",
        period="september",
    ),
    Fresh(
        text="what podcast I am addict these days",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="how many hour I listen music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long time I listen yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how much minute of podcast I hear in this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total time of listening for last year how much",
        family="listening_time",
        period="last_year",
    ),
    Fresh(
        text="how long we listen music on saturday",
        family="listening_time",
        period="saturday",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="how many song I play today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many time I play music in last seven day",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="how many episode I listen since october",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="how many things Ada was play the day before yesterday",
        family="plays",
        period="day_before_yesterday",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="how many different artist I listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="in august how many singer I hear, different one",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="number of artist I ever listen in total",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different song I listen last 3 month",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many distinct track I hear last weekend",
        family="songs_count",
        period="last_weekend",
    ),
    Fresh(
        text="how many different song we play in october",
        family="songs_count",
        period="october",
        person="we",
    ),
    # play_count
    Fresh(
        text="how many time I listen bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many time daft punk was play in this month",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="how many time I listen the daily in last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how many time I play radiohead",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="count for me how many time one more time from daft punk I play since monday",
        family="play_count",
        period="since_monday",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="I listen queen yesterday or not",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="did I hear justice in last week",
        family="did_i",
        period="last_week",
        name="Justice",
    ),
    Fresh(
        text="I listen the weekend this year?",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="is there some cafe tacuba in my listening this summer",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I listen album discovery in september",
        family="did_i",
        period="september",
        name="Discovery",
    ),
    # what_played
    Fresh(
        text="what I listen yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music I was listen this morning",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="on last friday what I listen",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what we listen on november third",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="what was I hear this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what I listen last night",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what song was play yesterday at quarter to eight in evening",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="which song is playing at eight o clock last night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what was on today at half past eight morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="this afternoon ten past five what song it was",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    # taste
    Fresh(
        text="what kind music I like",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="please describe my music taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what style of music I am into lately",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="what time in day I usually listen music",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which hour and which day of week I listen most often",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artist I discover recently",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artist I listen first time this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="new singer I found in this year who",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="what is my skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how many time I press skip last month",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="I skip a lot this week? how often",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="my repeat rate how high it is",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="I play same thing again and again many time? how much repeat in this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many day in a row I am listening",
        family="streak",
    ),
    Fresh(
        text="what is my streak now how many day no stop",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when is first time I listen justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when I hear da funk first time",
        family="first_play",
        name="Da Funk",
    ),
    Fresh(
        text="first time wet leg is in my history when",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when I listen queen last time",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time I play sexy boy from air when was it",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="when was last the daily episode I hear",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what is last song I play",
        family="last_song",
    ),
    Fresh(
        text="the song I listen at the very last, what it was",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what first song I play today",
        family="first_today",
    ),
    Fresh(
        text="today morning I wake up with which song",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what is first song I play yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track on saturday what it was",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="which song I start this month with",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="what song I finish with on last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song of yesterday evening which one",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="which song I skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the track I always skip it which is",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip most many time",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="singer I skip most often who",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song I play on repeat these day",
        family="on_repeat",
    ),
    Fresh(
        text="what song I can't stop to listen",
        family="on_repeat",
    ),
    Fresh(
        text="heavy rotation song for me now what",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me recap of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my music year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="summary my listening please",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="tell me how was my october listening",
        family="recap",
        period="october",
    ),
    Fresh(
        text="review of last summer music for me",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="I listen more in morning or in evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I morning listener or night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="I listen more on weekend or on working day",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekday or weekend when I hear more music",
        family="compare_week",
        period="all_time",
    ),
    # extra variety
    Fresh(
        text="over past two week which artist I listen most",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="which song was most play last summer",
        family="top_tracks",
        period="last_summer",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen please",
    "music more loud",
    "what song is playing now",
    "skip this song",
    "stop the podcast",
    "next song in living room",
    "turn off light of kitchen",
    "play album discovery",
    "volume down to twenty",
    "shuffle on please",
    "repeat this song one more",
    "group kitchen speaker with living room speaker",
    "set timer ten minute",
    "weather tomorrow how is it",
    "add milk to shopping list",
    "heating set to twenty two degree",
    "what I am listening right now",
    "who sing this song",
    "play the daily newest episode",
    "pause music",
    "continue the podcast",
    "play queen bohemian rapsody",
    "louder in kitchen",
    "make kitchen music more quiet",
    "turn on radio",
    "play some jazz music",
    "stop music in all room",
    "this album now playing what is name",
    "play next episode",
    "go back previous song",
    "I like this song, add to playlist",
    "play justice on kitchen speaker",
    "turn off repeat mode",
    "set alarm seven o clock",
    "how many minute left on timer",
    "what temperature in living room",
    "turn off all light",
    "play air moon safari from beginning",
    "rewind thirty second",
    "podcast forward two minute",
    "mute kitchen speaker",
    "cancel timer",
    "which speaker is play music now",
]

"""Writer 5, non-native speaker dictating with speech-to-text slips, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who is my most listen artist in last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="which band i am listening the most since from march",
        family="top_artists",
        period="since_march",
    ),
    Fresh(text="who i was obsess with lately", family="top_artists", period="lately"),
    Fresh(
        text="tell me my top three artist of this year",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="in the kitchen who is the number one singer for me on october",
        family="top_artists",
        period="october",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="what is my most play song of all the time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="say me my five most played tracks in this month",
        family="top_tracks",
        period="this_month",
        count=5,
    ),
    Fresh(
        text="which song i was playing most in the last summer",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="song of the week for me what it is",
        family="top_tracks",
        period="this_week",
    ),
    # top_albums
    Fresh(
        text="which album i listen the most in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="my favourite record in the last three months which one",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="what album we played most at last month",
        family="top_albums",
        period="last_month",
        person="we",
    ),
    # top_podcasts
    Fresh(
        text="which podcast i am hooked in lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what is my most listen podcast this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="top podcast show for me of all time",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how many hours i listen music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long i was listening yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how much minutes of podcast i have heard in september",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how long we listen in the kitchen on last weekend",
        family="listening_time",
        period="last_weekend",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="how much time i spend with music since monday",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs i play today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how much streams i had in the last seven days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="number of episode i listened in october",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="how many track was played this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artist i listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how much different bands i heard in total",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many artists in the last thirty days i played",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="how many different song i was listening in last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="count of different tracks for this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many not same songs i heard since october",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how many times i play bohemian rap city this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much quean i listen this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how often the dailey was on in last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how many time i played one more thyme from daft pung",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times i heard radio head this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did i listen just is yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="i heard any air in the last week",
        family="did_i",
        period="last_week",
        name="Air",
    ),
    Fresh(
        text="do i listened cafe tacuba this summer",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="did i hear the dailey today",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="did i listen to wet leg in last month",
        family="did_i",
        period="last_month",
        name="Wet Leg",
    ),
    Fresh(
        text="was there some daft pung on saturday",
        family="did_i",
        period="saturday",
        name="Daft Punk",
    ),
    Fresh(
        text="did we listen sexy boy from air on last weekend",
        family="did_i",
        period="last_weekend",
        name="Sexy Boy by Air",
        person="we",
    ),
    # what_played
    Fresh(
        text="what i was listening in yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music i had on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="what did i listen on november third",
        family="what_played",
        period="november_3",
    ),
    Fresh(text="what i listen last friday", family="what_played", period="last_friday"),
    Fresh(
        text="tell me what i listened this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was on yesterday at quarter to eight evening",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was playing this morning half past eight",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what i was listening at five past five today",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="which song was playing at eight o clock in the evening yesterday",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="in the kitchen what was on at nine in the night on wednesday",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    # taste
    Fresh(text="what kind of music i am like", family="taste", period="all_time"),
    Fresh(text="describe me my music taste please", family="taste", period="all_time"),
    Fresh(
        text="which style of music i listen mostly this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of the day i listen music usually",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="at what hour and which day i am listening the most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is my usual time for listen podcasts",
        family="peak",
        period="all_time",
        content="podcasts",
    ),
    # new_artists
    Fresh(
        text="did i discover some new artist lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which new bands i find this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="new artists for me in the last three month",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(text="how often i skip", family="skips", period="all_time"),
    Fresh(text="what is my skip rate on this week", family="skips", period="this_week"),
    Fresh(text="how many times i skipped in october", family="skips", period="october"),
    # repeat
    Fresh(text="how much i repeat the same songs", family="repeat", period="all_time"),
    Fresh(
        text="my repeat rate of this month how much",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="do i play the same thing again and again lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(text="how many days in row i was listening", family="streak"),
    Fresh(text="my listening streak how long it is now", family="streak"),
    Fresh(
        text="since how many days without stop i listen music",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="when i listened daft pung for the first time",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when was first time the genesis from just is",
        family="first_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="when i first heard the weekend", family="first_play", name="The Weeknd"
    ),
    # last_play
    Fresh(text="when was last time i play quean", family="last_play", name="Queen"),
    Fresh(text="last time i listened eres", family="last_play", name="Eres"),
    Fresh(text="when i heard the dailey last", family="last_play", name="The Daily"),
    # last_song
    Fresh(text="what was the last song i listen", family="last_song"),
    Fresh(text="which track was the last one i played", family="last_song"),
    # first_today
    Fresh(text="what was first song today", family="first_today"),
    Fresh(text="with which song i start my day today", family="first_today"),
    # first_in
    Fresh(
        text="what was the first song yesterday", family="first_in", period="yesterday"
    ),
    Fresh(
        text="first track i played on last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="which song i start with this week", family="first_in", period="this_week"
    ),
    # last_in
    Fresh(
        text="what was last song of yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="with what song i finish on saturday", family="last_in", period="saturday"
    ),
    Fresh(
        text="the last track i heard in last month",
        family="last_in",
        period="last_month",
    ),
    # most_skipped
    Fresh(text="which song i skip most", family="most_skipped", period="all_time"),
    Fresh(
        text="the track i always skipping which one",
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
        text="who is the band i skip always",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="what song i have on repeat these days", family="on_repeat"),
    Fresh(text="which song i cant stop to play", family="on_repeat"),
    Fresh(text="what is on heavy rotation for me now", family="on_repeat"),
    # recap
    Fresh(text="give me recap of my week", family="recap", period="this_week"),
    Fresh(text="how was my october for listening", family="recap", period="october"),
    Fresh(text="make me a review of my year", family="recap", period="this_year"),
    Fresh(text="run me through my listening", family="recap", period="this_month"),
    Fresh(
        text="summary of last year what we listened",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more in the morning or in evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i more morning listener or a night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="in the afternoon or the morning i play more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="i listen more at weekend or in the week days",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is weekend more music for me than working days",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play daft pung in the kitchen",
    "turn up the music",
    "make the music more loud please",
    "what song is this one",
    "skip this song",
    "next track",
    "pause the dailey",
    "stop the podcast please",
    "what is playing in the kitchen now",
    "what i am listening right now",
    "play the album discovery",
    "put quean bohemian rap city",
    "shuffle on please",
    "put the repeat mode on for this song",
    "volume to twenty percent",
    "turn of the kitchen light",
    "set timer for ten minutes",
    "how is the weather tomorrow in berlin",
    "add milk to the shopping list",
    "make the heating to twenty one degree",
    "group the kitchen speaker with living room",
    "play the last episode of the dailey",
    "play music in the living room",
    "next song in the living room",
    "go back to previous song",
    "who sings this song",
    "like this song",
    "play some jazz music",
    "stop the music in kitchen",
    "resume the podcast",
    "play radio",
    "louder please",
    "mute the speaker",
    "what time is it now",
    "wake me up at seven o clock tomorrow",
    "play air sexy boy on kitchen speaker",
    "repeat this song one more time",
    "skip forward thirty second in podcast",
    "what album is this song from",
    "set the sleep timer for the music for half hour",
    "turn of shuffle",
    "play just is in the bathroom",
    "how loud is the volume now",
    "lower the volume in the kitchen please",
    "subscribe the dailey podcast",
    "open the kitchen blinds",
]

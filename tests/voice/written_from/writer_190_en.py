"""Writer 190, a non-native speaker (Indian English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="kindly tell me which artist I am listening the most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="who is my number one singer for this year itself",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="in kitchen which band was playing maximum last week",
        family="top_artists",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="yaar which artist I am hooked on these days",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="what is our top artist for last month, the one we are playing most",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="kindly tell my top 3 songs of october",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="which song I am playing the most since march",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="what is my most played track ever",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="just tell me five songs only which I played most in the last 30 days",
        family="top_tracks",
        period="last_30_days",
        count=5,
    ),
    # top_albums
    Fresh(
        text="which album I am listening most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="my favourite album of last summer kindly tell",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="top two albums of all time for me please",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    Fresh(
        text="which record we were playing the most in september",
        family="top_albums",
        period="september",
        person="we",
    ),
    # top_podcasts
    Fresh(
        text="which podcast I am hooked on nowadays",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what was my most listened podcast in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="top podcast of this week please",
        family="top_podcasts",
        period="this_week",
    ),
    # listening_time
    Fresh(
        text="how much time I have spent listening music today itself",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours I am listening in last 7 days",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="total how many minutes of podcast I heard this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long we were listening music yesterday evening",
        family="listening_time",
        period="yesterday_evening",
        person="we",
        content="music",
    ),
    Fresh(
        text="how much hours ada listened last weekend",
        family="listening_time",
        period="last_weekend",
        person="Ada",
    ),
    Fresh(
        text="in past two weeks how many hours of podcasts I am hearing",
        family="listening_time",
        period="last_2_weeks",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="how many songs I played this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="total how many plays are there since october",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="how many episodes I listened in august",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="day before yesterday how many tracks were played in kitchen",
        family="plays",
        period="day_before_yesterday",
        content="music",
        room="kitchen",
    ),
    # artists_count
    Fresh(
        text="how many different artists I have listened so far this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="kindly tell number of artists I am listening in last three months",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many singers in total I have heard",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs I played last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="count of unique tracks for this week only",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many distinct songs are there in my history overall",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times I played bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen I am listening since monday",
        family="play_count",
        period="since_monday",
        name="Queen",
    ),
    Fresh(
        text="the daily how many times I heard last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times dance by justice got played in summer",
        family="play_count",
        period="summer",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="how many times I have played radiohead ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did i listen any air songs yesterday",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="i am listening daft punk today or not",
        family="did_i",
        period="today",
        name="Daft Punk",
    ),
    Fresh(
        text="did we play cafe tacuba last year",
        family="did_i",
        period="last_year",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="have I heard the weekend this year",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="genesis by justice I played on saturday no",
        family="did_i",
        period="saturday",
        name="Genesis by Justice",
    ),
    # what_played
    Fresh(
        text="what all I listened yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="kindly tell what was I listening last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what music I listened on november 3rd",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what I was listening this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="last weekend in the kitchen what all we listened",
        family="what_played",
        period="last_weekend",
        person="we",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="what song was playing yesterday at quarter to eight in the night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on today morning at half past eight",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="at 5 15 in the evening today what was playing",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="which song was there day before yesterday 9 pm",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="last friday at 12 noon what I was listening",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    # taste
    Fresh(
        text="what type of music I am liking actually",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="kindly describe my music taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of songs I am into lately",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="at what time generally I am listening music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week I am listening most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what is my peak listening hour this year",
        family="peak",
        period="this_year",
    ),
    # new_artists
    Fresh(
        text="any new artist I discovered this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which new singers I have started listening lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="in october which artists I heard for first time",
        family="new_artists",
        period="october",
    ),
    # skips
    Fresh(
        text="how much I am skipping",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what is my skip rate for last week",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="how often I skipped this week itself",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="what is my repeat rate kindly tell",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much I am replaying same same things this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="how much I am repeating the same stuff again and again since march",
        family="repeat",
        period="since_march",
    ),
    # streak
    Fresh(
        text="since how many days continuously I am listening",
        family="streak",
    ),
    Fresh(
        text="what is my listening streak kindly tell",
        family="streak",
    ),
    Fresh(
        text="how many days back to back I am listening without any break",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when I first heard justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did i listen eres for the first time",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="first time when wet leg came in my history",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="from when I am listening the daily",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="when I last played don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time I listened air was when",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="when was moon safari last played",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="kindly tell the last track I heard",
        family="last_song",
    ),
    Fresh(
        text="most recent song I put on which one it was",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played today itself",
        family="first_today",
    ),
    Fresh(
        text="which song I woke up with today morning",
        family="first_today",
    ),
    Fresh(
        text="first track of today please",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="which song I started with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="on november 3rd what was the first song",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="first track of this week kindly tell",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="which song I ended with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song on saturday kindly tell",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what was the last track in october",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="with which song I finished day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song I am skipping the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the track I skip maximum, which one is it",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song of this month",
        family="most_skipped",
        period="this_month",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I am skipping mostly",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose songs I am skipping the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="most skipped singer of last year",
        family="most_skipped_artist",
        period="last_year",
    ),
    # on_repeat
    Fresh(
        text="which song I am playing on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what is that song I am not able to stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="which track is on heavy rotation nowadays",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="kindly give my year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap of last month listening please",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how was my twenty twenty five in music overall",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="musically how our summer went, tell me",
        family="recap",
        period="summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="I am more morning listener or evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in mornings or in nights",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoon or evening, when I am listening more this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="I listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="more music on weekends or on weekdays actually",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="during week or saturday sunday, when we were listening more last month",
        family="compare_week",
        period="last_month",
        person="we",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen",
    "kindly increase the volume little bit",
    "which song is this one playing now",
    "skip this song yaar",
    "pause the podcast for two minutes",
    "next track in living room please",
    "switch off kitchen light",
    "play the album discovery",
    "put shuffle on",
    "repeat this song only",
    "group kitchen speaker with living room speaker",
    "set timer for ten minutes for the rice",
    "how is the weather today in berlin",
    "add milk and curd in shopping list",
    "make the thermostat 22 degrees",
    "what I am listening right now",
    "what is playing in kitchen currently",
    "play the daily latest episode",
    "stop the music",
    "reduce the sound it is too loud",
    "play some queen songs in kitchen",
    "play bohemian rhapsody",
    "resume the podcast from where I stopped",
    "turn on repeat mode for the whole album",
    "who is singing this song",
    "mute the kitchen speaker",
    "play something relaxing",
    "play justice cross album on shuffle",
    "skip 30 seconds forward",
    "go back to previous song",
    "what is the name of this album playing",
    "set alarm for 6 30 tomorrow morning",
    "will it rain tomorrow",
    "switch on the heater in bedroom",
    "play radio",
    "lower the volume in kitchen to 20",
    "play air moon safari in living room",
    "turn off the speaker after 30 minutes",
    "which podcast episode is this",
    "like this song",
    "add this song to my playlist",
    "play cafe tacuba eres",
    "remind me to call mummy at 7",
    "how many minutes are left on the timer",
    "stop playing in all rooms",
]

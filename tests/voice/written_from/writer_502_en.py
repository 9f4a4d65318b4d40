"""Writer 502, a Filipino nurse working in London (Taglish, speech-to-text slips), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who is my number one artist this year po",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="ano, which singer I listen the most last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="kuya give me my top 3 artists since march",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in the kitchen who's the band we always play last week di ba",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="who is my favourite artist for the summer, the one I play and play",
        family="top_artists",
        period="summer",
    ),
    # top_tracks
    Fresh(
        text="what's my favourite song this month, the one I play the most",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="give me my top five songs of all time po",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="what song I play the most last summer ba",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="most played track in october",
        family="top_tracks",
        period="october",
    ),
    # top_albums
    Fresh(
        text="which album I play the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="ano ba my favourite album lately the one always on",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="top two albums for twenty twenty five",
        family="top_albums",
        period="in_2025",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast I am hooked on recently",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what is my go to podcast for the whole year",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how many hours I listen for the whole week already",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how long the music is on yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="ano, how many minutes of podcast I listen this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="for the whole of last year how many hours I'm listening",
        family="listening_time",
        period="last_year",
    ),
    Fresh(
        text="how much music I have on the last seven days po",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs I play today already",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many times we play something last weekend",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how many episodes I listen since october",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks for the whole day yesterday po",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="since monday how many songs the speaker play for me",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists I listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="for the whole of september how many singers I heard, different ones",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="how many artist in total naman",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs I play last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many kanta I mean different songs I listened since monday",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="number of different tracks in the last 30 days",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="how many times did I played bohemian rapsody this week",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="daft punk, how many times I play them last month",
        family="play_count",
        period="last_month",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times the daily for this whole year",
        family="play_count",
        period="this_year",
        name="The Daily",
    ),
    Fresh(
        text="ilang beses, how many times I play ben and ben all in all",
        family="play_count",
        period="all_time",
        name="Ben&Ben",
    ),
    Fresh(
        text="in august how many times I play one more time by daft punk",
        family="play_count",
        period="august",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="did I listen to queen yesterday po",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="I play sexy boy by air last weekend di ba",
        family="did_i",
        period="last_weekend",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="did I heard justice this morning",
        family="did_i",
        period="this_morning",
        name="Justice",
    ),
    Fresh(
        text="did I ever listen moira dela torre",
        family="did_i",
        period="all_time",
        name="Moira Dela Torre",
    ),
    Fresh(
        text="on saturday did we play the daily",
        family="did_i",
        period="saturday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="moon safari past two weeks, I played it ba",
        family="did_i",
        period="last_2_weeks",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="what I listen to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was I listening last night po",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what music I play on november 3",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what did we listen to last friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="whats I listening the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="ano yung pinakinggan ko this afternoon, what I play",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what Ada listen to last week",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what song is playing yesterday at quarter to eight in the evening",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what's on this morning at eight fifteen",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="ano yung playing at ten past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="wednesday night at nine o'clock what is playing in the kitchen",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="what kind of music I'm into ba",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste in music naman",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste like since march, what type of songs",
        family="taste",
        period="since_march",
    ),
    # peak
    Fresh(
        text="what time I usually listen to music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when is my usual listening time po what day and what hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="whats my peak hour for listening this month",
        family="peak",
        period="this_month",
    ),
    # new_artists
    Fresh(
        text="any new artist I discover this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who's the new singers I heard for the first time lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="since october which artists are new for me",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="how often I skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my skip rate last month",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="this week how many I skipped out of all I play",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="do I replay same songs too much, ano my repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much I repeat the same tracks this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days straight I'm listening already",
        family="streak",
    ),
    Fresh(
        text="what's my streak po how many days in a row",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when is the first time I listen to cafe tacuba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when did I first played don't stop me now",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when I first heard SB19 in this speaker",
        family="first_play",
        name="SB19",
    ),
    # last_play
    Fresh(
        text="when's the last time I play the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="genesis by justice, last time I listen is when",
        family="last_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="when did I last played the album homework",
        family="last_play",
        name="Homework",
    ),
    # last_song
    Fresh(
        text="what's the last song I play",
        family="last_song",
    ),
    Fresh(
        text="ano yung huling kanta, the last track I listened",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what's the first song I play today morning",
        family="first_today",
    ),
    Fresh(
        text="what song I wake up to today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I play yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="on saturday what's the first track",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="last week what song I start with",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="what is the last song yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="what song I end with on november 3rd",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="last track I play last friday po",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="what song I always skip",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track I skip the most this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I always skip naman",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the singer I skip most last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song I cannot stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what's on repeat for me these days po",
        family="on_repeat",
    ),
    Fresh(
        text="ano my LSS song these days, the one always playing",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how's my year in music so far",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap of last month naman",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="give me summary of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="hows our october in music",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the morning or evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more morning or night listener this month",
        family="compare_day_parts",
        period="this_month",
    ),
    Fresh(
        text="afternoon or evening, when I play more songs",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="more music on weekdays or weekend for me the last 3 months",
        family="compare_week",
        period="last_3_months",
        content="music",
    ),
]

NEGATIVES = [
    "play ben and ben in the kitchen po",
    "turn up the music naman louder",
    "kuya skip this song",
    "pause the podcast muna",
    "what song is this ba",
    "what's playing now in the kitchen",
    "next track please",
    "turn off the kitchen light",
    "set timer 15 minutes for the adobo",
    "add soy sauce and vinegar in the shopping list",
    "what's the weather in London tomorrow will it rain",
    "set the heating to 21 degrees",
    "play the album discovery",
    "shuffle on po",
    "put repeat on for this song",
    "group the kitchen speaker with the bedroom speaker",
    "volume 5 only",
    "wake me up at 5 for my shift",
    "play the latest episode of the daily",
    "stop the music I'm going to sleep na",
    "what am I listening right now",
    "who sings this one",
    "play some OPM songs",
    "play bohemian rhapsody",
    "louder po di ko marinig",
    "lower the volume the baby is sleeping",
    "resume the podcast",
    "go back to previous song",
    "turn on the lights in the living room",
    "how cold is it outside today",
    "remind me to call nanay at 8",
    "play relaxing music for sleeping after night duty",
    "what time is it in Manila now",
    "like this song",
    "add this song to my playlist",
    "stop the timer",
    "mute the speaker",
    "connect my phone to the kitchen speaker bluetooth",
    "is the kitchen light still on",
    "turn off shuffle",
    "set sleep timer 30 minutes for the music",
    "play music in all speakers",
    "what album is this song from",
    "what's next in the queue",
]

"""Writer 83, a 15-year-old gamer boy from Texas, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="bro who's my most played artist this year fr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="lowkey which artist did i run back the most last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="yo top 3 artists since october go",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="who've i been obsessed with lately ngl",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="which band did we have on the most last weekend",
        family="top_artists",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="number one artist for me last year was who",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="whos been my main artist the last 7 days like my main in a game",
        family="top_artists",
        period="last_7_days",
    ),
    # top_tracks
    Fresh(
        text="whats my most played song of all time, like steam hours but for music",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="top five tracks this month bro",
        family="top_tracks",
        period="this_month",
        count=5,
    ),
    Fresh(
        text="song of the summer for me was what fr",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="in the kitchen what song got played the most last week",
        family="top_tracks",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="name my 2 most played songs in twenty twenty five",
        family="top_tracks",
        period="in_2025",
        count=2,
    ),
    Fresh(
        text="deadass what song did i spam most in september",
        family="top_tracks",
        period="september",
    ),
    # top_albums
    Fresh(
        text="what album did i grind the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="fav album rn going by plays, like the last 30 days",
        family="top_albums",
        period="last_30_days",
    ),
    Fresh(
        text="which record did i spin most last summer",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="top albums all time bro rank em",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="goated album of the last three months for me?",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="whats my go to podcast these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast in october?",
        family="top_podcasts",
        period="october",
    ),
    Fresh(
        text="what podcast am i hooked on fr",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="how many hours did i put in on music this week lol",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="bro whats my total playtime today",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how long was i listening yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how much time did i waste on podcasts last month lmao",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="hours listened in 2025 total?",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="over the past two weeks how many minutes of tunes did i rack up",
        family="listening_time",
        period="last_2_weeks",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs did i bump this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="total streams since monday?",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many tracks we play on saturday",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many episodes did i play this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="ok so how many songs total in august",
        family="plays",
        period="august",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists did i listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="bro how many artists have i even got in my history",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="artist count for last month?",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many unique tracks this summer",
        family="songs_count",
        period="summer",
    ),
    Fresh(
        text="how many diff songs have i played like total",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did i run back one more time this week",
        family="play_count",
        period="this_week",
        name="One More Time",
    ),
    Fresh(
        text="how much queen have i had on this month ngl",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="bohemian rhapsody play count all time?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times i play da funk by daft punk last month",
        family="play_count",
        period="last_month",
        name="Da Funk by Daft Punk",
    ),
    Fresh(
        text="how many times have i played travis scott lol",
        family="play_count",
        period="all_time",
        name="Travis Scott",
    ),
    Fresh(
        text="justice, how many plays they got from me since march",
        family="play_count",
        period="since_march",
        name="Justice",
    ),
    # did_i
    Fresh(
        text="did i listen to any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="yo did i play sexy boy at all last week",
        family="did_i",
        period="last_week",
        name="Sexy Boy",
    ),
    Fresh(
        text="listened to any cafe tacuba lately?",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="did i ever play the weeknd on here",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="did we have the daily on last friday",
        family="did_i",
        period="last_friday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="was phantom on this morning or nah",
        family="did_i",
        period="this_morning",
        name="Phantom",
    ),
    Fresh(
        text="any daft punk in september? lowkey cant remember",
        family="did_i",
        period="september",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="what was i listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="bro what did i bump on saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what songs did i play the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="run me through what i had on this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what was ada listening to on november 3rd",
        family="what_played",
        period="november_3",
        person="Ada",
    ),
    Fresh(
        text="last night what was i playing, my brain is fried from ranked",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was on at like 8 last night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what song was playing at quarter to eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="yo what was bumping at 8:30 this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="at ten past five pm today what was on",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="what was playing wednesday at 9pm",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="whats the song that was on tuesday at noon bro",
        family="playing_at",
        moment="2026-11-17 12:00",
    ),
    # taste
    Fresh(
        text="lowkey what's my music taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my vibe music wise bro no cap",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kinda music am i into based on what i play",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whats my taste been like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time do i usually play music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whens my peak listening hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what day of the week do i listen the most fr",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did i find any new artists this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd i discover lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="new artists i started listening to in 2025?",
        family="new_artists",
        period="in_2025",
    ),
    Fresh(
        text="any new artists unlocked since march lol",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="how often do i skip songs fr",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats my skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many songs did i skip yesterday",
        family="skips",
        period="yesterday",
        content="music",
    ),
    # repeat
    Fresh(
        text="do i replay the same songs a lot or nah",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whats my repeat rate this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="how much do i run it back on the same tracks lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="whats my listening streak rn",
        family="streak",
    ),
    Fresh(
        text="how many days in a row have i listened bro",
        family="streak",
    ),
    Fresh(
        text="am i on a streak? like daily login but for music",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when'd digital love first show up in my history",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="first time i ever played don't stop me now?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when did i first play wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did i last play air",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="last time i heard eres?",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="when was the last time i put on the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="bro when did i last bump around the world by daft punk",
        family="last_play",
        name="Around the World by Daft Punk",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="last track i had on?",
        family="last_song",
    ),
    Fresh(
        text="yo what did i play last",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i played today",
        family="first_today",
    ),
    Fresh(
        text="what did i wake up to bro",
        family="first_today",
    ),
    Fresh(
        text="first thing i played today?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i open with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first track on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="this week whats the first song i played",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what was the last song i played yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i end with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last track of last week?",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="what did we end october with",
        family="last_in",
        period="october",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track this year?",
        family="most_skipped",
        period="this_year",
    ),
    Fresh(
        text="what song am i always skipping lol its probably mid",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i skip most bro like which band",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="most skipped artist last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song do i have on repeat rn",
        family="on_repeat",
    ),
    Fresh(
        text="what's on heavy rotation for me",
        family="on_repeat",
    ),
    Fresh(
        text="what song can't i stop playing lately",
        family="on_repeat",
    ),
    Fresh(
        text="which track have i been spamming ngl",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me my week in music bro",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="year in review lets gooo",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my october music wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="quick recap of last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="wrap up last summer for me like spotify wrapped",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning or night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i play more music in the mornings or evenings",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="mornings vs afternoons who wins for my listening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month did i listen more at night or in the morning",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekends or school days",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays vs weekend which one do i play more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="did i listen more on the weekend or during the week last month",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "play travis scott in the kitchen",
    "yo turn the music up",
    "skip this song bro its mid",
    "what song is this",
    "whats playing in the kitchen rn",
    "pause the podcast",
    "next track",
    "turn it down my mom's on the phone",
    "set a timer for 20 minutes for my pizza rolls",
    "whats the weather in austin tomorrow",
    "add hot cheetos to the shopping list",
    "turn off the kitchen light",
    "play the album discovery",
    "shuffle daft punk",
    "put repeat on",
    "group the kitchen speaker with the living room one",
    "volume 40",
    "what am i listening to rn",
    "play some lofi for studying",
    "set the thermostat to 68",
    "stop the music",
    "play justice on the kitchen speaker",
    "turn repeat off bro",
    "who sings this",
    "what album is this song from",
    "play the next episode of the daily",
    "louder",
    "go back to the previous song",
    "skip ahead 30 seconds in the podcast",
    "play bohemian rhapsody",
    "whats the time",
    "set an alarm for 6:30 for school ugh",
    "is it gonna rain today",
    "turn on the lights in my room",
    "play some music in the kitchen",
    "mute the kitchen speaker",
    "resume the music",
    "add this song to my playlist",
    "how long is this song",
    "play something hype for my ranked games",
    "turn the bass up fr",
    "whats the name of this track bro",
    "play queen",
    "remind me to do my homework at 7",
    "cancel the timer",
    "how hot is it outside",
]

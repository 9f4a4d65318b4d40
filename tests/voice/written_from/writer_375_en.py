"""Writer 375, a tired night-shift nurse asking half asleep at 7 in the morning, speech-to-text of mumbled speech (dropped and misheard words, no punctuation), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who did i uh listen to most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="whos my top artist this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="which band was i hooked on lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists this year",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="in the kitchen who gets played most mm",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who was my go to artist the last three months",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="what song did i play most yesterday",
        family="top_tracks",
        period="yesterday",
    ),
    Fresh(
        text="my five most played songs since october",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="whats my song of the month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="most played track of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="favourite song last summer what was it",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="what album i had on most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which record did i play the most over the summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="top two albums last month",
        family="top_albums",
        period="last_month",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what podcast do i listen to most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which show was i hooked on in october",
        family="top_podcasts",
        period="october",
    ),
    Fresh(
        text="my number one podcast this year",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how long did i listen last night",
        family="listening_time",
        period="last_night",
    ),
    Fresh(
        text="how many hours of music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how much time i spend on podcasts this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long we had music on last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="total listening time in twenty twenty five",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="how many minutes did i listen over the past two weeks",
        family="listening_time",
        period="last_2_weeks",
    ),
    Fresh(
        text="how long was music on this afternoon",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs i play this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many things have i played since monday",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="number of streams last thirty days",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many episodes did i listen to in september",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did we play yesterday",
        family="plays",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many plays the last seven days",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="how many different artists did i listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many diff bands ive had on since march",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="how many artists in total",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="number of unique tracks i played in august",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="how many different songs have i got through ever",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times i play bohemian rap city this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen ive had on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how often i played daft punks one more time in october",
        family="play_count",
        period="october",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="times i listen the daly last week how many",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times have i played radiohead",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did i listen to any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to any air lately",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did i hear sexy boy last night",
        family="did_i",
        period="last_night",
        name="Sexy Boy",
    ),
    Fresh(
        text="did i put the weeknd on this month",
        family="did_i",
        period="this_month",
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
        text="any cafe taco bar this summer",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="what was i listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did i play the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what music was on saturday",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="what did i listen to on november third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="remind me what i had on last night",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was playing at like quarter too eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was on this morning around eight fifteen",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="what was playing yesterday at noon",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="what was on at ten past five today",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="the song at ate oclock last night what was it",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="what kinda music do i even like",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whats my taste in music like",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do i listen the most what hour what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="whats my usual listening time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artists this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did i hear for the first time last month",
        family="new_artists",
        period="last_month",
    ),
    Fresh(
        text="new bands i found this year",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often do i skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="whats my skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many songs did i skip last month",
        family="skips",
        period="last_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same stuff",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whats my repeat rate this month",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened",
        family="streak",
    ),
    Fresh(
        text="listening streak how many days straight now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time i played digital love",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="when did wet leg first show up",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did i last play queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time i heard the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was the funk by daft punk last on",
        family="last_play",
        name="Da Funk",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="last thing i had on what song was that",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song today",
        family="first_today",
    ),
    Fresh(
        text="first thing i played today what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what song did i start with on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what was the first track this morning",
        family="first_in",
        period="this_morning",
    ),
    Fresh(
        text="first song last friday",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="what did i end with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song i put on yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the final song the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="whats the track i always skip",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what band do i keep skipping",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="what song cant i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="whats been on loop",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my october music wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="recap of last year",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="fill me in on my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did we do last month like a summary",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the mornings or evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i more a night listener or a morning one",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend or during the week when do i play more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play some daft punk in the kitchen",
    "turn music down",
    "turn the music of",
    "whats this song",
    "skip this one",
    "pause the podcast",
    "next track",
    "turn off kitchen light",
    "set alarm for two pm",
    "set a timer ten minutes for the kettle",
    "whats the weather tonight",
    "add milk to shopping list",
    "turn the heating up",
    "volume to three",
    "shuffle on",
    "turn repeat off",
    "group kitchen speaker with the bedroom one",
    "play the daily",
    "play the album discovery",
    "what am i listening to right now",
    "who sings this",
    "stop the music",
    "resume podcast",
    "play something quiet to fall asleep",
    "lower volume in the bedroom",
    "play white noise",
    "turn off all the lights",
    "whats playing in the kitchen",
    "go back one song",
    "skip ahead thirty seconds",
    "play queen bohemian rapsody",
    "set the thermostat to nineteen",
    "do not disturb on",
    "remind me to call the ward at six",
    "close the blinds",
    "play rain sounds in bedroom",
    "louder",
    "mute the kitchen speaker",
    "play the newest episode of the daily",
    "whats the time",
    "put on some justice",
    "turn it off",
    "how long left on the timer",
    "play air moon safari on shuffle",
    "like this song",
]

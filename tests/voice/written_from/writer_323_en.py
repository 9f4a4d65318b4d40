"""Writer 323, a Welsh valleys teenager texting in shorthand, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who wuz my number 1 artist lst month mun",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="oi who have i been proper obsessed with lately lol",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 artists this yr pls",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="who did we av on the most last wk in the kitchen like",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="who was my top band last summer ngl i cant remember",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="in the kitchen who gets played the most then",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="aug who wuz i bangin most, august i mean",
        family="top_artists",
        period="august",
    ),
    # top_tracks
    Fresh(
        text="wats my most played song evr",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="song of the month?? go on then butt",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my top 5 tunes from the summer",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="wat tune was i caning most in the last 30 days",
        family="top_tracks",
        period="last_30_days",
    ),
    Fresh(
        text="last yr wat song did i play the most, tidy if u know",
        family="top_tracks",
        period="last_year",
    ),
    # top_albums
    Fresh(
        text="fave album this month?",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="which album av i played to death since march",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="wat record did i av on most in 2025",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="wat podcast am i hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top podcast this yr? prob the daily tbf but go on",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how long did i av music on 2day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="hrs of listenin in the last 7 days?",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="how much did we listen to in october roughly like",
        family="listening_time",
        period="october",
        person="we",
    ),
    Fresh(
        text="how many mins of podcasts this wk",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="sept how long was i listenin for, like in total",
        family="listening_time",
        period="september",
    ),
    Fresh(
        text="how long av i had tunes on since monday mun",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs did i play yday",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many tracks this mornin",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="total plays last month?",
        family="plays",
        period="last_month",
    ),
    Fresh(
        text="how many episodes did i get thru this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many streams over the past 2 weeks",
        family="plays",
        period="last_2_weeks",
    ),
    # artists_count
    Fresh(
        text="how many diff artists av i listened to this yr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists did we av on last month",
        family="artists_count",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="how many bands in the last 3 months, is it loads",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many diff songs did i play last wk",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many different tunes since october",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="number of songs iv played ever, like separate ones not the same one 50 times",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen av i had on this week lol",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="the daily how many times lately",
        family="play_count",
        period="lately",
        name="The Daily",
    ),
    Fresh(
        text="how many times av i played radiohead",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="dance by justice, how many plays since monday",
        family="play_count",
        period="since_monday",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="did i listen to any justice yday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to much air last wknd?",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="did i play dont stop me now on saturday or wuz that sunday",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="did i evr listen to wet leg",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="wuz there any daft punk on the 3rd of nov",
        family="did_i",
        period="november_3",
        name="Daft Punk",
    ),
    Fresh(
        text="eres, did i av that on at all in august",
        family="did_i",
        period="august",
        name="Eres",
    ),
    # what_played
    Fresh(
        text="wat was i listenin to last nite",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="wat did i av on yday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat was on last friday then",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="wat songs did i play this aft",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="remind me wat i was listenin to over the wknd",
        family="what_played",
        period="last_weekend",
    ),
    # playing_at
    Fresh(
        text="wat was playin bout quarter to 8 yday",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wat was on at like 8 this mornin",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="wat was on at 5 past 5 today",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="whats that song that was on wednesday nite at 9",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="wat was on tues at 12, dinner time like",
        family="playing_at",
        moment="2026-11-17 12:00",
    ),
    # taste
    Fresh(
        text="wat kind of music am i into then",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste, be honest mun",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wats my vibe music wise",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wat time do i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do i listen most, like wat day n wat time",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wen am i normally bangin tunes",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="found any new artists this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="whos new to me in the last 30 days",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="any1 new i started listenin 2 in september",
        family="new_artists",
        period="september",
    ),
    Fresh(
        text="new bands since march?? any",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="how often do i skip songs",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wats my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="do i skip loads? be honest lol",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wats my repeat rate like this yr",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="do i just play the same stuff over n over or wat",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row av i listened",
        family="streak",
    ),
    Fresh(
        text="wats my streak at now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to cafe tacuba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="first time i evr played sexy boy?",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wen did i first hear the weeknd",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="wen did i last play digital love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="last time i had the daily on?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="queen, when did i last av them on",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="wat was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="last tune i had on? forgot the name",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="first song i played 2day?",
        family="first_today",
    ),
    Fresh(
        text="wat was the 1st thing on today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wat was the first song i played yday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first tune on saturday?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="wat did i start off with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="1st tune this aft wat was it",
        family="first_in",
        period="this_afternoon",
    ),
    # last_in
    Fresh(
        text="wat was the last song last nite",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="wat did i end with the day before yday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="last song i played last wk?",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="last thing i played this mornin b4 college",
        family="last_in",
        period="this_morning",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wat song do i always skip lol its tamping me",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="who do i skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which artist do i keep skippin",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wat song am i caning at the mo",
        family="on_repeat",
    ),
    Fresh(
        text="wats on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="wat song cant i stop playin",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how wuz my year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap of last month pls",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in on my listenin",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did my summer go music wise",
        family="recap",
        period="summer",
    ),
    Fresh(
        text="do me a wrapped for last wk lol",
        family="recap",
        period="last_week",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the mornin or at nite",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i more of an afternoon or evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on wknds or in the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays or weekends, wen do i play more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen butt",
    "turn it up mun",
    "wat song is this",
    "skip this 1 its tamping me off",
    "pause the podcast a sec",
    "next track in the living room",
    "turn off the kitchen light pls",
    "put discovery on",
    "volume 6",
    "shuffle on",
    "put this song on repeat",
    "group the kitchen n living room speakers",
    "set a timer 4 10 mins",
    "wats the weather in merthyr 2morrow",
    "add crisps to the shopping list",
    "put the heating up its freezin",
    "wat am i listenin to rn",
    "who sings this",
    "stop the music mams on the phone",
    "play the daily",
    "louder!!",
    "turn it down my mams shouting",
    "play some queen in the kitchen",
    "wats playin in the kitchen",
    "is it gonna rain 2day",
    "play sexy boy by air",
    "next song",
    "go back a song",
    "play something lush",
    "like this song",
    "add this to my playlist",
    "set an alarm for 7",
    "wat time is it",
    "turn the telly off",
    "put radio 1 on",
    "how long is left on this song",
    "whos this by",
    "mute the kitchen speaker",
    "play the latest episode of the daily",
    "resume the podcast",
    "fast forward 30 seconds",
    "play justice on repeat",
    "turn shuffle off mun",
    "play music in every room",
    "wat album is this from",
    "remind me to do my homework at 6",
]

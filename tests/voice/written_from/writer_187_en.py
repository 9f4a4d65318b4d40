"""Writer 187, busy professional typing fast on a phone (Singapore English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who i listen most this week ah",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="quick qn, my no.1 artist for 2025 who ah",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="lately i obsessed with which band one",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen who kena played the most last month",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="ada top artist thsi yr can tell me or not",
        family="top_artists",
        period="this_year",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="my top 3 songs since march what ah",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="song of the month for octobr leh, which one",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="which track i play the most last 30days",
        family="top_tracks",
        period="last_30_days",
    ),
    Fresh(
        text="five most played songs ever, go",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="wat our most played song last week",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    # top_albums
    Fresh(
        text="favourite album this yr which one ah",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="most played record over the summer lah, which",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="top 2 albums all time can",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what podcast i hooked on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my go-to podcast last year waht",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="top podcast this month pls, rushing",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="how long i listen today already",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how many hrs of music i got in september",
        family="listening_time",
        period="september",
        content="music",
    ),
    Fresh(
        text="how much time we spend listening last weekend ah",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="total listening time last 3 months how much",
        family="listening_time",
        period="last_3_months",
    ),
    Fresh(
        text="how many mins of podcast i listne this week",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="how many songs i play this mornin",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="total streams since monday got how many",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episodes i put on last month ah",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="yesterday evening how many things played",
        family="plays",
        period="yesterday_evening",
    ),
    Fresh(
        text="how many tracks we played on saturday",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many diff artists i listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="last summer got how many artists",
        family="artists_count",
        period="last_summer",
    ),
    Fresh(
        text="how many different bands altogether ah",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many diff songs thsi week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="in 2025 how many unique songs i played",
        family="songs_count",
        period="in_2025",
    ),
    Fresh(
        text="how many different tracks over the past two weeks",
        family="songs_count",
        period="last_2_weeks",
    ),
    # play_count
    Fresh(
        text="how many times i played bohemian rhapsdy this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk i got on this week ah",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily how many times i listen since october",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    Fresh(
        text="radiohead how many times this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="one more time by daftpunk played how many times ever",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="got listen to any justice lately or not",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="yesterday i play queen or not ah",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="did i hear wet leg last month",
        family="did_i",
        period="last_month",
        name="Wet Leg",
    ),
    Fresh(
        text="cafe tacuba got play on saturday?",
        family="did_i",
        period="saturday",
        name="Café Tacvba",
    ),
    Fresh(
        text="we listened to moon safari last week or not",
        family="did_i",
        period="last_week",
        name="Moon Safari",
        person="we",
    ),
    # what_played
    Fresh(
        text="what i listen yesterday evening ah",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat was on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="run me thru what i played last fri",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="this afternoon what music i had on",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="last night in the kitchen what was playing",
        family="what_played",
        period="last_night",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="what was on at 8pm yesterday",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="this morning halfpast 8 what song was playing",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="quarter past five just now what was on ah",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="wed 9pm what was playing",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="nov 3rd around noon what was on",
        family="playing_at",
        moment="2026-11-03 12:00",
    ),
    # taste
    Fresh(
        text="what kind of music i into one ah",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste can or not, quick",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="this yr my taste like what",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time i usually listen ah",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week i listen most one",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="my peak listening hour waht",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artists this month or not",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who i discover first time since march",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="got new bands last 7 days?",
        family="new_artists",
        period="last_7_days",
    ),
    # skips
    Fresh(
        text="my skip rate how much ah",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often i skip stuff this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="last month i skip alot or not",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="my repeat rate what",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much i replay same things lately",
        family="repeat",
        period="lately",
    ),
    Fresh(
        text="this yr i keep repeating same song or not, how much",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days in a row i listen already",
        family="streak",
    ),
    Fresh(
        text="my listening streak now how long",
        family="streak",
    ),
    Fresh(
        text="how many days straight i listening already ah",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="eres first time played when ah",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="the daily first show up in my history when",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="the weeknd when first play",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="last time i play queen when ah",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when i last heard digital love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="cross album last played when",
        family="last_play",
        name="Cross",
    ),
    Fresh(
        text="phantom by justice when last time",
        family="last_play",
        name="Phantom by Justice",
    ),
    # last_song
    Fresh(
        text="last song i played what ah",
        family="last_song",
    ),
    Fresh(
        text="wat was the most recent track",
        family="last_song",
    ),
    Fresh(
        text="what song i last put on, cant remember",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what i wake up to this morning",
        family="first_today",
    ),
    Fresh(
        text="first song today what ah",
        family="first_today",
    ),
    Fresh(
        text="todays first track which one",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="on nov 3 what song i start with",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="last wk first track what",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="last friday i end with what song",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song of october what",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="yesterday last track what one",
        family="last_in",
        period="yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track lah, what",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the song i always skip one, which",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i skip most ah",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who i always skip one, which band",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="most skipped artist this yr",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="what song i got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="whats on heavy rotation now ah",
        family="on_repeat",
    ),
    Fresh(
        text="which song i cannot stop playing one",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me rundown of my listening, fast",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="my week how ah, recap pls",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="year in review pls",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on last month listening",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="recap of our october can",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more morning or evening ah",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning or night i listen more one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoon vs evening which i listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekday or weekend i listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends i play more than weekdays or not",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="this year i listen more on weekends than during the week?",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen lah",
    "volume up abit",
    "turn down the music can",
    "whats this song ah",
    "skip this one",
    "pause the podcast, got call",
    "next track in the living room",
    "off the kitchen light pls",
    "play the album discovery",
    "shuffle on",
    "repeat this song",
    "set timer 10 min for rice",
    "tmr got rain or not",
    "add milk to shoping list",
    "thermostat set 22 can",
    "what am i listening to now ah",
    "whats playing in the kitchen now",
    "group kitchen and living room speakers",
    "play latest episode of the daily",
    "stop the music",
    "louder lah cannot hear",
    "resume podcast",
    "play some chill music",
    "who sing this one",
    "play bohemian rhapsody by queen",
    "skip forward 30 sec",
    "turn off repeat mode",
    "play justice on all speakers",
    "mute kitchen speaker",
    "remind me 6pm call client",
    "play next episode of the daily",
    "like this song",
    "add this song to my playlist",
    "what time now",
    "set alarm 7am tmr",
    "dim lights to 50 percent",
    "play something upbeat can or not",
    "what album is this from ah",
    "go back previous song",
    "play air in kitchen softly",
    "stop music in 20 min",
    "volume 4 in kitchen",
    "play podcast in kitchen",
    "what song playing now ah",
]

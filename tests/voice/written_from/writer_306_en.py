"""Writer 306, someone typing fast on a phone with abbreviations and no punctuation, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who did i listen 2 most lst wk",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="top artist ths yr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="whos my #1 artist evr",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="who was i obsessed w lately lol",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 artists since oct pls",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="kitchen speaker who gets played most lst month",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="most playd song ths mnth",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="my top 5 tracks 2025",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="wats my song of the summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="fav song ovrall like of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="in the kitchen wat song gets played the most",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="most played album lst month",
        family="top_albums",
        period="last_month",
    ),
    Fresh(
        text="fav album ths yr so far",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="wich record did i play the most in sept",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="top podcast lst 30 days",
        family="top_podcasts",
        period="last_30_days",
    ),
    Fresh(
        text="wat podcast am i hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most listened 2 podcast evr",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how long did i listen 2day",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="hrs of music lst wk",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how much time on podcasts ths month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many mins did we listen yday",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="total listening time 2025 in hrs",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="how much did ada listen ths wk",
        family="listening_time",
        period="this_week",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs 2day",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many streams ths wk",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="# of plays since mon",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episodes did i play lst month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many tunes did we get thru in oct",
        family="plays",
        period="october",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many diff artists lst 3 months",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many artists hav i listened 2 in total",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="no of artists in aug",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="how many diff songs ths wk",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many unique tracks ovr the summer",
        family="songs_count",
        period="summer",
    ),
    Fresh(
        text="how many diff tunes did we play lst yr",
        family="songs_count",
        period="last_year",
        person="we",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen ths wk",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how often daft punk one more time lst month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="times i played radiohead ths yr",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="how many x did we play dance by justice lst weekend",
        family="play_count",
        period="last_weekend",
        name="D.A.N.C.E. by Justice",
        person="we",
    ),
    # did_i
    Fresh(
        text="did i listen 2 any justice lately",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="any air yday",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="did i hear the daily ths morn",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="evr listened 2 wet leg",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="did we play eres by cafe tacuba in oct",
        family="did_i",
        period="october",
        name="Eres by Café Tacvba",
        person="we",
    ),
    Fresh(
        text="q did i hav moon safari on at all last summer",
        family="did_i",
        period="last_summer",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="wat was i listening 2 yday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat did i listen 2 on sat",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="wht did we hav on lst friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="wat played nov 3rd",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="wat was on ths aftn",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="wat was playing at 745 lst nite",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wat song was on 2day at 8 15",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="whats was on at 5 past 5 ths aftn",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="song at noon on wed",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="yday at like 8 pm wat was on",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="wat kind of music am i into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste in music pls",
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
        text="when do i listen most like wat hour n wat day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="my peak listening time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artists lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who did i discover ths yr",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="new artists lst 30 days",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="found any1 new in the last 7 days",
        family="new_artists",
        period="last_7_days",
    ),
    # skips
    Fresh(
        text="how often do i skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="skip rate lst month",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="how many skips ths wk",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="do i replay the same stuff a lot",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wats my repeat rate ths yr",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="how much do i loop the same things ovr the past 2 wks",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="how many days in a row hav i listened",
        family="streak",
    ),
    Fresh(
        text="wats my streak rn",
        family="streak",
    ),
    Fresh(
        text="listening streak",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen 2 justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did air first show up in my history",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="1st time i played da funk",
        family="first_play",
        name="Da Funk",
    ),
    Fresh(
        text="when did i first hear the weeknd",
        family="first_play",
        name="The Weeknd",
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
        text="when was digital love last on",
        family="last_play",
        name="Digital Love",
    ),
    # last_song
    Fresh(
        text="last song i played",
        family="last_song",
    ),
    Fresh(
        text="wat was the last thing i had on",
        family="last_song",
    ),
    Fresh(
        text="wats the most recent track i played",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="first song 2day",
        family="first_today",
    ),
    Fresh(
        text="wat did i wake up 2",
        family="first_today",
    ),
    Fresh(
        text="wat was the 1st thing i played 2day",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i played yday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="wat did i start lst friday w",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="1st track on nov 3",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="first song of the yr for me",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="wat did i end w lst nite",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song on sat",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last track we played lst wk",
        family="last_in",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="last song day b4 yday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="wich song do i skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wat song do i always skip lol",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="wich artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="most skipped band",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i always skip ngl",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wat song am i on repeat w rn",
        family="on_repeat",
    ),
    Fresh(
        text="whats on heavy rotation",
        family="on_repeat",
    ),
    Fresh(
        text="wat song cant i stop playing",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was my wk in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="yr in review pls",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap lst summer",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="quick recap of oct",
        family="recap",
        period="october",
    ),
    Fresh(
        text="fill me in on my listening since march",
        family="recap",
        period="since_march",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more mornings or evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i a morning or night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings vs aftns wich do i listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on wkdays or wkends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wkend vs weekday listening",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="more music on weekends or during the wk",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen",
    "turn music up",
    "vol up pls",
    "vol 2 30",
    "skip ths song",
    "nxt track",
    "pause the podcast",
    "wats this song",
    "wat am i listening 2 rn",
    "play album discovery",
    "shuffle on",
    "put ths song on repeat",
    "repeat off",
    "group kitchen n living rm speakers",
    "set timer 10 min",
    "weather 2moro",
    "add milk 2 shopping list",
    "thermostat 21",
    "turn off kitchen light",
    "play the daily",
    "resume podcast",
    "play smth chill in the kitchen",
    "stop music",
    "louder",
    "mute kitchen speaker",
    "whats playing in the kitchen",
    "play bohemian rhapsody by queen",
    "play justice cross",
    "next episode",
    "rewind 30 sec",
    "lights on living rm",
    "alarm 6 30",
    "is it gonna rain 2day",
    "who sings ths",
    "play music everywhere",
    "lower the bass",
    "add ths song 2 my playlist",
    "play air moon safari in kitchen",
    "skip 2 next ep",
    "stop music in 20 min",
    "turn down kitchen",
    "set kitchen speaker 2 50",
    "whats on rn",
    "play some queen",
]

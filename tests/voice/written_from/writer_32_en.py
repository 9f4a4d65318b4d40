"""Writer 32, terse phone typist, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(text="top artist this wk", family="top_artists", period="this_week"),
    Fresh(
        text="who was my #1 artist last yr", family="top_artists", period="last_year"
    ),
    Fresh(text="fav band lately", family="top_artists", period="lately"),
    Fresh(text="top 3 artists oct", family="top_artists", period="october", count=3),
    Fresh(text="who am i obsessed w", family="top_artists", period="lately"),
    Fresh(
        text="our top artist last mo",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(text="top song this mo", family="top_tracks", period="this_month"),
    Fresh(
        text="my 5 most played tracks this yr",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(text="song of the summer", family="top_tracks", period="summer"),
    Fresh(text="most played song ever", family="top_tracks", period="all_time"),
    Fresh(
        text="kitchen top track last wk",
        family="top_tracks",
        period="last_week",
        room="kitchen",
    ),
    # top_albums
    Fresh(text="most played album this yr", family="top_albums", period="this_year"),
    Fresh(text="fav album last summer", family="top_albums", period="last_summer"),
    Fresh(
        text="top 2 albums since march",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    # top_podcasts
    Fresh(text="top podcast this mo", family="top_podcasts", period="this_month"),
    Fresh(text="which podcast am i hooked on", family="top_podcasts", period="lately"),
    Fresh(
        text="most played show last 3 mos",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="how many hrs music this wk",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(text="total listening time today", family="listening_time", period="today"),
    Fresh(
        text="mins of podcasts yday",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    Fresh(
        text="hrs listened last 30 days", family="listening_time", period="last_30_days"
    ),
    Fresh(
        text="how long did we listen last wkend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    # plays
    Fresh(text="how many songs today", family="plays", period="today", content="music"),
    Fresh(text="# of plays last mo", family="plays", period="last_month"),
    Fresh(text="total streams 2025", family="plays", period="in_2025"),
    Fresh(
        text="how many episodes this wk",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks this aft",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many diff artists this yr", family="artists_count", period="this_year"
    ),
    Fresh(text="# artists since oct", family="artists_count", period="since_october"),
    Fresh(text="how many artists ever", family="artists_count", period="all_time"),
    # songs_count
    Fresh(text="how many diff songs last wk", family="songs_count", period="last_week"),
    Fresh(text="unique tracks this mo", family="songs_count", period="this_month"),
    Fresh(text="# of diff songs aug", family="songs_count", period="august"),
    # play_count
    Fresh(
        text="how many times bohemian rhapsody this yr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="queen plays this mo",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="times i played one more time",
        family="play_count",
        period="all_time",
        name="One More Time",
    ),
    Fresh(
        text="how often justice last 7 days",
        family="play_count",
        period="last_7_days",
        name="Justice",
    ),
    Fresh(
        text="radiohead play count",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(text="any queen yday", family="did_i", period="yesterday", name="Queen"),
    Fresh(
        text="did i play air this wk", family="did_i", period="this_week", name="Air"
    ),
    Fresh(
        text="listened to the daily today",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="heard sexy boy lately", family="did_i", period="lately", name="Sexy Boy"
    ),
    Fresh(
        text="any wet leg last mo", family="did_i", period="last_month", name="Wet Leg"
    ),
    Fresh(
        text="cafe tacuba in sept",
        family="did_i",
        period="september",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(text="what did i listen to yday", family="what_played", period="yesterday"),
    Fresh(text="what was on last nite", family="what_played", period="last_night"),
    Fresh(text="what played this am", family="what_played", period="this_morning"),
    Fresh(text="what played nov 3rd", family="what_played", period="november_3"),
    Fresh(
        text="what we played last fri",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="music day b4 yday", family="what_played", period="day_before_yesterday"
    ),
    # playing_at
    Fresh(
        text="what was on 745 last nite", family="playing_at", moment="2026-11-19 19:45"
    ),
    Fresh(text="song at 8am today", family="playing_at", moment="2026-11-20 08:00"),
    Fresh(text="what played 9pm wed", family="playing_at", moment="2026-11-18 21:00"),
    Fresh(text="what was on noon yday", family="playing_at", moment="2026-11-19 12:00"),
    Fresh(
        text="what was playing 5 15 today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(text="whats my music taste", family="taste", period="all_time"),
    Fresh(text="describe my taste pls", family="taste", period="all_time"),
    Fresh(text="my taste this yr", family="taste", period="this_year"),
    # peak
    Fresh(text="when do i usually listen", family="peak", period="all_time"),
    Fresh(text="my peak listening time", family="peak", period="all_time"),
    Fresh(text="what day n hour i listen most", family="peak", period="all_time"),
    # new_artists
    Fresh(text="new artists this mo", family="new_artists", period="this_month"),
    Fresh(text="discovered anyone new lately", family="new_artists", period="lately"),
    Fresh(
        text="1st time artists since march", family="new_artists", period="since_march"
    ),
    # skips
    Fresh(text="my skip rate", family="skips", period="all_time"),
    Fresh(text="how much did i skip this wk", family="skips", period="this_week"),
    Fresh(text="skips since mon", family="skips", period="since_monday"),
    # repeat
    Fresh(text="my repeat rate", family="repeat", period="all_time"),
    Fresh(text="how much do i replay stuff", family="repeat", period="all_time"),
    Fresh(text="repeat rate past 2 wks", family="repeat", period="last_2_weeks"),
    # streak
    Fresh(text="my listening streak", family="streak"),
    Fresh(text="how many days in a row", family="streak"),
    Fresh(text="streak rn", family="streak"),
    # first_play
    Fresh(text="when did i 1st hear justice", family="first_play", name="Justice"),
    Fresh(text="first time i played eres", family="first_play", name="Eres"),
    Fresh(text="1st play the daily", family="first_play", name="The Daily"),
    Fresh(
        text="when did i first hear radiohead", family="first_play", name="Radiohead"
    ),
    # last_play
    Fresh(text="last time i heard queen", family="last_play", name="Queen"),
    Fresh(text="when did i last play da funk", family="last_play", name="Da Funk"),
    Fresh(text="genesis last played when", family="last_play", name="Genesis"),
    Fresh(text="last time the weeknd", family="last_play", name="The Weeknd"),
    # last_song
    Fresh(text="last song i played", family="last_song"),
    Fresh(text="what was my last track", family="last_song"),
    Fresh(text="most recent song pls", family="last_song"),
    # first_today
    Fresh(text="first song today", family="first_today"),
    Fresh(text="what did i wake up to", family="first_today"),
    Fresh(text="what i start the day w today", family="first_today"),
    # first_in
    Fresh(text="first song yday", family="first_in", period="yesterday"),
    Fresh(text="1st track last fri", family="first_in", period="last_friday"),
    Fresh(text="what did i start oct w", family="first_in", period="october"),
    Fresh(text="first song this wk", family="first_in", period="this_week"),
    # last_in
    Fresh(text="last song yday", family="last_in", period="yesterday"),
    Fresh(text="what did i end last fri w", family="last_in", period="last_friday"),
    Fresh(text="last track yday eve", family="last_in", period="yesterday_evening"),
    Fresh(text="final song sat", family="last_in", period="saturday"),
    # most_skipped
    Fresh(text="most skipped song", family="most_skipped", period="all_time"),
    Fresh(text="which track do i skip most", family="most_skipped", period="all_time"),
    Fresh(
        text="song i skip the most this yr", family="most_skipped", period="this_year"
    ),
    # most_skipped_artist
    Fresh(text="artist i skip most", family="most_skipped_artist", period="all_time"),
    Fresh(text="most skipped band", family="most_skipped_artist", period="all_time"),
    Fresh(text="who do i skip most", family="most_skipped_artist", period="all_time"),
    # on_repeat
    Fresh(text="what song on repeat rn", family="on_repeat"),
    Fresh(text="song i cant stop playing", family="on_repeat"),
    Fresh(text="whats on heavy rotation", family="on_repeat"),
    # recap
    Fresh(text="recap my wk", family="recap", period="this_week"),
    Fresh(text="my yr in review", family="recap", period="this_year"),
    Fresh(text="rundown pls", family="recap", period="this_month"),
    Fresh(text="recap oct", family="recap", period="october"),
    Fresh(text="last mo recap", family="recap", period="last_month"),
    Fresh(text="2025 review", family="recap", period="in_2025"),
    # compare_day_parts
    Fresh(
        text="morning or evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more mornings or nights",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoon or evening more", family="compare_day_parts", period="all_time"
    ),
    # compare_week
    Fresh(text="weekdays or weekends more", family="compare_week", period="all_time"),
    Fresh(text="do i listen more on wkends", family="compare_week", period="all_time"),
    Fresh(text="wkend vs weekday listening", family="compare_week", period="all_time"),
]

NEGATIVES = [
    "play daft punk kitchen",
    "music up",
    "vol 5 pls",
    "skip",
    "next track",
    "pause podcast",
    "whats this song",
    "whats playing rn",
    "shuffle on",
    "repeat on",
    "play discovery album",
    "kitchen lights off",
    "timer 10 min",
    "weather tmrw",
    "add milk to list",
    "thermostat 21",
    "group kitchen n living rm speakers",
    "stop music",
    "play the daily latest ep",
    "louder in kitchen",
    "mute",
    "resume",
    "play queen",
    "whats playing in kitchen",
    "who sings this",
    "play sth chill",
    "prev song",
    "turn off repeat",
    "set alarm 7am",
    "play radio",
    "dim lights 50",
    "heat up 2 deg",
    "rain today",
    "turn it down",
    "play justice cross",
    "next ep",
    "like this song",
    "play air in kitchen",
    "stop music in 20 min",
    "what am i listening to rn",
    "add eggs pls",
    "bass up",
    "ungroup speakers",
    "skip 30 sec",
]

"""Writer 56, a power user who talks to the assistant like a command line or a search box, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="stats: top artists, last month", family="top_artists", period="last_month"
    ),
    Fresh(
        text="top 3 artists this year",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="most played artist since march",
        family="top_artists",
        period="since_march",
    ),
    Fresh(
        text="artists ranked by plays, last 30 days",
        family="top_artists",
        period="last_30_days",
    ),
    Fresh(
        text="in the kitchen, top artist last week",
        family="top_artists",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="which artist have I been obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="top 5 tracks this year", family="top_tracks", period="this_year", count=5
    ),
    Fresh(
        text="most played song, last 7 days", family="top_tracks", period="last_7_days"
    ),
    Fresh(text="song of the month?", family="top_tracks", period="this_month"),
    Fresh(
        text="top tracks 2025, top 10", family="top_tracks", period="in_2025", count=10
    ),
    Fresh(
        text="Ada's top songs in October",
        family="top_tracks",
        period="october",
        person="Ada",
    ),
    # top_albums
    Fresh(text="top albums all time", family="top_albums", period="all_time"),
    Fresh(
        text="most played album, last summer", family="top_albums", period="last_summer"
    ),
    Fresh(
        text="which record did I spin the most in august",
        family="top_albums",
        period="august",
    ),
    Fresh(
        text="top 3 albums last year", family="top_albums", period="last_year", count=3
    ),
    # top_podcasts
    Fresh(text="top podcasts this year", family="top_podcasts", period="this_year"),
    Fresh(
        text="go-to podcast, past 30 days", family="top_podcasts", period="last_30_days"
    ),
    Fresh(
        text="which podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="query listening time this week",
        family="listening_time",
        period="this_week",
    ),
    Fresh(text="total listening time, 2025", family="listening_time", period="in_2025"),
    Fresh(
        text="hours of music last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="how long did we listen last week",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="minutes of podcasts yesterday",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    Fresh(
        text="listening time in the kitchen, this month",
        family="listening_time",
        period="this_month",
        room="kitchen",
    ),
    # plays
    Fresh(text="count plays today", family="plays", period="today"),
    Fresh(
        text="how many tracks played this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="number of streams, last 3 months", family="plays", period="last_3_months"
    ),
    Fresh(
        text="how many podcast episodes did I play this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="kitchen: total plays since monday",
        family="plays",
        period="since_monday",
        room="kitchen",
    ),
    # artists_count
    Fresh(
        text="how many different artists this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="distinct artists count, last 30 days",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="number of unique artists in september",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="unique songs count since monday",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many different tracks did I play in 2025",
        family="songs_count",
        period="in_2025",
    ),
    Fresh(text="distinct songs, last month", family="songs_count", period="last_month"),
    # play_count
    Fresh(
        text="count plays Daft Punk 2025",
        family="play_count",
        period="in_2025",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times bohemian rhapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="play count: one more time by daft punk, all time",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="The Daily, number of plays last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="play count genesis by justice, last 3 months",
        family="play_count",
        period="last_3_months",
        name="Genesis by Justice",
    ),
    Fresh(
        text="how often did I play Radiohead this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I play any Justice this week",
        family="did_i",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="Queen yesterday? y/n", family="did_i", period="yesterday", name="Queen"
    ),
    Fresh(
        text="listened to Moon Safari since october?",
        family="did_i",
        period="since_october",
        name="Moon Safari",
    ),
    Fresh(
        text="any Wet Leg last month",
        family="did_i",
        period="last_month",
        name="Wet Leg",
    ),
    Fresh(
        text="did we have Eres on last weekend",
        family="did_i",
        period="last_weekend",
        name="Eres",
        person="we",
    ),
    # what_played
    Fresh(
        text="what did I listen to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="listening log, day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was I listening to last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what did I have on this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="summary of what I played on november 3rd",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what did Ada listen to on saturday",
        family="what_played",
        period="saturday",
        person="Ada",
    ),
    Fresh(
        text="what did I listen to last night",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was playing at 19:50 yesterday",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(text="track at 08:15 today?", family="playing_at", moment="2026-11-20 08:15"),
    Fresh(
        text="what was on at quarter past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="ugh what was that thing I had on last night around 8",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="saturday 21:00, what was playing",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    # taste
    Fresh(text="describe my taste", family="taste", period="all_time"),
    Fresh(text="taste profile, last 3 months", family="taste", period="last_3_months"),
    Fresh(
        text="what's my taste been like this year", family="taste", period="this_year"
    ),
    # peak
    Fresh(text="peak listening hour and weekday", family="peak", period="all_time"),
    Fresh(
        text="when do I usually listen? time of day + day of week",
        family="peak",
        period="all_time",
    ),
    Fresh(text="peak listening times this month", family="peak", period="this_month"),
    # new_artists
    Fresh(text="new artists this month", family="new_artists", period="this_month"),
    Fresh(
        text="any first-time artists in the last 30 days",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="artists I heard for the first time in 2025",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(text="show me my skip rate", family="skips", period="all_time"),
    Fresh(text="skip rate this week", family="skips", period="this_week"),
    Fresh(
        text="how often did I skip stuff last month, skips vs plays",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(text="repeat rate, last 30 days", family="repeat", period="last_30_days"),
    Fresh(
        text="how much do I replay the same stuff over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(text="replay ratio this year", family="repeat", period="this_year"),
    # streak
    Fresh(text="listening streak", family="streak"),
    Fresh(text="how many days in a row have I been listening now", family="streak"),
    Fresh(text="consecutive listening days, current count", family="streak"),
    # first_play
    Fresh(
        text="Assist, history, first play Justice", family="first_play", name="Justice"
    ),
    Fresh(
        text="when did I first hear Digital Love",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="first time The Daily shows up in my history",
        family="first_play",
        name="The Daily",
    ),
    Fresh(text="first play Radiohead", family="first_play", name="Radiohead"),
    # last_play
    Fresh(text="last play Queen", family="last_play", name="Queen"),
    Fresh(text="when did I last listen to Da Funk", family="last_play", name="Da Funk"),
    Fresh(
        text="last time I had cafe tacuba on", family="last_play", name="Café Tacvba"
    ),
    Fresh(
        text="most recent play of the album Discovery",
        family="last_play",
        name="Discovery",
    ),
    # last_song
    Fresh(text="last song played", family="last_song"),
    Fresh(text="what was the last track I played", family="last_song"),
    # first_today
    Fresh(text="first track today", family="first_today"),
    Fresh(text="which song did I start the day with", family="first_today"),
    # first_in
    Fresh(text="first track, yesterday", family="first_in", period="yesterday"),
    Fresh(text="opening song last friday", family="first_in", period="last_friday"),
    Fresh(text="first song I played on saturday", family="first_in", period="saturday"),
    Fresh(text="first track of the year", family="first_in", period="this_year"),
    # last_in
    Fresh(text="last track yesterday", family="last_in", period="yesterday"),
    Fresh(
        text="which song did I end last weekend with",
        family="last_in",
        period="last_weekend",
    ),
    Fresh(text="final song I played in october", family="last_in", period="october"),
    # most_skipped
    Fresh(text="most skipped song", family="most_skipped", period="all_time"),
    Fresh(
        text="which track do I skip the most", family="most_skipped", period="all_time"
    ),
    Fresh(
        text="most skipped track this year", family="most_skipped", period="this_year"
    ),
    # most_skipped_artist
    Fresh(text="most skipped artist", family="most_skipped_artist", period="all_time"),
    Fresh(
        text="which artist do I skip most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who gets skipped the most, last 3 months",
        family="most_skipped_artist",
        period="last_3_months",
    ),
    # on_repeat
    Fresh(text="which song have I got on repeat these days", family="on_repeat"),
    Fresh(text="current heavy rotation track", family="on_repeat"),
    Fresh(
        text="what's the one song I can't stop playing right now", family="on_repeat"
    ),
    # recap
    Fresh(text="listening recap for October", family="recap", period="october"),
    Fresh(text="recap this week", family="recap", period="this_week"),
    Fresh(text="year in review 2025", family="recap", period="in_2025"),
    Fresh(text="rundown of my listening", family="recap", period="this_month"),
    Fresh(text="recap: last summer", family="recap", period="last_summer"),
    Fresh(
        text="our recap for last week", family="recap", period="last_week", person="we"
    ),
    # compare_day_parts
    Fresh(
        text="mornings vs evenings, when do I listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I a morning or an evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning vs night listening this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="weekdays vs weekends listening", family="compare_week", period="all_time"
    ),
    Fresh(
        text="do I listen more on weekends or on weekdays this year",
        family="compare_week",
        period="this_year",
    ),
    Fresh(text="weekday/weekend split", family="compare_week", period="all_time"),
]

NEGATIVES = [
    "kitchen: play daft punk",
    "volume 30",
    "vol up",
    "skip",
    "next track",
    "pause podcast",
    "resume The Daily",
    "shuffle on",
    "repeat mode: one",
    "repeat off",
    "identify current track",
    "now playing?",
    "play album Homework",
    "queue Around the World next",
    "group kitchen and living room speakers",
    "ungroup speakers",
    "timer 10 min",
    "set a timer for 25 minutes",
    "weather tomorrow",
    "forecast Berlin, weekend",
    "add oat milk to shopping list",
    "thermostat 21 degrees",
    "kitchen light off",
    "dim living room to 40%",
    "stop music",
    "play latest episode of The Daily",
    "like this song",
    "add this track to playlist Focus",
    "bass +2 on the kitchen speaker",
    "transfer music to the bedroom",
    "play something by Air",
    "restart track",
    "seek to 1:30",
    "skip ahead 30 seconds",
    "mute kitchen",
    "what time is it",
    "alarm 7:00 weekdays",
    "start Queen radio",
    "crossfade on",
    "sleep timer 20 min for the music",
    "who sings this",
    "lyrics for this song",
    "play D.A.N.C.E. on repeat",
    "lower the music a bit, I'm on a call",
    "turn off shuffle in the kitchen",
    "what am I listening to right now",
]

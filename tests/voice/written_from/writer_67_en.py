"""Writer 67, a terse smart-speaker user in a hurry, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(text="top artist last week", family="top_artists", period="last_week"),
    Fresh(
        text="hey jarvis, most played band this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(text="number one artist. all time.", family="top_artists", period="all_time"),
    Fresh(
        text="ok nabu who was i obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 artists last month",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="our top artist last year",
        family="top_artists",
        period="last_year",
        person="we",
    ),
    # top_tracks
    Fresh(text="song of the month", family="top_tracks", period="this_month"),
    Fresh(
        text="top five tracks since march",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(text="most played song ever", family="top_tracks", period="all_time"),
    Fresh(text="favourite track this summer", family="top_tracks", period="summer"),
    Fresh(
        text="kitchen. most played song in october",
        family="top_tracks",
        period="october",
        room="kitchen",
    ),
    Fresh(
        text="ada's top song last month",
        family="top_tracks",
        period="last_month",
        person="Ada",
    ),
    # top_albums
    Fresh(text="top album this year", family="top_albums", period="this_year"),
    Fresh(
        text="most played record last summer", family="top_albums", period="last_summer"
    ),
    Fresh(
        text="hey jarvis, favourite album, last 3 months",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(text="go-to podcast lately", family="top_podcasts", period="lately"),
    Fresh(
        text="most played podcast this year", family="top_podcasts", period="this_year"
    ),
    Fresh(
        text="ok nabu which podcast am i hooked on",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(text="hours listened this week", family="listening_time", period="this_week"),
    Fresh(
        text="ok nabu, how long music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="total listening time last month",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="minutes of podcasts yesterday",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    Fresh(
        text="how much music in the kitchen since monday",
        family="listening_time",
        period="since_monday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="twenty twenty five, listening hours",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="how long did we listen yesterday",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    # plays
    Fresh(
        text="so far today, how many tracks",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(text="number of plays last weekend", family="plays", period="last_weekend"),
    Fresh(
        text="episodes this month. how many",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(text="total streams all time", family="plays", period="all_time"),
    Fresh(
        text="our plays last week, how many",
        family="plays",
        period="last_week",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="number of artists since october",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="artist count, last thirty days",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="how many different songs last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="distinct tracks this week, how many",
        family="songs_count",
        period="this_week",
    ),
    Fresh(text="unique songs in september", family="songs_count", period="september"),
    # play_count
    Fresh(
        text="how many times bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="queen plays this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="times i played the daily last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="one more time by daft punk, play count",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="radiohead. how many plays",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="any justice yesterday", family="did_i", period="yesterday", name="Justice"
    ),
    Fresh(
        text="hey jarvis, heard the daily today?",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(text="air last weekend?", family="did_i", period="last_weekend", name="Air"),
    Fresh(
        text="dance by justice, played this week?",
        family="did_i",
        period="this_week",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(text="any wet leg lately", family="did_i", period="lately", name="Wet Leg"),
    Fresh(
        text="cafe tacvba on saturday?",
        family="did_i",
        period="saturday",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="what played yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="ok nabu. what was on last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="listening on november third", family="what_played", period="november_3"
    ),
    Fresh(
        text="what'd i hear this morning", family="what_played", period="this_morning"
    ),
    Fresh(
        text="what did we listen to day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="what ada played last night",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    Fresh(
        text="this afternoon, what'd i have on",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="song at 8 pm yesterday", family="playing_at", moment="2026-11-19 20:00"
    ),
    Fresh(
        text="hey jarvis what played at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="track at ten past five today",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="last friday 9 pm, what was on",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="kitchen, noon wednesday, which song",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    # taste
    Fresh(text="describe my taste", family="taste", period="all_time"),
    Fresh(text="what am i into, music wise", family="taste", period="all_time"),
    # peak
    Fresh(text="when do i usually listen", family="peak", period="all_time"),
    Fresh(text="peak listening hour and day", family="peak", period="all_time"),
    Fresh(text="my usual listening time", family="peak", period="all_time"),
    # new_artists
    Fresh(text="new artists this month", family="new_artists", period="this_month"),
    Fresh(text="anyone new lately", family="new_artists", period="lately"),
    Fresh(
        text="first time artists this year", family="new_artists", period="this_year"
    ),
    # skips
    Fresh(text="skip rate", family="skips", period="all_time"),
    Fresh(text="how often do i skip. last month.", family="skips", period="last_month"),
    Fresh(text="how many skips this week", family="skips", period="this_week"),
    # repeat
    Fresh(text="repeat rate", family="repeat", period="all_time"),
    Fresh(
        text="how much do i replay the same songs this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(text="listening streak", family="streak"),
    Fresh(text="ok nabu days in a row listening", family="streak"),
    # first_play
    Fresh(text="first time i played justice", family="first_play", name="Justice"),
    Fresh(text="when did sexy boy first show up", family="first_play", name="Sexy Boy"),
    Fresh(text="the weeknd, first listen when", family="first_play", name="The Weeknd"),
    # last_play
    Fresh(text="queen, last played when", family="last_play", name="Queen"),
    Fresh(text="when did i last hear the daily", family="last_play", name="The Daily"),
    Fresh(text="last time digital love", family="last_play", name="Digital Love"),
    # last_song
    Fresh(text="last song played", family="last_song"),
    Fresh(text="hey jarvis, what was my last track", family="last_song"),
    # first_today
    Fresh(text="first song today", family="first_today"),
    Fresh(text="what'd i start the day with", family="first_today"),
    # first_in
    Fresh(text="first song yesterday", family="first_in", period="yesterday"),
    Fresh(text="first track on saturday", family="first_in", period="saturday"),
    Fresh(text="opening song this week", family="first_in", period="this_week"),
    # last_in
    Fresh(
        text="last song yesterday evening", family="last_in", period="yesterday_evening"
    ),
    Fresh(text="final track last friday", family="last_in", period="last_friday"),
    Fresh(text="november 3rd, last song", family="last_in", period="november_3"),
    # most_skipped
    Fresh(text="most skipped song", family="most_skipped", period="all_time"),
    Fresh(text="which track do i skip most", family="most_skipped", period="all_time"),
    # most_skipped_artist
    Fresh(text="most skipped artist", family="most_skipped_artist", period="all_time"),
    Fresh(text="band i skip the most", family="most_skipped_artist", period="all_time"),
    # on_repeat
    Fresh(text="what's on repeat these days", family="on_repeat"),
    Fresh(text="heavy rotation song", family="on_repeat"),
    Fresh(text="song i can't stop playing", family="on_repeat"),
    # recap
    Fresh(text="recap my week", family="recap", period="this_week"),
    Fresh(text="hey jarvis year in review", family="recap", period="this_year"),
    Fresh(text="ok nabu rundown october", family="recap", period="october"),
    Fresh(text="quick recap, last month", family="recap", period="last_month"),
    Fresh(text="my listening rundown", family="recap", period="this_month"),
    # compare_day_parts
    Fresh(
        text="morning or evening listener?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="listen more mornings or nights",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekends, when more listening",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend versus weekday listening this month",
        family="compare_week",
        period="this_month",
    ),
]

NEGATIVES = [
    "play daft punk, kitchen",
    "music up",
    "turn the music down a bit",
    "what's playing in the kitchen",
    "what song is this",
    "skip",
    "skip this track",
    "pause podcast",
    "next track, living room",
    "kitchen light off",
    "play album discovery",
    "volume 5",
    "shuffle on",
    "repeat mode off",
    "group kitchen and living room speakers",
    "timer 10 minutes",
    "weather tomorrow",
    "add milk to shopping list",
    "thermostat 21",
    "what am i listening to right now",
    "hey jarvis stop",
    "ok nabu resume",
    "play the daily",
    "next episode",
    "play queen in the kitchen",
    "louder",
    "quieter in the kitchen",
    "who sings this",
    "play some justice",
    "play bohemian rhapsody",
    "previous song",
    "repeat this song",
    "kitchen speaker volume 30 percent",
    "mute",
    "alarm 7 am",
    "play something chill",
    "radio on",
    "what time is it",
    "heating down, bedroom",
    "play air moon safari on the kitchen speaker",
    "current song name?",
    "stop the music in 20 minutes",
    "ok nabu lights dim living room",
    "rain today?",
    "play café tacvba",
]

"""Writer 1, a terse smart-speaker user, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(text="top artist this year", family="top_artists", period="this_year"),
    Fresh(
        text="most played artist last month", family="top_artists", period="last_month"
    ),
    Fresh(
        text="who'd I play most, last thirty days",
        family="top_artists",
        period="last_30_days",
    ),
    Fresh(
        text="top five artists ever", family="top_artists", period="all_time", count=5
    ),
    Fresh(
        text="number one band since March", family="top_artists", period="since_march"
    ),
    Fresh(
        text="Ada's top artist last summer",
        family="top_artists",
        period="last_summer",
        person="Ada",
    ),
    # top_tracks
    Fresh(text="top song this week", family="top_tracks", period="this_week"),
    Fresh(text="song of the month", family="top_tracks", period="this_month"),
    Fresh(
        text="three most played tracks last year",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(text="top track. October.", family="top_tracks", period="october"),
    Fresh(text="most played song of all time", family="top_tracks", period="all_time"),
    Fresh(
        text="kitchen, top song last week",
        family="top_tracks",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="our top track last weekend",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    # top_albums
    Fresh(text="top album this year", family="top_albums", period="this_year"),
    Fresh(text="most played record, summer", family="top_albums", period="summer"),
    Fresh(
        text="album I played most in September", family="top_albums", period="september"
    ),
    # top_podcasts
    Fresh(text="top podcast", family="top_podcasts", period="all_time"),
    Fresh(
        text="most played show this month", family="top_podcasts", period="this_month"
    ),
    Fresh(text="podcast I'm hooked on", family="top_podcasts", period="lately"),
    # listening_time
    Fresh(text="listening time today", family="listening_time", period="today"),
    Fresh(
        text="hours of music last week",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="podcast time this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total listening time, twenty twenty five",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="minutes listened this morning",
        family="listening_time",
        period="this_morning",
    ),
    Fresh(
        text="how long did we listen yesterday",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="how much music, past two weeks",
        family="listening_time",
        period="last_2_weeks",
        content="music",
    ),
    # plays
    Fresh(text="total plays last seven days", family="plays", period="last_7_days"),
    Fresh(text="how many streams in August", family="plays", period="august"),
    Fresh(
        text="episodes played this week",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="number of tracks yesterday evening",
        family="plays",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="kitchen plays last weekend",
        family="plays",
        period="last_weekend",
        room="kitchen",
    ),
    Fresh(text="play count this afternoon", family="plays", period="this_afternoon"),
    # artists_count
    Fresh(
        text="how many different artists this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="number of artists, last three months",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(text="distinct artists, total", family="artists_count", period="all_time"),
    # songs_count
    Fresh(
        text="how many different songs this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="unique tracks since October", family="songs_count", period="since_october"
    ),
    Fresh(
        text="different songs last week. how many",
        family="songs_count",
        period="last_week",
    ),
    # play_count
    Fresh(
        text="times played bohemian rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen plays this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="one more time, play count, last month",
        family="play_count",
        period="last_month",
        name="One More Time",
    ),
    Fresh(
        text="how many times the daily since monday",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="radiohead play count",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="genesis by justice, how often in october",
        family="play_count",
        period="october",
        name="Genesis",
    ),
    Fresh(
        text="Daft Punk count last thirty days",
        family="play_count",
        period="last_30_days",
        name="Daft Punk",
    ),
    # did_i
    Fresh(
        text="any Justice yesterday", family="did_i", period="yesterday", name="Justice"
    ),
    Fresh(
        text="did I play Air last weekend",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(text="heard Eres lately?", family="did_i", period="lately", name="Eres"),
    Fresh(
        text="the weeknd this year?",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="da funk last friday?",
        family="did_i",
        period="last_friday",
        name="Da Funk",
    ),
    Fresh(
        text="Queen on Saturday, yes or no",
        family="did_i",
        period="saturday",
        name="Queen",
    ),
    Fresh(
        text="did we play Discovery last month",
        family="did_i",
        period="last_month",
        name="Discovery",
        person="we",
    ),
    Fresh(
        text="Don't Stop Me Now, today?",
        family="did_i",
        period="today",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="what played yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what'd I listen to last night", family="what_played", period="last_night"
    ),
    Fresh(
        text="music on November third",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what was on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="this afternoon's listening. summary.",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what did Ada listen to this morning",
        family="what_played",
        period="this_morning",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="song at 7:50 pm yesterday", family="playing_at", moment="2026-11-19 19:50"
    ),
    Fresh(
        text="what was playing at eight this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="twenty past five today, what song",
        family="playing_at",
        moment="2026-11-20 17:20",
    ),
    Fresh(
        text="what played 9 pm Wednesday",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="track at quarter past eight last night",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    # taste
    Fresh(text="describe my taste", family="taste", period="all_time"),
    Fresh(text="my music taste", family="taste", period="all_time"),
    Fresh(text="taste profile this year", family="taste", period="this_year"),
    # peak
    Fresh(text="when do I listen most", family="peak", period="all_time"),
    Fresh(text="peak listening hour", family="peak", period="all_time"),
    Fresh(text="busiest listening day of the week", family="peak", period="all_time"),
    # new_artists
    Fresh(text="new artists this month", family="new_artists", period="this_month"),
    Fresh(text="new bands since March", family="new_artists", period="since_march"),
    Fresh(
        text="first-time artists last year", family="new_artists", period="last_year"
    ),
    # skips
    Fresh(text="skip rate", family="skips", period="all_time"),
    Fresh(text="how often do I skip. this week", family="skips", period="this_week"),
    Fresh(text="skips last month", family="skips", period="last_month"),
    # repeat
    Fresh(text="repeat rate", family="repeat", period="all_time"),
    Fresh(
        text="how much do I replay songs, this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(text="listening streak", family="streak"),
    Fresh(text="days in a row listening, current", family="streak"),
    # first_play
    Fresh(text="first time I played Phantom", family="first_play", name="Phantom"),
    Fresh(
        text="when'd I first hear cafe tacuba", family="first_play", name="Café Tacvba"
    ),
    Fresh(text="wet leg, first play", family="first_play", name="Wet Leg"),
    # last_play
    Fresh(text="last time sexy boy played", family="last_play", name="Sexy Boy"),
    Fresh(text="when did I last hear Daft Punk", family="last_play", name="Daft Punk"),
    Fresh(text="Moon Safari. last played when", family="last_play", name="Moon Safari"),
    # last_song
    Fresh(text="last song played", family="last_song"),
    Fresh(text="name of the last track I had on", family="last_song"),
    # first_today
    Fresh(text="first song today", family="first_today"),
    Fresh(text="first track of the day", family="first_today"),
    # first_in
    Fresh(text="first song on Saturday", family="first_in", period="saturday"),
    Fresh(text="opening track this week", family="first_in", period="this_week"),
    Fresh(text="first song of the year", family="first_in", period="this_year"),
    # last_in
    Fresh(text="last song yesterday", family="last_in", period="yesterday"),
    Fresh(text="final track last Friday", family="last_in", period="last_friday"),
    Fresh(text="last song in October", family="last_in", period="october"),
    # most_skipped
    Fresh(text="most skipped song", family="most_skipped", period="all_time"),
    Fresh(text="which track do I skip most", family="most_skipped", period="all_time"),
    # most_skipped_artist
    Fresh(text="most skipped artist", family="most_skipped_artist", period="all_time"),
    Fresh(text="band I skip the most", family="most_skipped_artist", period="all_time"),
    # on_repeat
    Fresh(text="song on repeat", family="on_repeat"),
    Fresh(text="song I can't stop playing", family="on_repeat"),
    # recap
    Fresh(text="recap my week", family="recap", period="this_week"),
    Fresh(text="year in review", family="recap", period="this_year"),
    Fresh(text="October recap", family="recap", period="october"),
    Fresh(text="rundown. my listening.", family="recap", period="this_month"),
    Fresh(text="summer review", family="recap", period="summer"),
    Fresh(
        text="our last week in music, quick recap",
        family="recap",
        period="last_week",
        person="we",
    ),
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
    Fresh(
        text="afternoons versus evenings, which more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekends, when more", family="compare_week", period="all_time"
    ),
    Fresh(text="more listening on weekends?", family="compare_week", period="all_time"),
]

NEGATIVES = [
    "play Justice",
    "play Queen in the kitchen",
    "kitchen, play Air",
    "play the album Cross",
    "play Moon Safari",
    "play The Daily",
    "latest episode of The Daily",
    "play Bohemian Rhapsody",
    "next song",
    "skip",
    "skip this track",
    "previous track",
    "pause",
    "pause the podcast",
    "resume",
    "stop the music",
    "volume up",
    "volume down in the kitchen",
    "volume to four",
    "louder",
    "mute",
    "shuffle on",
    "shuffle off",
    "repeat this song",
    "repeat off",
    "what song is this",
    "what's playing",
    "what's playing in the kitchen",
    "who sings this",
    "what am I listening to right now",
    "group kitchen and living room speakers",
    "ungroup speakers",
    "move music to the kitchen",
    "kitchen lights off",
    "lights on",
    "timer ten minutes",
    "cancel timer",
    "weather tomorrow",
    "add milk to the shopping list",
    "thermostat to twenty one",
    "heating down",
    "like this song",
    "add this track to my playlist",
    "play some jazz",
    "radio on",
    "alarm seven a.m.",
    "what time is it",
]

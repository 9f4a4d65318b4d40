"""Writer 515, a terse smart-speaker user, a Midwestern (Iowa) corn farmer in his fifties, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(text="top artist last week", family="top_artists", period="last_week"),
    Fresh(text="who'd I play most this year", family="top_artists", period="this_year"),
    Fresh(text="number one band. all time.", family="top_artists", period="all_time"),
    Fresh(text="who've I been stuck on lately", family="top_artists", period="lately"),
    Fresh(
        text="top three artists last month",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(text="best band past two weeks", family="top_artists", period="last_2_weeks"),
    Fresh(
        text="Ada's top band this year",
        family="top_artists",
        period="this_year",
        person="Ada",
    ),
    # top_tracks
    Fresh(text="most played song this month", family="top_tracks", period="this_month"),
    Fresh(text="song of the summer", family="top_tracks", period="summer"),
    Fresh(
        text="top five songs. ever.", family="top_tracks", period="all_time", count=5
    ),
    Fresh(
        text="which song'd I run most yesterday",
        family="top_tracks",
        period="yesterday",
    ),
    Fresh(
        text="kitchen. top song this month",
        family="top_tracks",
        period="this_month",
        room="kitchen",
    ),
    Fresh(
        text="top tune past three months", family="top_tracks", period="last_3_months"
    ),
    # top_albums
    Fresh(text="most played record this year", family="top_albums", period="this_year"),
    Fresh(text="top album since March", family="top_albums", period="since_march"),
    Fresh(
        text="album I wore out last summer", family="top_albums", period="last_summer"
    ),
    # top_podcasts
    Fresh(text="top podcast", family="top_podcasts", period="all_time"),
    Fresh(text="which show I been hooked on", family="top_podcasts", period="lately"),
    Fresh(
        text="most played podcast in October", family="top_podcasts", period="october"
    ),
    # listening_time
    Fresh(text="how long'd I listen today", family="listening_time", period="today"),
    Fresh(
        text="hours of music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="time on podcasts last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how long did we listen last week",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="minutes of tunes this morning",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how long I listen in September",
        family="listening_time",
        period="september",
    ),
    Fresh(
        text="music in the kitchen last thirty days. how long",
        family="listening_time",
        period="last_30_days",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="songs played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(text="number of plays last seven days", family="plays", period="last_7_days"),
    Fresh(
        text="how many episodes this year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(text="total plays twenty twenty five", family="plays", period="in_2025"),
    Fresh(text="plays since Monday", family="plays", period="since_monday"),
    # artists_count
    Fresh(
        text="how many different bands this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(text="how many artists all told", family="artists_count", period="all_time"),
    Fresh(
        text="count of artists last month", family="artists_count", period="last_month"
    ),
    # songs_count
    Fresh(
        text="how many different songs this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="different tunes since October. how many",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="songs, how many different, last year",
        family="songs_count",
        period="last_year",
    ),
    # play_count
    Fresh(
        text="how many times Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Daft Punk this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="times I had The Daily on last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="Sexy Boy. how many plays. ever",
        family="play_count",
        period="all_time",
        name="Sexy Boy",
    ),
    Fresh(
        text="how many times Radiohead this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="One More Time, how many plays last thirty days",
        family="play_count",
        period="last_30_days",
        name="One More Time",
    ),
    # did_i
    Fresh(text="any Queen yesterday", family="did_i", period="yesterday", name="Queen"),
    Fresh(text="Justice lately?", family="did_i", period="lately", name="Justice"),
    Fresh(text="hear Eres last week", family="did_i", period="last_week", name="Eres"),
    Fresh(
        text="catch The Daily this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="any Wet Leg this year", family="did_i", period="this_year", name="Wet Leg"
    ),
    Fresh(
        text="we play any Air Saturday",
        family="did_i",
        period="saturday",
        name="Air",
        person="we",
    ),
    Fresh(
        text="Daft Punk in August?", family="did_i", period="august", name="Daft Punk"
    ),
    # what_played
    Fresh(
        text="what'd I have on last night", family="what_played", period="last_night"
    ),
    Fresh(
        text="what played yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(text="what was on Saturday", family="what_played", period="saturday"),
    Fresh(
        text="what songs this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="day before yesterday. what'd I listen to",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what'd we listen to last weekend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what'd Ada have on yesterday",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was on last night quarter to eight",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="song at eight this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="noon yesterday, what played",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="what was going around five today",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="eight fifteen last night. what song",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    # taste
    Fresh(text="my taste. sum it up", family="taste", period="all_time"),
    Fresh(text="what sorta music do I go for", family="taste", period="all_time"),
    Fresh(text="what's my kind of music", family="taste", period="all_time"),
    # peak
    Fresh(text="when do I usually listen", family="peak", period="all_time"),
    Fresh(text="what hour I play music most", family="peak", period="all_time"),
    Fresh(
        text="busiest listening time, day and hour", family="peak", period="all_time"
    ),
    # new_artists
    Fresh(text="anybody new this month", family="new_artists", period="this_month"),
    Fresh(
        text="new bands last thirty days", family="new_artists", period="last_30_days"
    ),
    Fresh(
        text="first-timers this year. artists", family="new_artists", period="this_year"
    ),
    # skips
    Fresh(text="how often I skip", family="skips", period="all_time"),
    Fresh(text="skip rate this month", family="skips", period="this_month"),
    Fresh(text="how many songs I skip last week", family="skips", period="last_week"),
    # repeat
    Fresh(
        text="how much do I replay the same songs", family="repeat", period="all_time"
    ),
    Fresh(text="repeat rate lately", family="repeat", period="lately"),
    Fresh(
        text="do I play the same stuff over and over",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(text="how many days straight I been listening", family="streak"),
    Fresh(text="listening streak", family="streak"),
    Fresh(text="days in a row now?", family="streak"),
    # first_play
    Fresh(text="when'd I first hear Justice", family="first_play", name="Justice"),
    Fresh(
        text="Don't Stop Me Now. first played when",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when'd Café Tacvba first show up", family="first_play", name="Café Tacvba"
    ),
    Fresh(
        text="first time I played The Weeknd", family="first_play", name="The Weeknd"
    ),
    # last_play
    Fresh(text="last time I heard Da Funk", family="last_play", name="Da Funk"),
    Fresh(text="when'd I last have The Daily on", family="last_play", name="The Daily"),
    Fresh(text="Queen. last played when", family="last_play", name="Queen"),
    Fresh(
        text="last time for Genesis by Justice",
        family="last_play",
        name="Genesis by Justice",
    ),
    # last_song
    Fresh(text="last song I played", family="last_song"),
    Fresh(text="last tune I had on", family="last_song"),
    # first_today
    Fresh(text="first song today", family="first_today"),
    Fresh(text="what'd I start the day with", family="first_today"),
    # first_in
    Fresh(text="first song yesterday", family="first_in", period="yesterday"),
    Fresh(
        text="first thing I played last Friday", family="first_in", period="last_friday"
    ),
    Fresh(text="this week, first song", family="first_in", period="this_week"),
    # last_in
    Fresh(text="last song last night", family="last_in", period="last_night"),
    Fresh(text="what'd I finish with Saturday", family="last_in", period="saturday"),
    Fresh(text="last song November third", family="last_in", period="november_3"),
    # most_skipped
    Fresh(text="song I skip most", family="most_skipped", period="all_time"),
    Fresh(
        text="which tune gets skipped most", family="most_skipped", period="all_time"
    ),
    # most_skipped_artist
    Fresh(text="band I skip most", family="most_skipped_artist", period="all_time"),
    Fresh(
        text="who gets skipped most", family="most_skipped_artist", period="all_time"
    ),
    # on_repeat
    Fresh(text="what song's on repeat", family="on_repeat"),
    Fresh(text="what song can't I quit", family="on_repeat"),
    Fresh(text="song I keep running these days", family="on_repeat"),
    # recap
    Fresh(text="rundown of my week", family="recap", period="this_week"),
    Fresh(text="how'd October go, music-wise", family="recap", period="october"),
    Fresh(text="sum up my year", family="recap", period="this_year"),
    Fresh(text="quick recap", family="recap", period="this_month"),
    Fresh(text="recap last year", family="recap", period="last_year"),
    # compare_day_parts
    Fresh(
        text="mornings or evenings, when do I listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="more music morning or night?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekends. which more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="listen more weekends than weekdays?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play Queen in the kitchen",
    "volume up",
    "louder",
    "turn it down some",
    "skip",
    "next song",
    "pause the podcast",
    "stop",
    "what's this song",
    "who sings this",
    "what's playing now",
    "kitchen light off",
    "set a timer twenty minutes",
    "weather tomorrow",
    "gonna rain today?",
    "add milk to the list",
    "thermostat sixty eight",
    "shuffle on",
    "repeat this one",
    "play The Daily",
    "play the Discovery album",
    "play some Justice",
    "group kitchen and barn speakers",
    "next track in the kitchen",
    "resume",
    "what time is it",
    "alarm five a.m.",
    "turn up the kitchen",
    "mute",
    "play the news",
    "what am I listening to",
    "what album is this",
    "rewind thirty seconds",
    "skip ahead",
    "stop music in the kitchen",
    "play country",
    "play Bohemian Rhapsody",
    "set volume to five",
    "repeat off",
    "lock the back door",
    "forecast for Saturday",
    "wind speed",
    "how long left on the timer",
    "turn off the speaker",
    "skip this episode",
]

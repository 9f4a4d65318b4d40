"""Writer 3, teenager, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ngl who's my number one artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="bro who was i lowkey obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 artists last month?",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="who'd we bump the most last week",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="in the kitchen who gets played the most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who was ada's go to artist in september",
        family="top_artists",
        period="september",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what's my song of the month fr", family="top_tracks", period="this_month"
    ),
    Fresh(
        text="my five most played tracks since october, go",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="what song did i run into the ground this summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(text="most played song ever?", family="top_tracks", period="all_time"),
    # top_albums
    Fresh(
        text="which album have i been spinning the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="lowkey what's my most played record of all time",
        family="top_albums",
        period="all_time",
    ),
    Fresh(text="top album last summer?", family="top_albums", period="last_summer"),
    # top_podcasts
    Fresh(
        text="what podcast am i hooked on rn", family="top_podcasts", period="lately"
    ),
    Fresh(
        text="most played podcast in twenty twenty five?",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="which show did i have on the most the last 30 days",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did i burn through this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long was i listening today ngl",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how much time did i waste on podcasts last month lol",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="minutes listened since monday?",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="how long did i have tunes on this afternoon",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    # plays
    Fresh(
        text="how many tracks did i bang out yesterday",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many streams have i racked up this year",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="how many episodes did i play in october",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(text="total plays last 7 days?", family="plays", period="last_7_days"),
    # artists_count
    Fresh(
        text="how many different artists did i listen to this month",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="bro how many artists have i even heard in my whole life",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many diff artists in september",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play over the past two weeks",
        family="songs_count",
        period="last_2_weeks",
    ),
    Fresh(
        text="how many unique tracks this year lowkey",
        family="songs_count",
        period="this_year",
    ),
    Fresh(
        text="number of different songs since march?",
        family="songs_count",
        period="since_march",
    ),
    # play_count
    Fresh(
        text="how many times have i played one more time",
        family="play_count",
        period="all_time",
        name="One More Time",
    ),
    Fresh(
        text="how much queen did i bump this month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="bohemian rapsody, how many plays last year",
        family="play_count",
        period="last_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times did i play the weeknd ngl",
        family="play_count",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="how often did i blast dance by justice last weekend",
        family="play_count",
        period="last_weekend",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="did i listen to any air yesterday",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="justice lately? like at all?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did i bump radiohead this year",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="cafe tacuba in august, did i?",
        family="did_i",
        period="august",
        name="Café Tacvba",
    ),
    Fresh(
        text="yo did i play the daily this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="digital love on saturday, was that me",
        family="did_i",
        period="saturday",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="what was i bumping yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what've i been bumping this week",
        family="what_played",
        period="this_week",
    ),
    Fresh(
        text="what did i listen to on saturday", family="what_played", period="saturday"
    ),
    Fresh(
        text="what tunes did i have on last friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what was on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="fill me in on what we listened to in august",
        family="what_played",
        period="august",
        person="we",
    ),
    # playing_at
    Fresh(
        text="what was on at like quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was playing at 8 this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what song was on at ten past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="at eight pm yesterday what was that song",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(text="what kinda music am i even into", family="taste", period="all_time"),
    Fresh(text="describe my vibe music wise", family="taste", period="all_time"),
    Fresh(text="ngl what's my taste like", family="taste", period="all_time"),
    # peak
    Fresh(
        text="when do i usually listen, like what time and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(text="what's my peak listening hour", family="peak", period="all_time"),
    Fresh(
        text="what time of day do i mostly bump music",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(text="found anyone new lately?", family="new_artists", period="lately"),
    Fresh(
        text="which artists did i discover this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new artists in the last 3 months",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(text="how much do i skip bro", family="skips", period="all_time"),
    Fresh(text="what's my skip rate this month", family="skips", period="this_month"),
    Fresh(text="did i skip a lot last week or nah", family="skips", period="last_week"),
    # repeat
    Fresh(text="do i replay the same songs a lot", family="repeat", period="all_time"),
    Fresh(text="what's my repeat rate lately", family="repeat", period="lately"),
    Fresh(
        text="how much have i been looping the same tracks this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(text="how many days in a row have i listened", family="streak"),
    Fresh(
        text="how many days straight have i been bumping music",
        family="streak",
        content="music",
    ),
    Fresh(text="am i on a streak rn", family="streak"),
    # first_play
    Fresh(text="when did i first hear justice", family="first_play", name="Justice"),
    Fresh(
        text="first time i ever played sexy boy?", family="first_play", name="Sexy Boy"
    ),
    Fresh(
        text="when did wet leg first show up in my history",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did i last play bohemian rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(text="last time i bumped daft punk?", family="last_play", name="Daft Punk"),
    Fresh(text="when'd i last put on the daily", family="last_play", name="The Daily"),
    # last_song
    Fresh(text="what was the last song i played", family="last_song"),
    Fresh(text="last track i had on?", family="last_song"),
    # first_today
    Fresh(text="first song today?", family="first_today"),
    Fresh(text="what song did i start my day with", family="first_today"),
    # first_in
    Fresh(text="what'd i open with on saturday", family="first_in", period="saturday"),
    Fresh(text="first track i played this year", family="first_in", period="this_year"),
    Fresh(
        text="what did i kick off last week with", family="first_in", period="last_week"
    ),
    # last_in
    Fresh(text="last song i played last night", family="last_in", period="last_night"),
    Fresh(
        text="what was the final track on november 3rd",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="what did i close out yesterday with", family="last_in", period="yesterday"
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most", family="most_skipped", period="all_time"
    ),
    Fresh(
        text="what track do i always skip lol", family="most_skipped", period="all_time"
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i skip the most ngl",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="what song have i got on repeat rn", family="on_repeat"),
    Fresh(text="what track can't i stop playing", family="on_repeat"),
    Fresh(text="what's been on loop for me", family="on_repeat"),
    # recap
    Fresh(text="run me through my week real quick", family="recap", period="this_week"),
    Fresh(text="yo do my year wrapped", family="recap", period="this_year"),
    Fresh(text="recap october for me", family="recap", period="october"),
    Fresh(
        text="give me a rundown of my listening", family="recap", period="this_month"
    ),
    Fresh(
        text="how was our last month, listening wise",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning or a night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i bump more in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons vs evenings, when do i listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays or weekend, when do i bump more tunes",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "yo play daft punk in the kitchen",
    "turn it up bro",
    "skip this one it's mid",
    "what song is this rn",
    "pause the podcast real quick",
    "next track",
    "turn the kitchen light off",
    "play the album discovery",
    "shuffle some justice",
    "put this song on repeat",
    "volume to 40",
    "group the kitchen and living room speakers",
    "set a timer for 12 mins for my noodles",
    "is it gonna rain tmrw",
    "add energy drinks to the shopping list",
    "crank the heat up",
    "what am i listening to rn",
    "who sings this",
    "what's playing in the kitchen",
    "play the daily",
    "queue up bohemian rhapsody next",
    "stop the music",
    "turn the bass up",
    "play something chill",
    "play some air in the kitchen",
    "resume the podcast",
    "skip ahead 30 seconds",
    "lower the volume in the kitchen",
    "play don't stop me now on all speakers",
    "turn repeat off",
    "shuffle on",
    "like this song",
    "add this track to my playlist",
    "what album is this from",
    "mute",
    "how cold is it outside",
    "wake me up at 7",
    "play the latest episode of the daily",
    "play music by cafe tacvba",
    "turn off the speaker in the kitchen",
    "set the thermostat to 22",
    "dim the lights bro",
    "go back one song",
    "who's this artist",
    "play around the world and make it loud",
]

"""Writer 116, teenager, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="yo who i been listening to the most this month fr",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="ngl who was i lowkey obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="bro who my number one artist of all time",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="top 3 artists last year go",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="who's ada's top artist this year",
        family="top_artists",
        period="this_year",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="whats my song of the summer",
        family="top_tracks",
        period="summer",
        content="music",
    ),
    Fresh(
        text="name my top five tracks since october",
        family="top_tracks",
        period="since_october",
        content="music",
        count=5,
    ),
    Fresh(
        text="in the kitchen what song gets run the most",
        family="top_tracks",
        period="all_time",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="aight what was my most played song last week",
        family="top_tracks",
        period="last_week",
        content="music",
    ),
    # top_albums
    Fresh(
        text="which album did i run back the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="whats my most played album ever deadass",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top two albums in august",
        family="top_albums",
        period="august",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what podcast am i lowkey hooked on",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    Fresh(
        text="whats my go to podcast this year",
        family="top_podcasts",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="which show did we listen to the most last month",
        family="top_podcasts",
        period="last_month",
        content="podcasts",
        person="we",
    ),
    # listening_time
    Fresh(
        text="how long did i listen to music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="ngl how many hours did i put in last week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time we spent listening in october",
        family="listening_time",
        period="october",
        person="we",
    ),
    Fresh(
        text="how many minutes of podcasts i do this week",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="real quick how long was stuff on in the kitchen the last seven days",
        family="listening_time",
        period="last_7_days",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs i played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many streams i racked up the last 30 days",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many episodes did i play this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did we play on saturday",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="bro how many artists did i hit in the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many diff artists since march",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play last month",
        family="songs_count",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="how many unique tracks i got through this summer",
        family="songs_count",
        period="summer",
        content="music",
    ),
    Fresh(
        text="like how many different songs have i played in total",
        family="songs_count",
        period="all_time",
        content="music",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rhapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk i been running lately",
        family="play_count",
        period="lately",
        name="Daft Punk",
    ),
    Fresh(
        text="ngl how many times i played dance by justice",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="how many times did i play radiohead last year",
        family="play_count",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="how many times has sexy boy played in the kitchen since monday",
        family="play_count",
        period="since_monday",
        name="Sexy Boy",
        room="kitchen",
    ),
    # did_i
    Fresh(
        text="bro did i even play any queen yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="yo did i put on the daily this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="lowkey did i bump any cafe tacuba last summer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="have i ever listened to the weeknd",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="did we play moon safari last weekend",
        family="did_i",
        period="last_weekend",
        name="Moon Safari",
        person="we",
    ),
    Fresh(
        text="phantom by justice i played that this week or nah",
        family="did_i",
        period="this_week",
        name="Phantom by Justice",
    ),
    # what_played
    Fresh(
        text="what was i listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was i bumping on november 3rd",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="fill me in on what i played the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did we listen to last friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what's ada been listening to lately",
        family="what_played",
        period="lately",
        person="Ada",
    ),
    Fresh(
        text="what was on this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was playing at like quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on at 8 this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="yo what was playing earlier at like five fifteen",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was playing saturday at noon",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="ten past eight last night what was on",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="wednesday night at nine what was playing in the kitchen",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="how would u describe my taste ngl",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="be honest whats my taste like",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kinda stuff am i into this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do i listen the most like what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="whats my peak listening time this month",
        family="peak",
        period="this_month",
    ),
    # new_artists
    Fresh(
        text="did i discover anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this year that i ain't heard before",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="who'd i find for the first time in october",
        family="new_artists",
        period="october",
    ),
    # skips
    Fresh(
        text="how much do i skip stuff ngl",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="whats my skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how often did i skip songs last month",
        family="skips",
        period="last_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="do i replay the same songs a lot or",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats my repeat rate lately",
        family="repeat",
        period="lately",
    ),
    Fresh(
        text="bro how much did i run stuff back over the summer",
        family="repeat",
        period="summer",
    ),
    # streak
    Fresh(
        text="how many days in a row have i been listening",
        family="streak",
    ),
    Fresh(
        text="whats my streak at rn",
        family="streak",
    ),
    Fresh(
        text="am i on a listening streak or nah",
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
        text="when did i first hear wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when was the last time i played the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when did i last bump don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time i listened to air when was that",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="when did i last run back the cross album",
        family="last_play",
        name="Cross",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="yo what did i play last",
        family="last_song",
    ),
    Fresh(
        text="last thing i bumped what was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did i wake up to",
        family="first_today",
    ),
    Fresh(
        text="whats the first song i played today",
        family="first_today",
        content="music",
    ),
    Fresh(
        text="first thing i put on today what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song i played yesterday",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="what did i start off with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track on november 3rd what was it",
        family="first_in",
        period="november_3",
        content="music",
    ),
    # last_in
    Fresh(
        text="what was the last thing i played on saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what song did i end on last night",
        family="last_in",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="what did i close out october with",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats the track i always be skipping",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what song i skipped most this year",
        family="most_skipped",
        period="this_year",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i be skipping the most ngl",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="whats on heavy rotation for me",
        family="on_repeat",
    ),
    Fresh(
        text="what song i got on repeat these days",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="deadass what song can't i stop playing",
        family="on_repeat",
        content="music",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="run me through my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gimme my year in review fr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap last month for me real quick",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how'd our listening go in october like overall",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning or night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen to more music in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="this month did i bump more in the afternoons or at night",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays vs weekends when do i listen more tho",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="back in september was i listening more during the week or on the weekend",
        family="compare_week",
        period="september",
    ),
]

NEGATIVES = [
    "yo play some daft punk in the kitchen",
    "turn it up bro",
    "skip this song its mid",
    "what song is this fr",
    "who sings this",
    "pause the podcast real quick",
    "next track",
    "put on discovery by daft punk",
    "play queen",
    "shuffle my playlist",
    "put this on repeat",
    "turn repeat off",
    "volume to like seven",
    "turn the kitchen lights off",
    "set a timer for ten minutes for my pizza rolls",
    "whats the weather tmrw",
    "add hot cheetos to the shopping list",
    "make it warmer in here bro its freezing",
    "what am i listening to rn",
    "whats playing in the kitchen",
    "group the kitchen speaker with the living room one",
    "play the daily",
    "play the newest episode of the daily",
    "resume the music",
    "stop",
    "lower the volume my mom is on the phone",
    "play something chill",
    "play phantom by justice",
    "like this song",
    "add this song to my playlist",
    "go back to the last song",
    "restart this track",
    "how long is this song",
    "who made this track",
    "what album is this from",
    "play music in every room",
    "turn off the music in the kitchen",
    "set an alarm for seven",
    "is it gonna rain today",
    "whats fifteen times twelve",
    "tell me a joke",
    "play some air in the kitchen",
    "skip ahead thirty seconds",
    "fast forward the podcast",
    "play bohemian rhapsody from the start",
    "turn on shuffle in the kitchen",
    "make the speaker louder",
    "what time is it",
    "dim the lights to like twenty percent",
    "how much time left on the timer",
    "play eres by cafe tacvba",
    "volume down a lil",
]

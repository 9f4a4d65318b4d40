"""Writer 278, American Gen-Z student (lowercase, abbreviations), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ngl who have i been obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="who was my number one artist last year fr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="top 3 artists this month go",
        family="top_artists",
        period="this_month",
        count=3,
    ),
    Fresh(
        text="in the kitchen who'd i play the most this week lol",
        family="top_artists",
        period="this_week",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="whats my most played song of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name my five most played tracks since march",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="tbh what was my song of the summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="what was our most played song last month",
        family="top_tracks",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="gimme my top three songs from last week",
        family="top_tracks",
        period="last_week",
        count=3,
    ),
    # top_albums
    Fresh(
        text="which album did i literally run into the ground in october",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="lowkey curious whats my top album this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="most played record last summer?? idk",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am i hooked on rn",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top podcast of twenty twenty five for me",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="which show did i play the most in the last 30 days",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="how long did i have music on today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did i listen last week ngl it feels like a lot",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how many minutes of podcasts this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how much time did we spend listening yesterday",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs did i play this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many streams did i rack up the last 7 days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="total plays since october??",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="how many episodes did i get thru this year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different artists did i listen to in september",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="like how many artists have i even played ever",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="number of diff artists the last 3 months",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many unique tracks did i play in august",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="how many diff songs have i played total lol",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk have i had on this week fr",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times have i played the daily",
        family="play_count",
        period="all_time",
        name="The Daily",
    ),
    Fresh(
        text="how many times did i bump the weeknd last month",
        family="play_count",
        period="last_month",
        name="The Weeknd",
    ),
    # did_i
    Fresh(
        text="did i listen to justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="played any queen lately?",
        family="did_i",
        period="lately",
        name="Queen",
    ),
    Fresh(
        text="did i play dance by justice on saturday",
        family="did_i",
        period="saturday",
        name="D.A.N.C.E.",
    ),
    Fresh(
        text="wait did i listen to radiohead last weekend",
        family="did_i",
        period="last_weekend",
        name="Radiohead",
    ),
    Fresh(
        text="did we have any air on last week",
        family="did_i",
        period="last_week",
        name="Air",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was i listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what'd i have on last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="run me thru what i played on november 3rd",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what was i bumping the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did i listen to this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was playing like quarter to 8 last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was on at 8 this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="yo what was playing at ten past five today",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="what was on around 9pm on saturday",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="what was i listening to at noon on wednesday",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="what kinda music am i into tbh",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my music taste pls",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whats my vibe musically this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time do i usually listen to music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when am i usually listening, like what day and what time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did i discover anyone new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which new artists did i find this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new artists over the past two weeks",
        family="new_artists",
        period="last_2_weeks",
    ),
    # skips
    Fresh(
        text="how often do i skip songs ngl",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="do i skip a lot lol be honest",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same songs",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats my repeat rate since monday",
        family="repeat",
        period="since_monday",
    ),
    # streak
    Fresh(
        text="how many days in a row have i been listening",
        family="streak",
    ),
    Fresh(
        text="whats my listening streak rn",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to cafe tacuba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when did i first play that daft punk one more time song",
        family="first_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="when did wet leg first show up in my history",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did i last play sexy boy lmao",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="last time i listened to the daily?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was the last time i had moon safari on",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="last song i had on? i forgot the name",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i played today",
        family="first_today",
    ),
    Fresh(
        text="what did i wake up to lol",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i start off with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first track on saturday",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what did i end with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song i played on november 3rd",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="what song did i wrap up the day before yesterday with",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="whats the song i always skip lmao",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i skip most ngl",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song do i have on repeat rn",
        family="on_repeat",
    ),
    Fresh(
        text="what song cant i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="whats on heavy rotation for me these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my week in music fr",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="year in review pls",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap of last month for us",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="fill me in on my october",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning or night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the mornings or evenings fr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings vs afternoons when do i play more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="tbh do i play more music during the week or on the weekend",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen",
    "turn the music up a lil",
    "whats playing in the kitchen rn",
    "what song is this lol",
    "skip this song its mid",
    "pause the podcast real quick",
    "next track in the living room",
    "turn off the kitchen light",
    "play the album discovery",
    "volume to 30",
    "shuffle on pls",
    "put this song on repeat",
    "turn repeat off",
    "group the kitchen and living room speakers",
    "set a timer for 12 mins",
    "whats the weather like rn",
    "add oat milk to the shopping list",
    "set the thermostat to 21",
    "what am i listening to right now",
    "who sings this",
    "play the daily",
    "play some queen ngl i need it",
    "turn it down its too loud",
    "next song",
    "go back a song",
    "play justice on the kitchen speaker",
    "resume the podcast",
    "mute the kitchen speaker",
    "is it gonna rain today",
    "turn on the lights in the living room",
    "whats this song called fr",
    "play something chill",
    "stop the music",
    "play lofi beats to study to",
    "like this song",
    "add this song to my playlist",
    "skip ahead 30 seconds",
    "how long is left on my timer",
    "set an alarm for 7",
    "what album is this from",
    "play around the world by daft punk",
    "make it warmer in here",
    "shuffle my liked songs",
    "whats the next episode of the daily",
]

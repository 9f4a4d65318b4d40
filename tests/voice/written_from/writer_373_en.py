"""Writer 373, a 13-year-old American girl from Ohio (TikTok speak), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ok bestie who was my most played artist last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="ngl who have i been lowkey obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="who's my number one artist this year no cap",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="top 3 artists since march go go go",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in the kitchen which band gets played the most like ever",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="whats my song of the month bestie",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="omg tell me my top five songs from last summer",
        family="top_tracks",
        period="last_summer",
        count=5,
    ),
    Fresh(
        text="which song did i literally play the most in october fr",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="most played song on saturday?? i need to know",
        family="top_tracks",
        period="saturday",
    ),
    # top_albums
    Fresh(
        text="what album have i been bumping the most this month",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="whats my most played album of all time",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="which album was i like living in during september lol",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am i hooked on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which podcast did i play the most this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="top podcast of twenty twenty five?",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did i listen to this week lol",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="bestie how long was i listening yesterday be so for real",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how much time did i spend on podcasts last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="ngl how long did we have music going last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many minutes have i listened so far today",
        family="listening_time",
        period="today",
    ),
    # plays
    Fresh(
        text="wait how many songs did i play this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many streams did i rack up in the last 30 days",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many episodes have i listened to since october",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did we play last friday",
        family="plays",
        period="last_friday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists did i listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="lowkey curious how many artists i've played like in total",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many diff artists in the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i listen to last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many unique songs have i played since monday",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="count how many different tracks i played in august pls",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk have i had on this week no cap",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times have i listened to sexy boy by air",
        family="play_count",
        period="all_time",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="how many times did i play olivia rodrigo this year",
        family="play_count",
        period="this_year",
        name="Olivia Rodrigo",
    ),
    Fresh(
        text="the daily. how many times did i play it last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="wait did i play queen yesterday or was that a dream",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="listened to justice lately? i lowkey forgot",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did i play taylor swift last week",
        family="did_i",
        period="last_week",
        name="Taylor Swift",
    ),
    Fresh(
        text="did we play any cafe tacuba last summer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="did digital love come on this morning or nah",
        family="did_i",
        period="this_morning",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="what was i vibing to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did i listen to on november 3rd",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="run me thru what i played the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what music did i have on this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what was i listening to last night bestie",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was playing at 8 last night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what song was on this morning at like 8:30",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playing at 5:15 today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was on wednesday at 9 pm ngl i forgot the name",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="yesterday at noon what song was that",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    # taste
    Fresh(
        text="describe my music taste bestie be honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my vibe music wise like what am i into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of music have i been into this year",
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
        text="when do i listen to music the most like what hour and what day",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats my peak listening time ngl",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did i discover any new artists lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who's new in my rotation this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="what new artists did i find this summer, slay",
        family="new_artists",
        period="summer",
    ),
    # skips
    Fresh(
        text="how often do i skip songs fr",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="bruh how many songs did i skip last week",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same songs lol",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="have i been like replaying the same stuff over the past two weeks",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened to music",
        family="streak",
        content="music",
    ),
    Fresh(
        text="whats my listening streak rn",
        family="streak",
    ),
    Fresh(
        text="am i on a streak? like how many days straight",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did da funk first show up in my history",
        family="first_play",
        name="Da Funk",
    ),
    Fresh(
        text="when was the first time i played sabrina carpenter",
        family="first_play",
        name="Sabrina Carpenter",
    ),
    # last_play
    Fresh(
        text="when did i last play don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when was the last time i listened to the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time i played air? it's been a minute",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="remind me what song i played last, it was such a bop",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what song did i wake up to",
        family="first_today",
    ),
    Fresh(
        text="what was the first song i played today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first song i played last friday?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what did i start with on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what was my very first song of this year",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what was the last song i played last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what song did i end yesterday with",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last song i played on november 3rd",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="what was the last track i played in october",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most lol",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what song do i always skip like every single time",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song this month?",
        family="most_skipped",
        period="this_month",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i skip the most no cap",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song do i have on repeat rn",
        family="on_repeat",
    ),
    Fresh(
        text="what song can't i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="whats my current obsession song like the one living rent free",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="ok give me my whole year wrapped like spotify wrapped",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="bestie how was my music week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="rundown of my listening pls",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap last month for me",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how did my summer go music wise",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning or night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the afternoon or the evening",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen to more music on weekends or school days",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekdays vs weekends, when do i listen more",
        family="compare_week",
        period="all_time",
    ),
    # extra variety
    Fresh(
        text="in the last 7 days who did i play the most",
        family="top_artists",
        period="last_7_days",
    ),
    Fresh(
        text="last year whats the song i played the most",
        family="top_tracks",
        period="last_year",
    ),
]

NEGATIVES = [
    "play sabrina carpenter in the kitchen",
    "turn it up bestie",
    "skip this song it's so cringe",
    "omg what song is this",
    "pause the podcast",
    "next song pls",
    "turn off the kitchen light",
    "set a timer for 10 minutes for my cookies",
    "what's the weather like tomorrow",
    "add hot cheetos to the shopping list",
    "shuffle my playlist",
    "put this song on repeat",
    "turn the volume down to like 20",
    "play the album discovery",
    "what am i listening to right now",
    "who sings this",
    "group the kitchen speaker with the living room one",
    "play some queen",
    "play the daily",
    "set the thermostat to 72",
    "turn off repeat",
    "louder!!",
    "stop the music my mom is calling",
    "what's playing in the kitchen rn",
    "play one more time by daft punk",
    "resume the podcast",
    "go back a song",
    "play something chill for studying",
    "like this song",
    "set an alarm for 7 am",
    "what time is it",
    "tell me a joke bestie",
    "turn on the lights in my room",
    "play music in the living room",
    "make a playlist called slay",
    "what album is this from",
    "mute",
    "play justice on all the speakers",
    "skip ahead 30 seconds in the podcast",
    "play taylor swift radio",
    "is it gonna rain today",
    "set the volume to 50 percent in the kitchen",
    "shuffle daft punk",
    "how much time is left on this song",
]

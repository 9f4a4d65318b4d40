"""Writer 61, a British teenager (16, London, 2026 slang), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who was my most played artist last month fr",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="lowkey who have i been obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 artists this year, go on then",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="in the kitchen who gets played the most innit",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="my three most played artists since monday?",
        family="top_artists",
        period="since_monday",
        count=3,
    ),
    Fresh(
        text="who was my go-to artist back in august",
        family="top_artists",
        period="august",
    ),
    # top_tracks
    Fresh(
        text="whats my number one song of all time, be honest",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name my five most played tracks from the summer",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="what was my song of the month in october, genuinely forgot",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="which track did we play the most last week",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="in the kitchen, whats the most played song",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="top 10 tracks in the last 30 days",
        family="top_tracks",
        period="last_30_days",
        count=10,
    ),
    # top_albums
    Fresh(
        text="which album have i caned the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="my most played album ever, what is it",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top two albums since march pls",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    Fresh(
        text="whats been my go to album since october",
        family="top_albums",
        period="since_october",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am i lowkey hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast last year?", family="top_podcasts", period="last_year"
    ),
    Fresh(
        text="which podcast did i have on the most last summer",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did i have on this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long was i listening yesterday fr",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how much time have i spent on podcasts this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="bare hours or nah, how long did i listen last weekend",
        family="listening_time",
        period="last_weekend",
    ),
    Fresh(
        text="how long did we have music on in the kitchen last week",
        family="listening_time",
        period="last_week",
        content="music",
        room="kitchen",
        person="we",
    ),
    # plays
    Fresh(
        text="how many tunes have i blasted so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many streams did i rack up in twenty twenty five",
        family="plays",
        period="in_2025",
    ),
    Fresh(
        text="how many episodes did i get through in september",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="total plays in the last 30 days?", family="plays", period="last_30_days"
    ),
    Fresh(
        text="how many podcasts did i listen to on the third of november",
        family="plays",
        period="november_3",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many diff artists did i get through last summer",
        family="artists_count",
        period="last_summer",
    ),
    Fresh(
        text="like how many artists have i even played, ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many separate tracks have i played in the past three months",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many unique songs have i had on since october",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how many times have i played bohemian rhapsody, its gotta be loads",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk have i had on this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times did that daft punk one more time song get played last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have i streamed central cee this year",
        family="play_count",
        period="this_year",
        name="Central Cee",
    ),
    Fresh(
        text="digital love, how many times have i played that this month",
        family="play_count",
        period="this_month",
        name="Digital Love",
    ),
    # did_i
    Fresh(
        text="did i listen to any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="have i listened to air lately or nah",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did i play eres on saturday",
        family="did_i",
        period="saturday",
        name="Eres",
    ),
    Fresh(
        text="have i ever played stormzy on here",
        family="did_i",
        period="all_time",
        name="Stormzy",
    ),
    Fresh(
        text="did we have any queen on last weekend",
        family="did_i",
        period="last_weekend",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="did ada listen to daft punk in august",
        family="did_i",
        period="august",
        name="Daft Punk",
        person="Ada",
    ),
    Fresh(
        text="have i had the daily on at all over the past two weeks",
        family="did_i",
        period="last_2_weeks",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="what was i bumping yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did i have on this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what was i listening to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did ada listen to last friday",
        family="what_played",
        period="last_friday",
        person="Ada",
    ),
    Fresh(
        text="fill me in, what was i playing this afternoon",
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
        text="what tune was on at 8 this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was on at half five today",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="yo what was playing at ten past eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="at nine last night what was on, cant remember",
        family="playing_at",
        moment="2026-11-19 21:00",
    ),
    # taste
    Fresh(
        text="whats my vibe, like what am i actually into",
        family="taste",
        period="all_time",
    ),
    Fresh(text="describe my taste, dont hold back", family="taste", period="all_time"),
    Fresh(
        text="lowkey what does my listening say about my taste",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="when do i normally have stuff on, like what time",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="whats my peak listening hour and day", family="peak", period="all_time"
    ),
    Fresh(
        text="which day of the week do i listen the most, and what time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have i found any new artists lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who did i discover this year", family="new_artists", period="this_year"
    ),
    Fresh(
        text="any new artists pop up in the last 7 days",
        family="new_artists",
        period="last_7_days",
    ),
    # skips
    Fresh(text="how often do i skip stuff", family="skips", period="all_time"),
    Fresh(text="whats my skip rate this month", family="skips", period="this_month"),
    Fresh(text="am i a serial skipper or nah", family="skips", period="all_time"),
    # repeat
    Fresh(
        text="how much do i replay the same stuff, like whats my repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="been rinsing the same stuff again and again this year, whats the repeat rate",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(text="how many days in a row have i listened", family="streak"),
    Fresh(text="whats my listening streak rn", family="streak"),
    # first_play
    Fresh(
        text="when did i first listen to justice", family="first_play", name="Justice"
    ),
    Fresh(
        text="first time i ever played sexy boy, when was that",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(text="when did i first play dave", family="first_play", name="Dave"),
    # last_play
    Fresh(
        text="when did i last play don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(text="last time i had the daily on?", family="last_play", name="The Daily"),
    Fresh(
        text="when did i last listen to cafe tacvba",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(text="what was the last song i played", family="last_song"),
    Fresh(text="whats the last tune i had on", family="last_song"),
    # first_today
    Fresh(text="first tune i put on today?", family="first_today"),
    Fresh(text="what did i start my day with, song wise", family="first_today"),
    # first_in
    Fresh(
        text="what was the first track i played on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what did i kick off last week with", family="first_in", period="last_week"
    ),
    Fresh(text="first song of this month?", family="first_in", period="this_month"),
    # last_in
    Fresh(
        text="what was the last song i played last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(text="what did i finish october on", family="last_in", period="october"),
    Fresh(
        text="last track i played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most", family="most_skipped", period="all_time"
    ),
    Fresh(
        text="whats the tune i always skip, its prob peak",
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
        text="who do i always end up skipping fr",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="what song have i got on repeat rn", family="on_repeat"),
    Fresh(text="which track cant i stop playing atm", family="on_repeat"),
    Fresh(text="whats been on my heavy rotation these days", family="on_repeat"),
    # recap
    Fresh(text="give me the rundown of my week", family="recap", period="this_week"),
    Fresh(text="year in review pls", family="recap", period="this_year"),
    Fresh(text="run me through my october", family="recap", period="october"),
    Fresh(
        text="gimme a recap of my listening innit", family="recap", period="this_month"
    ),
    Fresh(
        text="how was last month for me listening wise, quick rundown",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the mornings or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings vs evenings, which do i listen more in",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends vs weekdays, when am i blasting more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play some daft punk in the kitchen fr",
    "turn it up bare loud",
    "skip this song its peak",
    "whats this song called",
    "pause the podcast rq",
    "next track innit",
    "turn off the kitchen light",
    "play the album discovery",
    "volume to seven",
    "shuffle my queen playlist",
    "put repeat on for this one",
    "group the kitchen speaker with the living room one",
    "set a timer for twelve minutes for my noodles",
    "is it gonna rain later",
    "add oat milk to the shopping list",
    "turn the heating up a bit its freezing",
    "what am i listening to rn",
    "who sings this",
    "play genesis by justice",
    "stop the music",
    "turn it down my mum's on the phone",
    "play the latest episode of the daily",
    "lowkey just play something chill",
    "resume the podcast",
    "go back a song",
    "play moon safari in the kitchen",
    "turn the lights off in my room",
    "set an alarm for half seven",
    "whats the weather like rn",
    "how long is left on the timer",
    "mute the kitchen speaker",
    "play don't stop me now on repeat",
    "add this song to my liked songs",
    "whats playing in the kitchen rn",
    "skip forward thirty seconds",
    "volume down a bit innit",
    "tell me a joke",
    "what time is it",
    "cancel the timer",
    "put bohemian rhapsody on",
    "stop playing in all the rooms",
    "turn shuffle on",
]

"""Writer 231, IT consultant from Bangalore (Indian English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="kindly tell me which artist I have been listening to the most since last one month",
        family="top_artists",
        period="last_30_days",
    ),
    Fresh(
        text="who is my number one artist this year itself",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="which band I was obsessed with lately, tell na",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen who all got played the most last week",
        family="top_artists",
        period="last_week",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="what are my top 5 songs of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which song I played maximum in October, kindly tell",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="song of the month for me, what it is?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="give me my three most played tracks since March",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    # top_albums
    Fresh(
        text="which album I have played the most, overall",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="my favourite album this summer, which one was it",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="top two albums of last year please",
        family="top_albums",
        period="last_year",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast I am hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what is my most played podcast this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="go-to podcast of mine in twenty twenty five, which one was it",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how many hours of music I have listened this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="total how much time I spent listening yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="since Monday how long the podcasts were playing",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="how many minutes of listening we did last weekend, approximately",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs I have played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="total number of streams in September, kindly tell",
        family="plays",
        period="september",
    ),
    Fresh(
        text="how many episodes I played last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks got played in the kitchen day before yesterday",
        family="plays",
        period="day_before_yesterday",
        content="music",
        room="kitchen",
    ),
    # artists_count
    Fresh(
        text="how many different artists I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists in total I have heard, all put together",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="count of distinct artists in the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs I have played since October",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="how many unique tracks in the last thirty days",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="last week how many distinct songs we played at home",
        family="songs_count",
        period="last_week",
        person="we",
    ),
    # play_count
    Fresh(
        text="how many times I played Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, how many times I have played since March?",
        family="play_count",
        period="since_march",
        name="Daft Punk",
    ),
    Fresh(
        text="how much Queen I had on last year only",
        family="play_count",
        period="last_year",
        name="Queen",
    ),
    Fresh(
        text="how many times The Weeknd got played this year",
        family="play_count",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="number of times that dance song by justice got played in october",
        family="play_count",
        period="october",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="did I listen to any Air yesterday?",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="listened to The Daily this morning or not?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did I hear Radiohead anytime last summer",
        family="did_i",
        period="last_summer",
        name="Radiohead",
    ),
    Fresh(
        text="any Cafe Tacvba in August?",
        family="did_i",
        period="august",
        name="Café Tacvba",
    ),
    Fresh(
        text="Sexy Boy was played on Saturday or not, just confirm",
        family="did_i",
        period="saturday",
        name="Sexy Boy",
    ),
    # what_played
    Fresh(
        text="what all I listened to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was I listening to last Friday, kindly tell",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what music was playing on November 3rd",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="fill me in on what we listened to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="what was playing yesterday at eight pm",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="which song was on at quarter past five this evening",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="today morning around half past eight what was playing",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="day before yesterday at nine in the night, what was on in the kitchen",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="what type of music I am into, according to you",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my music taste in short",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="based on whatever I played this year, what is my taste",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="at what time of the day I generally listen to music",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week I am listening the most, and at what time",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is my peak listening time, just tell me once",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artists I discovered this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which all artists I heard for the first time in the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="since October who new came into my listening",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="how often I am skipping songs, generally",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what is my skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="out of total, how many I skipped last month",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="how much I am repeating the same songs again and again",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what is my repeat rate since last 30 days",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="since how many days continuously I have been listening",
        family="streak",
    ),
    Fresh(
        text="what is my listening streak as of now",
        family="streak",
    ),
    Fresh(
        text="how many days in a row I have played something, kindly check",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time I played Eres, when was it",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when Wet Leg first came in my history",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when was the last time I played Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last I listened to The Daily when?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Moon Safari, when I last played that album",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="the last track I put on, which one was it?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played today",
        family="first_today",
    ),
    Fresh(
        text="what I woke up to today, which song was it",
        family="first_today",
    ),
    Fresh(
        text="first track of the day, what it was",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday, kindly tell",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="with which song I started last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the opening track on Saturday",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="last song I played yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I end the day with on November 3rd",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="the final track we played last weekend, what was that",
        family="last_in",
        period="last_weekend",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="which song I am skipping the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="my most skipped track, what is it",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip the maximum",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose songs I am skipping most often, tell na",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song I have on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which track I cannot stop playing, tell na",
        family="on_repeat",
    ),
    Fresh(
        text="what is on heavy rotation for me nowadays",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my October in terms of listening",
        family="recap",
        period="october",
    ),
    Fresh(
        text="do one recap of my year, kindly",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a summary of my listening, do the needful",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="quick review of last month, what all happened music-wise",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="I am more of a morning listener or evening listener?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or late nights",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekends, when I listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is my listening more on weekends compared to office days",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen only",
    "kindly increase the volume little bit",
    "turn the music down, it is too loud",
    "what song is this, tell na",
    "skip this song",
    "pause the podcast for some time",
    "next track in the living room",
    "switch off the kitchen light",
    "play the album Discovery",
    "put shuffle on please",
    "put repeat mode on for this song",
    "group the kitchen speaker with the bedroom speaker",
    "set a timer for ten minutes for the pressure cooker",
    "what is the weather in Berlin tomorrow",
    "add milk and curd to the shopping list",
    "set the thermostat to twenty two degrees",
    "what am I listening to right now",
    "who is singing this song",
    "play the latest episode of The Daily",
    "resume the podcast from where I left",
    "play some Queen in the kitchen",
    "stop the music",
    "kindly play Bohemian Rhapsody",
    "play something relaxing, I am working from home",
    "volume to forty percent in the kitchen",
    "which album is this song from",
    "go to previous track",
    "mute the kitchen speaker",
    "play D.A.N.C.E. by Justice loudly",
    "do the needful and turn off all the lights",
    "remind me at six for the client call",
    "what is the time now",
    "play songs by Air on all speakers",
    "turn off repeat",
    "add this song to my playlist",
    "like this song",
    "play the radio",
    "how long is this podcast episode",
    "what is the name of this track playing in the kitchen",
    "skip forward thirty seconds",
    "turn on the heating in the bedroom",
    "set an alarm for six thirty tomorrow morning",
    "play the next episode of The Daily",
    "play music in the kitchen and living room together",
    "lower the bass on the kitchen speaker",
]

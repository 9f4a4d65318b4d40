"""Writer 40, Japanese native speaker talking English to a smart speaker, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="about music, this month, who is most?",
        family="top_artists",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="please tell me which artist I listen most in last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="I want to know my number one band of this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="recently I am crazy for some artist, who is it",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artist since march, please",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="over past two week, which singer I play most",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="most play song at this week, what is it",
        family="top_tracks",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="please tell me my five most listen song in twenty twenty five",
        family="top_tracks",
        period="in_2025",
        content="music",
        count=5,
    ),
    Fresh(
        text="song of the month for me, which one?",
        family="top_tracks",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="in kitchen which song is played most",
        family="top_tracks",
        period="all_time",
        content="music",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="album I play most in october, which?",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="excuse me, my favourite album of last summer please",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="which record I listen most time at last month",
        family="top_albums",
        period="last_month",
    ),
    # top_podcasts
    Fresh(
        text="podcast, which one I listen most this year",
        family="top_podcasts",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="what show I am hooked on, recently",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    Fresh(
        text="I want to know my go-to podcast of all time",
        family="top_podcasts",
        period="all_time",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="how much hour I listen music in yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="total time of listening at this week, please",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="last month, how long we listen together",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="minute of podcast today how much",
        family="listening_time",
        period="today",
        content="podcasts",
    ),
    Fresh(
        text="in kitchen since monday how long music is on",
        family="listening_time",
        period="since_monday",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="today until now how many song I play",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="number of play in last seven day please",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="how many episode I listen in september",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="on saturday how many track we play",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="this afternoon, play count total, how much",
        family="plays",
        period="this_afternoon",
    ),
    # artists_count
    Fresh(
        text="how many different artist I listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="count of artist in last three month, please tell me",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="in total how many kind of artist I have",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different song I hear in this month",
        family="songs_count",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="I want to know number of different track since october",
        family="songs_count",
        period="since_october",
        content="music",
    ),
    Fresh(
        text="about august, how many unique song",
        family="songs_count",
        period="august",
        content="music",
    ),
    # play_count
    Fresh(
        text="how many time I listen Queen last week",
        family="play_count",
        period="last_week",
        name="Queen",
    ),
    Fresh(
        text="bohemian rapsody how many time I play at this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="please count dafto punk in this year",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="Radiohead, how many time ever I play",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="the daily how many time I listen in last thirty day",
        family="play_count",
        period="last_30_days",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I listen justice in yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="yesterday evening, Air is played or not?",
        family="did_i",
        period="yesterday_evening",
        name="Air",
    ),
    Fresh(
        text="I want to know, I listen kuiin at this week?",
        family="did_i",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="did we play kafe takuba in last weekend",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="sorry one question, Wet Leg I listen in this summer?",
        family="did_i",
        period="summer",
        name="Wet Leg",
    ),
    Fresh(
        text="one more time by dafto punk I play this morning",
        family="did_i",
        period="this_morning",
        name="One More Time by Daft Punk",
    ),
    # what_played
    Fresh(
        text="what I listen in yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="please tell me what music is on in day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="last night what I am listening",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="at last friday what we listen",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="yesterday at eight in evening, what was playing",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="this morning half past eight what I listen",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="please tell me what is play at quarter past five today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="on last friday at noon what I was hearing",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    Fresh(
        text="day before yesterday nine o'clock night, what is on",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music I like please tell me",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="my taste, how is it? please describe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="this year what style I am into",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day I usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="usually which hour and which day I listen most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="about this year, when is my peak time for music",
        family="peak",
        period="this_year",
        content="music",
    ),
    # new_artists
    Fresh(
        text="new artist I find this month, who?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="did I discover somebody new in lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="in october, artist I hear first time please tell me",
        family="new_artists",
        period="october",
    ),
    # skips
    Fresh(
        text="how often I skip song",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="my skip rate at this week, how much",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many skip I do in last month",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="how much I repeat same song again and again",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="repeat rate in this year please",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="in last thirty day I listen same thing many time? how much percent",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="how many day in a row I listen",
        family="streak",
    ),
    Fresh(
        text="my listening streak now, how long it continue",
        family="streak",
    ),
    Fresh(
        text="I want to know how many day continuously I play music",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="when I listen justice first time",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="sexy boy by air, when is first play",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="The Weeknd first time I hear, when?",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when I listen Queen last time",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time of Moon Safari album, please tell me",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="the daily, when I listen at the last",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="last song I play, what is it",
        family="last_song",
    ),
    Fresh(
        text="please tell me most recent track I listen",
        family="last_song",
    ),
    Fresh(
        text="ano, the song I play just before, the last one, what title",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="today first song what is it",
        family="first_today",
    ),
    Fresh(
        text="I want to know today's first music, what I wake up with",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song in yesterday please",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="at last week, first track what",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="what is first song on november third",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="last song of yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="on saturday, which song I finish with",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last track in last month please tell me",
        family="last_in",
        period="last_month",
    ),
    # most_skipped
    Fresh(
        text="which song I skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="song I always skip, what is it",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="this year most skip track is which",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="artist I skip many many time, who?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="in last three month most skipped band please",
        family="most_skipped_artist",
        period="last_3_months",
    ),
    # on_repeat
    Fresh(
        text="what song I have on repeat now",
        family="on_repeat",
    ),
    Fresh(
        text="song I cannot stop playing, what is it",
        family="on_repeat",
    ),
    Fresh(
        text="which song is heavy rotation for me these day",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="please give me recap of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="my year, how was it? review please",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="summary of october listening please",
        family="recap",
        period="october",
    ),
    Fresh(
        text="I want rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="about last year, how was my listening overall",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="I listen more in morning or evening?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning person or night person for music, which am I",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="at this month afternoon or evening, when I listen more",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="weekday or weekend, which I listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="I play more music on weekend than weekday?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="in last month weekend is more or weekday is more",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "please play dafto punk in kitchen",
    "music volume up please",
    "what song is this now",
    "skip this song please",
    "please stop podcast",
    "next track in living room",
    "kitchen light off please",
    "please play album Discovery",
    "volume down little bit",
    "shuffle on please",
    "repeat mode off please",
    "please make group of kitchen speaker and living room speaker",
    "set timer for three minute for noodle",
    "tomorrow weather how is it",
    "add milk to shopping list please",
    "thermostat to twenty two degree please",
    "what I am listening right now",
    "who is singing this song now",
    "play The Daily newest episode please",
    "pause music in kitchen",
    "please play kuiin bohemian rapsody",
    "louder please I cannot hear",
    "change to next song",
    "go back previous song please",
    "play some jazz in bedroom",
    "stop all speaker",
    "turn on radio please",
    "set alarm at six thirty",
    "what time is it now",
    "play music in kitchen quietly",
    "repeat this song please",
    "what album is this playing now",
    "play Justice Cross album from beginning",
    "play the daily in kitchen please",
    "please add this song to playlist",
    "kitchen speaker volume five",
    "resume podcast please",
    "play something relax for sleeping",
    "how is weather in Berlin in this afternoon",
    "turn off TV in living room",
    "what is playing in kitchen now",
    "mute speaker please",
    "fast forward thirty second",
]

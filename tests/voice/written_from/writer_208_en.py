"""Writer 208, a non-native speaker (Spanish speaker learning English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who is my most listened artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="eh which singer I listened more the last week?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="tell me the band that we listened the most in october",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="my top 3 artists of all the time please",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="with which artist I am obsessed lately, I want to know",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen which artist sounds more since march",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="what is my favourite song of this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="say me my five songs most played in twenty twenty five",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="which song I put more times last summer",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="the song of the year for me, which is it?",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="which song we listened more the last weekend",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="in the kitchen which songs we listened most last year",
        family="top_tracks",
        period="last_year",
        room="kitchen",
        person="we",
    ),
    # top_albums
    Fresh(
        text="which album I listened the most since october",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="my favorite disc of the last three months?",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="two albums most played this year, say me please",
        family="top_albums",
        period="this_year",
        count=2,
    ),
    Fresh(
        text="what record I had more on in september",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="which podcast I am hooked these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my most listened podcast of all time",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what podcast did we hear more last month",
        family="top_podcasts",
        period="last_month",
        person="we",
    ),
    # listening_time
    Fresh(
        text="how much time I passed listening music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how many hours I listened yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how long was the music on in the kitchen the last 30 days",
        family="listening_time",
        period="last_30_days",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how much minutes of podcast I did this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total time of listening since monday how much is",
        family="listening_time",
        period="since_monday",
    ),
    # plays
    Fresh(
        text="how many songs sounded today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things I put last week, in total",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="how many episodes I heard in august",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="quantity of songs we played the day before of yesterday",
        family="plays",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="number of plays in the last seven days?",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="how many different artists I listened this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many distinct singers in september",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="how many different bands I heard since two weeks",
        family="artists_count",
        period="last_2_weeks",
    ),
    # songs_count
    Fresh(
        text="how many different songs I listened last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="ehm how many distinct tracks this summer",
        family="songs_count",
        period="summer",
    ),
    Fresh(
        text="number of different songs of all the history",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times I listened Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times I have heard Daft Punk this month",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily, how many times I put it this week",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="how much times sounded one more time of daft punk last year",
        family="play_count",
        period="last_year",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times i listened rosalia",
        family="play_count",
        period="all_time",
        name="Rosalía",
    ),
    # did_i
    Fresh(
        text="did I listen Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="I listened some Air this week or not",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="we heard cafe tacuba last weekend?",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="is possible I listened Sexy Boy in August",
        family="did_i",
        period="august",
        name="Sexy Boy",
    ),
    Fresh(
        text="did I put Bad Bunny since march",
        family="did_i",
        period="since_march",
        name="Bad Bunny",
    ),
    Fresh(
        text="listened something of Queen the last 3 months?",
        family="did_i",
        period="last_3_months",
        name="Queen",
    ),
    # what_played
    Fresh(
        text="what I was listening yesterday in the evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what sounded last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="tell me what music I heard on saturday",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="what I listened the 3 of november",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="which things I put this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what i listened this morning while i make breakfast",
        family="what_played",
        period="this_morning",
    ),
    # playing_at
    Fresh(
        text="what was sounding yesterday at quarter to eight in the night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="which song was at half past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playing at 8 pm yesterday",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="today at five and quarter of the afternoon what was on",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="the day before of yesterday at nine of the night, what song was",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="last saturday at midday what was I listening",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    # taste
    Fresh(
        text="what type of music I like, according to my history",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me my taste musical",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what is my style of music more or less",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how is my taste this year, what kind of music I am into",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="at what hour normally I listen music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week I listen more, and what hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is normally my moment of listening",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="I discovered some new artist this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists are new for me since october",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="new bands that I found the last 30 days",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="who I heard for first time in 2025",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="how much I skip the songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how often I jump songs this week",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="what is my skip rate last month",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="how many times I skipped yesterday",
        family="skips",
        period="yesterday",
    ),
    # repeat
    Fresh(
        text="how much I repeat the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="I listen always the same songs? tell me the rate of repeat this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="my repeat rate since two weeks",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="how many days in a row I am listening",
        family="streak",
    ),
    Fresh(
        text="how many days followed I have been listening without stop",
        family="streak",
    ),
    Fresh(
        text="what is my streak actually",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when was the first time I listened Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when I heard for first time Eres of Café Tacvba",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="since when I listen The Daily",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="first time I put The Weeknd, when was",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when was the last time I listened Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="the last time that sounded Digital Love, when",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="when I listened for last time the album moon safari",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="which was the last song I listened",
        family="last_song",
    ),
    Fresh(
        text="the last song that I put, what was",
        family="last_song",
    ),
    Fresh(
        text="tell me please the last track I played, I forget the name",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song of today",
        family="first_today",
    ),
    Fresh(
        text="with what song I woke up today",
        family="first_today",
    ),
    Fresh(
        text="first thing I put today in the morning which song was",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="the first song of last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="with which song I started the week",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="first song on saturday which was",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="how I started this month, the first song I mean",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="what was the last song yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="with what song I finished last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song I listened the 3 of november",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="what song closed the last week",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="which song I skip more",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the song I jump the most, which is",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which song I skipped most this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip more",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the singer that I pass more often who is",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what band I skipped most last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="which song I have on repeat actually",
        family="on_repeat",
    ),
    Fresh(
        text="what song I cannot stop to listen",
        family="on_repeat",
    ),
    Fresh(
        text="the song that I put again and again these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a resume of my month",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="make me a summary of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was october for us in music",
        family="recap",
        period="october",
        person="we",
    ),
    Fresh(
        text="a review of my week please",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="resume of the 2025, how it was",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="I listen more in the mornings or in the nights",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="is more in the morning or in the afternoon when I put music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="this month I was more of morning or of evening listener",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="I listen more the weekends or the days of work",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="more music in weekend or in week days since march",
        family="compare_week",
        period="since_march",
        content="music",
    ),
    Fresh(
        text="between weekdays and weekend when I listen more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "put Daft Punk in the kitchen",
    "play queen in the kitchen please",
    "more loud the music",
    "low the volume a little",
    "what song is sounding actually",
    "what am I listening actually",
    "pass to the next song",
    "skip this song please",
    "put in pause the podcast",
    "continue the podcast",
    "play the album Discovery",
    "put random the music",
    "activate the shuffle",
    "repeat this song",
    "put the repeat mode off",
    "turn off the light of the kitchen",
    "turn on the lights in the living room",
    "put a timer of ten minutes for the pasta",
    "how is the weather tomorrow in Berlin",
    "is going to rain today?",
    "add milk to the shopping list",
    "put the heating to twenty one degrees",
    "connect the speaker of the kitchen with the living room",
    "group all the speakers",
    "next track in the living room",
    "stop the music",
    "play the last episode of The Daily",
    "who sings this song",
    "what album is this",
    "play something of Café Tacvba",
    "put music for cooking",
    "play la femme d'argent of Air in the kitchen",
    "volume to 5",
    "turn up the music in the kitchen",
    "put again the song of before",
    "remember me at six o'clock to call my mother",
    "what hour is it",
    "play the radio",
    "put the speaker of the kitchen more quiet",
    "play Justice on all the speakers",
    "add this song to my list",
    "how much is remaining of this episode",
    "put an alarm for seven tomorrow",
    "stop the timer",
]

"""Writer 47, a non-native speaker (Spanish native, B1), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who is the artist that I have listened more the last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="which is my most listened artist of this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="explain me who was the singer that I listened most in october",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="the most listened band actually, I mean these days, who is it",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen who is the artist more played since march",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="tell me my three artists most listened of all the time",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="which is the song that I have listened more times this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="the most listened song of the last year, which was",
        family="top_tracks",
        period="last_year",
    ),
    Fresh(
        text="give me the five songs more played in the summer",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="what song I listened more in the last 30 days",
        family="top_tracks",
        period="last_30_days",
    ),
    # top_albums
    Fresh(
        text="which album I have listened more this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="the most listened disc of all time which is",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what album was more played the last month",
        family="top_albums",
        period="last_month",
    ),
    # top_podcasts
    Fresh(
        text="which podcast I listen more actually",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what is my most listened podcast since october",
        family="top_podcasts",
        period="since_october",
    ),
    Fresh(
        text="which program of podcast I heard most in 2025",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how many hours I have listened music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how much time I passed listening yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how many time I listened podcasts the last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="is possible to know how many minutes of music I listened this morning",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how much time we listened music in the kitchen the last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        room="kitchen",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs I have listened today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many reproductions I had the last seven days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="how many episodes of podcast I heard this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many things we played the day before yesterday",
        family="plays",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="how many times I put music in the afternoon of today",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists I listened this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists distinct I have heard since march",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="the quantity of artists that I listened in total, how much is",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many songs different I listened the last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many distinct songs I have heard in september",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="how many different songs has Ada listened last year",
        family="songs_count",
        period="last_year",
        person="Ada",
    ),
    # play_count
    Fresh(
        text="how many times I listened bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times sounded daft punk in the last three months",
        family="play_count",
        period="last_3_months",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times I put the one more time of daft punk",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have I listened the daily this week",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times I listened radiohead since march",
        family="play_count",
        period="since_march",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="listened Queen this year?",
        family="did_i",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="I listened justice yesterday or no?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did I hear the daily this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="is possible to know if I listened something of air the last weekend",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="listened any song of the weeknd the last month?",
        family="did_i",
        period="last_month",
        name="The Weeknd",
    ),
    Fresh(
        text="we listened cafe tacuba the last week?",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
        person="we",
    ),
    # what_played
    Fresh(
        text="what I listened in the night of yesterday",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what music I heard the last friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what I was listening the saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="explain me what I listened on november 3",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what we listened in the kitchen the last week",
        family="what_played",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="what I have listened this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was sounding yesterday at quarter to eight of the night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was playing today at eight of the morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what I was listening yesterday at eight and ten in the night",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="which song was at five and quarter of the afternoon today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="in the kitchen what was playing the day before yesterday at nine of the night",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="what type of music I like according to what I listen",
        family="taste",
        period="all_time",
    ),
    Fresh(text="explain me my musical taste", family="taste", period="all_time"),
    Fresh(
        text="which is my style of music, what genre I listen more",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how is my taste of music this year", family="taste", period="this_year"
    ),
    # peak
    Fresh(
        text="at what hour I normally listen music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week and which hour I listen more",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is the moment of the day that I use more the music",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="which artists new I discovered this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="I have discovered some new artist lately?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="what artists I listened for first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="new groups that I heard in the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="how many songs I skip, the percentage",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how many times I jumped songs the last week",
        family="skips",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="I skip a lot of songs or no?",
        family="skips",
        period="all_time",
        content="music",
    ),
    # repeat
    Fresh(
        text="how much I repeat the same songs",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="I listen the same songs again and again this month?",
        family="repeat",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="which is my percentage of repetition of songs in october",
        family="repeat",
        period="october",
        content="music",
    ),
    # streak
    Fresh(
        text="how many days in a row I am listening music",
        family="streak",
        content="music",
    ),
    Fresh(text="how many days followed I have listened", family="streak"),
    Fresh(text="which is my streak of days consecutive listening", family="streak"),
    # first_play
    Fresh(
        text="when was the first time I listened justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="since when I listen queen, the first time when was",
        family="first_play",
        name="Queen",
    ),
    Fresh(
        text="when I listened for first time wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="the first time that sounded eres of cafe tacuba, when",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    # last_play
    Fresh(text="when was the last time I listened air", family="last_play", name="Air"),
    Fresh(
        text="when I listened the last time digital love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="the last time that I put the daily, when was",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was last time I heard radiohead",
        family="last_play",
        name="Radiohead",
    ),
    # last_song
    Fresh(text="which was the last song that I listened", family="last_song"),
    Fresh(text="what was the last thing of music I heard", family="last_song"),
    Fresh(text="the last song sounded, which was", family="last_song"),
    # first_today
    Fresh(text="which was the first song of today", family="first_today"),
    Fresh(text="with what song I woke up today", family="first_today"),
    Fresh(
        text="the first song I put today when I woke up, which was",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="which was the first song I listened yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="the first song of the last week which was",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="with what song I started the month",
        family="first_in",
        period="this_month",
    ),
    Fresh(
        text="first song of this year which was", family="first_in", period="this_year"
    ),
    # last_in
    Fresh(
        text="which was the last song that I listened yesterday in the evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="with what song I finished the last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="the last song of october which was", family="last_in", period="october"
    ),
    Fresh(
        text="what I listened at the end on saturday, the last song",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(text="which song I skip more", family="most_skipped", period="all_time"),
    Fresh(
        text="the song that I jump more times which is",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what song I pass more often, the one I don't like",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip more", family="most_skipped_artist", period="all_time"
    ),
    Fresh(
        text="of which singer I jump more the songs",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="which song I have in repeat actually", family="on_repeat"),
    Fresh(text="what song I cannot stop to listen", family="on_repeat"),
    Fresh(
        text="the song that I am listening again and again these days",
        family="on_repeat",
    ),
    # recap
    Fresh(text="make a resume of my month", family="recap", period="this_month"),
    Fresh(text="make me a resume of the last week", family="recap", period="last_week"),
    Fresh(text="how was my year of music", family="recap", period="this_year"),
    Fresh(
        text="explain me how was my october in music", family="recap", period="october"
    ),
    Fresh(
        text="give me a summary of the last year", family="recap", period="last_year"
    ),
    Fresh(
        text="a resume of what we listened the last month",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="I listen more in the mornings or in the nights?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="when I listen more music, in the morning or in the afternoon",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="I am more of morning or of night for listen music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="I listen more the weekends or between the week?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="listen more music in working days or in weekend?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="is more on saturday and sunday or the other days that I listen",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "put daft punk in the kitchen",
    "put more high the music",
    "lower the volume please",
    "what song is sounding now",
    "which song is this",
    "pass to the next song",
    "jump this song",
    "stop the podcast",
    "pause the music in the kitchen",
    "put the album discovery",
    "play the daily",
    "put the last episode of the daily",
    "turn off the light of the kitchen",
    "turn on the lights of the living",
    "put a timer of ten minutes",
    "which weather will do tomorrow",
    "is going to rain today?",
    "add milk to the list of the shopping",
    "put the heating at twenty one degrees",
    "put the music in random",
    "activate the repeat of this song",
    "put the music in all the speakers",
    "join the speaker of the kitchen with the one of the living room",
    "what I am listening actually",
    "who sings this song",
    "put queen in the living room",
    "put something of justice",
    "continue the podcast",
    "return to the song before",
    "put more low the volume of the kitchen",
    "put moon safari of air",
    "silence the speaker",
    "what hour is it",
    "put an alarm for tomorrow at seven",
    "put music for cook",
    "play bohemian rhapsody please",
    "stop the music in ten minutes",
    "put the radio",
    "how is called this song",
    "of which album is this song",
    "put the volume at fifty percent",
    "send the music to the speaker of the kitchen",
    "turn off all the music of the house",
]

"""Writer 330, a Spanish native speaker using learner English (Spanish word order, false friends like 'actually' for 'currently'), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="which is the artist that i listen more this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="oye who is my band more listened of last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="say me please my 5 top artists of all the time",
        family="top_artists",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="with what artist i am obsessed lately, is embarrassing no?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen who is the singer that i put more since october",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="what was my number one group in august",
        family="top_artists",
        period="august",
    ),
    Fresh(
        text="who is the artist that i am listening actually the most",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="which song i have listened more times this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="say me my three songs more played of last year",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="what is the theme that i heard the most in the summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="the song of the week for me which is it",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="the ten songs more listened of twenty twenty five make me a list",
        family="top_tracks",
        period="in_2025",
        count=10,
    ),
    # top_albums
    Fresh(
        text="which album i put more in october",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="my favourite disc of all time which one is",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what record we listened the most last week in the house",
        family="top_albums",
        period="last_week",
        person="we",
    ),
    # top_podcasts
    Fresh(
        text="to which podcast i am hooked lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what is my podcast more listened this year",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how many hours i listened music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how much time i passed listening yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how long we had music on last weekend in the kitchen",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="how many minutes of podcast i heard in the last 30 days",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="the total of hours that ada listened in 2025",
        family="listening_time",
        period="in_2025",
        person="Ada",
    ),
    Fresh(
        text="pues how much music i have heard since two weeks more or less",
        family="listening_time",
        period="last_2_weeks",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs are sounded for me today until now",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things i have listened the day before of yesterday",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="how many episodes of podcast i listened since march",
        family="plays",
        period="since_march",
        content="podcasts",
    ),
    Fresh(
        text="how many reproductions i did in the last seven days",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="how many artists different i listened this month",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="how many different groups i heard since the monday",
        family="artists_count",
        period="since_monday",
    ),
    Fresh(
        text="in total how many distinct artists i ever listened",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs i listened in september",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="how many distinct themes i heard last summer, themes i mean songs",
        family="songs_count",
        period="last_summer",
    ),
    Fresh(
        text="number of songs different this week",
        family="songs_count",
        period="this_week",
    ),
    # play_count
    Fresh(
        text="how many times i put bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times has sounded daft punk in the last three months",
        family="play_count",
        period="last_3_months",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times i heard the daily in october",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="the song eres of cafe tacuba how many times i have listen it",
        family="play_count",
        period="all_time",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="how many times i put shakira this year",
        family="play_count",
        period="this_year",
        name="Shakira",
    ),
    # did_i
    Fresh(
        text="i listened something of queen yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="did i hear justice last week or not",
        family="did_i",
        period="last_week",
        name="Justice",
    ),
    Fresh(
        text="is true that i listened sexy boy this morning",
        family="did_i",
        period="this_morning",
        name="Sexy Boy",
    ),
    Fresh(
        text="i have listened radiohead lately or no",
        family="did_i",
        period="lately",
        name="Radiohead",
    ),
    Fresh(
        text="we listened air on saturday?",
        family="did_i",
        period="saturday",
        name="Air",
        person="we",
    ),
    Fresh(
        text="the daily, i listened it today",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="what i was listening yesterday in the evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music sounded last friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what did i listen the 3 of november",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="explain me what i heard this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what listened ada the weekend past",
        family="what_played",
        period="last_weekend",
        person="Ada",
    ),
    Fresh(
        text="what i have been listening since two weeks",
        family="what_played",
        period="last_2_weeks",
    ),
    # playing_at
    Fresh(
        text="what was sounding yesterday at eight less quarter in the night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="which song was at eight and ten this morning",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="what it was playing today at five and quarter of the afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="yesterday at eight and ten of the night what song was",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what i was hearing at nine less quarter this morning",
        family="playing_at",
        moment="2026-11-20 08:45",
    ),
    # taste
    Fresh(
        text="what type of music i like, according to my history",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how you will describe my musical taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of music i am into these days",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="at what hour normally i listen music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which is the day of the week and the hour that i listen more",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="i discovered some new artist this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists are new for me since october",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="what groups i listened for first time in the last 30 days",
        family="new_artists",
        period="last_30_days",
    ),
    # skips
    Fresh(
        text="how often i jump to the next one this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="what percentage of things i pass without finish them",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="i repeat much the same songs?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much i am repeating the songs this year, is a lot?",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days followed i have been listening",
        family="streak",
    ),
    Fresh(
        text="how many days in a row i listen without to stop",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when was the first time i listened justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="since when i listen digital love",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="when i heard for first time the weeknd",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when was the last time i put queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="the last time that sounded one more time of daft punk, when was",
        family="last_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="when i listened the daily for last time",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="which was the last song i put",
        family="last_song",
    ),
    Fresh(
        text="say me the last song that i listened, i dont remember the name",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="with which song i woke up today",
        family="first_today",
    ),
    Fresh(
        text="what was the first song of today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="the first song i put yesterday which was",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="which song i listened first last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first song of this week",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="which was the last song of yesterday in the night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="with what song i finished the saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="the last song i listened in october",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what theme i always pass, the one i never finish",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i skip more",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the band that i jump more often who is",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song i have actually on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="what song i cannot stop to listen",
        family="on_repeat",
    ),
    Fresh(
        text="the song that i am obsessed actually which is",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="make me a resume of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me the review of my year please",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="a resume of my listening, bueno, a little summary",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my october, tell me",
        family="recap",
        period="october",
    ),
    Fresh(
        text="how went my last month in general",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more in the mornings or in the nights",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="when i listen more music, in the morning or the afternoon",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="i listen more the weekends or between the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is more in the weekdays or in the weekend that i put music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "put daft punk in the kitchen",
    "put more loud the music",
    "low the volume please",
    "what song is this that is sounding",
    "jump this song",
    "pass to the next song in the living",
    "stop the podcast a moment",
    "put the album discovery",
    "put the last episode of the daily",
    "turn off the light of the kitchen",
    "turn on the light of the living room",
    "what i am listening actually",
    "which song is sounding now in the kitchen",
    "put the music in random",
    "activate the repeat of this song",
    "put a timer of ten minutes for the pasta",
    "which time will do tomorrow",
    "add milk to the list of the buy",
    "put the heating at twenty two degrees",
    "group the speakers of the kitchen and the salon",
    "put queen in all the speakers",
    "continue the podcast where i was",
    "go back to the song before",
    "who sings this",
    "put music for cook",
    "put something of cafe tacuba",
    "how is called this song",
    "the volume to five",
    "silence the speaker of the kitchen",
    "put the radio",
    "play bohemian rhapsody",
    "what hour is it",
    "put an alarm for tomorrow at eight less quarter",
    "stop the music in the kitchen in twenty minutes",
    "save this song in my favourites",
    "turn off everything",
    "put the album moon safari in the kitchen",
    "how is the weather in berlin today",
    "put relaxing music for study",
    "what album is this",
    "low the blinds of the kitchen",
    "advance thirty seconds in the podcast",
    "put the next episode of the daily",
    "quit the repeat mode",
]

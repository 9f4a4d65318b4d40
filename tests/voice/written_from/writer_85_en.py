"""Writer 85, a non-native speaker (Spanish from Valencia, living in Hannover, English B1), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="which is the group I listen more the last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who is my favorite singer this year until now?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="tell me please the artist i am obsessed lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen which artist sound the most in october",
        family="top_artists",
        period="october",
        room="kitchen",
    ),
    Fresh(
        text="top 3 artists of me in twenty twenty five",
        family="top_artists",
        period="in_2025",
        count=3,
    ),
    Fresh(
        text="what band we listened more last month",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="the artists i hear more over the past two weeks, who are",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="which song I put more times this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="say me my five most played songs of all the time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="the song of the summer for me, which was?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="what was my favourite song the last year",
        family="top_tracks",
        period="last_year",
    ),
    Fresh(
        text="is possible to know the song more played since march",
        family="top_tracks",
        period="since_march",
    ),
    # top_albums
    Fresh(
        text="which disc I listen the most",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what album i played more in september",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="my favourite album of the last three months which is",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="which podcast I am hooked actually",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what is the podcast I hear more this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="most played podcast of ever",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how much time I listen music the last week",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="is possible to know how many hours i have listened today",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how long was the music on in the kitchen yesterday in the evening",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how much time of podcast I heard this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="hours of music in 2025 how many",
        family="listening_time",
        period="in_2025",
        content="music",
    ),
    Fresh(
        text="how much time we listened music the last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs I played this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many things i have listen since monday",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episodes of podcast I heard the last 30 days",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="the number of plays of the day before yesterday",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="how many songs sounded on saturday",
        family="plays",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="how many songs i listened in the past two weeks more or less",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists I listened this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different singers i heard in august",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="how many artists different in total",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs I listened last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="quantity of different songs this week how many are",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many distinct tracks in the last seven days",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="how many times i put bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times sounded daft punk the last week",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how much Queen I have heard this month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="how many times i listened the daily in october",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="how many times i played radiohead",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="the album discovery how many times I played since october",
        family="play_count",
        period="since_october",
        name="Discovery",
    ),
    # did_i
    Fresh(
        text="i listened justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did I hear something of air this week",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="i have listened eres of cafe tacuba lately",
        family="did_i",
        period="lately",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="did i listen rosalia some time",
        family="did_i",
        period="all_time",
        name="Rosalía",
    ),
    Fresh(
        text="is true that i heard the daily this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did we put sexy boy last summer",
        family="did_i",
        period="last_summer",
        name="Sexy Boy",
        person="we",
    ),
    # what_played
    Fresh(
        text="what I was listening yesterday in the night, around the dinner",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what sounded last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="remember me what music i listened on november third",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what i listened this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what we were listening the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="what was ada listening last night",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was sounding yesterday at eight of the night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="which song was on today at half past eight in the morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what i was hearing at five and quarter this afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="last friday at nine of the night what was playing",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="what song was at twelve on saturday, at the lunch time",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="at ten to eight yesterday what was playing in the kitchen",
        family="playing_at",
        moment="2026-11-19 19:50",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="what type of music I like according to what i listen",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how you describe my musical taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="which style of music i am into this year",
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
        text="which day of the week I listen more usually",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is normally my moment of listening, the hour and the day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="i discovered some new artist the last month?",
        family="new_artists",
        period="last_month",
    ),
    Fresh(
        text="which artists are new for me this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="new groups that i heard for first time in the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="anybody new lately in my music",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="how many songs i skip, i mean the percent",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how often I pass the songs this week",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="my rate of skipping in october which is",
        family="skips",
        period="october",
    ),
    # repeat
    Fresh(
        text="i repeat a lot the same songs or no",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how much I repeat songs the last month",
        family="repeat",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="is my repeat rate high this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days followed i am listening music",
        family="streak",
        content="music",
    ),
    Fresh(
        text="which is my streak of days in a row",
        family="streak",
    ),
    Fresh(
        text="since how many days i listen without stop",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when was the first time i listened daft punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when i heard for first time la femme dargent",
        family="first_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="when justice appear the first time in my history",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time i put the weeknd when was",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when was the last time i listened queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="the last time that sounded moon safari",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="when i heard for last time don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="which was the last song i listened",
        family="last_song",
    ),
    Fresh(
        text="the last thing of music i played what was",
        family="last_song",
    ),
    Fresh(
        text="what song i put at the end, the very last one",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song of today",
        family="first_today",
    ),
    Fresh(
        text="with which song i woke up today",
        family="first_today",
    ),
    Fresh(
        text="the first song I put today, which one",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="which was the first song i listened yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="the first song of the last week what was",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="with what song i started last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track of this month",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="the last song of yesterday which was",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="with what song I finished on saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what was the last i listened the last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song in october",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song I skip more",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the song that i pass the most times this year",
        family="most_skipped",
        period="this_year",
    ),
    Fresh(
        text="which track i always jump",
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
        text="the group that I pass more often last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song I have actually on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="which song i cant stop to listen",
        family="on_repeat",
    ),
    Fresh(
        text="the song that i am putting all the time these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="make me a resume of my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my year of music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a summary of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was the last month in music for me",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="a review of my summer please",
        family="recap",
        period="summer",
    ),
    Fresh(
        text="how went our music last year",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more in the mornings or in the nights",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="i am more of morning or of evening listening music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="this month i listened more by the morning or by the afternoon",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="i listen more the weekend or the working days",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is more music in weekdays or in weekends",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="since march i hear more between week or in the weekend",
        family="compare_week",
        period="since_march",
    ),
]

NEGATIVES = [
    "put daft punk in the kitchen",
    "put more loud the music",
    "low the volume please",
    "pass this song",
    "stop the podcast",
    "next song in the living room",
    "turn off the light of the kitchen",
    "put the album discovery",
    "what song is this",
    "what is sounding now",
    "what am i listening actually",
    "put in random mode",
    "activate the repeat of this song",
    "connect the speaker of the kitchen with the one of the salon",
    "put a timer of ten minutes",
    "which weather will do tomorrow in hannover",
    "add milk to the list of the shopping",
    "put the heating at twenty one degrees",
    "play the last episode of the daily",
    "pause the music",
    "continue the podcast please",
    "put music for cooking",
    "play something of queen in the kitchen",
    "more bass please",
    "shuffle my playlist of salsa",
    "quit the repeat mode",
    "who sings this song",
    "how is called this song that sound now",
    "put the radio in the kitchen",
    "group all the speakers",
    "remove the speaker of the bathroom from the group",
    "volume to thirty",
    "go back to the song before",
    "turn on the lights of the living room",
    "put an alarm at seven",
    "how many degrees are in the house",
    "add eggs and tomatoes to the shopping list",
    "play dance of justice",
    "start the daily from the beginning",
    "stop the music in all the house",
    "is raining in hannover now",
    "put the song again from the start",
    "which album is this that is sounding",
    "play bohemian rhapsody in the kitchen speaker",
]

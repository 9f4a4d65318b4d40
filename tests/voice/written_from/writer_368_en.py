"""Writer 368, a German native with B1 English (German word order, 'since' for 'for', 'become' for 'get', false friends), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Which artist have I heard the most last week?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="can I become my top 3 artists of this year please",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Say me, which singer I have heard the most since two weeks",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="from which band I was totally crazy lately",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="what was my favourite song in October",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Name me my three most heard songs of this month.",
        family="top_tracks",
        period="this_month",
        count=3,
    ),
    Fresh(
        text="which track has run the most often last year",
        family="top_tracks",
        period="last_year",
    ),
    Fresh(
        text="The top 5 songs from twenty twenty five, please",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Which album I have heard most often in the summer?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="ähm what is my favorite record since March",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Which LP did I play the most of all time?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Which podcast did I hear the most last month?",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="which podcast am I addicted on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="My most heard podcast since October, which is it",
        family="top_podcasts",
        period="since_october",
    ),
    # listening_time
    Fresh(
        text="How long have I heard music today?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours music did I hear this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how much time I have spent with podcasts in September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="How long did we listen yesterday in the kitchen?",
        family="listening_time",
        period="yesterday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Since Monday, how many minutes I have listened?",
        family="listening_time",
        period="since_monday",
    ),
    # plays
    Fresh(
        text="how many songs have I played today morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="How much songs were running in the last 7 days?",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="how many episodes did I hear last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="How many songs has Ada heard on Saturday?",
        family="plays",
        period="saturday",
        content="music",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I heard this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="From how many different interprets I have heard something since October?",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="how many various bands last week",
        family="artists_count",
        period="last_week",
    ),
    # songs_count
    Fresh(
        text="How many different songs have I heard this month?",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="how many different titles were it yesterday",
        family="songs_count",
        period="yesterday",
    ),
    Fresh(
        text="how much different tracks in 2025 all together",
        family="songs_count",
        period="in_2025",
    ),
    # play_count
    Fresh(
        text="How often have I heard Bohemian Rhapsody?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times ran Daft Punk this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="How often I heard The Daily in October?",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="how often was Rammstein playing last year",
        family="play_count",
        period="last_year",
        name="Rammstein",
    ),
    Fresh(
        text="how many times I have heard one more time from daft punk this month",
        family="play_count",
        period="this_month",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="Have I heard Queen yesterday?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="did I hear something of Justice last weekend",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="Have I listened Radiohead this year?",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="was there eventually some Air by me in the last 30 days",
        family="did_i",
        period="last_30_days",
        name="Air",
    ),
    Fresh(
        text="Did we hear Cafe Tacuba last week?",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
        person="we",
    ),
    # what_played
    Fresh(
        text="What have I heard yesterday evening?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did run in the kitchen the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="What music did I hear last Friday?",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what was I hearing on the 3rd November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="so what did we listen at the weekend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what has Ada heard in August",
        family="what_played",
        period="august",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="What ran yesterday at quarter to eight in the evening?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="which song was playing today at 8 o'clock in the morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what has played before one hour",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="What was on on Wednesday at 21 o'clock?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="at 12 o'clock on Saturday what did I hear",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="today at 17.10 which song was running in the kitchen",
        family="playing_at",
        moment="2026-11-20 17:10",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="What for a music taste do I have?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="which kind of music I like, can you describe it",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="How would you describe my music style in this year?",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="At which time I hear the most music normally?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I listen usually, which hour and which day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="on which weekday and what o'clock I am hearing the most",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Have I discovered new artists this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which new bands did I hear for the first time last week",
        family="new_artists",
        period="last_week",
    ),
    Fresh(
        text="are there some new singers in my list since October",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="How often do I skip songs?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how much did I jump over this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="what is my skip quote",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="How often I hear the same songs again and again?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what is my repeat quote this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="do I hear often the same tracks double, how much is that",
        family="repeat",
        period="all_time",
        content="music",
    ),
    # streak
    Fresh(
        text="since how many days I hear music without a break",
        family="streak",
        content="music",
    ),
    Fresh(
        text="How many days after each other have I listened?",
        family="streak",
    ),
    Fresh(
        text="what is my streak at the moment",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When have I heard Justice the first time?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did I hear Eres for the first time",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="Since when do I hear Air?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="When was The Weeknd the first time in my history",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="When have I heard Queen the last time?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when did run sexy boy the last time",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="The last time I had The Daily on, when was it?",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Which song did I hear as last?",
        family="last_song",
    ),
    Fresh(
        text="what was the last track that has run",
        family="last_song",
    ),
    Fresh(
        text="ähm my last song, what was it again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Which was the first song today?",
        family="first_today",
    ),
    Fresh(
        text="with which song have I begun the day",
        family="first_today",
    ),
    Fresh(
        text="What did I hear directly after standing up today?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="which song did I hear first on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="The first track of last week, which was it?",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="first song on the day before yesterday please",
        family="first_in",
        period="day_before_yesterday",
    ),
    # last_in
    Fresh(
        text="what was the last song yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="With which song I have finished last Friday?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="which was the last title in October",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="what did I hear at last yesterday night",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most often?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what song I jump over the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track I click away the most in this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Which band do I skip the most?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="from which artist I skip the most songs",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which singer I skipped the most since March",
        family="most_skipped_artist",
        period="since_march",
    ),
    # on_repeat
    Fresh(
        text="Which song I hear at the moment in endless loop?",
        family="on_repeat",
    ),
    Fresh(
        text="what is my actual song on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="which song I cannot stop to hear",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Can I become a summary of my week in music?",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="give me a review of my year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="How was my October music-wise?",
        family="recap",
        period="october",
        content="music",
    ),
    Fresh(
        text="can you make a resume from my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Recap of last summer please, what was going on",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="also, how was the last three months with my music, short overview",
        family="recap",
        period="last_3_months",
        content="music",
    ),
    # compare_day_parts
    Fresh(
        text="Do I hear more music in the morning or in the evening?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="am I more a morning hearer or an evening hearer",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hear I more in the afternoon or at night?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I hear more at the weekend or under the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is it more on working days or on the weekend that I listen?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays against weekend, when I hear more music since March",
        family="compare_week",
        period="since_march",
        content="music",
    ),
]

NEGATIVES = [
    "Play Daft Punk in the kitchen please",
    "Make the music louder",
    "make it more quiet in the kitchen",
    "Which song is running at the moment?",
    "what is this for a song",
    "Skip this song please, I don't like it",
    "jump to the next track",
    "Make a pause with the podcast",
    "stop the podcast",
    "Make the light in the kitchen off",
    "turn on the light in the living room please",
    "Play the album Discovery",
    "put the volume on 40 percent",
    "Make shuffle on",
    "Put this song on repeat",
    "Connect the speaker in the kitchen with the one in the living room",
    "Set a timer on 10 minutes",
    "make a timer for the pizza, 12 minutes",
    "How will be the weather tomorrow?",
    "will it rain today in Berlin",
    "Put milk on the shopping list",
    "write eggs and bread on my shopping list",
    "Make the heating warmer, 22 degrees",
    "put the thermostat on 21 degree",
    "What am I hearing right now?",
    "what runs in the kitchen just now",
    "Play The Daily",
    "play the newest episode from The Daily",
    "Play something from Queen in the bath",
    "Play music from my handy",
    "make the radio on",
    "Turn down the bass a little bit",
    "Stop the music in all rooms",
    "wake me tomorrow at 6.30",
    "go back to the song before",
    "Play Bohemian Rhapsody again from the beginning",
    "How late is it?",
    "who sings this song",
    "how long does this song still go",
    "Play me a podcast about history",
    "Make the speakers in kitchen and living room together",
    "put on some relaxed music for cooking",
    "Make the shutters down in the bedroom",
    "what is the name from this song",
    "make the music off in the kitchen",
]

"""Writer 400, a Spanish native speaker with B1 English, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who is the artist that I listened more the last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="which group I have listened the most this year?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="tell me my 3 favourite artists of all the time",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="with which band I am obsessed actually?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in october who was my number one artist, the one I put more",
        family="top_artists",
        period="october",
    ),
    # top_tracks
    Fresh(
        text="which is the song more listened of this month",
        family="top_tracks",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="say me my five songs most played in the last year",
        family="top_tracks",
        period="last_year",
        count=5,
        content="music",
    ),
    Fresh(
        text="what song I listened more times yesterday",
        family="top_tracks",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="the song of the summer for me, which was it? this summer I mean",
        family="top_tracks",
        period="summer",
        content="music",
    ),
    # top_albums
    Fresh(
        text="what album I have played the most since march",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="which is my favourite disc",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="in the kitchen the album more listened the last month which was",
        family="top_albums",
        period="last_month",
        room="kitchen",
    ),
    # top_podcasts
    Fresh(
        text="what podcast I listen the most",
        family="top_podcasts",
        period="all_time",
        content="podcasts",
    ),
    Fresh(
        text="to which podcast I am hooked lately",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    Fresh(
        text="my most listened podcast in the last 30 days, which is",
        family="top_podcasts",
        period="last_30_days",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="how much time I listened music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours we listened the last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how many time I passed listening podcasts this week",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="hours of music in september, how many I did",
        family="listening_time",
        period="september",
        content="music",
    ),
    Fresh(
        text="how long I had the music on yesterday in the evening",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs I have put today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things I played the day before yesterday",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="how many episodes of podcast I heard this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many reproductions I had in the 2025",
        family="plays",
        period="in_2025",
    ),
    Fresh(
        text="in the kitchen how many tracks sounded since monday",
        family="plays",
        period="since_monday",
        content="music",
        room="kitchen",
    ),
    # artists_count
    Fresh(
        text="how many artists different I listened this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different groups I have listened in total",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many distinct artists I heard in august",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="how many different songs I listened the last week",
        family="songs_count",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how many songs distinct I have heard since october",
        family="songs_count",
        period="since_october",
        content="music",
    ),
    Fresh(
        text="number of different songs the last three months",
        family="songs_count",
        period="last_3_months",
        content="music",
    ),
    # play_count
    Fresh(
        text="how many times I have listened Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times sounded daft punk this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times I put the daily in october",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="how many times I listened rosalia this year",
        family="play_count",
        period="this_year",
        name="Rosalía",
    ),
    Fresh(
        text="the song one more time of daft punk, how many times I played it the last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="I listened Queen yesterday?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="did I put something of Justice the last weekend",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="have I listened sexy boy from air this month",
        family="did_i",
        period="this_month",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="did I listen bad bunny in the summer",
        family="did_i",
        period="summer",
        name="Bad Bunny",
    ),
    Fresh(
        text="we listened café tacuba the last week or no?",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
        person="we",
    ),
    # what_played
    Fresh(
        text="what I was listening yesterday in the evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music I put this morning",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="what did we listen the past friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what I heard the 3 of november",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what listened Ada on saturday",
        family="what_played",
        period="saturday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was sounding yesterday at quarter to eight of the night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="which song was on this morning at half past eight",
        family="playing_at",
        moment="2026-11-20 08:30",
        content="music",
    ),
    Fresh(
        text="today at five and ten of the afternoon what was playing",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="the wednesday at nine of the night what I was listening",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="what I had on yesterday at twelve of the midday",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    # taste
    Fresh(
        text="what type of things I like to listen, how is my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me my taste please",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="which style is mine more or less, according to what I listen",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="at what hour I use to listen more",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week I listen more normally",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which is my peak hour for listening",
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
        text="which artists new I listened for first time in october",
        family="new_artists",
        period="october",
    ),
    Fresh(
        text="new groups in the last time? somebody I did not know before",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="how many songs I skip normally",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how much I jump the songs this week",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="I skip a lot or not? the last month",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="I repeat a lot the same songs?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how much I listen the same again and again",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="this year how much I have repeated the songs, in percentage",
        family="repeat",
        period="this_year",
        content="music",
    ),
    # streak
    Fresh(
        text="how many days in a row I am listening",
        family="streak",
    ),
    Fresh(
        text="how many days followed I have put something without stop",
        family="streak",
    ),
    Fresh(
        text="which is my racha, the days consecutive that I listened",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when was the first time I listened Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="since when I listen Café Tacvba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="the first time that sounded da funk, which day was",
        family="first_play",
        name="Da Funk",
    ),
    Fresh(
        text="when I listened for first time radiohead",
        family="first_play",
        name="Radiohead",
    ),
    # last_play
    Fresh(
        text="when was the last time I listened Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when I put for last time digital love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="the daily, when I listened it the last time",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="which was the last song I put",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="remember me what was the last thing I listened",
        family="last_song",
    ),
    Fresh(
        text="the last track that sounded which was",
        family="last_song",
        content="music",
    ),
    # first_today
    Fresh(
        text="what was the first song I put today",
        family="first_today",
        content="music",
    ),
    Fresh(
        text="with what I woke up today",
        family="first_today",
    ),
    Fresh(
        text="which was the first thing of the day that I listened",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="which was the first song yesterday",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="the first thing I listened the saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="how I started the last week, which was the first song",
        family="first_in",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="first song of this year what was",
        family="first_in",
        period="this_year",
        content="music",
    ),
    # last_in
    Fresh(
        text="which was the last song of yesterday",
        family="last_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="with what I finished the past friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="the last thing I listened the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="which song I listened the last in october, the final one",
        family="last_in",
        period="october",
        content="music",
    ),
    # most_skipped
    Fresh(
        text="which song I skip more",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="the song that I jump always, which is",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what track I pass more times without listen it complete",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which group I skip more often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the singer that I always pass, who is",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song I have actually in repeat",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="what song I cannot stop to listen",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="which is the song that I am putting all the time these days",
        family="on_repeat",
        content="music",
    ),
    # recap
    Fresh(
        text="make me a resume of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my year listening, give me a review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a summary of the last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how it went the listening this summer",
        family="recap",
        period="summer",
    ),
    Fresh(
        text="give me a recap",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was our october, explain me a bit",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="I listen more in the mornings or in the nights?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="when I listen more, in the morning or in the afternoon",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month I listened more by the morning or by the evening",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="I listen more the weekends or between the week?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="I put more music the weekdays or the weekend",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="in the last three months, weekend or working days, when more",
        family="compare_week",
        period="last_3_months",
    ),
    # a few more, mixed
    Fresh(
        text="the last seven days who was the artist more played",
        family="top_artists",
        period="last_7_days",
    ),
    Fresh(
        text="over the last two weeks how many hours I listened",
        family="listening_time",
        period="last_2_weeks",
    ),
    Fresh(
        text="I listened dance of justice this afternoon?",
        family="did_i",
        period="this_afternoon",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="what we listened the day before yesterday, all of it",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="the summer of last year what was my favourite song",
        family="top_tracks",
        period="last_summer",
        content="music",
    ),
    Fresh(
        text="how many times sounded moon safari the album in the last 30 days",
        family="play_count",
        period="last_30_days",
        name="Moon Safari",
    ),
]

NEGATIVES = [
    "put music of daft punk in the kitchen",
    "turn up the volume please",
    "what is sounding now in the kitchen",
    "which song is this",
    "jump this song",
    "pause the podcast",
    "next song in the living room",
    "turn off the light of the kitchen",
    "put the album discovery",
    "put the random mode",
    "activate the repeat of this song",
    "group the speakers of the kitchen and the living",
    "put a timer of ten minutes",
    "which weather will do tomorrow in Berlin",
    "add milk to the list of the shopping",
    "put the heating at 21 degrees",
    "what I am listening right now",
    "put the last episode of the daily",
    "lower the music a little bit",
    "stop the music in the kitchen",
    "who sings this song that is sounding",
    "put Queen, bohemian rhapsody",
    "continue the podcast where I stopped it",
    "put something of Café Tacvba for cooking",
    "turn on the speaker of the kitchen",
    "the volume at fifty percent",
    "go back to the song before",
    "put the music more loud in the living room",
    "silence the kitchen",
    "put a radio of Spanish music",
    "remove the shuffle",
    "repeat all the album",
    "advance thirty seconds the podcast",
    "how is the temperature in the house actually",
    "put an alarm for the seven of the morning",
    "which album is this that is playing",
    "put some music relaxing",
    "play justice in all the speakers",
    "stop the timer",
    "close the blinds of the kitchen",
    "add eggs and tomatoes to the shopping list",
    "put me the news",
    "this song, who is the artist? the one that sounds now",
    "turn down the heating please, is too hot",
]

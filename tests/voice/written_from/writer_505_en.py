"""Writer 505, German native speaker speaking English, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="which band did I hear the most the last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who was this year my most listened artist until now",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="tell me please who is my number one artist since two weeks",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="from which artist am I obsessed actually",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, which singer was running the most in October?",
        family="top_artists",
        period="october",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="what was my most heard song in the last month",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="say me my three most played songs of all time",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="which song I have heard most often this summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="top five tracks since March please",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    # top_albums
    Fresh(
        text="which album did I hear the most until now",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what was in twenty twenty five my favourite album",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="okay and which record did I put on the most in September",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="which podcast do I hear the most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what is my go to podcast since October",
        family="top_podcasts",
        period="since_october",
    ),
    Fresh(
        text="from which podcast I can not become enough lately",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="how long did I hear music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours have I listened the last week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time did I spend with music in the evening yesterday",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="hey how long was the kitchen running with podcasts this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs did I play this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how often did we play something the last weekend",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how many streams I have made this year",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="how many episodes did I hear in August",
        family="plays",
        period="august",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different artists I have heard until now",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="with how many different bands did I have to do in the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many various artists were it last year",
        family="artists_count",
        period="last_year",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I hear since Monday",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="in the kitchen how many various tracks were running in October",
        family="songs_count",
        period="october",
        room="kitchen",
    ),
    Fresh(
        text="number of different songs this week please",
        family="songs_count",
        period="this_week",
    ),
    # play_count
    Fresh(
        text="how often did I hear Bohemian Rhapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how often was Daft Punk running the last week",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times I played the daily since two weeks",
        family="play_count",
        period="last_2_weeks",
        name="The Daily",
    ),
    Fresh(
        text="how often I heard radiohead until now",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="how often did I hear dance from justice in the last thirty days",
        family="play_count",
        period="last_30_days",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="did I hear Queen yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="have I heard Air this week or not",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="I heard cafe tacuba in the last summer or",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="did we hear the weekend last month",
        family="did_i",
        period="last_month",
        name="The Weeknd",
        person="we",
    ),
    Fresh(
        text="was Moon Safari running on Saturday",
        family="did_i",
        period="saturday",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="what music was running last night",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="what did I listen on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what have we heard on the third of November",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="so what was running this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what has Ada heard on Friday one week ago",
        family="what_played",
        period="last_friday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was running yesterday at eight in the evening",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="which song ran this morning at half past eight",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what played today at quarter past five in the afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was on last Friday at nine o'clock in the evening",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="on Wednesday at twelve o'clock midday what did I hear",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="what for a music taste do I have",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me my music taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="which kind of music I like, according to what I hear",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="at which time of the day do I hear the most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which weekday and which hour am I listening normally",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is my typical listening time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="which new artists did I discover this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="did I become to know some new bands since two weeks",
        family="new_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="which artists I heard for the first time in this year",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often do I skip in general",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how much did I skip the last week",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="what is my skip quote this month",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="how much do I hear the same things again and again",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what is my repeat rate since October",
        family="repeat",
        period="since_october",
    ),
    Fresh(
        text="do I play always the same stuff lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row I heard something until now",
        family="streak",
    ),
    Fresh(
        text="since how many days am I listening without a break",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I hear Justice for the first time",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time that Sexy Boy was running",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="since when do I have wet leg in my history",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did I hear the last time Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was Eres from Café Tacvba running the last time",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="when I played the daily the last time",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song I heard",
        family="last_song",
    ),
    Fresh(
        text="which track was running as last",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="with which song did I start today",
        family="first_today",
    ),
    Fresh(
        text="which was the first song what I heard today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="which song was the first on the day before yesterday",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was the first song in the evening yesterday",
        family="first_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="with which song I started on Saturday",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what was the last song yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="with what did I end the last week",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="which song was the last one this morning",
        family="last_in",
        period="this_morning",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most often",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track do I always jump over",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="at which band do I press skip the most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song do I have actually on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="what song I can not stop to hear",
        family="on_repeat",
    ),
    Fresh(
        text="which song is my ohrwurm since some days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="make me a recap of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me a review of my year until now",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was the last month for us, give me a overview",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="do I hear more in the morning or in the evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more a morning listener or a evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I hear more on the weekend or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it more weekdays or weekend with my listening",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen please",
    "make the music louder",
    "make the music a bit more quiet",
    "make the light in the kitchen off",
    "which song is this",
    "what is running right now",
    "what am I hearing at the moment",
    "skip this song",
    "next song please",
    "jump to the next track in the living room",
    "pause the podcast",
    "stop the music",
    "make a pause please",
    "play the album Discovery",
    "play the newest episode from the daily",
    "put the volume on thirty percent",
    "make shuffle on",
    "make the repeat off",
    "connect the kitchen speaker with the speaker in the living room",
    "group all speakers together",
    "make a timer for ten minutes",
    "put a timer on twenty minutes for the noodles",
    "how is the weather tomorrow",
    "will it rain today in Berlin",
    "put milk on the shopping list",
    "write eggs on my shopping list",
    "put the heating on twenty one degrees",
    "play the music from my handy over the speaker in the kitchen",
    "connect my handy with bluetooth",
    "play something from Queen",
    "play Genesis from Justice",
    "make the music off in the kitchen",
    "who sings this song",
    "how long does this song still go",
    "play the radio",
    "make the bass more",
    "play something relaxed for cooking",
    "how is the name of this podcast",
    "spool thirty seconds forward",
    "play it again from the beginning",
    "make an alarm for seven o'clock in the morning",
    "how late is it",
]

"""Writer 542, a Japanese native speaker with A2-B1 English (topic first, drops articles and plurals, very polite), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="excuse me, which artist I listen most this month?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="last week, most listened artist is who, please",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="please tell me top three artist of this year",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="sorry, recently which singer I am crazy about? I want to know",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in kitchen, which band we listen most last month?",
        family="top_artists",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="this month, my number one song is what?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="could you tell me my five most play song please",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="song of the year for me, which one please?",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="since October, which song I play most often?",
        family="top_tracks",
        period="since_october",
    ),
    # top_albums
    Fresh(
        text="which album I listen most, of all time please",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="last summer, my favourite album was what, please?",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="top two album in September, please tell me",
        family="top_albums",
        period="september",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="podcast, which one I listen most this year?",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="excuse me, these day which podcast I am hooked?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played show of podcast in last three month, please",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="today how long I listen music, please",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="excuse me, this week how many hour I listen?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how many minute of podcast I listen yesterday?",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    Fresh(
        text="last year total listening time, please tell me",
        family="listening_time",
        period="last_year",
    ),
    Fresh(
        text="on Saturday in kitchen, how long we listen music?",
        family="listening_time",
        period="saturday",
        content="music",
        room="kitchen",
        person="we",
    ),
    # plays
    Fresh(
        text="how many song I play today please",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="this morning, how many thing I play? sorry, number of play",
        family="plays",
        period="this_morning",
    ),
    Fresh(
        text="last thirty day, number of play is how many?",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many episode I listen this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="in twenty twenty five, how many song total I play?",
        family="plays",
        period="in_2025",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artist I listen this year?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="last month, different artist, how many I listen?",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="since March number of artist how many please",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="how many different song I listen last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="this summer, how many song, I mean different song, I listen?",
        family="songs_count",
        period="summer",
    ),
    Fresh(
        text="sorry, in total how many different track I have listen?",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="Queen, how many times I listen this year?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="bohemian rhapsody how many time I play in October",
        family="play_count",
        period="october",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times I listen one more time of daft punk, all time",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="The Daily, how many time I listen last month?",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="excuse me radiohead how many times I listen",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="excuse me, did I listen Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="sexy boy of Air, I listen this week or no?",
        family="did_i",
        period="this_week",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="The Weeknd, I listened last year? please check",
        family="did_i",
        period="last_year",
        name="The Weeknd",
    ),
    Fresh(
        text="album Discovery, maybe I listen last weekend?",
        family="did_i",
        period="last_weekend",
        name="Discovery",
    ),
    Fresh(
        text="cafe tacuba, we listen in kitchen last week?",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
        room="kitchen",
        person="we",
    ),
    # what_played
    Fresh(
        text="yesterday evening what I listen, please tell",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music I listen last Friday?",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="day before yesterday, what I hear?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="please tell me what I listen on November third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="this afternoon, what I was listening?",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="yesterday, quarter to eight in evening, which song was playing?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="today morning eight thirty, what was play?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="last Friday nine o'clock evening, what song was on, please",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="excuse me, day before yesterday at noon, what music was play?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="at five o'clock this afternoon what was playing",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    # taste
    Fresh(
        text="what kind of music I like? please explain me",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my music taste is what kind, can you say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="please describe my taste of music, thank you",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="usually which hour I listen most, and which day of week?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="I am curious, normally what time and what day I listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="my listening, busy time is when usually?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="recently new artist I found, who is?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="this year, any new artist for me? first time I listen",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="last month artist I hear first time, please tell",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often I skip? I want to know",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="this week, how many I skip, how much percent?",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="my skip rate please, for last month",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="I listen same song again and again, how much? like percent",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="repeat rate of mine, this month please",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="lately how much I replay same thing?",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many day in a row I listen, without stop?",
        family="streak",
    ),
    Fresh(
        text="my streak is how many day now?",
        family="streak",
    ),
    Fresh(
        text="excuse me, every day I listen since how many days continuous?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when I first listen Justice?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="don't stop me now, first time I play is when?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wet leg, when I listen first time please",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="the daily podcast, my first episode I listen was when?",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="when is last time I listen Queen?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="la femme d'argent, last time I play when, please",
        family="last_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="Moon Safari album, when I listen last?",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="eres by cafe tacvba when is last time I hear",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    # last_song
    Fresh(
        text="last song I play, what is?",
        family="last_song",
    ),
    Fresh(
        text="excuse me, what was the last song I listen",
        family="last_song",
    ),
    Fresh(
        text="most recent song which one please",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="today first song is what?",
        family="first_today",
    ),
    Fresh(
        text="when I wake up, what song I listen first?",
        family="first_today",
    ),
    Fresh(
        text="what song I start my day with, today please",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="yesterday, first song I listen is what?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first song of this week please",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="on Saturday what is first song I play?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="this year very first song, what was it?",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="last Friday, last song I listen what?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last night, final song was which one?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song of last month please",
        family="last_in",
        period="last_month",
    ),
    Fresh(
        text="day before yesterday, ending song is what?",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song I skip most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="song I always skip, which one is it",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track please, sorry",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip most often?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="artist I skip many many times, who is?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="band I skip the most, please tell me",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="now which song I have on repeat?",
        family="on_repeat",
    ),
    Fresh(
        text="these days one song I cannot stop playing, which one?",
        family="on_repeat",
    ),
    Fresh(
        text="song of heavy rotation for me now, what is",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="please give me summary of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="my year of listening, review please",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how was my October listening, overall?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="rundown of my listening please",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="last summer, how was my listening? short review please",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="I listen more in morning or in evening?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning or night, which time I listen more?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoon and evening, which one I am listening more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekday or weekend, which I listen more?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="I listen more on Saturday Sunday or on work day?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend I listen more than weekday? please tell",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "please play Daft Punk in kitchen",
    "music volume up please",
    "excuse me, what song is this?",
    "skip this song please",
    "podcast pause please",
    "next song in living room please",
    "kitchen light off please",
    "please play album Discovery",
    "volume down little bit, sorry",
    "shuffle on please",
    "repeat mode on for this song",
    "please group kitchen speaker and living room speaker",
    "timer ten minute please",
    "tomorrow weather is how?",
    "milk add to shopping list please",
    "heating twenty two degree please",
    "now what I am listening?",
    "what is playing in kitchen now?",
    "who is singing this song now?",
    "please play newest episode of The Daily",
    "play Queen Bohemian Rhapsody please",
    "sorry, louder please",
    "stop music please",
    "turn off speaker in kitchen",
    "play some jazz music in kitchen please",
    "set alarm seven o'clock tomorrow morning",
    "what time is now?",
    "play radio please",
    "previous song, go back please",
    "this song, add to my playlist please",
    "I like this song, please save",
    "this song is from which album?",
    "play Justice from beginning please",
    "resume podcast please",
    "fast forward thirty second",
    "mute kitchen speaker please",
    "bedroom speaker also play same music",
    "how is weather today in Berlin",
    "turn on kitchen light please",
    "play next episode of The Daily",
    "please play relaxing music for cooking",
    "stop timer please",
    "what is my plan today in calendar?",
    "repeat off please",
]

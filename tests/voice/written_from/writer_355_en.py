"""Writer 355, a Japanese native speaker with A2-B1 English (polite, dropped articles and plurals, literal translations), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="excuse me, who is my most listening artist in this month?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="please tell me which artist I listened most in last year",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="ano... recently I am very crazy for one band. which band it is?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artist of twenty twenty five please",
        family="top_artists",
        period="in_2025",
        count=3,
    ),
    Fresh(
        text="in kitchen, which singer is number one since October?",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="last 7 days who I listened the most, artist please",
        family="top_artists",
        period="last_7_days",
    ),
    # top_tracks
    Fresh(
        text="what is my most played song in this year?",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="my favorite song of last month, which one is it",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="can you teach me five song I played most in summer",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="song of this week is what?",
        family="top_tracks",
        period="this_week",
    ),
    # top_albums
    Fresh(
        text="which album I listened most often in October?",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="my most favourite album of all time, please tell me",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="etto the album I played many many times in last three month what is it",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="which podcast I am hooked recently?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what is most listened podcast program for me this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="since March, number one podcast show is which?",
        family="top_podcasts",
        period="since_march",
    ),
    # listening_time
    Fresh(
        text="how many hour I listened music in this week?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="yesterday how long time I listened podcast?",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    Fresh(
        text="total listening time of today morning please",
        family="listening_time",
        period="this_morning",
    ),
    Fresh(
        text="last weekend how much minute we listened in kitchen",
        family="listening_time",
        period="last_weekend",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="sorry, how long music was playing for me on day before yesterday?",
        family="listening_time",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="in August how many hours of music I had",
        family="listening_time",
        period="august",
        content="music",
    ),
    # plays
    Fresh(
        text="how many song I played today?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="number of play in last month, please",
        family="plays",
        period="last_month",
    ),
    Fresh(
        text="how many episode of podcast I listened in September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="today afternoon I played how many songs?",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artist I listened in this year?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="in last 30 days how many kind of artist did I hear",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="I want to know how many artists are in my history in total",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different song I listened last week?",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="since Monday, number of different songs please",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many kind of songs did we play in October",
        family="songs_count",
        period="october",
        person="we",
    ),
    # play_count
    Fresh(
        text="how many time I listened Bohemian Rhapsody this month?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, how many times I played in this week?",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="please count how many time I listened The Daily last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="Radiohead how many time I played in total",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="one more time of daft punk, how many times I played it since March",
        family="play_count",
        period="since_march",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="did I listen Queen yesterday?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="I listened Justice in this week or not?",
        family="did_i",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="excuse me did I hear Sexy Boy of Air in summer",
        family="did_i",
        period="summer",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="is there any The Weeknd in my listening before?",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="did I listen cafe tacuba last month",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="last week we listened Daily podcast, yes or no?",
        family="did_i",
        period="last_week",
        name="The Daily",
        person="we",
    ),
    # what_played
    Fresh(
        text="what music I listened yesterday evening?",
        family="what_played",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="please tell me what I listened on last weekend",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="on Saturday what did I listen to",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="November third, what I was listening?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="over the past two weeks what kind of things I listened, short please",
        family="what_played",
        period="last_2_weeks",
    ),
    # playing_at
    Fresh(
        text="yesterday night at 8 o'clock what song was playing?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="today morning 8:30 which music was on",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playing at quarter past eight yesterday evening please",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Wednesday noon 12 o'clock, what I was listening",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="at 5 o'clock in today afternoon what song was it",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="last Friday at 9 p.m. which song I was listening?",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music I like, can you tell me?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="please explain my music taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="this year my music taste is what type?",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time I usually listen music?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of week and which hour I am listening most usually",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is my peak time for listening?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I find new artist recently?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists was new for me in this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="singer I heard first time in last three months, who?",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="how often I skip songs?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="my skip rate of this month please",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="last week how much I skipped",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="I am listening same songs again and again maybe. how much is my repeat rate?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="repeat rate for this year please",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="in October did I replay same song many times? how much?",
        family="repeat",
        period="october",
        content="music",
    ),
    # streak
    Fresh(
        text="how many days continuously I listened music?",
        family="streak",
    ),
    Fresh(
        text="my listening streak is now how many day",
        family="streak",
    ),
    Fresh(
        text="until today, how many day in a row I listened something",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when I listened Justice first time?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time I heard Bohemian Rhapsody, when was it",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when did Wet Leg come first in my history",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when is last time I listened Air?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="Da Funk, when I played it last?",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="The Daily episode, last time I heard is when?",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was last song I played?",
        family="last_song",
    ),
    Fresh(
        text="last played song please, what title",
        family="last_song",
    ),
    Fresh(
        text="sorry, the last track I listened, what is the name",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="which song I woke up with today?",
        family="first_today",
    ),
    Fresh(
        text="today's first song, what was it?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="on last Friday, what was first song",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first song of this week please",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="in twenty twenty five the very first track I listened is what",
        family="first_in",
        period="in_2025",
    ),
    # last_in
    Fresh(
        text="last song yesterday night, what was it?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="with which song I finished on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last song of last month please",
        family="last_in",
        period="last_month",
    ),
    Fresh(
        text="today morning the last music I listened was what",
        family="last_in",
        period="this_morning",
    ),
    # most_skipped
    Fresh(
        text="which song I skip most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the song I always skip, which one is it",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="artist I skip many times, who is it?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="in last month which band I skipped the most",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song I have on repeat these days?",
        family="on_repeat",
    ),
    Fresh(
        text="recently I cannot stop one song, which one?",
        family="on_repeat",
    ),
    Fresh(
        text="my heavy rotation song now, please tell",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="please give me summary of my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="year in review please, twenty twenty five",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="how was my October for music?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="please give me rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="short report about my last summer listening please",
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
        text="morning type or night type listener, which one am I?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month afternoon or evening, when I listened more music",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="I listen more on weekday or on weekend?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend and weekday which one has more music for me",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="please compare weekday and weekend listening of last month",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "please play Daft Punk in kitchen",
    "music volume up please",
    "sorry, stop the music",
    "what song is this now?",
    "next song please",
    "please pause podcast",
    "turn off kitchen light please",
    "set timer ten minute for rice",
    "tomorrow weather is how?",
    "please add milk to shopping list",
    "play album Discovery please",
    "shuffle on please",
    "repeat this song please",
    "please make kitchen speaker and living room speaker together",
    "what am I listening now?",
    "who is singing this song?",
    "play newest episode of The Daily",
    "volume thirty please",
    "little bit more quiet please",
    "skip this song",
    "go back to previous song",
    "heating 22 degree please",
    "play some jazz music for cooking",
    "stop alarm please",
    "what time is it now",
    "play Bohemian Rhapsody of Queen",
    "please play radio in kitchen",
    "make living room light dark a little",
    "this song is from which album?",
    "please like this song",
    "add this song to my playlist",
    "turn off music after twenty minutes",
    "play relaxing music in bedroom please",
    "how many minute left in this episode",
    "pause kitchen speaker",
    "please continue music",
    "play Justice loud",
    "is it raining now?",
    "remind me to buy eggs tomorrow morning",
    "play podcast from beginning please",
    "in kitchen louder please",
    "turn on repeat mode",
    "what is name of podcast playing now?",
    "ano, please stop speaker in kitchen",
]

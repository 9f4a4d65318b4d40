"""Writer 244, Nigerian nurse living in Manchester talking to the kitchen speaker, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="abeg who be the artist wey i play pass last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="how far, which artist i dey rinse this year sha",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who was my number one artist in twenty twenty five o",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="in the kitchen, which band get the most plays since March",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="who i don dey obsessed with lately, tell me the truth",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="wetin be my favourite song this month abeg",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my three most played tracks of all time",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="song of the summer for me, which one na",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="top 5 songs last month o, read them out",
        family="top_tracks",
        period="last_month",
        count=5,
    ),
    Fresh(
        text="the last seven days sha, which tune i play pass",
        family="top_tracks",
        period="last_7_days",
    ),
    # top_albums
    Fresh(
        text="which album i played the most in October",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="abeg my favourite album, which one e be",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="the record wey we play most last year, remind me",
        family="top_albums",
        period="last_year",
        person="we",
    ),
    # top_podcasts
    Fresh(
        text="which podcast i dey hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my go-to podcast this year sha, which one",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="top podcast for the last 30 days",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="how many hours of music i don play this week o",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long did i listen yesterday abeg",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="total time i spent on podcasts in September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how much music did we have on last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="minutes of listening since monday how many",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="over the past two weeks how long this speaker don dey play for me",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="how many songs i don play today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many tracks played in the kitchen last week",
        family="plays",
        period="last_week",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how many podcast episodes i play this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many things did i play the day before yesterday",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="abeg count how many streams i get for August",
        family="plays",
        period="august",
    ),
    # artists_count
    Fresh(
        text="how many different artists i don listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists we play last month sef",
        family="artists_count",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="different artists since October how many o",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="how many different songs i play for the last three months",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many unique tracks this week sha",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="in total, how many separate songs don pass through this speaker for me",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times i play bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen i don have on this month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="the daily, how many times e play last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="number of times i play that one more time song by daft punk",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times i play burna boy since march",
        family="play_count",
        period="since_march",
        name="Burna Boy",
    ),
    # did_i
    Fresh(
        text="did i hear any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to Air lately?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="abeg did i play dance by justice on saturday",
        family="did_i",
        period="saturday",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="any wizkid for this my history this year at all",
        family="did_i",
        period="this_year",
        name="Wizkid",
    ),
    Fresh(
        text="did we play cafe tacuba last summer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="the daily, i listen am this morning?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="wetin i dey listen to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was playing in the kitchen last night abeg",
        family="what_played",
        period="last_night",
        room="kitchen",
    ),
    Fresh(
        text="run me through what i played last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="fill me in, which music i play on november 3rd",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what did i listen to this afternoon sha",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="abeg what was playing around quarter to eight yesterday night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wetin dey play this morning half eight",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what song was on at ten past five today",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="what was playing at 8 o'clock last night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="wednesday nine pm what was on for the kitchen",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="what kind of music i dey into sef",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my music taste abeg",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how you go describe this my taste for music",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day i dey usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week na my main listening day, and what hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is my usual time for music",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artist i discover lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists i hear for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="new artists for last month?",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often i dey skip songs",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="my skip rate this month, how e be",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="out of everything wey play last week how many i skip",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="how much i dey replay the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="na the same tracks i dey play again and again these days abi",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row i don listen",
        family="streak",
    ),
    Fresh(
        text="my listening streak, how long e be now",
        family="streak",
    ),
    Fresh(
        text="how many days straight i dey play music no break",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to daft punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when justice first show for my history",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time i hear bohemian rhapsody when be that",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when did i first play tems",
        family="first_play",
        name="Tems",
    ),
    # last_play
    Fresh(
        text="when last i play queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time i listen to the daily, when",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="abeg when did i last hear eres",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="when was the last time i played sexy boy by air",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="the last track wey play, wetin be the name",
        family="last_song",
    ),
    Fresh(
        text="abeg remind me the last song i listen to",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i play today",
        family="first_today",
    ),
    Fresh(
        text="wetin i wake up to this morning",
        family="first_today",
    ),
    Fresh(
        text="first track of the day which one",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i start with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="the first tune on saturday, wetin e be",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first song of this month abeg",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="what did i end with yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="last song i played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="the last track for last weekend",
        family="last_in",
        period="last_weekend",
    ),
    Fresh(
        text="which song close out last month for me",
        family="last_in",
        period="last_month",
    ),
    # most_skipped
    Fresh(
        text="which song i dey skip pass",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the track wey i skip most, abeg tell me",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="my most skipped song",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who i dey always skip sef",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the musician wey i dey skip pass, na who",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song i dey play on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="wetin be my heavy rotation song now",
        family="on_repeat",
    ),
    Fresh(
        text="which song i no fit stop playing o",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how my week in music go",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me my year in review abeg",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was last month for music, recap am for me",
        family="recap",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="wrap up my october listening",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="i be morning or evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more for morning or for night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoon or evening, which one i dey play music pass",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend vs weekday, when i dey play pass",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="abeg na weekend i dey listen more or na during the week",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "abeg play burna boy for the kitchen",
    "turn the music up small",
    "wetin dey play for kitchen now",
    "what song is this one",
    "skip this song abeg e don tire me",
    "pause the podcast i wan pick call",
    "next track for the living room",
    "turn off the kitchen light o",
    "play the album discovery",
    "volume down to four",
    "shuffle this my playlist",
    "put repeat on for this song",
    "group the kitchen speaker with the bedroom one",
    "set timer for twenty minutes for my jollof",
    "how far what's the weather for manchester tomorrow",
    "add plantain to the shopping list",
    "set the heating to twenty one degrees",
    "what am i listening to right now",
    "play the daily",
    "abeg play some afrobeats",
    "stop the music i dey go work",
    "who sings this song wey dey play",
    "play one more time by daft punk",
    "louder abeg",
    "resume the podcast",
    "play the latest episode of the daily in the kitchen",
    "turn off repeat",
    "next song",
    "go back to the previous track",
    "how much time left on the timer",
    "is it going to rain today sha",
    "remind me to call my sister at eight",
    "play queen on all the speakers",
    "mute the kitchen speaker",
    "what album is this song from",
    "turn on shuffle for queen",
    "set an alarm for half five i get early shift",
    "play music in the bathroom",
    "wahala, turn the volume down the baby dey sleep",
    "dim the living room lights to half",
    "add rice and palm oil to my shopping list",
    "how long is this song",
    "play something relaxing i just finish night shift",
    "speaker stop",
]

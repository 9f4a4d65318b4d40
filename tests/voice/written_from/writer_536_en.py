"""Writer 536, a Nigerian software tester in Lagos using speech-to-text, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="abeg who be my number one artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="oya tell me the artist wey i play pass for last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="which band did i listen to the most since october",
        family="top_artists",
        period="since_october",
    ),
    Fresh(
        text="top three artists for the last thirty days abeg",
        family="top_artists",
        period="last_30_days",
        count=3,
    ),
    Fresh(
        text="who i don dey obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="for kitchen which artist dey play pass this month",
        family="top_artists",
        period="this_month",
        room="kitchen",
    ),
    Fresh(
        text="over the past two weeks who my top artist",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="wetin be my song of the month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five most played tracks of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which song i play pass for september",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="my most played tune last summer abeg",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="in the kitchen wetin play most since march",
        family="top_tracks",
        period="since_march",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="which album i dey rinse pass this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="the record i played most in august",
        family="top_albums",
        period="august",
    ),
    Fresh(
        text="top two albums for the last three months",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    Fresh(
        text="abeg my favourite album ever wetin e be",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am i hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="my go to podcast this month na which one",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did i play this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="abeg how long i don listen today",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how much time did we spend listening last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="total minutes of podcast i listen since monday",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="how long did the music play for kitchen yesterday evening",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how long ada listen this summer",
        family="listening_time",
        period="summer",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs i play today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many streams in total last year",
        family="plays",
        period="last_year",
    ),
    Fresh(
        text="number of podcast episodes i played in october",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did we play last week",
        family="plays",
        period="last_week",
        content="music",
        person="we",
    ),
    Fresh(
        text="quick one how many tunes this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists i don listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists did i hear the last seven days",
        family="artists_count",
        period="last_7_days",
    ),
    Fresh(
        text="count of distinct artists ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs don play this year",
        family="songs_count",
        period="this_year",
    ),
    Fresh(
        text="number of unique tracks last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="abeg how many separate songs i hear yesterday no repeats",
        family="songs_count",
        period="yesterday",
    ),
    # play_count
    Fresh(
        text="how many times i play bohemian rap city this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft pank i don play this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times did the daily play in october",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="count how many times i played radio head ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="dance by justice how many times since march",
        family="play_count",
        period="since_march",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="did i listen to any queen yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="abeg did i hear justice this week",
        family="did_i",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="listened to cafe taco bar lately",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="did we play the weekend last month",
        family="did_i",
        period="last_month",
        name="The Weeknd",
        person="we",
    ),
    Fresh(
        text="did i play sexy boy by air on saturday",
        family="did_i",
        period="saturday",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="moon safari any chance i play am last summer",
        family="did_i",
        period="last_summer",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="wetin i dey listen yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music did i play last friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what did we listen to on november third",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="run me through what played day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did i listen this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was playing at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wetin dey play around eight this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="which song was on yesterday by 8 pm",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what was on at five fifteen this afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="saturday by twelve noon wetin play",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    # taste
    Fresh(
        text="what kind of music i dey like sef",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste for music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="abeg wetin be my vibe musically",
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
        text="which day of the week and which hour i play music pass",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is my peak listening hour",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artist i discover this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists i hear for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="did i find anybody new lately",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="how often do i skip songs",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what is my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many skips i do last week out of everything",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="i dey always play the same tracks again and again how bad e be",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row i don listen",
        family="streak",
    ),
    Fresh(
        text="what is my listening streak now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did daft punk first show for my history",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="first time i ever play wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="digital love when i first hear am",
        family="first_play",
        name="Digital Love",
    ),
    # last_play
    Fresh(
        text="when last did i play bohemian rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when last i hear the dairy",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time i played eres",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="when was the last time i play around the world",
        family="last_play",
        name="Around the World",
    ),
    # last_song
    Fresh(
        text="wetin be the last song i play",
        family="last_song",
    ),
    Fresh(
        text="last track wey play abeg remind me",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what song did i wake up to",
        family="first_today",
    ),
    Fresh(
        text="first song i played today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="the first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="wetin i start with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first tune of this week",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what did i end with yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last song i play on saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="which track i close with last night",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="which song i dey skip pass",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the track wey i skip the most this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i dey skip pass",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who is the artist i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wetin i get on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song i no fit stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what is on heavy rotation",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me my year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how my week go for music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="oya give me rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap of last month abeg",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how our october go",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am i more morning or evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more for afternoon or for night",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i play more music on weekends than weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays versus weekend which one i dey listen pass",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "abeg play daft punk for kitchen",
    "oya turn the music up small",
    "wetin dey play now for kitchen",
    "what song is this",
    "skip this song abeg",
    "pause the podcast",
    "next track for living room",
    "off the kitchen light",
    "play the album discovery",
    "reduce volume to twenty",
    "shuffle my playlist",
    "set repeat mode on",
    "group the kitchen speaker with the parlour speaker",
    "set timer for ten minutes for my jollof",
    "wetin be the weather for lagos today",
    "add garri to shopping list",
    "set thermostat to twenty two degree",
    "what am i listening to right now",
    "who sing this song",
    "play the latest episode of the daily",
    "play queen bohemian rhapsody",
    "volume up for kitchen",
    "stop the music",
    "resume the podcast",
    "play justice cross album on shuffle",
    "turn off repeat",
    "play something by air in the kitchen",
    "abeg mute the speaker",
    "next episode of the daily",
    "go back to the previous song",
    "play music for all the rooms",
    "how many minutes remain for my timer",
    "remind me to call mummy by seven",
    "is it going to rain tomorrow",
    "set alarm for six thirty",
    "play afrobeats radio",
    "like this song",
    "add this song to my playlist",
    "who is the artist of this track wey dey play now",
    "turn the kitchen speaker off",
    "play around the world by daft punk on repeat",
    "lower the bass small",
    "fast forward thirty seconds",
    "which album this song come from",
]

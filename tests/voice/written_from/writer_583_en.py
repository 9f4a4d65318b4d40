"""Writer 583, a Cantonese speaker from Hong Kong in Vancouver with B1 English, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="hey this year ah which singer i listen the most",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="last week who i play the most lah daft punk or queen",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="my number one band of all time is who, i want to know",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="these day i very crazy for which artist ah, you check for me",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="october top three singer please tell me",
        family="top_artists",
        period="october",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="ok one question ah last month what song i play the most i think is queen but not sure",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="in summer got one song i always play one, which is the most one ah",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="give me five song since march i listen the most",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="in kitchen ah what song play the most all this time",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="last weekend we play which song most",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    # top_albums
    Fresh(
        text="ok which album i play most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="all time favourite album of me is which one lor",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="last three month the album i listen the most, what name",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="album of last summer for me is which one leh",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="podcast wise which one i listen most ah",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wah lately i very hook on one podcast, which one ah",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="last year my top podcast what name",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="this week ah how many hour music i listen",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="sorry ah today i listen how long already",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="yesterday evening how much time the music is on in total",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="twenty twenty five whole year how many hour i listen",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="how long we listen podcast last month ah",
        family="listening_time",
        period="last_month",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="past two week in kitchen how long i listen",
        family="listening_time",
        period="last_2_weeks",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="so far today i play how many song already",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many time i play podcast this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="in last seven day how many thing i play total, song and podcast all count",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="this morning kitchen speaker play how many track ah",
        family="plays",
        period="this_morning",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="ada ah on saturday she play how many song",
        family="plays",
        period="saturday",
        content="music",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="this year i listen to how many different singer",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="since october how many artist i listen already count different one only",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="last month got how many different band hor",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="how many different song this month i listen",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="last week how many kind of song i play, not same one ah",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="august i listen how many different track",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="bohemian rapsody this year i listen how many time",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="daft pun ah how many time i play last month",
        family="play_count",
        period="last_month",
        name="Daft Punk",
    ),
    Fresh(
        text="how many episode of the daily i listen since monday",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="dont stop me now by queen i play how many time all together ah",
        family="play_count",
        period="all_time",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="eason chan this year how many time i listen wor",
        family="play_count",
        period="this_year",
        name="Eason Chan",
    ),
    # did_i
    Fresh(
        text="yesterday i listen justice got or not",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="last weekend got listen air or not ah",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="this one song one more time daft punk today i play or not",
        family="did_i",
        period="today",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="cafe tacuba in september i got listen or not ah",
        family="did_i",
        period="september",
        name="Café Tacvba",
    ),
    Fresh(
        text="the daily this morning i listen already is it",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="lately got play jacky cheung or not",
        family="did_i",
        period="lately",
        name="Jacky Cheung",
    ),
    # what_played
    Fresh(
        text="what i listen yesterday evening ah",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="this afternoon what thing i play ah song or podcast",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="tell me what music i listen on november third",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="last friday what i listen ah i forget already",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="day before yesterday we listen what stuff",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="aiya last night i listen what song i cannot remember",
        family="what_played",
        period="last_night",
        content="music",
    ),
    # playing_at
    Fresh(
        text="yesterday eight o'clock night time what song is playing",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="this morning quarter past eight what i listen ah",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="at five fifteen this afternoon the song on is what",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="last night around ten to eight the music playing is which one",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    # taste
    Fresh(
        text="what kind music i like ah you tell me",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my taste of music is what style lah",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my music taste for me leh",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="usually what time i listen music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of week i listen the most ah and what hour also",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is my most busy time for listen hor",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="this month got new singer i listen first time or not",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="lately i find any new band ah",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="last year which artist is new for me first time hear one",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="honestly how many time i skip song ah i skip a lot one",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="this week i press skip very much or not ah",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="last month my skip rate is how much percent",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="i play same song over and over or not ah my repeat how much",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="this year i repeat the song how much ah",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="last thirty day my repeat how high ah",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="how many day in a row i listen already",
        family="streak",
    ),
    Fresh(
        text="i listen music every day, how many day continue until now",
        family="streak",
        content="music",
    ),
    Fresh(
        text="wah my listening streak now how many day already",
        family="streak",
    ),
    # first_play
    Fresh(
        text="queen ah when is the first time i listen",
        family="first_play",
        name="Queen",
    ),
    Fresh(
        text="da funk when i first play this one song",
        family="first_play",
        name="Da Funk",
    ),
    Fresh(
        text="first time i hear the daily podcast is when ah",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when i start listen radiohead ah first time",
        family="first_play",
        name="Radiohead",
    ),
    # last_play
    Fresh(
        text="sexy boy by air last time i listen is when",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="when i play justice last time ah",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="the album discovery last time i play when",
        family="last_play",
        name="Discovery",
    ),
    # last_song
    Fresh(
        text="just tell me last song i play what name",
        family="last_song",
    ),
    Fresh(
        text="the most recent song i listen what is it",
        family="last_song",
    ),
    Fresh(
        text="most latest song i play is what ah",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="today the very first song i play what ah",
        family="first_today",
    ),
    Fresh(
        text="what song i wake up with today ah",
        family="first_today",
    ),
    Fresh(
        text="first thing play today is which song lah",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="yesterday first song i play is what",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="last week the very first song i listen what ah",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="on saturday i start with which song",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="this month the first song i listen",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="yesterday before i stop last song is what",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last friday i finish with what song",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="in october the last song i play what ah",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song i skip the most one",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the song i always skip one what name ah",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which singer i skip most time",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who is the artist i always press skip ah",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song i play again and again these day",
        family="on_repeat",
    ),
    Fresh(
        text="which one song i cannot stop listen ah",
        family="on_repeat",
    ),
    Fresh(
        text="my song on repeat now is what",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me summary of my listening lah",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how is my week for music ah",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="can tell me my year in review or not",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="last month music recap please",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how our listening go last week overall",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more in morning or night time ah",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning or afternoon i play more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="i am morning listener or evening listener ah",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekday or weekend which one i listen more lah",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="saturday sunday i play more music than work day or not",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="i listen more on weekend than monday to friday ah",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen lah",
    "music louder a bit ah",
    "too loud lah turn down turn down",
    "what song is this one ah so nice",
    "who sing this song now",
    "skip this song i don't like",
    "next song please",
    "pause the podcast first i got phone call",
    "stop the music in kitchen",
    "play the album discovery",
    "play queen bohemian rapsody for me",
    "play some canto pop lah",
    "play eason chan in kitchen",
    "play the daily newest episode",
    "continue the podcast from before",
    "go back previous song",
    "repeat this one song again",
    "turn on shuffle ah",
    "repeat mode off",
    "volume to three",
    "kitchen speaker and living room speaker play together",
    "what i listening right now",
    "what is playing in kitchen now ah",
    "kitchen light turn off",
    "turn on the light in living room",
    "set timer twenty minute for the rice",
    "timer how long left ah",
    "tomorrow rain or not",
    "what is the weather today in vancouver",
    "add soy sauce to shopping list",
    "shopping list put egg and bok choy",
    "heater up two degree so cold",
    "set thermostat to twenty two",
    "set alarm seven o'clock tomorrow morning",
    "what time now",
    "remind me call my mom eight o'clock",
    "lock the front door",
    "play radio for me",
    "play something relax for cooking",
    "mute the speaker",
    "like this song save it",
    "add this song to my playlist",
    "play around the world by daft punk in kitchen",
    "stop stop ok enough",
]

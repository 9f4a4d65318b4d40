"""Writer 531, a Filipino nurse in London using speech-to-text (Filipino English phrasing, 'po', recogniser slips, no punctuation), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who is my most played artist this week po",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="can you tell me po who is the singer i always listen to for the whole month of october",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="top three artist of mine this year",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="ay who was i obsess with lately i forgot already",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen who is the number one band we played last week",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what is my most played song since october",
        family="top_tracks",
        period="since_october",
    ),
    Fresh(
        text="give me my top 5 songs of all time po",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="what song i played the most last summer",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="my number one song for this month what is it",
        family="top_tracks",
        period="this_month",
    ),
    # top_albums
    Fresh(
        text="which album i played the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what is my favourite album po",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="most played album the last 3 months",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="top two albums in twenty twenty five",
        family="top_albums",
        period="in_2025",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what podcast i listen the most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which podcast am i hook on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast last year po",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="how many ours i listen to music this weak",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long i had the music on yesterday evening after my duty",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="how much time i spend on podcast this month po",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total listening time since march",
        family="listening_time",
        period="since_march",
    ),
    Fresh(
        text="how many minutes did we listen in the kitchen yesterday",
        family="listening_time",
        period="yesterday",
        room="kitchen",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs i played today po",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many episode of podcast i played last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="number of plays for the last 30 days",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many tracks did i stream on saturday my day off",
        family="plays",
        period="saturday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artist i listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many singers in total i have in my history po",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many different bands i played last week",
        family="artists_count",
        period="last_week",
    ),
    # songs_count
    Fresh(
        text="how many different songs i played this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="how many unique song i listen to since monday",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="count of different tracks in august po",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="how many times i played bohemian rapsody this week",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many time did i play daft pank last month",
        family="play_count",
        period="last_month",
        name="Daft Punk",
    ),
    Fresh(
        text="how much queen i had on this year po",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times i listen to the daily in the past two weeks",
        family="play_count",
        period="last_2_weeks",
        name="The Daily",
    ),
    Fresh(
        text="dance by justice how many times i played that one",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="how many times i played sb19 this year",
        family="play_count",
        period="this_year",
        name="SB19",
    ),
    # did_i
    Fresh(
        text="did i listen to justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did i play any song by the band air last weekend",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="did i here one more time by daft punk this morning",
        family="did_i",
        period="this_morning",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="have i play the daily today po",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="did i listen ben and ben this month",
        family="did_i",
        period="this_month",
        name="Ben&Ben",
    ),
    Fresh(
        text="cafe tacuba did i listen to them in september",
        family="did_i",
        period="september",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="what did i listen to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what songs i played last friday po",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what was i listening the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what music did we have on saturday",
        family="what_played",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="what i listened this afternoon when i came home",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what song was playing last night at quarter to eight",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on at half past eight this morning po",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playing at 5 past 5 today",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="what song is on yesterday at 8 o clock in the evening",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="on wednesday at 9 pm what was playing in the kitchen",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    Fresh(
        text="what was on tuesday 12 noon",
        family="playing_at",
        moment="2026-11-17 12:00",
    ),
    # taste
    Fresh(
        text="what kind of listener am i po describe my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="can you describe my taste like what genre i am into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="based on my history what type of artist i like",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of the day i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what is my usual listening day and time po",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do i listen the most like what hour and what day of the week",
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
        text="who are the new singers i listen for the first time last week",
        family="new_artists",
        period="last_week",
    ),
    Fresh(
        text="did i find new bands recently po",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="how often do i skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what is my skip rate this month po",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many i skipped last week out of all the plays",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="how much i replay the same ones over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what is my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="am i the type who repeat and repeat po",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row i been listening",
        family="streak",
    ),
    Fresh(
        text="what is my listening streak po",
        family="streak",
    ),
    Fresh(
        text="how many days straight i played something already",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when is the first time i played digital love",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="the daily when did it first appear in my history",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when was the first time i hear taylor swift",
        family="first_play",
        name="Taylor Swift",
    ),
    # last_play
    Fresh(
        text="when did i last play kween po",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the last time i listen to sexy boy by air",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="last time i played the album discovery when was it",
        family="last_play",
        name="Discovery",
    ),
    Fresh(
        text="eres by cafe tacuba when was the last i played",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="last song i listen to what is it po",
        family="last_song",
    ),
    Fresh(
        text="what is the very last track that i play",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what is the first song i played today",
        family="first_today",
    ),
    Fresh(
        text="what did i wake up to po",
        family="first_today",
    ),
    Fresh(
        text="first track today what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what is the first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first song on saturday what was it",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what song i started with on november 3",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="first track this week po",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what was the last song last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what did i end with last night before sleeping",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song i played in october",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="what song did i finish with the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song i always skip",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what is the song i skip the most po",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skip track of mine",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who is the singer i always skip po",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the band i skip a lot who is it",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song is on repeat for me these days",
        family="on_repeat",
    ),
    Fresh(
        text="what song i cannot stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what is on heavy rotation po",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening po",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my week po in terms of listening",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="my year in review please",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="can you recap my october",
        family="recap",
        period="october",
    ),
    Fresh(
        text="how was our listening last month in the kitchen",
        family="recap",
        period="last_month",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="summary of my summer po",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the morning or in the evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i morning listener or night listener po",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning or afternoon when do i play more",
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
        text="weekend or weekdays which one i listen more po",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="i listen more on saturday sunday or monday to friday",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen po",
    "open the kitchen light",
    "close the lights in the kitchen please",
    "turn up the volume please",
    "lower the volume a bit po",
    "what song is this",
    "who is singing this one",
    "skip this song",
    "next song po",
    "pause the podcast",
    "resume the daily",
    "play the album discovery",
    "put it on shuffle po",
    "repeat this song",
    "turn off the repeat",
    "what is playing now in the kitchen",
    "what am i listening right now",
    "set a timer for 10 minutes for the rice",
    "set alarm 5 am for my shift",
    "what is the weather tomorrow in london",
    "will it rain today po",
    "add rice to the shopping list",
    "add milk and eggs on my shopping list po",
    "set the heating to 21 degrees",
    "turn the thermostat down a little",
    "group the kitchen speaker and the living room speaker",
    "play music in all the speakers",
    "stop the music",
    "play the latest episode of the daily",
    "play bohemian rapsody by queen",
    "play some relaxing music for sleeping after my night duty",
    "volume 5",
    "mute the speaker",
    "play justice in the living room",
    "next track in the living room",
    "go back to the previous song po",
    "play something by air",
    "how long is left on the timer",
    "what time is it in manila now",
    "open the radio po",
    "play opm love songs",
    "add this song to my playlist",
    "what album is this song from",
    "close the aircon in the bedroom",
]

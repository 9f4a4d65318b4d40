"""Writer 86, speech-to-text in a car with road noise (dictating while driving), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who was who was my most played artist last weak",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="um which band did i listen two the most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="top 3 artist since march",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="which artist have i been been obsessed with",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="whose my number one artist of all time",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="in the kitchen who who gets played the most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="my top artist last year who was it",
        family="top_artists",
        period="last_year",
    ),
    # top_tracks
    Fresh(
        text="what was what was my song of the month in october",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="name my five most played tracks this year",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="most played song in the kitchen last summer",
        family="top_tracks",
        period="last_summer",
        room="kitchen",
    ),
    Fresh(
        text="which which track did hour house play the most last month",
        family="top_tracks",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="whats my favorite song ever like all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="ten most played songs the last 3 months",
        family="top_tracks",
        period="last_3_months",
        count=10,
    ),
    # top_albums
    Fresh(
        text="what album did i play most four the last 30 days",
        family="top_albums",
        period="last_30_days",
    ),
    Fresh(
        text="which record was on the most so far this year which album i mean",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="top 2 albums since october",
        family="top_albums",
        period="since_october",
        count=2,
    ),
    Fresh(
        text="what album am i am i hooked on",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="which podcast did i listen two most this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="whats my go two podcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what podcast am i hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how long did i listen two music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of music did i have on last weak",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how much time did i spend on podcasts this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long did we we listen yesterday",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="total listening time since monday please",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="how many minutes of tunes this afternoon",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="how much listening did i do in the last three months hours i mean",
        family="listening_time",
        period="last_3_months",
    ),
    # plays
    Fresh(
        text="uh how many songs did i play this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many episodes did i listen two in september",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how many streams in the last 7 days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="number of plays on on saturday uh",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="how many tracks did ada play last friday",
        family="plays",
        period="last_friday",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="so how many things have i played since march in total",
        family="plays",
        period="since_march",
    ),
    # artists_count
    Fresh(
        text="how many different artists did i listen two this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists have i herd in total",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many different bands did i listen last month",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="how many artists did we have on in august",
        family="artists_count",
        period="august",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play in august",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="how many unique tracks this weak",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="number of different songs ever played",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="how many separate songs did i here over the past 2 weeks",
        family="songs_count",
        period="last_2_weeks",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rap city this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punks have i had on this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how often did i listen two the daily last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how many times did i play radio head ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="how many times have i played one more time by daft punk",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="count my plays four genesis since october",
        family="play_count",
        period="since_october",
        name="Genesis",
    ),
    Fresh(
        text="queen how many times did i put them on this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    # did_i
    Fresh(
        text="did i listen two any queen yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="listened to any just this lately",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did i hear deft punk today at all",
        family="did_i",
        period="today",
        name="Daft Punk",
    ),
    Fresh(
        text="have i played the weekend at all this year",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="did we listen two cafe taco bar last weekend",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="did i did i hear sexy boy on november third",
        family="did_i",
        period="november_3",
        name="Sexy Boy",
    ),
    Fresh(
        text="any moon safari in september",
        family="did_i",
        period="september",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="what was i listening two yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="on saturday what did i listen two",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what music did i have on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="what did we play at home last weekend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what was on this afternoon while i was out",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what was i what was i playing last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what have i been listening two in the last thirty days",
        family="what_played",
        period="last_30_days",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter two eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was playing at 8 oclock this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was playing around ten past five today",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="what was on yesterday at 8 pm in the kitchen",
        family="playing_at",
        moment="2026-11-19 20:00",
        room="kitchen",
    ),
    Fresh(
        text="what was playing at noon on wednesday",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="what was playing at half passed ate this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="what kind of music am i into would you say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe describe my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whats my musical taste like",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe my taste this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do i usually listen two music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do i listen the most like what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="whens my peak listening time",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what day of the weak and what hour am i usually listening",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artist this month any one i havent heard before",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="did i discover anyone new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists did i here for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="new bands since march who",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="how often do i skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many tracks did i skip last weak",
        family="skips",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="do i skip a lot or not",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whats my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="do i keep playing the same stuff over and over lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a roe have i listened",
        family="streak",
    ),
    Fresh(
        text="whats my listening streak",
        family="streak",
    ),
    Fresh(
        text="how many days straight have i been been listening",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen two justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did daft punk first show up in my history",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when was the first time i played dont stop me now by queen",
        family="first_play",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="when did i first hear wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did i last play bohemian rapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when was the last time i heard heir",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="last time i listened two the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when did i last put on cafe tacuba",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="okay what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="what was what was the last thing i listened two",
        family="last_song",
    ),
    Fresh(
        text="the last track i had on what was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="first song i played today",
        family="first_today",
    ),
    Fresh(
        text="what did i wake up two",
        family="first_today",
    ),
    Fresh(
        text="what did i start the day with",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track on last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what did i start with on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first song of last weak",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="what did i end with last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song yesterday evening what was it",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was the last track i played on november 3rd",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="what was the final song last weekend",
        family="last_in",
        period="last_weekend",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most like straight away",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track gets skipped most by me",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song this year which one",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i skip most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what band do i keep skipping",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song do i have on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="whats on heavy rotation these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song cant i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what track have i been obsessed with",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was my weak listening wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me a run down of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="my year in review please",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap of last month please",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how did my listening go this summer",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the mornings or the evenings generally",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i more of a morning or a evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i play more music in the afternoon or at night",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekends when do i listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it more weekend or weekday listening four me",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do i play more music at the weekend than during the weak",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play deft punk in the kitchen",
    "turn the music up",
    "turn turn the music up in the kitchen",
    "whats playing in the kitchen",
    "what song is this",
    "who sings this song",
    "skip this song",
    "skip skip this one",
    "pause the podcast",
    "next track in the living room",
    "turn off the kitchen light",
    "play the album discovery",
    "play the album discovery by daft punks on the kitchen speaker",
    "volume two 5",
    "set the volume to forty percent in the kitchen",
    "shuffle on",
    "turn shuffle off four the kitchen speaker",
    "put this song on repeat",
    "repeat mode off",
    "group the kitchen and living room speakers",
    "ungroup the speakers",
    "set a timer four 10 minutes",
    "set a timer for twenty minutes in the kitchen",
    "whats the weather like",
    "is it going two rain tomorrow",
    "add milk two the shopping list",
    "put eggs and and butter on the shopping list",
    "set the thermostat two 21",
    "turn the heating up two degrees",
    "what am i listening two right now",
    "whats this track called",
    "play bohemian rap city",
    "put on some queen in the kitchen",
    "play the latest episode of the daily",
    "resume the daily in the kitchen",
    "stop the music",
    "next episode",
    "skip forward 30 seconds",
    "play something like heir",
    "play music in every room",
    "mute the kitchen speaker",
    "play just this dance",
    "what album is this song from",
    "turn the base down a bit",
    "like this song",
    "add this song two my playlist",
    "play cafe taco bar in the kitchen please",
    "turn on the hall way lights",
]

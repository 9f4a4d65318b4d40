"""Writer 517, 14-year-old boy from Manchester (Mancunian teen slang), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who've i been caning the most this week, like which artist",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="our kid reckons it's queen but who was actually my number one artist last year",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="which band have i been proper obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists last month innit",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="in the kitchen who's been played most this summer, like which band",
        family="top_artists",
        period="summer",
        room="kitchen",
    ),
    Fresh(
        text="top artists over the past two weeks go on",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="wots me most played tune of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="song of the month for me then, go on",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five most played tracks this year",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="what was my top song last summer, bet it was well embarrassing",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="which album have i rinsed the most",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="most played album since march?",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="top two albums in october",
        family="top_albums",
        period="october",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what podcast am i hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which podcast did i have on the most this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="me most played pod last month, which one was it",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="how long have i had music on today, like proper hours",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did we listen last week",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="how much time did i waste on podcasts in september lol",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="minutes listened since monday?",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="how many hours has ada listened since october",
        family="listening_time",
        period="since_october",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many tunes did i blast this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many streams have i done in total, is it loads",
        family="plays",
        period="all_time",
    ),
    Fresh(
        text="how many episodes did i get through last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many songs did we play on saturday",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists did i get through in the last thirty days",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="number of different bands i've ever had on",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs have i played this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="how many different tracks did i have on in twenty twenty five",
        family="songs_count",
        period="in_2025",
    ),
    Fresh(
        text="last three months, how many separate tunes is that",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="how many times have i played one more time by daft punk",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how much queen have i been banging out this month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="bohemian rhapsody, how many times did i play it last year",
        family="play_count",
        period="last_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times have i played dance by justice in the last seven days",
        family="play_count",
        period="last_7_days",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="how many plays has the weeknd got this year",
        family="play_count",
        period="this_year",
        name="The Weeknd",
    ),
    # did_i
    Fresh(
        text="did i listen to any daft punk yesterday",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="have i had air on at all this week",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="listened to any oasis lately? proper manc that",
        family="did_i",
        period="lately",
        name="Oasis",
    ),
    Fresh(
        text="did i play genesis by justice on saturday",
        family="did_i",
        period="saturday",
        name="Genesis by Justice",
    ),
    Fresh(
        text="did i put the daily on this morning or what",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="was discovery on at all in august",
        family="did_i",
        period="august",
        name="Discovery",
    ),
    # what_played
    Fresh(
        text="what was i bumping last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what did i listen to on november the third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what music did i have on last friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="wot was on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what've i been listening to this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what did we listen to last weekend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    # playing_at
    Fresh(
        text="what tune was on at like ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was playing at eight this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="saturday night at nine, what song was on",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="what was i listening to at five past five today",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="what kinda music am i into then",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste in music, be honest like",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my vibe music wise, am i mint or what",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time do i normally have tunes on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do i listen the most, like what hour and what day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="found any new artists lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who did i discover this year, anyone new",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any bands i heard for the first time last month",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how much do i skip songs honestly",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="do i skip loads or nah",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same tunes over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate been like lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened now",
        family="streak",
    ),
    Fresh(
        text="what's me listening streak at",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to cafe tacvba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="sexy boy by air, when did that first come on",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="first time i ever played wet leg?",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did i last play don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time i had the daily on, when was it",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was homework last on, the daft punk album",
        family="last_play",
        name="Homework",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="wot was the last tune i had on, can't remember",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did i start the day with",
        family="first_today",
    ),
    Fresh(
        text="first song today?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did i kick off with on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first tune of this week, what was it",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="what was my first song last month",
        family="first_in",
        period="last_month",
    ),
    # last_in
    Fresh(
        text="what did i finish on last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song i played yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the last tune on november third",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune do i always skip, it's proper annoying",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i keep skipping, like which band is it",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat at the minute",
        family="on_repeat",
    ),
    Fresh(
        text="what tune can't i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="which track's on mega rotation for me right now",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was my month in music then",
        family="recap",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="do my year in review, go on",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through last week",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="how did october go music wise",
        family="recap",
        period="october",
        content="music",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the morning or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i more of a mornin or evenin listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i play more tunes in the afternoon or the evening",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do i listen more at the weekend or in the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays or weekends, when have i got more music on",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen",
    "turn it up mate it's mint this",
    "skip this song it's proper rubbish",
    "what song is this",
    "pause the podcast a sec",
    "next track in the living room",
    "turn the kitchen light off",
    "play the album discovery",
    "put some oasis on innit",
    "shuffle me playlist",
    "turn repeat on for this tune",
    "volume to ten",
    "turn it down me mam's shouting",
    "what's playing in the kitchen right now",
    "what am i listening to right now",
    "group the kitchen speaker with the one in me bedroom",
    "set a timer for twelve minutes for me pizza",
    "is it gonna rain in manchester tomorrow",
    "what's the weather like today",
    "add crisps to the shopping list",
    "put the heating up it's freezing",
    "stop the music",
    "play bohemian rhapsody loud",
    "next song",
    "go back to the last track",
    "play the daily",
    "play some justice in the kitchen",
    "who sings this",
    "what's this tune called",
    "like this song",
    "turn shuffle off",
    "play sexy boy by air",
    "pause",
    "resume the music",
    "play something mint",
    "turn the bass up",
    "what time is it",
    "set an alarm for seven tomorrow",
    "play the next episode of the daily",
    "stop the music in the kitchen our kid's asleep",
    "play one more time on repeat",
    "how long's left on this song",
]

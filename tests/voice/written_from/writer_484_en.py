"""Writer 484, a man from the Welsh valleys (Welsh English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who've I been after listening to most this month then butt",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="in the kitchen by there, who's been my number one band this year",
        family="top_artists",
        period="this_year",
        room="kitchen",
    ),
    Fresh(
        text="go on then, top three artists last summer, tidy",
        family="top_artists",
        period="last_summer",
        count=3,
    ),
    Fresh(
        text="who was we all obsessed with last month mun",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what's my favourite song of all time, tell me now",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="give us my top five tunes from October",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="which track did I have on most over the last seven days",
        family="top_tracks",
        period="last_7_days",
    ),
    Fresh(
        text="song of the year so far, what's that then, is it",
        family="top_tracks",
        period="this_year",
    ),
    # top_albums
    Fresh(
        text="what album have I had on the most, like ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="which record was I playing most in the summer butt",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="my top two albums since March, go on",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast last year, what was it",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="which show did I listen to most in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how long was I listening yesterday, roughly like",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how many hours of music have I had on this week, honest now",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how much time did we spend listening last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="in the kitchen how many minutes of tunes did I have on this morning",
        family="listening_time",
        period="this_morning",
        room="kitchen",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs have I played today mun",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many podcast episodes was I after listening to last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many plays altogether in September, all in like",
        family="plays",
        period="september",
    ),
    Fresh(
        text="number of tracks I've had on since Monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different bands have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists did I get through last week roughly",
        family="artists_count",
        period="last_week",
    ),
    Fresh(
        text="over the last thirty days how many different singers and that have I had on",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play in August",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="day before yesterday, how many separate tunes did I get through",
        family="songs_count",
        period="day_before_yesterday",
    ),
    Fresh(
        text="how many different tracks have I had on in total, ever",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times have I played Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this year, loads I bet",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="that daft punk one more time, how many times did I have it on last week",
        family="play_count",
        period="last_week",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times did I listen to the Daily in October",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="how many times have I played Radiohead, go on",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="I'm after playing loads of justice lately, how many times is it now",
        family="play_count",
        period="lately",
        name="Justice",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="had any Air on lately, have I",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did I have that eres on last Friday",
        family="did_i",
        period="last_friday",
        name="Eres",
    ),
    Fresh(
        text="did I play cafe tacuba at all this summer",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="did we have any wet leg on last weekend butt",
        family="did_i",
        period="last_weekend",
        name="Wet Leg",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was on this afternoon then, by there in the kitchen",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="fill me in on what I had on last Saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what did we listen to on the third of November",
        family="what_played",
        period="november_3",
        person="we",
    ),
    # playing_at
    Fresh(
        text="what was playing at ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was I after listening to at ten past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="what was on round about nine o'clock Wednesday night",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="five past five today, what was playing then",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="what kind of stuff am I into then",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste for me butt, go on",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you sum up what I listen to",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="when do I usually listen, what time and what day like",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when's my busiest time for listening then, which hour and which day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what hour do I normally have something on, and what day of the week",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered anyone new lately, have I",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new bands turned up this month that I never had on before",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists did I hear for the first time last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do I skip songs, honest now",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate like this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many tracks did I skip last month out of all of them",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="do I play the same songs over and over, be honest with me",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much was I repeating stuff in September",
        family="repeat",
        period="september",
    ),
    Fresh(
        text="what's my repeat rate over the last three months",
        family="repeat",
        period="last_3_months",
    ),
    # streak
    Fresh(
        text="how many days on the trot have I been listening",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak now",
        family="streak",
    ),
    Fresh(
        text="how many days in a row is it now mun",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did digital love first turn up for me",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="first time I ever played the weeknd, when was that",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when did I last have sexy boy on, the Air one like",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="when was the last time I listened to moon safari",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="last time I had Queen on, when was it",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="that last thing I had on, what song was it",
        family="last_song",
    ),
    Fresh(
        text="last tune I put on, what was it now",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to this morning",
        family="first_today",
    ),
    Fresh(
        text="what was the first song today",
        family="first_today",
    ),
    Fresh(
        text="first tune I had on today, what was it butt",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track on last Friday, what was it",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what did I start the month off with, first song like",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="what did I finish with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song I played on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what was the last track I had on the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune do I always skip, there's one I can't stand, isn't it",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do I skip the most, artist wise",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what artist did I skip most last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's on heavy rotation then",
        family="on_repeat",
    ),
    Fresh(
        text="what's that song I can't stop playing, I'm obsessed with it mun",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how's my week been, listening wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="run me through my year, go on",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="little recap of last summer for me, what was it like",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="fill me in on how October went",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or a night time listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="first thing or late at night, when do I have more on",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or at the weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it weekends I listen more or in the week, which is it",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="last month was it weekends or weekdays I had more on",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen now butt",
    "turn it up a bit mun, can't hear it by there",
    "what's this song that's on now",
    "skip this one, ych a fi",
    "pause the podcast a minute",
    "next track in the front room",
    "turn off the kitchen light, tidy",
    "put the album Discovery on",
    "turn the volume down to four",
    "shuffle on",
    "put this song on repeat",
    "group the kitchen speaker with the one in the front room",
    "set a timer for twenty minutes for the cawl",
    "what's the weather like in Merthyr tomorrow",
    "put milk and bara brith on the shopping list",
    "turn the heating up to twenty one",
    "what am I listening to now",
    "who's singing this",
    "play some Tom Jones in the kitchen",
    "play Radio Cymru",
    "stop the music",
    "play the latest episode of The Daily",
    "louder mun",
    "skip forward thirty seconds",
    "what's on in the kitchen now",
    "play Bohemian Rhapsody",
    "turn the telly off in the lounge",
    "is it going to rain today",
    "set an alarm for half six",
    "play something lush",
    "play Queen, loud",
    "what album is this from",
    "turn repeat off",
    "resume the podcast",
    "play Justice in the kitchen by there",
    "how long's left on this song",
    "go back to the start of this track",
    "add this song to my playlist",
    "mute the kitchen speaker",
    "what time is it now",
    "play the next episode",
    "switch the kettle on now in a minute",
    "dim the lights in the kitchen",
    "play some Max Boyce for my mam",
]

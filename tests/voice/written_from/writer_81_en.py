"""Writer 81, a terse smart-speaker user (Glasgow bus driver, fifties), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(text="last week top artist", family="top_artists", period="last_week"),
    Fresh(text="number one band this month", family="top_artists", period="this_month"),
    Fresh(
        text="top three bands. this year.",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="who've I been pure obsessed wi lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Ada's main artist, last year",
        family="top_artists",
        period="last_year",
        person="Ada",
    ),
    Fresh(
        text="kitchen speaker, who gets played most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(text="last week top songs", family="top_tracks", period="last_week"),
    Fresh(text="song of the month?", family="top_tracks", period="this_month"),
    Fresh(
        text="top five tunes. all time.",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="most played track since October",
        family="top_tracks",
        period="since_october",
    ),
    Fresh(
        text="in the kitchen, what song gets the most plays",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(text="past fortnight, top song", family="top_tracks", period="last_2_weeks"),
    # top_albums
    Fresh(
        text="album, most played, this year", family="top_albums", period="this_year"
    ),
    Fresh(text="favourite record ever", family="top_albums", period="all_time"),
    Fresh(
        text="top two albums this summer", family="top_albums", period="summer", count=2
    ),
    # top_podcasts
    Fresh(text="top podcast", family="top_podcasts", period="all_time"),
    Fresh(
        text="podcast I'm stuck on these days", family="top_podcasts", period="lately"
    ),
    Fresh(
        text="most played show, last three months. podcasts like",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="kitchen, yesterday, how long",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="hours of music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(text="how long'd I listen the day", family="listening_time", period="today"),
    Fresh(
        text="total listening time. last thirty days.",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="podcasts, how many minutes, this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long did we have stuff on last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    # plays
    Fresh(
        text="songs played the day, how many",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(text="number of plays last weekend", family="plays", period="last_weekend"),
    Fresh(
        text="how many tracks in September",
        family="plays",
        period="september",
        content="music",
    ),
    Fresh(text="plays since Monday", family="plays", period="since_monday"),
    Fresh(
        text="episodes this year, how many",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different bands this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(text="different artists, total", family="artists_count", period="all_time"),
    Fresh(
        text="how many different artists did we have on last month",
        family="artists_count",
        period="last_month",
        person="we",
    ),
    # songs_count
    Fresh(
        text="different songs this week, how many",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many different tunes in August", family="songs_count", period="august"
    ),
    Fresh(
        text="number of distinct tracks, ever", family="songs_count", period="all_time"
    ),
    # play_count
    Fresh(
        text="Queen, how many times this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how often Bohemian Rhapsody last month",
        family="play_count",
        period="last_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="times I've had Daft Punk on, lately",
        family="play_count",
        period="lately",
        name="Daft Punk",
    ),
    Fresh(
        text="how many plays for the daily this week",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="Radiohead plays. all time.",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="sexy boy by air, how many goes since march",
        family="play_count",
        period="since_march",
        name="Sexy Boy by Air",
    ),
    # did_i
    Fresh(
        text="any Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(text="Air, last weekend?", family="did_i", period="last_weekend", name="Air"),
    Fresh(
        text="did I have Don't Stop Me Now on this morning",
        family="did_i",
        period="this_morning",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="the weeknd. this month. aye or naw",
        family="did_i",
        period="this_month",
        name="The Weeknd",
    ),
    Fresh(
        text="cafe tacuba in october, did I",
        family="did_i",
        period="october",
        name="Café Tacvba",
    ),
    Fresh(
        text="did we hear Discovery last week",
        family="did_i",
        period="last_week",
        name="Discovery",
        person="we",
    ),
    Fresh(
        text="genesis on at all the last seven days",
        family="did_i",
        period="last_7_days",
        name="Genesis",
    ),
    # what_played
    Fresh(
        text="yesterday evening, what was on",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what'd I listen to last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what played the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="this afternoon, what did I have on",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what did we listen to on Saturday",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="what did Ada have on yesterday",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    Fresh(
        text="November third, what was I listening to",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter past eight last night",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="half eight this morning, what was playing",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="tune at five past five the day",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="noon Wednesday. what was playing",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="ten to eight yesterday evening, what song",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="Monday, eight in the morning, what was on",
        family="playing_at",
        moment="2026-11-16 08:00",
    ),
    # taste
    Fresh(text="my taste. sum it up.", family="taste", period="all_time"),
    Fresh(text="what sort of stuff am I into", family="taste", period="all_time"),
    Fresh(text="sum up my taste this year", family="taste", period="this_year"),
    # peak
    Fresh(text="what time do I usually listen", family="peak", period="all_time"),
    Fresh(
        text="busiest listening day of the week for me",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I normally have tunes on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(text="usual listening hour this month", family="peak", period="this_month"),
    # new_artists
    Fresh(text="anybody new this month", family="new_artists", period="this_month"),
    Fresh(text="new bands since March", family="new_artists", period="since_march"),
    Fresh(
        text="first-time artists last year", family="new_artists", period="last_year"
    ),
    Fresh(
        text="discovered anyone new the last 7 days",
        family="new_artists",
        period="last_7_days",
    ),
    # skips
    Fresh(text="how often do I skip", family="skips", period="all_time"),
    Fresh(text="skip rate last week", family="skips", period="last_week"),
    Fresh(
        text="how many songs did I skip this month",
        family="skips",
        period="this_month",
        content="music",
    ),
    # repeat
    Fresh(text="repeat rate", family="repeat", period="all_time"),
    Fresh(text="do I replay the same stuff a lot", family="repeat", period="all_time"),
    Fresh(text="how much repeating this year", family="repeat", period="this_year"),
    # streak
    Fresh(text="days in a row?", family="streak"),
    Fresh(text="how long's my streak", family="streak"),
    Fresh(
        text="how many days running have I had music on",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(text="first time I played Justice", family="first_play", name="Justice"),
    Fresh(text="when did Sexy Boy first come on", family="first_play", name="Sexy Boy"),
    Fresh(text="Wet Leg, when first", family="first_play", name="Wet Leg"),
    Fresh(text="when did I start on the daily", family="first_play", name="The Daily"),
    # last_play
    Fresh(text="last time Queen was on", family="last_play", name="Queen"),
    Fresh(text="when did I last have Eres on", family="last_play", name="Eres"),
    Fresh(
        text="Digital Love by Daft Punk, last played when",
        family="last_play",
        name="Digital Love by Daft Punk",
    ),
    Fresh(
        text="moon safari. when was that last on",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(text="last song", family="last_song"),
    Fresh(text="what was the last tune I had on", family="last_song"),
    Fresh(text="most recent track?", family="last_song"),
    # first_today
    Fresh(text="first song the day", family="first_today"),
    Fresh(text="what started the day off", family="first_today"),
    Fresh(text="today's first track", family="first_today"),
    # first_in
    Fresh(text="first song yesterday", family="first_in", period="yesterday"),
    Fresh(
        text="what kicked off last weekend", family="first_in", period="last_weekend"
    ),
    Fresh(text="first track on November 3rd", family="first_in", period="november_3"),
    Fresh(text="opening song this week", family="first_in", period="this_week"),
    # last_in
    Fresh(text="last song last night", family="last_in", period="last_night"),
    Fresh(
        text="what did I finish on last Friday", family="last_in", period="last_friday"
    ),
    Fresh(
        text="final tune yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(text="last track in October", family="last_in", period="october"),
    # most_skipped
    Fresh(text="most skipped song", family="most_skipped", period="all_time"),
    Fresh(
        text="which tune do I bin off the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track do I skip most this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(text="band I skip most", family="most_skipped_artist", period="all_time"),
    Fresh(
        text="who gets skipped the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="most skipped artist last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(text="what's on repeat", family="on_repeat"),
    Fresh(text="song I cannae stop playing", family="on_repeat"),
    Fresh(text="heavy rotation at the minute?", family="on_repeat"),
    # recap
    Fresh(text="how was my week", family="recap", period="this_week"),
    Fresh(text="year in review", family="recap", period="this_year"),
    Fresh(text="rundown of last month", family="recap", period="last_month"),
    Fresh(text="recap", family="recap", period="this_month"),
    Fresh(text="fill me in, last summer", family="recap", period="last_summer"),
    Fresh(text="twenty twenty five recap", family="recap", period="in_2025"),
    # compare_day_parts
    Fresh(
        text="mornings or evenings, which more",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="more of a morning or night listener?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons versus evenings", family="compare_day_parts", period="all_time"
    ),
    Fresh(
        text="mornings or evenings this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekends, which more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="more music at the weekend or during the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekend versus weekdays, last three months",
        family="compare_week",
        period="last_3_months",
    ),
]

NEGATIVES = [
    "play Queen",
    "kitchen, volume up",
    "louder",
    "skip",
    "next track",
    "pause the podcast",
    "stop the music",
    "whit's this song",
    "what's playing the now",
    "what am I listening to",
    "shuffle on",
    "repeat this one",
    "turn it down a wee bit",
    "kitchen light off",
    "timer ten minutes",
    "weather the morn",
    "is it gonnae rain",
    "add milk to the list",
    "heating up two degrees",
    "thermostat to twenty",
    "group the kitchen and living room speakers",
    "play Discovery",
    "play the daily",
    "next episode",
    "back a song",
    "rewind thirty seconds",
    "mute",
    "volume six",
    "what album's this",
    "who sings this",
    "stop",
    "resume",
    "play some Justice in the kitchen",
    "telly off",
    "alarm for half four",
    "dim the lights",
    "remind me about the bins",
    "what time is it",
    "Daft Punk, kitchen",
    "radio on",
    "shuffle Daft Punk",
    "repeat off",
    "next track in the living room",
    "pause",
]

"""Writer 72, a grandfather in his late seventies (retired Scottish joiner), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who's the band I've had on the most this year, then",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="och, who was my number one singer last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="name me my top three artists of all time",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in the kitchen, which band gets the most airing",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="which band have I been daft about lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="who's wee Ada's favourite band",
        family="top_artists",
        period="all_time",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what's my most played song ever",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="tell me my five top tunes for October",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="song o' the month for September, what was it",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="which track did I play the most last summer",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="what record have I played the most",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="which album's had the most goes this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="my two favourite albums since March, what are they",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast do I listen to most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="the talking programmes, the podcasts, which one's been my go-to over the last three months",
        family="top_podcasts",
        period="last_3_months",
    ),
    Fresh(
        text="what podcast have I been hooked on lately",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="how long have I had the music on the day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did I listen last week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time did I spend on yon podcasts in August",
        family="listening_time",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="how long was the speaker in the kitchen going yesterday",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="how many hours of music did we have on last month",
        family="listening_time",
        period="last_month",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs have I played since Monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="how many tunes did I get through on Saturday",
        family="plays",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="total plays this year, how many's that",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="how many podcast episodes did I play in October",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="how many things did we play last weekend",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different bands have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="in twenty twenty five how many different artists did I hear",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="how many singers, different ones like, since October",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="how many different songs have I played in the last thirty days",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="how many different tunes have I had on this month, no counting the repeats",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="how many separate tracks have I heard altogether",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times have I played Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how often did I have Queen on last year",
        family="play_count",
        period="last_year",
        name="Queen",
    ),
    Fresh(
        text="yon Daily programme, how many plays has it had this week",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times did I listen to Sexy Boy by Air in the summer",
        family="play_count",
        period="summer",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="how many times have I played Radiohead",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I hear any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="any Daft Punk the day before yesterday?",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="did I play Don't Stop Me Now last Friday",
        family="did_i",
        period="last_friday",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="have I ever listened to The Weeknd, whoever he is",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="did Ada listen to The Daily this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
        person="Ada",
    ),
    Fresh(
        text="listened to any of that Café Tacuba since March?",
        family="did_i",
        period="since_march",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="aye, what did I have on this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what was playing on the third of November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="run me through what I had on last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what did we listen to on Saturday",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="what's the lassie Ada been listening to this week",
        family="what_played",
        period="this_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was that tune at ten past eight last night",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was playing at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="at ten past five the day, what was on the kitchen speaker",
        family="playing_at",
        moment="2026-11-20 17:10",
        room="kitchen",
    ),
    Fresh(
        text="what was on at twelve noon on Wednesday",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="nine o'clock on Saturday night, what was I listening to",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, would you say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe my taste, be honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste been like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when am I usually listening, what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week do I listen most, and at what time usually",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I discovered anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new bands turned up for me this month",
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
        text="how often do I skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="do I skip a lot then, or no",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate been this week",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="what's my repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="do I keep playing the same things over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="this month, how much have I been replaying the same stuff",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening",
        family="streak",
    ),
    Fresh(
        text="what's my streak the now, days on end",
        family="streak",
    ),
    Fresh(
        text="how many days running have I had something on",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first hear Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="that Eres song, when did it first turn up",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when was the first time I ever played Wet Leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did I last play Digital Love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="when's the last time I had Air on",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="last time I listened to The Daily, when was that",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="the very last tune I had on, what was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to the day",
        family="first_today",
    ),
    Fresh(
        text="what was the first tune I put on today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did I start off with last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first tune I put on last week, what was it",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="what song did I kick off with on Saturday",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what was the last song yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I finish up on last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what song did I see October out with",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the tune I'm forever skipping past",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the artist I can never be bothered sitting through",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what's on heavy rotation the now",
        family="on_repeat",
    ),
    Fresh(
        text="which song can I no stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what tune have I got on repeat these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did my year go, music-wise",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through how October went for my listening",
        family="recap",
        period="october",
    ),
    Fresh(
        text="how was our last week for listening, give me the review",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more a morning or an evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more at the weekends or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it weekdays or weekends I listen the most",
        family="compare_week",
        period="all_time",
    ),
    # a few more, other periods and framings
    Fresh(
        text="quick question, how long did I listen over the last seven days",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="Daft Punk, have I had much of them on over the past two weeks",
        family="play_count",
        period="last_2_weeks",
        name="Daft Punk",
    ),
    Fresh(
        text="did I play One More Time by Daft Punk since Monday",
        family="did_i",
        period="since_monday",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="who was I listening to most the day before yesterday",
        family="top_artists",
        period="day_before_yesterday",
    ),
    Fresh(
        text="three songs I played the most in the last thirty days, go on",
        family="top_tracks",
        period="last_30_days",
        count=3,
    ),
    Fresh(
        text="fill me in on what I was listening to last weekend",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="how many times did I have that Moon Safari record on in September",
        family="play_count",
        period="september",
        name="Moon Safari",
    ),
]

NEGATIVES = [
    "play some Queen in the kitchen, will you",
    "turn that music up a wee bit",
    "turn it down, it's far too loud",
    "what's this song the now",
    "who's singing this",
    "skip this one, I cannae stand it",
    "pause the podcast a minute",
    "stop the music",
    "next track in the living room",
    "put the kitchen light off",
    "play the album Discovery",
    "shuffle the tunes",
    "put this song on repeat",
    "set a timer for twenty minutes for the tatties",
    "what's the weather like the morn",
    "add milk to the shopping list",
    "turn the heating up to twenty one",
    "what am I listening to right now",
    "what's playing in the kitchen",
    "group the kitchen and the living room speakers",
    "play The Daily",
    "put on Radio Scotland",
    "volume to four",
    "louder, I cannae hear it",
    "resume the podcast",
    "go back to the start of the song",
    "play something by Air in the kitchen",
    "what time is it",
    "is it going to rain the day",
    "switch off the speaker in the kitchen",
    "play Bohemian Rhapsody",
    "put on the news",
    "switch off all the lights downstairs",
    "set an alarm for seven",
    "what album is this song off",
    "stop the music in all the rooms",
    "skip forward thirty seconds in the podcast",
    "how long is left on this song",
    "play the next episode of The Daily",
    "turn the radiator off in the bedroom",
    "aye, put the shuffle off",
    "make the kitchen speaker a bit quieter",
    "what's the name of yon band that's on",
]

"""Writer 172, terse night-shift nurse (Glaswegian), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who've I had on most this week",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="top artist last month. go on.",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="hang on, drawin up meds... who've I been obsessed wi lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="ma top three bands this year",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="kitchen speaker, which artist's been on it maist since October",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="number one artist in twenty twenty five?",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="over the past two weeks, who've I played maist",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="song o the month?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="five most played tracks. all time.",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which tune did I hammer last summer",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="whit song did we play maist last week",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="most played track in September, aye",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="top tune the last thirty days",
        family="top_tracks",
        period="last_30_days",
    ),
    Fresh(
        text="in the kitchen, which song got played maist last month",
        family="top_tracks",
        period="last_month",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="album I've played most. ever.",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="favourite record this year?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="top two albums in August",
        family="top_albums",
        period="august",
        count=2,
    ),
    Fresh(
        text="which album got the maist plays ower the summer",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on the now",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast last year",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="go-to podcast, twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="one sec... top podcast this month",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="how long did I listen yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="hours o music this week, roughly",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how much podcast time since Monday",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="how long did we have the music on last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="in the kitchen, how long's the speaker been goin this month",
        family="listening_time",
        period="this_month",
        room="kitchen",
    ),
    Fresh(
        text="total listening time, last seven days",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="how many tracks the day",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="total plays this past fortnight",
        family="plays",
        period="lately",
    ),
    Fresh(
        text="episodes I got through in October?",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="how many songs did we get through the day before yesterday",
        family="plays",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many plays yesterday evening",
        family="plays",
        period="yesterday_evening",
    ),
    # artists_count
    Fresh(
        text="how many different artists this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands have I listened tae in total",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="different artists, last three months. how many",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs since March",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="number o different tunes last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many separate tracks have I played, ever",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk. how many plays this year",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="how much Queen have I had on lately",
        family="play_count",
        period="lately",
        name="Queen",
    ),
    Fresh(
        text="times I've played Radiohead, total?",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="how often did The Daily get put on last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="that dance one by Justice, how many times this week",
        family="play_count",
        period="this_week",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="any Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did I have Air on at the weekend",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="that Café Tacvba one, Eres, did I play it this week",
        family="did_i",
        period="this_week",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="did we hear any Wet Leg last year",
        family="did_i",
        period="last_year",
        name="Wet Leg",
        person="we",
    ),
    Fresh(
        text="listened tae Sexy Boy since October?",
        family="did_i",
        period="since_october",
        name="Sexy Boy",
    ),
    Fresh(
        text="Da Funk. did I play it on Saturday or no",
        family="did_i",
        period="saturday",
        name="Da Funk",
    ),
    # what_played
    Fresh(
        text="whit wis I listenin tae last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what'd I have on this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="last Friday, what was on",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="third o November, what did I play",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what did I listen to this afternoon, quick",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="yesterday evening, whit was I playin",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what's Ada been listenin tae last night",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="quarter tae eight last night, what was playin",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on at ten past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="twenty past five the day, what song was that",
        family="playing_at",
        moment="2026-11-20 17:20",
    ),
    Fresh(
        text="Wednesday, nine at night, what was on",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="what was playin about noon on Saturday",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="half eight this mornin, whit was on",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="yesterday at eight at night, what was I playin",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, would ye say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe ma taste. short.",
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
        text="when do I usually listen. time o day.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day o the week do I play maist music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="ma usual listening hour?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered anybody new this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="new artists since March?",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="anyone new turn up last year",
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
        text="skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many songs did I skip last month",
        family="skips",
        period="last_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="repeat rate, this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="how much have I been replayin the same stuff lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened",
        family="streak",
    ),
    Fresh(
        text="current streak?",
        family="streak",
    ),
    Fresh(
        text="how many days runnin have I had the speaker goin",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first play Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time I heard Don't Stop Me Now?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when did The Weeknd first turn up",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="Moon Safari, when did I first put that on",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="when did I last have Queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time I played Digital Love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="The Daily. when did I last listen",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was Phantom by Justice last on",
        family="last_play",
        name="Phantom by Justice",
    ),
    # last_song
    Fresh(
        text="last song I played?",
        family="last_song",
    ),
    Fresh(
        text="what was the last tune I had on",
        family="last_song",
    ),
    Fresh(
        text="last track, whit wis it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up tae",
        family="first_today",
    ),
    Fresh(
        text="first song the day?",
        family="first_today",
    ),
    Fresh(
        text="first track I put on today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="yesterday, what was the first song",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I start last Friday wi",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first thing I put on last week",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="what did I end wi last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song on the third of November",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="what was the last track the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="last thing I played in October",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the tune I always skip, which is it",
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
        text="which artist do I skip maist",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="band I skip the most?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who did I skip most last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="whit's on repeat the now",
        family="on_repeat",
    ),
    Fresh(
        text="which song can I no stop playin",
        family="on_repeat",
    ),
    Fresh(
        text="the song I keep goin back tae these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gie us a rundown o ma week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="my year in review, quick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how was October, listening-wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap last summer",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="fill me in on last week's listening",
        family="recap",
        period="last_week",
    ),
    # compare_day_parts
    Fresh(
        text="am I more mornings or evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the mornin or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons or evenings, when do I play more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekends, when do I listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do I play more at the weekend than during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="more music on workdays or weekends?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "put Daft Punk on in the kitchen",
    "turn it doon a wee bit",
    "louder",
    "whit's this song",
    "who sings this",
    "skip",
    "skip this one, hate it",
    "pause the podcast",
    "resume The Daily",
    "play the latest Daily",
    "next track in the living room",
    "back a track",
    "kitchen light aff",
    "lights dim in the kitchen, aye",
    "play the album Discovery",
    "stick Queen on",
    "play somethin quiet",
    "shuffle on",
    "repeat this one",
    "turn repeat aff",
    "volume tae four",
    "mute",
    "stop the music",
    "group the kitchen and living room speakers",
    "set a timer for twenty minutes",
    "timer, ten minutes",
    "is it gonnae rain the morra",
    "weather the now?",
    "add milk tae the shopping list",
    "heating up two degrees",
    "what am I listenin tae right now",
    "what's playin in the kitchen",
    "what album's this fae",
    "skip forward thirty seconds",
    "wake me at half six",
    "what time is it",
    "play Justice, Cross, the whole album",
    "remind me tae phone the ward at ten",
    "play a podcast",
    "speaker in the bedroom aff",
    "how no, play it again fae the start",
    "put the radio on",
    "cancel the timer",
]

"""Writer 232, Glasgow nurse after a night shift (tired, clipped, Glaswegian), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who've I been listening tae the most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="whit band did I have on maist last year",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="who wis I pure obsessed wi lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists since March, go",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="och who's my number one over the past two weeks",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="whit's my most played song ever",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="song o the month then, whit is it",
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
        text="in the kitchen whit gets played the most song-wise the last thirty days",
        family="top_tracks",
        period="last_30_days",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="whit album did I play maist in October",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="my favourite record this summer, which wis it",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="top two albums o twenty twenty five",
        family="top_albums",
        period="in_2025",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="go-to podcast last month?",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="whit show have I had on the maist this year, podcast I mean",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how long did I have music on the day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did I listen last week roughly",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how many minutes o podcasts this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long wis the music gaun last night",
        family="listening_time",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="total listening time since October",
        family="listening_time",
        period="since_october",
    ),
    Fresh(
        text="how long did Ada have tunes on yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs did I play yesterday",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many things did I stream the day before yesterday",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="how many episodes did I get through this year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="number o tunes since Monday?",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="right how many tracks in the last seven days",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened tae this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands did I hear in September",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="how many different acts, like ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many separate tracks in the last three months",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many different tunes did we have on last week",
        family="songs_count",
        period="last_week",
        person="we",
    ),
    # play_count
    Fresh(
        text="how many times did I play bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen's been on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how often did I put on that one more time song by daft punk last year",
        family="play_count",
        period="last_year",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have I played Radiohead, ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="times I listened tae the daily in October",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I listen tae any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="any Air last weekend?",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="did I hear dont stop me now this morning or wis that a dream",
        family="did_i",
        period="this_morning",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="did I play any Wet Leg last month",
        family="did_i",
        period="last_month",
        name="Wet Leg",
    ),
    Fresh(
        text="had the Discovery album on at all since Monday?",
        family="did_i",
        period="since_monday",
        name="Discovery",
    ),
    Fresh(
        text="did we have cafe tacuba on last summer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
        person="we",
    ),
    # what_played
    Fresh(
        text="right I'm just in fae a night shift, whit wis I listening tae yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="whit did I have on this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="run me through whit played on Saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="whit music wis on last Friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="whit did we listen tae on November the third",
        family="what_played",
        period="november_3",
        person="we",
    ),
    # playing_at
    Fresh(
        text="whit wis playing at ten past eight last night",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="whit wis on at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="whit song wis playing at five o'clock the day",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="yesterday at twelve, whit wis on in the kitchen",
        family="playing_at",
        moment="2026-11-19 12:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="whit kind o music am I intae",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste in music, be honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whit's my taste been like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="whit time o day dae I usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when's my busiest listening day o the week",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when am I usually listening tae stuff, whit hour like",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did I hear for the first time in August",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(
        text="how often dae I skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="whit's my skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many o my plays did I skip last month",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="dae I replay the same stuff a lot",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whit's my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="how much have I been replaying things lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened",
        family="streak",
    ),
    Fresh(
        text="whit's my listening streak at",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen tae Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did sexy boy first turn up in my history",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="first time I ever played the weeknd?",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when did I last hear bohemian rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="last time I had Air on?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="when did I last put the daily on",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="whit wis the last song I played",
        family="last_song",
    ),
    Fresh(
        text="last tune I had on, whit wis it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="whit did I wake up tae the day",
        family="first_today",
    ),
    Fresh(
        text="whit wis the first song I played the day",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="whit did I start wi last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="whit wis the first track on Saturday",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="whit wis the last thing I played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="last song last night before I went oot the door?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="whit did I finish on yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="whit song dae I skip the maist",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track am I aye skipping past",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist dae I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who dae I keep skipping, band-wise",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="whit song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="whit tune can I no stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="whit am I caning at the minute song-wise",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how wis my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gie's a rundown o my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="my year in review, go on then",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on last month's listening",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how did we get on music-wise last year, quick recap",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I mair a morning or an evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="dae I listen more in the mornings or the afternoons",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="dae I listen mair on weekdays or at the weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends or during the week, when's the music on mair",
        family="compare_week",
        period="all_time",
    ),
    # extra mixes
    Fresh(
        text="kitchen speaker, whit did it play this morning",
        family="what_played",
        period="this_morning",
        room="kitchen",
    ),
    Fresh(
        text="pure knackered, just tell me who I listened tae maist last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="listened tae much Daft Punk since October?",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="quick question did I have dance by justice on the day",
        family="did_i",
        period="today",
        name="D.A.N.C.E.",
    ),
]

NEGATIVES = [
    "stick on some Daft Punk in the kitchen",
    "turn the music doon",
    "whit's this song",
    "skip this yin",
    "pause the podcast, the wean's sleeping",
    "next track",
    "turn aff the kitchen light",
    "play the album Discovery",
    "volume tae three",
    "shuffle on",
    "put this on repeat",
    "group the kitchen and living room speakers",
    "set a timer for twenty minutes",
    "whit's the weather the morra",
    "add milk tae the shopping list",
    "turn the heating up tae twenty one",
    "whit am I listening tae right now",
    "whit's playing in the kitchen",
    "play The Daily",
    "stop the music",
    "play some Queen, loud",
    "turn it doon a wee bit I'm trying tae sleep",
    "wake me at half five the night",
    "play something relaxing, I'm pure done in",
    "whit's the name o this album",
    "who sings this",
    "go back a song",
    "restart this track",
    "play the latest episode o the daily",
    "mute the kitchen speaker",
    "is it gonnae rain the day",
    "dim the lights in the living room",
    "play bohemian rhapsody",
    "turn the radio aff",
    "like this song",
    "add this tune tae my playlist",
    "how long's left on this episode",
    "skip forward thirty seconds",
    "turn repeat aff",
    "play music in every room",
    "whit time is it",
    "remind me tae phone the ward at seven the night",
    "play some Justice in the bedroom",
    "stop the music in the kitchen in an hour",
    "shuffle Moon Safari in the kitchen",
]

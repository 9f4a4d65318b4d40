"""Writer 408, a Texan oilman of 50, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="well shoot, who'd I listen to the most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="tell me who my number one artist is this year, partner",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="reckon you might could name my top three bands since March",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="who've I been plumb obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, which singer gets played the most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who was my go-to band back in August",
        family="top_artists",
        period="august",
    ),
    Fresh(
        text="over the past two weeks who have I had on the most, artist-wise I mean",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="what's my song of the month, darlin'",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="gimme my five most played tracks of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which tune did I about wear out back in October",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="what song did we play the most last weekend, y'all",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what was Ada's top song last summer",
        family="top_tracks",
        period="last_summer",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="what record did I spin the most this summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="which album's been my go-to over the last three months",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="I tell you what, what's my favorite album all told",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what podcast did I have on most in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="top podcast this month, what is it",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did I have goin' today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how long did I listen to stuff this week, roughly",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how much time did I burn on podcasts last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how long did Ada have tunes on yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="how long did we have music playin' last week",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
    ),
    Fresh(
        text="fixin' to ask ya, how long was the music on this afternoon",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="how many hours have I been listenin' since Monday",
        family="listening_time",
        period="since_monday",
    ),
    # plays
    Fresh(
        text="how many songs I play so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things did I play this mornin'",
        family="plays",
        period="this_morning",
    ),
    Fresh(
        text="how many episodes did I run through in September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did we go through in October",
        family="plays",
        period="october",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many plays did I rack up the last thirty days",
        family="plays",
        period="last_30_days",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I heard this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands did I listen to last month, all told",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="how many different singers have I got in my history, ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="number of different tunes I've heard since October",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how many times did I play Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on so far this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times have I listened to that daft punk one more time song",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times has The Daily come on in the last seven days",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    Fresh(
        text="y'all, how much Daft Punk did I have on in the kitchen last month",
        family="play_count",
        period="last_month",
        name="Daft Punk",
        room="kitchen",
    ),
    Fresh(
        text="how many times did I play Radiohead last year",
        family="play_count",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="Moon Safari, how many times did I run that album this year",
        family="play_count",
        period="this_year",
        name="Moon Safari",
    ),
    # did_i
    Fresh(
        text="did I hear any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to any Air lately?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did I play that cafe tacuba outfit this week",
        family="did_i",
        period="this_week",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I happen to play Sexy Boy day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Sexy Boy",
    ),
    Fresh(
        text="did I ever play any Willie Nelson on this thing",
        family="did_i",
        period="all_time",
        name="Willie Nelson",
    ),
    Fresh(
        text="did Ada listen to any Queen over the past two weeks",
        family="did_i",
        period="last_2_weeks",
        name="Queen",
        person="Ada",
    ),
    Fresh(
        text="did we play dance by justice last week",
        family="did_i",
        period="last_week",
        name="D.A.N.C.E. by Justice",
        person="we",
    ),
    Fresh(
        text="Eres, did that one come on at all in September",
        family="did_i",
        period="september",
        name="Eres",
    ),
    # what_played
    Fresh(
        text="what was I listenin' to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what'd I have on last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="run me through what music I played on Saturday",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="what all did I listen to on November third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="now what in the world was I playin' last night",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was playin' at a quarter till eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was goin' at half past eight this mornin'",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was on around ten after five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="what was playin' Wednesday night at nine",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="yesterday right at noon, what did I have on",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into anyhow",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe my taste, partner",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste in tunes been like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have music goin'",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week do I do most of my listenin' on",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when's my busiest listenin' time, usually",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered anybody new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new bands I ain't heard before show up last month",
        family="new_artists",
        period="last_month",
    ),
    Fresh(
        text="who'd I hear for the very first time this year",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often do I skip stuff",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="am I skippin' a whole heap lately",
        family="skips",
        period="lately",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same ol' songs over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate been this month",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listenin'",
        family="streak",
    ),
    Fresh(
        text="what's my listenin' streak up to, hoss",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when'd Digital Love first turn up in my history",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="when was the first time I played anything by Wet Leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when's the last time I heard Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when did I last play any Air",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="how long's it been since I had The Daily on",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what'd I play last, song-wise",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to this mornin'",
        family="first_today",
    ),
    Fresh(
        text="what was the very first song I put on today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what'd I kick things off with last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first tune I played this month",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="what was the last thing I played on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what'd I wrap up with yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="last song I played day before yesterday",
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
        text="what tune do I always end up skippin'",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the band I keep skippin' past",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's that song I can't quit playin'",
        family="on_repeat",
    ),
    Fresh(
        text="what's been goin' round and round on a loop, song-wise",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="fill me in on how my October went, listenin'-wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="run me through my year in review, darlin'",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me the lowdown on my listenin'",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap last month for me real quick",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more of a mornin' listener or a night owl",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month, did I play more in the afternoons or the evenings",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do I play more music on the weekend than durin' the work week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play some Daft Punk in the kitchen, partner",
    "turn that music up a notch",
    "what's playin' in the kitchen right now",
    "what song is this",
    "skip this dadgum song",
    "pause the podcast, I got a call comin' in",
    "next track in the livin' room",
    "turn off the kitchen light",
    "play the album Discovery",
    "crank the volume up to seven",
    "shuffle my playlist",
    "put this song on repeat",
    "group the kitchen and the den speakers together",
    "set a timer for twenty minutes, I'm fixin' to pull the brisket",
    "what's the weather gonna do in Midland tomorrow",
    "add beef jerky to the shopping list",
    "set the thermostat to sixty eight",
    "what am I listenin' to right now",
    "play The Daily",
    "play Bohemian Rhapsody by Queen",
    "turn the music down, y'all, I can't hear myself think",
    "stop the music",
    "who sings this song",
    "play somethin' by Justice in the kitchen",
    "resume the podcast",
    "go back one song",
    "what album is this from",
    "turn shuffle off",
    "play the next episode of The Daily",
    "mute the kitchen speaker",
    "play some George Strait on every speaker in the house",
    "is it fixin' to rain this afternoon",
    "set an alarm for five a.m.",
    "turn on the porch light",
    "what's the volume on the kitchen speaker",
    "rewind thirty seconds",
    "play Air on the kitchen speaker",
    "play me some good ol' country music",
    "turn the heat up a couple degrees",
    "add coffee and eggs to my grocery list",
    "who's this band playin' right now",
    "lower the volume in the kitchen",
    "set a sleep timer on the music for thirty minutes",
    "turn repeat off",
    "play that song again",
    "stop the music in the kitchen",
]

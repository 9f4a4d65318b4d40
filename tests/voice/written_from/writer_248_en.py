"""Writer 248, Australian tradie, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who'd I have on the most this arvo",
        family="top_artists",
        period="this_afternoon",
    ),
    Fresh(
        text="reckon you can tell me my number one band this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who've I been flogging lately mate", family="top_artists", period="lately"
    ),
    Fresh(
        text="top 3 artists last month",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="who'd we have on the most last week",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="who've I played most over the past two weeks",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="who did ada have on most last month",
        family="top_artists",
        period="last_month",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what's me most played song ever", family="top_tracks", period="all_time"
    ),
    Fresh(
        text="give us my top five tracks for october",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(text="song of the week, what is it", family="top_tracks", period="this_week"),
    Fresh(
        text="what track did I hammer the most last summer",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="in the kitchen what song gets played the most",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="five songs I played most this month",
        family="top_tracks",
        period="this_month",
        count=5,
    ),
    # top_albums
    Fresh(
        text="what album have I had on the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="most played record since march", family="top_albums", period="since_march"
    ),
    Fresh(
        text="favourite album last year mate", family="top_albums", period="last_year"
    ),
    Fresh(
        text="what was me go-to album this summer", family="top_albums", period="summer"
    ),
    # top_podcasts
    Fresh(
        text="what podcast do I listen to most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(text="which pod am I hooked on", family="top_podcasts", period="lately"),
    Fresh(text="top podcast this month", family="top_podcasts", period="this_month"),
    # listening_time
    Fresh(
        text="how many hours of tunes did I get through this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long was the music going yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how much listening did I do over the last 30 days",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="how long'd I have podcasts on in september",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how many hours over the last seven days all up",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="how long was the kitchen speaker going this week",
        family="listening_time",
        period="this_week",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many tracks so far today mate",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(text="how many plays this year all up", family="plays", period="this_year"),
    Fresh(
        text="number of episodes I played last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many things did we play on saturday",
        family="plays",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="how many songs since monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different bands have I had on this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists have I listened to all up",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many different artists over the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many different artists did I play in twenty twenty five",
        family="artists_count",
        period="in_2025",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many different tracks in august",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="how many songs have I got through since october, different ones I mean",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how many times have I had bohemian rhapsody on",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how many times did that daft punk one more time get a run last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many plays has radiohead had this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I have any justice on yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to air at all this week?",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="did I play the daily this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="any wet leg last summer",
        family="did_i",
        period="last_summer",
        name="Wet Leg",
    ),
    Fresh(
        text="did we have sexy boy on last weekend",
        family="did_i",
        period="last_weekend",
        name="Sexy Boy",
        person="we",
    ),
    # what_played
    Fresh(
        text="what'd I have on yesterday evening after tea",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was I listening to last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what'd I have on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was going on the speaker last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what did I play on november the third",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="what song was on at ten past eight last night",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was on around eight thirty this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="half five this arvo, what was playing",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="what tune was going at five past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:05",
    ),
    # taste
    Fresh(
        text="what sort of stuff do I like listening to",
        family="taste",
        period="all_time",
    ),
    Fresh(text="how would you sum up me taste", family="taste", period="all_time"),
    Fresh(
        text="what's me taste like mate, be honest", family="taste", period="all_time"
    ),
    # peak
    Fresh(
        text="what time of day do I usually have the tunes on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I normally listen, like what day and what time",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's me busiest time for listening", family="peak", period="all_time"
    ),
    # new_artists
    Fresh(
        text="any new bands I've found lately", family="new_artists", period="lately"
    ),
    Fresh(
        text="who'd I hear for the first time this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(text="new artists this year, any?", family="new_artists", period="this_year"),
    # skips
    Fresh(
        text="how often do I skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how much skipping did I do last week", family="skips", period="last_week"
    ),
    Fresh(text="what's me skip rate this month", family="skips", period="this_month"),
    # repeat
    Fresh(
        text="do I play the same stuff over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much do I replay things this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(text="what's me repeat rate like lately", family="repeat", period="lately"),
    # streak
    Fresh(text="how many days in a row have I been listening", family="streak"),
    Fresh(text="what's me listening streak at", family="streak"),
    Fresh(text="how many days straight have I had the speaker going", family="streak"),
    # first_play
    Fresh(
        text="when did I first listen to daft punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when'd eres by cafe tacuba first turn up",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="first time I ever played the weeknd",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(text="when did I last have queen on", family="last_play", name="Queen"),
    Fresh(
        text="last time I played don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(text="when was the daily last on", family="last_play", name="The Daily"),
    # last_song
    Fresh(text="what was the last song I played", family="last_song"),
    Fresh(text="last track I had on, what was it", family="last_song"),
    Fresh(
        text="what song did I finish on last, yeah nah the very last one",
        family="last_song",
    ),
    # first_today
    Fresh(text="first song I put on today", family="first_today"),
    Fresh(text="what was me first tune today", family="first_today"),
    Fresh(text="what'd I start the day with, song wise", family="first_today"),
    # first_in
    Fresh(
        text="what'd I start with last friday", family="first_in", period="last_friday"
    ),
    Fresh(
        text="what was the first track on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(text="first song I played this year", family="first_in", period="this_year"),
    # last_in
    Fresh(text="last song I played yesterday", family="last_in", period="yesterday"),
    Fresh(
        text="what did I finish up with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last track on the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="what song do I skip the most", family="most_skipped", period="all_time"
    ),
    Fresh(
        text="which track do I always flick past",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(text="who do I skip heaps", family="most_skipped_artist", period="all_time"),
    # on_repeat
    Fresh(text="what song have I got on repeat at the moment", family="on_repeat"),
    Fresh(text="what's on high rotation these days", family="on_repeat"),
    Fresh(text="which song can't I stop playing", family="on_repeat"),
    # recap
    Fresh(
        text="run me through me week of listening", family="recap", period="this_week"
    ),
    Fresh(text="quick rundown of october", family="recap", period="october"),
    Fresh(text="year in review mate", family="recap", period="this_year"),
    Fresh(text="fill me in on me listening", family="recap", period="this_month"),
    Fresh(
        text="recap of last year for us",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or the arvo",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more of a night time listener or a morning one",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on the weekend or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays or weekends, when do I play more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play some acdc in the kitchen mate",
    "turn it up a bit",
    "crank the music",
    "skip this one",
    "next song",
    "pause the podcast",
    "what's this song",
    "who sings this",
    "what am I listening to right now",
    "what's playing in the kitchen",
    "turn the kitchen light off",
    "put the daily on",
    "play the album discovery",
    "shuffle on",
    "put this song on repeat",
    "turn repeat off",
    "group the kitchen and lounge speakers",
    "set a timer for twenty minutes",
    "what's the weather doing this arvo",
    "is it gonna rain tomorrow",
    "add snags to the shopping list",
    "turn the heater up to twenty two",
    "volume to five",
    "stop the music",
    "play queen in the lounge",
    "resume the podcast",
    "next track in the shed",
    "turn the volume down heaps",
    "play something chill for brekkie",
    "put on triple j",
    "what time is it",
    "set an alarm for five thirty",
    "mute the kitchen speaker",
    "play bohemian rhapsody",
    "go back a song",
    "who's this band",
    "what album is this from",
    "play the next episode of the daily",
    "turn off the speaker in the kitchen",
    "add milk and bread to the list",
    "remind me to ring the sparky at three",
    "play daft punk on all speakers",
    "how long is left on this song",
    "skip ahead thirty seconds",
    "yeah nah stop it mate",
]

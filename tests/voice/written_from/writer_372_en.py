"""Writer 372, a Belfast taxi driver in his fifties, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="bout ye, who's my main man for music this year like",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who was I wile into last month, go on tell me",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="give us me top three bands since March",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="which band were we playing the most last year, the whole house like",
        family="top_artists",
        period="last_year",
        person="we",
    ),
    Fresh(
        text="what about ye, who's the artist I've been stuck on lately",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="what's the song I've played the most ever, out of the whole lot",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="gimme my top five tunes for October there",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="song of the summer for me, what was it, I can't mind",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="in the kitchen there, what track got the most plays in the last thirty days",
        family="top_tracks",
        period="last_30_days",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="what album have I had on the most, of all time like",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="which record did I near wear out this year, so I did",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what's the wee album I've been hammering recently",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I listenin to most these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what was my go to podcast back in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how long had I the music on the day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did I listen to stuff last week, roughly like",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time did we spend listenin last weekend, the lot of us",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how many minutes of podcasts did I get through this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="in the kitchen, how long was the music going yesterday evening",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many tunes did I get through yesterday",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many things did I play the day before yesterday, all in",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="number of plays since Monday, what's it sittin at",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episodes did I listen to in September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different bands have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists altogether have I had on, ever",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="in August how many different artists did I hear, roughly",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play over the last three months",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many separate tracks have I listened to in total, d'ye know",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="the last seven days, how many different tunes was that",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="how many times have I played Bohemian Rhapsody, go on",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Daft Punk have I had on this week, be honest",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how often did The Daily get a go last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="that dont stop me now, how many times did I stick it on this year",
        family="play_count",
        period="this_year",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="how many plays has Radiohead got off me, any at all",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice lately",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="was there any Air on yesterday, at all",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="did I play yer Cafe Tacuba crowd this month",
        family="did_i",
        period="this_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I get the Daily listened to this morning or not",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="have I ever listened to The Weeknd, sure I wouldn't have",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="had I that dance song by Justice on last Friday",
        family="did_i",
        period="last_friday",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="what was I listening to last night, I can't remember a thing",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what had I on on Saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="run me through what I was playin this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what music had I going on November the third",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what's our Ada been listening to last week",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was playin at ten past eight last night",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was on the speaker at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what tune was going at five past five the day",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="Wednesday night round about nine, what had I on",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="last Friday at dinner time, twelve o'clock, what was playin",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    # taste
    Fresh(
        text="what sort of music am I into, would ye say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste in music for us there, go on",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="when do I mostly listen, what hour like and what day of the week",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my busiest time for tunes, time of day and day of the week",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="anybody new I've come across lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="did I find any new bands this year that I'd never heard before",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="which artists did I hear for the first time last month",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often do I skip songs, be straight with me",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how many tunes did I skip this week out of what I played",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="what's my skip rate been like since October",
        family="skips",
        period="since_october",
    ),
    # repeat
    Fresh(
        text="do I play the same oul songs over and over",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my repeat rate for this year, it'll be wile high",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days in a row have I had music on now",
        family="streak",
        content="music",
    ),
    Fresh(
        text="I've been at it every day so I have, what's my listening streak at",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Daft Punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when was the first time Sexy Boy came on, d'ye know",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when did I first put on Wet Leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did I last hear Bohemian Rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="last time I had Queen on, when was that",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the Daily last on, at all",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what's the last tune that was on there, the very last one",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I start the day off with",
        family="first_today",
    ),
    Fresh(
        text="what was the first tune on the day",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did I kick off with on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first thing I played last week, what was it",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="what was the first song of the year for me",
        family="first_in",
        period="this_year",
    ),
    Fresh(
        text="what did I start off with yesterday evening",
        family="first_in",
        period="yesterday_evening",
    ),
    # last_in
    Fresh(
        text="what did I finish up with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song I played yesterday, what was it",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the last thing on in October",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="what did I end on this morning",
        family="last_in",
        period="this_morning",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune am I always skippin past, there's one I know",
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
        text="who's the artist I'm forever skippin",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what tune can I not stop playin at the minute",
        family="on_repeat",
    ),
    Fresh(
        text="what's the song I'm hooked on, the one I keep goin back to",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="fill me in on my listening last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how did my year go, music wise",
        family="recap",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="give me a recap of last summer, what I had on and that",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="give us a wee rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="over the past two weeks, how did I get on, give us the overview",
        family="recap",
        period="last_2_weeks",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning listener or a night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or the evenings",
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
        text="is it weekdays or weekends I have more music on",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play a bit of Van Morrison in the kitchen",
    "turn that music up a wee bit",
    "turn it down there, I can't hear myself think",
    "what song is this",
    "who's singin this one",
    "skip this one, it's wile",
    "pause the podcast a wee minute",
    "next track",
    "stick on The Daily",
    "put on Discovery by Daft Punk",
    "shuffle the music",
    "put this song on repeat",
    "turn repeat off",
    "set a timer for twelve minutes",
    "what's the weather like in Belfast the day",
    "is it gonna rain the night",
    "add milk and a pan loaf to the shopping list",
    "turn the heating up to twenty one",
    "turn off the kitchen light",
    "what am I listenin to right now, like",
    "what's that playin in the kitchen",
    "group the kitchen speaker with the living room one",
    "volume to six",
    "stop the music",
    "play something by Queen",
    "play some Justice in the kitchen",
    "resume the podcast",
    "go back a song",
    "play the next episode of The Daily",
    "louder, go on",
    "mute the kitchen speaker",
    "play Radio Ulster",
    "what time is it",
    "set an alarm for half five the morra",
    "how long's left on the timer",
    "is the back door locked",
    "turn the telly off",
    "play Bohemian Rhapsody",
    "what's this tune called",
    "what album is this from",
    "who's the band playin now",
    "lower the music in the kitchen",
    "start the dishwasher",
    "remind me to pick up a fare at the airport at six",
    "play the album Cross",
    "turn the kitchen lights down a wee bit",
]

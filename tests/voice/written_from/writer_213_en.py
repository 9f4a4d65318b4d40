"""Writer 213, night-shift worker whose day starts in the evening (Midwestern US), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ope, real quick, who'd I listen to the most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who's been my go-to band since October, you think",
        family="top_artists",
        period="since_october",
    ),
    Fresh(
        text="top three artists this year",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="who was I on a big kick with this summer, all those night shifts",
        family="top_artists",
        period="summer",
    ),
    Fresh(
        text="in the kitchen, who gets played the most, like ever",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="past two weeks who's been on top for me artist-wise",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="what's my number one song of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="gimme my five most played tracks from last month",
        family="top_tracks",
        period="last_month",
        count=5,
    ),
    Fresh(
        text="what song did I play the most last night, I was up till like four",
        family="top_tracks",
        period="last_night",
    ),
    Fresh(
        text="what was our most played song back in October",
        family="top_tracks",
        period="october",
        person="we",
    ),
    # top_albums
    Fresh(
        text="which album did I have on the most this month",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="what record did I wear out in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="top two albums over the last three months",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what podcast have I been hooked on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast last year",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="podcast-wise, which show do I put on the most",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how long did I have music going last night",
        family="listening_time",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="how many hours did I listen this week",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how much time'd I spend on podcasts in September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how long was the music on in the kitchen yesterday evening",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="total listening time since Monday",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="so how much have I listened so far today",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how long did Ada listen last week",
        family="listening_time",
        period="last_week",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs'd I play last night",
        family="plays",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="how many episodes did I get through last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many plays did we have last weekend",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="ballpark, how many tracks since March",
        family="plays",
        period="since_march",
        content="music",
    ),
    Fresh(
        text="number of things I played the day before yesterday",
        family="plays",
        period="day_before_yesterday",
    ),
    # artists_count
    Fresh(
        text="how many different artists did I listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands have I played in total, all together",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="different artists in the last thirty days, how many",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many separate tracks have I ever played",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="in August how many different tunes did I go through",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="how many times did I play bohemian rhapsody last night",
        family="play_count",
        period="last_night",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Daft Punk have I had on this month",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="that one more time song by daft punk, how many times's that played since october",
        family="play_count",
        period="since_october",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times did I play Garth Brooks this year",
        family="play_count",
        period="this_year",
        name="Garth Brooks",
    ),
    Fresh(
        text="Justice, how many plays is that in the last seven days",
        family="play_count",
        period="last_7_days",
        name="Justice",
    ),
    # did_i
    Fresh(
        text="did I have any Queen on yesterday evening",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="did Air come on at all last night",
        family="did_i",
        period="last_night",
        name="Air",
    ),
    Fresh(
        text="have I played Sexy Boy this week",
        family="did_i",
        period="this_week",
        name="Sexy Boy",
    ),
    Fresh(
        text="listened to Radiohead lately?",
        family="did_i",
        period="lately",
        name="Radiohead",
    ),
    Fresh(
        text="did I catch The Daily this morning after I got off shift",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did we play any Café Tacvba last summer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="oh for cute, did I really put on Digital Love last night?",
        family="did_i",
        period="last_night",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="what was I listening to last night on shift",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="run me through what played yesterday",
        family="what_played",
        period="yesterday",
    ),
    Fresh(
        text="what all did I have on Saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what tunes did I play last Friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what'd we listen to on November third",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="what was on this afternoon before I got up",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what's Ada been listening to lately",
        family="what_played",
        period="lately",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was playing at like two in the morning last night",
        family="playing_at",
        moment="2026-11-20 02:00",
    ),
    Fresh(
        text="what was on at quarter past eight last night",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="what song was on this morning around eight",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="last Friday at nine pm, what was playing",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="what was playing at quarter after five today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was on Wednesday at noon",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="the day before yesterday at nine at night, what was on",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="what was playing last night at like one a.m.",
        family="playing_at",
        moment="2026-11-20 01:00",
    ),
    Fresh(
        text="ten to eight yesterday evening what song was that",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, would ya say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste real quick",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="so what's my music taste like, honestly",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time do I usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I normally have music on, like what hour and what day",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week and what time am I listening the most",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="anybody new I found this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="did I discover any new artists over the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="new bands this year?",
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
        text="what's my skip rate for last week",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="how many songs did I skip last night out of what played",
        family="skips",
        period="last_night",
        content="music",
    ),
    # repeat
    Fresh(
        text="do I replay the same songs a lot",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="how much have I been playing the same stuff over and over lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened now",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak at",
        family="streak",
    ),
    Fresh(
        text="am I on a streak, how many days straight is it",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first play Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when's the first time Eres by Café Tacvba came up",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="when did I first start listening to The Daily",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="first time I played Wet Leg?",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did I last hear Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time I had Moon Safari on, when was that",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="when was Daft Punk on last",
        family="last_play",
        name="Daft Punk",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="ope, what was that last tune I had on",
        family="last_song",
    ),
    Fresh(
        text="the very last song I listened to, what was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played today",
        family="first_today",
    ),
    Fresh(
        text="what'd I wake up to today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song last night",
        family="first_in",
        period="last_night",
    ),
    Fresh(
        text="first song I played on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what did I kick off October with",
        family="first_in",
        period="october",
    ),
    Fresh(
        text="first tune this week, what was it",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what was the last song I played last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what'd I close out last Friday with",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="this morning, what was the last thing I played before I crashed",
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
        text="what track am I always skipping past",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song in the kitchen",
        family="most_skipped",
        period="all_time",
        room="kitchen",
    ),
    # most_skipped_artist
    Fresh(
        text="what artist do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do I keep skipping, band-wise",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's that song I can't stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what's been on heavy rotation for me",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my week, listening-wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="year in review, you betcha, let's hear it",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on last month, how'd it go",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="do a little recap of last night for me",
        family="recap",
        period="last_night",
    ),
    Fresh(
        text="how'd we do last year, like a recap",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more at night or in the mornings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more of a night listener or a morning one",
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
        text="do I listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends versus work nights, when do I have more music on",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen real quick",
    "ope, turn the music down, I'm trying to sleep",
    "skip this song",
    "what song is this",
    "pause the podcast, I gotta grab a pop",
    "set a timer for twenty minutes",
    "what's the weather gonna be tonight, I gotta drive in at ten",
    "add pop to the shopping list",
    "turn off the kitchen light",
    "volume down to like three",
    "shuffle my music",
    "turn repeat on for this one",
    "next track in the kitchen",
    "what am I listening to right now",
    "what's playing in the kitchen",
    "group the kitchen and living room speakers",
    "set the thermostat to sixty-eight",
    "wake me up at four thirty pm",
    "play the album Discovery",
    "play the newest episode of The Daily",
    "resume the podcast",
    "louder, you betcha",
    "stop the music",
    "play some Queen in the living room",
    "turn off repeat",
    "who sings this song",
    "play Bohemian Rhapsody",
    "next episode",
    "mute the kitchen speaker",
    "turn the heat down, it's a sauna in here",
    "is it gonna snow tonight",
    "add coffee and pop to the list real quick",
    "set an alarm for nine pm",
    "go back to the last song",
    "how long's left on this track",
    "put on some music for my drive",
    "shuffle off please",
    "turn the kitchen lights to fifty percent",
    "play something chill, I just got off shift",
    "what's this podcast called",
    "skip ahead thirty seconds",
    "ope, cancel the timer",
]

"""Writer 321, a Northern Irish (Belfast) electrician, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="bout ye, who've I been listening to the most the week",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="who was me number one artist last month like",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="here which band am I wile obsessed with these days",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="go on then, top three artists this year",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="what band did we have on the most last weekend, was it yer Queen boys",
        family="top_artists",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="who've I played the most over the last three month",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="what's me most played song of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="give us me top five tracks for October there",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="in the kitchen, what song gets played the most",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="what was my song of the summer, the one I had on the most",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="which album did I have on the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what record was I hammerin last summer",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="me most played album ever, what is it",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's been me go to podcast since March",
        family="top_podcasts",
        period="since_march",
    ),
    Fresh(
        text="top podcast in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how long was the music goin for the day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="roughly how many hours of listenin did I do last week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how long did we have stuff on for yesterday, the two of us",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="how many minutes of podcasts did I get through this week",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="how long was the kitchen speaker blaring this afternoon",
        family="listening_time",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="how long did Ada listen for the last seven days",
        family="listening_time",
        period="last_7_days",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many tunes did I get through this mornin before work",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many songs did I play the day before yesterday",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="total number of plays since October, ballpark",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="how many episodes did I listen to in September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands did I have on in August",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="in total like how many different artists are in there",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play over the last thirty days",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="how many separate tracks did I listen to last week, not countin repeats",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="number of different songs in 2025",
        family="songs_count",
        period="in_2025",
    ),
    # play_count
    Fresh(
        text="how many times did I play bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times has that daft punk one more time been on since monday, it's doin me head in",
        family="play_count",
        period="since_monday",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how much Queen have I had on this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times have I played stiff little fingers",
        family="play_count",
        period="all_time",
        name="Stiff Little Fingers",
    ),
    Fresh(
        text="the daily, how many times did I listen to it last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="any Air on last weekend at all",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="did I catch that daily podcast this morning or did I not",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="have I listened to snow patrol at all this year",
        family="did_i",
        period="this_year",
        name="Snow Patrol",
    ),
    Fresh(
        text="did we have cafe tacuba on last month",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was on yesterday evening when I got in from the job",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I listen to the day",
        family="what_played",
        period="today",
    ),
    Fresh(
        text="what were we playin on Saturday",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="run me through what I was listenin to last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what was Ada listening to last night",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter past eight last night",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="this morning round about half eight what was playin",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playing at five past five the day",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="Wednesday night at nine o'clock what had I on",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="saturday dinner time, twelve o'clock like, what song was goin",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    # taste
    Fresh(
        text="what sort of music am I into would ye say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="sum up me taste for us",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kinda stuff do I listen to, describe it",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="when am I usually listenin, like what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my busiest time for listening, time of day and day of the week",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what time do I normally have stuff on",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I found any new bands lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this month or is it the same oul stuff",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did I hear for the first time last month",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often do I skip songs",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's me skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="do I skip a lot, be honest with me",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this month",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened",
        family="streak",
    ),
    Fresh(
        text="what's me streak at, days on the trot",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Daft Punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when was the first time I played eres",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when did Van Morrison first show up in me history",
        family="first_play",
        name="Van Morrison",
    ),
    # last_play
    Fresh(
        text="when did I last play don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when was the last time I had the daily on",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time I had Justice on, when was that",
        family="last_play",
        name="Justice",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what was that last tune I had on, I can't mind the name of it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to this mornin",
        family="first_today",
    ),
    Fresh(
        text="what was the first song I played the day",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did I start off with on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what was the first tune I played last week",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="what kicked off November the third for me, first song",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="what was the last thing I played yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the last song on last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what song did I end on this morning",
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
        text="what track am I always skippin",
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
        text="who's the artist I keep skippin past",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's that song I can't stop playin",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on how October went",
        family="recap",
        period="october",
    ),
    Fresh(
        text="give us a wee recap of our summer",
        family="recap",
        period="summer",
        person="we",
    ),
    Fresh(
        text="give us a wee rundown of my listening",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="is it mornings or evenings I have the music on more",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="afternoons or evenings, which do I listen more",
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
        text="weekdays or weekends, when am I listening more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen there",
    "turn that music up a wee bit",
    "turn it down, I'm on the phone",
    "skip this song, it's boggin",
    "what's this song called",
    "what's playing in the kitchen right now",
    "pause the podcast a wee minute",
    "next track",
    "turn off the kitchen light",
    "put the album Discovery on",
    "shuffle me music",
    "put this one on repeat",
    "set a timer for twenty minutes",
    "what's the weather like the day",
    "is it gonna rain in Belfast",
    "add milk to the shopping list",
    "put the heating up to twenty one",
    "what am I listening to right now",
    "volume six",
    "group the kitchen speaker with the living room",
    "play The Daily",
    "stop the music",
    "play something by Queen",
    "play BBC Radio Ulster",
    "louder",
    "play some Van Morrison",
    "who sings this",
    "what album's this from",
    "turn on shuffle in the kitchen",
    "stop playing in the living room",
    "resume the podcast",
    "play the next episode of the daily",
    "set an alarm for half six",
    "what time is it",
    "turn the lights off in the hall",
    "remind me to ring the wholesalers at nine",
    "how long's left on the timer",
    "play Around the World",
    "skip forward thirty seconds",
    "unmute the kitchen speaker",
    "lower the volume in the kitchen",
    "is the back door locked",
    "play me some tunes",
    "rewind that bit",
    "turn repeat off",
]

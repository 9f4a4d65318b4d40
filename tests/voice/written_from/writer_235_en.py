"""Writer 235, Belfast football fan (loud and excited), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="what about ye! right, who was my number one band last month, go on tell me",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="quick one while the match is at the break, which artist have I been totally obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen like, who's been gettin the most airtime this year, which band",
        family="top_artists",
        period="this_year",
        room="kitchen",
    ),
    Fresh(
        text="top three artists last year, go, give us them in order",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="what's my song of the month then, the wee tune I've had on most this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five most played tracks of all time, c'mon",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which tune did I absolutely hammer last week",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="aye so what was my song of the summer, this summer there",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="which album did I play the most this year, the whole record like",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what's my favourite album ever, the one I've played to death",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="two albums I had on most since March, what are they",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I well hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what podcast did I have on the most last month so I did",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="my go-to podcast in twenty twenty five, what was it",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did I get through this week, be honest now",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long was the music on for yesterday, felt like ages so it did",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how long did we have stuff on for last weekend, the whole house like",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="minutes of podcasts the day, how many have I done",
        family="listening_time",
        period="today",
        content="podcasts",
    ),
    Fresh(
        text="how much listening did I do in the last three months altogether",
        family="listening_time",
        period="last_3_months",
    ),
    # plays
    Fresh(
        text="how many songs have I played the day so far",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many tunes did I stick on in October, was it loads",
        family="plays",
        period="october",
        content="music",
    ),
    Fresh(
        text="episodes last month, how many did I listen to",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many things did we play altogether last week, all of us",
        family="plays",
        period="last_week",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different bands have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="over the last thirty days how many different artists did I hear, roughly",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="how many different artists has Ada had on in September",
        family="artists_count",
        period="september",
        person="Ada",
    ),
    # songs_count
    Fresh(
        text="how many different songs have I played since October",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="how many different tracks have I had on, like ever, in total",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="different songs last summer, how many was it",
        family="songs_count",
        period="last_summer",
    ),
    # play_count
    Fresh(
        text="how many times did I play bohemian rhapsody this month, go on",
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
        text="how many times have I played yer man's one more time, the daft punk one",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="times I played dance by justice last week, how many",
        family="play_count",
        period="last_week",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="how many plays has Radiohead had off me this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="had I that cafe tacuba on at all last week",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
    ),
    Fresh(
        text="listened to much Air lately, have I?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did I play The Weeknd at all this month, catch yourself on, did I?",
        family="did_i",
        period="this_month",
        name="The Weeknd",
    ),
    Fresh(
        text="sexy boy by air, did I hear it on Saturday",
        family="did_i",
        period="saturday",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="did The Daily get a wee listen this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening, I can't mind",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I have on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="in the kitchen last Friday, what was on",
        family="what_played",
        period="last_friday",
        room="kitchen",
    ),
    Fresh(
        text="what music did I listen to this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what did youse have on last weekend, what did we listen to",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    # playing_at
    Fresh(
        text="what was playin at eight o'clock last night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="this morning at half eight, what was on",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was on round about quarter past five the day",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Saturday at nine at night, what was I playing",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, be honest with me",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="go on describe my taste in music, I'm dead curious",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste been like this year, what sort of stuff",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have the tunes on",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I listen the most, like what hour and what day of the week",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I discover anybody new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new bands turn up in my listening since March",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="who did I hear for the very first time last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do I skip songs, am I terrible for it",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="have I been skipping loads of tracks over the past two weeks",
        family="skips",
        period="last_2_weeks",
    ),
    # repeat
    Fresh(
        text="do I play the same songs over and over, like how much do I replay stuff",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening now",
        family="streak",
    ),
    Fresh(
        text="what's my streak at, days on the trot with music on",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did cafe tacuba first show up in my history",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="first time I ever played Wet Leg, when was it",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did I last play don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time I had The Daily on, when was that",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when's the last time I heard Air, it's been ages so it has",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="last tune I had on, what was it again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played the day",
        family="first_today",
    ),
    Fresh(
        text="first song I put on today, what was it, I was half asleep",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday, what was it",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I kick off with last Friday, first tune",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="on November the third what was the first song I played",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="what did I finish up with last night, the last song",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song I played on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what was the last tune of last week",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track am I always skipping, there's one, I know there is",
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
        text="who's the artist I keep skipping past, wee bit embarrassing",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's that tune I can't stop playing, what is it",
        family="on_repeat",
    ),
    Fresh(
        text="what's getting hammered on repeat at the minute",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening there",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how'd my week go music-wise, fill me in",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="year in review, go on, what was my year like",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through August, how did it go",
        family="recap",
        period="august",
    ),
    Fresh(
        text="recap of the last seven days please, quick before kick off",
        family="recap",
        period="last_7_days",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning listener or a night owl",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons or evenings, when do I have more music on",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more at the weekend or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays versus weekends, which gets more music out of me",
        family="compare_week",
        period="all_time",
    ),
    # extra variety
    Fresh(
        text="since Monday, how much time have I spent listening",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="Daft Punk, did I have them on this week at all",
        family="did_i",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="who was my top artist over the last seven days, bet it's Queen",
        family="top_artists",
        period="last_7_days",
    ),
    Fresh(
        text="what was the most played song last summer",
        family="top_tracks",
        period="last_summer",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen, go on, turn it up",
    "turn that music up, it's class so it is",
    "what song is this, it's a belter",
    "skip this one, it's rotten",
    "pause the podcast, the match is starting",
    "next track in the living room",
    "turn off the kitchen light",
    "play the album Discovery",
    "volume to eight",
    "shuffle on, mix it up",
    "put this song on repeat",
    "group the kitchen speaker with the living room one",
    "set a timer for ten minutes for the pasties",
    "what's the weather like in Belfast the day",
    "add Tayto to the shopping list",
    "turn the heating up a wee bit, it's baltic",
    "what am I listening to right now",
    "what's playing in the kitchen",
    "play some Queen, Don't Stop Me Now, we're winning",
    "stop the music",
    "who sings this",
    "play The Daily",
    "play the latest episode of The Daily in the kitchen",
    "turn it down, I'm on the phone",
    "next song",
    "play something by Justice",
    "put Bohemian Rhapsody on, loud",
    "mute the kitchen speaker",
    "play Air on all the speakers",
    "turn repeat off",
    "what's the score in the Northern Ireland game",
    "set the thermostat to twenty one",
    "go back to the start of this track",
    "how long is left on this song",
    "play music in the kitchen",
    "resume the podcast",
    "skip forward thirty seconds",
    "play Around the World by Daft Punk",
    "what album is this song from",
    "turn the volume down in the kitchen",
    "add milk and bread to the shopping list",
    "play Sexy Boy, then shuffle the rest",
    "set an alarm for seven the morrow",
    "is it gonna rain the day",
]

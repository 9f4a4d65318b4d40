"""Writer 582, an Australian long-haul truckie from Queensland in his fifties, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who've I been flogging the most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="top three artists since March, go",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in the kitchen, who gets the most airtime",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="which mob have I been hooked on lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="back in twenty twenty five, who'd I play the most",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="what's the song I've played the guts out of this year",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="reckon I flogged some song to death in October. which one",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="give us me five most played tracks, all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="song of the summer, what was it",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="number one tune the last thirty days?",
        family="top_tracks",
        period="last_30_days",
    ),
    # top_albums
    Fresh(
        text="which album've I had on the most",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what's the record I spun most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="top album last summer mate",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="my two most played albums in September, what were they",
        family="top_albums",
        period="september",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what podcast am I hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which podcast's been me go-to this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="most played podcast last month?",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="how long's the music been going today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of tunes did I get through last week",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how much time'd we spend listening last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how long was the podcast on for this morning",
        family="listening_time",
        period="this_morning",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="how many songs've I had on since Monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="how many tracks did I put through yesterday",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="all up, how many things did we play last month",
        family="plays",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="number of episodes I listened to in August",
        family="plays",
        period="august",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different bands have I had on this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists all up, ever",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="over the last three months how many different acts did I get through",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs'd I play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="separate tracks this month, how many's that",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="since October how many different tunes have I gone through",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how many times've I had Bohemian Rhapsody on",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Daft Punk this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily. how many times'd that come on last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="Cold Chisel, how many times this year",
        family="play_count",
        period="this_year",
        name="Cold Chisel",
    ),
    Fresh(
        text="how often'd I play that Moon Safari record in September",
        family="play_count",
        period="september",
        name="Moon Safari",
    ),
    # did_i
    Fresh(
        text="did I have any Queen on yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="any AC/DC get a run last weekend",
        family="did_i",
        period="last_weekend",
        name="AC/DC",
    ),
    Fresh(
        text="did I catch the daily this morning or not",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="was that sexy boy song on at all last week",
        family="did_i",
        period="last_week",
        name="Sexy Boy",
    ),
    Fresh(
        text="that cafe tacuba mob, did we have them on in October",
        family="did_i",
        period="october",
        name="Café Tacvba",
        person="we",
    ),
    # what_played
    Fresh(
        text="what'd I have going last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="run me through what got played this arvo",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Saturday. what'd we have on",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="fill me in on what I played November the third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="yesterday after tea, what was I listening to",
        family="what_played",
        period="yesterday_evening",
    ),
    # playing_at
    Fresh(
        text="what was going at ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was playing round eight this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="five past five this arvo, what was that song",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="what was on Wednesday lunchtime, bout twelve",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="what sort of music am I into, you reckon",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of stuff do I go for, music wise",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste been like lately",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have the tunes going",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I listen the most. what hour, what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="this year which day of the week do I play the most music",
        family="peak",
        period="this_year",
        content="music",
    ),
    # new_artists
    Fresh(
        text="found anyone new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new bands turn up this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd I hear for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often do I skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's me skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="do I skip heaps? be honest",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="last week, how many songs did I skip out of what played",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="do I play the same songs over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's me repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="been playing the same old stuff this month?",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="how much do I replay the same tracks over the past two weeks",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="how many days straight have I had music on",
        family="streak",
        content="music",
    ),
    Fresh(
        text="what's me streak at",
        family="streak",
    ),
    Fresh(
        text="how many days running've I listened now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when'd I first play Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did Da Funk first come on",
        family="first_play",
        name="Da Funk",
    ),
    Fresh(
        text="first time I ever heard that cafe tacuba lot, when was it",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Slim Dusty. when'd he first turn up",
        family="first_play",
        name="Slim Dusty",
    ),
    # last_play
    Fresh(
        text="when'd I last have Queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time I played Digital Love?",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="when did I last hear the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="yeah nah, Midnight Oil, when'd I last play em",
        family="last_play",
        name="Midnight Oil",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="last thing I had on, what was it",
        family="last_song",
    ),
    Fresh(
        text="what'd I finish up with? last track",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what'd I have on first thing when I got up",
        family="first_today",
    ),
    Fresh(
        text="first song today, what was it mate",
        family="first_today",
    ),
    Fresh(
        text="what kicked things off today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I had on last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first track on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what'd I start the day with yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first tune of the year, what was it",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what did I knock off with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song on November third",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="what was the last track I played last week",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="day before yesterday, what'd I end on",
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
        text="what's the tune I can't stand, the one I always skip",
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
        text="which band do I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do I keep skipping past",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="most skipped artist, last seven days",
        family="most_skipped_artist",
        period="last_7_days",
    ),
    # on_repeat
    Fresh(
        text="what song've I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="reckon I've flogged that song. which one is it",
        family="on_repeat",
    ),
    Fresh(
        text="what's on high rotation at the moment",
        family="on_repeat",
    ),
    Fresh(
        text="what's the song I can't stop playing",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of me week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how'd last month go, listening wise",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="year in review mate",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="quick rundown of the listening, go on",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how'd we go last year, all in all",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more a morning or a night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the mornings or the arvo",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or evenings, when've I got more music on",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekends or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays versus weekends, which gets more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekends or work days, where do I do most of me listening",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play some Daft Punk in the kitchen mate",
    "turn it up a bit",
    "what's this song",
    "skip this one, I've flogged it",
    "pause the podcast",
    "next track",
    "turn the kitchen light off",
    "play the album Discovery",
    "volume down, too bloody loud",
    "shuffle on",
    "put this one on repeat",
    "group the kitchen and the lounge speakers",
    "set a timer for twenty minutes",
    "what's the weather doing in Rocky tomorrow",
    "add bread and milk to the shopping list",
    "set the air con to twenty two",
    "what am I listening to right now",
    "who sings this",
    "what's playing in the kitchen",
    "play The Daily",
    "chuck on Bohemian Rhapsody, loud",
    "stop the music",
    "play something by Queen in the kitchen",
    "put Triple M on",
    "wake me up at four",
    "set an alarm for quarter to four",
    "how far's Brisbane to Townsville",
    "remind me to check the tyres tomorrow arvo",
    "what time is it in Perth",
    "play the next episode of The Daily",
    "go back a song",
    "start this song again",
    "turn repeat off",
    "mute the kitchen",
    "play some music in the kitchen",
    "louder mate, can't hear it over the kettle",
    "I like this song",
    "add this track to me playlist",
    "play some Slim Dusty",
    "what album's this off",
    "how long's left on this song",
    "resume the podcast",
    "turn the fan on in the kitchen",
    "is it gonna rain this arvo",
    "yeah nah, stop",
]

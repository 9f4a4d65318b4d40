"""Writer 26, podcast-heavy household listener (relaxed, slightly sarcastic), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="be honest, who've I been obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="who was our number one band last month, the whole house I mean",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="in the kitchen, who gets played the most, artist-wise",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="top three artists this year, go on, surprise me",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="ok so who was my go-to artist back in twenty twenty five",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="did I even have a song of the summer in between all the podcasts",
        family="top_tracks",
        period="summer",
        content="music",
    ),
    Fresh(
        text="name my five most played tracks since March",
        family="top_tracks",
        period="since_march",
        content="music",
        count=5,
    ),
    Fresh(
        text="which song did we absolutely wear out last year",
        family="top_tracks",
        period="last_year",
        content="music",
        person="we",
    ),
    Fresh(
        text="most played song in the kitchen in October?",
        family="top_tracks",
        period="october",
        content="music",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="which album did I actually play the most this year, not counting episodes obviously",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="record I spun most over the last three months",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="what's my favourite album of all time, roughly",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="be honest, which podcast am I hooked on",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    Fresh(
        text="what's been my go-to show this month, as if I don't know",
        family="top_podcasts",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="top podcast in 2025, humour me",
        family="top_podcasts",
        period="in_2025",
        content="podcasts",
    ),
    Fresh(
        text="what's Ada's favourite podcast",
        family="top_podcasts",
        period="all_time",
        content="podcasts",
        person="Ada",
    ),
    # listening_time
    Fresh(
        text="be honest, how many hours of podcasts did I burn through this week",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="how long was the kitchen speaker going yesterday",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="how much music did we have on last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="total listening time this year, don't sugarcoat it",
        family="listening_time",
        period="this_year",
    ),
    Fresh(
        text="how long did I have podcasts going this morning",
        family="listening_time",
        period="this_morning",
        content="podcasts",
    ),
    Fresh(
        text="over the past two weeks how many hours of episodes is that",
        family="listening_time",
        period="last_2_weeks",
        content="podcasts",
    ),
    Fresh(
        text="how much have I listened since Monday, ballpark",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="how long did Ada listen last week",
        family="listening_time",
        period="last_week",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many episodes did I get through in October",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="how many tunes have I played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="number of plays in the last thirty days, roughly",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many things did we play yesterday all in all",
        family="plays",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="songs in the last seven days, how many",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists did I squeeze in this month between all the podcasts",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="how many bands have I listened to in total",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many different artists did we get through last year",
        family="artists_count",
        period="last_year",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last week",
        family="songs_count",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how many unique tracks have I had on since October",
        family="songs_count",
        period="since_october",
        content="music",
    ),
    Fresh(
        text="in the kitchen how many different songs got played in September",
        family="songs_count",
        period="september",
        content="music",
        room="kitchen",
    ),
    # play_count
    Fresh(
        text="be honest, how many times did I play Bohemian Rhapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many episodes of the daily did I listen to last month",
        family="play_count",
        period="last_month",
        name="The Daily",
        content="podcasts",
    ),
    Fresh(
        text="how much queen have I had on since march, and don't judge",
        family="play_count",
        period="since_march",
        name="Queen",
    ),
    Fresh(
        text="times I've played radiohead, ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="how often did The Daily come on in the kitchen last week",
        family="play_count",
        period="last_week",
        name="The Daily",
        room="kitchen",
    ),
    # did_i
    Fresh(
        text="did I actually catch the daily yesterday or did I just think about it",
        family="did_i",
        period="yesterday",
        name="The Daily",
    ),
    Fresh(
        text="listened to any air lately?", family="did_i", period="lately", name="Air"
    ),
    Fresh(
        text="did we have any justice on last weekend",
        family="did_i",
        period="last_weekend",
        name="Justice",
        person="we",
    ),
    Fresh(
        text="did I ever play anything by the weeknd, be honest",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="that eres song by cafe tacuba, did it come on at all in august",
        family="did_i",
        period="august",
        name="Eres by Café Tacvba",
    ),
    # what_played
    Fresh(
        text="what was on in the kitchen yesterday evening",
        family="what_played",
        period="yesterday_evening",
        room="kitchen",
    ),
    Fresh(
        text="fill me in on what I had on this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what did we listen to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="run me through what played on Saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what've I been listening to the last seven days, podcasts and all",
        family="what_played",
        period="last_7_days",
    ),
    # playing_at
    Fresh(
        text="what was blasting in the kitchen at eight last night",
        family="playing_at",
        moment="2026-11-19 20:00",
        room="kitchen",
    ),
    Fresh(
        text="what was I listening to around half eight this morning, some podcast probably",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playing at quarter past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was on at nine pm the day before yesterday",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="be honest, what does my taste say about me",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="sum up my taste in music in one sentence, podcasts aside",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what kind of stuff have I been into this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day am I usually listening", family="peak", period="all_time"
    ),
    Fresh(
        text="when's my prime listening slot, hour and day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week do I listen the most, roughly what time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered anyone new lately, or is it just the daily on loop",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this month at all",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did I hear for the first time in September",
        family="new_artists",
        period="september",
    ),
    # skips
    Fresh(
        text="how often do I skip stuff, be honest", family="skips", period="all_time"
    ),
    Fresh(text="what's my skip rate this month", family="skips", period="this_month"),
    Fresh(
        text="how many songs did I skip last week, roughly",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="do I just replay the same songs over and over",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how repetitive was my listening this year, honestly",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(text="how many days in a row have I listened now", family="streak"),
    Fresh(
        text="what's my listening streak at, not broken it yet have I", family="streak"
    ),
    # first_play
    Fresh(
        text="when did justice first show up in my history",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the very first time I put on the daily",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I first listen to wet leg", family="first_play", name="Wet Leg"
    ),
    # last_play
    Fresh(text="when did I last put on some air", family="last_play", name="Air"),
    Fresh(
        text="last time I played don't stop me now?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when did digital love last come on in the kitchen",
        family="last_play",
        name="Digital Love",
        room="kitchen",
    ),
    # last_song
    Fresh(text="what was the last song I played", family="last_song"),
    Fresh(
        text="remind me what the last track I had on was, my memory's shot",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to today, the daily as usual?", family="first_today"
    ),
    Fresh(text="first song of the day, what was it", family="first_today"),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="what did I kick off last Friday with",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track on November third",
        family="first_in",
        period="november_3",
        content="music",
    ),
    # last_in
    Fresh(
        text="last song I played yesterday, what was it",
        family="last_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="what was the last thing on on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what did I wrap up the day before yesterday with",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most, be honest",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track am I forever skipping",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose songs do I keep bailing on halfway through",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="what song can't I stop playing these days", family="on_repeat"),
    Fresh(
        text="what's on heavy rotation in the kitchen",
        family="on_repeat",
        room="kitchen",
    ),
    Fresh(text="which track have I been wearing out, go on", family="on_repeat"),
    # recap
    Fresh(text="how was my week, listening-wise", family="recap", period="this_week"),
    Fresh(
        text="give me our October in review",
        family="recap",
        period="october",
        person="we",
    ),
    Fresh(text="rundown of my listening, go", family="recap", period="this_month"),
    Fresh(
        text="how did my year go, music and podcasts, all of it",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap last summer for me, I barely remember it",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or evenings, when do I have more on",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I play more in the afternoons or the evenings this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I listen more at weekends or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays versus weekends, where's most of my listening",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen",
    "play the latest episode of the daily",
    "ok pause the podcast, someone's at the door",
    "skip ahead thirty seconds, these ads are unbearable",
    "turn the kitchen speaker down a bit",
    "turn the music up, I can't hear over the kettle",
    "what's playing in the kitchen right now",
    "what song is this",
    "what am I listening to right now",
    "who sings this one",
    "skip this song",
    "next track in the living room",
    "play the album Discovery",
    "shuffle some Justice",
    "put repeat on for this song",
    "turn repeat off",
    "group the kitchen and living room speakers",
    "play the daily on all speakers",
    "stop the music in the kids' room",
    "resume my podcast",
    "play the podcast a bit faster, like one and a half",
    "set a timer for twelve minutes for the pasta",
    "what's the weather tomorrow",
    "is it going to rain this afternoon",
    "add oat milk to the shopping list",
    "turn off the kitchen light",
    "dim the lights in the living room",
    "set the thermostat to twenty one",
    "play something chill in the kitchen",
    "play Queen, it's that kind of evening",
    "subscribe to The Daily",
    "volume to four",
    "mute the kitchen speaker",
    "play the next episode",
    "go back to the start of this episode",
    "like this song",
    "play some music the kids would like",
    "what time is it",
    "remind me to call mum at seven",
    "who's at the front door",
    "turn on the hallway light",
    "play Around the World by Daft Punk in the bathroom",
    "stop everything, everywhere, please",
    "move the music to the bedroom speaker",
]

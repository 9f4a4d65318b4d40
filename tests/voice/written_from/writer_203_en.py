"""Writer 203, meticulous Scouse speaker who gives dates as numbers and double-checks, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who've I had on the most this month, la? from the 1st, like",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="right, just so I've got it straight, who was me number one artist in 2025? the whole year, January to December",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="top 3 artists for October please, 1st to the 31st",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="who've I been dead obsessed with lately boss",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, which band got played most last week? that's the 9th to the 15th, yeah",
        family="top_artists",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="who did we have on most last month, la",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what's me most played song of all time, la",
        family="top_tracks",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="list me top five tracks since the 1st of March, please boss",
        family="top_tracks",
        period="since_march",
        count=5,
        content="music",
    ),
    Fresh(
        text="song of the month for September? September this year, I mean, the 1st to the 30th",
        family="top_tracks",
        period="september",
        content="music",
    ),
    Fresh(
        text="which tune did I play the most on the 14th, the Saturday",
        family="top_tracks",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="what were Ada's two most played songs last summer? June to August 2025, that is",
        family="top_tracks",
        period="last_summer",
        count=2,
        content="music",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="which album's had the most plays this year, 1st of January up to today",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="me most played record in the last three months, so from the 21st of August onwards",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="what album did I have on most in August, la? double check it's August 2026 an' all",
        family="top_albums",
        period="august",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on, boss",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    Fresh(
        text="what's me go-to podcast then, all time like",
        family="top_podcasts",
        period="all_time",
        content="podcasts",
    ),
    Fresh(
        text="most played show in 2025? the podcast, I mean, not the telly",
        family="top_podcasts",
        period="in_2025",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="how long did I listen for on the 18th, the Wednesday",
        family="listening_time",
        period="day_before_yesterday",
    ),
    Fresh(
        text="how many hours of music have I had on this week? Monday the 16th up to now, like",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="total minutes listening yesterday, 19/11, just wanna check it against what I wrote down",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="sound, and how much time did we spend listening in October altogether",
        family="listening_time",
        period="october",
        person="we",
    ),
    Fresh(
        text="how long's the music been on this afternoon? from 12 o'clock, I mean",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs have I played today, 20/11",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many plays altogether in the last 30 days? so from the 22nd of October",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="episodes, la, how many did I get through last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did we play over the weekend, the 14th and 15th",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to since the 1st of October",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="number of different bands I had on in 2025, just the number, ta",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="how many artists is it altogether, la, ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs have I played this month? separate ones, not counting the repeats",
        family="songs_count",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="number of different tracks over the last seven days, the 14th to today",
        family="songs_count",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="last summer, the 2025 one, how many different tunes did I get through",
        family="songs_count",
        period="last_summer",
        content="music",
    ),
    # play_count
    Fresh(
        text="how many times have I played Bohemian Rhapsody this year, la",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Daft Punk did I have on last week? the 9th to the 15th, that is",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times did I play dance by Justice on the 3rd of November",
        family="play_count",
        period="november_3",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="The Beatles, boss, how many times have I played them ever",
        family="play_count",
        period="all_time",
        name="The Beatles",
    ),
    Fresh(
        text="The Daily, how many times have I had it on since Monday the 16th",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I listen to any Queen yesterday, the 19th",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="have I had Cafe Tacvba on at all this year",
        family="did_i",
        period="this_year",
        name="Café Tacvba",
    ),
    Fresh(
        text="listened to Air on the 13th? Friday the 13th, I mean, not any other 13th",
        family="did_i",
        period="last_friday",
        name="Air",
    ),
    Fresh(
        text="did I play any Cilla Black in the last three months, me mam swears I did",
        family="did_i",
        period="last_3_months",
        name="Cilla Black",
    ),
    Fresh(
        text="did we have Sexy Boy on at all on Saturday, the 14th",
        family="did_i",
        period="saturday",
        name="Sexy Boy",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening, the 19th",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I have on this morning, 20/11, before me mam rang",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what was on on the 18th, la, the whole day",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="run me through what we listened to on the 3rd of November",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="what tunes was I playing last night",
        family="what_played",
        period="last_night",
        content="music",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter to eight on the 19th",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was playing at 8 o'clock this morning, 20/11",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="on the 14th at 9pm, what was on, la",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="what was I playing at 12 noon on the 2nd of November",
        family="playing_at",
        moment="2026-11-02 12:00",
    ),
    Fresh(
        text="what had I on at ten past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="19/11 at 20:05, what was on? just checking it was what I thought",
        family="playing_at",
        moment="2026-11-19 20:05",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, la, honestly",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="describe me taste since the 1st of March",
        family="taste",
        period="since_march",
    ),
    Fresh(
        text="sum up me taste this year, boss, go on",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually listen, la",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when am I usually listening? the hour and the day, both please",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what was me usual listening time in October, what hour like",
        family="peak",
        period="october",
    ),
    # new_artists
    Fresh(
        text="have I discovered anyone new this month, since the 1st of November",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new artists in the last 30 days? 22/10 to now",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="who did I hear for the first time in 2025",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="how often do I skip, la",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's me skip rate this month? the 1st to the 20th",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="last week, 9th to the 15th, how many songs did I skip out of what I played",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs? be honest",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's me repeat rate since the 1st of October",
        family="repeat",
        period="since_october",
    ),
    Fresh(
        text="am I playing the same tracks over and over lately or what",
        family="repeat",
        period="lately",
        content="music",
    ),
    # streak
    Fresh(
        text="how many days on the trot have I listened now",
        family="streak",
    ),
    Fresh(
        text="what's me streak at, la? days in a row, I mean",
        family="streak",
    ),
    Fresh(
        text="I think I've listened every single day since the start of the month, how many days running is it actually",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Digital Love, when did it first turn up? what date exactly",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="first time I ever played The Beatles, when was that",
        family="first_play",
        name="The Beatles",
    ),
    # last_play
    Fresh(
        text="when did I last play Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time I had The Daily on, what's the date",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I last listen to Gerry and the Pacemakers, la",
        family="last_play",
        name="Gerry and the Pacemakers",
    ),
    Fresh(
        text="Cafe Tacvba, when was the last time? day and time please",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="what did I play last, la",
        family="last_song",
    ),
    Fresh(
        text="last track I had on, what was it again? I've forgot already",
        family="last_song",
        content="music",
    ),
    # first_today
    Fresh(
        text="what was the first thing I played today, 20/11",
        family="first_today",
    ),
    Fresh(
        text="what did I wake up to this morning, boss",
        family="first_today",
    ),
    Fresh(
        text="first song of the day today, what was it",
        family="first_today",
        content="music",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday, the 19th",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="what did I start with on Saturday the 14th? the very first track",
        family="first_in",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="first thing I listened to in 2025, the 1st of January or whenever it was",
        family="first_in",
        period="in_2025",
    ),
    Fresh(
        text="this week, Monday the 16th, what was the first song on",
        family="first_in",
        period="this_week",
        content="music",
    ),
    # last_in
    Fresh(
        text="what did I end with on Friday the 13th",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song I played in October, on the 31st or whenever it was",
        family="last_in",
        period="october",
        content="music",
    ),
    Fresh(
        text="what was the last thing we played on the 18th",
        family="last_in",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="last track last night, what was it",
        family="last_in",
        period="last_night",
        content="music",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's the tune I always skip, la",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="most skipped song this year, 2026 like",
        family="most_skipped",
        period="this_year",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most, la",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who am I always skipping? which band, I mean",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="most skipped artist in September, 1st to the 30th",
        family="most_skipped_artist",
        period="september",
    ),
    # on_repeat
    Fresh(
        text="what song can't I stop playing, la",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="what've I got on repeat these days? the last fortnight, like",
        family="on_repeat",
    ),
    Fresh(
        text="what's on heavy rotation at the minute, boss",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of me listening, la",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was me week in music",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="year in review for 2025 please, the whole lot, 1st of January to the 31st of December",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="fill me in on how October went, listening-wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="how did last summer go music-wise? June to August 2025",
        family="recap",
        period="last_summer",
        content="music",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or an evening listener, la",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the mornings or at night, d'you reckon",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or afternoons, when do I listen more this month? since the 1st",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or at the weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends versus weekdays, which gets more music out of me",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="in October, did we listen more at the weekends or in the week",
        family="compare_week",
        period="october",
        person="we",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen, la",
    "turn it up a bit, boss",
    "turn the music down, me mam's on the phone",
    "what's this song, la?",
    "what am I listening to right now",
    "skip this one, it's doing me head in",
    "next track in the kitchen",
    "pause the podcast a sec",
    "play The Daily from the start",
    "put the album Discovery on in the kitchen",
    "shuffle me Queen playlist",
    "set repeat on for this song",
    "group the kitchen speaker with the front room one",
    "set a timer for 20 minutes for the scouse",
    "what's the weather doing on the 21st, is it gonna lash down",
    "add bread and milk to the shopping list, ta",
    "turn the heating up to 21 degrees",
    "turn the kitchen light off",
    "what's playing in the kitchen",
    "volume to 4, please",
    "play some Beatles, sound",
    "stop the music",
    "carry on with the podcast",
    "play the next episode of The Daily",
    "who sings this, la",
    "what time is it",
    "remind me to ring me mam at 7 on the 21st",
    "set an alarm for quarter past 7 tomorrow",
    "play Around the World by Daft Punk",
    "go back to the start of the song",
    "rewind 30 seconds",
    "turn shuffle off",
    "play Radio City",
    "louder, la, I can't hear it over the kettle",
    "mute the kitchen speaker",
    "like this song",
    "add this track to me playlist",
    "what's the temperature in the kitchen",
    "how long's left on the timer",
    "play something chilled in the kitchen",
    "play Bohemian Rhapsody, full blast",
    "what album is this from",
    "put the lights on dim in the kitchen, boss",
    "is the match on at 3 on the 21st",
]

"""Writer 333, a Newfoundland fisherman, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who's me top band this year b'y",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wha? who was I listenin' to the most last month me son",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="in the kitchen there, who gets played the most, like ever",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who were we after playin' the most last week in the house",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="give me me top three artists since March, yes b'y",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="over the past two weeks now, what crowd was I listenin' to most",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="what's me number one tune this month b'y",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name off me top five songs of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="where ya to b'y... what song was I playin' the most back in September",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="song of the summer for me, what was it? I dies to know",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="what was me most played song last year",
        family="top_tracks",
        period="last_year",
    ),
    # top_albums
    Fresh(
        text="what record am I after playin' the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which album was on the go most last summer b'y",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="me favourite album, wha's that, of all time like",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="last three months, what's me top album at",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am I hooked on b'y",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which show did I have on the most in October, the talkin' kind not the music",
        family="top_podcasts",
        period="october",
    ),
    Fresh(
        text="top podcast for me this year, what is it",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how long am I after listenin' to music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did I have the tunes on last week b'y",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how much time did we spend listenin' yesterday, the whole house like",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="minutes of podcasts this month, how many is that",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long was the music goin' in the kitchen the last thirty days",
        family="listening_time",
        period="last_30_days",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how many hours of music did I have on in twenty twenty five, must be some lot",
        family="listening_time",
        period="in_2025",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs am I after playin' today, a right lot I'd say",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many tracks did I go through since Monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="how many episodes did I listen to last month b'y",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="total plays this year, what's the number at",
        family="plays",
        period="this_year",
    ),
    # artists_count
    Fresh(
        text="how many different bands did I listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists am I after playin' altogether",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="in the last seven days how many different singers was on",
        family="artists_count",
        period="last_7_days",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play this month b'y",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="how many different tunes was I after listenin' to in August",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="number of different songs I played since October, roughly like",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how many times am I after playin' bohemian rapsody this week",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk did I have on last month",
        family="play_count",
        period="last_month",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times did I play the daily this year",
        family="play_count",
        period="this_year",
        name="The Daily",
    ),
    Fresh(
        text="how many times did I play great big sea b'y, ever",
        family="play_count",
        period="all_time",
        name="Great Big Sea",
    ),
    Fresh(
        text="that one more time song by daft punk, how many plays is it after gettin' since March",
        family="play_count",
        period="since_march",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how much of that daily show did I listen to this past fortnight",
        family="play_count",
        period="lately",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I listen to any queen yesterday b'y",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="was I after listenin' to that justice crowd lately",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="any Air on the go last weekend?",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="did I play the irish descendants this year at all",
        family="did_i",
        period="this_year",
        name="The Irish Descendants",
    ),
    Fresh(
        text="did we have that cafe tacuba on last week",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="don't stop me now, did I hear that one on Saturday",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="what was I listenin' to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what tunes did I have on this morning b'y",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="what was on the go last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what was I at on the third of November, music-wise",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what did we play the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="what was playin' this afternoon while I was down on the wharf",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what was Ada after listenin' to last weekend",
        family="what_played",
        period="last_weekend",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter to eight last night b'y",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was playin' at eight o'clock this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="wha was on round ten past eight last night",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was goin' at noon on Wednesday",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="in the kitchen at five o'clock today, what was playin'",
        family="playing_at",
        moment="2026-11-20 17:00",
        room="kitchen",
    ),
    Fresh(
        text="Saturday night 'round nine, what was on",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into b'y",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would ya describe me taste in tunes",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of stuff do I like listenin' to, me son",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have the music goin'",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I listen the most, what hour and what day like",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's me busiest day for listenin', yes b'y",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I find any new bands lately b'y",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who's new to me this year, artists I never heard before",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new crowd turn up in me music last month",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often do I skip songs b'y",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's me skip rate at this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how much was I after skippin' last week",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="do I play the same tunes over and over b'y",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's me repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="how much am I replayin' the same songs lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row am I after listenin' now",
        family="streak",
    ),
    Fresh(
        text="what's me streak at b'y",
        family="streak",
    ),
    Fresh(
        text="how many days straight have I had the tunes on without missin' one",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when's the first time I played bohemian rhapsody b'y",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when did the daily first show up on me list",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I first play ron hynes",
        family="first_play",
        name="Ron Hynes",
    ),
    # last_play
    Fresh(
        text="when was the last time I had queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time I played sexy boy, when was that b'y",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when did I last hear that eres song",
        family="last_play",
        name="Eres",
    ),
    # last_song
    Fresh(
        text="what was the last song I played b'y",
        family="last_song",
    ),
    Fresh(
        text="what's the last song I had on, I can't mind it",
        family="last_song",
    ),
    Fresh(
        text="the last track I played, what was it again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what's the first song I played today",
        family="first_today",
    ),
    Fresh(
        text="what did I wake up to this mornin' b'y",
        family="first_today",
    ),
    Fresh(
        text="first tune of the day, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first tune I had on last Friday, what was it",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what did I start off with on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what was the very first song I played this month",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="what did I end off with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song I played the day before yesterday, what was it",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was the last tune I had on last week",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="what song do I skip the most b'y",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which tune am I always skippin'",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what song did I skip most this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the crowd I'm always skippin' past b'y",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song am I on repeat with these days",
        family="on_repeat",
    ),
    Fresh(
        text="what tune can't I stop playin' b'y",
        family="on_repeat",
    ),
    Fresh(
        text="what song am I after wearin' out lately",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was me week for listenin' b'y",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give us a rundown of me year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on last month, how'd the listenin' go",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="what's the rundown on me listenin'",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how'd we get on with the listenin' last summer, give us a recap",
        family="recap",
        period="last_summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a mornin' or evenin' listener b'y",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the mornings or in the nights",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons or evenings, when do I have more music on",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more on the weekend or through the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays or weekends, when am I after playin' more tunes",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play some great big sea in the kitchen b'y",
    "turn up the music there, I can't hear it over the fan",
    "skip this one b'y, I can't stand it",
    "what's this song that's on now",
    "pause the podcast, the phone's ringin'",
    "next track in the kitchen",
    "turn off the kitchen light, yes b'y",
    "play the album discovery",
    "what's the weather like for tomorrow, is it goin' to be mauzy",
    "set a timer for twenty minutes for the fish",
    "add bread and tea bags to the shoppin' list",
    "turn the heat up a couple degrees, I'm froze",
    "shuffle the tunes b'y",
    "put this song on repeat",
    "turn the volume down, the youngsters are sleepin'",
    "what am I listenin' to right now",
    "group the kitchen speaker with the one in the front room",
    "play the daily",
    "stop the music b'y",
    "play bohemian rhapsody, loud now",
    "what's the wind doin' out on the bay today",
    "is she goin' to blow tonight",
    "play some justice in the kitchen",
    "who sings this one that's playin'",
    "lower the music a small bit",
    "turn off repeat",
    "play the next episode of the daily",
    "put on some ron hynes",
    "play somethin' by air",
    "set an alarm for four in the mornin', I'm goin' out to the boat",
    "what time is it b'y",
    "turn on the light in the back porch",
    "how long is left on the timer",
    "play VOCM",
    "skip ahead thirty seconds in the podcast",
    "mute the kitchen speaker",
    "turn the music off in the kitchen, I'm after gettin' a phone call",
    "what's the temperature in the house",
    "play the album jazz by queen",
    "put on some tunes for a kitchen party b'y",
    "what album is this song off of",
    "add cod tongues to the list",
    "how's the weather in St. John's",
    "go back one song b'y",
    "add this song to me favourites",
    "what's the name of this tune that's on",
    "crank it up some loud b'y",
]

"""Writer 228, retired miner from the South Wales Valleys, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="right then who have I had on the most this week butt, which band like",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="who was my number one singer for last year now, the one I had on the most isn't it",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="duw duw, who've I been obsessed with lately then, which artist",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="tell me my top three bands since March mun",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in the kitchen by there, who did we have on most last month, which group",
        family="top_artists",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="our Ada, who's she been listening to most last week, which artist",
        family="top_artists",
        period="last_week",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what's been my song of the month then, the tidy one I keep putting on",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name me my five most played tracks of all time, go on",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which song did I have on the most last summer when it was warm like",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="what was my favourite tune back in October, the one I played most isn't it",
        family="top_tracks",
        period="october",
    ),
    # top_albums
    Fresh(
        text="which record have I played most this year, the album I mean, not the songs",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what's my top album then, ever like",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="which album was I hooked on in September mun, I can't think",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="what's my go-to podcast these days butt",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which of them podcasts did I listen to most in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="top podcast over the last three months, what is it now",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="how long have I had music on today then, roughly like",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did I listen altogether last week, all in",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time did I spend on podcasts this month, the talking ones",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long was the music going in the kitchen yesterday evening, I had the cawl on",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how many minutes of music did we have on last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="over the past two weeks now, how many hours have I been listening",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="so how many tunes have I gone through today, so far like",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things did I play over the last thirty days, songs and podcasts and all",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many episodes of podcasts have I got through since October",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="Saturday, how many plays was it on Saturday altogether",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="how many songs have I had on since Monday, there's a question for you",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different bands have I listened to this year, roughly",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different artists did I hear in August, in the hot weather",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I have on last month mun",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="all told, how many separate tracks have I played since I started with this thing",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times have I played Bohemian Rhapsody, ever",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this week now then",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="that one more time by daft punk, how many times did I play that last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how often did I put Radiohead on this year, if at all",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I have any Justice on yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to any Air lately, have I",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did I play that eres one by cafe tacuba last summer, the Mexican lot",
        family="did_i",
        period="last_summer",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="have I had The Weeknd on this month at all, I don't think so mind",
        family="did_i",
        period="this_month",
        name="The Weeknd",
    ),
    Fresh(
        text="the Daily, the news one, did I hear that this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening, I can't remember now for the life of me",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I have on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="run me through what was playing last Friday, will you",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="on November the third, what did we have on in the kitchen",
        family="what_played",
        period="november_3",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="what have I had on this afternoon then",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what was I playing last night before bed",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="around ten to eight yesterday evening, what was I playing by there",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was playing at ten past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="what was on at five past five this afternoon, I was peeling spuds",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="the day before yesterday at nine at night, what song was on",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="quarter past eight last night, what was that tune, lovely it was",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    # taste
    Fresh(
        text="what kind of music am I into then, would you say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste for me, go on, be honest now",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of stuff do I go for, music wise like",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have the music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I listen most, which day of the week and what time like",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my busiest hour for listening, typically, and my busiest day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I found anyone new lately, any new bands",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who did I hear for the first time this year, new ones I mean",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new artists turn up in the last seven days mun",
        family="new_artists",
        period="last_7_days",
    ),
    # skips
    Fresh(
        text="how often do I skip, be honest now",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how many did I skip this week, out of how many like",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="what's my skip rate been this month, am I fussy",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="how much do I repeat myself, playing the same stuff over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate like this year, do I replay a lot",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days on the trot have I listened now",
        family="streak",
    ),
    Fresh(
        text="what's my streak, how many days running have I had something on",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first play Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did digital love first turn up in my history, by Daft Punk that is",
        family="first_play",
        name="Digital Love by Daft Punk",
    ),
    Fresh(
        text="when did I first listen to Wet Leg, our Rhian keeps on about them",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did I last have Queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the last time I heard Sexy Boy, the Air one",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="last time I played The Daily, when was that now",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last thing I played, song like",
        family="last_song",
    ),
    Fresh(
        text="the very last tune I had on, what was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I put on today, first thing like",
        family="first_today",
    ),
    Fresh(
        text="what did I start the day with, music wise",
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
        text="what did I kick off with on Saturday, first track",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what was the last song I played on Saturday night",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what did I finish up with yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="the last track I had on on November the third, what was it",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most, the one I can't stand",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune do I keep skipping past, there's always one",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip most then",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the artist I skip the most, I bet I know",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what tune can't I stop playing butt",
        family="on_repeat",
    ),
    Fresh(
        text="which song am I hammering at the moment",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of my week, how's it gone",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="run me through my year, the review like",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on how last month went, listening wise",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did my summer go then, tell me all about it",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or an evening listener, would you say",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I have more music on in the mornings or the nights",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="afternoons or evenings, when do I listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more at weekends or in the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it weekdays or weekends I have the most music on, now",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen by there",
    "turn the music up a bit, I can't hear it over the kettle",
    "what's playing in the kitchen now",
    "what song is this mun",
    "skip this one, I don't like it",
    "pause the podcast now in a minute, the phone's going",
    "next track in the living room",
    "turn off the kitchen light, there's a good girl",
    "play the album Discovery",
    "volume down to four",
    "shuffle my Queen songs",
    "put repeat on for this song",
    "group the kitchen speaker with the front room",
    "set a timer for twenty minutes for the cawl",
    "what's the weather like in Merthyr tomorrow",
    "add teabags to the shopping list",
    "turn the heating up to twenty one",
    "what am I listening to right now",
    "who sings this one",
    "play The Daily",
    "play some Justice for me, loud mind",
    "stop the music",
    "louder mun",
    "turn it down now, the neighbours",
    "play Bohemian Rhapsody in the kitchen",
    "play something by Air, something calm",
    "what album is this from",
    "carry on with the podcast",
    "play the next episode of The Daily",
    "turn shuffle off",
    "is it going to rain this afternoon",
    "set an alarm for seven",
    "what time is it now",
    "play Radio Cymru",
    "move the music to the kitchen",
    "play some Welsh male voice choir",
    "how long is left on this song",
    "put Café Tacvba on, that Eres one",
    "turn the kitchen speaker off",
    "remind me to ring our Gareth at six",
    "what's the temperature in the house",
    "mute the speaker for a minute",
    "play something tidy to cheer me up",
    "add this song to my playlist",
    "turn the bass up a bit",
]

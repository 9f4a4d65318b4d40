"""Writer 218, elderly Cornish speaker dictating slowly to a smart speaker, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="now then my lover, who's the band I've had on the most this year, tell me that",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="which artist was I playing most... the last thirty days, I mean",
        family="top_artists",
        period="last_30_days",
    ),
    Fresh(
        text="in the kitchen, which singer have I had on more than any other, ever",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="my three favourite artists of twenty twenty-five, what were they dear",
        family="top_artists",
        period="in_2025",
        count=3,
    ),
    Fresh(
        text="who were we playing most last month on the wireless",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="which band have I been proper taken with lately, my 'ansum",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="what was my favourite song in October, my lover",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="tell me the five songs I played most since March... five, that is",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="what's the one tune I've played more than any other, all told",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="song of the summer, what was it, this summer just gone",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="three songs, the ones I had on most in September, read them out slowly please",
        family="top_tracks",
        period="september",
        count=3,
    ),
    # top_albums
    Fresh(
        text="which record have I put on the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what was my favourite long-player last summer, I forget",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="the two albums I played most in August, what were they",
        family="top_albums",
        period="august",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which of they talking programmes, the podcasts, have I listened to most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which podcast have I been hooked on lately, the ones with people talking",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top podcast for the last three months please",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="how long did I have the wireless going today, all told",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how many hours of music did I listen to last week, my lover",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how much time have I spent on the podcasts this month, roughly",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long were we listening in the kitchen yesterday evening",
        family="listening_time",
        period="yesterday_evening",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="in two thousand and twenty-five, how many hours did I listen altogether",
        family="listening_time",
        period="in_2025",
    ),
    # plays
    Fresh(
        text="how many songs have I played since Monday, dear",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="how many tunes did I play this morning, I had a few on",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many episodes of the podcast did I hear, the last seven days",
        family="plays",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="how many things did we play altogether last weekend",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different bands and singers did I listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different artists have I had on, ever, in all",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="in the last three months, how many different singers was that",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs have I played this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="last summer, how many different tunes were there, all different ones mind",
        family="songs_count",
        period="last_summer",
    ),
    Fresh(
        text="how many separate songs did I have on yesterday",
        family="songs_count",
        period="yesterday",
    ),
    # play_count
    Fresh(
        text="how many times have I played Bohemian Rhapsody, that Queen one",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="how often did I have Daft Punk on in October",
        family="play_count",
        period="october",
        name="Daft Punk",
    ),
    Fresh(
        text="The Daily... how many times have I heard it this week",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times did I play Glenn Miller this year, my lover",
        family="play_count",
        period="this_year",
        name="Glenn Miller",
    ),
    Fresh(
        text="since October, how many times has Sexy Boy been played",
        family="play_count",
        period="since_october",
        name="Sexy Boy",
    ),
    # did_i
    Fresh(
        text="did I have Queen on the wireless the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
    ),
    Fresh(
        text="did I listen to Justice at all on Saturday",
        family="did_i",
        period="saturday",
        name="Justice",
    ),
    Fresh(
        text="did I hear any Vera Lynn last month",
        family="did_i",
        period="last_month",
        name="Vera Lynn",
    ),
    Fresh(
        text="did that Moon Safari record get a play this week",
        family="did_i",
        period="this_week",
        name="Moon Safari",
    ),
    Fresh(
        text="last Friday, the thirteenth, did I play Don't Stop Me Now",
        family="did_i",
        period="last_friday",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="what did I have on yesterday evening, I can't for the life of me remember",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was playing this afternoon, my lover",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what did we listen to on the third of November",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="what music did I have on last night",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="what did Ada listen to this morning, do you know",
        family="what_played",
        period="this_morning",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="yesterday, round about twenty hundred hours, what was it playing",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="this morning at half past eight, what was that on the speaker",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playing at five and twenty past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:25",
    ),
    Fresh(
        text="on Saturday, the fourteenth, at nine o'clock at night, what had I got on",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="the third of November, twelve noon, what was playing then",
        family="playing_at",
        moment="2026-11-03 12:00",
    ),
    Fresh(
        text="what was I hearing at ten past eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what came on at ten minutes to nine this morning, just before my tea",
        family="playing_at",
        moment="2026-11-20 08:50",
    ),
    # taste
    Fresh(
        text="what sort of music am I fond of, would you say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe my taste, my lover, be honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what have my tastes been like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what hour of the day do I mostly listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week do I have the wireless on the most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I usually listen, what time and what day, generally speaking",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I found any new bands this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did I hear for the first time in September",
        family="new_artists",
        period="september",
    ),
    Fresh(
        text="any new singers since March, ones I'd never heard before",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="how often do I skip things, cutting them off dreckly after they start",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how many did I skip last week",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="what's my skipping like this month, the ones I cut short",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="do I play the same old songs over and over, tell me straight",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much do I repeat myself this year, same tunes again and again",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="lately, how often am I putting the same thing on twice",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days running have I listened now",
        family="streak",
    ),
    Fresh(
        text="how many days in a row have I had the wireless on, my lover",
        family="streak",
    ),
    Fresh(
        text="am I on a streak, how many days straight is it",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first hear Air",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="when was the first time I played that Eres song, by Café Tacvba",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Frank Sinatra... when did he first turn up on here",
        family="first_play",
        name="Frank Sinatra",
    ),
    # last_play
    Fresh(
        text="when did I last play Digital Love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="when was the last time I heard Justice, it's been a while I think",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="when did I last have The Daily on",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="the very last tune on, my lover, what was it called",
        family="last_song",
    ),
    Fresh(
        text="what's the last song that came out of the speaker",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I had on today",
        family="first_today",
    ),
    Fresh(
        text="what song did I start the day with",
        family="first_today",
    ),
    Fresh(
        text="first tune of the day, what was it, I've gone and forgotten",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="the first tune I had on this month, what was that",
        family="first_in",
        period="this_month",
    ),
    Fresh(
        text="what was the very first song I played in twenty twenty-five",
        family="first_in",
        period="in_2025",
    ),
    Fresh(
        text="on Saturday, which song came on first",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what did I finish up with last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="the last song I played last night, before I went up to bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what was the last song in October",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune do I always cut off dreckly it comes on",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which song did I skip most last month",
        family="most_skipped",
        period="last_month",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the singer I skip most often, my lover",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="this year, which artist have I been skipping the most",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="which song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's that song I can't stop playing, proper stuck in my head it is",
        family="on_repeat",
    ),
    Fresh(
        text="what tune have I been putting on over and over the past fortnight",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening, would you",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my year in music, then",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="tell me how my October went, the music and that",
        family="recap",
        period="october",
    ),
    Fresh(
        text="how did we get on last week with the listening, go on",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="a review of last year please, proper job",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more of a morning or of an evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more for the mornings or the afternoons, would you say",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I have it on more at night or first thing in the morning",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or at the weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it Saturdays and Sundays or in the week that I have the wireless going more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends or weekdays, my lover, which do I listen to more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play some Queen on the wireless in the kitchen, my lover",
    "turn the music up a bit, I can't hear it",
    "turn the wireless down dear, it's proper loud",
    "what's this song that's playing now",
    "skip this one, I don't care for it",
    "pause the podcast, the kettle's on",
    "next song in the front room please",
    "turn off the kitchen light",
    "put the Discovery record on",
    "what's the weather going to be tomorrow, will it be mizzly",
    "set a timer for twenty minutes for the pasties",
    "add clotted cream to the shopping list",
    "turn the heating up to twenty-one degrees",
    "shuffle the songs, would you",
    "put that one on repeat",
    "join the kitchen speaker up with the one in the parlour",
    "what am I listening to right now",
    "stop the music, my lover",
    "play The Daily",
    "louder please, louder",
    "what time is it",
    "play the Justice album Cross in the kitchen",
    "who's singing this",
    "turn the volume to number four",
    "play something cheerful for me",
    "remind me to take my tablets at nine o'clock",
    "what's the date today, dear",
    "put Radio Cornwall on",
    "turn the lights on in the hall",
    "carry on with the podcast",
    "play the next episode of The Daily",
    "go back to the start of this song",
    "stop playing in the kitchen",
    "is it going to rain dreckly",
    "what's on the wireless now",
    "turn the repeat off",
    "play Bohemian Rhapsody, nice and loud",
    "wake me at seven with some music",
    "how long is left on my timer",
    "play some music in the kitchen",
    "turn the speaker off now, I'm going up",
    "what's the name of this album that's playing",
    "play that Air record, Moon Safari",
    "set the volume to half",
    "turn the gramophone, I mean the speaker, down a touch",
]

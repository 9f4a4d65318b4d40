"""Writer 481, an accountant from Lagos (Nigerian English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="abeg who be my number one artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="how far, which musician have I been playing pass everybody since October",
        family="top_artists",
        period="since_october",
    ),
    Fresh(
        text="I want to know my top 3 artists for last month o",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="in the kitchen last week who were we listening to pass",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="which song did I play pass all the others in September",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="oya list my five most played tracks of all time make I see",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="my song of the year so far, which one be that sef",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="wetin be my most played tune the last thirty days",
        family="top_tracks",
        period="last_30_days",
    ),
    # top_albums
    Fresh(
        text="which album I don dey play most this summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="my favourite album last year abeg, the one I rinsed pass",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="top two albums since March, give me the figures",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="na which podcast I dey follow most lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my top podcast in twenty twenty five please",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did I do this week, I want to know",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long I listen yesterday evening sef",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="total time we spent listening in October, tally am for me",
        family="listening_time",
        period="october",
        person="we",
    ),
    Fresh(
        text="how many minutes of podcast did I take this morning",
        family="listening_time",
        period="this_morning",
        content="podcasts",
    ),
    Fresh(
        text="abeg how many hours of music did Ada do last week",
        family="listening_time",
        period="last_week",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="the last 7 days, how much time I spend on music na",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs I don play today so",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="number of plays last weekend abeg, just the total",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="how many podcast episodes I play this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="in total how many things did we stream the day before yesterday",
        family="plays",
        period="day_before_yesterday",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to since Monday",
        family="artists_count",
        period="since_monday",
    ),
    Fresh(
        text="count the distinct artists for me this year o, like a proper headcount",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many musicians I don hear in total",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs I play last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="I want to know the number of unique tracks I heard in the last three months",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="on Saturday how many separate songs enter my ear",
        family="songs_count",
        period="saturday",
    ),
    # play_count
    Fresh(
        text="how many times did I play bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="abeg how much Daft Punk I don play this month",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="this burna boy, how many times I play am last year",
        family="play_count",
        period="last_year",
        name="Burna Boy",
    ),
    Fresh(
        text="I have been on The Daily since two weeks now, how many times sef",
        family="play_count",
        period="last_2_weeks",
        name="The Daily",
    ),
    Fresh(
        text="dance by justice how many times in total",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="shey I listen to any Queen yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="did I hear Air at all last summer",
        family="did_i",
        period="last_summer",
        name="Air",
    ),
    Fresh(
        text="wizkid, did I play am this week at all",
        family="did_i",
        period="this_week",
        name="Wizkid",
    ),
    Fresh(
        text="abeg check whether I played sexy boy on November 3rd",
        family="did_i",
        period="november_3",
        name="Sexy Boy",
    ),
    Fresh(
        text="any cafe tacuba for August?",
        family="did_i",
        period="august",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="wetin I dey listen to last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="give me small summary of what I listened to last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what music did I have on this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what were we listening to on Saturday, I no remember again",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="the day before yesterday nko, wetin play",
        family="what_played",
        period="day_before_yesterday",
    ),
    # playing_at
    Fresh(
        text="what was playing yesterday by 8 in the night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="which song was on this morning around half eight",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="abeg wetin play by five past five this evening",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="on Saturday by 9pm which song was playing",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="what was I hearing on the 3rd of November by noon",
        family="playing_at",
        moment="2026-11-03 12:00",
    ),
    # taste
    Fresh(
        text="how would you describe my taste in music sef",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="based on wetin I dey play, what kind of music person am I",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="which type of music I like, tell me the truth o",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of the day I dey listen most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week and which hour I play music pass",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when am I usually on the music, I want to know my peak hour",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artist I discover this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which musicians did I hear for the first time in the last 3 months",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="who be the fresh faces wey enter my music lately",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="how often do I skip songs ehn",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this year, give it as a percentage",
        family="skips",
        period="this_year",
    ),
    Fresh(
        text="out of everything I played last week how many did I skip",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="do I dey repeat the same songs too much",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what is my repeat rate since March",
        family="repeat",
        period="since_march",
    ),
    Fresh(
        text="how much replaying of the same tracks I do last month",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened now",
        family="streak",
    ),
    Fresh(
        text="I don dey listen every day since how many days now",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak o",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first play Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="the very first time I heard don't stop me now, when was it",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when did asake first enter my history",
        family="first_play",
        name="Asake",
    ),
    # last_play
    Fresh(
        text="when last did I listen to The Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when last I play moon safari",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="last time I heard around the world, when was that",
        family="last_play",
        name="Around the World",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="abeg wetin be the last tune I listen to",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="which song did I start my day with today",
        family="first_today",
    ),
    Fresh(
        text="wetin I first play when I wake up today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what did I open with last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="yesterday, which track kick off my listening",
        family="first_in",
        period="yesterday",
    ),
    # last_in
    Fresh(
        text="the last song I played yesterday, which one",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="how I close my day on the 3rd of November, which song was the last",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="last track of last week",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="which song I dey skip pass",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the track I always skip, which one be that",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="na which musician I dey always skip o",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song I dey play on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="wetin be that song wey I no fit stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="which track I don dey rinse these past days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="oya give me the summary of my listening for this year like a financial statement",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how was my October in music",
        family="recap",
        period="october",
    ),
    Fresh(
        text="do me a quick recap of last week",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="abeg rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did last summer go for my music, give me the review",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the morning or for evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="between afternoon and night which one I dey listen pass",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekend or weekdays, when I dey play music pass",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do I listen more for weekend than working days",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "abeg play Burna Boy for kitchen",
    "off the music abeg",
    "on the kitchen light",
    "increase the volume small",
    "reduce the volume e don too loud",
    "wetin be this song wey dey play now",
    "which song is this one",
    "skip this song jare",
    "next song abeg",
    "pause the podcast make I pick this call",
    "play The Daily",
    "play the album Discovery for kitchen",
    "oya shuffle my playlist",
    "put repeat on for this song",
    "off repeat mode",
    "group the kitchen speaker with the one for parlour",
    "set timer for twenty minutes my jollof dey fire",
    "how far wetin be the weather today",
    "will it rain tomorrow for Berlin",
    "add tomatoes and pepper to my shopping list",
    "set the heating to twenty two degrees",
    "what am I listening to right now",
    "who is singing this one sef",
    "play bohemian rhapsody by Queen",
    "play something by Daft Punk",
    "stop the music for kitchen",
    "turn the music down small I dey for call",
    "next track for the parlour",
    "resume the podcast",
    "play the next episode of The Daily",
    "go back to the previous song",
    "mute the speaker abeg",
    "what's playing in the kitchen now",
    "play some afrobeats for me",
    "play Genesis by Justice loud loud",
    "louder o",
    "set alarm for 6am make I no late for office",
    "remind me to file the VAT returns by 4pm",
    "what time is it for Lagos now",
    "convert one hundred euro to naira",
    "how many minutes remain for this song",
    "like this song",
    "add this song to my playlist",
    "switch off all the lights for downstairs",
    "connect my phone to the kitchen speaker by bluetooth",
    "play am again from the beginning",
]

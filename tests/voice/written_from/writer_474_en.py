"""Writer 474, a retired uncle from Lahore (Pakistani English, Urdu fillers), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="kindly tell me which singer I have listened to the most this year itself",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="yaar who is my number one band since March, tell na",
        family="top_artists",
        period="since_march",
    ),
    Fresh(
        text="acha in the kitchen, which artist was playing most most last month",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="my top three artists of twenty twenty five kindly list out",
        family="top_artists",
        period="in_2025",
        count=3,
    ),
    Fresh(
        text="which artist I am obsessed with these days only, be honest with me",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="what is my favourite song of this month, bas one name you tell",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="do one thing give me my five most played songs of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which tune I played the maximum last week yaar",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="song of September, what was it? the top one only",
        family="top_tracks",
        period="september",
    ),
    # top_albums
    Fresh(
        text="which album I have played the most, full album I mean, of all time",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="acha tell me my favourite record this summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="what are my top two albums since October kindly",
        family="top_albums",
        period="since_october",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast I am hooked on nowadays beta",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most listened podcast of mine this year, kindly tell",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="last year which programme I was listening most in podcasts",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="how many hours I have listened music today itself",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="kindly tell total time of listening this week, hours and minutes both",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how much time we spent on podcasts last month, whole household I am asking",
        family="listening_time",
        period="last_month",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="for how long music was running in the kitchen yesterday evening",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="over the past two weeks how long Ada has been listening",
        family="listening_time",
        period="last_2_weeks",
        person="Ada",
    ),
    # plays
    Fresh(
        text="what is the total tally of songs played today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things we played last weekend, total number only",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="in August how many episodes I heard",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="last summer how many songs got played total kindly count",
        family="plays",
        period="last_summer",
        content="music",
    ),
    Fresh(
        text="how many plays this afternoon yaar",
        family="plays",
        period="this_afternoon",
    ),
    # artists_count
    Fresh(
        text="how many different different artists I have heard this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="since Monday total how many singers and bands, number only",
        family="artists_count",
        period="since_monday",
    ),
    Fresh(
        text="number of artists i have ever listened kindly tell",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs I listened in the last 7 days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="acha how many separate separate tracks in October",
        family="songs_count",
        period="october",
    ),
    Fresh(
        text="how many unique songs we had on in the kitchen last week",
        family="songs_count",
        period="last_week",
        person="we",
        room="kitchen",
    ),
    # play_count
    Fresh(
        text="how many times i have played bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen since March how many times, total tally please",
        family="play_count",
        period="since_march",
        name="Queen",
    ),
    Fresh(
        text="how much Daft Punk I have had on this week yaar",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily, how many times I played that in last thirty days",
        family="play_count",
        period="last_30_days",
        name="The Daily",
    ),
    Fresh(
        text="how many times radio head has played this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I hear any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to any cafe taco bar this summer?",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="beta did i play that around the world song last weekend or not",
        family="did_i",
        period="last_weekend",
        name="Around the World",
    ),
    Fresh(
        text="have I ever listened the weekend singer, that Weeknd fellow",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="had we put on Moon Safari in October, that album only",
        family="did_i",
        period="october",
        name="Moon Safari",
        person="we",
    ),
    # what_played
    Fresh(
        text="what all I was listening yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="kindly tell what music was playing day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="on Saturday what did I listen, just give idea",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what we listened to on November third",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="this morning what all played tell me quickly",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="last night what was going on the speaker yaar",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was playing at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="which song was on today morning at half past eight",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="at twelve noon yesterday what was going on the speaker",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="wednesday night nine o clock what was playing",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="today evening at quarter past five which tune was on",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="what type of music I am liking, describe my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="acha tell me honestly yaar what is my taste in music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="this year what kind of music I have been into",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="at what time of day I usually put on music",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week I listen most and at what hour, kindly tell",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new singer I have discovered lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists I heard for the first time this month itself",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="new bands in last three months, any?",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="how much I am skipping songs, kindly tell the skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often I skipped last week",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="out of total plays how many I skipped this year",
        family="skips",
        period="this_year",
    ),
    # repeat
    Fresh(
        text="how much I repeat the same same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what is my repeat rate this month, percentage tell",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days in a row I have been listening",
        family="streak",
    ),
    Fresh(
        text="my streak, how many days continuous without break, tell na",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first hear Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time when digital love was played, which date",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="when wet leg came first in my history",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when last I listened to Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time The Daily was played, when was that",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when i last played one more time by daft punk",
        family="last_play",
        name="One More Time by Daft Punk",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="the very last song I had on, which one it was",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played today",
        family="first_today",
    ),
    Fresh(
        text="today what did I wake up to, first song only",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="with which song I started last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track of this week kindly tell",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="last song I played last night, which one",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="with which song I finished on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last tune of last month what was",
        family="last_in",
        period="last_month",
    ),
    # most_skipped
    Fresh(
        text="which song I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="this year which track I am always skipping",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which singer I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose songs I am skipping maximum, which band yaar",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song I have on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song I cannot stop playing yaar",
        family="on_repeat",
    ),
    Fresh(
        text="heavy rotation wala song which one is it",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my year in music, full review please",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="do one thing give summary of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was our October music wise, fill me in",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I listening more in morning or evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoon or night, when I play more music generally",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekends I listen more or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="on working days more or on Saturday Sunday more, music I mean",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen full volume",
    "bas stop the music yaar",
    "kindly increase the volume little bit",
    "what song is this playing right now",
    "skip this song I am not liking it",
    "pause the podcast I will come back after namaz",
    "next track in the drawing room",
    "switch off the kitchen light beta",
    "play the album Discovery",
    "do one thing put shuffle on",
    "repeat this song only, again and again",
    "set a timer for ten minutes for the chai",
    "what is the weather in Lahore today",
    "add milk and eggs to shopping list",
    "make the thermostat twenty two degrees",
    "what am I listening right now",
    "group the kitchen speaker with the lounge speaker",
    "play some Queen on kitchen speaker",
    "turn down the music phone is ringing",
    "play The Daily latest episode",
    "acha who is singing this song",
    "put on some old Noor Jehan songs",
    "lower the volume yaar it is too loud",
    "resume the music",
    "play next episode of the podcast",
    "stop the timer",
    "which album is this one playing now",
    "turn on repeat mode for this album",
    "kindly put the radio on",
    "what is the time now",
    "will it rain tomorrow in Berlin",
    "remind me to take my BP tablet at nine",
    "turn off all the speakers",
    "play something relaxing in the kitchen",
    "louder please I cannot hear",
    "go back to previous song",
    "play Moon Safari by Air in the bedroom",
    "increase heating in the lounge",
    "what is playing in the kitchen",
    "mute the speaker for two minutes",
    "play cricket commentary on the speaker",
    "set alarm for fajr at five",
    "play Bohemian Rhapsody once more",
]

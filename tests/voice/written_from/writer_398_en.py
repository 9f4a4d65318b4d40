"""Writer 398, an Irish woman from Cork in her sixties, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="c'mere to me, who would I have been listening to the most this year, would you tell me that",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who's my number one band of all time, sure I'd say it's Queen but go on anyway",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="I'm after being stuck on some crowd lately, who was it at all, the singer I mean",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen there last month, which artist got the most airing",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="tell me my top three artists since March, would ya",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="what's my favourite song this month, according to the yoke anyway",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name me the five songs I played the most in twenty twenty five, go on",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="which tune did we have on the most last week in this house",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="what was my song of the summer, the one I had on morning noon and night",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="which album did I wear out this year, so",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what record would I have played the most, ever like",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="my top two albums over the last three months, what are they",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I mad about these days, tell me",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what show did I listen to the most last year, the talky ones I mean, the podcasts",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="top podcast in October, what was it, I can't remember now",
        family="top_podcasts",
        period="october",
    ),
    # listening_time
    Fresh(
        text="how long was I listening to music yesterday, God forgive me",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many hours did I have the yoke going this week, altogether like",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how long did I spend on the podcasts this month, would you know",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Saturday now, how much music did I have on, in hours",
        family="listening_time",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="how much time did we spend listening last weekend, the pair of us",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs did I play this morning, I'm after losing count",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many tracks went on in the last seven days, roughly",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="the total number of plays ever, would you have that",
        family="plays",
        period="all_time",
    ),
    Fresh(
        text="how many podcast episodes did I get through in September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="in the kitchen, how many songs were played yesterday",
        family="plays",
        period="yesterday",
        content="music",
        room="kitchen",
    ),
    # artists_count
    Fresh(
        text="how many different singers and bands did I listen to this year at all",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists have I had on altogether, since the start",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="since October now, how many different artists would that be",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="over the past two weeks how many different artists did I hear",
        family="artists_count",
        period="last_2_weeks",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last month, just out of interest",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many separate tunes would I have gone through the last thirty days",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="different songs in August, how many, roughly like",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="how many times did I play Bohemian Rhapsody this year, be honest now",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this month, so",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="how many times did I put on that Daily yoke this week",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="that don't stop me now by Queen, how often have I played it, ever",
        family="play_count",
        period="all_time",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="how many times have I played Radiohead, I don't think I ever did now",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday at all at all",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="would I have had Air on last weekend, the French pair",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="was there any cafe tacuba on this summer, the Mexican lads",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I play the Moon Safari album in October",
        family="did_i",
        period="october",
        name="Moon Safari",
    ),
    Fresh(
        text="any of The Weeknd this year, did I hear him at all",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="Digital Love, did I have that on last night, I think I did",
        family="did_i",
        period="last_night",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="what had I on yesterday evening while I was doing the ironing",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I play the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="run me through what I listened to on the third of November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what music did we have on last Friday, the house was full",
        family="what_played",
        period="last_friday",
        content="music",
        person="we",
    ),
    Fresh(
        text="what was on this afternoon, I was out in the garden half the time",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was it was on at about ten past eight last night, a lovely tune",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was on at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what song was going at five past five this evening, so",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="last Friday at nine o'clock at night, what would I have had on",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="on Saturday at twelve noon, what was playing in the kitchen",
        family="playing_at",
        moment="2026-11-14 12:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="describe my taste for me there, am I very old fashioned",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of a listener am I at all, what's my taste like",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="going by what I play, what would you say my style is",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of the day would I mostly be listening",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I usually have the music on, what hour and what day",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week am I listening the most, usually",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I discover anyone new this month, any new bands",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who's new to me in the last three months, artists I never had on before",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="any new singers turn up since March, would there be",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="do I skip a lot, be honest with me",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often was I skipping this week, I'm fierce impatient",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="what's my skip rate this year, so",
        family="skips",
        period="this_year",
    ),
    # repeat
    Fresh(
        text="do I play the same songs over and over, like a broken record",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much am I repeating myself this month, the same things again and again",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="since Monday what's my repeat rate like",
        family="repeat",
        period="since_monday",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening now",
        family="streak",
    ),
    Fresh(
        text="what's my streak, how many days straight is it",
        family="streak",
    ),
    Fresh(
        text="amn't I listening every single day, how many days running is it now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did that Justice crowd first turn up on me",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time I played Eres",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when did I first hear Wet Leg, the young one was on about them",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="first time I ever played around the world by daft punk, when was it",
        family="first_play",
        name="Around the World by Daft Punk",
    ),
    # last_play
    Fresh(
        text="when did I last have Queen on, it's a good while I'd say",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when's the last time I played Sexy Boy, by Air",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="last time I listened to The Daily, when was that",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="the last tune I had on, what was it, it's gone out of my head",
        family="last_song",
    ),
    Fresh(
        text="tell me the name of the last song, I'm after forgetting it again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I put on today",
        family="first_today",
    ),
    Fresh(
        text="what did I wake up to today, the first tune",
        family="first_today",
    ),
    Fresh(
        text="first thing I played today, what was it girl",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did I kick off with yesterday, the first song",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first tune on last Friday, what was it",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first song of the month for me",
        family="first_in",
        period="this_month",
    ),
    Fresh(
        text="what was the very first song I played this year",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what did I finish up with last night, the last song",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="the last song I played on Saturday, what was it",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what was the last song I had on in October",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="what did I end the day with the day before yesterday, the last tune",
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
        text="what tune am I always skipping, the one I can't stand",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track got skipped the most this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which singer do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the band I keep skipping on, God love them",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which artist did I skip the most last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song have I on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's the song I can't stop playing, so it is, it's in my head",
        family="on_repeat",
    ),
    Fresh(
        text="which tune am I after playing to death",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening there",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my year, listening wise, go through it for me",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on my week, what was it like",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="tell me how last month went, listening wise",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="a little review of last summer now, how did it go for me",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning listener or a night owl",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the mornings or the evenings would you say",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="would I be listening more in the afternoon or at night, I wonder",
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
        text="weekdays or weekends, when would I have the music on more",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="is it the weekend I listen more or Monday to Friday, I'd say the weekend",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play a bit of Queen there in the kitchen, would you",
    "turn that yoke up, I can't hear a thing",
    "what's this song that's on now at all",
    "skip this one, I can't stand it",
    "pause the podcast there, the kettle's boiled",
    "next track in the front room",
    "turn off the kitchen light, good girl",
    "play the album Discovery",
    "put it on shuffle, so",
    "put this song on repeat for me",
    "turn off the repeat, it's driving me mad",
    "group the kitchen speaker with the one in the sitting room",
    "set a timer for twenty minutes for the brown bread",
    "what's the weather going to be like in Cork tomorrow",
    "add rashers to the shopping list",
    "put the heating up a couple of degrees, I'm frozen",
    "what am I listening to right now",
    "who's singing this",
    "lower the music in the kitchen, the phone is ringing",
    "play The Daily",
    "play the latest episode of The Daily in the kitchen",
    "stop the music, that's enough now",
    "play something by Air",
    "play some nice relaxing music for the dinner",
    "is the back door locked",
    "turn the volume down to four",
    "what's playing in the kitchen",
    "play Bohemian Rhapsody nice and loud",
    "go back to the start of this song",
    "play the next episode",
    "rewind thirty seconds there",
    "turn on the radio, Radio One",
    "set an alarm for seven tomorrow morning",
    "what time is it at all",
    "switch off the speaker in the kitchen",
    "is it going to rain today, I've washing out",
    "play Daft Punk in the bedroom",
    "add this song to my favourites",
    "what album is this from",
    "mute the kitchen",
    "play music everywhere in the house",
    "turn on the lamp in the sitting room",
    "how long is left on the timer",
    "add tea bags to the list",
    "play Sexy Boy by Air",
    "who sings this song that's on",
]

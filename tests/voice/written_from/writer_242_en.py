"""Writer 242, Cork woman in her thirties dictating to a speaker, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who was I listening to most last week, like",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="ah go on, who's my number one artist this year so",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who have I been obsessed with lately, be honest now",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen there, who gets played the most, like",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="what band did we have on the most last month, I'd say I know but go on",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="who was my go to artist over the past two weeks",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="what's my song of the month so, I'm dying to know",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my three most played songs since March there",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="which tune did I wreck the head off myself with this summer, the one I played most like",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="top five tracks of all time, go on so",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    # top_albums
    Fresh(
        text="what album did I have on the most in October",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="which record was I playing to death last year, like",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="what's my favourite album going by what I actually play",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what album am I hooked on these days so",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="august, what was the album I played most in august",
        family="top_albums",
        period="august",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am I hooked on lately, ya",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which show did I listen to most this year, podcast wise like",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="my top podcast over the last thirty days, what is it",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="how long was I listening today, roughly like",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="himself is always giving out about the noise, how many hours of music did I have on this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how much time did I spend on podcasts last month so",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how long did we have the music going in the kitchen last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="total listening time since October, ya",
        family="listening_time",
        period="since_october",
    ),
    Fresh(
        text="the last seven days like how many minutes was I listening altogether",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="how many songs did I get through this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many episodes did I listen to in September, like",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how many things did I play yesterday at all",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="number of tracks I played in twenty twenty five, any idea",
        family="plays",
        period="in_2025",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists did I listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands have I had on in the last three months like",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="in total how many artists have I ever played, like all of them",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many separate tunes have I listened to since Monday so",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="quick question how many different tracks have I got through in total",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did I play bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this year, like",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how often did I listen to that daft punk one more time song last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="the daily, how many times did I listen to it this week",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times have I played radiohead ever, I'd say loads",
        family="play_count",
        period="all_time",
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
        text="listened to any Air lately?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did I hear the daily at all this morning or was I after missing it",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did we have any Café Tacvba on last summer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="did I play The Weeknd at all last week, I don't think I did like",
        family="did_i",
        period="last_week",
        name="The Weeknd",
    ),
    Fresh(
        text="was dance by justice on at all on Saturday",
        family="did_i",
        period="saturday",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="what was I listening to whilst I was making the dinner yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through what I had on last night so",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what did I play the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was on in the kitchen this afternoon, like",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="what music did I have on November the third",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="fill me in on what Ada was listening to last weekend",
        family="what_played",
        period="last_weekend",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was that song on at ten to eight last night, like",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was playing at five past five this evening",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="what was I listening to around half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="yesterday at twelve, lunchtime like, what was on",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into would you say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste in music there, go on, I won't be offended",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste been like this year so",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have the music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I listen the most, like what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my busiest time for listening, day of the week and all",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I discover anyone new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this month, ones I never heard before like",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did I hear for the first time back in twenty twenty five",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="how much do I skip songs, honestly",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my skip rate this month so",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="am I always skipping stuff, like how often do I skip",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs over and over",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my repeat rate been like since October",
        family="repeat",
        period="since_october",
    ),
    Fresh(
        text="do I keep going back to the same tracks a lot or what, like what percent is repeats",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening now",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak at, ya",
        family="streak",
    ),
    Fresh(
        text="have I had something on every single day like, how long is the streak going",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Café Tacvba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when was the first time I played sexy boy by air",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="wet leg, when did I first hear them so",
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
        text="when was the last time I listened to the daily, I'm after falling behind",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time I played digital love, when was that",
        family="last_play",
        name="Digital Love",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what was that last tune I had on, it's gone clean out of my head",
        family="last_song",
    ),
    Fresh(
        text="the last song I listened to, what was it like",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I put on today",
        family="first_today",
    ),
    Fresh(
        text="what did I start the day off with, music wise",
        family="first_today",
    ),
    Fresh(
        text="first tune I played today, what was it so",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did I kick off with yesterday, the first song like",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track I had on last Friday, what was it",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the very first song I played this year",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what did I finish up with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what was the last song I played on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="the last tune I had on the day before yesterday, what was it",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="what song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which tune am I always skipping, like, the one I can't stick",
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
        text="who's the band I'm forever skipping so",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's that tune I can't stop playing, like",
        family="on_repeat",
    ),
    Fresh(
        text="which song is it I keep playing over and over the last while",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="fill me in on my month, how did it go",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="do me a year in review there, like",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through how October went, listening wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="give me a rundown of my listening so",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was last week for music, give me the recap",
        family="recap",
        period="last_week",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or an evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen to more music in the mornings or at night, like",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="afternoons or evenings, when do I have more on",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more at the weekends or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it weekdays or weekends I play more music, like",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "put on a bit of Daft Punk in the kitchen there",
    "turn up the music, I can't hear a thing",
    "what's this song that's playing now, like",
    "skip this one, I'm sick of it",
    "pause the podcast a sec, someone's at the door",
    "next track in the kitchen so",
    "turn off the kitchen light, ya",
    "play the album Discovery",
    "volume down to four, like",
    "shuffle the Justice songs there",
    "put this song on repeat",
    "group the kitchen speaker with the one in the sitting room",
    "set a timer for twenty minutes for the spuds",
    "what's the weather going to be like in Cork tomorrow",
    "add teabags to the shopping list",
    "turn the heating up to twenty one",
    "what am I listening to right now",
    "who's singing this, like",
    "play the latest episode of The Daily",
    "stop the music, I'm after getting a headache",
    "louder, ya",
    "go back to the start of the song",
    "play something relaxing in the kitchen",
    "turn off repeat there",
    "play Bohemian Rhapsody, I need a good sing",
    "mute the kitchen speaker so",
    "what album is this from",
    "play Moon Safari from the start",
    "is it going to rain later, I've washing out",
    "skip ahead thirty seconds in this episode",
    "what's the name of the song that's on",
    "play some tunes in the kitchen, anything at all",
    "turn the kitchen lights down a bit so",
    "set an alarm for seven in the morning",
    "play Justice a bit louder in the kitchen",
    "remind me to ring Mam at six",
    "how long is left on this song",
    "add this song to my favourites",
    "play the next episode of The Daily",
    "play music everywhere in the house",
    "turn off shuffle like, I want them in order",
    "stop playing in the kitchen",
    "what time is it",
    "play One More Time by Daft Punk",
    "put the podcast on in the kitchen whilst I'm cooking",
]

"""Writer 305, Kenyan English speaker from Nairobi, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="sasa, who is my number one artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="manze which artist have I been bumping the most lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="who was I listening to mostly last month like which musician",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="aki tell me my top three artists of all time",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in the kitchen, which band did we play the most last week?",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="which song have I played the most this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="give me my top five ngoma for twenty twenty five",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="eh what was my song of the summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="two tracks, kindly name the two tracks I have been playing most since October",
        family="top_tracks",
        period="since_october",
        count=2,
    ),
    # top_albums
    Fresh(
        text="which album have I played the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="the record I've been on the most the last three months is which one",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="my favourite album of all time according to you ni gani",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I listening to mostly these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="whats my top podcast this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="which show was I hooked on in September, the podcast one",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="how many hours of music have I listened to this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long have I been listening today in total",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="eh, how much time did I spend on podcasts last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="total minutes I listened on Saturday",
        family="listening_time",
        period="saturday",
    ),
    Fresh(
        text="how long did we have music playing last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs have I played since Monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="jana, how many times did I play something? like total plays",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="number of podcast episodes I listened in October",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks were played in the kitchen juzi, the day before yesterday",
        family="plays",
        period="day_before_yesterday",
        content="music",
        room="kitchen",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="ati how many artists have I gone through in the last 30 days",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="how many musicians in total have I ever played",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I listen last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many unique tracks this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="in twenty twenty five how many different songs did I play",
        family="songs_count",
        period="in_2025",
    ),
    # play_count
    Fresh(
        text="how many times have I played bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Justice, how many times have I listened them this month",
        family="play_count",
        period="this_month",
        name="Justice",
    ),
    Fresh(
        text="how many times has one more time by daft punk played this year",
        family="play_count",
        period="this_year",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have I played Sauti Sol",
        family="play_count",
        period="all_time",
        name="Sauti Sol",
    ),
    Fresh(
        text="how many times did I play that Air, the French guys, last summer",
        family="play_count",
        period="last_summer",
        name="Air",
    ),
    # did_i
    Fresh(
        text="was there any Queen yesterday?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="have I played cafe tacuba this month",
        family="did_i",
        period="this_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I play Da Funk last week or not",
        family="did_i",
        period="last_week",
        name="Da Funk",
    ),
    Fresh(
        text="si I listened to the daily this week, ama?",
        family="did_i",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="have I ever played anything by Burna Boy",
        family="did_i",
        period="all_time",
        name="Burna Boy",
    ),
    Fresh(
        text="did we play Moon Safari in August",
        family="did_i",
        period="august",
        name="Moon Safari",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was I listening yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="niambie, what did I play this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="remind me what music I played on November 3rd",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what did we listen to last Friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what was on this afternoon, I was not around",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was playing at 8pm yesterday",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="which song was on at saa mbili usiku jana",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="this morning at half past eight what was playing",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was on at noon on Wednesday",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="at around quarter past five today, which song was that",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="describe my music taste for me",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="honestly what type of music am I into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="based on what I play, what's my taste like bana",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="at what time of the day do I normally listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week do I listen mostly",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is my peak listening time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="which new artists did I discover this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="have I found any new artists lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new musicians I started listening this year",
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
        text="whats my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="kwani do I skip a lot?",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="how much do I repeat the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate for last month",
        family="repeat",
        period="last_month",
    ),
    Fresh(
        text="do I play the same tracks over and over",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days straight have I been listening",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time I played Eres",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when did I first play Wakadinali",
        family="first_play",
        name="Wakadinali",
    ),
    # last_play
    Fresh(
        text="when did I last play don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="the last time I listened to the daly was when",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was the last time I played Homework by Daft Punk",
        family="last_play",
        name="Homework",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="that song I played last, which one was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played today",
        family="first_today",
    ),
    Fresh(
        text="which ngoma did I wake up to this morning",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="which track did I start with on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first song I played last week",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="which song opened my year, the very first one this year",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what was the last song I played last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="which song did I finish with on Friday last week",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the last thing I played in October",
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
        text="the track I always skip is which one",
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
        text="who's that musician I keep skipping",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I been playing on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="which song can't I stop playing these days",
        family="on_repeat",
    ),
    Fresh(
        text="what tune is on heavy rotation for me saa hii",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a recap of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my October in music",
        family="recap",
        period="october",
    ),
    Fresh(
        text="run me through my year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a summary of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was last month for us music-wise",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the morning or in the evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more of a night listener or a morning one",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it weekdays or weekend when I play more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "ebu play some Sauti Sol in the kitchen",
    "turn up the volume kidogo",
    "skip this ngoma",
    "pause the podcast first",
    "what's playing now",
    "what song is this bana",
    "set a timer for ten minutes for the chapati",
    "what's the weather today",
    "add unga to the shopping list",
    "switch off the kitchen lights",
    "play Discovery by Daft Punk",
    "put shuffle on",
    "put repeat on for this song",
    "group the kitchen and living room speakers",
    "next track",
    "reduce the volume please",
    "play the latest episode of The Daily",
    "set the thermostat to 22",
    "what am I listening to right now",
    "who sings this song",
    "play some gengetone",
    "play Bohemian Rhapsody in the kitchen",
    "stop the music",
    "resume the song",
    "go back to the previous song",
    "louder please, I can't hear",
    "mute the kitchen speaker",
    "set an alarm for 6am",
    "remind me to call mum at 7",
    "is it going to rain today",
    "play Capital FM",
    "what's the time",
    "play something relaxing",
    "add this song to my playlist",
    "turn off shuffle",
    "play the next episode of the daily",
    "how long is left on this song",
    "play the album Cross by Justice in the kitchen",
    "connect to my phone's bluetooth",
    "lower the bass kidogo",
    "play music in all the rooms",
    "sasa play Queen",
    "who is this artist singing now",
    "ebu stop the podcast, I'm going out",
]

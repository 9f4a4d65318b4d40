"""Writer 389, a busy mother of three shouting questions across the kitchen, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="hang on, who've I been listening to most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wait wait who was my number one artist last year",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="who's my top band? like ever",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="top three artists since March, go",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in the kitchen, who did we have on most last month",
        family="top_artists",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Milo put that DOWN. sorry. who have I been hammering lately",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="what's my most played song this year",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="wait, give me my top five tracks from October",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="what was my song of the summer, this summer I mean",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="most played song last week? quick",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="my two most played songs in twenty twenty five",
        family="top_tracks",
        period="in_2025",
        count=2,
    ),
    # top_albums
    Fresh(
        text="which album have I played the most",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="hang on, favourite album this month?",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="what record did I have on most last summer",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="top two albums over the last three months",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast do I put on the most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what podcast have I been glued to lately, hang on Sam, one sec",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top podcast this year?",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how long have I had music on today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wait how many hours did I listen last week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time on podcasts this month, roughly",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="hang on how long did we have stuff on yesterday evening",
        family="listening_time",
        period="yesterday_evening",
        person="we",
    ),
    Fresh(
        text="how many minutes of music this morning, before the school run",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how much have I listened over the last seven days, total",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="how many songs have I played this week",
        family="plays",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how many things did I put on yesterday",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="number of episodes I played in September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks on Saturday? no, hang on, how many tracks did I play on Saturday",
        family="plays",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="how many plays since Monday",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="last thirty days, how many tunes, ballpark",
        family="plays",
        period="last_30_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wait how many bands did I play last month, different ones I mean",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="how many artists altogether, ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play in August",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="how many separate tracks this week, not counting repeats",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="number of different songs I've ever played?",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did I play bohemian rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how often've I had daft punk on since October",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily, how many times last week? hang on, the podcast",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times has Radiohead been on, ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="how many plays of don't stop me now last month",
        family="play_count",
        period="last_month",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Justice. how many times this year. Justice the band",
        family="play_count",
        period="this_year",
        name="Justice",
    ),
    # did_i
    Fresh(
        text="did I play any Queen yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="did I have the daily on this morning or did I forget",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="any Air last weekend? wait, did I",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="have I ever played wet leg",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="did I put one more time on last night, the daft punk one",
        family="did_i",
        period="last_night",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="eres by cafe tacuba, did I play that this summer",
        family="did_i",
        period="summer",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="has Ada had any Justice on this week",
        family="did_i",
        period="this_week",
        name="Justice",
        person="Ada",
    ),
    # what_played
    Fresh(
        text="what did I have on yesterday evening, hang on, after tea",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music did I put on this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what was on on the third of November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="remind me what I played the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did we listen to last Friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what have I been listening to over the past two weeks",
        family="what_played",
        period="last_2_weeks",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter past eight last night",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="what was playing this morning at half eight, hang on, yeah half eight",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what song was on at ten past five today",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Wednesday at noon, what was playing",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="what was on at nine on Saturday night",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="yesterday at ten to eight, what was that song",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    # taste
    Fresh(
        text="what's my taste like, honestly",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my music taste, quick",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what would you say my taste has been this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have stuff on",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I listen most, like which day and what time",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my busiest listening hour, and day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I found anyone new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new artists last week, ones I'd never heard before",
        family="new_artists",
        period="last_week",
    ),
    Fresh(
        text="which bands did I hear for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often do I skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="do I skip a lot? hang on, out of everything, how much do I skip",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="do I play the same stuff over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="how much have I been replaying things lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened",
        family="streak",
    ),
    Fresh(
        text="what's my streak at, hang on, my listening streak",
        family="streak",
    ),
    Fresh(
        text="wait have I had something on every day, how many days running is that",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first play Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time sexy boy came on, by Air",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="when did I first listen to the weeknd",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="first time I ever played the daily, when was that",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="when did I last play Bohemian Rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when was cafe tacuba last on",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="last time I had Discovery on, the album, when was it",
        family="last_play",
        name="Discovery",
    ),
    Fresh(
        text="hang on when did I last put digital love on",
        family="last_play",
        name="Digital Love",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what did I play last, song-wise, the very last one",
        family="last_song",
    ),
    Fresh(
        text="last track I played, what was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played today",
        family="first_today",
    ),
    Fresh(
        text="what did I start the day with, music-wise",
        family="first_today",
    ),
    Fresh(
        text="hang on, my first song today, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did I kick off with yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the first track on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first song of the year, what was it",
        family="first_in",
        period="this_year",
    ),
    Fresh(
        text="first thing I played last week",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="what did I finish with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song the day before yesterday?",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was the last thing I played last month",
        family="last_in",
        period="last_month",
    ),
    Fresh(
        text="wait, last song yesterday, what was it",
        family="last_in",
        period="yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track do I always skip, hang on, always",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song, go",
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
        text="who do I keep skipping, band-wise",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat at the moment",
        family="on_repeat",
    ),
    Fresh(
        text="what song can't I stop playing, the kids are sick of it",
        family="on_repeat",
    ),
    Fresh(
        text="which tune have I been caning these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a quick rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="run me through last month, listening-wise",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="recap of my year, go on",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="sum up my listening for me, hang on, go",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did we do last weekend, music-wise, quick recap",
        family="recap",
        period="last_weekend",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or afternoons, when do I play more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="since October, am I more of an evening listener or a morning one",
        family="compare_day_parts",
        period="since_october",
    ),
    # compare_week
    Fresh(
        text="do I listen more at the weekend or in the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays versus weekends, when do I have more music on",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hang on, last month did we play more on weekends than weekdays",
        family="compare_week",
        period="last_month",
        person="we",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen, hang on, louder",
    "turn it up, I can't hear it over the kids",
    "wait, turn the music down",
    "skip this song",
    "pause the podcast, someone's at the door",
    "what song is this",
    "what's playing right now",
    "who sings this one",
    "set a timer for twenty minutes",
    "hang on, timer for the pasta, eight minutes",
    "add milk to the shopping list",
    "wait, add nappies and bread to the list",
    "what's the weather tomorrow",
    "is it going to rain at school pickup",
    "turn off the kitchen light",
    "turn on the light in the kids' room",
    "set the heating to twenty one",
    "play the album Discovery",
    "play Queen in the kitchen",
    "shuffle on",
    "turn repeat off",
    "next track in the living room",
    "group the kitchen speaker with the living room",
    "volume five",
    "stop the music",
    "play The Daily",
    "resume the podcast",
    "go back thirty seconds",
    "what am I listening to right now",
    "play something calm for the kids",
    "put some music on in the kitchen",
    "play Bohemian Rhapsody, hang on, the kids want it",
    "turn the kitchen speaker off",
    "how long's left on the timer",
    "cancel the timer",
    "set an alarm for half six",
    "remind me to ring the dentist at three",
    "play the next episode",
    "what's this song called, quick",
    "lower the volume in the kitchen",
    "mute",
    "play some Justice, not too loud",
    "turn on the extractor fan",
    "stop, stop, turn it off",
    "play music in the kids' room",
    "add fish fingers to the shopping list",
    "what temperature is it outside",
    "hang on, put repeat on this song, the little one loves it",
]

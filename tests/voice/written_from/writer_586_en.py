"""Writer 586, a Pakistani-born shopkeeper in Bradford in his fifties, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="acha tell me one thing yaar, which singer I am listening the most this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who was my number one band last month ji",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="bas quickly, top three artists in october please",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="which group I am playing too much lately, I think it is Queen but you tell me",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen na, since March, which artist is coming on most",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="all time most played artist, who is it, I want to know",
        family="top_artists",
        period="all_time",
    ),
    # top_tracks
    Fresh(
        text="which song I have played the most this week yaar",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="tell me my five favourite songs from the summer ji",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="song of the month, which one it is? this november I mean",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="arre what was the top track last year, the one I play and play and play",
        family="top_tracks",
        period="last_year",
    ),
    Fresh(
        text="kindly give me top ten tracks since october",
        family="top_tracks",
        period="since_october",
        count=10,
    ),
    # top_albums
    Fresh(
        text="which album I put on most, from the beginning, all time",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="acha the record I played most in september, what was the name",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="top two albums for last three months please",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast I am hooked on these days yaar",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my most listen podcast this year ji, which one",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="the talking show, not music, which one I listen the most",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how many hours I have listen music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="total how much time we listened in the kitchen last week, hours and minutes",
        family="listening_time",
        period="last_week",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="how long the podcast was going this month roughly",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="yaar in twenty twenty five how much I listened, total time",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="last thirty days, how many minutes of listening, bas roughly tell me",
        family="listening_time",
        period="last_30_days",
    ),
    # plays
    Fresh(
        text="how many songs I played since monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="yesterday how many things played altogether, songs podcast everything",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="acha episodes, how many episodes I listened in august",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="number of tracks played on saturday ji?",
        family="plays",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="how many plays this year so far, the full total",
        family="plays",
        period="this_year",
    ),
    # artists_count
    Fresh(
        text="how many different singers I listen this month",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="in total how many artists, different different ones, I have played ever",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="last year how many bands and artists I was listening, count please",
        family="artists_count",
        period="last_year",
    ),
    # songs_count
    Fresh(
        text="how many different songs I played in the last seven days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="ji how many separate tracks this summer, not counting same one twice",
        family="songs_count",
        period="summer",
    ),
    Fresh(
        text="all together how many different songs are there in my history",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times I have listen bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="daft punk, how many times it played last week?",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="that one more time song by daft punk na, how many time I played it this year",
        family="play_count",
        period="this_year",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how much Queen I had on since october yaar",
        family="play_count",
        period="since_october",
        name="Queen",
    ),
    Fresh(
        text="Atif Aslam how many times I played him, ever",
        family="play_count",
        period="all_time",
        name="Atif Aslam",
    ),
    Fresh(
        text="the daily, how many times I put it on last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="in kitchen the last 30 days, phantom by justice, how many times",
        family="play_count",
        period="last_30_days",
        name="Phantom by Justice",
        room="kitchen",
    ),
    # did_i
    Fresh(
        text="did I listen any Nusrat Fateh Ali Khan this week ji",
        family="did_i",
        period="this_week",
        name="Nusrat Fateh Ali Khan",
    ),
    Fresh(
        text="yesterday justice was playing or not?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="acha I heard Air this morning na?",
        family="did_i",
        period="this_morning",
        name="Air",
    ),
    Fresh(
        text="any cafe tacuba last summer? the spanish one",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="did we put on dont stop me now last weekend",
        family="did_i",
        period="last_weekend",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="digital love, I played it the day before yesterday or I am dreaming",
        family="did_i",
        period="day_before_yesterday",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="what I was listening yesterday evening yaar",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="tell me what was playing last friday, bas short short",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what music was on this afternoon in the kitchen",
        family="what_played",
        period="this_afternoon",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="on november third what all I listened",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what was Ada listening to last night",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was playing at quarter to eight yesterday night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="half eight this morning, which song was on",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="arre what was that song at ten past five today in kitchen, nice one it was",
        family="playing_at",
        moment="2026-11-20 17:10",
        room="kitchen",
    ),
    Fresh(
        text="day before yesterday around twelve o'clock dinner time, what was playing",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="what type of music I like, tell me honestly",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="acha describe my taste yaar, what kind of stuff I am into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my taste this year, what it is, which style",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of the day I usually listen music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week I am listening most and what time also",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is my busy listening hour normally",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new singer I discovered lately?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists I heard first time this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="new bands in last three months, anybody new came?",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="how many songs I skip, like out of all what I play",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="skip rate this week ji",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how often I was pressing skip last month, too much?",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="do I play same same songs again and again",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much repeating I did this month, the same tracks I mean",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="my repeat rate since march please",
        family="repeat",
        period="since_march",
    ),
    # streak
    Fresh(
        text="how many days in a row I have been listening without a break",
        family="streak",
    ),
    Fresh(
        text="what is my streak, days straight",
        family="streak",
    ),
    Fresh(
        text="yaar how many days continuous I am playing something on the speaker",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when I first listened Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="bohemian rhapsody, first time I played it, when was it",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when did The Daily start in my history, the very first one",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="first time ever I played moon safari album, which date",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="when I last listen Queen ji",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time sexy boy played, when",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="Rahat Fateh Ali Khan, when last I played",
        family="last_play",
        name="Rahat Fateh Ali Khan",
    ),
    Fresh(
        text="when was the last time I had eres by cafe tacuba on",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="acha the last track, the very last one, what was it",
        family="last_song",
    ),
    Fresh(
        text="which song played last on the speaker yaar, I forgot the name",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song today morning",
        family="first_today",
    ),
    Fresh(
        text="which song I woke up with today",
        family="first_today",
    ),
    Fresh(
        text="first track of the day, what it was ji",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="on saturday what was the first track",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first song of this month, with what I started november",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="last song last night before I slept, what was it",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what did I finish with last friday, the final track",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song of october please",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the song I keep skipping, which one is it yaar",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I am skipping most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the band I skip every time, who is it",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="most skipped singer last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="which song I am playing on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what song I cannot stop playing yaar",
        family="on_repeat",
    ),
    Fresh(
        text="which tune I keep putting on again and again nowadays",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me rundown of my week, music wise",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how was my month, listening, tell me everything",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="my year in review please ji",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="acha run me through last month, what all happened",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="give me a summary of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was last year for us in the kitchen, music",
        family="recap",
        period="last_year",
        content="music",
        person="we",
        room="kitchen",
    ),
    # compare_day_parts
    Fresh(
        text="I am more morning person or evening person for music?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="mornings or nights, when I listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in afternoon or evening this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="weekend or weekdays, when I play more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="do I listen more on saturday sunday than during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="this year, weekdays more or weekends more",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "play Nusrat Fateh Ali Khan in the kitchen yaar",
    "acha turn the volume down little bit, customers are talking",
    "skip this song na",
    "what song is this, who is singing",
    "pause the podcast ji, phone is ringing",
    "next track please",
    "turn off the kitchen light",
    "play the album Discovery",
    "volume up, bas a little",
    "shuffle on please",
    "put this one on repeat yaar",
    "set timer twenty minutes for the daal",
    "what is the weather in Bradford tomorrow",
    "add milk and bread on shopping list",
    "heating up to twenty one degree",
    "what I am listening right now, which song",
    "group the kitchen speaker with the front room one",
    "play Queen bohemian rhapsody loud",
    "stop the music ji",
    "play the daily latest episode",
    "is it going to rain today, I have to bring the crates inside",
    "play some ghazals in the kitchen",
    "turn off repeat mode",
    "louder na, I can't hear",
    "remind me six o'clock to lock the shop shutter",
    "what's playing in the kitchen now",
    "play next song in the front room",
    "put on BBC Asian Network",
    "thermostat down two degree please",
    "play Daft Punk around the world",
    "resume the podcast from where I stop",
    "set alarm half five morning for cash and carry",
    "mute the speaker for one minute",
    "like this song, save it",
    "go back, previous song",
    "what time is it in Lahore",
    "play something relaxing yaar, long day it was",
    "fast forward thirty seconds in this episode",
    "who sings this tune, tell me the name",
    "make it little bit quiet in kitchen",
    "cancel the timer",
    "add coriander and green chilli to shopping list",
    "turn shuffle off ji",
    "play Justice album Cross from the beginning",
]

"""Writer 71, a Gen-Z American teenager (17, TikTok slang), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ok who's my most played artist this month no cap",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="bestie which artist was i literally obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 artists since march go",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in the kitchen who did we play the most last month",
        family="top_artists",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="what artist did ada have on the most this summer",
        family="top_artists",
        period="summer",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what's my song of the year so far, it's giving main character",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="name my five most played tracks from last week",
        family="top_tracks",
        period="last_week",
        count=5,
    ),
    Fresh(
        text="which song did i run back the most in october",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="lowkey what was my most played song last summer",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="most streamed song of all time for me??",
        family="top_tracks",
        period="all_time",
    ),
    # top_albums
    Fresh(
        text="which album did i play the most this month",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="fav album of twenty twenty five?? like the one i played most",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="what album have i been hooked on lately fr",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="my top 2 albums over the last three months?",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast have i been lowkey addicted to lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my go-to pod this year?",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="what's the podcast i had on most in september",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did i actually listen to this week, be honest",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long was i vibing to stuff yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="sheesh how much time did i spend on podcasts last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="total minutes i listened in august?",
        family="listening_time",
        period="august",
    ),
    Fresh(
        text="how long did we have music going last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="screen time but for my ears lol, how long have i been listening the last seven days",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="how many songs have i played today bestie",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many streams did i rack up in the last 30 days",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="number of podcast episodes i played this year?",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did i blast on saturday",
        family="plays",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="since monday how many things have i played in total",
        family="plays",
        period="since_monday",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i listened to since october",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="like how many artists total have i ever played, is it a lot",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many unique tracks have i had on this year fr",
        family="songs_count",
        period="this_year",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rhapsody this month lol",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk have i had on this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="one more time by daft punk, how many plays does it have total",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have i played sabrina carpenter ever",
        family="play_count",
        period="all_time",
        name="Sabrina Carpenter",
    ),
    Fresh(
        text="the daily, how many times did that play last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did i listen to any justice lately",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="wait did i play sexy boy yesterday or am i tripping",
        family="did_i",
        period="yesterday",
        name="Sexy Boy",
    ),
    Fresh(
        text="listened to any queen this year?",
        family="did_i",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="did i ever play olivia rodrigo on here",
        family="did_i",
        period="all_time",
        name="Olivia Rodrigo",
    ),
    Fresh(
        text="cafe tacuba, did i have them on at all last summer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="over the past two weeks did digital love come on even once",
        family="did_i",
        period="last_2_weeks",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="what was i listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="fill me in on what i played this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what was the vibe last friday, like what did i play",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what music did we have on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="what'd i listen to on november third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="this afternoon what was i playing, i zoned out",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was playing at like quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="yo what was on at 8 this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what song was on yesterday at ten past eight pm, it slapped",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was bumping at five fifteen today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="what kind of music am i into, describe my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="be so for real, what is my music taste giving",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do i usually listen to music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when am i most locked in listening, like what hour and what day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have i discovered any new artists lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who's new in my rotation this month, like artists i never heard before",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any first-time artists for me last year?",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do i skip songs, like what's my skip rate",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="be real how much did i skip stuff this week",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="do i replay the same stuff a lot or nah",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this month, am i a run it back girlie",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days in a row have i been listening",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak rn, sheesh",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did eres first pop up in my history",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when was the first time i played the weeknd",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="phantom by justice, when did i play it for the very first time",
        family="first_play",
        name="Phantom by Justice",
    ),
    # last_play
    Fresh(
        text="when did i last play bohemian rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="last time i had the daily on?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when's the last time air was on, i miss them ngl",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="ugh the last song i had on ate, what was it called",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i played today",
        family="first_today",
    ),
    Fresh(
        text="what did i wake up to today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i open with on saturday, like the very first track",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what was the first song i played in october",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="what song did i end last friday with",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song i played last night?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="the day before yesterday what was the final track i played",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track am i always skipping lol",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i keep skipping, like which artist gives me the ick",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song do i have on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's the song i literally cannot stop playing rn",
        family="on_repeat",
    ),
    Fresh(
        text="what's on heavy rotation for me fr",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me my year in review bestie",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how did my week go listening-wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="run me through my october",
        family="recap",
        period="october",
    ),
    Fresh(
        text="give me a rundown of my listening, spill",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap last month for me real quick",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how was our last week, like give us the recap",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning or evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the afternoons or at night, be honest",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is my weekend listening bigger than during the week or nah",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen no cap",
    "yo turn the music up this slaps",
    "what's playing in the kitchen rn",
    "what song is this, it's giving",
    "skip this song it's cringe",
    "pause the podcast bestie",
    "next track in the living room",
    "turn off the kitchen light",
    "play the album discovery",
    "volume to 80 please",
    "shuffle my queen playlist",
    "put this on repeat fr",
    "turn repeat mode off",
    "group the kitchen speaker with the living room one",
    "set a timer for 12 minutes for my pizza rolls",
    "is it gonna rain tomorrow",
    "add takis to the shopping list",
    "turn the heat up to 72",
    "what am i listening to right now",
    "who sings this song",
    "play one more time by daft punk",
    "play justice on the kitchen speaker",
    "play the daily",
    "resume the podcast",
    "go back to the last song",
    "turn it down a little my mom's on the phone",
    "stop the music",
    "play some lofi beats to study to",
    "what's the weather like today",
    "like this song",
    "add this track to my playlist",
    "play something that slaps",
    "mute the kitchen",
    "how many minutes left on my timer",
    "play air in the bathroom",
    "unpause",
    "turn on the fairy lights in my room",
    "play bohemian rhapsody really loud",
    "what album is this song from",
    "play the newest episode of the daily in the kitchen",
    "skip forward thirty seconds",
    "restart this song from the top",
    "set an alarm for 7 am ugh",
    "play music everywhere",
]

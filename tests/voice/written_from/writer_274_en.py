"""Writer 274, Texas retiree dictating with no punctuation, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="now who all did i listen to the most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="i reckon it was queen but who was my number one singer this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="which band have i been plumb obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="tell me my top three artists of all time would ya",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="who was my go to fella the last three months",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="which artist did ada play the most back in august",
        family="top_artists",
        period="august",
        person="Ada",
    ),
    Fresh(
        text="five artists i played most since october go ahead and name em",
        family="top_artists",
        period="since_october",
        count=5,
    ),
    # top_tracks
    Fresh(
        text="what song did i play more than any other this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name me my five most played songs since march",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="what was my favorite song last summer",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="in the kitchen what song gets played the most",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="which album did i about wear out last year",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="what record have i played more than any other",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top two albums in october what were they",
        family="top_albums",
        period="october",
        count=2,
    ),
    Fresh(
        text="what was my favorite album in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="what podcast have i been listenin to the most this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="which one of them podcast shows am i hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what podcast did i have on most over the past two weeks",
        family="top_podcasts",
        period="last_2_weeks",
    ),
    # listening_time
    Fresh(
        text="how long did i have music goin today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of listenin did i do last month all told",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="how much time did i spend on podcasts this week",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="how many minutes of music did we have on yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="how long did that kitchen speaker play music last week",
        family="listening_time",
        period="last_week",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how many hours have i been listenin over the last thirty days",
        family="listening_time",
        period="last_30_days",
    ),
    # plays
    Fresh(
        text="how many songs did i play this mornin",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many things did i play all together the last seven days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="how many of them podcast episodes did i listen to in september",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how many tunes have i played since monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different singers and bands did i hear over the summer",
        family="artists_count",
        period="summer",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many different tunes have i played this month not countin the same one twice",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="all told how many different songs have i ever played",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen have i had on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how many times have i played that there one more time song by daft punk",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times did i listen to the daily last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how many times did i play radiohead last year my grandson swears i did",
        family="play_count",
        period="last_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="now did i listen to any of that queen yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="any justice on lately",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did we play sexy boy by air last weekend",
        family="did_i",
        period="last_weekend",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="did i hear the weekend at all this year",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="did i play that cafe tacuba bunch in october",
        family="did_i",
        period="october",
        name="Café Tacvba",
    ),
    Fresh(
        text="did i play any daft punk the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="what was i listenin to yesterday evenin",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what all did i play on saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what did we have on last friday y'all",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what was i playin back on november third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what all was i listenin to this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was playin at about a quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was on this mornin at eight oclock",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was that song playin at ten after five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="yesterday round about eight in the evenin what was i listenin to",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what was on at noon day before yesterday",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="what kind of music would you say i like",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you go about describin my taste in music",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do i usually have my music goin",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do i do most of my listenin what day and what hour",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have i found any new singers lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists did i hear for the very first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new bands turn up since october",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="how often do i skip songs",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="out of all of em how many songs did i skip this month",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="how much do i play the same songs over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whats my repeat rate for last month",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="how many days in a row have i been listenin",
        family="streak",
    ),
    Fresh(
        text="hows my streak goin how many days straight is it now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first play justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the very first time i ever heard bohemian rhapsody",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when did wet leg first show up in my history",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when was the last time i played air",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="when did i last hear that daily podcast",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time i listened to da funk by daft punk when was that",
        family="last_play",
        name="Da Funk by Daft Punk",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="i forgot what was that last tune i had on",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i played today",
        family="first_today",
    ),
    Fresh(
        text="what did i wake up to this mornin",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i start off with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first song on saturday what was it",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what was the last song i played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did i finish up with on november third",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="what was the last song we played last week",
        family="last_in",
        period="last_week",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune do i keep skippin past every time",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which singer do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what band am i always skippin",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what song cant i stop playin",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listenin",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="tell me how my year went music wise",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through my listenin last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in on how my summer went for music",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the mornin or in the evenin",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i more of a mornin listener or a night owl",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or on the weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do i play more music on the weekends than i do durin the week",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play some daft punk in the kitchen would ya",
    "turn that music up a little bit honey i cant hear it",
    "turn it down some",
    "whats this song thats playin right now",
    "who sings this here song",
    "skip this song i dont care for it",
    "pause that podcast i got a phone call",
    "next song",
    "go back a song",
    "put on the daily",
    "play the album discovery",
    "shuffle that queen album",
    "turn on repeat",
    "turn off repeat on this song",
    "group the kitchen speaker with the porch speaker",
    "set a timer for twenty minutes im fixin to make cornbread",
    "whats the weather gonna be like tomorrow",
    "is it fixin to rain",
    "add buttermilk to the shoppin list",
    "set the thermostat to seventy two",
    "turn off the kitchen light",
    "what am i listenin to right now",
    "whats playin in the kitchen right now",
    "stop the music",
    "resume the podcast",
    "play bohemian rhapsody real loud",
    "play dont stop me now by queen",
    "volume to five",
    "how loud is this speaker set",
    "play some music in the livin room",
    "play the newest episode of the daily",
    "skip ahead thirty seconds",
    "remind me to call my sister at three",
    "what time is it",
    "set an alarm for six in the mornin",
    "turn the kitchen speaker off",
    "play somethin by air",
    "add this song to my playlist",
    "whats the name of this album",
    "who is this band playin right now",
    "start the podcast over from the beginnin",
    "play some justice in the kitchen y'all",
    "lock the front door",
    "how hot is it outside",
    "might could you turn the music down a hair",
]

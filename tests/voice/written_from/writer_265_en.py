"""Writer 265, driver dictating to a phone in a noisy car (speech-to-text, no punctuation, misheard words), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who did i who did i listen to most lass week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who was my number one artist this year like my top top artist",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="which artist have i been obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="what were my top three artists last month",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="who did we listen to the most in october",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="whos been my top artist over the past two weeks",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="whats my most played song of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name my five most played songs this year",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="song of the month whats my song of the month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="which track did i play most over the summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="what was our most played track last week",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    # top_albums
    Fresh(
        text="which album did i play the most since march",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="whats my favourite record of all time",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what was my top album lass year",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="in the kitchen what album gets played most",
        family="top_albums",
        period="all_time",
        room="kitchen",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am i hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which podcast did i listen to most this month",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="top podcast in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how long did i listen to music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did i listen in october",
        family="listening_time",
        period="october",
    ),
    Fresh(
        text="how much music did i have on this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how many minutes of podcasts did i do yesterday",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    Fresh(
        text="how long did we have music on last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="how long did ada listen over the last seven days",
        family="listening_time",
        period="last_7_days",
        person="Ada",
    ),
    Fresh(
        text="how long how long was i listening in august",
        family="listening_time",
        period="august",
    ),
    # plays
    Fresh(
        text="how many songs have i played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things did i play lass week in total",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="how many podcast episodes did i get through this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="in the kitchen how many tracks got played yesterday",
        family="plays",
        period="yesterday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how many songs since monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists did i listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands have i played in total",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many different artists lass month",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i listen to in september",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="how many different tunes over the last thirty days",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="number of different tracks since october",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rap city this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen did i have on this month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="how many times have i listened to the daly lass week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how often did i play da funk by daft punk",
        family="play_count",
        period="all_time",
        name="Da Funk by Daft Punk",
    ),
    Fresh(
        text="how many times did i play radio head this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did i listen to any just us lately",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did i hear cafe tack of a yesterday",
        family="did_i",
        period="yesterday",
        name="Café Tacvba",
    ),
    Fresh(
        text="listened to much queen this year",
        family="did_i",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="have i heard the weekend this month",
        family="did_i",
        period="this_month",
        name="The Weeknd",
    ),
    Fresh(
        text="did we play anything by air last weekend",
        family="did_i",
        period="last_weekend",
        name="Air",
        person="we",
    ),
    Fresh(
        text="did i play sexy boy by air this week",
        family="did_i",
        period="this_week",
        name="Sexy Boy by Air",
    ),
    # what_played
    Fresh(
        text="what was i listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did i listen to this mourning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what did i play on saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what music did we have on last friday",
        family="what_played",
        period="last_friday",
        content="music",
        person="we",
    ),
    Fresh(
        text="what was i listening to on november third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what did ada listen to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="Ada",
    ),
    Fresh(
        text="what did i listen to this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was playing at like ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was on this morning at half eight",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what song was playing at ten past five today",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="what was playing yesterday at eight o clock in the evening",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what was on wednesday at noon",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="what kind of music do i like like whats my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my music taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you sum up my taste in music",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="when do i usually listen what time what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="whats my peak listening time",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what day of the week do i listen the most",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did i discover any new artists lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did i listen to for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="new bands in the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="whats my skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how much did i skip this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how often did i skip stuff lass week",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whats my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="do i listen to the same stuff over and over",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened",
        family="streak",
    ),
    Fresh(
        text="whats my listening streak",
        family="streak",
    ),
    Fresh(
        text="how long is my streak like days straight",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to just ice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did draft punk first show up",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when was the first time i played dont stop me now",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when did i first hear wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did i last listen to the daly",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was the last time i played air rest by cafe tack of a",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="last time i heard digital love",
        family="last_play",
        name="Digital Love",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="what was the last track i put on",
        family="last_song",
    ),
    Fresh(
        text="the last song i listened to what was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i played today",
        family="first_today",
    ),
    Fresh(
        text="what did i wake up to",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first song lass friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the uh the first thing i played this week",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what was the last song i played yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the very last song on saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last thing i listened to last night",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track do i always always skip",
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
        text="who do i skip most like which band",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="whats in heavy rotation at the moment",
        family="on_repeat",
    ),
    Fresh(
        text="what song cant i stop playing",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a run down of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="do my year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap lass month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in on my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did my listening go in october",
        family="recap",
        period="october",
    ),
    Fresh(
        text="run me through last summer music wise",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the morning or the evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i more of a morning or a night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i play more music in the afternoons or evenings",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do i play more music on the weekend than during the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play draft punk in the kitchen",
    "turn the music up",
    "turn it up turn it up a bit",
    "whats playing in the kitchen",
    "what song is this",
    "skip this song",
    "skip skip this one",
    "pause the podcast",
    "next track in the living room",
    "turn off the kitchen light",
    "play the album discovery",
    "play the daly",
    "volume to for tea percent",
    "shuffle on",
    "turn on repeat",
    "put repeat mode off",
    "group the kitchen and living room speakers",
    "set a timer for ten minutes",
    "whats the weather tomorrow",
    "add milk to the shopping list",
    "set the thermostat to twenty one",
    "what am i listening to right now",
    "who sings this",
    "play bohemian rap city",
    "play something by just us",
    "stop the music",
    "resume the podcast",
    "play the latest episode of the daily",
    "go back one song",
    "louder",
    "turn it down its too loud",
    "play moon sa fari by air",
    "whats the name of this track",
    "add this song to my playlist",
    "play queen on the kitchen speaker",
    "is the kitchen light on",
    "stop the timer",
    "who is this artist",
    "fast forward thirty seconds",
    "play the next episode",
    "turn the heating down in the kitchen",
    "play some music",
    "what album is this from",
]

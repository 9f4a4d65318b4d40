"""Writer 499, Gen-Z streamer, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="yo who's been my most played artist this month ngl i need to know",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="vibe check who was my top artist last year",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="which artist has been living rent free in my kitchen lately",
        family="top_artists",
        period="lately",
        room="kitchen",
    ),
    Fresh(
        text="top 3 artists since march go go go",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="ok chat wants to know who we listened to most last week fr",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="who was i lowkey obsessed with over the past two weeks like which artist",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="what was my song of the summer no cap",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="gimme my top 5 tracks this year bestie",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="most played song ever?? like of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="lowkey what song did i play the most in october",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="whats ada's number one song this month",
        family="top_tracks",
        period="this_month",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="which album did i run back the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="whats my most played album like ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top two albums over the last three months rq",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast am i lowkey hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast this year?",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="what pod was i bingeing the hardest in september",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="how many hours did i have music on today ngl",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how long was i listening ytd",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="chat how much time did i spend on podcasts this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total listening time last year?? it's giving no life",
        family="listening_time",
        period="last_year",
    ),
    Fresh(
        text="how many minutes of tunes since monday",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="last 7 days how long did i have stuff playing",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="how many songs did i play this morning fr",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many streams did i rack up last month",
        family="plays",
        period="last_month",
    ),
    Fresh(
        text="how many episodes did i put on this year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="ok how many tracks did we play on saturday",
        family="plays",
        period="saturday",
        person="we",
        content="music",
    ),
    Fresh(
        text="songs this afternoon how many bestie",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many diff artists did i listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists have i even played like in total",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="last summer how many different artists did i get thru",
        family="artists_count",
        period="last_summer",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play in august",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="how many unique tracks have i listened to in the last 30 days",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="number of different songs this week? just curious",
        family="songs_count",
        period="this_week",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk have i had on this week no cap",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times have i played one more time by daft punk ever",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many plays does radiohead have in my history",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="dance by justice how many times did i run that back last week",
        family="play_count",
        period="last_week",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="did i listen to any queen ytd",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="bestie did i play the daily today",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="listened to any air this month?",
        family="did_i",
        period="this_month",
        name="Air",
    ),
    Fresh(
        text="did i play olivia rodrigo at all last year",
        family="did_i",
        period="last_year",
        name="Olivia Rodrigo",
    ),
    Fresh(
        text="did i bump any cafe tacuba this summer or nah",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="what was i listening to ytd evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did i have on last weekend",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="what was playing in the kitchen the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="what did ada listen to on november 3rd",
        family="what_played",
        period="november_3",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter to 8 last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="yo what song was playing at like 8 this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was bumping ytd at 8:10 pm",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="around 5 this afternoon what was on in the kitchen",
        family="playing_at",
        moment="2026-11-20 17:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="vibe check my music taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of music am i into fr",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste bestie dont hold back",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when am i listening the most like what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="whats my peak listening time ngl",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did i discover anyone new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists did i find for the first time since october",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="how often do i skip stuff fr",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="did i skip a lot last week lowkey",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="do i replay the same songs a lot or nah",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whats my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="how much did i run back the same tracks last month",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened",
        family="streak",
    ),
    Fresh(
        text="whats my listening streak rn",
        family="streak",
    ),
    Fresh(
        text="am i on a streak? like how many days straight chat needs to know",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did daft punk first show up in my history",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="first time i ever played sexy boy by air when was that",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="when did i first play wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did i last play don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when was the last time i listened to the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time i bumped cafe tacvba?",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="whats the last track i had on bestie",
        family="last_song",
    ),
    Fresh(
        text="remind me what song i played last ngl my brain is fried",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i played today",
        family="first_today",
    ),
    Fresh(
        text="what did i wake up to today ngl",
        family="first_today",
    ),
    Fresh(
        text="first track of the day?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i played ytd",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i start last friday with",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first song on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first track of last week?",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="what was the last song i played last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what did i end ytd with",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last song on november 3rd?",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track do i always skip lowkey",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i skip the most ngl like which artist is the big L",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what artist gets skipped most in the kitchen",
        family="most_skipped_artist",
        period="all_time",
        room="kitchen",
    ),
    # on_repeat
    Fresh(
        text="what song do i have on repeat rn",
        family="on_repeat",
    ),
    Fresh(
        text="which song is living rent free in my head these days",
        family="on_repeat",
    ),
    Fresh(
        text="what track can i not stop playing fr",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me my week recap",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my october music wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gimme a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="run me my twenty twenty five wrapped",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="how did we do last month listening wise recap pls",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning or night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the mornings or evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons vs nights which one do i play more stuff",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekday vs weekend listening which one wins",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "yo play daft punk in the kitchen",
    "turn the music up chat cant hear it",
    "skip this song its giving L",
    "pause the podcast rq",
    "next track in the living room",
    "turn off the kitchen light",
    "play the album discovery no cap",
    "volume to 40",
    "shuffle on bestie",
    "put this song on repeat",
    "what's playing in the kitchen rn",
    "what song is this fr",
    "what am i listening to right now",
    "who sings this",
    "set a timer for 12 min for my pizza rolls",
    "whats the weather tmrw",
    "add monster energy to the shopping list",
    "set the thermostat to 22",
    "group the kitchen speaker with the bedroom one",
    "play the latest episode of the daily",
    "turn it down im going live",
    "lower the volume in the kitchen",
    "play something bussin",
    "play genesis by justice",
    "like this song",
    "stop the music",
    "resume the podcast",
    "previous track",
    "turn on do not disturb im streaming",
    "set my lights to purple for the stream",
    "remind me tmrw to upload the vod",
    "is it gonna rain today",
    "play some lofi to study to",
    "turn the bass up",
    "mute the kitchen speaker",
    "play queen in the kitchen pls",
    "skip ahead 30 seconds",
    "speed up the podcast",
    "add this song to my playlist",
    "what time is it",
    "turn the heat up its freezing fr",
    "play sexy boy by air on all speakers",
    "set an alarm for 9 tmrw",
    "stop playing in the living room",
    "crank it up bestie this slaps",
    "turn repeat off",
]

"""Writer 366, a Nigerian English speaker from Lagos, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="how far abeg which artist i don dey play pass this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="who be my number one artist for last year sef",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="abeg who i dey obsessed with lately na",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="oya give me my top three artists for this year",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="for the last seven days o which musician i dey rock pass",
        family="top_artists",
        period="last_7_days",
    ),
    # top_tracks
    Fresh(
        text="which song i play pass last week abeg",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="wetin be my song of the month o",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="abeg name my five most played songs of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="for kitchen which tune dey play pass this week",
        family="top_tracks",
        period="this_week",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="which album i don play pass this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="abeg my favourite album for the last three months na which one",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="ehn the record wey i play pass for august",
        family="top_albums",
        period="august",
    ),
    Fresh(
        text="last summer sef which album i no fit drop",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="which podcast i dey listen to pass",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="na which podcast i don hook on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my go-to podcast for last month abeg tell me",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="how many hours i don listen music this week o",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="abeg how long i listen yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="total time wey i spend listening for twenty twenty five tell me",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="how much podcast i don hear this month like how many minutes sef",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="over the past two weeks how many hours i don put for listening",
        family="listening_time",
        period="last_2_weeks",
    ),
    Fresh(
        text="in the kitchen how long music play yesterday evening",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs i don play today sef",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="abeg how many things i play for last weekend",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="number of episodes i don listen in the last 30 days",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks we play for october",
        family="plays",
        period="october",
        content="music",
        person="we",
    ),
    Fresh(
        text="abeg how many songs ada play last week",
        family="plays",
        period="last_week",
        content="music",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="how many different artists i don listen to this year o",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="abeg count the artists wey i hear last month for me",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="how many different artists we play last week for this house",
        family="artists_count",
        period="last_week",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many different songs i don play since march",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="abeg different tracks wey i listen to for september how many",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="since monday how many different songs i don hear",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="how many times i don play bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="abeg how many times i listen daft punk for last year",
        family="play_count",
        period="last_year",
        name="Daft Punk",
    ),
    Fresh(
        text="this one more time by daft punk how many times i play am this week",
        family="play_count",
        period="this_week",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times i don hear radiohead sef",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="the daily how many times i play am last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="shey i listen to any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="abeg did i play queen at all last weekend",
        family="did_i",
        period="last_weekend",
        name="Queen",
    ),
    Fresh(
        text="i hear air this summer abi i no hear",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="did i play the weeknd this year o",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="cafe tacuba i don hear them since october",
        family="did_i",
        period="since_october",
        name="Café Tacvba",
    ),
    Fresh(
        text="digital love play this morning or e no play",
        family="did_i",
        period="this_morning",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="wetin i dey listen to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="abeg remind me wetin i play last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what was i listening to this afternoon sef",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="wetin we play for the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="on november 3rd wetin i listen to abeg",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="wetin dey play around quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="abeg which song dey play this morning around 8 30",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="today around quarter past five wetin i dey hear",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="yesterday by eight o clock for night which song dey play",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="abeg describe my taste for music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wetin be my kind of music sef how you go describe am",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of sound i dey into this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time i dey usually listen to music",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day and which hour i dey listen pass",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="abeg when be my peak listening time o",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="i don discover any new artist lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which new artists i start to listen to this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="new artists for 2025 who i find that year",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="how often i dey skip songs sef",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="abeg wetin be my skip rate for this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="i dey skip plenty last week",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="how much i dey repeat the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="my repeat rate for this year abeg",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="i dey replay the same tunes too much lately abi",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row i don dey listen",
        family="streak",
    ),
    Fresh(
        text="abeg wetin be my listening streak now",
        family="streak",
    ),
    Fresh(
        text="how many straight days i don play music o no break",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="abeg when be the first time i play bohemian rhapsody",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wet leg when i first hear them",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="since when i dey play the daily like the very first time",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="when last i play daft punk",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="abeg when be the last time i hear sexy boy",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="discovery album when last i play am sef",
        family="last_play",
        name="Discovery",
    ),
    # last_song
    Fresh(
        text="wetin be the last song i play",
        family="last_song",
    ),
    Fresh(
        text="abeg the last tune wey i listen to which one",
        family="last_song",
    ),
    Fresh(
        text="how far which song i play last",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wetin be the first song i play today",
        family="first_today",
    ),
    Fresh(
        text="which song i wake up to abeg",
        family="first_today",
    ),
    Fresh(
        text="first tune for today which one e be",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="the first song i play yesterday na which one",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="abeg which song i start with on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first track i play for this month",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="wetin be the last song i play last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="which song i end with last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="the last song i hear day before yesterday wetin be am",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song i dey skip pass",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="abeg the song wey i no dey ever let finish which one be that",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song for this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i dey skip pass",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="na who be the artist wey i dey always skip sef",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the artist i skip pass last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="which song i get on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="wetin i no fit stop playing now now which song",
        family="on_repeat",
    ),
    Fresh(
        text="the song wey dey heavy rotation for me abeg",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how my week for music take go",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="abeg give me my year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through my october how e be",
        family="recap",
        period="october",
    ),
    Fresh(
        text="give me rundown of my listening abeg",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="i dey listen more for morning or for evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="abeg shey i be morning person or night person for music",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="which one i dey listen pass afternoon or night this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="i dey listen more for weekend or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="na weekend i dey play music pass or na during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays versus weekend this year which one i listen more",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "abeg play daft punk for kitchen",
    "turn the music up small",
    "wetin dey play for kitchen now",
    "which song be this one abeg",
    "skip this song jare",
    "pause the podcast abeg",
    "next track for living room",
    "off the kitchen light",
    "play the album discovery",
    "reduce the volume o e too loud",
    "shuffle the songs abeg",
    "put this one on repeat",
    "join the kitchen speaker with the parlour one",
    "set timer for ten minutes my rice dey fire",
    "wetin be the weather today",
    "add garri to my shopping list",
    "put the heating to 22 degrees",
    "wetin i dey listen to right now",
    "who dey sing this song wey dey play",
    "play the daily",
    "play bohemian rhapsody for kitchen abeg",
    "abeg stop the music",
    "how far louder small",
    "play something calm for kitchen",
    "next episode abeg",
    "go back to the song before",
    "off repeat mode",
    "play justice cross album from the beginning",
    "resume the podcast o",
    "like this song for me",
    "add this song to my playlist",
    "set alarm for six tomorrow morning",
    "volume fifty percent",
    "mute the kitchen speaker",
    "play air for bedroom",
    "which album this song come from",
    "how long this song remain",
    "stop the music for kitchen after thirty minutes",
    "abeg play radio",
    "on the light for parlour",
    "e go rain today",
    "fast forward the podcast by thirty seconds",
    "oya play queen make i dance",
    "remind me to call mummy by seven",
    "abeg reduce am the thing too loud for kitchen",
]

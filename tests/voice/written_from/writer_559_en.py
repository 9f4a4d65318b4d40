"""Writer 559, a terse West Texas oilfield roughneck on a two-week hitch, talking between shifts, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who'd i play most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="top band this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who i been runnin the most lately, reckon",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen who gets played most since march",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="gimme my top three artists last month",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="most played song last thirty days",
        family="top_tracks",
        period="last_30_days",
    ),
    Fresh(
        text="top five songs this year go",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="what song was i wearin out back in october",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="my song of the summer, what was it",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="name three tracks i played most last year",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    # top_albums
    Fresh(
        text="which record i play the most",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top album this month",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="what album's been spinnin most since october",
        family="top_albums",
        period="since_october",
    ),
    # top_podcasts
    Fresh(
        text="which podcast i listen to most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what show i been hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top podcast twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="fixin to head back out. how long i had music goin today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="hours of tunes last week, how many",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how much listenin time i got this month",
        family="listening_time",
        period="this_month",
    ),
    Fresh(
        text="that kitchen speaker, how long was it runnin last weekend",
        family="listening_time",
        period="last_weekend",
        room="kitchen",
    ),
    Fresh(
        text="how long we have music on yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs this mornin",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="episodes i played this year how many",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="total plays last seven days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="how many tracks we run through last month",
        family="plays",
        period="last_month",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different bands i played this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists all told",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="since monday how many artists i had on",
        family="artists_count",
        period="since_monday",
    ),
    # songs_count
    Fresh(
        text="how many different songs last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many diff'rent tracks i played in september",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="how many separate songs i got in my history, not countin repeats",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times i played bohemian rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="daft punk. how many plays last month",
        family="play_count",
        period="last_month",
        name="Daft Punk",
    ),
    Fresh(
        text="times i run that don't stop me now this year",
        family="play_count",
        period="this_year",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="how many times i played george strait",
        family="play_count",
        period="all_time",
        name="George Strait",
    ),
    # did_i
    Fresh(
        text="i play any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="catch the daily this mornin?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="any air last weekend",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="cafe tacuba, i have that on in august or no",
        family="did_i",
        period="august",
        name="Café Tacvba",
    ),
    Fresh(
        text="ever play any chris stapleton",
        family="did_i",
        period="all_time",
        name="Chris Stapleton",
    ),
    # what_played
    Fresh(
        text="what'd i have on last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what was playin day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="saturday what i listen to",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what music was on this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what'd we have goin last friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="what was playin bout eight last night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="song on at eight this mornin",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="quarter after five today what was on",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="noon wednesday, what was runnin",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="what was on at nine tuesday night",
        family="playing_at",
        moment="2026-11-17 21:00",
    ),
    # taste
    Fresh(
        text="what kinda music am i into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how'd you size up my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my music, what's it like, reckon",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time i usually got music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when i listen most, what day what hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="busiest listenin hour i got",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="pick up any new bands this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd i find new the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="artists i ain't never heard before, any this year",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how much i skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="skip rate last month",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="how often i been skippin songs this week",
        family="skips",
        period="this_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="how much i replay the same stuff",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="i been playin the same songs over n over past two weeks?",
        family="repeat",
        period="last_2_weeks",
        content="music",
    ),
    # streak
    Fresh(
        text="how many days in a row i been listenin",
        family="streak",
    ),
    Fresh(
        text="what's my streak at",
        family="streak",
    ),
    Fresh(
        text="days straight with somethin on, how many",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when'd i first play justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time i ever heard eres",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="the daily, when'd that first show up",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when i first play turnpike troubadours",
        family="first_play",
        name="Turnpike Troubadours",
    ),
    # last_play
    Fresh(
        text="last time i played sexy boy",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when'd i last have queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="how long since i played moon safari",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="last song i played",
        family="last_song",
    ),
    Fresh(
        text="what was the last tune on",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what i wake up to",
        family="first_today",
    ),
    Fresh(
        text="first song today",
        family="first_today",
    ),
    Fresh(
        text="what'd i start the day off with",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what i kick off last weekend with",
        family="first_in",
        period="last_weekend",
    ),
    Fresh(
        text="first tune on november third",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="last friday what come on first",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="last song last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what i end on saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last song i played last week",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="what song i skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track i'm always skippin",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="what band i skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who i cut off the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="artist i skip the most, who is it",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song i got on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="what song i been wearin out these days",
        family="on_repeat",
    ),
    Fresh(
        text="song i can't quit lately",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="run me through my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how'd my month go music wise",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="rundown of last year",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="year in review, let's hear it",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on october",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gimme a rundown",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more mornins or nights",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornin or evenin, when i play more",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="more music afternoons or evenins",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="reckon i play more weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend listenin more than weekdays?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends or work week, which one's got more tunes",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    # extra variety
    Fresh(
        text="last summer who'd i run the most",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="any digital love since monday",
        family="did_i",
        period="since_monday",
        name="Digital Love",
    ),
    Fresh(
        text="how many times da funk come on this month",
        family="play_count",
        period="this_month",
        name="Da Funk",
    ),
    Fresh(
        text="we play much music last weekend, how long",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="that one more time by daft punk, when'd i last play it",
        family="last_play",
        name="One More Time by Daft Punk",
    ),
]

NEGATIVES = [
    "play some george strait in the kitchen",
    "turn it up",
    "kill the music",
    "louder",
    "turn that down some",
    "skip",
    "skip this song",
    "next track",
    "pause the podcast",
    "pause",
    "what song is this",
    "who sings this",
    "what's playin right now",
    "what am i listenin to right now",
    "play discovery the album",
    "play the daily",
    "next episode",
    "shuffle it",
    "put this one on repeat",
    "repeat off",
    "group the kitchen and bedroom speakers",
    "play it in the kitchen too",
    "kitchen light off",
    "turn on the porch light",
    "set the thermostat to sixty eight",
    "kick the ac on",
    "what's the weather in midland",
    "wind speed in odessa right now",
    "set a timer twenty minutes",
    "timer for the brisket, six hours",
    "alarm four thirty a m",
    "add beer to the shoppin list",
    "put jerky on the list",
    "what time is it",
    "fixin to sleep, music off in thirty minutes",
    "play bohemian rhapsody",
    "play some justice",
    "stop",
    "volume five",
    "mute the kitchen speaker",
    "y'all turn the radio on",
    "play kfyo radio",
    "resume",
    "go back a song",
]

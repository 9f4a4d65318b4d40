"""Writer 254, Texan long-haul truck driver dictating in the cab, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="howdy, who's been my number one band this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who was i listenin' to the most last month, reckon you'd know",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="which artist have I been plumb obsessed with",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists since March, go on and tell me",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="what's my most played song of all time, partner",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="gimme my top five tracks from last summer",
        family="top_tracks",
        period="last_summer",
        count=5,
    ),
    Fresh(
        text="what song did we just about wear out last week",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="in the kitchen, what song gets played the most",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="what record did i spin the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which album got the most play in October",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="my favorite album, what'd that be, y'know, of all time",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="what podcast have I been stuck on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which show did i listen to most in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="top podcast over the last thirty days",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did I run today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how long was i listenin' to stuff yesterday evenin'",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="how much time'd we spend listenin' in the kitchen last weekend",
        family="listening_time",
        period="last_weekend",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="minutes of podcasts this week, how many we talkin'",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="how many songs'd I play this mornin'",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many episodes did i get through this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total plays since October, what's the count on that",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="how many tunes got played on Saturday",
        family="plays",
        period="saturday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists did i listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="all told, how many bands have I had on",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="count of artists over the last three months real quick",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="since Monday how many different tracks have I gone through",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="number of different songs this summer",
        family="songs_count",
        period="summer",
    ),
    # play_count
    Fresh(
        text="how many times did I play bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk have I been playin' this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="that daft punk one more time song, how many times'd it come on in August",
        family="play_count",
        period="august",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many plays has the weeknd got in my history",
        family="play_count",
        period="all_time",
        name="The Weeknd",
    ),
    # did_i
    Fresh(
        text="did ol' Queen get any play from me yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="did justice get played in the kitchen over the weekend",
        family="did_i",
        period="last_weekend",
        name="Justice",
        room="kitchen",
    ),
    Fresh(
        text="did i listen to the daily this mornin' or did I skip it",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="I ever play any radiohead? don't reckon I did",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="eres by cafe tacuba, did I play that one back in September",
        family="did_i",
        period="september",
        name="Eres by Café Tacvba",
    ),
    # what_played
    Fresh(
        text="run me through what I had goin' last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what'd I listen to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what all got played on November third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what'd we have on last Friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what was Ada listenin' to this afternoon",
        family="what_played",
        period="this_afternoon",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was playin' round eight o'clock last night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what was on at half past eight this mornin'",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what song was goin' at quarter past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="wednesday night 'bout nine o'clock, what was on",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what would you say my kinda music is, anyhow",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you go about describin' my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste been like so far this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="when's my usual listenin' hour, and which day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I listen the most, like what hour and what day of the week",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="pick up on any new bands here lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any artists i heard for the very first time this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd I hear for the first time last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do i skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my skip rate been lookin' like this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many tracks did i skip last month",
        family="skips",
        period="last_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="do I replay the same stuff a whole lot",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate over the last seven days",
        family="repeat",
        period="last_7_days",
    ),
    # streak
    Fresh(
        text="how many days in a row have i been listenin' now",
        family="streak",
    ),
    Fresh(
        text="what's my listenin' streak at, days straight",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first play justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when'd Air first show up in my history",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="first time I ever heard sexy boy, when was that",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when did I first listen to wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when's the last time i heard don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time I played the daily, when was it",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when did cafe tacuba last get a spin",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="last tune I had on, what was it, I'm fixin' to play it again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what'd I roll outta bed to today",
        family="first_today",
    ),
    Fresh(
        text="first song I put on today, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="yesterday, what'd I start the day off with",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what song did i kick off last week with",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="what'd I start off with on Saturday",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what was the last song on last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what'd i finish up with yesterday evenin'",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="last track i played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track am i always skippin' past",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do i skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's that artist I keep on skippin'",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's that tune i can't quit playin'",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how'd my year go, music-wise",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on my listenin', go ahead",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap the past two weeks for me while I'm haulin'",
        family="recap",
        period="last_2_weeks",
    ),
    Fresh(
        text="how was our October, listenin'-wise",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="reckon I'm an early bird listener or more of a night owl",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the mornin's or the evenin's",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons or nights, when do I listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or on weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends versus workdays, when've I got more tunes goin'",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play some daft punk in the kitchen, would ya",
    "turn that music up a notch",
    "what's playin' in the kitchen right now",
    "what song is this, I like it",
    "skip this song, darlin'",
    "pause the podcast, I'm fixin' to take a call",
    "next track in the livin' room",
    "turn off the kitchen light",
    "play the album discovery",
    "crank the volume up to eight",
    "turn it down some, it's too loud",
    "shuffle my queen songs",
    "put this on repeat",
    "turn repeat off",
    "group the kitchen speaker with the livin' room one",
    "set a timer for twenty minutes for the brisket",
    "what's the weather gonna be in amarillo tomorrow",
    "add beef jerky to the shopping list",
    "set the thermostat to sixty eight",
    "what am I listenin' to right now",
    "play the daily",
    "resume the podcast",
    "stop the music",
    "howdy, play justice real loud",
    "mute the kitchen speaker",
    "who sings this song that's on right now",
    "play bohemian rhapsody",
    "go back one song",
    "play somethin' by air in the kitchen",
    "turn on shuffle",
    "fast forward thirty seconds in this episode",
    "play the newest episode of the daily",
    "how many minutes left on my timer",
    "is it gonna rain today",
    "turn the heat up a couple degrees",
    "remind me to call the dispatcher at six",
    "play some country music",
    "like this song",
    "what album is this song from",
    "turn the bass up on the kitchen speaker",
    "play music everywhere",
    "lock the front door",
    "add eggs and coffee to my list",
    "what time is it in houston",
]

"""Writer 387, American long-haul trucker (CB radio talk), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="breaker one-nine, good buddy, who's been my number one artist this year, come back",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="how 'bout it, which band've I been runnin' the most last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="gimme my top three artists since March, over",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="who've I been plumb obsessed with lately, good buddy",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, who's the artist gets played most, all time, 10-4?",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who's my top act the last seven days, copy?",
        family="top_artists",
        period="last_7_days",
    ),
    Fresh(
        text="who was Ada's top artist back in August, good buddy",
        family="top_artists",
        period="august",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what's my song of the month, good buddy",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name me my five most played tracks of twenty twenty five, come back",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="10-4, which tune did I wear plumb out last summer",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="most played song of all time, what is it, over",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="what was my big song back in August, the one I ran into the ground",
        family="top_tracks",
        period="august",
    ),
    # top_albums
    Fresh(
        text="which record did I spin the most in October, good buddy",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="what album's been gettin' the most miles put on it this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="top two albums the last three months, come back",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what's my go-to podcast, good buddy",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which show've I been hooked on lately, over",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="breaker breaker, most played podcast this month, how 'bout it",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="how many hours of tunes did I log this week, good buddy",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long'd I listen yesterday, come back",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how much time'd I burn on podcasts last month, over",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many minutes of music did I put in this mornin'",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how long did we have music goin' in the kitchen last weekend, good buddy",
        family="listening_time",
        period="last_weekend",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="how many hours I log over the past two weeks, listenin' I mean, 10-4",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="how many songs did I run through today, good buddy",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many plays I rack up in the last thirty days, 10-4",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many episodes did I put on this year, come back",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks we play on Saturday, good buddy",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="this afternoon, how many tunes'd I go through, roger",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists I been listenin' to this month, good buddy",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="how many bands've I had on, all told, ever",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="since October, how many different acts have come through my speaker, over",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I hear last week, over",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many separate tunes I played since Monday, come back",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="what's the count on different songs in my whole history, good buddy",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did I play Bohemian Rhapsody this year, good buddy",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen've I had on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="count me up how many times that Daft Punk one more time song played in September",
        family="play_count",
        period="september",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times did The Daily come on last week, 10-4",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times I play Radiohead, ever, come back",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="that dance song by Justice, how many times'd I run it this month",
        family="play_count",
        period="this_month",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="did I hear any Justice yesterday, good buddy",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to any Air lately?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did I play that sexy boy song over the weekend",
        family="did_i",
        period="last_weekend",
        name="Sexy Boy",
    ),
    Fresh(
        text="did I catch The Daily this mornin', come back",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="breaker one-nine, did I ever play any Wet Leg",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="that cafe tacuba bunch, did I have any of them on last month",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="any Queen come on last night, good buddy?",
        family="did_i",
        period="last_night",
        name="Queen",
    ),
    # what_played
    Fresh(
        text="what was I listenin' to yesterday evenin', good buddy",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through what I had on last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what'd I have playin' on November third, 10-4",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what all did I listen to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="fill me in on what tunes I played this afternoon, over",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what's Ada been listenin' to over the last seven days, come back",
        family="what_played",
        period="last_7_days",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter to eight last night, good buddy",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was playin' at ten past eight yesterday evenin'",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was on this mornin' round half past eight, come back",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what tune was goin' at five fifteen this afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="last Friday at nine at night, what was playin', 10-4",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="what kinda stuff am I into, music-wise, good buddy",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste for me, 10-4, what do I run with",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste been like this year, come back",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have somethin' playin', good buddy",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when's my busiest listenin' hour and day, come back",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what day of the week do I listen the most, over",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered anybody new lately, good buddy?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="what new artists did I pick up this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any bands I heard for the first time last month, come back",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often do I skip, good buddy, be honest",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month, 10-4",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many things did I skip last week out of what I played",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same ol' songs, come back",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate lookin' like this month, over",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days in a row I been listenin', good buddy",
        family="streak",
    ),
    Fresh(
        text="what's my listenin' streak up to now, come back",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when'd Justice first show up in my history, over",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time I played Don't Stop Me Now",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when did I first hear The Weeknd, good buddy",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="Phantom, when did I first put that one on, 10-4",
        family="first_play",
        name="Phantom",
    ),
    # last_play
    Fresh(
        text="when's the last time I had Daft Punk on, 10-4",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="last time I played that Moon Safari record, when was that",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="when did I last hear eres by cafe tacuba, come back",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    # last_song
    Fresh(
        text="what was the last song I played, good buddy",
        family="last_song",
    ),
    Fresh(
        text="what'd I have on last, the very last tune, come back",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what tune did I wake up to today, good buddy",
        family="first_today",
    ),
    Fresh(
        text="first song I played today, what was it, over",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday, come back",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what'd I kick off last weekend with, 10-4",
        family="first_in",
        period="last_weekend",
    ),
    Fresh(
        text="first tune I put on this week, how 'bout it",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what'd I wrap up last Friday with, good buddy",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song I played the day before yesterday, come back",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what'd I close out October on",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="what song do I skip the most, good buddy",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which tune am I always hittin' skip on, over",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most, come back",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what band do I bail on quickest, 10-4",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song can't I quit playin', good buddy",
        family="on_repeat",
    ),
    Fresh(
        text="what song I got on repeat these days, come back",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was my week, listenin'-wise, good buddy",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gimme the big picture on my listenin', the whole rundown, over",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="lay my year on me, 10-4, the whole review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me a recap of last month, over",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how'd my summer go in the kitchen, listenin'-wise",
        family="recap",
        period="summer",
        room="kitchen",
    ),
    Fresh(
        text="how'd last year shake out for me, listenin' and all, give me the recap",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornin' or the evenin', good buddy",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more of a night owl or an early bird when it comes to listenin'",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I play more on weekdays or on the weekend, come back",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it weekends or workdays I listen more, 10-4",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "breaker one-nine, play some Daft Punk in the kitchen, good buddy",
    "crank that music up a notch, 10-4",
    "what's playin' in the kitchen right now, come back",
    "what song is this, good buddy",
    "skip this song, it's a real dog",
    "pause the podcast, I gotta take this call",
    "next track in the livin' room",
    "kill the kitchen light, over",
    "play the album Discovery, hammer down",
    "turn the volume down some, the wife's sleepin'",
    "shuffle some Queen for me",
    "put this song on repeat, good buddy",
    "group the kitchen speaker with the livin' room one",
    "set a timer for twenty minutes, coffee's on",
    "what's the weather lookin' like on I-80 tomorrow",
    "add beef jerky to the shopping list, 10-4",
    "bump the thermostat up to seventy, come back",
    "what am I listenin' to right now, good buddy",
    "play The Daily, the newest episode",
    "turn off the music in the kitchen, over and out",
    "who sings this one, come back",
    "resume the podcast, roger",
    "play Bohemian Rhapsody loud, good buddy",
    "stop the music, I'm hittin' the rack",
    "volume to eight in the kitchen",
    "turn shuffle off, 10-4",
    "play somethin' by Justice in the kitchen",
    "go back a track, I missed the good part",
    "how long's left on this song",
    "set an alarm for four a.m., I got a load to pick up",
    "is it gonna rain in Amarillo tonight",
    "what album's this song off of, good buddy",
    "turn the kitchen speaker off, good buddy",
    "play some Air, somethin' mellow for supper",
    "mute the speaker, dispatcher's callin'",
    "play me the next episode of The Daily, come back",
    "lights in the kitchen to fifty percent, 10-4",
    "take the thermostat down two degrees",
    "add coffee filters to the list, over",
    "what's this tune called, good buddy",
    "play Don't Stop Me Now on all the speakers",
    "fast forward thirty seconds on this podcast",
    "repeat mode off in the kitchen, copy?",
    "put on some Café Tacvba, and hammer down on that volume",
]

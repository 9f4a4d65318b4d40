"""Writer 495, Texan long-haul trucker talking hands-free while driving, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="breaker breaker, who's my number one artist this here year, over",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who'd I run the most last week which band come back",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="gimme my top three artists since march good buddy",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="who I been hooked on lately artist wise, y'all tell me",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="copy that, now who was my go-to band back in twenty twenty five",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="what's my most played song of all time, 10-4",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="top five songs last month over",
        family="top_tracks",
        period="last_month",
        count=5,
    ),
    Fresh(
        text="song of the month, what is it partner",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="which tune'd I play the most this summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="what track I been runnin' most over the past two weeks, over",
        family="top_tracks",
        period="last_2_weeks",
    ),
    # top_albums
    Fresh(
        text="what album I been wearin' plumb out this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which record do I play most, come back",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top album last year good buddy",
        family="top_albums",
        period="last_year",
    ),
    # top_podcasts
    Fresh(
        text="what podcast I listen the most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which show I been hooked on lately podcast wise",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="number one podcast since october, over",
        family="top_podcasts",
        period="since_october",
    ),
    # listening_time
    Fresh(
        text="how many hours I had music goin' this week over",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long I been listenin' today good buddy",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how much time'd I put in on podcasts last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="yeah uh how many minutes of tunes yesterday, copy",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how much music I have on back in august",
        family="listening_time",
        period="august",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs I played today, copy",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many episodes I run through this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many plays total the last thirty days over",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many tracks did we play last weekend at the house",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many tunes I spin last summer, ballpark",
        family="plays",
        period="last_summer",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists I heard this year over and out",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands'd I run through in october over",
        family="artists_count",
        period="october",
    ),
    Fresh(
        text="how many diff'rent singers we have on last month",
        family="artists_count",
        period="last_month",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many diff songs I played this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="since monday how many separate tunes I had on",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many diff'rent tracks I got in there total, all time",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times I played bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen I had on this year over",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="that daft punk one more time song how many times it play last week",
        family="play_count",
        period="last_week",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times I played radiohead, 10-4",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I hear any justice yesterday, come on back",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to any air lately good buddy",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="I play that cafe tacuba fella this summer",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="did we play don't stop me now last friday",
        family="did_i",
        period="last_friday",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="breaker I hear any willie nelson last week",
        family="did_i",
        period="last_week",
        name="Willie Nelson",
    ),
    Fresh(
        text="any daft punk on in september or no",
        family="did_i",
        period="september",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="what was I listenin' to yesterday evenin'",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what I have on this mornin', run it down for me",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what'd we listen to saturday over",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="what tunes I had on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="fill me in on what was playin' this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was playin' at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was on at eight thirty this mornin'",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was on 'round five fifteen this afternoon come back",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="in the kitchen at noon wednesday what was playin'",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    Fresh(
        text="what was on nine o'clock at night last friday, over",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="what kinda music I'm into, tell it to me straight",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would y'all describe my taste in tunes over",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste been this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time a day I usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when am I usually spinnin' tunes what day and what hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my busiest listenin' hour good buddy",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="y'all, I discovered anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists I picked up this month, over",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd I hear for the first time in the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="hey uh how often I skip songs, roger",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this week come back",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many songs I skipped last month out of how many",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="how much I replay the same songs, y'all reckon",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate the last seven days",
        family="repeat",
        period="last_7_days",
    ),
    Fresh(
        text="do I play the same ol' tracks over and over, be honest",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row I been listenin'",
        family="streak",
    ),
    Fresh(
        text="what's my listenin' streak up to, over",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when'd I first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="that genesis song by justice, when it first turn up",
        family="first_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="when'd I first hear the weekend",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when'd I last play sexy boy",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="last time I had the daily on, when was that",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was queen last on, 10-4",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="breaker one nine what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="last tune I had on what was it over",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what'd I wake up to good buddy",
        family="first_today",
    ),
    Fresh(
        text="first song today what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what'd I kick off with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what song started things off november third",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="what I end with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song I played saturday, copy",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="final tune of last week over",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="what song do I skip the most, I'm askin'",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track I'm always hittin' next on",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip most, roger that",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the band I skip past the most, over",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's on heavy rotation, good buddy",
        family="on_repeat",
    ),
    Fresh(
        text="what song I can't stop playin'",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gimme a rundown a my week, roger",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="ten four, how was my year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through last month, over",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fixin' to hear a rundown of my listenin', go ahead",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how'd october go music wise",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="am I more a mornin' or evenin' listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I play more tunes in the afternoon or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="I listen more weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do I play more music on the weekend than durin' the week",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "breaker breaker, play some daft punk in the kitchen",
    "turn that music up good buddy",
    "what's playin' in the kitchen right now",
    "what song is this here",
    "skip this song, over",
    "pause the podcast 10-4",
    "next track in the livin' room",
    "kill the kitchen light",
    "play the album discovery",
    "crank the volume up to eight",
    "shuffle on, copy",
    "put this here song on repeat",
    "group the kitchen speaker with the bedroom one",
    "set a timer for thirty minutes",
    "what's the weather gonna be in amarillo",
    "add beef jerky to the shoppin' list",
    "set the thermostat to seventy two",
    "what am I listenin' to right now",
    "play the daily",
    "play some queen, over",
    "turn it down a notch",
    "stop the music good buddy",
    "resume the podcast",
    "play justice on the kitchen speaker",
    "who sings this song",
    "turn repeat off",
    "play the next episode of the daily",
    "go back a song",
    "mute the kitchen",
    "how's traffic on I-40",
    "remind me to call dispatch at six",
    "play some willie nelson on the speaker",
    "is it fixin' to rain in the panhandle tonight",
    "turn the heat up at the house",
    "lock the front door",
    "play somethin' upbeat, 10-4",
    "add coffee to the list over",
    "restart this song",
    "volume to five",
    "play sexy boy by air",
    "what album's this song off of",
    "set an alarm for four a m",
    "turn on shuffle in the kitchen",
    "fast forward thirty seconds in this podcast",
]

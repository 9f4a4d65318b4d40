"""Writer 37, music nerd and record collector, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who got the most spins this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="in the kitchen, which artist has been in heavy rotation since october",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="top three artists of twenty twenty five, go",
        family="top_artists",
        period="in_2025",
        count=3,
    ),
    Fresh(
        text="which band was I absolutely obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="who's my all-time favourite artist going purely by the scrobbles",
        family="top_artists",
        period="all_time",
    ),
    # top_tracks
    Fresh(
        text="what was my most spun track last week",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="name my five most scrobbled songs of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="song of the summer for me, which one was it",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="which track did we have on loop the most last month",
        family="top_tracks",
        period="last_month",
        person="we",
    ),
    # top_albums
    Fresh(
        text="which LP got the most spins so far this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="most played record in the kitchen in september",
        family="top_albums",
        period="september",
        room="kitchen",
    ),
    Fresh(
        text="top two albums from last summer, if you're keeping score",
        family="top_albums",
        period="last_summer",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what's my go-to pod these days", family="top_podcasts", period="lately"
    ),
    Fresh(
        text="which podcast have I been hooked on since march",
        family="top_podcasts",
        period="since_march",
    ),
    Fresh(
        text="most played show of the last thirty days, podcast-wise",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="how many hours of tunes did I rack up this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="total listening time last weekend, ballpark",
        family="listening_time",
        period="last_weekend",
    ),
    Fresh(
        text="how long was the pod on this morning",
        family="listening_time",
        period="this_morning",
        content="podcasts",
    ),
    Fresh(
        text="how much music did we have going in the kitchen in october",
        family="listening_time",
        period="october",
        content="music",
        room="kitchen",
        person="we",
    ),
    # plays
    Fresh(text="how many spins have I logged today", family="plays", period="today"),
    Fresh(
        text="scrobble count for the last seven days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="how many tracks did I burn through yesterday evening",
        family="plays",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="episodes of the pod I put on this month, how many",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different artists made it into rotation this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="across my whole history, how many artists have I actually played",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many distinct acts did I spin over the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different tracks are in my scrobbles overall",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="unique songs played last month, how many",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="deep cuts included, how many separate songs did I cycle through since monday",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="how many times did bohemian rhapsody get a spin this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many spins did Justice get over the past two weeks",
        family="play_count",
        period="last_2_weeks",
        name="Justice",
    ),
    Fresh(
        text="the Daily, how many episodes did I get through in august",
        family="play_count",
        period="august",
        name="The Daily",
    ),
    Fresh(
        text="how much Wet Leg have I had on since march",
        family="play_count",
        period="since_march",
        name="Wet Leg",
    ),
    Fresh(
        text="one more time by daft punk, spin count last year",
        family="play_count",
        period="last_year",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="did Digital Love get a spin last night",
        family="did_i",
        period="last_night",
        name="Digital Love",
    ),
    Fresh(
        text="any Air in rotation last week?",
        family="did_i",
        period="last_week",
        name="Air",
    ),
    Fresh(
        text="did Radiohead sneak into the rotation at all this month",
        family="did_i",
        period="this_month",
        name="Radiohead",
    ),
    Fresh(
        text="cafe tacuba, did that get any play the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="what's been in rotation this week",
        family="what_played",
        period="this_week",
    ),
    Fresh(
        text="what was on the turntable, so to speak, yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through what I was spinning on saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what tunes did we have on last friday",
        family="what_played",
        period="last_friday",
        content="music",
        person="we",
    ),
    # playing_at
    Fresh(
        text="what was spinning at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on around half past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="which track was playing at ten past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="last friday at nine pm, what was on the speaker",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="how would you sum up my taste, genre-wise",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my sound, based on what I actually spin",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what does my taste look like this year, going by the spins",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually get the records going",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when's my peak listening hour, and my peak day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week do I spin the most, and at what hour",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered any new acts lately or is it the same old rotation",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists were first-time spins for me this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new names crack my rotation since october?",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(text="what's my skip rate", family="skips", period="all_time"),
    Fresh(
        text="how trigger-happy was I on the skip button last month",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="how often did I bail on tracks before they finished this week",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same tracks", family="repeat", period="all_time"
    ),
    Fresh(
        text="what's my repeat rate this month", family="repeat", period="this_month"
    ),
    Fresh(
        text="percentage-wise, how often am I just spinning the same songs over and over",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(text="how many days in a row have I had something spinning", family="streak"),
    Fresh(text="what's my current listening streak at", family="streak"),
    # first_play
    Fresh(
        text="when did Justice first show up in my scrobbles",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the very first spin of sexy boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when did I first put on Khruangbin",
        family="first_play",
        name="Khruangbin",
    ),
    # last_play
    Fresh(
        text="when did Don't Stop Me Now last get a spin",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time I spun Discovery, the LP, when was that",
        family="last_play",
        name="Discovery",
    ),
    Fresh(
        text="The Weeknd, when did I last have him on",
        family="last_play",
        name="The Weeknd",
    ),
    # last_song
    Fresh(text="what was the last track I spun", family="last_song"),
    Fresh(text="last thing that got played, song-wise?", family="last_song"),
    # first_today
    Fresh(text="what did I wake up to, first track of the day", family="first_today"),
    Fresh(text="first spin today, what was it", family="first_today"),
    # first_in
    Fresh(
        text="what was the first track I spun yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="opening song on november third, what was it",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="first thing in rotation last week", family="first_in", period="last_week"
    ),
    # last_in
    Fresh(
        text="what did I close out last friday with",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last track of the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was the final spin of october", family="last_in", period="october"
    ),
    # most_skipped
    Fresh(
        text="which track do I skip the most", family="most_skipped", period="all_time"
    ),
    Fresh(
        text="what song gets the skip button from me most often",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose tracks am I always bailing on",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="what song have I had on loop these days", family="on_repeat"),
    Fresh(text="which song can't I stop spinning", family="on_repeat"),
    Fresh(
        text="what track's in heavy rotation for me at the moment", family="on_repeat"
    ),
    # recap
    Fresh(
        text="give me my year in review, wrapped style",
        family="recap",
        period="this_year",
    ),
    Fresh(text="how was my week in music", family="recap", period="this_week"),
    Fresh(text="rundown of my listening, go", family="recap", period="this_month"),
    Fresh(
        text="fill me in on how last summer went, listening-wise",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning spinner or an evening one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I play more records in the afternoon or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings versus evenings, when do the tunes get more spins",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I spin more on weekends or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekday listener or weekend listener, which one am I",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="does the music get more play at the weekend than Monday to Friday",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "put Discovery on in the kitchen",
    "spin some Daft Punk",
    "drop the needle on Cross by Justice",
    "queue up Bohemian Rhapsody next",
    "skip this track",
    "next track please",
    "back one track",
    "crank it up in the kitchen",
    "turn the volume down a notch",
    "volume to forty percent",
    "shuffle the Queen discography",
    "put this song on loop",
    "turn repeat off",
    "pause the pod",
    "resume the podcast",
    "skip ahead thirty seconds in this episode",
    "what's this track called",
    "who's this band",
    "what's spinning right now",
    "what am I listening to right now",
    "what album is this from",
    "play the latest episode of The Daily",
    "group the kitchen and living room speakers",
    "play music everywhere",
    "stop the music in the kitchen",
    "turn off the kitchen lights",
    "dim the lights, it's record night",
    "set a timer for twenty minutes, that's about one side of an LP",
    "what's the weather tomorrow",
    "add vinyl cleaning fluid to the shopping list",
    "set the thermostat to twenty one",
    "play something like Air",
    "start a Justice radio station",
    "like this song",
    "add this track to my crate playlist",
    "how long is this song",
    "what's next in the queue",
    "clear the queue",
    "turn the bass up",
    "move the music over to the kitchen speaker",
    "play Sexy Boy by Air in the kitchen",
    "play Moon Safari front to back",
    "mute the kitchen",
    "next track in the living room",
]

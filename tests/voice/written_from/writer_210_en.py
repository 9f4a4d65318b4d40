"""Writer 210, sleepy Northern Irish speaker at bedtime or first thing in the morning, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="mm... who've I been listening to most, like... lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="who was me top artist last year aye",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="ach wee question... top three bands this month",
        family="top_artists",
        period="this_month",
        count=3,
    ),
    Fresh(
        text="in the kitchen... mm who got played most last week",
        family="top_artists",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="who were we listening to most last month, so",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="aaah... who was I obsessed with over the past two weeks",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="number one artist in september... mm what was it",
        family="top_artists",
        period="september",
    ),
    # top_tracks
    Fresh(
        text="what's me most played song... of all time like",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="hhh song of the month, what is it",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="gimme me five most played tunes from the summer... mm",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="what was the, mm, the song I played most in twenty twenty five",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="top track last week, go on",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="favourite song over the last three months... mm aye",
        family="top_tracks",
        period="last_3_months",
    ),
    # top_albums
    Fresh(
        text="what album did I have on most this year... mm",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which record was I hooked on lately, so",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="me top two albums in october",
        family="top_albums",
        period="october",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast do I listen to most... mm",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what wee podcast've I been hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top podcast this month aye",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="how long did I have the music on the day... mm",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did I listen last week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much listening did we do yesterday, all in",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="aaah how long was I listening last night",
        family="listening_time",
        period="last_night",
    ),
    Fresh(
        text="how many minutes of podcasts did I get through this week, mm",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="the last seven days... how long've I been listening",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="how much music have I had on since monday so",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs did I get through the day",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="mm how many tunes did I play in the kitchen this week",
        family="plays",
        period="this_week",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how many podcast episodes did I play this month... hhh",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many plays altogether since march",
        family="plays",
        period="since_march",
    ),
    Fresh(
        text="how many things did Ada play on saturday",
        family="plays",
        period="saturday",
        person="Ada",
    ),
    Fresh(
        text="wee question, how many tracks did I play in august",
        family="plays",
        period="august",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands... mm... over the last thirty days",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="how many artists did we have on last month",
        family="artists_count",
        period="last_month",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last week, mm",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="different tracks since october... how many's that",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="ach how many separate songs did I hear in the summer",
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
        text="how much Queen have I had on this week, so I have",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how often've I played that one more time song... the daft punk one... ever",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="mm how many times did the daily play last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how many times have I played snow patrol this year",
        family="play_count",
        period="this_year",
        name="Snow Patrol",
    ),
    Fresh(
        text="justice... how many times have I had that on lately, mm",
        family="play_count",
        period="lately",
        name="Justice",
    ),
    # did_i
    Fresh(
        text="did I hear any Justice yesterday... mm",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="heard any Air the past fortnight?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did I have the daily on this morning or was I dreaming",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="mm... did I play any van morrison last year",
        family="did_i",
        period="last_year",
        name="Van Morrison",
    ),
    Fresh(
        text="did we play that eres one by cafe tacuba yesterday",
        family="did_i",
        period="yesterday",
        name="Eres by Café Tacvba",
        person="we",
    ),
    Fresh(
        text="was there any daft punk on last weekend aye",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="what was I listening to last night... mm I can't mind",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what'd I have on the day",
        family="what_played",
        period="today",
    ),
    Fresh(
        text="what did we listen to last weekend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what music was on yesterday evening, mm",
        family="what_played",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="hhh what was on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was Ada listening to the day",
        family="what_played",
        period="today",
        person="Ada",
    ),
    Fresh(
        text="what did I have on this afternoon, it's all a blur so it is",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="mm what was that at... quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was playing at half eight the morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was I listening to at ten past eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was on about five past five the day",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="wednesday at nine at night, what song was on",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, like... really",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me taste in music... mm go on",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of stuff have I been into this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="mm when do I usually listen, like what time",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's me busiest day for listening",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what hour am I mostly listening at, this month like",
        family="peak",
        period="this_month",
    ),
    # new_artists
    Fresh(
        text="did I find anybody new lately... mm",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this month",
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
        text="how often do I skip, mm, be honest",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="did I skip a lot this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="what's me skip rate... last month",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="do I play the same songs over and over... mm",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much do I replay stuff, aye",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's me repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening now",
        family="streak",
    ),
    Fresh(
        text="mm... what's me streak at",
        family="streak",
    ),
    Fresh(
        text="how many days running have I listened, so",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first hear justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did cafe tacuba first turn up... mm",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when was the first time I played digital love",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="first time I ever listened to radiohead, when was that",
        family="first_play",
        name="Radiohead",
    ),
    # last_play
    Fresh(
        text="when did I last hear bohemian rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="hhh when was the last time I had the daily on",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time I played moon safari... when was it",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="when did I last play wet leg",
        family="last_play",
        name="Wet Leg",
    ),
    # last_song
    Fresh(
        text="what was the last song I played... mm",
        family="last_song",
    ),
    Fresh(
        text="whatsit... the last tune I put on",
        family="last_song",
    ),
    Fresh(
        text="last track I played, what was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to the day",
        family="first_today",
    ),
    Fresh(
        text="first song the day... what was it",
        family="first_today",
    ),
    Fresh(
        text="mm the first tune I played the day, what was it again",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did I wake up to yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first song I played last week",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="what did I start off with on saturday... mm",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first tune of the month, aye",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="what did I fall asleep to last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what was the last song yesterday evening, mm",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="the last thing I played last friday... what was it",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song on november the third",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune do I always skip on, mm",
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
        text="which artist do I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do I skip the most... like which band",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what band did I skip most last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song've I had on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what song can I not stop playing, mm",
        family="on_repeat",
    ),
    Fresh(
        text="the tune I keep putting on... what's it called",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a wee rundown of me week, mm",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was me year, music-wise",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through last month... hhh",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="recap of me listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how'd we do last week, fill me in",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="how was last summer for tunes... go on",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I more a morning or a night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the mornings or the evenings, mm",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month... was it more afternoons or evenings I listened",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I listen more at the weekend or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays or weekends... mm when do I listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="did I listen more at weekends than weekdays last month",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "mm turn the music down a wee bit",
    "play daft punk in the kitchen, low, so",
    "set an alarm for seven... aye seven",
    "what's the weather the day",
    "will it rain the day, mm",
    "pause the podcast, I'm away to sleep",
    "stop the music in the kitchen",
    "skip this one, och",
    "what song is this... mm",
    "what am I listening to right now",
    "put on something quiet for the night",
    "turn off the kitchen light",
    "turn the heating up a wee bit, it's freezing so it is",
    "set a sleep timer for twenty minutes",
    "play the daily",
    "next track",
    "shuffle on",
    "put this song on repeat",
    "volume to three",
    "quieter... quieter... mm",
    "play the album discovery in the kitchen",
    "add milk to the shopping list",
    "add teabags to the list, aye",
    "what time is it",
    "group the kitchen speaker with the living room",
    "play some queen to wake me up",
    "what's this podcast called",
    "who sings this",
    "pause",
    "resume the podcast",
    "stop the music in thirty minutes",
    "turn the thermostat to nineteen",
    "switch off all the lights, I'm away up",
    "play rain sounds for the night",
    "wake me at half six the morra",
    "what's on the news",
    "play the next episode of the daily",
    "turn repeat off",
    "turn the bass down, it's too early for that",
    "skip back ten seconds",
    "what's the weather like for the morra",
    "yous are far too loud, turn it down",
    "set the kitchen speaker to twenty percent",
    "play bohemian rhapsody, go on",
    "what album is this from",
    "snooze... ten more minutes",
]

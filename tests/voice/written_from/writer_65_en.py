"""Writer 65, a Polish native living in Vienna, non-native speaker (English B1, German B1), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who is my most listening artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="which band I was listening the most in last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="tell me who was my number one artist in twenty twenty five",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="the artist I am obsessed with lately who is it",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 artists since the march please",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="what is my favourite song of the october",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="give me five most played songs of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which song I played the most on the last week",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="in kitchen what song was playing most this summer",
        family="top_tracks",
        period="summer",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="what album I have listen most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which is the record I played most in september",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="my top two albums ever", family="top_albums", period="all_time", count=2
    ),
    Fresh(
        text="which album I am hooked on lately", family="top_albums", period="lately"
    ),
    # top_podcasts
    Fresh(text="which podcast I listen most", family="top_podcasts", period="all_time"),
    Fresh(
        text="what was my go to podcast in last summer",
        family="top_podcasts",
        period="last_summer",
    ),
    Fresh(
        text="podcast of this month for me which one is it",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="how long I was listening music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how much hours of music we had on last week",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
    ),
    Fresh(
        text="how much time I spent with the podcasts this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many minutes I was listening yesterday evening",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="total how long was music on in kitchen since monday",
        family="listening_time",
        period="since_monday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="over the past two weeks how much hours I listened",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="how many songs I played this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how much songs was played in the last seven days",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="how many streams I had in last year", family="plays", period="last_year"
    ),
    Fresh(
        text="how many podcast episodes I heard this year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="how many things did Ada play on saturday",
        family="plays",
        period="saturday",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="how many different artists I listened this month",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="with how much different bands I was listening in twenty twenty five",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="how many different artists I heard since october",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="how many different songs I was playing this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how much different tracks I have heard in total",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="number of unique songs in last three months how much",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="how much times I listened Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk how many times I played in this year",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="how often I had on The Daily last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how much times I was playing Radiohead",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="one more time from daft punk how much times I played it ever",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="did I listen some Queen yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="I listened Justice lately or not",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="was there any cafe tacuba this summer",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="did we play the daily on last friday",
        family="did_i",
        period="last_friday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="did I hear The Weeknd this year at all",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="digital love I played it in the last 30 days yes or no",
        family="did_i",
        period="last_30_days",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="what I was listening yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music was on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="tell me what we listened in kitchen last weekend",
        family="what_played",
        period="last_weekend",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="what I had on this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what I listened on november third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what did Ada listen yesterday",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    Fresh(
        text="so what was I playing in august", family="what_played", period="august"
    ),
    # playing_at
    Fresh(
        text="what was on yesterday at quarter to eight in evening",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="which song was playing at 8 this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was playing today at five past five in afternoon",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="what I was listening on wednesday at nine in evening",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="at ten past eight last night what was on",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(text="what kind of music I am liking", family="taste", period="all_time"),
    Fresh(text="describe me my music taste", family="taste", period="all_time"),
    Fresh(text="what is my style, what I am into", family="taste", period="all_time"),
    # peak
    Fresh(text="what time of day I listen usually", family="peak", period="all_time"),
    Fresh(
        text="when I am listening the most, which hour and which day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of week I play most music",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="any new artists I discovered this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists I heard for first time in last 30 days",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(text="did I find somebody new lately", family="new_artists", period="lately"),
    # skips
    Fresh(
        text="how much I am skipping, what is my skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(text="how many skips I did this week", family="skips", period="this_week"),
    Fresh(text="I skipped a lot in last month?", family="skips", period="last_month"),
    # repeat
    Fresh(text="how much I repeat the same things", family="repeat", period="all_time"),
    Fresh(
        text="am I playing always the same again and again this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(text="what is my repeat rate in october", family="repeat", period="october"),
    # streak
    Fresh(
        text="how many days in the row I am listening now without break",
        family="streak",
    ),
    Fresh(text="what is my streak, how much days one after another", family="streak"),
    # first_play
    Fresh(
        text="when I listened first time Justice", family="first_play", name="Justice"
    ),
    Fresh(
        text="when was the first time I heard Sexy Boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="Wet Leg when it appeared first in my history",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when I played last time Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when was last time I heard the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="the band Air when I listened them last time",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(text="what was last song I played", family="last_song"),
    Fresh(text="the last thing I listened what it was", family="last_song"),
    # first_today
    Fresh(text="what was first song today", family="first_today"),
    Fresh(text="with which song I started my day today", family="first_today"),
    # first_in
    Fresh(
        text="first song I played yesterday what was it",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="with what song I started the last week",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="which was first track on saturday", family="first_in", period="saturday"
    ),
    # last_in
    Fresh(
        text="what was the last song yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="with what song I finished last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="the last track this morning which one",
        family="last_in",
        period="this_morning",
    ),
    # most_skipped
    Fresh(text="which song I skip the most", family="most_skipped", period="all_time"),
    Fresh(
        text="what track I am always skipping", family="most_skipped", period="all_time"
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the band I skip the most, who is it",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="what song I have on repeat these days", family="on_repeat"),
    Fresh(text="which song I can't stop playing", family="on_repeat"),
    Fresh(text="what is on heavy rotation by me now", family="on_repeat"),
    # recap
    Fresh(text="how was my week with listening", family="recap", period="this_week"),
    Fresh(text="give me rundown of my listening", family="recap", period="this_month"),
    Fresh(
        text="make me a review of my listening in last year",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="recap of my october please, how it was", family="recap", period="october"
    ),
    Fresh(
        text="fill me in how my summer went with the listening",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="I listen more in morning or in evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I morning listener or more night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons or evenings when I play more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="I listen more in weekend or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="on weekdays or on weekends I play more songs",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play the Daft Punk in kitchen",
    "turn up music little bit",
    "make the music more quiet please",
    "what is this song what is playing now",
    "skip this song please",
    "next track",
    "pause the podcast I have to go",
    "play album Discovery from beginning",
    "what I am listening right now",
    "stop the music in kitchen",
    "put shuffle on",
    "turn off the repeat mode",
    "put this song on repeat",
    "set timer for ten minutes for the pasta",
    "how is weather tomorrow in Vienna",
    "add milk to shopping list",
    "make warmer in living room, twenty two degrees",
    "turn off the light in kitchen",
    "play The Daily newest episode",
    "play some Queen",
    "group kitchen speaker with living room speaker",
    "volume to 30 percent",
    "who sings this song",
    "from which album is this what's playing",
    "play radio Wien",
    "go back to previous song",
    "I like this song, save it",
    "play something relaxing for the cooking",
    "resume the podcast",
    "fast forward 30 seconds",
    "what time it is now",
    "wake me up at six thirty with music",
    "play Justice dance in kitchen loud",
    "turn on the radio in kitchen",
    "how long is left on timer",
    "is the kitchen speaker connected",
    "play the music in bedroom also",
    "stop playing after this song",
    "what is the name of this podcast episode",
    "remind me tomorrow to call my mama",
    "play me Café Tacvba Eres",
    "lower the bass on speaker",
    "switch off everything in the flat",
    "which song is playing in kitchen now",
    "play next episode of the daily",
]

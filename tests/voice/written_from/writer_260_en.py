"""Writer 260, terse New York commuter, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="yo who'd i play most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="gimme my top 3 artists this year",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="who am i obsessed with lately, quick",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="number one artist all time. go",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="kitchen, who gets played most last month",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="top band last three months, whaddya got",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="song of the month. what is it",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="gimme my five most played tracks since march",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="top track last summer?",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="whaddya say's my most played song ever",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="this summer, top two songs, go",
        family="top_tracks",
        period="summer",
        count=2,
    ),
    # top_albums
    Fresh(
        text="what record i spin most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="top album. past thirty days.",
        family="top_albums",
        period="last_30_days",
    ),
    Fresh(
        text="yo most played album in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="which podcast i'm hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top podcast this month, quick",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="go-to podcast last year, what was it",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="how long i had music on today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="hours listened this week, gimme the number",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how much time we spend listening last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="minutes of podcasts yesterday, how many",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    Fresh(
        text="total listening time in october",
        family="listening_time",
        period="october",
    ),
    Fresh(
        text="this afternoon how long i been listening",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="how many songs so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="yo how many streams last seven days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="number of tracks i played saturday",
        family="plays",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="how many episodes i get through this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="past two weeks, how many tunes total",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands i played since october",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="different artists last month, how many",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="how many different songs i play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="unique tracks in september, count 'em",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="how many different tunes i got in my whole history",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times i play bohemian rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="daft punk. how many plays this year",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="how much queen i had on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="times i put on the daily last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="radiohead, how many plays ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="any justice lately?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="i play sexy boy yesterday?",
        family="did_i",
        period="yesterday",
        name="Sexy Boy",
    ),
    Fresh(
        text="yo we have queen on last weekend or no",
        family="did_i",
        period="last_weekend",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="listen to the weeknd this year, did i",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="hear any air in august",
        family="did_i",
        period="august",
        name="Air",
    ),
    Fresh(
        text="daft punk since monday, yes or no",
        family="did_i",
        period="since_monday",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="what was i playing yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="this morning, whaddya got, what played",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what'd i listen to on november third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what was on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what'd we play last friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="last night, what i have on",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was on yesterday like eight pm",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="eight thirty this morning what was playing",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="song at ten past eight last night, what was it",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was on around quarter past five today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="wednesday nine pm, what was playing",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="whaddya say my taste is",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kinda music am i into, short version",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my taste this year, sum it up",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when's my peak listening hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="busiest day of the week for me usually, and what hour",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discover anyone new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="new artists this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd i hear for the first time this year",
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
        text="skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how often i bail on stuff last month",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="repeat rate, gimme it",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much i replay the same stuff lately",
        family="repeat",
        period="lately",
    ),
    Fresh(
        text="i run the same stuff back a lot this year or what",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days in a row i been listening",
        family="streak",
    ),
    Fresh(
        text="streak. how long",
        family="streak",
    ),
    Fresh(
        text="yo what's my listening streak at",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when i first play justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time i heard eres, when",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="wet leg, when'd that first show up",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="last time i played bohemian rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when'd i last have the daily on",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="air, last time?",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(
        text="last song i played",
        family="last_song",
    ),
    Fresh(
        text="yo what was the last tune i had on",
        family="last_song",
    ),
    Fresh(
        text="my last track, whaddya got",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="first song today",
        family="first_today",
    ),
    Fresh(
        text="what i start the day with today, song wise",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what i open with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="saturday, first track, go",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="last song yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="what i end on last week",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="last track this morning, what was it",
        family="last_in",
        period="this_morning",
    ),
    # most_skipped
    Fresh(
        text="which song i skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track, go",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="who i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which band gets skipped most this year",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="what song i got on loop these days",
        family="on_repeat",
    ),
    Fresh(
        text="which track i can't stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what i been running back nonstop, song",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="run me through my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gimme my year, quick recap",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how'd october go, music wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="recap last summer, short",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="me, morning or evening listener?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="i listen more mornings or nights",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons versus evenings, which i listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekends, when i listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="i play more on weekends than during the week?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "yo play daft punk in the kitchen",
    "music up",
    "turn it down, kitchen",
    "what's playing in the kitchen",
    "what song is this",
    "skip",
    "skip this track",
    "next song",
    "pause the podcast",
    "resume the daily",
    "play the album discovery",
    "gimme some queen",
    "play bohemian rhapsody",
    "put on the daily, latest episode",
    "shuffle on",
    "repeat this song",
    "turn off repeat",
    "volume to four",
    "louder",
    "mute the kitchen speaker",
    "group kitchen and living room speakers",
    "next track living room",
    "stop the music",
    "what am i listening to right now",
    "who sings this",
    "what album's this from",
    "kitchen light off",
    "lights on in the hall",
    "set a timer ten minutes",
    "timer, twenty minutes, go",
    "weather tomorrow",
    "gonna rain today?",
    "add milk to the shopping list",
    "thermostat to sixty eight",
    "heat up, kitchen",
    "play some justice in the kitchen",
    "play something chill",
    "go back a song",
    "restart this track",
    "yo whaddya playing right now",
    "play air moon safari",
    "like this song",
    "alarm six thirty",
]

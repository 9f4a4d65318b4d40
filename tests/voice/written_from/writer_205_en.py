"""Writer 205, a terse power user barking keyword fragments (Texas English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="top artists last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="top 3 artists since march. go",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="kitchen. top artist last month",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="artist I been obsessed with lately, reckon",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="ada's go-to artist twenty twenty five",
        family="top_artists",
        period="in_2025",
        person="Ada",
    ),
    Fresh(
        text="most played band this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="our top artist in october",
        family="top_artists",
        period="october",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="top 5 songs yesterday",
        family="top_tracks",
        period="yesterday",
        content="music",
        count=5,
    ),
    Fresh(
        text="most played track this month, shoot",
        family="top_tracks",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="song of the summer. mine",
        family="top_tracks",
        period="summer",
        content="music",
    ),
    Fresh(
        text="three most played tunes last 30 days",
        family="top_tracks",
        period="last_30_days",
        content="music",
        count=3,
    ),
    Fresh(
        text="our top song last weekend",
        family="top_tracks",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="top ten tracks all time, hoss",
        family="top_tracks",
        period="all_time",
        content="music",
        count=10,
    ),
    # top_albums
    Fresh(
        text="top album this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="most played record ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top 2 albums october",
        family="top_albums",
        period="october",
        count=2,
    ),
    Fresh(
        text="album I spun most last summer, kitchen",
        family="top_albums",
        period="last_summer",
        room="kitchen",
    ),
    # top_podcasts
    Fresh(
        text="top podcast this year",
        family="top_podcasts",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="podcast I'm hooked on",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    Fresh(
        text="quick one. most played podcast since october",
        family="top_podcasts",
        period="since_october",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="hours listened this week",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how long music ran today, kitchen",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="total listenin time last year",
        family="listening_time",
        period="last_year",
    ),
    Fresh(
        text="minutes of podcasts last 7 days",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="how long we had stuff on yesterday",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="hours of tunes this summer, ballpark",
        family="listening_time",
        period="summer",
        content="music",
    ),
    # plays
    Fresh(
        text="total plays this month",
        family="plays",
        period="this_month",
    ),
    Fresh(
        text="how many songs this mornin",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="stream count september",
        family="plays",
        period="september",
    ),
    Fresh(
        text="podcast episodes played in august, number",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="plays over the past two weeks, total",
        family="plays",
        period="last_2_weeks",
    ),
    Fresh(
        text="tracks since monday how many",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="distinct artists last three months",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="count of different bands since monday, darlin",
        family="artists_count",
        period="since_monday",
    ),
    # songs_count
    Fresh(
        text="different songs this month, count",
        family="songs_count",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="unique tracks last year how many",
        family="songs_count",
        period="last_year",
        content="music",
    ),
    Fresh(
        text="distinct songs ever",
        family="songs_count",
        period="all_time",
        content="music",
    ),
    # play_count
    Fresh(
        text="queen plays last month",
        family="play_count",
        period="last_month",
        name="Queen",
    ),
    Fresh(
        text="times I played bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="one more time by daft punk, play count, all time",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="the daily plays this week",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="george strait plays this year",
        family="play_count",
        period="this_year",
        name="George Strait",
    ),
    Fresh(
        text="how much justice in october",
        family="play_count",
        period="october",
        name="Justice",
    ),
    Fresh(
        text="around the world, times played, last 7 days",
        family="play_count",
        period="last_7_days",
        name="Around the World",
    ),
    # did_i
    Fresh(
        text="any air yesterday? the band",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="cafe tacvba this month, played any?",
        family="did_i",
        period="this_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="willie nelson last year, any at all",
        family="did_i",
        period="last_year",
        name="Willie Nelson",
    ),
    Fresh(
        text="sexy boy saturday?",
        family="did_i",
        period="saturday",
        name="Sexy Boy",
    ),
    Fresh(
        text="discovery album, spun it last weekend or not",
        family="did_i",
        period="last_weekend",
        name="Discovery",
    ),
    Fresh(
        text="the daily this mornin. heard it?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="phantom last friday yes or no",
        family="did_i",
        period="last_friday",
        name="Phantom",
    ),
    # what_played
    Fresh(
        text="what played yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="list what played last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what I had on day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="this afternoon, what was on",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="november 3rd. what played",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what we played saturday",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="what ada listened to last week",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="music I played last night, list it",
        family="what_played",
        period="last_night",
        content="music",
    ),
    # playing_at
    Fresh(
        text="what was on quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was playin 8:15 this mornin",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="noon yesterday, what was on",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="9 pm wednesday. what played",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="quarter past five this afternoon, what was goin",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="kitchen, eight a.m. last friday, what was on",
        family="playing_at",
        moment="2026-11-13 08:00",
        room="kitchen",
    ),
    Fresh(
        text="ten past eight last night whatd I have on",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="describe my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my sound. sum it up",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my taste this year, reckon",
        family="taste",
        period="this_year",
    ),
    Fresh(
        text="what kinda listener am I, taste wise",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="usual listenin hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="peak time and day for me",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when I usually play music, time and day",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="new artists this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="first-time artists since march",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="new bands last year, any",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how often I skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="skips last week, how bad",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much I replay the same songs this year",
        family="repeat",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="replay rate last 30 days",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="listenin streak",
        family="streak",
    ),
    Fresh(
        text="days in a row, current run",
        family="streak",
    ),
    Fresh(
        text="how many days straight I been listenin",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when justice first showed up",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time I heard digital love",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="radiohead first play",
        family="first_play",
        name="Radiohead",
    ),
    Fresh(
        text="eres by cafe tacvba, first listen when",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    # last_play
    Fresh(
        text="last time queen played",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="the daily, last heard",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="da funk last played when",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="moon safari last spin",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="last song played",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="most recent track",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="what I played last, the song",
        family="last_song",
        content="music",
    ),
    # first_today
    Fresh(
        text="first song today",
        family="first_today",
        content="music",
    ),
    Fresh(
        text="what I woke up to",
        family="first_today",
    ),
    Fresh(
        text="today's opener",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song yesterday",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="first track last friday",
        family="first_in",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what kicked off october, first thing played",
        family="first_in",
        period="october",
    ),
    Fresh(
        text="saturday opener",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="last song last night",
        family="last_in",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="what I ended with yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="final track day before yesterday",
        family="last_in",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="last thing played in september",
        family="last_in",
        period="september",
    ),
    # most_skipped
    Fresh(
        text="most skipped song",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="track I skip most",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="song I bail on the most, dang it",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="most skipped artist",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="band I skip most, kitchen",
        family="most_skipped_artist",
        period="all_time",
        room="kitchen",
    ),
    # on_repeat
    Fresh(
        text="what's on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="heavy rotation song these days",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="song I can't quit",
        family="on_repeat",
        content="music",
    ),
    # recap
    Fresh(
        text="recap my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="rundown, october",
        family="recap",
        period="october",
    ),
    Fresh(
        text="fill me in on last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="recap. go",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="fixin to ask: last year wrap-up",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="mornings or evenings, which more",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning or night listener, me",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoon vs evening, more music when",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="weekdays vs weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="more music weekends or weekdays",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekend listener or weekday, reckon",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk kitchen",
    "volume up darlin",
    "skip",
    "pause the podcast",
    "next track living room",
    "kitchen lights off",
    "shuffle on",
    "repeat mode off",
    "thermostat seventy two",
    "weather tomorrow, y'all",
    "timer ten minutes, fixin supper",
    "brisket on the shopping list",
    "what's playin right now",
    "what song is this",
    "group kitchen and living room speakers",
    "play album discovery",
    "play the daily",
    "louder, y'all",
    "turn it down hoss",
    "stop the music",
    "resume",
    "play queen on repeat",
    "next episode",
    "back thirty seconds",
    "alarm six a.m.",
    "play some george strait",
    "mute kitchen speaker",
    "who sings this",
    "what album's this from",
    "like this song",
    "add this track to my playlist",
    "play justice cross in the kitchen",
    "lights fifty percent",
    "gonna rain today?",
    "fixin to cook, play some tunes",
    "kitchen speaker volume thirty",
    "speaker off",
    "unmute",
    "what time is it",
    "crank it up y'all",
    "what am I listenin to right now",
    "previous song",
    "ac down two degrees",
    "play bohemian rhapsody",
]

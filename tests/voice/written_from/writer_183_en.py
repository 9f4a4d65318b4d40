"""Writer 183, terse smart-speaker user (Texas), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="top artist last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who'd I play most this year, reckon",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="top 3 bands all time",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="who I been hooked on lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="our top artist last month",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="in the kitchen, top artist since march",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="top artist, last seven days",
        family="top_artists",
        period="last_7_days",
    ),
    # top_tracks
    Fresh(
        text="top song this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="gimme my five most played songs",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="my song of the summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="most played track twenty twenty five",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="Ada's top song last week",
        family="top_tracks",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="top tune over the past two weeks",
        family="top_tracks",
        period="last_2_weeks",
    ),
    Fresh(
        text="top ten tracks, last three months",
        family="top_tracks",
        period="last_3_months",
        count=10,
    ),
    Fresh(
        text="fixin' to make supper. quick, top song lately",
        family="top_tracks",
        period="lately",
    ),
    # top_albums
    Fresh(
        text="top album",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="which record I been playin' most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="top two albums since october",
        family="top_albums",
        period="since_october",
        count=2,
    ),
    Fresh(
        text="album I been stuck on lately",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="kitchen's number one album last summer",
        family="top_albums",
        period="last_summer",
        room="kitchen",
    ),
    # top_podcasts
    Fresh(
        text="top podcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="podcast I'm hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="go-to podcast last month",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="how long'd I listen today",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="hours of music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how much music we have on yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="minutes of podcasts, last 30 days",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="how long I had tunes goin' last summer",
        family="listening_time",
        period="last_summer",
        content="music",
    ),
    Fresh(
        text="listenin' time this afternoon",
        family="listening_time",
        period="this_afternoon",
    ),
    Fresh(
        text="how many hours since monday",
        family="listening_time",
        period="since_monday",
    ),
    # plays
    Fresh(
        text="how many songs'd I play this mornin'",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many tunes yesterday evenin'",
        family="plays",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="number of episodes in october",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="total streams this year",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="how many plays last night",
        family="plays",
        period="last_night",
    ),
    # artists_count
    Fresh(
        text="how many artists this month",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="how many different bands I played last year",
        family="artists_count",
        period="last_year",
    ),
    Fresh(
        text="how many artists, all time",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="different tracks since october, how many",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="how many different songs we play saturday",
        family="songs_count",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="how many different songs, ever",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times bohemian rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="times I played da funk in september",
        family="play_count",
        period="september",
        name="Da Funk",
    ),
    Fresh(
        text="how many times George Strait this year",
        family="play_count",
        period="this_year",
        name="George Strait",
    ),
    Fresh(
        text="plays of the daily last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="one more time by daft punk, how many plays",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="don't stop me now, how many times this year",
        family="play_count",
        period="this_year",
        name="Don't Stop Me Now",
    ),
    # did_i
    Fresh(
        text="any justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listen to any air last weekend?",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="did I hear sexy boy this week",
        family="did_i",
        period="this_week",
        name="Sexy Boy",
    ),
    Fresh(
        text="ever play any radiohead?",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="cafe tacuba in august, I play that?",
        family="did_i",
        period="august",
        name="Café Tacvba",
    ),
    Fresh(
        text="we listen to the daily day before yesterday?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="hear dance by justice today?",
        family="did_i",
        period="today",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="any of that homework album this month?",
        family="did_i",
        period="this_month",
        name="Homework",
    ),
    # what_played
    Fresh(
        text="what'd I play yesterday evenin'",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was on this mornin'",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what we listen to last weekend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what music I have on november third",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what'd I listen to last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="podcasts this week, what'd I hear",
        family="what_played",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="what'd I have on last night",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was playin' 'bout eight last night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what was on at noon yesterday",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="song at eight this mornin'?",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="wednesday nine pm, what was on",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="five fifteen today, what played",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="last friday, nine at night, what was on",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="ten to eight last night, what song",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    # taste
    Fresh(
        text="describe my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my taste, nutshell",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my music taste like lately",
        family="taste",
        period="lately",
    ),
    Fresh(
        text="what kinda stuff am I into, reckon",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time I usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="busiest hour and day for music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I listen most",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artists this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd I discover this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="new bands, last 3 months",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="find anybody new lately?",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="how much I skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how often I skip stuff last month",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much I replay the same stuff this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="do I keep replayin' the same ol' things",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days straight I been listenin'",
        family="streak",
    ),
    Fresh(
        text="current streak",
        family="streak",
    ),
    Fresh(
        text="listenin' streak?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when'd I first play justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time I heard eres",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when'd willie nelson first show up",
        family="first_play",
        name="Willie Nelson",
    ),
    Fresh(
        text="the daily, first time I had it on",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="when'd I last play queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time I heard digital love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="moon safari, when'd I last have it on",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="when'd I last hear la femme d'argent",
        family="last_play",
        name="La femme d'argent",
    ),
    # last_song
    Fresh(
        text="last song I played",
        family="last_song",
    ),
    Fresh(
        text="last track I had on",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="first song today",
        family="first_today",
    ),
    Fresh(
        text="what'd I start the day with",
        family="first_today",
    ),
    Fresh(
        text="what song kicked off today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first thing I played last week",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="what'd I open with saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first track this month",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="last song last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what'd I close out yesterday with",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last tune day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="final song in october",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="song I skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which song I skip most this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="artist I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which band I skip most, reckon",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what's on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="what song can't I quit",
        family="on_repeat",
    ),
    Fresh(
        text="heavy rotation song these days",
        family="on_repeat",
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
        text="gimme a rundown",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="run me through september",
        family="recap",
        period="september",
    ),
    Fresh(
        text="how'd last year go, recap",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="mornin' or evenin' listener?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="more in the mornin' or at night?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons or evenings, when I listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekends, which I listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="more music on weekends?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="do I listen more on weekdays, reckon",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play some Queen in the kitchen",
    "turn it up",
    "crank the music",
    "what's this song",
    "who sings this",
    "skip",
    "next track, y'all",
    "pause the podcast",
    "kitchen light off",
    "play Discovery",
    "volume five",
    "shuffle on",
    "repeat this one",
    "group kitchen and livin' room speakers",
    "timer ten minutes",
    "weather tomorrow",
    "add brisket to the shoppin' list",
    "thermostat to seventy two",
    "what's playin' right now",
    "what am I listenin' to",
    "play The Daily",
    "next episode",
    "fixin' to cook, put on some Justice",
    "stop the music",
    "resume",
    "louder in the kitchen",
    "play Daft Punk radio",
    "gonna rain today?",
    "how hot's it fixin' to get",
    "ceilin' fan on",
    "lights off, y'all",
    "play Air on all the speakers",
    "quieter",
    "mute",
    "play the newest Daily episode",
    "what album's this",
    "like this song",
    "rewind thirty seconds",
    "play Bohemian Rhapsody",
    "repeat off",
    "alarm for six",
    "what time is it",
    "remind me to feed the dog",
    "dim the kitchen lights",
    "play some George Strait, darlin'",
    "who's this band",
    "how long's left on this song",
    "reckon you could turn that podcast down some",
]

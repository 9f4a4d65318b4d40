"""Writer 523, a terse emergency-room nurse from Houston, Texas, between night shifts, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="top artist last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who'd I play most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="number one band this year. go.",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who am I hooked on lately, artist-wise",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 artists since march",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="kitchen. who got played most the last seven days",
        family="top_artists",
        period="last_7_days",
        room="kitchen",
    ),
    Fresh(
        text="real quick, my go-to artist back in august",
        family="top_artists",
        period="august",
    ),
    # top_tracks
    Fresh(
        text="most played song. ever.",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="top five tracks last month",
        family="top_tracks",
        period="last_month",
        count=5,
    ),
    Fresh(
        text="song of the week?",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="what song did I run the most in october",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="our top song last weekend",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="past two weeks, top track",
        family="top_tracks",
        period="last_2_weeks",
    ),
    # top_albums
    Fresh(
        text="top album this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which record got the most play last summer",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="album I wore out in september",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="top podcast this month",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="podcast I'm stuck on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which show'd I play most in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="hours of music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long'd I listen yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="minutes of podcasts, last 30 days",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="total listening time last year",
        family="listening_time",
        period="last_year",
    ),
    Fresh(
        text="how much music'd we have going last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="in the kitchen, how long was stuff on today",
        family="listening_time",
        period="today",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="songs so far today, how many",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="number of plays since monday",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episodes this year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks we go through last month",
        family="plays",
        period="last_month",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="number of artists I've ever heard",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many bands the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="distinct tracks this summer, how many",
        family="songs_count",
        period="summer",
    ),
    Fresh(
        text="count of unique songs since october",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how many times bohemian rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="times I played daft punk this year",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="how much justice last week",
        family="play_count",
        period="last_week",
        name="Justice",
    ),
    Fresh(
        text="eres, how many plays total",
        family="play_count",
        period="all_time",
        name="Eres",
    ),
    Fresh(
        text="radiohead play count this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="any queen yesterday?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="hear air last weekend?",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="did I get to the daily this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="listen to the weeknd this month?",
        family="did_i",
        period="this_month",
        name="The Weeknd",
    ),
    Fresh(
        text="any cafe tacuba lately",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="one more time by daft punk, play it last friday?",
        family="did_i",
        period="last_friday",
        name="One More Time by Daft Punk",
    ),
    # what_played
    Fresh(
        text="what was on yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what'd I listen to last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what was I playing day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what'd I have on saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what played november third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="off shift now. what'd I listen to this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what did Ada have on yesterday",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="quarter of eight last night, what was on",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="song at 8:30 this morning?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playin at five fifteen today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="yesterday noon, what was on",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="wednesday around nine pm, what song",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what's my taste in music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste. short.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of stuff am I into",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time do I usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="peak hour and day for my listening",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I listen most, what hour what day",
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
        text="new bands last 30 days?",
        family="new_artists",
        period="last_30_days",
    ),
    # skips
    Fresh(
        text="my skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often am I skipping this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many skips last month",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="what's my repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much do I replay the same stuff",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="current listening streak",
        family="streak",
    ),
    Fresh(
        text="how many days straight have I listened",
        family="streak",
    ),
    Fresh(
        text="days in a row, where am I at",
        family="streak",
    ),
    # first_play
    Fresh(
        text="first time I played justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when'd sexy boy first show up",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="first listen of wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="last time I heard queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when'd I last play the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="don't stop me now, last played when",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="last song I played",
        family="last_song",
    ),
    Fresh(
        text="what was the very last track",
        family="last_song",
    ),
    Fresh(
        text="last thing that played, what was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="first song today",
        family="first_today",
    ),
    Fresh(
        text="what'd I wake up to",
        family="first_today",
    ),
    Fresh(
        text="what'd I start the day off with",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what'd I open with saturday",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="last song last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what'd I end on yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last track day before yesterday",
        family="last_in",
        period="day_before_yesterday",
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
        text="which song gets skipped the most, quick",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="artist I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="most skipped band",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what's on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="song I can't quit lately",
        family="on_repeat",
    ),
    Fresh(
        text="what's in heavy rotation these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="recap my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="year in review. go.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how'd october go, listening-wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="recap last month for us",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="morning or evening, when do I listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="more music mornings or nights?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="afternoon versus evening, which one I listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekends, when do I listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="listen more on my days off, weekends, than weekdays?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend vs weekday, which wins",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play queen in the kitchen",
    "kitchen volume down two",
    "skip this one",
    "pause the daily",
    "next track",
    "what song is this",
    "what's playing right now",
    "turn off the kitchen light",
    "set a timer twelve minutes",
    "wake me at five thirty pm",
    "weather tonight",
    "add coffee to the shopping list",
    "thermostat to sixty-eight",
    "shuffle on",
    "repeat off",
    "group the kitchen and bedroom speakers",
    "play the album discovery",
    "play the newest episode of the daily",
    "louder",
    "stop the music",
    "play some george strait",
    "turn the music down, I'm fixin to sleep",
    "what's this track called",
    "who sings this",
    "resume the podcast",
    "rewind thirty seconds",
    "play justice in the kitchen, loud",
    "mute the kitchen speaker",
    "play something chill",
    "set volume to twenty percent",
    "lights off in the kitchen",
    "put on a sleep playlist",
    "cancel the timer",
    "gonna rain tomorrow?",
    "what time is it",
    "play daft punk radio",
    "skip ahead to the next episode",
    "turn repeat on for this song",
    "unmute",
    "play bohemian rhapsody",
    "who's this artist playing now",
    "set an alarm for four forty-five",
    "kitchen speaker, bass up",
    "add milk and ibuprofen to my list",
]

"""Writer 311, laconic Australian tradie with Aussie slang, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who'd I flog the most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="number one artist this year mate",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who've I been hammerin lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top two bands since March, go",
        family="top_artists",
        period="since_march",
        count=2,
    ),
    Fresh(
        text="in the kitchen, which band gets the most airtime",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who'd we have on the most last month",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what's me most played track this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="top five tracks of twenty twenty five",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="song of the year so far?",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="fave tune this arvo",
        family="top_tracks",
        period="this_afternoon",
    ),
    Fresh(
        text="yeah what song did we belt out most on the weekend just gone",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    # top_albums
    Fresh(
        text="which album got flogged hardest in October",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="me most played record, all up",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top 3 albums last three months",
        family="top_albums",
        period="last_3_months",
        count=3,
    ),
    # top_podcasts
    Fresh(
        text="what pod've I been hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast this year, just the one",
        family="top_podcasts",
        period="this_year",
        count=1,
    ),
    Fresh(
        text="me go-to podcast, what is it",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how many hours of tunes did I have goin yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how long've I had stuff on today",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="total listenin time last 30 days",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="how much podcast did I get through this week",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="hours of music we racked up in August",
        family="listening_time",
        period="august",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs this mornin",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many plays since Monday",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episodes did I chuck on last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="number of tracks Saturday",
        family="plays",
        period="saturday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different bands have I had on this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists all up",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many different artists did we go through last week",
        family="artists_count",
        period="last_week",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many different songs last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many separate tracks since October, roughly",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="how many different tunes have I ever played",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times has bohemian rhapsody been on this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Justice, how many spins this week",
        family="play_count",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="times I played that dont stop me now",
        family="play_count",
        period="all_time",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="how many goes has the daily had in October",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="Radiohead, how many times, ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I have any Air on yesterday",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="any daft punk this arvo?",
        family="did_i",
        period="this_afternoon",
        name="Daft Punk",
    ),
    Fresh(
        text="listened to the weeknd at all this year or nah",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="did I get round to the daily this mornin",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="cafe tacuba, did I play em last summer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="what was I playin last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what'd I have on the third of November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what'd we have goin last Friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="day before yesterday, what was on",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what've I been listenin to this week",
        family="what_played",
        period="this_week",
    ),
    # playing_at
    Fresh(
        text="what was blarin at ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was goin at eight this mornin",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what tune was on round five past five this arvo",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="wednesday nine o'clock at night what was playin",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="midday yesterday, what'd I have on",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    # taste
    Fresh(
        text="what sorta music am I into then",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how'd ya sum up me taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's me taste been like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time do I usually crank the tunes",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when's me busiest listenin time, like the hour and the day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what day of the week do I have the most on",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="found any new bands lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="anyone new turn up this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="new artists since October?",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="how often do I skip stuff",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many'd I knock back last month, skips I mean",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="do I replay the same stuff heaps",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how repetitive have I been this month, be honest",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="repeat rate last 7 days",
        family="repeat",
        period="last_7_days",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened",
        family="streak",
    ),
    Fresh(
        text="what's me streak at",
        family="streak",
    ),
    Fresh(
        text="had somethin on every day? how long's the run now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when'd I first put on Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time I heard sexy boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wet leg, when'd I first play em",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="when'd Discovery first get a spin, the daft punk album",
        family="first_play",
        name="Discovery",
    ),
    # last_play
    Fresh(
        text="when'd I last play Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time eres by cafe tacvba was on",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="the daily, when'd I last have it on",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="last track I had on, what was it",
        family="last_song",
    ),
    Fresh(
        text="what'd I finish on, last thing",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="first song today?",
        family="first_today",
    ),
    Fresh(
        text="what'd I start the day with",
        family="first_today",
    ),
    Fresh(
        text="what was the first tune on today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what'd I open with on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first track of the month",
        family="first_in",
        period="this_month",
    ),
    Fresh(
        text="very first thing I played in twenty twenty five",
        family="first_in",
        period="in_2025",
    ),
    # last_in
    Fresh(
        text="last song last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what'd I wrap up with last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="final track in October",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track cops the skip most",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do I flick past the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song've I got on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="what's on high rotation these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song can't I stop playin",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how'd me October go, music wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="year in review mate",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="quick rundown of me listenin",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="music wise, how'd we go last year",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more a mornin or an arvo listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I have more on at night or first thing",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or evenings, when'd I have more on this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekends or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays versus weekends, which gets more tunes",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="more music on work days or days off",
        family="compare_week",
        period="all_time",
    ),
    # extra spread of periods
    Fresh(
        text="over the past two weeks who's been top dog",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="how many hours of podcasts did I get through last summer",
        family="listening_time",
        period="last_summer",
        content="podcasts",
    ),
    Fresh(
        text="over the northern summer, what album was I smashin",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="any queen in September",
        family="did_i",
        period="september",
        name="Queen",
    ),
    Fresh(
        text="past fortnight, how many hours all up",
        family="listening_time",
        period="lately",
    ),
]

NEGATIVES = [
    "chuck some daft punk on in the kitchen",
    "crank it up mate",
    "turn it down a notch",
    "skip this one",
    "next track",
    "what's this song",
    "who sings this one",
    "pause the pod",
    "kitchen light off",
    "set a timer for twenty minutes",
    "what's the weather doin tomorrow",
    "gonna rain today?",
    "add snags to the shoppin list",
    "heater up to twenty two",
    "shuffle on",
    "put this on repeat",
    "group the kitchen and the shed speakers",
    "play the album discovery",
    "play the daily",
    "what's playin in the kitchen",
    "what am I listenin to right now",
    "stop the music",
    "righto, resume",
    "louder",
    "play justice in the kitchen",
    "play somethin chill for smoko",
    "put triple j on",
    "volume to five",
    "turn off repeat",
    "skip ahead thirty seconds",
    "play the next episode of the daily",
    "what time is it",
    "set an alarm for half five",
    "who's this band",
    "lights on in the kitchen",
    "play bohemian rhapsody in the kitchen",
    "stop playin in the lounge room",
    "like this track",
    "how long's left on this song",
    "turn the aircon on",
    "yeah nah, skip",
    "mute the kitchen speaker",
    "play some queen, loud",
    "next episode",
    "what's the forecast for the weekend",
]

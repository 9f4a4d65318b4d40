"""Writer 75, a terse smart-speaker user (busy nurse in her forties from Leeds), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="top artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who've I had on most. last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="most played band ever",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="number one artist since March",
        family="top_artists",
        period="since_march",
    ),
    Fresh(
        text="top three artists, October",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="who've I been hammering lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="our most played artist last year",
        family="top_artists",
        period="last_year",
        person="we",
    ),
    Fresh(
        text="Ada's top artist, last week",
        family="top_artists",
        period="last_week",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="song of the month then",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="top five tracks last year",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="most played song twenty twenty five",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="kitchen. most played track, last thirty days",
        family="top_tracks",
        period="last_30_days",
        room="kitchen",
    ),
    Fresh(
        text="favourite tune this summer, by plays",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="most played album",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="album I've caned most this summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="top two albums since October",
        family="top_albums",
        period="since_october",
        count=2,
    ),
    Fresh(
        text="which record's been on most, last three months",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="podcast I've had on most this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="which podcast am I stuck on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="last summer. top podcast",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="how long've I listened today",
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
        text="podcast time last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="total listening time, twenty twenty five",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="minutes on the kitchen speaker yesterday",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="how long did we have stuff on in October",
        family="listening_time",
        period="october",
        person="we",
    ),
    # plays
    Fresh(
        text="how many tracks this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="number of plays, last seven days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="episodes since March, how many",
        family="plays",
        period="since_march",
        content="podcasts",
    ),
    Fresh(
        text="how many songs did we get through last weekend",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="plays this afternoon, total",
        family="plays",
        period="this_afternoon",
    ),
    # artists_count
    Fresh(
        text="how many different artists this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="different bands, all told",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="September, how many artists",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="how many different songs last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="different tracks since Monday. number",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many separate tunes in August",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="bohemian rhapsody, how many times this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="times I've had Queen on this month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="how often da funk last week",
        family="play_count",
        period="last_week",
        name="Da Funk",
    ),
    Fresh(
        text="Kaiser Chiefs, how many plays",
        family="play_count",
        period="all_time",
        name="Kaiser Chiefs",
    ),
    Fresh(
        text="how many goes on Moon Safari in August",
        family="play_count",
        period="august",
        name="Moon Safari",
    ),
    Fresh(
        text="phantom by justice. play count. lately",
        family="play_count",
        period="lately",
        name="Phantom by Justice",
    ),
    # did_i
    Fresh(
        text="any Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="had owt by Air this week",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="The Daily. did I listen this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Radiohead last year?",
        family="did_i",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="sexy boy on Saturday, yes or no",
        family="did_i",
        period="saturday",
        name="Sexy Boy",
    ),
    Fresh(
        text="cafe tacuba lately?",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="did Ada have Eres on last summer",
        family="did_i",
        period="last_summer",
        name="Eres",
        person="Ada",
    ),
    # what_played
    Fresh(
        text="what was on yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what'd I have on last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="day before yesterday. what did I listen to",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="music on November the third, what was it",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what did we have on Saturday",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="last night, what was I listening to",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="quarter to eight last night, what was playing",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="half eight this morning, what song",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was on Wednesday, ten past nine at night",
        family="playing_at",
        moment="2026-11-18 21:10",
    ),
    Fresh(
        text="twelve noon yesterday what was playing",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="kitchen speaker, twenty past five today, what was it",
        family="playing_at",
        moment="2026-11-20 17:20",
        room="kitchen",
    ),
    Fresh(
        text="8pm last night. song?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="sum up my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what am I into. taste wise",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my taste this year, one line",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="when do I usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="usual time of day and usual day. go",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="busiest listening hour",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="anyone new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="new artists since October",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="found owt new last year, artist wise",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how much have I skipped this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="skips out of plays, last month",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="am I a big skipper or what",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="do I replay the same stuff much",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="same songs over and over this month?",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="days in a row",
        family="streak",
    ),
    Fresh(
        text="current streak",
        family="streak",
    ),
    Fresh(
        text="how many days straight have I had summat on",
        family="streak",
    ),
    # first_play
    Fresh(
        text="first time I played Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when'd Eres first turn up",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="Wet Leg, first listen, when",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="Discovery. when did that first go on",
        family="first_play",
        name="Discovery",
    ),
    # last_play
    Fresh(
        text="last time I had Don't Stop Me Now on",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when did I last hear The Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="digital love. last played?",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="Arctic Monkeys, when last",
        family="last_play",
        name="Arctic Monkeys",
    ),
    Fresh(
        text="la femme d'argent, when was it on last",
        family="last_play",
        name="La femme d'argent",
    ),
    # last_song
    Fresh(
        text="last song I played",
        family="last_song",
    ),
    Fresh(
        text="what was the last thing I had on",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="first song today",
        family="first_today",
    ),
    Fresh(
        text="what did I start the day with",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first track yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I kick off last week with",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="first song of twenty twenty six",
        family="first_in",
        period="this_year",
    ),
    Fresh(
        text="Saturday, first thing on",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="last song yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I finish on last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last track in October",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="final song last night",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="song I skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track this year",
        family="most_skipped",
        period="this_year",
    ),
    Fresh(
        text="which tune gets binned most",
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
        text="most skipped band, last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what's on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="song I can't stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="which track am I rinsing at the minute",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="rundown. my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="my year, go on then",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="October recap",
        family="recap",
        period="october",
    ),
    Fresh(
        text="quick summary of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="last year, how'd it go, listening",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="morning or evening, which do I listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="more in the mornings or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons versus evenings this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekends, when do I listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="more at weekends?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend vs weekday listening this year",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen",
    "kitchen music up",
    "volume four",
    "what song's this",
    "skip",
    "next track",
    "pause the podcast",
    "stop the music",
    "play The Daily",
    "play Discovery, the album",
    "shuffle on",
    "repeat off",
    "kitchen lights off",
    "timer twelve minutes",
    "weather tomorrow",
    "add milk to the shopping list",
    "heating up two degrees",
    "group kitchen and lounge speakers",
    "what's playing right now",
    "who's this singing",
    "louder",
    "turn it down, kitchen",
    "play Queen",
    "resume podcast",
    "alarm half five",
    "play some Air in the kitchen",
    "skip this song",
    "back one track",
    "thermostat nineteen",
    "rain later?",
    "bread on the list",
    "kitchen speaker off",
    "what am I listening to now",
    "play Bohemian Rhapsody",
    "mute",
    "lights on in the kitchen, fifty percent",
    "cancel the timer",
    "play the newest Daily",
    "put the radio on",
    "stop in ten minutes",
    "who sings this one",
    "next episode",
    "play something by Justice",
]

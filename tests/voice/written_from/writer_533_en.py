"""Writer 533, a terse Australian truck driver from Queensland on a rest stop, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who've I had on most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="number one artist last year, mate?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="reckon you could gimme my top five bands since march",
        family="top_artists",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="who've I been hooked on lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, which band gets a run most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="top song this week",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="three most played tracks, all time. go",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="what was me fave song back in august",
        family="top_tracks",
        period="august",
    ),
    Fresh(
        text="righto, song of the month?",
        family="top_tracks",
        period="this_month",
    ),
    # top_albums
    Fresh(
        text="what album've I caned the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="fave record last month?",
        family="top_albums",
        period="last_month",
    ),
    Fresh(
        text="top two albums mate, ever",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast've I been stuck into lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's me go-to show this year, podcast wise",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="most played podcast in september",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="how many hours of tunes this week",
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
        text="podcast time this month, roughly how much",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total hours of music in twenty twenty five",
        family="listening_time",
        period="in_2025",
        content="music",
    ),
    Fresh(
        text="how long was the kitchen speaker going this arvo",
        family="listening_time",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="strewth, how much music did we have on last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs today so far",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="tracks played since monday, how many",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="how many episodes'd I get through in october",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="how many plays all up over the last seven days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="how many streams last summer",
        family="plays",
        period="last_summer",
    ),
    # artists_count
    Fresh(
        text="how many different artists this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands have I listened to, all up",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="different acts last month, how many we talkin",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="how many different songs this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many separate tracks in the last thirty days",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="different tunes since october, how many",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how many times've I had bohemian rhapsody on this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="daft punk last week, how many goes",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times'd I put the daily on in the last three months",
        family="play_count",
        period="last_3_months",
        name="The Daily",
    ),
    Fresh(
        text="how many times have I played acdc ever",
        family="play_count",
        period="all_time",
        name="AC/DC",
    ),
    # did_i
    Fresh(
        text="any justice this week?",
        family="did_i",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="did I have air on yesterday",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="catch the daily this morning or not",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did I have any cold chisel on last month",
        family="did_i",
        period="last_month",
        name="Cold Chisel",
    ),
    Fresh(
        text="did we have queen going last weekend",
        family="did_i",
        period="last_weekend",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="hear dance by justice on saturday?",
        family="did_i",
        period="saturday",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="reckon I played one more time by daft punk over the past fortnight",
        family="did_i",
        period="lately",
        name="One More Time by Daft Punk",
    ),
    # what_played
    Fresh(
        text="what was I listening to last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what'd I have on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="third of november, what'd I listen to",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what did we have going last friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what's been on this arvo",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what was ada playing yesterday evening",
        family="what_played",
        period="yesterday_evening",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was playing about eight last night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what song was going at eight this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="ten past five this arvo, what was on",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="yesterday at midday, what was playing",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="what was on at nine o'clock wednesday night",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what sort of music am I into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would ya describe me taste, mate",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste like, be honest",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time do I usually have tunes on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I listen most, what day and what hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's me busiest hour and day for listening",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new bands this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd I discover over the past two weeks",
        family="new_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="anyone new turn up since october",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="first time artists last month?",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often do I skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's me skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many songs do I bail on before they finish",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="do I replay the same stuff much",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's me repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="how often am I running the same tracks over and over",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days straight have I listened",
        family="streak",
    ),
    Fresh(
        text="where's me streak at",
        family="streak",
    ),
    Fresh(
        text="how many days on the trot now, mate",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first play air",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="sexy boy, when'd that first turn up",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="first time I ever listened to the daily",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I first listen to midnight oil",
        family="first_play",
        name="Midnight Oil",
    ),
    # last_play
    Fresh(
        text="when'd I last have queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time I played genesis by justice",
        family="last_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="when was eres last on",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="cafe tacuba, when'd I last hear 'em",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="last song I played",
        family="last_song",
    ),
    Fresh(
        text="what was the last track I had on",
        family="last_song",
    ),
    Fresh(
        text="what was the very last tune, mate",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what'd I start the day with",
        family="first_today",
    ),
    Fresh(
        text="first track I put on today",
        family="first_today",
    ),
    Fresh(
        text="what was the first tune I had on when I got up",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what'd I kick off with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track on saturday?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what was me first song of the year",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="last song yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what'd I finish up with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last track I played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what'd I sign off with last weekend",
        family="last_in",
        period="last_weekend",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track do I flick past most",
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
        text="which band do I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do I skip the most, artist wise",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what artist do I keep knocking off halfway",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song am I flogging these days",
        family="on_repeat",
    ),
    Fresh(
        text="what track can't I stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what's been on repeat for me",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how'd me week go, music wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="run me through october",
        family="recap",
        period="october",
    ),
    Fresh(
        text="year in review, mate",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how was me summer for listening",
        family="recap",
        period="summer",
    ),
    Fresh(
        text="quick rundown of me listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="fill me in on last year",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more mornings or evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more of an arvo listener or a night one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or nights, when's the radio on more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends or during the week, when do I have more on",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="more listening on work days or days off, reckon",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play some cold chisel in the kitchen",
    "turn it up mate",
    "skip this one",
    "pause the podcast",
    "what song's this",
    "who sings this",
    "what's playing right now",
    "next track",
    "shuffle on",
    "put this one on repeat",
    "set a timer for twenty minutes",
    "what's the weather in roma tomorrow",
    "add smokes to the shopping list",
    "turn the kitchen light off",
    "group the kitchen and lounge speakers",
    "volume down a notch",
    "put the daily on",
    "play the album discovery",
    "chuck on some queen",
    "stop the music",
    "what am I listening to",
    "kill the tunes in the kitchen",
    "set the thermostat to twenty two",
    "turn the aircon on, it's a stinker",
    "play daft punk louder",
    "next episode of the daily",
    "skip forward thirty seconds",
    "what's on in the kitchen now",
    "play something by air",
    "volume to five in the kitchen",
    "turn repeat off",
    "shuffle the album cross",
    "wake me up in forty minutes",
    "is it gonna rain in toowoomba this arvo",
    "add milk and bread to the list",
    "play genesis by justice",
    "back one song",
    "mute the kitchen speaker",
    "what's this track called, mate",
    "resume the podcast",
    "set an alarm for four",
    "play triple j",
    "turn off all the speakers",
]

"""Writer 313, a Geordie (Newcastle) student, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="howay who've I had on the most this week like",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="who's me number one artist this year, bet it's daft punk haha",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who was I proper obsessed with lately man",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="gimme me top three bands from last month",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="in the kitchen, who gets played the most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who've I been caning over the past fortnight then",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="whats me most played song of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name us me five most played tracks since october",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="what was me song of the summer, the one I had on constantly",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="which tune did wor hoose play the most last weekend",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    # top_albums
    Fresh(
        text="what album have I caned the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="whats the record I've played most, like the whole album",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top album in september?",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most listened podcast the last three months",
        family="top_podcasts",
        period="last_3_months",
    ),
    Fresh(
        text="what's me go-to podcast then, when I'm not revisin",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how long have I had music on the day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did I listen last week, be honest",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much have I been listening since monday, roughly like",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="how many minutes of podcasts did I get through in october",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="how long did wor lot have the tunes on last month",
        family="listening_time",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="way i how much listening time have I racked up the last seven days",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="how many songs have I played this mornin",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many tracks did I get through yesterday neet",
        family="plays",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="total plays this year?",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="how many episodes have I listened to in the last thirty days",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this month",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="how many bands have I had on in total like, different ones I mean",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many artists did I gan through last summer",
        family="artists_count",
        period="last_summer",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many separate tracks did I hear in twenty twenty five",
        family="songs_count",
        period="in_2025",
    ),
    Fresh(
        text="number of different tunes since march?",
        family="songs_count",
        period="since_march",
    ),
    # play_count
    Fresh(
        text="how many times have I played bohemian rapsody like",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen have I had on this week, honestly",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how many times did I listen to the daily last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how many times have I played sam fender this year, loads surely",
        family="play_count",
        period="this_year",
        name="Sam Fender",
    ),
    Fresh(
        text="genesis by justice, how often did that get played in august",
        family="play_count",
        period="august",
        name="Genesis by Justice",
    ),
    # did_i
    Fresh(
        text="did I listen to any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="had any air on lately?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did I have any cafe tacuba on this month or did I not",
        family="did_i",
        period="this_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I hear maximo park at all last year",
        family="did_i",
        period="last_year",
        name="Maximo Park",
    ),
    Fresh(
        text="did wor hoose listen to the daily on saturday",
        family="did_i",
        period="saturday",
        name="The Daily",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday neet",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I have on this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="fill us in on what I was playing the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what music was on last friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what's Ada been listening to this week",
        family="what_played",
        period="this_week",
        person="Ada",
    ),
    Fresh(
        text="what was I playin last neet, I was a bit worse for wear like",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter to eight last neet",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was that tune at like ten past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="what was playing at quarter past five the day",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was on at dinner time wednesday, like twelve o'clock",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="saturday neet around nine what song was playin",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into like, sum me up",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe me taste in music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="am I a bit basic or what, what's me taste",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I listen the most, like what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="whats me peak listening time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I found anyone new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists did I discover this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new bands I heard for the first time in october",
        family="new_artists",
        period="october",
    ),
    # skips
    Fresh(
        text="how much do I skip, like what's me skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how many tracks did I skip this week",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="do I skip loads or what, last month like",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs over and over",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's me repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="be honest do I just play the same stuff again and again",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened now",
        family="streak",
    ),
    Fresh(
        text="what's me listening streak at, like",
        family="streak",
    ),
    Fresh(
        text="have I had music on every day? how many days running is it",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="when did I first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did daft punk first turn up in me history",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="sexy boy by air, when did I first play that",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="first time I ever listened to wet leg, when was it",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did I last have queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the last time I played don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="the daily, last time I listened to it, when was that",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what was that last tune I had on, man, cannit remember",
        family="last_song",
    ),
    Fresh(
        text="last track I listened to?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to the day",
        family="first_today",
    ),
    Fresh(
        text="what was the first thing I played today",
        family="first_today",
    ),
    Fresh(
        text="what was me first tune today like, before me nine o'clock",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I start off with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track I put on in august?",
        family="first_in",
        period="august",
    ),
    Fresh(
        text="what did wor hoose kick off with last weekend",
        family="first_in",
        period="last_weekend",
        person="we",
    ),
    # last_in
    Fresh(
        text="what was the last thing I listened to on saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what did I finish off with yesterday neet",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="last song of last year, what was it",
        family="last_in",
        period="last_year",
    ),
    Fresh(
        text="what did I finish on november the third",
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
        text="what tune do I always skip, there's one I cannit stand",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the band I keep skipping, like",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose songs do I skip most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what song can I not stop playing man",
        family="on_repeat",
    ),
    Fresh(
        text="whats me heavy rotation tune at the minute",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of me week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was me year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run us through me october",
        family="recap",
        period="october",
    ),
    Fresh(
        text="give us a recap of me listening, go on",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did wor hoose's last week gan, music wise",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or a night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the mornins or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I have more tunes on in the afternoon or at night",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more at weekends or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays or weekends, when do I have more music on",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="do I play more on a saturday and sunday than monday to friday like",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "howay play some sam fender in the kitchen",
    "turn it up man I cannit hear it",
    "skip this one it's pure pants",
    "what's this song called like",
    "pause the podcast a sec pet",
    "set a timer for me pasta, twelve minutes",
    "is it gonna be chuckin it down the morra",
    "add stotties to the shopping list",
    "turn the kitchen light off",
    "put the heating up to twenty one, it's baltic",
    "shuffle on",
    "put this song on repeat",
    "group the kitchen speaker with the one in me room",
    "what am I listening to right now",
    "play the album discovery",
    "next track",
    "volume to six",
    "set an alarm for half eight, I've got a nine o'clock seminar",
    "play one more time by daft punk",
    "what's playing in the kitchen",
    "turn the music down man the neighbours are moaning",
    "stop the music",
    "way i play queen",
    "play the daily",
    "who sings this",
    "go back to the start of the song",
    "turn off repeat",
    "put some justice on in the kitchen",
    "mute the speaker",
    "what's the weather in the toon the day",
    "is it cold out, do I need me coat",
    "play something chill for revisin",
    "louder",
    "skip forward thirty seconds in this podcast",
    "what album is this off",
    "play radio one",
    "add milk and pot noodles to me list",
    "turn the lights in the kitchen down a bit",
    "how long is left on me timer",
    "play air in the living room",
    "stop playing in the kitchen",
    "resume the podcast",
    "what's the time",
    "play newcastle's match on the radio",
]

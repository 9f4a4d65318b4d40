"""Writer 403, a Canadian from Newfoundland, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="where y'at b'y, who's me number one artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who was I right obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen last week who'd we have on the most, what band",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="give me me top three artists since March",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="what's me song of the month now",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name off me five most played tracks of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="what tune was I after playing the most last summer",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="Saturday now, what song did I have on more than any other",
        family="top_tracks",
        period="saturday",
    ),
    # top_albums
    Fresh(
        text="what album did I have on the most in September",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="which record was I after wearing out this year b'y",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="top two albums over the last three months",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what's me go-to podcast these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what podcast was I some hooked on last year",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="number one podcast of all time for me, what is it",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how long am I after listening to tunes today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of music did I have on in the kitchen last month",
        family="listening_time",
        period="last_month",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how much time did I spend listening over the last thirty days",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="how long did we have the music going yesterday evening",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        person="we",
    ),
    Fresh(
        text="how much did Ada listen to last week, roughly",
        family="listening_time",
        period="last_week",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs am I after playing this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many streams did I rack up in twenty twenty five",
        family="plays",
        period="in_2025",
    ),
    Fresh(
        text="how many podcast episodes did I get through this week",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="total number of plays since Monday b'y",
        family="plays",
        period="since_monday",
    ),
    # artists_count
    Fresh(
        text="how many different artists did I listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands have I had on, ever",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many different artists did I get through in August",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="over the past two weeks how many separate artists was I at",
        family="artists_count",
        period="last_2_weeks",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I listen to last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many separate tracks have I played since October",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="how many unique tunes in the last seven days",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="how many times am I after playing Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this year, is it a right lot",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times did I play that one more time song by daft punk, ever",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how often did I put on Great Big Sea last year",
        family="play_count",
        period="last_year",
        name="Great Big Sea",
    ),
    Fresh(
        text="episodes of the daily in October, how many did I listen to",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="was I playing Air at all last weekend",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="heard any cafe tacuba lately b'y",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="did we have the Daily on the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="did I play any of The Once this summer",
        family="did_i",
        period="summer",
        name="The Once",
    ),
    # what_played
    Fresh(
        text="what was I after listening to last night b'y",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what did I have on last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what music did I have going this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what did we listen to on November third",
        family="what_played",
        period="november_3",
        person="we",
    ),
    # playing_at
    Fresh(
        text="what song was on yesterday evening at ten past eight",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was I listening to this morning at half eight",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was on at five past five today",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="Wednesday at noon, what was playing",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into at all",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe me taste b'y",
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
        text="what time of day do I bes listening the most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I usually have the music on, like what hour and what day",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's me busiest listening day of the week",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I discover anyone new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new bands turn up for me in the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="who's new to me since March, any fresh artists",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="how often do I skip, like what's the rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's me skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="am I after skipping a whole lot lately",
        family="skips",
        period="lately",
    ),
    # repeat
    Fresh(
        text="do I play the same songs over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's me repeat rate for October",
        family="repeat",
        period="october",
    ),
    Fresh(
        text="how much am I replaying the same stuff this month, is it right bad",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening now",
        family="streak",
    ),
    Fresh(
        text="what's me listening streak at b'y",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the very first time I heard Sexy Boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when did I first put on Radiohead",
        family="first_play",
        name="Radiohead",
    ),
    # last_play
    Fresh(
        text="when's the last time I listened to Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when did I last have don't stop me now on",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time I played the Discovery album, when was that",
        family="last_play",
        name="Discovery",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what was the last tune I had on b'y",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what song did I start the day with",
        family="first_today",
    ),
    Fresh(
        text="first thing I played today, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I kick off last week with",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="first tune I had on Saturday",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what did I finish up with last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song I played last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what was the last thing I listened to in September",
        family="last_in",
        period="september",
    ),
    # most_skipped
    Fresh(
        text="what song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track am I always skipping",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what song did I skip most this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what band am I forever skipping b'y",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song can't I stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what tune am I after playing to death lately",
        family="on_repeat",
    ),
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="run me through me listening b'y",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was me year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on how last month went, music-wise",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="give me a recap of this summer for tunes",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning listener or a night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen to more music in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="mornings or afternoons, when do I listen more this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I listen more on the weekends or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it weekdays or weekends I have the tunes on more",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play some Great Big Sea in the kitchen b'y",
    "turn up the tunes there",
    "what's this song that's on now",
    "skip this one, I can't stand it",
    "pause the podcast a sec",
    "next track in the living room",
    "turn off the kitchen light b'y",
    "put on the album Discovery",
    "shuffle me playlist",
    "set a timer for twenty minutes for the toutons",
    "is it gonna be mauzy out tomorrow",
    "what's the weather like today",
    "add bread to the shopping list",
    "turn the heat up, I'm some cold",
    "what am I listening to right now",
    "who's this singing",
    "turn on repeat for this song",
    "group the kitchen and living room speakers",
    "volume to thirty percent",
    "stop the music b'y",
    "play the next episode of the Daily",
    "play Bohemian Rhapsody",
    "put on some Queen in the kitchen",
    "turn it down, the youngsters are sleeping",
    "what's playing in the kitchen now",
    "resume the podcast",
    "go back a song",
    "set the thermostat to twenty-one",
    "what time is it",
    "set an alarm for half six",
    "turn off shuffle",
    "mute the kitchen speaker",
    "how long is left in this song",
    "play something by Air, something right mellow",
    "play Daft Punk radio",
    "turn on the porch light",
    "lock the front door",
    "what's the temperature outside",
    "play the Daily in the kitchen",
    "fast forward thirty seconds",
    "move the music to the bedroom",
    "read me the news",
    "is the oven on",
    "play some music to get me going",
    "add this tune to me library",
]

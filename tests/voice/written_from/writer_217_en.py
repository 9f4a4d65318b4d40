"""Writer 217, impatient Geordie speaker firing quick clipped questions, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="so who's me top artist this month, top artist, quick",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="right who've I been proper hooked on lately, which band like",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="ok so top five artists last year, top five, gan on",
        family="top_artists",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="who did wor house play most last month, which artist",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="in the kitchen, who's had the most plays since march, artist wise",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="top artist the last three months, who, who is it",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="so what's me most played song ever, ever like",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="right, top three tunes last week, three, sharpish",
        family="top_tracks",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="ok so song of last summer, which one, which song",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="what's wor Ada's most played track in october",
        family="top_tracks",
        period="october",
        person="Ada",
    ),
    Fresh(
        text="quick, me favourite song this year, favourite",
        family="top_tracks",
        period="this_year",
    ),
    # top_albums
    Fresh(
        text="so which album have I hammered most this year, album",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="right what record did I play most in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="top two albums, all time, go",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    Fresh(
        text="ok so album of the month, which one",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="right, this summer, what album did I have on most",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on these days, which podcast",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="so what's me most played podcast since october",
        family="top_podcasts",
        period="since_october",
    ),
    Fresh(
        text="right top podcast the last thirty days, podcast",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="so how long've I had music on the day, how long",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did I listen last week, hours, total",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="ok so how much time on podcasts this month, time",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="howay, how long was the kitchen speaker gannin yesterday",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="right, hours of tunes in september, how many hours",
        family="listening_time",
        period="september",
        content="music",
    ),
    Fresh(
        text="how many hours over the past two weeks, hours pet",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="so how many songs have I played the day, songs, how many",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many plays the last seven days, plays",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="ok so how many episodes did I get through in august",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="how many things did we play last weekend, all in",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="total streams this year, just the number man",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="so how many tunes this afternoon, tunes",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="so how many different artists have I had on this month, different like",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="right how many bands did I listen to last year, how many bands",
        family="artists_count",
        period="last_year",
    ),
    Fresh(
        text="how many artists all told, ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs this week, different ones",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="ok so how many separate tunes have I played since monday",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many different tracks did I hear in october, tracks",
        family="songs_count",
        period="october",
    ),
    # play_count
    Fresh(
        text="so how many times have I played bohemian rapsody, how many times",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this week, Queen",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="right, how many times did the daily get played last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how many times has Radiohead been on, ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="ok so that one more time by daft punk, how many plays this year",
        family="play_count",
        period="this_year",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="did I hear any Justice yesterday, Justice, aye or no",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="so any Air the day?",
        family="did_i",
        period="today",
        name="Air",
    ),
    Fresh(
        text="listened to moon safari lately? the album like",
        family="did_i",
        period="lately",
        name="Moon Safari",
    ),
    Fresh(
        text="right, did wor Ada play cafe tacuba last week",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
        person="Ada",
    ),
    Fresh(
        text="any Wet Leg this year, did I?",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="had nowt by Queen on since monday, have I? Queen",
        family="did_i",
        period="since_monday",
        name="Queen",
    ),
    # what_played
    Fresh(
        text="so what was I listening to yesterday evening, what was on",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I have on this mornin, quick like",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="ok what tunes did we have on last friday",
        family="what_played",
        period="last_friday",
        content="music",
        person="we",
    ),
    Fresh(
        text="run us through what I played on saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what was on the day before yesterday, what",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did I listen to over the past fortnight, fortnight",
        family="what_played",
        period="lately",
    ),
    # playing_at
    Fresh(
        text="so what was on at quarter to eight last neet",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was playing at ten past eight yesterday evening, ten past",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="right, half eight this mornin, what was on",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was gannin at twenty past five the day",
        family="playing_at",
        moment="2026-11-20 17:20",
    ),
    Fresh(
        text="what was on in the kitchen at nine o'clock last friday neet",
        family="playing_at",
        moment="2026-11-13 21:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="so what kind of music am I into, like really into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="howay, describe me taste, me music taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's me taste been like this year, taste",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have tunes on, what time",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="right so when do I listen most, which day, which hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's me busiest listening hour, busiest, and which weekday",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="so anyone new lately, new artists, anyone",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which bands did I discover this year, new ones like",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new artists last month, new",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often do I skip, skip skip skip, how often",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="so what's me skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many tunes did I skip last week, skipped ones",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="do I replay the same songs a lot, same ones over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="right, what's me repeat rate since october, repeat rate",
        family="repeat",
        period="since_october",
    ),
    Fresh(
        text="am I playing the same stuff again and again this year or what",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="so how many days on the trot have I listened",
        family="streak",
    ),
    Fresh(
        text="what's me streak, days in a row, streak",
        family="streak",
    ),
    Fresh(
        text="howay how many days running have I had music on",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="when did I first play Justice, first time, when",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="so when was the first time I heard Bohemian Rhapsody, first ever",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="right when did that cafe tacuba lot first show up",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="first time I played The Weeknd, when was it",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="so when did I last have Queen on, last time",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when did I last hear digital love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="last time The Daily was on, when",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="ok so sexy boy by air, when'd I last play it",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    # last_song
    Fresh(
        text="what was the last song I played, last one",
        family="last_song",
    ),
    Fresh(
        text="so what did I have on last, the very last tune",
        family="last_song",
    ),
    Fresh(
        text="right, last track, what was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to the day, first thing",
        family="first_today",
    ),
    Fresh(
        text="first tune the day, what was it, first",
        family="first_today",
    ),
    Fresh(
        text="ok what did I start the day off with, song wise",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday, first",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="so what did I kick off last friday with",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first tune on November the third",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="right, first song saturday, what was it",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what did I end with last neet, last song",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="so last tune yesterday, which one",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the last track I had on the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="right, what did I finish last week on, last song like",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip most, skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="so what's the tune I always skip, always",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track this year, which",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip the most, band",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="so who do I skip most, which artist",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="right, artist I skipped most last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what's on repeat these days, on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="so what song can't I stop playing, can't stop",
        family="on_repeat",
    ),
    Fresh(
        text="what's me heavy rotation tune at the mo",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="so how was me week in music, me week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="howay give us me year in review, the whole year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="right, rundown of last month, quick",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="give us a canny rundown of me listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap wor house's last year, go on",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="so am I more of a morning or evening listener, morning or evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or at neet",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="right, mornings or evenings, which do I have more tunes on",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or weekends, weekends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="so weekend or weekdays, when do I have more music on",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="ok is it the weekend I listen more or during the week, this year like",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen, howay",
    "turn it up, turn it up man",
    "so what's this song, what is it",
    "skip this, skip it pet",
    "pause the podcast, pause",
    "next track, next",
    "turn the kitchen light off, light",
    "play the album Discovery, whole album",
    "right, volume to six",
    "shuffle on, shuffle",
    "put repeat on, this one",
    "group the kitchen and living room speakers",
    "set a timer for ten minutes, ten",
    "what's the weather like the day, is it gannin to rain",
    "add milk to the shopping list, milk",
    "turn the heating up a bit, it's freezing man",
    "what am I listening to right now, now",
    "what's playing in the kitchen",
    "play The Daily, latest one",
    "stop the music, stop it",
    "howay, play some Queen",
    "quieter, quieter man",
    "play Bohemian Rhapsody in the kitchen",
    "who sings this, who is it",
    "set the thermostat to twenty",
    "turn the music down in the kitchen",
    "play summat canny, owt",
    "mute the speaker",
    "put Justice on, Cross, the album",
    "skip ahead thirty seconds in this episode",
    "what's the time, time",
    "so what album's this from, this song",
    "play the next episode of The Daily",
    "turn shuffle off",
    "add bread to the list, and eggs",
    "set an alarm for seven the morrow",
    "play music in the living room and the kitchen",
    "right, louder in the kitchen",
    "resume the podcast where I was",
    "add this song to me favourites",
    "play Air, Moon Safari, howay",
    "go back, previous track",
    "what's the forecast for the weekend",
    "stop playing in the kitchen, nowt on",
    "ok so put the radio on in the kitchen",
]

"""Writer 281, Geordie from Newcastle, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="howay man, who've ah been hammerin the most this week",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="whe's me number one band this year like",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who was ah proper obsessed wi lately, be honest",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, which artist gets played the most, ever like",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="what's me most played song of the month hinny",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="gis me top three tunes from last year",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="five most played tracks since march, name us them",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="which song did we have on the most in wor hoose last week",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="which track have ah played most ower the past two weeks",
        family="top_tracks",
        period="last_2_weeks",
    ),
    # top_albums
    Fresh(
        text="which album have ah caned the most this summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="me favourite record of twenty twenty five, what was it again",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="whey what album's been on the most the last three month",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am ah hooked on at the minute",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's me top podcast this year, ah divvent even knaa",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how lang have ah had music on the day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="howay, how many hours did ah listen last month",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="how much time did we spend listenin yesterdi, aal of us",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="how lang were the podcasts on for in october",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="total time listenin in the kitchen since monday?",
        family="listening_time",
        period="since_monday",
        room="kitchen",
    ),
    Fresh(
        text="the last seven days, how much have ah actually listened, roughly",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="how many songs have ah played the day",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many tunes did ah gan through on saturday",
        family="plays",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="how many episodes have ah got through this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many things did ah play last friday aaltogether",
        family="plays",
        period="last_friday",
    ),
    # artists_count
    Fresh(
        text="how many different bands have ah listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="in september like, how many different artists did ah hear",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="how many artists have ah got in me history aal told",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did ah play last weekend",
        family="songs_count",
        period="last_weekend",
    ),
    Fresh(
        text="number of different tracks since october, gan on then",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how many times have ah played bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk have ah had on this week, canny bit ah bet",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="that dance one by justice, how many times did ah play it last month",
        family="play_count",
        period="last_month",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="how many times did ah play radiohead last year",
        family="play_count",
        period="last_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did ah listen to any queen yesterdi",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="heard owt by air this month?",
        family="did_i",
        period="this_month",
        name="Air",
    ),
    Fresh(
        text="did ah have the daily on this mornin or not",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="wet leg, did ah play them at aal in the summer",
        family="did_i",
        period="summer",
        name="Wet Leg",
    ),
    Fresh(
        text="eres by cafe tacuba, did that get a spin in august",
        family="did_i",
        period="august",
        name="Eres by Café Tacvba",
    ),
    # what_played
    Fresh(
        text="what was ah listenin to yesterdi evenin",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="gis a quick look at what ah played the day before yesterdi",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did ah have on on the third of november",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what was ah playin last neet then",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was playin at ten past eight last neet",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what song was on at quarter past eight this mornin",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="about five past five the day, what was ah listenin to",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="yesterdi at ten to eight, what was on in the kitchen",
        family="playing_at",
        moment="2026-11-19 19:50",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="what kind of music am ah into like",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would ye describe me taste in tunes hinny",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do ah usually gan for me music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's me busiest day of the week for listenin, and what time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have ah discovered anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new bands turn up this year or is it the same auld lot",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="who did ah hear for the first time last month",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often do ah skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's me skip rate been like this month",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="do ah keep playin the same tunes ower and ower",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how much have ah been repeatin songs the last thirty days",
        family="repeat",
        period="last_30_days",
        content="music",
    ),
    # streak
    Fresh(
        text="how many days on the trot have ah listened",
        family="streak",
    ),
    Fresh(
        text="what's me streak at, days in a row like",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did ah first play justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did digital love first turn up in me history",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="first time ah ever listened to the weeknd, when was that",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when did ah last have queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time ah played sexy boy by air?",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="when was the last time ah heard the daily, cannit mind",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song ah played",
        family="last_song",
    ),
    Fresh(
        text="tell us the very last tune ah had on",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did ah wake up to the day",
        family="first_today",
    ),
    Fresh(
        text="what was the first tune ah put on the day",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song ah played yesterdi",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track last friday, what was it",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what did ah kick the year off wi, song wise",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what did ah finish wi last neet",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song on saturday?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what was the last thing ah listened to in october",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do ah skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune am ah always skippin past, ye knaa the one",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do ah skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whe's the artist ah cannit be arsed wi, like the one ah skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have ah got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which tune can ah not stop playin, it's doin me heed in",
        family="on_repeat",
    ),
    Fresh(
        text="what's on heavy rotation at the minute",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="howay give us a rundown of me week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was me year in tunes then",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run us through last month will ye",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill us in on me listenin pet",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did last summer gan, music wise",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="am ah more of a mornin or an evenin listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do ah listen more in the afternoons or at neet",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do ah play more at weekends or through the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays or weekends, when do ah listen mair",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen",
    "howay turn the music up a bit",
    "what's playin in the kitchen the now",
    "what song is this like",
    "skip this song man it's pants",
    "pause the podcast hinny",
    "next track in the front room",
    "turn the kitchen light off will ye",
    "play the album discovery",
    "put some queen on",
    "volume down, the bairn's asleep",
    "shuffle me music",
    "put repeat on for this one",
    "stop the music",
    "group the kitchen speaker wi the livin room",
    "set a timer for ten minutes for the stottie",
    "what's the weather gan to be like the neet",
    "is it gan to rain in newcastle the neet",
    "add broon ale to the shoppin list",
    "turn the heatin up, it's baltic",
    "what am ah listenin to right now",
    "who sings this song",
    "play the daily",
    "play the latest episode of the daily in the kitchen",
    "gan back to the start of the song",
    "turn it doon a touch",
    "play summat by air",
    "louder man, ah cannit hear it",
    "play justice on the kitchen speaker",
    "what album is this from",
    "put the radio on",
    "set an alarm for seven the morra",
    "divvent play owt else after this one",
    "mute the kitchen speaker",
    "what's the time",
    "turn the telly off",
    "play one more time by daft punk",
    "shuffle off",
    "resume the podcast",
    "skip forward thirty seconds",
    "stop the kitchen music at ten o'clock",
    "what's this band called",
    "play some music in aal the rooms",
]

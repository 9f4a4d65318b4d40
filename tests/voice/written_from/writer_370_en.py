"""Writer 370, speech-to-text slips for a fast-talking Liverpudlian (Scouse, homophones, misheard artist and show names), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ey whos me most played band this month la",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="who was i dead obsessed with lately like which artist",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="giz me top three artists for this year",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="who was me number one act last year wharra year that was",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="over the passed two weeks who've i been playin most band wise",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="worrav i played most this week song wise",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="name me five most played tracks since october",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="whats me all time favourite tune then",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="what was me most played song last summer when it was boilin",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="wharrwas our most played song last month",
        family="top_tracks",
        period="last_month",
        person="we",
    ),
    # top_albums
    Fresh(
        text="which album've i had on the most this summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="worra the record i played most in october",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="me top two albums ever go on",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what podcast am i hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which show do i listen to most podcast wise in the last thirty days",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="how long've i had music on today la",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many ours did i listen last week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time've i spent listenin to podcasts this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="in the kitchen how many minutes of tunes did we have on yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="how long have i been listenin for in the last seven days ey",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="how many songs did i play this mornin",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many streams've i done since march",
        family="plays",
        period="since_march",
    ),
    Fresh(
        text="ow many episodes did i get through in september",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did i have on on saturday",
        family="plays",
        period="saturday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists av i listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many diff rent bands did i hear in the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs have i played in total like ever",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="how many separate tunes did i get through last week end",
        family="songs_count",
        period="last_weekend",
    ),
    # play_count
    Fresh(
        text="how many times've i played bow he mean rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much draft punk have i had on this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times did i play the day lee this month",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    Fresh(
        text="how often did i put won more time by daft punk on in august",
        family="play_count",
        period="august",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="ow many plays has radio head got",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did i listen to any just ice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="ave i heard the beatles at all this year la",
        family="did_i",
        period="this_year",
        name="The Beatles",
    ),
    Fresh(
        text="did i listen to the dailey this mornin",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="any queen the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
    ),
    Fresh(
        text="did i have sexy boi on last friday",
        family="did_i",
        period="last_friday",
        name="Sexy Boy",
    ),
    Fresh(
        text="did we play any caff a tack ova last month",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="listened to much heir since monday",
        family="did_i",
        period="since_monday",
        name="Air",
    ),
    # what_played
    Fresh(
        text="what was i listenin to yesterday evenin",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="worrav i been playin this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what did aider listen to last weekend",
        family="what_played",
        period="last_weekend",
        person="Ada",
    ),
    Fresh(
        text="run us through what i had on on november the third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what music was on last night la",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="what did we av on in our house last weekend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    # playing_at
    Fresh(
        text="what was playin at like ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what song was on at ate o clock this mornin",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="wha was on about five passed five today",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="what was playin yesterday dinner time twelve o clock like",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="what was on at nine oclock wednesday night",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="in the kitchen what was on at quarter passed eight this mornin",
        family="playing_at",
        moment="2026-11-20 08:15",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="what kind of music am i into then",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would ya describe me taste in music la",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do i usually listen to me tunes",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do i normally av stuff on like what day an what our",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have i discovered anyone new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new bands this month i aven't heard before",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did i here for the first time in twenty twenty five",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="how often do i skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats me skip rate this month ey",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="do i play the same tunes over an over an over",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's me repeat rate last month like how much do i replay stuff",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="how many days in a row av i listened",
        family="streak",
    ),
    Fresh(
        text="wharrs me listenin streak at",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to just iss",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did la fam dar jon first turn up",
        family="first_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="when did i first play the weekend",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when did i last av dont stop me now on",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when was the last time i heard draft punks round the world",
        family="last_play",
        name="Around the World by Daft Punk",
    ),
    Fresh(
        text="last time i listened to the daily when was that la",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="wha was that last tune i had on",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did i wake up to like first song",
        family="first_today",
    ),
    Fresh(
        text="first thing i played today wha was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i start off with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first tune i put on last week",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="what did i finish with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what was the last song on the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="last track i played in september wha was it",
        family="last_in",
        period="september",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune do i always skip la",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="who do i skip the most like which band",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which artist do i keep skippin",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song av i got on repeat at the minute",
        family="on_repeat",
    ),
    Fresh(
        text="whats on eavy rotation these days",
        family="on_repeat",
    ),
    Fresh(
        text="what tune can i not stop playin",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was me week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give us a rundown of me listenin",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="giz me year in review la",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill us in on how last month went music wise",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how was me summer for tunes then",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a mornin or evenin listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the afternoons or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekends or in the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it more weekdays or the weekend when i av me tunes on",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play draft punk in the kitchen la",
    "turn the music up a bit",
    "whats playin in the kitchen",
    "whas this song",
    "skip this one its dead borin",
    "pause the podcast",
    "next track in the livin room",
    "turn off the kitchen light",
    "play the album disco very",
    "put the volume down its too loud",
    "shuffle me playlist",
    "put it on repeat",
    "group the kitchen an the front room speakers",
    "set a timer for ten minutes for me scran",
    "whats the weather like in liverpool",
    "is it gonna be pissin down later",
    "add milk an bread to the shoppin list",
    "turn the eatin up",
    "what am i listenin to right now",
    "who sings this",
    "play some queen",
    "play the daily",
    "play bow he mean rapsody in the kitchen",
    "stop the music",
    "play somethin boss",
    "turn it down la me mams on the phone",
    "resume the podcast",
    "go back a song",
    "louder",
    "play just ice dance",
    "what time is it",
    "set an alarm for seven",
    "put radio city on",
    "play the next episode of the day lee",
    "turn the telly off",
    "play heir moon safari in the back room",
    "mute the kitchen speaker",
    "what album is this off",
    "remind me to ring our kid at six",
    "is the kitchen light on",
    "dim the lights in the front room",
    "whats this podcast called",
    "turn repeat off la",
    "shuffle on in the kitchen",
]

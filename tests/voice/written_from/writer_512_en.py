"""Writer 512, a fisherman from Newfoundland, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who's me number one band this year b'y",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="luh, who was I right stuck on lately, what singer was it",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="what crowd did we have goin' the most in the kitchen last month",
        family="top_artists",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="me top two artists since March, go on, tell me",
        family="top_artists",
        period="since_march",
        count=2,
    ),
    Fresh(
        text="back in August now, who was I playin' more than anyone",
        family="top_artists",
        period="august",
    ),
    # top_tracks
    Fresh(
        text="what tune is it I plays the most, of all time like",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name off me top three songs from this summer b'y",
        family="top_tracks",
        period="summer",
        count=3,
    ),
    Fresh(
        text="what song had I on the go the most last week me son",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="song of the month, what one is it, can ye tell me",
        family="top_tracks",
        period="this_month",
    ),
    # top_albums
    Fresh(
        text="what album am I after wearin' out this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which record was I at the most in October, sure I must've wore one out",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="me favourite album ever, what is it b'y",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="what podcast does I listen to the most, I forgets the name of it",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what show was I hooked on lately, one of dem podcast t'ings",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what was me top podcast last year me love",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="how long am I after listenin' to music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of tunes did I have on this week b'y",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long was we listenin' to the speaker last weekend, the whole crowd of us",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how long was I at the podcasts in September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="total time listenin' in twenty twenty five, all told",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="the last three months now how many hours was the speaker goin' for me",
        family="listening_time",
        period="last_3_months",
    ),
    # plays
    Fresh(
        text="how many tunes did I play yesterday bye, was it some lot",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many t'ings did I put on the last thirty days",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many episodes did I get through this month, the podcasts like",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="number of songs played the day before yesterday",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="over the past two weeks how many plays am I after racking up",
        family="plays",
        period="last_2_weeks",
    ),
    # artists_count
    Fresh(
        text="this year how many different bands did I have on, roughly like",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists am I after hearin' altogether, since I started with this yoke",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many different singers did we go through last month",
        family="artists_count",
        period="last_month",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many diff'rent tunes have I got in me history all told",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="since October how many separate songs was I at",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how many times am I after playin' Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen did I have on this month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="the Daily, how many times did I put dat on last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times did I play dat Genesis one by Justice since Monday",
        family="play_count",
        period="since_monday",
        name="Genesis by Justice",
    ),
    Fresh(
        text="how many times was Great Big Sea on this year b'y",
        family="play_count",
        period="this_year",
        name="Great Big Sea",
    ),
    # did_i
    Fresh(
        text="was I after listenin' to any Air this week",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="yesterday did I have on dat Don't Stop Me Now",
        family="did_i",
        period="yesterday",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="any cafe tacuba last summer b'y",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I hear the daily this mornin' before I went down to the wharf",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did I have any Stan Rogers on last month at all",
        family="did_i",
        period="last_month",
        name="Stan Rogers",
    ),
    # what_played
    Fresh(
        text="what was I listenin' to yesterday evening after supper, round eight or so",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was I listenin' to last Friday, I was out to the boat most of the day",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="in the kitchen Saturday what was on the go",
        family="what_played",
        period="saturday",
        room="kitchen",
    ),
    Fresh(
        text="what were we listenin' to on November third",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="what are ye at, tell me what music I had on this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what was I at last night for tunes, I was right tired I don't remember",
        family="what_played",
        period="last_night",
        content="music",
    ),
    # playing_at
    Fresh(
        text="yes bye what was dat on at eight o'clock last night 'twas some good",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what tune was goin' at half past eight this mornin'",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="quarter past five today, what was playin' b'y",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was on Wednesday at noon when I was in for me dinner",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into would ye say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me taste in tunes b'y, go on",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of stuff do I like listenin' to me son",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of the day does I mostly listen to music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I usually have the tunes goin', what day and what hour",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's me busiest time for listenin'",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new bands turn up lately b'y, anyone I never heard before",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who's new to me this month, any new singers turn up",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="last year now who'd I hear for the first time, new crowd like",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do I skip songs, I'm some fussy",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="am I after skippin' a lot this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="what's me skip rate the last seven days",
        family="skips",
        period="last_7_days",
    ),
    # repeat
    Fresh(
        text="does I play the same ol' tunes over and over",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how much was I repeatin' songs last month",
        family="repeat",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="what's me repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days in a row am I after listenin'",
        family="streak",
    ),
    Fresh(
        text="what's me listenin' streak at now b'y",
        family="streak",
    ),
    # first_play
    Fresh(
        text="where ye to, when did I first hear dat Justice crowd",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time I played Sexy Boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when did The Daily first show up in me history",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I first play The Once",
        family="first_play",
        name="The Once",
    ),
    # last_play
    Fresh(
        text="when's the last time I had Da Funk on",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="daft punk when did I last have dem on",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="last time I played that Moon Safari record",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="what was the last song I played b'y",
        family="last_song",
    ),
    Fresh(
        text="luh, what was the last tune on, the very last one",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to today",
        family="first_today",
    ),
    Fresh(
        text="what did I have on first t'ing today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I start off with on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first tune of the year, what was it",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what was the last tune I played last Friday night",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what did I finish up with yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last song I had on in October",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="what song do I be skippin' the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which tune am I always skippin' b'y",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="what band does I skip the most, tell me dat",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the singer I can't stand, the one I skips all the time",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song am I after playin' to death these days",
        family="on_repeat",
    ),
    Fresh(
        text="what tune can't I stop playin'",
        family="on_repeat",
    ),
    Fresh(
        text="what's on the go over and over lately what song is it",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was me week for music",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="give me a rundown of me year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on me listenin', how's she goin'",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="tell me how last month went for tunes",
        family="recap",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="run me through last summer b'y",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a mornin' listener or a night one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I have the music on more in the mornings or the nights",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more on the weekend or through the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays or weekends, when am I playin' more tunes",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play some Daft Punk in the kitchen b'y",
    "turn up the tunes there me son",
    "what's this song that's on now, 'tis some good",
    "skip this one b'y I can't stand it",
    "pause the podcast a sec the phone's goin'",
    "turn off the kitchen light",
    "play the album Discovery",
    "what's the weather for goin' out in the boat tomorrow mornin'",
    "is it gonna be mauzy tomorrow",
    "set a timer for twenty minutes for the fish cakes",
    "put tea bags and bread on the shoppin' list",
    "turn the heat up in the kitchen 'tis right cold in here",
    "shuffle me music",
    "put dat song on repeat",
    "next track in the living room",
    "what am I listenin' to right now b'y",
    "what's playin' in the kitchen",
    "turn it down a small bit the young one's sleepin'",
    "play The Daily",
    "group the kitchen speaker with the one out in the porch",
    "play Bohemian Rhapsody loud b'y, loud",
    "stop the music",
    "volume to five",
    "play a bit of Queen, we're havin' a time tonight",
    "wake me up at four I'm goin' out on the water",
    "skip ahead thirty seconds in this episode",
    "who sings this one",
    "resume the podcast",
    "play dat Justice album Cross",
    "turn off shuffle b'y",
    "play the next episode of The Daily in the kitchen",
    "louder b'y I can't hear it over the fan",
    "add milk to the list",
    "how windy is it gonna be down on the wharf",
    "turn on the porch light",
    "play some Air, somethin' quiet like",
    "set the thermostat to twenty",
    "what album is this song off of",
    "lower the music in the kitchen a small bit",
    "play Great Big Sea",
    "cancel the timer",
    "what are ye at, stop playin' dat",
    "play me somethin' by Café Tacvba",
    "what's the name of the podcast on now",
    "next song bye",
]

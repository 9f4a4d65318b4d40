"""Writer 562, a fast, cheeky Cockney market trader in East London in his fifties, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="oi, 'oo's me number one band this year then, go on, 'oo is it",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="which artist 'ave I 'ad on the most last week guv",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="'oo've I been proper obsessed with lately, eh? which band",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="rattle off me top three artists since March, sharpish",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="right, which group did we 'ave on the most at ours in October",
        family="top_artists",
        period="october",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what's me most played tune ever, the big one, innit",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="song of the month, what's mine, November's big 'it",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="give us me top five tracks from last year will ya",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="in the kitchen, what song gets 'ammered the most, guv",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="which tune did I thrash to death over the summer",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="what album 'ave I caned the most this year, straight up",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which record was I 'avin' on most last month",
        family="top_albums",
        period="last_month",
    ),
    Fresh(
        text="me favourite LP of all time, goin' by plays like, what is it",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I 'ooked on these days then",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="the rabbit and pork ones, the talky shows, which one's me most played this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="top podcast last month, what was it, quick",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="'ow long 'ave I 'ad music on today then",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="'ow many hours of tunes did I get through last week roughly",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="'ow long was stuff blarin' at ours last weekend, all of us",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="total listenin' time so far this year, in hours, go on then",
        family="listening_time",
        period="this_year",
    ),
    Fresh(
        text="'ow many minutes of podcasts 'ave I sat through in the last thirty days",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="'ow long did Ada 'ave the tunes goin' yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        person="Ada",
    ),
    # plays
    Fresh(
        text="'ow many tunes 'ave I stuck on since Monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="number of plays yesterday, the lot, total",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="'ow many podcast episodes did I get through in September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="'ow many songs did we 'ave on last month, the 'ole 'ousehold",
        family="plays",
        period="last_month",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="'ow many different bands 'ave I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="artists last month, different ones mind, 'ow many we talkin'",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="in total, 'ow many acts 'ave I ever 'ad on, all of 'em",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="'ow many different songs did I play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="over the last three months, 'ow many separate tracks 'ave I 'ad on",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="different tunes this month, 'ow many, ballpark",
        family="songs_count",
        period="this_month",
    ),
    # play_count
    Fresh(
        text="'ow many times 'ave I 'ad Bohemian Rapsody on this year, Freddie's one",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="'ow much Queen 'ave I 'ad on since October, guv",
        family="play_count",
        period="since_october",
        name="Queen",
    ),
    Fresh(
        text="count me the plays of that daft punk one more time song last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Radio'ead, 'ow many times 'ave I played 'em, ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="The Daily, 'ow many goes did I give it in August",
        family="play_count",
        period="august",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I 'ave any Justice on yesterday or what",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to any Air lately, 'ave I?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did I catch The Daily this mornin' before I went down the market",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="'ave I 'ad Wet Leg on at all this year",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="that cafe tacuba lot, the Mexican band, did I play 'em last summer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="what was I listenin' to yesterday evenin', remind us",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I 'ave on last Friday guv",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="run us through what music was on Saturday",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="what was we playin' the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="what's been on this afternoon then, fill me in",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what's Ada been 'avin' on lately, go on, spill",
        family="what_played",
        period="lately",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="oi what was playin' at ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what tune was on at five past eight this mornin'",
        family="playing_at",
        moment="2026-11-20 08:05",
    ),
    Fresh(
        text="'alf five today, what was goin' on in the kitchen music-wise",
        family="playing_at",
        moment="2026-11-20 17:30",
        room="kitchen",
    ),
    Fresh(
        text="Wednesday night round about ten past nine, what was I 'avin' on",
        family="playing_at",
        moment="2026-11-18 21:10",
    ),
    Fresh(
        text="what was on at twelve o'clock Tuesday, dinner time",
        family="playing_at",
        moment="2026-11-17 12:00",
    ),
    # taste
    Fresh(
        text="what sort of music am I into then, in a nutshell",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me taste in tunes, go on, and no porkies",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's me taste been like this year, what am I about",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="when do I usually stick the tunes on, what hour like",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's me busiest day of the week for listenin'",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when's me peak time, listenin' wise, day and hour",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new bands turned up this month that I ain't 'eard before",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="'oo did I find for the first time last year, new artists like",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="any new boat races in me music since October? new acts I mean",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="'ow often do I skip songs, be honest with us",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's me skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="am I a right skipper or what, 'ow many did I bin off out of what I played last week",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="do I play the same tunes over and over like a broken record, 'ow bad is it",
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
        text="in the last thirty days 'ow much 'ave I been replayin' the same songs",
        family="repeat",
        period="last_30_days",
        content="music",
    ),
    # streak
    Fresh(
        text="'ow many days on the trot 'ave I listened now",
        family="streak",
    ),
    Fresh(
        text="what's me streak, days in a row with the tunes on",
        family="streak",
        content="music",
    ),
    Fresh(
        text="'ave I 'ad something on every day, 'ow long's the run goin' now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first 'ear Cafe Tacvba, the Mexican lot",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="first time I ever played Sexy Boy, when was that then",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when did I first stick The Weeknd on",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="Digital Love, when'd that get its first outin'",
        family="first_play",
        name="Digital Love",
    ),
    # last_play
    Fresh(
        text="when did I last 'ave Queen on, can't remember for the life of me",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time I played Da Funk, when was it guv",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="The Daily, when'd I last 'ave a listen",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when did Eres last get a spin",
        family="last_play",
        name="Eres",
    ),
    # last_song
    Fresh(
        text="what was the last, er, last song I 'ad on",
        family="last_song",
    ),
    Fresh(
        text="what tune did I play last, the very last one",
        family="last_song",
    ),
    Fresh(
        text="remind us what I played most recent, the last track, me loaf's gone",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="first tune I 'ad on today, what was it",
        family="first_today",
    ),
    Fresh(
        text="what was me openin' number today",
        family="first_today",
    ),
    Fresh(
        text="what did I kick the day off with, music-wise",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played on Saturday, what was it",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what did I start last week off with, the very first tune",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="the day before yesterday, what was the first track I 'ad on",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="first thing I played this year, back in January, what was it",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what did I finish up with yesterday, last song",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last tune I 'ad on last Friday, what was it",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the last track in October, the one I signed off with",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which tune do I bin off the most, can't stand it apparently",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track this year, 'oo's the loser",
        family="most_skipped",
        period="this_year",
    ),
    Fresh(
        text="what song do I keep skippin' lately",
        family="most_skipped",
        period="lately",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="'oo's the artist I give the elbow to most, skip-wise",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="last month, which act did I skip past the most",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song can't I stop playin'",
        family="on_repeat",
    ),
    Fresh(
        text="what tune 'ave I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which track am I caning at the moment, eh",
        family="on_repeat",
    ),
    Fresh(
        text="what song am I obsessed with, Adam and Eve it or not",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of me week, tunes-wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="me year in review, let's 'ave it then",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on last month, 'ow'd it go listenin'-wise",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="go on, gimme a rundown of me listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="'ow did we get on over the summer, a recap for the 'ouse",
        family="recap",
        period="summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a mornin' or an evenin' listener, would you say",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I 'ave more music on in the mornings or the afternoons",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="mornings or nights, when do I listen more, this month like",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or at the weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends versus the week, when 'ave I got more tunes on",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="over the last three months, more listenin' on weekdays or weekends",
        family="compare_week",
        period="last_3_months",
    ),
]

NEGATIVES = [
    "oi, stick some Daft Punk on in the kitchen",
    "turn it up a bit guv, can't 'ear meself think",
    "what's this song, 'oo's it by",
    "skip this one, it's doin' me 'ead in",
    "pause the podcast a sec, the dog and bone's ringin'",
    "next track in the front room",
    "turn the kitchen light off, there's a good lad",
    "play the album Discovery, the 'ole thing",
    "volume down to three",
    "shuffle me music",
    "put this one on repeat",
    "group the kitchen speaker with the one up the apples and pears",
    "set a timer for twenty minutes for me pie",
    "what's the weather doin' tomorrow, need to know for the stall",
    "add spuds to the shopping list",
    "whack the 'eating up a couple of degrees, it's brass monkeys",
    "what am I listenin' to right now",
    "'oo's singin' this",
    "play The Daily, latest episode",
    "stop the music, I'm on the dog",
    "play some Queen, loud as you like",
    "mute the kitchen",
    "turn repeat off",
    "is it gonna rain Saturday, I've got the barrow out",
    "wake me up at 'alf four, gotta get to the market",
    "what time is it",
    "play Bohemian Rhapsody in the kitchen",
    "go back to the start of this song",
    "add this tune to me playlist",
    "what album's this from",
    "put Magic on, the radio",
    "louder, louder, I love this one",
    "play something by Justice in the kitchen",
    "set the thermostat to twenty",
    "skip forward thirty seconds on the podcast",
    "what's on in the kitchen right now",
    "turn the speaker off in the bedroom",
    "switch the kettle on",
    "remind me to bell me china Dave at six",
    "play some music for a knees-up",
    "'ow many days till Christmas",
    "play Moon Safari on shuffle",
    "next episode of The Daily",
    "turn off all the speakers, I'm cream crackered",
    "carry on with the music",
]

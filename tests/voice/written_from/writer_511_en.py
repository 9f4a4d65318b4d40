"""Writer 511, a Cockney market trader from East London, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="oi, 'oo's me number one geezer larst week, wot band did I 'ave on the most",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="right guv, which artist 'ave I been proper obsessed wiv lately, innit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="me top free artists this year, go on then, let's 'ave 'em",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="in the kitchen, 'oo did we 'ave bangin' out the most larst month",
        family="top_artists",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="over the past two weeks 'oo've I been playin' most, bruv",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="wot's me song of the month then, bruv",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name me top five tunes of all time, go on, I ain't got all day",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which track did I 'ammer the most in October, me old china",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="most played song since Monday wot is it",
        family="top_tracks",
        period="since_monday",
    ),
    # top_albums
    Fresh(
        text="wot album did I 'ave on the most this summer, innit",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="me favourite record larst year, which one was it, the one I wore out",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="top two albums in the last free months, go on guv",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast 'ave I been 'ooked on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="me go-to podcast in twenty twenty five, wot was it",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="most listened podcast this year bruv, which show",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="'ow long 'ave I 'ad the music on today, roughly like",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="'ow many hours did I listen larst week all in, proper total",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="ow much time did I spend on podcasts this month, gawd knows",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="'ow long was the speaker goin' in the kitchen yesterday evenin'",
        family="listening_time",
        period="yesterday_evening",
        room="kitchen",
    ),
    Fresh(
        text="'ow much listenin' did I do in September, minutes an' that",
        family="listening_time",
        period="september",
    ),
    # plays
    Fresh(
        text="'ow many songs did I get through this mornin'",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="ow many tunes did we play larst weekend in total",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="number of plays in the last seven days, wot's it come to",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="'ow many episodes 'ave I 'ad on since October",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="'ow many fings did I play in twenty twenty five all told",
        family="plays",
        period="in_2025",
    ),
    # artists_count
    Fresh(
        text="'ow many different artists 'ave I listened to this year, roughly",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="ow many diff'rent bands did I 'ave on larst summer",
        family="artists_count",
        period="last_summer",
    ),
    Fresh(
        text="'ow many artists in total, ever, innit",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="'ow many different songs 'ave I played in the last thirty days",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="ow many different tracks 'ave I 'ad on since March guv",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="quick one, 'ow many separate tunes did I play in August",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="'ow many times 'ave I played Bo Rap, the Queen one, Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="ow much Daft Punk 'ave I 'ad on this week, proper loads I reckon",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="'ow many times did I play that dance by justice larst month",
        family="play_count",
        period="last_month",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="Radio'ead, 'ow many times 'ave I played 'em this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I 'ave any Queen on yesterday, guv",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="listened to any Air lately? the French lot, Sexy Boy an' that",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did we 'ave The Daily on larst Friday",
        family="did_i",
        period="last_friday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="any Wet Leg in me 'istory this year or wot",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="did I play that cafe tacuba one, eres, on November the fird",
        family="did_i",
        period="november_3",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="'ad any Daft Punk on since Monday, bruv?",
        family="did_i",
        period="since_monday",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="wot was I listenin' to yesterday evenin'",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me frew wot I 'ad on Saturday, go on",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="wot songs did I play the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="fill me in on wot I 'ad on larst night, me memory's shot",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="wot was on at quarter to eight larst night, bruv",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wot was playin' at eight o'clock this mornin'",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="wot 'ad I got on at ten past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="in the kitchen at 'alf eight this mornin', wot was on",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="five past eight yesterday evenin', wot tune was that",
        family="playing_at",
        moment="2026-11-19 20:05",
    ),
    # taste
    Fresh(
        text="wot kind of music am I into then, sum me up guv",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="'ow would you describe me taste, honest like, don't 'old back",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wot's me vibe music-wise innit",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wot time of day am I usually listenin', roughly",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when's me busiest hour for listenin', an' which day of the week an' all",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I normally 'ave the speaker goin', wot hour",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered any new geezers this month or wot",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new artists turn up larst year, ones I never 'ad on before",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="'oo's new in me rotation since March, any fresh faces",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="'ow often do I skip, honest",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wot's me skip rate this month, guv",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="do I skip a lot of tracks lately or wot",
        family="skips",
        period="lately",
    ),
    # repeat
    Fresh(
        text="do I play the same tunes over an' over, like a broken record",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wot's me repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="am I stuck on the same old songs, last 30 days like, 'ow much do I replay 'em",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="'ow many days on the trot 'ave I 'ad music on",
        family="streak",
    ),
    Fresh(
        text="wot's me listenin' streak at, days in a row",
        family="streak",
    ),
    Fresh(
        text="ain't missed a day 'ave I, 'ow long's me streak",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first 'ave Justice on, go on",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did dont stop me now first turn up, the Queen one",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="first time I ever played The Weeknd, when was that",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="when was the first time moon safari got a spin",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="when did I last 'ave Da Funk on, bruv",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="larst time I played any cafe tacuba, when was it",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when'd The Daily last get a go, the podcast",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="wot was the last song I played, innit",
        family="last_song",
    ),
    Fresh(
        text="remind me wot I 'ad on last, the very last track",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wot did I wake up to, go on",
        family="first_today",
    ),
    Fresh(
        text="first tune I 'ad on today, wot was it",
        family="first_today",
    ),
    Fresh(
        text="wot kicked the day off today music-wise",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wot was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track larst Friday, wot was it guv",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="wot did I kick off this week wiv, the first tune",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="wot did I finish up wiv on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last song I played yesterday evenin', wot was it",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="wot was the final track of October, the very last one",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most, go on",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wot tune do I always knock on the 'ead, skip it straight off",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="'oo's the artist I skip most, bruv",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which band do I keep skippin', proper can't stand 'em apparently",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wot's on 'eavy rotation these days",
        family="on_repeat",
    ),
    Fresh(
        text="wot song can't I stop playin', me old china",
        family="on_repeat",
    ),
    Fresh(
        text="which tune 'ave I got on repeat at the mo",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="'ow was me week in music, guv",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me a rundown of me listenin', go on",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="me year in review, let's 'ave it",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="'ow did larst month go music-wise, run me frew it",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="wrap up larst summer for me, wot was it like for tunes",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a mornin' or evenin' listener, wot d'ya reckon",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I 'ave more on in the afternoons or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or at the weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends or durin' the week, when am I listenin' more, innit",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "oi, stick some Daft Punk on in the kitchen",
    "turn it up a bit, guv",
    "wot's this song then",
    "skip this one bruv, it's doin' me 'ead in",
    "pause the podcast a sec, someone's at the door",
    "next track, go on",
    "turn the kitchen light off, ta",
    "play the album Discovery",
    "wot am I listenin' to right now",
    "stick it on shuffle, innit",
    "put this one on repeat",
    "set a timer for twenty minutes, got me bangers in",
    "is it gonna be brass monkeys tomorrow",
    "add a loaf of bread to the shoppin' list",
    "turn the 'eatin' up, it's proper parky in 'ere",
    "wot's playin' in the kitchen",
    "louder, I can't 'ear it over the kettle",
    "volume down to free",
    "group the kitchen speaker wiv the front room",
    "play some Queen, go on, Bo Rap",
    "stop the music, I'm on the dog and bone",
    "play The Daily",
    "carry on wiv the podcast",
    "wot's this tune called, it's a right banger",
    "'oo sings this",
    "turn repeat off",
    "go back a track",
    "play somefink upbeat for the mornin'",
    "'ow long's left on the timer",
    "wot time is it guv",
    "play Sexy Boy by Air in the kitchen",
    "put on a bit of Justice, loud",
    "mute it",
    "play the next episode of The Daily",
    "skip forward firty seconds",
    "add this tune to me playlist",
    "set an alarm for 'alf four, gotta get down the market",
    "is it gonna rain on me stall today",
    "dim the kitchen lights a bit",
    "shuffle me playlist in the kitchen",
    "wot album is this from",
    "'ow long's this song got left",
    "play free songs by Daft Punk",
    "turn the speaker off, I'm off down the pub",
    "wot's the traffic like on the A13",
]

"""Writer 343, an Aberdeen (Doric) granny, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="fa wis I listenin tae maist last week, the band I mean",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="fit like speaker, fa's ma number een singer this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="ma grandloon says I'm fair obsessed wi some band, fa is it then",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="tell's ma top three bands since October, ken",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="the last thirty days noo, fa's been ma favourite artist",
        family="top_artists",
        period="last_30_days",
    ),
    # top_tracks
    Fresh(
        text="fit's the song I've had on the maist this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="gie's ma five maist played tunes o a' time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="fit wis ma favourite song last summer, the een I had on maist",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="in the kitchen, far the speaker is, fit song gets played maist",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="fit record hiv I played maist in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="ma favourite album ower the last three month, fit is it",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="which album wis I hooked on in September, I canna mind",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="fit's ma go tae podcast these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="fit podcast did I listen tae maist this year, quine",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="since March noo, fit talkin programme, a podcast ken, hiv I had on the maist",
        family="top_podcasts",
        period="since_march",
    ),
    # listening_time
    Fresh(
        text="foo lang hiv I had the music on the day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="foo muckle time did I spend listenin last month, in hours like",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="foo mony hours o thon podcasts did I hear this week",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="fit like, foo lang wis the wireless gaun yestreen",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="foo lang did we hae music playin last weekend, me an the loon",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="ower the past twa weeks, foo lang hiv I been listenin a'thegither",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="foo mony songs hiv I played the day",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="foo mony things did I play a'thegither in October",
        family="plays",
        period="october",
    ),
    Fresh(
        text="foo mony podcast episodes did I hear last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="the last seeven days, foo mony tunes is that I've played",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="foo mony different bands hiv I listened tae this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="foo mony singers div I hae in ma history a'thegither",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="in the summer fit number o different artists did I hear, roughly",
        family="artists_count",
        period="summer",
    ),
    # songs_count
    Fresh(
        text="foo mony different songs did I play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="since Monday foo mony separate tunes hiv I had on, nae coontin the same een twice",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="foo mony different songs hiv I ever played, dae ye ken",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="foo mony times hiv I played Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="foo aften did I hae yon Daft Punk on last week",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="foo muckle Queen hiv I had on this year, ken",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="that Eres by Café Tacvba, foo mony times hiv I played it",
        family="play_count",
        period="all_time",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="foo mony times hiv I played the Proclaimers",
        family="play_count",
        period="all_time",
        name="The Proclaimers",
    ),
    # did_i
    Fresh(
        text="did I hear ony Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hiv I listened tae The Daily this mornin or nae",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="ony Air the day afore yesterday, did I hae it on",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="did I play Don't Stop Me Now last Friday",
        family="did_i",
        period="last_friday",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="did I listen tae ony Andy Stewart last year",
        family="did_i",
        period="last_year",
        name="Andy Stewart",
    ),
    Fresh(
        text="on Saturday did we hae Sexy Boy on, thon Air song",
        family="did_i",
        period="saturday",
        name="Sexy Boy by Air",
        person="we",
    ),
    # what_played
    Fresh(
        text="fit wis I listenin tae yesterday evenin",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="fit did I hae on this efternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="fit music wis on last nicht",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="fit did we listen tae on November the third",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="run's through fit I've played this week, quine",
        family="what_played",
        period="this_week",
    ),
    Fresh(
        text="back in August fit wis I playin, I canna mind at a'",
        family="what_played",
        period="august",
    ),
    # playing_at
    Fresh(
        text="fit wis on at quarter tae echt last nicht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="fit wis playin at echt o'clock this mornin",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="at hauf past five this efternoon, fit song wis that",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="fit wis on the wireless at twal o'clock on Wednesday",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="last Friday at nine at nicht, fit wis I listenin tae",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="yesterday aboot ten past echt at nicht fit wis on",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="fit kind o music am I intae, wid ye say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="ma grandquine wints tae ken fit sort o tunes I like, tell her",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="fit's ma taste been like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="fit time o day div I maistly hae music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="fan div I usually listen, fit hour an fit day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="fit's ma busiest day o the week for listenin, an fit time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hiv I come across ony new bands lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="fa did I hear for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="ony new singers this month that I hidna heard afore",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="foo aften div I skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="div I skip a lot, like foo mony o them dae I skip oot o a' I play",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="fit's ma skip rate this month",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="div I play the same tunes ower an ower",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="foo muckle repeatin did I dae last month, same songs again an again",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="foo mony days in a row hiv I listened noo",
        family="streak",
    ),
    Fresh(
        text="fit's ma streak, foo mony days on the trot",
        family="streak",
    ),
    # first_play
    Fresh(
        text="fan did I first listen tae Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="fan wis the first time Bohemian Rhapsody wis played here",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="fan did I first play ony Runrig",
        family="first_play",
        name="Runrig",
    ),
    # last_play
    Fresh(
        text="fan did I last hae Air on",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="Digital Love, fan wis the last time I heard it",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="fan did I last listen tae The Daily, ken the news een",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="fit wis the last song I played",
        family="last_song",
    ),
    Fresh(
        text="the last tune that wis on, fit wis it ca'd again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="fit did I wak up tae the day",
        family="first_today",
    ),
    Fresh(
        text="fit wis the first tune I pit on the day",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="fit wis the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="last Friday, fit did I start aff wi",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="fit wis the very first tune I played in October",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="fit did I finish up wi last nicht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="the last song on Saturday, fit wis it",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="fit wis the last thing I played the day afore yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="fit song div I skip the maist",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which tune am I aye skippin past, the een I canna thole",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="fa's the band I skip maist",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="fit singer div I aye skip ower, I'm nae keen on them seemingly",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="fit song am I playin ower an ower these days",
        family="on_repeat",
    ),
    Fresh(
        text="ma grandloon says I've a song on repeat, fit een is it",
        family="on_repeat",
    ),
    Fresh(
        text="fit tune can I nae stop playin",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gie's a rundown o ma listenin",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="foo's ma week been for listenin, tell's",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="fit like wis ma October, the listenin I mean",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gie's ma year in review, quine",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="tell's foo twenty twenty five went, ma listenin like",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="am I mair o a mornin listener or an evenin een",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="div I listen mair in the efternoon or at nicht",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="div I hae mair music on at the weekend or throu the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekdays or weekends, fan div I listen mair",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play some Daft Punk in the kitchen",
    "turn that music up a bittie",
    "turn it doon, it's affa loud",
    "fit's this song that's on the noo",
    "fa's singin this",
    "skip this een, I canna thole it",
    "pause the podcast, the kettle's bilin",
    "next song",
    "pit the kitchen licht aff",
    "play the album Discovery",
    "stop the music",
    "pit it on shuffle",
    "repeat this song",
    "set a timer for twenty minutes for ma scones",
    "fit's the weather gaun tae be like in Aberdeen the morn",
    "is it gaun tae rain the day",
    "add tatties tae the shoppin list",
    "pit the heatin up, it's jeelin",
    "fit am I listenin tae richt noo",
    "fit's playin in the kitchen",
    "play The Daily",
    "play Bohemian Rhapsody loud",
    "group the kitchen speaker wi the livin room een",
    "play the next episode o The Daily",
    "go back a song",
    "start this song again fae the beginnin",
    "fit time is it",
    "turn aff the radio",
    "play Radio Scotland",
    "set an alarm for seeven the morn's mornin",
    "fit's the temperature in the hoose",
    "play something cheery for a dreich day",
    "mute the speaker",
    "louder, I canna hear it ower the hoover",
    "fit album is this fae",
    "play a bit o Queen in the kitchen",
    "play some Scottish fiddle music",
    "lock the front door",
    "remind me tae phone ma sister at fower",
    "stop the podcast at the end o this episode",
    "play Moon Safari by Air",
    "turn the volume doon tae five",
    "far's ma phone, gie it a ring",
    "fit's on the telly the nicht",
]

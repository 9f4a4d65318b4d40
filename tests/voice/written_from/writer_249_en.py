"""Writer 249, a Jamaican-born grandmother in London, warm and wandering, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who mi did listen to di most last week, eh?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="tell mi nuh, which singer mi play di most dis year, mi memory nah so good again",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who was mi favourite artist last summer, mi cyaan remember for di life of mi",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="which band mi obsessed wid lately? di pickney dem say mi always on di same one",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in di last seven days now, who mi play di most",
        family="top_artists",
        period="last_7_days",
    ),
    # top_tracks
    Fresh(
        text="wah song mi play di most dis month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name mi three most played tunes of all time, darlin",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="mi number one tune inna twenty twenty five, which one it did be?",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="five top songs since March, go on, read dem out fi mi",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    # top_albums
    Fresh(
        text="which album mi play di most, from di very start till now",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="wah record mi did have on di most in October",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="mi favourite album dis summer gone, which one it was? di one wid di sunshine feeling",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="which podcast mi hooked on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="di talking programme dem, di podcast, which one mi listen to di most dis year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="mi go-to podcast of all time, wah it is?",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how much time mi spend listening today, hours and minutes and ting",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how long di music did run inna di kitchen yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how many hours of podcast mi listen to dis month, mi did have dat Daily man on nuff",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="tell mi how long we did have di music going last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="over di past two weeks, how long mi been listening altogether",
        family="listening_time",
        period="last_2_weeks",
    ),
    Fresh(
        text="dis afternoon, how long mi did have di tunes playing whilst mi cook",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs mi play dis morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many tings mi did play last week altogether, songs, podcast, everyting",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="how many episode of di podcast mi hear since October",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="count up how many tune mi play in di last thirty days",
        family="plays",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="last three months, how many tracks mi did put on? a whole heap, mi sure",
        family="plays",
        period="last_3_months",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different singers mi listen to dis year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different artist mi hear last month",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="so how many different bands mi play ever, all told",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs mi play dis week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="in September, how many different tunes mi did hear",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="how much different song we listen to last month inna di house",
        family="songs_count",
        period="last_month",
        person="we",
    ),
    # play_count
    Fresh(
        text="how many time mi play Bohemian Rhapsody dis year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen mi did have on dis week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how many time mi listen to dat Daily podcast last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how much time mi play di one more time song by daft punk, ever in mi life",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Bob Marley, how many time mi play him dis year? nuff, mi sure",
        family="play_count",
        period="this_year",
        name="Bob Marley",
    ),
    # did_i
    Fresh(
        text="mi did listen to any Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did mi hear sexy boy by air dis week",
        family="did_i",
        period="this_week",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="dat Mexican band, Cafe Tacuba, mi play any of dem lately?",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="mi did put on Radiohead last year? mi grandson swear blind mi did",
        family="did_i",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="any Daft Punk in August? mi did have a likkle dance in di summer",
        family="did_i",
        period="august",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="wah mi was listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="remind mi what mi did play on Saturday, mi head full up",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what music did we have on last Friday",
        family="what_played",
        period="last_friday",
        content="music",
        person="we",
    ),
    Fresh(
        text="di day before yesterday, wah mi listen to?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="since Monday, run mi through wah mi been hearing",
        family="what_played",
        period="since_monday",
    ),
    Fresh(
        text="wah mi did hear last night before mi go a bed",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="wah was playing at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on in di kitchen dis morning round half past eight",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="dis afternoon at five o'clock, wah tune was going",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="at ten past eight yesterday evening, what song was dat, mi did like it",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="what kind of music mi really into, tell mi true",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how yuh would describe mi taste in music, eh",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wah sort of sound mi like dese days",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="what time of day mi usually listen to music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of di week mi play di most tunes, and what hour",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when mi most likely to be listening, generally speaking, wah hour",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="mi discover anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new singer mi hear for di first time dis month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists mi hear first time dis year, di fresh one dem",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often mi skip, eh? mi finger quick pon dat button",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="mi skip plenty dis month or wah",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="wah mi skip rate is",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how much mi did skip last week",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="mi play di same tune dem over and over, how much",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much mi repeat songs dis year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="wah mi repeat rate like lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row mi been listening",
        family="streak",
    ),
    Fresh(
        text="mi streak, how many day straight mi play something",
        family="streak",
    ),
    Fresh(
        text="how long mi keep it going every single day without a break",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when mi first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was di first time mi hear dont stop me now",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when mi start listening to The Daily, how far back",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="The Weeknd, when mi first play him? mi granddaughter put him on one time",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when was di last time mi play Bohemian Rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when mi last hear any Air",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="last time mi put on Cuatro Caminos, when dat was",
        family="last_play",
        name="Cuatro Caminos",
    ),
    # last_song
    Fresh(
        text="wah was di last song mi play",
        family="last_song",
    ),
    Fresh(
        text="di last tune mi had on, wah it name again",
        family="last_song",
    ),
    Fresh(
        text="di very last song mi listen to, which one dat",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what mi wake up to dis morning",
        family="first_today",
    ),
    Fresh(
        text="wah was di first song mi play today",
        family="first_today",
    ),
    Fresh(
        text="first ting mi put on today, wah it was",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song mi play yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="wah song mi start off wid last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was di first tune mi play on November third",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="wah mi open up di week wid, di first song dis week",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="wah mi end off wid last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="di last song mi play on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what was di last tune mi hear last year",
        family="last_in",
        period="last_year",
    ),
    Fresh(
        text="last song mi play day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song mi skip di most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wah tune mi always skipping",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="di song mi cyaan stand, di one mi skip most, which one",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which singer mi skip di most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who mi always skipping past, which artist",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which band mi skip most dis year",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="wah song mi have on repeat dese days",
        family="on_repeat",
    ),
    Fresh(
        text="which tune mi cyaan stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="wah on heavy rotation fi mi, di song mi keep going back to",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how mi week go in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give mi a rundown of mi listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="run mi through mi year, di whole ting from top",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how was October for mi music, good or wah",
        family="recap",
        period="october",
    ),
    Fresh(
        text="fill mi in on last month listening",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="mi listen more inna di morning or di evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I a morning or a night person wid mi music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="afternoon or evening, when mi play more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="mi play more music on di weekend or during di week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekday or weekend, when mi listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="mi listen more Saturday and Sunday dan di working days?",
        family="compare_week",
        period="all_time",
    ),
    # Ada by name, and a few more periods
    Fresh(
        text="how much music Ada did play last month, dat's mi, yuh know",
        family="listening_time",
        period="last_month",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="in di kitchen, wah song get played di most",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="November third, wah mi did listen to dat day",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="listened to much Queen dis year?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
]

NEGATIVES = [
    "play some Daft Punk inna di kitchen",
    "turn up di music, mi cyaan hear it",
    "wah song dis is, playing now",
    "skip dis one, mi nuh like it",
    "pause di podcast, di kettle boiling",
    "next track in di living room",
    "turn off di kitchen light, darlin",
    "play di album Discovery",
    "volume down, di pickney dem sleeping",
    "shuffle di music nuh",
    "put dis song on repeat",
    "group di kitchen speaker wid di front room one",
    "set a timer fi forty minutes, mi have cake inna di oven",
    "wah di weather like today, mi need mi brolly?",
    "put ackee and saltfish on di shopping list",
    "turn up di heating, mi cold bad",
    "wah mi listening to right now",
    "who sing dis tune playing now",
    "play The Daily",
    "play Bohemian Rhapsody by Queen",
    "stop di music",
    "louder, louder, mi love dis one",
    "turn it down a likkle bit",
    "play some reggae fi mi",
    "play Bob Marley in di kitchen",
    "wah playing in di kitchen",
    "play di next episode of The Daily",
    "go back to di song before",
    "set di alarm fi seven o'clock",
    "wah time it is now",
    "call mi daughter Marcia",
    "mute di speaker in di bedroom",
    "resume di music",
    "play something nice and quiet fi mi",
    "turn off repeat",
    "add milk and hard dough bread to di shopping list",
    "how long left on mi timer",
    "set di thermostat to twenty two",
    "play dat song again",
    "turn on di kitchen speaker and di living room speaker together",
    "play Justice D.A.N.C.E.",
    "shuffle Moon Safari",
    "stop di podcast when dis episode done",
    "what's di temperature outside",
    "turn off all di lights downstairs",
]

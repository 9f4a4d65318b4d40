"""Writer 489, a bus conductor from Barbados speaking Bajan English, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who I did listen to de most last week, tell me nuh",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="in truth wuh artist I been playin de most dis year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who I been obsessed wid lately, cheese on bread I cyan stop",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="gimme muh top three artists from October gone",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="in de kitchen now, who does get play de most since March",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="wuh song I play de most dis month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name me muh five most play tunes fuh de year so far",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="de song of de summer fuh me wuh it was",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="which tune we had on de most in de house last week",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wuh is Ada favourite song of all time",
        family="top_tracks",
        period="all_time",
        person="Ada",
    ),
    Fresh(
        text="three songs, de ones I play most de last seven days, call dem out fuh me",
        family="top_tracks",
        period="last_7_days",
        count=3,
    ),
    # top_albums
    Fresh(
        text="wuh album I play de most ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="de record I had on de most in September which one",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="which album I was hooked on lately in truth",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="wuh podcast I does listen to most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="de show I was hooked pon dis year, which one",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="top podcast fuh me last year",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="how long I had music on today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how much hours I listen fuh de last thirty days",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="how much time we spend listenin yesterday",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="dem podcasts how long dey play dis week",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="total hours of listenin I put in fuh twenty twenty five",
        family="listening_time",
        period="in_2025",
    ),
    # plays
    Fresh(
        text="how much tunes I play dis morning before I gone on de bus",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how much times de speaker play sumting since Monday",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episodes I listen to last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="count up all de songs I play over de last seven days",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how much different artists I listen to dis year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands I hear in August",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="in truth how much different singers an bands we had on last month",
        family="artists_count",
        period="last_month",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how much different songs I play dis week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many separate tunes I hear since October",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="different tracks, how much of dem I play altogether ever",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how much times I play Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen I had on dis week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="de Daily, how much episodes I listen to dis month",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    Fresh(
        text="how much times I play dat daft punk one more time song last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Rihanna, how much times I play she dis year",
        family="play_count",
        period="this_year",
        name="Rihanna",
    ),
    # did_i
    Fresh(
        text="I listen to any Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="I hear Air at all last weekend",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="I play cafe tacuba in de last three months or not",
        family="did_i",
        period="last_3_months",
        name="Café Tacvba",
    ),
    Fresh(
        text="I ever listen to Alison Hinds on dis ting",
        family="did_i",
        period="all_time",
        name="Alison Hinds",
    ),
    Fresh(
        text="don't stop me now, I had dat on de day before yesterday?",
        family="did_i",
        period="day_before_yesterday",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="we play any digital love Saturday gone",
        family="did_i",
        period="saturday",
        name="Digital Love",
        person="we",
    ),
    # what_played
    Fresh(
        text="wuh I was listenin to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wuh music I play last Friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="run me through wuh play on November third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="wuh we had on de day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="dis afternoon wuh I listen to while I was on break",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="wuh was playin at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wuh song was on at ten past eight dis morning",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="round about twelve o'clock last Friday wuh was on",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    Fresh(
        text="wuh play at nine o'clock Wednesday night",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="quarter past five dis evening wuh I had on in de kitchen",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="wuh kind of music I does like, in truth",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe muh taste fuh me nuh",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wuh sort of vibe I been on lately",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="wuh time of day I does usually play music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of de week I does listen de most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when I does mostly have de speaker goin, wuh hour an wuh day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="I discover anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists I start listenin to dis month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="fresh singers I hear fuh de first time in de last three months, who dem is",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="how much times I does skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wuh muh skip rate dis week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="I does skip nuff? how often I skip tings last month",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="how much I does replay de same tunes over an over",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wuh muh repeat rate fuh dis year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="I was playin de same ting again an again in October or wuh",
        family="repeat",
        period="october",
    ),
    # streak
    Fresh(
        text="how much days straight I been listenin now",
        family="streak",
    ),
    Fresh(
        text="muh streak, how long it is, days in a row I had de speaker on",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when I first hear Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="de first time I ever play Eres, when dat was",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when Café Tacvba first turn up in muh history",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="when last I play Sexy Boy",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when I last listen to de Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when last I had on Rupee",
        family="last_play",
        name="Rupee",
    ),
    Fresh(
        text="last time I play around de world by daft punk, when",
        family="last_play",
        name="Around the World by Daft Punk",
    ),
    # last_song
    Fresh(
        text="wuh song I play last",
        family="last_song",
    ),
    Fresh(
        text="remind me de last tune I had on, I forget de name",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wuh I wake up to dis morning",
        family="first_today",
    ),
    Fresh(
        text="first song I play today wuh it was",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I play yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="wuh I start off wid Saturday gone",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="de very first tune I put on in October",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="wuh I end off wid last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song I play last night before I went to bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="on November third de last ting I listen to, wuh it was",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="which song I does skip de most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="de tune I always passin over, which one dat is",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I does skip de most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who I does cut off quick quick every time, which band",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wuh song I got on repeat dese days",
        family="on_repeat",
    ),
    Fresh(
        text="de tune I cyan stop playin wuh it is",
        family="on_repeat",
    ),
    Fresh(
        text="wuh on heavy rotation by me right now",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how muh week went in music",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="gimme a rundown of muh listenin",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="year in review fuh me nuh",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on how last month went wid de listenin",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="wuh we summer was like, de recap",
        family="recap",
        period="summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="I is more a morning or a evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="I does play more music in de mornings or de nights",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="afternoon or evening, when I does listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="I does listen more on weekdays or on de weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend or during de week, when I play more tunes",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play Daft Punk in de kitchen nuh",
    "turn up de music, I cyan hear nuttin",
    "wuh song dis is playin now",
    "skip dis tune man",
    "pause de podcast a minute",
    "next track in de living room",
    "turn off de kitchen light",
    "play de album Discovery",
    "put on some Queen fuh me",
    "volume down to four",
    "shuffle de songs",
    "put repeat on fuh dis one",
    "group de kitchen speaker wid de living room one",
    "set a timer fuh ten minutes fuh de flying fish",
    "wuh de weather gine be like in Berlin",
    "cheese on bread, de music too loud, turn it down",
    "turn de heat up two degrees, I freezin",
    "wuh I listenin to right now",
    "who singin dis song",
    "stop de music",
    "play de latest episode of de Daily",
    "resume de podcast from where it stop",
    "play D.A.N.C.E. by Justice loud loud",
    "turn off de speaker in de kitchen",
    "lower de bass a lil bit",
    "wunna turn dat music down, I on de phone",
    "wake me up at five fuh de early bus",
    "set a alarm fuh half past five",
    "play sumting sweet in de kitchen",
    "go back to de song before dis one",
    "how much time left on dis song",
    "wuh album dis song from",
    "stop playin in de kitchen",
    "play music in every room",
    "disconnect de bluetooth",
    "it gine rain today or wuh",
    "put de Daily on in de kitchen",
    "fast forward thirty seconds",
    "turn on de kitchen lights bright bright",
    "switch off everyting, I gone to work",
    "how long left on de timer",
    "add milk an bread to de shopping list",
    "play Air on de kitchen speaker",
    "mute de kitchen",
    "who sing dis, tell me quick",
    "play Bohemian Rhapsody from de start",
]

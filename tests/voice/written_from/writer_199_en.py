"""Writer 199, an older man who mixes Jamaican Patois into English, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="yow, who mi did play di most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wah artist mi rate di most dis year, eh?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="mi number one singer fi October, who dat?",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="which band mi cyaan stop play these days, tell mi nuh",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="tell mi mi top three artist dem of all time",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="inna di kitchen, who get di most play since March",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="who wi did play di most last year, di whole house",
        family="top_artists",
        period="last_year",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="wah song mi play di most dis month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="gimme mi five most played chune fi di summer",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="song of di year, which one it be fi mi?",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="mi favourite track last summer, yuh memba it?",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="which chune Ada play di most since October",
        family="top_tracks",
        period="since_october",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="wah album mi did play out di most dis year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which record mi wear out di most, of all time?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="mi two favourite album inna September, tell mi",
        family="top_albums",
        period="september",
        count=2,
    ),
    Fresh(
        text="bwoy, which album mi deh pon heavy these days",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="which podcast mi listen to most dis year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="wah show mi hooked pon, podcast wise?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="mi go-to podcast last month, which one dat was",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="how long mi listen music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="bwoy, how many hour mi spend wid di speaker on dis week?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how much music wi did have on last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="total time mi listen inna di last thirty days, wah it come to",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="how many minute a podcast mi hear dis month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="yesterday evening now, how long di music did run",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    # plays
    Fresh(
        text="how much chune mi play off so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many ting mi play since Monday, everyting, music an podcast",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="di number a play dem inna August, wah it come to",
        family="plays",
        period="august",
    ),
    Fresh(
        text="how many track wi did play las Friday",
        family="plays",
        period="last_friday",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many episode a podcast mi play dis year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how much different artist mi listen to dis month",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="how many singer an band mi hear inna di last three month",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="count up di artist dem fi mi, all a dem ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different chune mi play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="inna twenty twenty five, how many separate song mi did hear",
        family="songs_count",
        period="in_2025",
    ),
    Fresh(
        text="how much different track dem since October, mi a wonder",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how much time mi play Bohemian Rhapsody dis week",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much time Queen play inna di kitchen dis year",
        family="play_count",
        period="this_year",
        name="Queen",
        room="kitchen",
    ),
    Fresh(
        text="One More Time by Daft Punk, how much time mi run it last month?",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how much Justice mi have on lately",
        family="play_count",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="how much time mi ever play Toots and the Maytals",
        family="play_count",
        period="all_time",
        name="Toots and the Maytals",
    ),
    Fresh(
        text="di Daily, how much time mi listen it dis month",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    Fresh(
        text="how much time mi spin Moon Safari inna September",
        family="play_count",
        period="september",
        name="Moon Safari",
    ),
    # did_i
    Fresh(
        text="mi did listen any Air yesterday?",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="yuh tink mi play cafe tacuba last summer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="mi hear di Daily dis mawnin or nuh?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="mi play any Bob Marley last week",
        family="did_i",
        period="last_week",
        name="Bob Marley",
    ),
    Fresh(
        text="Da Funk, mi play dat one since Monday?",
        family="did_i",
        period="since_monday",
        name="Da Funk",
    ),
    Fresh(
        text="mi did put on Don't Stop Me Now pon Saturday",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wi did play any Daft Punk di day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="listen to any Queen lately?",
        family="did_i",
        period="lately",
        name="Queen",
    ),
    # what_played
    Fresh(
        text="wah mi did a listen to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run mi through wah play last night nuh",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="wah music mi have on dis afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="pon November third, wah mi did listen",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="wah play inna di kitchen pon Saturday",
        family="what_played",
        period="saturday",
        room="kitchen",
    ),
    Fresh(
        text="mi cyaan memba, wah mi listen to di day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    # playing_at
    Fresh(
        text="wah did a play ten past eight last night",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="wah chune was on at eight o'clock dis mawnin",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="round about half past five today, wah was playing",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="Wednesday night nine o'clock, wah mi did have on?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="wah was playing twelve noon pon Tuesday",
        family="playing_at",
        moment="2026-11-17 12:00",
    ),
    Fresh(
        text="yesterday, quarter past eight inna di night, wah song dat was",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="wah was on inna di kitchen half past eight dis mawnin",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="wah kinda music mi into? describe it fi mi",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how yuh would sum up mi taste inna music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="tell mi wah style a music mi like, going by wah mi play",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wah sort a vibes mi deh pon dis year, mi taste, yuh understand",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="wah time a day mi usually play music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day a di week mi listen di most, an which hour?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when mi usually have di speaker going",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artist mi discover lately?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who mi hear fi di first time dis month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which singer dem new to mi dis year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="mi find anybody new last month or nuh",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often mi skip tings",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="mi skip rate dis month, wah it look like",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how much time mi did skip last week, out a all di play dem",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="mi replay di same ting too much? wah mi repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much mi a run di same chune dem over an over dis year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="mi repeat rate since March",
        family="repeat",
        period="since_march",
    ),
    # streak
    Fresh(
        text="how many day inna row mi a listen now",
        family="streak",
    ),
    Fresh(
        text="mi streak, how long it deh, days straight mi play someting",
        family="streak",
    ),
    Fresh(
        text="bwoy mi nuh miss a day? how many day back to back mi a listen",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when mi first hear Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when Eres by Café Tacvba first show up inna mi history",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="di first time mi ever play Digital Love, when dat was",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="when mi first listen Beres Hammond",
        family="first_play",
        name="Beres Hammond",
    ),
    # last_play
    Fresh(
        text="when mi last play Sexy Boy",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="last time mi hear di Daily, when was dat",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Queen, when mi did last have dem on?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when last mi play dat album Homework",
        family="last_play",
        name="Homework",
    ),
    # last_song
    Fresh(
        text="wah was di last song mi play",
        family="last_song",
    ),
    Fresh(
        text="di last chune mi did put on, wah it name",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wah mi wake up to today",
        family="first_today",
    ),
    Fresh(
        text="first song mi play today, wah it was",
        family="first_today",
    ),
    Fresh(
        text="today, di very first ting mi put on, which song",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song mi play yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="wah mi did start off wid last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="di first chune dis month, which one",
        family="first_in",
        period="this_month",
    ),
    Fresh(
        text="how mi did start off di year, di first song inna twenty twenty six",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="wah mi did end off wid last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song mi play pon Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="di last chune yesterday, wah it was again?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last ting mi play inna October",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song mi skip di most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="di chune mi always a skip, which one dat",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist mi skip di most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who mi always a pass over, which singer mi skip pon di most",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wah song mi have pon repeat dese days",
        family="on_repeat",
    ),
    Fresh(
        text="which chune mi cyaan stop play",
        family="on_repeat",
    ),
    Fresh(
        text="wah deh inna heavy rotation fi mi right now",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how mi week did go inna music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gimme a rundown a mi listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="run mi through mi year, di whole review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill mi in pon how last month did go, music wise",
        family="recap",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="summary a wi listening last week",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="tell mi bout mi summer, wah it was like listening wise",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="mi listen more inna di morning or di evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mi a morning listener or a night one, wah yuh say",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mawnin or afternoon, when mi play more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="mi play more pon di weekend or inna di week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekday versus weekend, which one mi listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="dis year, mi did listen more weekend or weekdays?",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "play some Daft Punk inna di kitchen fi mi",
    "turn up di music likkle bit",
    "wah a play inna di kitchen right now",
    "wah song dis",
    "skip dis chune, mi nuh like it",
    "pause di podcast",
    "next track inna di living room",
    "turn off di kitchen light dem",
    "play di album Discovery",
    "volume down to five",
    "shuffle di music nuh",
    "put it pon repeat",
    "group di kitchen speaker wid di living room one",
    "set a timer fi twenty minute, mi have rice pon di fire",
    "wah di weather a go do tomorrow",
    "put ackee pon di shopping list",
    "turn up di heat, it cold bad",
    "wah mi a listen to right now",
    "play Bohemian Rhapsody",
    "stop di music",
    "play di Daily, di newest episode",
    "who sing dis song",
    "play some reggae inna di kitchen",
    "louder, mi cyaan hear",
    "turn it down, di pickney dem sleeping",
    "go back to di song before",
    "add milk an bread to di list",
    "set alarm fi six o'clock tomorrow mawnin",
    "it a go rain today?",
    "play Justice Cross album inna di kitchen",
    "wah time it is",
    "resume di music",
    "put di thermostat pon twenty two",
    "play di radio",
    "mute di speaker",
    "wah album dis song come from",
    "mi like dis song, save it",
    "turn off repeat",
    "play someting fi relax",
    "fast forward di podcast thirty second",
    "how much time lef pon di timer",
    "switch on di kitchen light",
    "play Queen Don't Stop Me Now loud",
    "stop playing inna all di room dem",
    "wah di temperature outside",
    "play di next episode a di Daily",
]

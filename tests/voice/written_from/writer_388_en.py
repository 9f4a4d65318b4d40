"""Writer 388, a Jamaican woman in Kingston (Jamaican English with some patois), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who mi did listen to di most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="mi number one artist fi dis year, who dat?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wah artist mi did a rinse out di most inna October",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="tell mi mi top three artists since March nuh",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="which band mi obsessed wid lately?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="inna di kitchen, which artist mi play di most, of all time",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="over di past two weeks who mi favourite artist been",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="wah song mi play di most dis month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="mi song of di summer, which one it did be?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="gimme mi five most played tunes fi last year",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="which chune mi did have pon blast di most last weekend",
        family="top_tracks",
        period="last_weekend",
    ),
    Fresh(
        text="what was our most played song last month",
        family="top_tracks",
        period="last_month",
        person="we",
    ),
    # top_albums
    Fresh(
        text="which album mi play di most, ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="di record mi did love up di most in September, wah it name",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="mi top two albums fi di last three months",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast mi hooked pon these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="mi go-to podcast dis year, a which one",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="wah show mi listen to di most in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how long mi did have music on today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how much hours mi listen last week, total",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how many minutes a podcast mi listen to dis month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long we did have di music a play yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="hours of music fi di last 30 days, how much dat come to",
        family="listening_time",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="how many hours Ada spend a listen since October",
        family="listening_time",
        period="since_october",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many tune mi play dis morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many tings mi play altogether yesterday evening",
        family="plays",
        period="yesterday_evening",
    ),
    Fresh(
        text="so how many streams mi rack up dis year",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="how many episode mi play since Monday",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="number of songs wi play last weekend",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artist mi listen to dis month",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="how much different singer and band mi hear last year",
        family="artists_count",
        period="last_year",
    ),
    Fresh(
        text="count up all di artiste dem mi play in August, how many",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="how many different songs mi play di past seven days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="how much different chune mi go through since March",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="how many different tracks we listen to inna October",
        family="songs_count",
        period="october",
        person="we",
    ),
    # play_count
    Fresh(
        text="how much time mi play Bohemian Rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times mi did play dat daft punk one more time song dis month",
        family="play_count",
        period="this_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Queen, how much mi play dem dis week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how many times mi play Beenie Man ever",
        family="play_count",
        period="all_time",
        name="Beenie Man",
    ),
    Fresh(
        text="how often di Daily did play last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="mi listen to any Justice lately?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="yuh tink mi did play Air yesterday",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="did mi hear any Bob Marley dis year",
        family="did_i",
        period="this_year",
        name="Bob Marley",
    ),
    Fresh(
        text="eres by cafe tacuba, mi play it last week?",
        family="did_i",
        period="last_week",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="mi did put on Discovery at all inna September",
        family="did_i",
        period="september",
        name="Discovery",
    ),
    Fresh(
        text="any Daily episode di day before yesterday?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="wah mi did a listen to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run mi through wah play last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="wah music mi had on pon Saturday",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="what was on inna di kitchen dis afternoon",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="fill mi in pon wah we listen to November third",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="wah mi did play last night, mi cyaan remember",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="wah did a play yesterday round quarter to eight inna di evening",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on at ten past eight dis morning",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="which song did deh pon at five past five dis evening",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="wah mi was listening to Wednesday night bout nine o'clock",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="twelve noon yesterday, wah did a play",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    # taste
    Fresh(
        text="wah kinda music mi really into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe mi taste fi mi nuh",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wah mi taste stay like dis year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="wah time a day mi usually listen to music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day a di week an wah hour mi most time a listen",
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
        text="mi discover anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which new artist mi find dis year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any fresh artiste mi hear fi di first time last month?",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often mi skip tunes",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wah mi skip rate look like dis week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="out a everyting mi play last month, how much mi skip",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="mi repeat rate, how it stay",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much mi a play di same ting over and over dis year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days straight mi been listening",
        family="streak",
    ),
    Fresh(
        text="mi streak, how long it a run now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when mi first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when Sexy Boy first show up inna mi history",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="first time mi ever play Koffee, when dat was",
        family="first_play",
        name="Koffee",
    ),
    # last_play
    Fresh(
        text="when last mi play Dont Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time mi did hear Café Tacvba",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when mi last put on di Daily",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="wah was di last song mi play",
        family="last_song",
    ),
    Fresh(
        text="di last chune mi did have on, wah it name again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wah mi wake up to dis morning",
        family="first_today",
    ),
    Fresh(
        text="first song mi play today, which one",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first tune mi play yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="wah mi start off wid pon Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="wah song open up mi day pon November third",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="wah mi end off wid last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song mi play di day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wah was di very last ting mi play last night before mi go bed",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="which song mi skip di most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="di chune mi always a skip, wah it name",
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
        text="who mi always a skip past, which singer",
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
        text="wah deh pon heavy rotation fi mi right now",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how mi week inna music go",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gimme mi year inna review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give mi a rundown a mi listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how October did go fi mi, music wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="recap last summer fi mi, di whole ting",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="mi listen more inna di morning or di evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="a morning or night listener mi be?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="mi play more music weekend time or inna di week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekdays versus weekends, when mi listen more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play some Daft Punk inna di kitchen",
    "turn up di music likkle bit",
    "wah song dis a play?",
    "skip dis chune man",
    "pause di podcast fi mi",
    "next track inna di living room",
    "turn off di kitchen light",
    "play di album Discovery",
    "put on Queen nuh",
    "volume down to five",
    "shuffle mi playlist",
    "put dis song pon repeat",
    "group di kitchen speaker wid di living room one",
    "set a timer fi twenty minutes, mi have rice pon di stove",
    "wah di weather a go do later",
    "add ackee to di shopping list",
    "set di heat to twenty-one degrees",
    "wah mi listening to right now",
    "who sing dis song?",
    "play The Daily",
    "stop di music",
    "louder nuh, mi cyaan hear",
    "play Bohemian Rhapsody inna di kitchen",
    "turn off shuffle",
    "play di next episode",
    "resume di podcast",
    "go back one song",
    "wah a play inna di kitchen right now",
    "mute di speaker",
    "play some reggae",
    "play Justice, loud",
    "it a go rain today?",
    "set alarm fi six o'clock tomorrow morning",
    "turn on di lights inna di bedroom",
    "play Air inna di bedroom",
    "like dis song",
    "add dis chune to mi playlist",
    "which album dis song come from",
    "skip forward thirty seconds",
    "dim di kitchen light dem",
    "play di radio",
    "stop di music inna twenty minutes",
    "how much time lef pon di timer",
    "move di music to di kitchen speaker",
    "play sumn nice fi mi nuh",
    "lock di front door",
]

"""Writer 309, a Jamaican-British grandmother in Birmingham with light patois, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who mi did listen to di most last week, bab?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Lawd, who is my number one singer this year, tell me nuh",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="which band we did have on the most in the kitchen last month",
        family="top_artists",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="who me obsessed wid lately darlin, which artist",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="three top artists since March, go on then",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="last summer who was mi go-to, which group mi couldn't leave alone",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="what song me play di most in October",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="gimme mi five most played tunes of all time, bab",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="wha' was my song of di summer eh",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="in di kitchen, which tune get played the most",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="mi favourite track over the last three months, which one it was",
        family="top_tracks",
        period="last_3_months",
    ),
    # top_albums
    Fresh(
        text="which album me did play most this month",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="what record I been spinning di most since October",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="mi favourite album ever, which one it is",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top two albums in twenty twenty five please",
        family="top_albums",
        period="in_2025",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast mi listen to di most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what talking show me hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="last year, which podcast was top fi me",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="how long me have music on today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours a tunes mi play last weekend, bab",
        family="listening_time",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="how much time me spend wid di podcasts this week, it feel like plenty",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="how long we did listen altogether in September",
        family="listening_time",
        period="september",
        person="we",
    ),
    Fresh(
        text="the last seven days, how much listening mi do, in minutes or hours whichever",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="how many songs me play this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many tings get played yesterday evening",
        family="plays",
        period="yesterday_evening",
    ),
    Fresh(
        text="how many episodes mi listen to this month, the news one an all",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="number of plays in the last thirty days please",
        family="plays",
        period="last_30_days",
    ),
    # artists_count
    Fresh(
        text="how many different singers me listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists we did have on last week, roughly",
        family="artists_count",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="count up how many different artists mi play in August",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="over di past two weeks how many different tunes mi play",
        family="songs_count",
        period="last_2_weeks",
    ),
    Fresh(
        text="how many different songs mi hear in total, all of dem",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="since Monday how much different songs me put on",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="how many times mi play Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen, how much a dem me have on this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how often dat daft punk one more time song play last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times me listen to The Daily this week",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times mi play Adele, mi love her",
        family="play_count",
        period="all_time",
        name="Adele",
    ),
    # did_i
    Fresh(
        text="me listen to any Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did I play dat Air one, sexy boy, last weekend",
        family="did_i",
        period="last_weekend",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="any cafe tacuba lately darlin?",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="did we have Queen on last Friday",
        family="did_i",
        period="last_friday",
        person="we",
        name="Queen",
    ),
    Fresh(
        text="did mi listen to any Bob Marley this year at all",
        family="did_i",
        period="this_year",
        name="Bob Marley",
    ),
    Fresh(
        text="this morning, mi hear The Daily or no?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening, mi memory nuh so good",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wha me did have on Saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what music mi play the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="tell me what we was listening to on November the third",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="what mi put on this afternoon, remind me",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="wha' song was playing round quarter to eight last night, mi cyaan remember",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what did I have on at eight o'clock this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="ten past five dis afternoon, what was playing in di kitchen",
        family="playing_at",
        moment="2026-11-20 17:10",
        room="kitchen",
    ),
    Fresh(
        text="Wednesday twelve o'clock dinnertime, what was on",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="last Saturday, nine o'clock at night, what tune me was playing",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music me like, according to you",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe mi taste, bab, be honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of tunes I into these days",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="what time of day me usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of di week me listen di most, and what hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when mi normally have di speaker going",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new singers mi discover lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who new me start listening to this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists was brand new to me last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often mi skip songs",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="mi skip a lot this week?",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="wha' my skip rate stay like",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="me play di same tunes over and over, ee?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much mi repeat songs this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="what's mi repeat rate",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row me been listening",
        family="streak",
    ),
    Fresh(
        text="how long mi streak is now, bab",
        family="streak",
    ),
    Fresh(
        text="mi keep it up every day? how many days straight",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first play Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was di first time mi hear Eres, di Spanish one",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="first time Radiohead come on, when was dat",
        family="first_play",
        name="Radiohead",
    ),
    # last_play
    Fresh(
        text="when last mi play Bohemian Rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Air, when me last hear dem",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="last time I had di Daily on, when it was",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was di last song mi play",
        family="last_song",
    ),
    Fresh(
        text="what tune me play last, mi forget already",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was di first song me play today",
        family="first_today",
    ),
    Fresh(
        text="what mi wake up to dis morning, which tune",
        family="first_today",
    ),
    Fresh(
        text="first tune today, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I play yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I start off wid last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what tune me open October wid",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="last song mi play last night before bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what I finish wid the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did we end wid last week",
        family="last_in",
        period="last_week",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="which song mi skip di most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune I always pass over, di one mi nuh want",
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
        text="who I keep skipping, which artist, tell di truth",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song me have on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what tune I cyaan stop playing, mi grandbaby say is always di same one",
        family="on_repeat",
    ),
    Fresh(
        text="which track in heavy rotation fi me right now",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of mi listening, nuh",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how mi week go, music-wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="run me through last month, bab",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="mi year in review, go on then",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how was October for us, music wise",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="me listen more in di morning or di evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more afternoon or night-time fi listening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or evenings, when me have more tunes on",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend or during di week, when mi play more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play Daft Punk in di kitchen, bab",
    "turn di music up likkle bit",
    "what's playing in di kitchen right now",
    "what song is dis, it sweet",
    "skip dis song, mi nuh like it",
    "pause di podcast, di kettle boiling",
    "next track in di living room",
    "turn off di kitchen light",
    "play di album Discovery",
    "volume down, it too loud",
    "put it on shuffle",
    "turn repeat on fi dis song",
    "group di kitchen speaker wid di front room one",
    "set a timer fi twenty minutes, mi rice on",
    "wha' di weather going be like tomorrow in Birmingham",
    "add plantain to di shopping list",
    "put di heating up to twenty-one",
    "what am I listening to right now",
    "play some Bob Marley",
    "play Queen Bohemian Rhapsody in di kitchen",
    "stop di music",
    "lower di volume in di kitchen",
    "resume di podcast",
    "play The Daily",
    "go back to di last song",
    "who sing dis one that's playing now",
    "play something nice and calm",
    "turn up di bass",
    "is it going to rain today",
    "add rice and peas to di shopping list, mi mean kidney beans",
    "set an alarm fi half six",
    "play di radio",
    "mute di speaker",
    "put on some gospel fi Sunday",
    "turn on di hallway light",
    "how long left on mi timer",
    "repeat dis song",
    "play Sexy Boy by Air",
    "shuffle mi Queen songs",
    "switch off di speaker in di bedroom",
    "next episode",
    "what time is it",
    "play music in every room",
]

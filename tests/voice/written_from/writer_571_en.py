"""Writer 571, a Trinidadian taxi driver in Port of Spain, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wham, who ah does play de most dese days?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="boy who was mih number one artist last year eh",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="tell me nah, which band ah was beating de most in October",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="who was mih top three artist for twenty twenty five",
        family="top_artists",
        period="in_2025",
        count=3,
    ),
    Fresh(
        text="in de kitchen who does get play de most, which artist",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="what song ah play de most this week boy",
        family="top_tracks",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="gimme mih top five tunes for de year so far nah",
        family="top_tracks",
        period="this_year",
        count=5,
        content="music",
    ),
    Fresh(
        text="listen nah, which track was mih favourite last month",
        family="top_tracks",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="song of de summer for me, which one it was?",
        family="top_tracks",
        period="summer",
        content="music",
    ),
    Fresh(
        text="over de past two weeks what tune ah play most oui",
        family="top_tracks",
        period="last_2_weeks",
        content="music",
    ),
    # top_albums
    Fresh(
        text="what album ah does play most",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="which record ah was beating most since March, de album I mean",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="de album ah had on most in de last three months, what it is",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="which podcast ah does listen to de most",
        family="top_podcasts",
        period="all_time",
        content="podcasts",
    ),
    Fresh(
        text="eh-eh what show ah hooked on lately, podcast wise",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    Fresh(
        text="top podcast last summer?",
        family="top_podcasts",
        period="last_summer",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="how long ah had music going today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="boy how much hours ah spend listening last week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="total time ah listen to podcast this month, in minutes",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long we had de music on in de kitchen yesterday",
        family="listening_time",
        period="yesterday",
        person="we",
        room="kitchen",
        content="music",
    ),
    # plays
    Fresh(
        text="how many song ah play today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="real talk, how much tunes ah buss since october",
        family="plays",
        period="since_october",
        content="music",
    ),
    Fresh(
        text="how many episode ah play in de last thirty days",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="how many tings we play last weekend, all together",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artist ah listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="in August, how much different band ah play",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="wham, how many artist ah hear all in all, different ones",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different song ah play last month",
        family="songs_count",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="how much different tune it have in mih history",
        family="songs_count",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="last seven days how many different tracks ah play",
        family="songs_count",
        period="last_7_days",
        content="music",
    ),
    # play_count
    Fresh(
        text="how many time ah play bohemian rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen ah had on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="is how many times dance by justice play since october",
        family="play_count",
        period="since_october",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="how many time ah play Machel Montano this year",
        family="play_count",
        period="this_year",
        name="Machel Montano",
    ),
    Fresh(
        text="count how much times de Daily play last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="ah listen to any Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="I play Eres this week or not?",
        family="did_i",
        period="this_week",
        name="Eres",
    ),
    Fresh(
        text="Air, I hear dem at all in September?",
        family="did_i",
        period="september",
        name="Air",
    ),
    Fresh(
        text="ah had on any Kes last summer",
        family="did_i",
        period="last_summer",
        name="Kes",
    ),
    Fresh(
        text="we play don't stop me now last friday?",
        family="did_i",
        period="last_friday",
        person="we",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="boy ah hear digital love de day before yesterday or I dreaming",
        family="did_i",
        period="day_before_yesterday",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="what ah was listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me tru what play dis morning nah",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what music ah had on de third of November",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what we was playing yesterday evening in de kitchen",
        family="what_played",
        period="yesterday_evening",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="what Ada was playing last week, tell me",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was playing quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wha song was on eight o'clock dis morning",
        family="playing_at",
        moment="2026-11-20 08:00",
        content="music",
    ),
    Fresh(
        text="at quarter past five dis afternoon what was on",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="around ten past eight last night what tune it was",
        family="playing_at",
        moment="2026-11-19 20:10",
        content="music",
    ),
    Fresh(
        text="Wednesday night nine o'clock, what was playing",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="last Friday round twelve midday, what was on in de kitchen",
        family="playing_at",
        moment="2026-11-13 12:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="what kind of music ah into, boy",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="describe mih taste nah, real talk",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="according to what ah does play, what sorta vibes I like",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time ah does usually listen to music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which hour and which day ah does play de most tunes",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when ah does mostly be listening, what time, what day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="ah find anybody new dis month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="what new artist ah start listening to since March",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="any new band turn up in mih playing last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often ah does skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="ah skipping plenty dis week or what",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="what's mih skip rate for October",
        family="skips",
        period="october",
    ),
    # repeat
    Fresh(
        text="how much ah does replay de same tunes over and over",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="mih repeat rate this month, what it is",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="I does play de same ting plenty times or I does mix it up",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days straight ah been listening",
        family="streak",
    ),
    Fresh(
        text="wham, how long mih streak is now, days in a row",
        family="streak",
    ),
    Fresh(
        text="how much days running ah play music without missing one",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="when ah first play Daft Punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when was de first time sexy boy play in here",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="from when ah listening to cafe tacuba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="first time ah ever play Bunji Garlin, when it was",
        family="first_play",
        name="Bunji Garlin",
    ),
    Fresh(
        text="Moon Safari, when ah first put dat on",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="when last ah play Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when last ah hear de Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when last around the world play",
        family="last_play",
        name="Around the World",
    ),
    Fresh(
        text="la femme dargent, when ah play dat last",
        family="last_play",
        name="La femme d'argent",
    ),
    # last_song
    Fresh(
        text="what was de last song ah play",
        family="last_song",
    ),
    Fresh(
        text="last tune dat play, what it was",
        family="last_song",
    ),
    Fresh(
        text="steups, ah forget already, what was de last ting ah had on",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what ah wake up to today",
        family="first_today",
    ),
    Fresh(
        text="first song ah play today, which one",
        family="first_today",
    ),
    Fresh(
        text="eh-eh, what was de very first ting on today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song ah play yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what tune ah start off with last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first ting ah play on Saturday, what it was",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="dis morning, what ah open up with",
        family="first_in",
        period="this_morning",
    ),
    # last_in
    Fresh(
        text="what ah end off with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song on de third of November",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="what was de last ting ah play de day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="last weekend, what was de last tune to play",
        family="last_in",
        period="last_weekend",
    ),
    # most_skipped
    Fresh(
        text="which song ah does skip de most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune ah always passing over, de one ah does skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="de song ah skip most this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist ah does skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who ah does always skip, which band",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song ah have on repeat dese days",
        family="on_repeat",
    ),
    Fresh(
        text="which tune ah cyah stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="wha song ah beating like a drum, de one on repeat",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gimme a rundown of mih listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was mih week in music",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="run me tru mih year nah",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how October went for me, music wise",
        family="recap",
        period="october",
        content="music",
    ),
    Fresh(
        text="how we year went last year, de whole review",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="ah does listen more in de morning or de evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="I is a morning person or a night person wid de music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="afternoon or night, when ah does play more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="ah does play more music on weekdays or on de weekend",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekend or during de week, when I does listen more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play some soca in de kitchen nah",
    "turn up de music boy",
    "wha song dis is?",
    "skip dis one, ah doh like it",
    "pause de podcast a minute",
    "next track",
    "turn off de kitchen light",
    "play de album Discovery",
    "volume down to four",
    "shuffle mih music",
    "put dis song on repeat",
    "set a timer for ten minutes for de bake",
    "what de weather go be like tomorrow, it go rain?",
    "add flour to de shopping list",
    "set de thermostat to twenty two",
    "what ah listening to right now",
    "what playing in de kitchen",
    "group de kitchen speaker with de living room one",
    "play The Daily",
    "stop de music",
    "louder, louder!",
    "play bohemian rhapsody by queen",
    "eh-eh, why dis music so loud, turn it down",
    "play de next episode of de podcast",
    "go back to de song before",
    "play some Daft Punk in de living room",
    "wham, who singing dis?",
    "turn on de light in de kitchen",
    "what time it is",
    "boy wake me up at four thirty for de route",
    "put on de radio, ninety five point five",
    "repeat mode off",
    "shuffle Justice",
    "stop de timer",
    "take milk off de shopping list",
    "is which album dis song from",
    "play around the world",
    "mute de speaker",
    "turn off all de speakers",
    "play something nice, ah tired",
    "next song in de kitchen",
    "how hot it go be in Port of Spain today",
    "resume de podcast",
]

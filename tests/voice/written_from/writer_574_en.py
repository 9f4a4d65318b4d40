"""Writer 574, a Filipino nurse in Leeds in her thirties mixing Tagalog into English, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ano, who's my number one artist this year po",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who did i listened to the most last month ha, i forgot na",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="grabe sino ba yung band na obsessed ako lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen since october, yung singer or band na pinaka played ko, who is it",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="top three artist ko last year naman",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="the past three months who's my go to artist diba it's daft punk or no",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="what's my most played song this week po",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="song of the month ko, ano?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="give me yung top five songs ko ever",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which song i play the most last summer, yung pang beach vibes",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="in september what track did i have on the most, kasi my duty was crazy that month",
        family="top_tracks",
        period="september",
    ),
    # top_albums
    Fresh(
        text="what album did i played the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="ano yung album na lagi ko pinapatugtog nung august",
        family="top_albums",
        period="august",
    ),
    Fresh(
        text="my favourite album of all time po, which one ba",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am i hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's my top podcast since march ha",
        family="top_podcasts",
        period="since_march",
    ),
    Fresh(
        text="most listened podcast ko in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how long i listen to music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of music did i have on last week grabe",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="ilang hours ba ako nakinig in the last 30 days",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="how much time did we spend listening yesterday dito sa bahay",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="total minutes of podcast this month po, i'm curious lang",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="how many songs i played this morning before my shift",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many things did we play last weekend",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="number of episodes i listen since monday",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="this afternoon ilang tunes na ba yung na play ko",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artist did i listen in october",
        family="artists_count",
        period="october",
    ),
    Fresh(
        text="ilan na ba yung artists na napakinggan ko this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="last month how many different singers we went through",
        family="artists_count",
        period="last_month",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many different songs i play the last 7 days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="ano, how many unique tracks did i have this summer",
        family="songs_count",
        period="summer",
    ),
    Fresh(
        text="different songs since march, how many po",
        family="songs_count",
        period="since_march",
    ),
    # play_count
    Fresh(
        text="how many times i play bohemian rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen did i listened to this year, be honest ha",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="ilang beses ko pinlay yung sexy boy ng air last month",
        family="play_count",
        period="last_month",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="ben and ben, how many times did i played them ever",
        family="play_count",
        period="all_time",
        name="Ben&Ben",
    ),
    Fresh(
        text="the daily how many episodes i finish last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did i listen to daft punk yesterday",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="listened to any justice lately ha?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did i play yung eres by cafe tacuba on saturday",
        family="did_i",
        period="saturday",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="did i hear moira dela torre this year diba i played her once",
        family="did_i",
        period="this_year",
        name="Moira Dela Torre",
    ),
    Fresh(
        text="nakinig ba ako ng the daily this morning or nakatulog ako",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="over the past two weeks did the digital love song come on at all",
        family="did_i",
        period="last_2_weeks",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="what was i listening to yesterday evening po",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="ano pinakinggan ko last night after my shift, pagod na pagod ako eh",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what did we listen to on november 3rd",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="what music i play the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="last friday naman, what i listened",
        family="what_played",
        period="last_friday",
    ),
    # playing_at
    Fresh(
        text="what song was playing around ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="ano yung kanta at eight o'clock this morning, the one while i'm making coffee",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was on at quarter past five today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="wednesday night around nine, what was playing in the kitchen",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    Fresh(
        text="yesterday at 8 pm what song ba yun, yung maganda",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="what kind of music am i into ba talaga",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste in music naman",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="ano ba yung vibe ng music ko, like what type i'm into",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time i usually listen to music",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do i listen the most po, what day and what time",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="ano yung usual oras ko na nakikinig, and which day of the week",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did i discover anyone new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artist i found this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who's new in my music this year ha, first time i heard them",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often i skip songs",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="ano skip rate ko this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="do i skip a lot naman last month, parang oo",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="do i replay the same songs a lot diba",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="paulit ulit lang ba yung kanta ko since october",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="how many days in a row i listen to music na",
        family="streak",
    ),
    Fresh(
        text="what's my streak po",
        family="streak",
    ),
    Fresh(
        text="ilang araw na ako straight nakikinig, even on night duty",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time i played don't stop me now",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="kailan ko unang narinig yung moon safari na album",
        family="first_play",
        name="Moon Safari",
    ),
    Fresh(
        text="the genesis one by justice, when i first play that",
        family="first_play",
        name="Genesis by Justice",
    ),
    # last_play
    Fresh(
        text="when did i last played digital love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="last time i listen to the daily, kailan",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="kailan last ko pinatugtog si sarah geronimo",
        family="last_play",
        name="Sarah Geronimo",
    ),
    Fresh(
        text="when's the last time i had café tacvba on",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="ano yung huling kanta ko",
        family="last_song",
    ),
    Fresh(
        text="last track i listened to po, what was it again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="first song ko today ano",
        family="first_today",
    ),
    Fresh(
        text="what was the very first thing i played today po",
        family="first_today",
    ),
    Fresh(
        text="today pag open ko ng music, what's the first song that came on",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first song i played on saturday ha",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="on november 3rd what did i start with",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="this week's first track, ano yun",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what was the last song i played last friday before i sleep",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song yesterday ano yun",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what did we finish with last weekend",
        family="last_in",
        period="last_weekend",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="what song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track i always skip talaga this year",
        family="most_skipped",
        period="this_year",
    ),
    Fresh(
        text="yung kanta na pinaka ayaw ko, like the one i keep skipping, ano yun",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="sino yung artist na lagi ko ini-skip",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="last month which band did i skipped the most ha",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song i can't stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="ano yung song na naka repeat ko these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's my on repeat song right now ha, the one stuck in my head",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening po",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="kamusta naman yung music week ko",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="recap of my year naman, like spotify wrapped",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on last month ha, what was my listening like",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="summer review po, how was my music this summer",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="am i more morning or evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the morning or at night ba",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mas marami ba ako nakikinig sa hapon or sa gabi",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="mas madami ba music ko pag weekend kesa weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends vs work days, when do i play more tunes po",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "open the kitchen light po",
    "open the radio naman",
    "play yung bohemian rhapsody by queen",
    "volume up ha, louder naman",
    "pause muna the daily, may tumatawag",
    "skip this song please ano ba yan",
    "what song is this ba, ang ganda",
    "set a timer 20 minutes for the rice",
    "what's the weather in leeds tomorrow, do i need my payong",
    "add rice and soy sauce sa shopping list",
    "put the heating up po, ang lamig",
    "shuffle mo yung justice album",
    "repeat this song ha, one more time",
    "next track",
    "close the music na, i'm going to sleep",
    "open the speaker in the living room also",
    "group the kitchen and bedroom speaker together",
    "play the latest episode of the daily",
    "what am i listening right now",
    "who sings this ba",
    "play ben and ben maybe the night",
    "turn the music down, my housemate is sleeping after night duty",
    "set alarm 5:30 am for my early shift",
    "stop the music",
    "play something relaxing po, pagod ako",
    "play discovery album in the kitchen",
    "close the kitchen light please",
    "what time is it in manila now",
    "remind me to send money to mama on sunday",
    "rewind 30 seconds, i missed what they said",
    "play the next episode",
    "mute muna",
    "volume 4 lang",
    "turn on repeat mode for this album",
    "play opm songs naman",
    "what's the temperature inside the house",
    "play something by air in the bedroom",
    "add sexy boy to my playlist",
    "like this song",
    "how long left on this song",
    "what album is this from",
    "is it going to rain later, will i need my brolly",
    "set the thermostat to 21 po",
    "play christmas songs, simbang gabi vibes na",
]

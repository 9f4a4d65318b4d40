"""Writer 557, a Turkish native speaker with A2-B1 English using speech-to-text, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="last weak which singer i am listening most",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="okay tell me please my number one band this year who is it",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="hmm who i am listen too much lately which artist",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in kitchen since march most played artist who was",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="top three singer of last year say me",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="ada last month most she listen which artist",
        family="top_artists",
        period="last_month",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="which song i play most this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="shay my favourite song of october what was",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="five most played song since october tell",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="for me song of the year which one is",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="we last month in kitchen which song most we played",
        family="top_tracks",
        period="last_month",
        person="we",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="which album i listen most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="most played album all the time what is",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="last summer favourite album which was mine",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="my top two album in twenty twenty five",
        family="top_albums",
        period="in_2025",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which pot cast i am hooked lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="this year most listen podcast what",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="in september podcast number one for me which",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="how many our i listened music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="yesterday how long music was on",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="today podcast how much minute i listen",
        family="listening_time",
        period="today",
        content="podcasts",
    ),
    Fresh(
        text="total how many hours we listen in october",
        family="listening_time",
        period="october",
        person="we",
    ),
    Fresh(
        text="last thirty days how long i was listening",
        family="listening_time",
        period="last_30_days",
    ),
    # plays
    Fresh(
        text="today how many song i played",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many episode i play this month podcast",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="last weekend how many thing i was played",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="since monday how much song play was",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="day before yesterday songs how many i listen",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different singer i listened this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="last three months artist how many different was",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many band i have hear in total",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different song i listen this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="last week different songs how many it was",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="in summer how much different track i played",
        family="songs_count",
        period="summer",
    ),
    # play_count
    Fresh(
        text="how many times bohemian rap city i play this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="queen how many time i listened last month",
        family="play_count",
        period="last_month",
        name="Queen",
    ),
    Fresh(
        text="draft punk this week how many times play",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="the dairy how many episode i listen in october",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="radiohead how many time i listened ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="yesterday i listen justice or no",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did i hear dance by justice last weekend",
        family="did_i",
        period="last_weekend",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="this month cafe tacuba i was listen",
        family="did_i",
        period="this_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="any the weekend song i played lately",
        family="did_i",
        period="lately",
        name="The Weeknd",
    ),
    Fresh(
        text="moon safari album in august i listened is it",
        family="did_i",
        period="august",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="what i was listening yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="saturday what music i played",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="tell me last friday what i listen",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="november third what i was listen",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="this morning in kitchen what was playing",
        family="what_played",
        period="this_morning",
        room="kitchen",
    ),
    Fresh(
        text="day before yesterday what we listen at home",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="ada yesterday what she listened",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="yesterday evening quarter to eight what was playing",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="today morning half past eight which song was on",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="at five o'clock today what song it was",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="wednesday night nine o'clock what i listen",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="yesterday ten past eight evening what was song",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="what kind music i like you think",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my music taste how is it describe me",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="which style of music i am into tell me please",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day usually i listen music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of week i am most listening",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="usually what hour i put music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="this month new singer i found any",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artist i hear first time in last thirty days",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="new bands this year i discovered who",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how much i skeep songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="last week skip rate what is my",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="how often i am pressing skip this month",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="i repeat same songs too much or no",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how much i replay same song this year",
        family="repeat",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="yani my repeat rate lately how is",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in row i listen music",
        family="streak",
        content="music",
    ),
    Fresh(
        text="my streak how many day now",
        family="streak",
    ),
    Fresh(
        text="every day i listened without stop how many days it is",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when i first time listen daft punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="first time genesis when i played",
        family="first_play",
        name="Genesis",
    ),
    Fresh(
        text="wet leg when first i listen",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when last time i listen the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="sexy boy last when i played",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="don't stop me now when was last time i put",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="last song i played what was",
        family="last_song",
    ),
    Fresh(
        text="hey what was my last song",
        family="last_song",
    ),
    Fresh(
        text="the last thing i played which song it is",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="today first song what was",
        family="first_today",
    ),
    Fresh(
        text="what i wake up to today which song",
        family="first_today",
    ),
    Fresh(
        text="first music today i play what is it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="yesterday first song what i played",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="last friday which song i start with",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="in october first song what was",
        family="first_in",
        period="october",
    ),
    Fresh(
        text="this week first track i listen which",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="last friday i finish with which song",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="yesterday last song before sleep what was",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="saturday last track what i played",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last night at the end which song was",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="which song i skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the song always i am skipping which one",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song in this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which singer i skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="artist i always pass what name",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="most skip band who is",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song i have on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song i can't stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what song now i listen again and again",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was my week in music tell me",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="give me summary of my year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="october how was my listening review please",
        family="recap",
        period="october",
    ),
    Fresh(
        text="my listening rundown",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="last year how we listened summary",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more morning or evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning or night when i listening more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="afternoon or evening which more i listen",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekend i listen more or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="in weekdays more music or at weekend",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="saturday sunday i listen more than work days",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen",
    "music more loud please",
    "volume down little bit",
    "what song is this now",
    "this song who is singing",
    "skeep this song",
    "next song please",
    "pot cast stop",
    "pause the daily",
    "kitchen light turn off",
    "in kitchen light open please",
    "album discovery play",
    "play queen bohemian rap city",
    "shuffle open please",
    "repeat this song one more time",
    "repeat mode close",
    "kitchen speaker and living room together make",
    "timer ten minute for rice",
    "tomorrow weather how will be",
    "today is raining or no",
    "add milk to shopping list",
    "shopping list put bread and eggs",
    "heating make twenty two degree",
    "thermostat up please",
    "what i am listening right now",
    "now which song playing in kitchen",
    "what is playing in kitchen",
    "play some music in kitchen",
    "play justice",
    "stop music",
    "continue the podcast",
    "go back last song again",
    "next track in living room",
    "play the daily newest episode",
    "music in kitchen too loud make quiet",
    "alarm for six thirty put",
    "what time is it now",
    "call my brother",
    "play turkish radio",
    "speakers all together play",
    "this song add my favourite list",
    "podcast thirty second go forward",
    "lights kitchen dim please",
    "play air moon safari in kitchen",
]

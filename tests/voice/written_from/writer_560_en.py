"""Writer 560, a Korean graduate student in Toronto with B1-B2 English using speech-to-text, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="please tell me who is my most listen artist this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="last week which singer i listen the most",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="top three artist for this year please",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="um who i am obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in kitchen speaker which band is played most in october",
        family="top_artists",
        period="october",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="what is my number one song since march",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="last summer most played song what was it",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="please say my five most played songs of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="yesterday which song i play many many times the most",
        family="top_tracks",
        period="yesterday",
    ),
    # top_albums
    Fresh(
        text="album i listen most this year which one",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which record is my favourite in september",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="top 2 album last three months please",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what podcast i listen most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="podcast which one i was listen most in august",
        family="top_podcasts",
        period="august",
    ),
    Fresh(
        text="ah these days which podcast i am hooked on",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="how long i listen music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="yesterday how many hour i listened",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="total listening time for last week please",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time we listen music in kitchen last month",
        family="listening_time",
        period="last_month",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="how many minute of podcast this week",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="past two weeks how much hours i am listening",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="how many song i played today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="number of streams in twenty twenty five please",
        family="plays",
        period="in_2025",
    ),
    Fresh(
        text="last weekend how many track we play",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="this morning how many thing i played",
        family="plays",
        period="this_morning",
    ),
    Fresh(
        text="how many episode i listened since monday",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different artist i listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="in total how many singer i have listen",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many different band we listen in summer",
        family="artists_count",
        period="summer",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many different songs i listened last 30 days",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="this week how many different song",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="count of unique track since october please",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="all together how many different songs is in my history",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many time i play bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="daft punk how many time this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily how many episode i listened last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how many times i listened one more time by daft punk in 2025",
        family="play_count",
        period="in_2025",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="radiohead how many time i play",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="justice song dance how many time yesterday",
        family="play_count",
        period="yesterday",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="yesterday i am listen queen?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="did i listen any air this summer",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="cafe tacuba i listened last week or no",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
    ),
    Fresh(
        text="today i heard the daily",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="did i play the weekend in last month",
        family="did_i",
        period="last_month",
        name="The Weeknd",
    ),
    Fresh(
        text="on saturday did i listen genesis from justice",
        family="did_i",
        period="saturday",
        name="Genesis by Justice",
    ),
    # what_played
    Fresh(
        text="what i listened yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="please tell me what music was playing this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="last friday what i listen",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="day before yesterday what kind of songs i played",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="november third what we are listening",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="last night before sleep what i was listen",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="yesterday at 8 pm what song was playing",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what was on in kitchen this morning eight thirty",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="wednesday nine o clock night what i listened",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="today five o'clock afternoon what was play",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="last night quarter past eight what was on",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="tuesday lunch time 12 o'clock which song was playing please",
        family="playing_at",
        moment="2026-11-17 12:00",
    ),
    # taste
    Fresh(
        text="please what is my music taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="can you describe what style i like",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="lately what kind of music i am into",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="what time of day i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of week i listen most music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when is my peak listening time in october",
        family="peak",
        period="october",
    ),
    # new_artists
    Fresh(
        text="new artist i discovered this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new singer recently",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artist i listen first time in 2025",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="ah how often i skip usually",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="skip rate this week please",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many time i skipped last month",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="yesterday i skip a lot? how much",
        family="skips",
        period="yesterday",
    ),
    # repeat
    Fresh(
        text="how much i repeat same song",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="last seven days i listen same songs again and again how much",
        family="repeat",
        period="last_7_days",
    ),
    # streak
    Fresh(
        text="how many days in row i am listening",
        family="streak",
    ),
    Fresh(
        text="my listening streak how long now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when i first listen justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time i heard don't stop me now when was it",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="sexy boy from air when is first time",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="wet leg when i first listen",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when is last time i listen eres",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="last time the daily when",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when did i listened moon safari last time",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="queen last time i play when please",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="so what was last song i played",
        family="last_song",
    ),
    Fresh(
        text="last song please what was",
        family="last_song",
    ),
    Fresh(
        text="most recent track what is",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="today first song what was",
        family="first_today",
    ),
    Fresh(
        text="this morning i wake up with which song",
        family="first_today",
    ),
    Fresh(
        text="what i played first today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="yesterday first song what",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what is first song of this week",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="on november 3 first track please",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="last song yesterday please",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what i end with last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="on saturday last song what was",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="which song i skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="song i always skip what is",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="singer i am skipping the most please tell",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="in august artist most skipped",
        family="most_skipped_artist",
        period="august",
    ),
    # on_repeat
    Fresh(
        text="what song i have on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="song i cannot stop playing what is",
        family="on_repeat",
    ),
    Fresh(
        text="heavy rotation now which song",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="please give me recap of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="umm october how was my october listening",
        family="recap",
        period="october",
    ),
    Fresh(
        text="my year in review please",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me rundown of my listening",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more morning or evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i morning listener or night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month i listen more in afternoon or evening",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="weekend or weekday when i listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do i listen more music on weekends than weekdays",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="last three months weekday vs weekend listening which is more",
        family="compare_week",
        period="last_3_months",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen please",
    "volume up little bit",
    "turn off kitchen light please",
    "what song is this now",
    "skip this song",
    "pause podcast please",
    "next track",
    "um what is weather in toronto today",
    "set timer 10 minute for ramen",
    "add kimchi to shopping list",
    "play album discovery",
    "shuffle on please",
    "repeat this song",
    "what i am listening right now",
    "who is singing this",
    "play the daily newest episode",
    "make speaker in kitchen and living room together",
    "thermostat 22 degree please",
    "stop music",
    "play some justice",
    "turn down music it is too loud",
    "play queen bohemian rhapsody",
    "resume podcast",
    "go back previous song",
    "what time is it now",
    "is it snow today",
    "turn on repeat mode",
    "mute kitchen speaker",
    "play air moon safari album in kitchen",
    "how long is left on timer",
    "play radio",
    "what album is this song from",
    "add this song to my playlist",
    "play something relaxing for study",
    "set alarm 7 am tomorrow",
    "turn off shuffle",
    "skip 30 second in podcast",
    "this artist name what is playing now",
    "make it louder please i cannot hear",
    "stop playing in kitchen",
    "play cafe tacuba eres",
    "lights dim 50 percent living room",
    "cancel timer",
    "play lo-fi music in living room please",
    "what is temperature inside house",
]

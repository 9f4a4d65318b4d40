"""Writer 239, non-native speaker dictating (Polish woman in Dublin, speech-to-text slips), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who i was listen most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="which band i pay the most this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="tell me my number one artist from october",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="who i am obsess with lately in kitchen",
        family="top_artists",
        period="lately",
        room="kitchen",
    ),
    Fresh(
        text="give me top three singer last month",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="over past two weeks who was my go to artist",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="what is my most pay song this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="say me five song i played most since march",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="song of the year for me what it is",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="which song we was listening most last weekend",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what was favourite track of ada last year",
        family="top_tracks",
        period="last_year",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="which album i pay most ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="most listen record over the summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="what was my favourite album in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="which show i am hooked to now",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most listen pod cast this year which one",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="in kitchen which podcast is play the most",
        family="top_podcasts",
        period="all_time",
        room="kitchen",
    ),
    # listening_time
    Fresh(
        text="how many hour i listen music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long we was listening yesterday",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="how much minutes of podcast i hear this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long music was on in kitchen last saturday",
        family="listening_time",
        period="saturday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="total time i spend listen since october",
        family="listening_time",
        period="since_october",
    ),
    Fresh(
        text="this afternoon how long i had something on",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="how many songs i pay today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things was played last month",
        family="plays",
        period="last_month",
    ),
    Fresh(
        text="number of episode i listen over last thirty days",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="how much streams i have in twenty twenty five",
        family="plays",
        period="in_2025",
    ),
    Fresh(
        text="last seven days how many tunes i put on",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artist i listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many band i was hear in last three months",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different song i pay last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="count of different tracks since monday",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how much different songs in total i ever listen",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="queen how much times i had on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how many time i pay bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how often daily podcast was on in september",
        family="play_count",
        period="september",
        name="The Daily",
    ),
    Fresh(
        text="one more time by daft punk how many times this month",
        family="play_count",
        period="this_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many time i listen radio head last year",
        family="play_count",
        period="last_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did i listen any justice lately",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="i hear cafe tacuba in august or no",
        family="did_i",
        period="august",
        name="Café Tacvba",
    ),
    Fresh(
        text="did ada listen sexy boy yesterday",
        family="did_i",
        period="yesterday",
        name="Sexy Boy",
        person="Ada",
    ),
    Fresh(
        text="was i pay the weekend this year",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="we had some queen on saturday yes",
        family="did_i",
        period="saturday",
        name="Queen",
        person="we",
    ),
    # what_played
    Fresh(
        text="what i was listen yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music was on day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="tell me what i listen on november third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what we had on last friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what was on last night in kitchen",
        family="what_played",
        period="last_night",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="which song was playing yesterday around ten past eight in evening",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was on this morning half eight",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="at five past five in afternoon today what song was pay",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="day before yesterday eight in morning what was play",
        family="playing_at",
        moment="2026-11-18 08:00",
    ),
    # taste
    Fresh(
        text="what sort of music i am liking describe me",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me my music taste please",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what is my style of music like lately",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="which hour i usually put something on",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of week and what hour i listen most normally",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when i normally have music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="i found some new singers recently or no",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which new artist i listen first time this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new band for me in september",
        family="new_artists",
        period="september",
    ),
    # skips
    Fresh(
        text="how often i skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what is my skip rate this year",
        family="skips",
        period="this_year",
    ),
    Fresh(
        text="how many i was skipping last week out of all",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="how much i listen same thing again and again",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what is my repeat rate last month",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="how many days in row i listen",
        family="streak",
    ),
    Fresh(
        text="what is my streak now how many day straight i was listening",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when i first time hear justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was first time digital love pay",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="when first i listen wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="when the daily first appear in my history",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="when was last time i pay air band",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="eres by cafe tacuba last time when",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="when i listen don't stop me now last",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="what was last song i pay",
        family="last_song",
    ),
    Fresh(
        text="last song what was on before what it was called",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what song i was waking up with today",
        family="first_today",
    ),
    Fresh(
        text="which song i start the day with today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was first song yesterday i pay",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what i start with on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first track last week which one",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="first song of this year what was",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="last song on last friday what it was",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what was last thing i listen yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="last song in october",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="which song i finish this morning with",
        family="last_in",
        period="this_morning",
    ),
    # most_skipped
    Fresh(
        text="which song i skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track i always skipping",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="in kitchen what song get skip most",
        family="most_skipped",
        period="all_time",
        room="kitchen",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who i skip all the time which band",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song i have on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song i can't stop pay",
        family="on_repeat",
    ),
    Fresh(
        text="what song is on heavy rotating for me",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how my week was with music",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="give me my year review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap last month please",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in how was last summer with music",
        family="recap",
        period="last_summer",
        content="music",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more morning or evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i more morning listener or night one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoon or evening when i pay more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="i listen more on weekend or on week days",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays or weekends when is more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "pay daft punk in kitchen",
    "turn music up little bit",
    "what is playing in kitchen now",
    "what song is this playing",
    "skip this song",
    "pause podcast",
    "next track in living room",
    "turn off kitchen light",
    "play album discovery",
    "volume to five",
    "shuffle on please",
    "put repeat on for this song",
    "group kitchen speaker with living room",
    "set timer ten minutes for pasta",
    "what is weather in dublin tomorrow",
    "add milk to shopping list",
    "make heating twenty one degree",
    "what i am listening right now",
    "who is singing this",
    "pay the daily newest episode",
    "pay queen bohemian rapsody",
    "stop music",
    "louder please",
    "turn down volume in kitchen",
    "play some jazz for cooking",
    "play radio one",
    "resume podcast",
    "go back previous song",
    "add this song to playlist",
    "what album is this from",
    "play justice cross album on all speakers",
    "turn on lights in kitchen",
    "set alarm for seven",
    "what time is it",
    "is it going to rain today",
    "play something relaxing",
    "stop timer",
    "mute kitchen speaker",
    "play air moon safari in kitchen",
    "how long is left on this song",
    "fast forward thirty second in podcast",
    "repeat this song",
    "play music in bedroom too",
    "who is artist of song what is on now",
]

"""Writer 552, a Mandarin Chinese native speaker with B1 English using speech-to-text, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="en last week which singer i listen the most",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="this year my number one artist who is it",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="ah in kitchen last month which band play the most",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="recently i am very crazy for one artist which one you think",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top tree singer for me this month",
        family="top_artists",
        period="this_month",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="my most play song this month what is it",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="can you tell me five song i play most times this year",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="this summer en my song of the summer which one",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="last year the song i listen most many many times",
        family="top_tracks",
        period="last_year",
    ),
    Fresh(
        text="um which track is number one for me all the time",
        family="top_tracks",
        period="all_time",
    ),
    # top_albums
    Fresh(
        text="i want to know which album i play the most ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="since march album i listen most is which",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="last three month my favourite album",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="recently one album i always always put on which one",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="podcast which one i listen most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="the podcast i listen most this year what name",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="last month number one podcast for me",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="today how long i listen already",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how many hour music i listen this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="yesterday we listen how long time",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="last 30 days podcast total time how much",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="in 2025 all together how many hours i listen",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="this afternoon i listen how many minute",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="you help me check how many song i play today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="this month how many times i listen thing in total",
        family="plays",
        period="this_month",
    ),
    Fresh(
        text="last weekend how many track we play",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="since october how many episode i hear",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="last night how many song is play",
        family="plays",
        period="last_night",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different singer i listen this ear",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="last month i listen how many artist",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="total how many band i ever hear",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different song i listen last 7 days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="last summer how many kind of song i play not count same one",
        family="songs_count",
        period="last_summer",
    ),
    Fresh(
        text="since monday different track number how much",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="bohemian rap city how many times i listen",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="daft pun this week how many time i play",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times i listen the daly last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="one more time from daft punk how many time i listen this year",
        family="play_count",
        period="this_year",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="jay chou how many times i listen",
        family="play_count",
        period="all_time",
        name="Jay Chou",
    ),
    Fresh(
        text="how much queen i listen in august",
        family="play_count",
        period="august",
        name="Queen",
    ),
    Fresh(
        text="dont stop me now how many times i play it",
        family="play_count",
        period="all_time",
        name="Don't Stop Me Now",
    ),
    # did_i
    Fresh(
        text="yesterday i listen queen or not",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="this morning i hear the daily yes or no",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="cafe taco bar i listen in september or no",
        family="did_i",
        period="september",
        name="Café Tacvba",
    ),
    Fresh(
        text="did i listen radio head this year",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="the band just this last weekend i play it or not",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="moon safari album i listen this summer or not",
        family="did_i",
        period="summer",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="yesterday in the evening what thing i listen",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music i listen on saturday",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="the day before yesterday i listen what",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="tell me what we listen last friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="november third what i play",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="yesterday evening eight o clock what song is playing",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="this morning half past eight what is on",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what i listen today five o clock afternoon",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="wednesday twelve noon what play in kitchen",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    Fresh(
        text="at quarter to eight last night which song",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    # taste
    Fresh(
        text="what kind music i like you think",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how to say my music taste please describe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my taste is what style of music",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="usually what time i listen music most",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of week and which hour i listen most normally",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is my busy listening time usually",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="this month i find any new singer",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="recently new artist i start listen who",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="last year which artist first time i hear",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="i skip a lot or not",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often i skip song this month",
        family="skips",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="skip rate of me last 2 weeks",
        family="skips",
        period="last_2_weeks",
    ),
    # repeat
    Fresh(
        text="i listen same song again again how much",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="last 30 days how much i replay same song",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="how many day continuous i listen",
        family="streak",
    ),
    Fresh(
        text="i listen every day already how many day no stop",
        family="streak",
    ),
    Fresh(
        text="my streak now how long",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when is first time i listen justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time i hear sexy boy when",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="the daly when i start to listen",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="taylor swift first time i listen when",
        family="first_play",
        name="Taylor Swift",
    ),
    # last_play
    Fresh(
        text="queen last time i listen when",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when i listen da fonk last time",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="eres by cafe tacuba when is the last time",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="around the world when i play it last",
        family="last_play",
        name="Around the World",
    ),
    # last_song
    Fresh(
        text="the last song i listen what is it",
        family="last_song",
    ),
    Fresh(
        text="what is last track i play before",
        family="last_song",
    ),
    Fresh(
        text="most recent song i put on what name",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="today first song what",
        family="first_today",
    ),
    Fresh(
        text="morning wake up the first song today i listen which one",
        family="first_today",
    ),
    Fresh(
        text="what song i start my day with today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="yesterday first song which one",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first song of this month what",
        family="first_in",
        period="this_month",
    ),
    Fresh(
        text="last friday the first track i listen",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="in 2025 very first song i play",
        family="first_in",
        period="in_2025",
    ),
    # last_in
    Fresh(
        text="yesterday last song i listen",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="on saturday the final song what",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last week i finish with which song",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="the last song in october",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song i skip most time",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the song i always skip what is it",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which singer i skip the most times",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="artist i most often skip who",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="these days which song i play again and again",
        family="on_repeat",
    ),
    Fresh(
        text="song i cannot stop listen which",
        family="on_repeat",
    ),
    Fresh(
        text="what song on repeat for me these day",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me summary of my week music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="my year of listen how is it review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="october review please",
        family="recap",
        period="october",
    ),
    Fresh(
        text="help me sum up my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="last month we listen overall how",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more in morning or in evening time",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning listen more or night listen more for me",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoon or evening which time i listen music more",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="weekend i listen more or work day more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="compare weekday and weekend which one i listen more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="saturday sunday i listen more than monday to friday or not",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen",
    "music louder please",
    "turn down volume little bit",
    "what song is this now",
    "this song name what",
    "skip this one",
    "next song",
    "stop the podcast",
    "pause the daly",
    "continue play the daily",
    "play album discovery",
    "play queen bohemian rap city",
    "open the kitchen light",
    "close light in kitchen",
    "tomorrow weather how",
    "today outside how many degree",
    "set timer ten minute for noodle",
    "add milk to shopping list",
    "shopping list put eggs and tofu",
    "heating turn to 22 degree",
    "shuffle my music",
    "repeat this song",
    "open repeat mode",
    "close the shuffle",
    "what i am listening right now",
    "now playing what",
    "who sing this song",
    "play some chinese music",
    "play jay chou",
    "kitchen speaker and living room speaker together play",
    "group all speaker",
    "volume 30",
    "play radio",
    "play next episode of the daily",
    "go back previous song",
    "play justice in living room",
    "what time is it now",
    "set alarm seven o clock tomorrow morning",
    "remind me take medicine at eight",
    "play relax music for sleep",
    "stop music in kitchen",
    "mute kitchen speaker",
    "play air sexy boy loud",
    "how long this song still have",
]

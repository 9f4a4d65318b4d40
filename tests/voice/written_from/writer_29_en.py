"""Writer 29, a non-native speaker (French native, B1), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who is the artist that i have listen the most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="which singer i have listened the more in the last year",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="the group that i play the most since october, which one it is?",
        family="top_artists",
        period="since_october",
    ),
    Fresh(
        text="with which artist i am obsessed since two weeks",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="in the kitchen who was my artist number one this summer",
        family="top_artists",
        period="summer",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="what is the song i have listened the most of all the times",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="give me my three songs the most played of the last month",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="which track i played the most in the week last",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="the song of the year for me, what it is",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="five tracks that i have played the most since march please",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    # top_albums
    Fresh(
        text="what is the album that i have played the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="my favourite album of twenty twenty five which is it",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="which record i listen the most in september",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="which podcast i listen the most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="the podcast on which i am hooked lately what is it",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what is my podcast number one on the last three months",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="how much time i have listen music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of music i have listened this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long time we have listened in the kitchen the last week",
        family="listening_time",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="during how much time i listened the podcasts in october",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="how much minutes i listen yesterday evening",
        family="listening_time",
        period="yesterday_evening",
    ),
    # plays
    Fresh(
        text="how many songs i have played today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how much songs we have played yesterday",
        family="plays",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="the number of streams since monday it is how much",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episodes i have listen this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how much things i played on the last seven days",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="how many artists different i have listened this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="with how much different artists i have listened since march",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="how many groups differents in total",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs i listened the last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="the number of songs different that i have played in the last thirty days",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="how much of different tracks this week",
        family="songs_count",
        period="this_week",
    ),
    # play_count
    Fresh(
        text="how much times i have listened bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much times i played daft punk since the beginning of the month",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily, how many times it was played this week",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="how much times i listened radiohead this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="the song one more time of daft punk how much times i played it in october",
        family="play_count",
        period="october",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="did i listen some queen yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="i have listened justice the last weekend?",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="is it that i have heard air this summer",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="did i listened the weeknd lately",
        family="did_i",
        period="lately",
        name="The Weeknd",
    ),
    Fresh(
        text="we have listened cafe tacuba the last month?",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="did i listen the dance of justice on saturday",
        family="did_i",
        period="saturday",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="what i was listening yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music i listened this morning",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="what i have listen the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what we listened on the 3 of november",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="what was i listening last night",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was playing yesterday at eight hours less the quarter",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="which song was at 8 hours this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="in the kitchen yesterday at eight o'clock and ten what was passing",
        family="playing_at",
        moment="2026-11-19 20:10",
        room="kitchen",
    ),
    Fresh(
        text="this afternoon at five hours and quarter what was playing",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="what is my taste in music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="which kind of music i like according to what i listen",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me my style of music please",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="at what hour i listen the most usually",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which moment of the day and which day of the week i listen music in general",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="which new artists i have discovered this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="there is artists that i listened for the first time since two weeks?",
        family="new_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="new groups for me in august which ones",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(
        text="how often i skip the songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what is my rate of skip this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="i pass a lot the songs? how much i skipped last week",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="i listen the same songs again and again? how much",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what is my rate of repetition this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="since how many days in a row i listen music",
        family="streak",
    ),
    Fresh(
        text="how much days following i have listened without to stop",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when is the first time i listened justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="since when i listen air",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="when i have heard for the first time wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when is the last time i listened queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="the last time that i played la femme d'argent it was when",
        family="last_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="when i heard the daily for the last time",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song i listened",
        family="last_song",
    ),
    Fresh(
        text="the last track that i played, what it was",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song of today",
        family="first_today",
    ),
    Fresh(
        text="with which song i have woke up this morning",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song i listened yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="the first track of the last friday which one it was",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first song i played this afternoon",
        family="first_in",
        period="this_afternoon",
    ),
    # last_in
    Fresh(
        text="what was the last song yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="with which song i have finished on saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="the last song of october it was which",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what is the track that i pass always",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i skip the most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the group that i zap the most, who is it",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song i have on repeat in this moment",
        family="on_repeat",
    ),
    Fresh(
        text="which song i cannot stop to listen",
        family="on_repeat",
    ),
    Fresh(
        text="the song that turns in loop these days it is which",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="make me a resume of my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my year of listening",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a recap of october",
        family="recap",
        period="october",
    ),
    Fresh(
        text="do me a bilan of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how it was the last summer with the music, tell me",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more the morning or the evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="i am more a person of morning or of evening for the music",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="when i listen more, in the afternoon or in the night",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="i listen more during the week or the weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="there is more music the weekend than the days of work?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen",
    "put the music more loud",
    "put more low the volume please",
    "what is this song",
    "which song is playing now",
    "pass this song",
    "make pause on the podcast",
    "next song in the living room",
    "switch off the light of the kitchen",
    "play the album discovery",
    "put the shuffle",
    "put the repeat on this song",
    "mix the songs in random",
    "group the speaker of the kitchen with the one of the living room",
    "put a timer of ten minutes",
    "which weather it will make tomorrow",
    "add milk on the shopping list",
    "put the heating at twenty one degrees",
    "what i am listening right now",
    "who sings this",
    "play the daily",
    "play the last episode of the daily",
    "stop the music",
    "continue the podcast where i was",
    "volume at thirty percent",
    "play some queen in the salon",
    "play justice on all the speakers",
    "what is the name of the album that plays now",
    "turn on the speaker in the bedroom",
    "put again the song from the beginning",
    "go back to the precedent song",
    "advance of thirty seconds",
    "play music calm for to cook",
    "which hour is it",
    "wake me up at seven hours tomorrow",
    "remind me to buy the bread",
    "lower the music in the kitchen please",
    "who is the artist of this song",
    "play moon safari of air",
    "stop the speaker of the kitchen after twenty minutes",
    "put the radio",
    "it is too loud in the kitchen, lower",
    "what podcast is playing in this moment",
]

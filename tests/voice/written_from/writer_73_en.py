"""Writer 73, a non-native speaker (Vietnamese native living in Leipzig, English B1, German B1), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="which singer I listen the most last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="artist number one for me this year who is it",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="last week which band I listen most",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="top three artist since march please",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in october we listen which artist the most",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="who I am obsessed with lately, which artist",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="my most play song of all time what is",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="five song I play most this month tell me",
        family="top_tracks",
        period="this_month",
        count=5,
    ),
    Fresh(
        text="song of summer for me which one it was",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="in kitchen which song get played most",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="last year my favourite song what it was",
        family="top_tracks",
        period="last_year",
    ),
    # top_albums
    Fresh(
        text="which album I play most in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="album I listen most last three month",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="my favourite album ever which one", family="top_albums", period="all_time"
    ),
    # top_podcasts
    Fresh(
        text="what podcast I hear most this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(text="which podcast I am hooked on", family="top_podcasts", period="lately"),
    Fresh(
        text="top podcast in september for me",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="how many hour I listen music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(text="today how long I listen", family="listening_time", period="today"),
    Fresh(
        text="podcast last month how much time I spend",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="yesterday evening how long music was on",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="total hour of listening since october",
        family="listening_time",
        period="since_october",
    ),
    Fresh(
        text="kitchen speaker yesterday how long it play for me",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="since monday how many minute I listen",
        family="listening_time",
        period="since_monday",
    ),
    # plays
    Fresh(
        text="today how many song I play already",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="last weekend how many thing I play in total",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="number of podcast episode I hear this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many stream I have in last 30 day",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="this afternoon how many song was play",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artist I listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different singer and band I hear ever",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="last summer how many artist different",
        family="artists_count",
        period="last_summer",
    ),
    Fresh(
        text="over the past two week how many different artist I have",
        family="artists_count",
        period="last_2_weeks",
    ),
    # songs_count
    Fresh(
        text="how many different song I listen in august",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="different track how many in last seven day",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="last week we hear how many different song",
        family="songs_count",
        period="last_week",
        person="we",
    ),
    # play_count
    Fresh(
        text="how many time I play bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="queen this week how many time",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how much daft punk I have on last month",
        family="play_count",
        period="last_month",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily how often I listen this month",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    Fresh(
        text="radiohead how many time since march",
        family="play_count",
        period="since_march",
        name="Radiohead",
    ),
    Fresh(
        text="dance by justice how many time in september",
        family="play_count",
        period="september",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="yesterday I listen justice or not",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="this week the band air I hear any",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="I listen one more time from daft punk today?",
        family="did_i",
        period="today",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="the weeknd I hear him last month?",
        family="did_i",
        period="last_month",
        name="The Weeknd",
    ),
    Fresh(
        text="cafe tacuba in summer I listen",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="last weekend we hear the daily or no",
        family="did_i",
        period="last_weekend",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="son tung mtp I listen last week",
        family="did_i",
        period="last_week",
        name="Sơn Tùng M-TP",
    ),
    Fresh(
        text="any digital love since monday",
        family="did_i",
        period="since_monday",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="music yesterday, what I listen",
        family="what_played",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="day before yesterday what I hear",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="this morning what I was listen",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="last friday what music I have on",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what Ada listen on saturday",
        family="what_played",
        period="saturday",
        person="Ada",
    ),
    Fresh(text="november third what I play", family="what_played", period="november_3"),
    Fresh(
        text="last night what was playing in kitchen",
        family="what_played",
        period="last_night",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="yesterday quarter to eight in evening what song was play",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="this morning eight o clock what was on",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="today at five in afternoon which song it was",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="wednesday twelve noon what music I listen",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="last night ten past eight what play",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="what kind of music I like you can say me",
        family="taste",
        period="all_time",
    ),
    Fresh(text="describe my music taste please", family="taste", period="all_time"),
    Fresh(
        text="my taste in music which style it is", family="taste", period="all_time"
    ),
    # peak
    Fresh(
        text="what time of day I listen most usually", family="peak", period="all_time"
    ),
    Fresh(
        text="which day of week is my big listening day and what hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="my usual time for listen what hour normally",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artist I discover this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="lately who is new singer for me", family="new_artists", period="lately"
    ),
    Fresh(
        text="new band I find last year which one",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(text="how often I skip", family="skips", period="all_time"),
    Fresh(
        text="this week how many track I skip out of all",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(text="my skip rate last month", family="skips", period="last_month"),
    # repeat
    Fresh(
        text="how much I replay same thing again and again",
        family="repeat",
        period="all_time",
    ),
    Fresh(text="my repeat rate this year", family="repeat", period="this_year"),
    Fresh(
        text="in october I repeat same song a lot?", family="repeat", period="october"
    ),
    # streak
    Fresh(text="how many day in row I listen", family="streak"),
    Fresh(text="my listening streak now how many day", family="streak"),
    Fresh(text="how many day straight I listen without break", family="streak"),
    # first_play
    Fresh(text="when first time I listen justice", family="first_play", name="Justice"),
    Fresh(
        text="sexy boy from air when I hear it first time",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(text="wet leg first time when", family="first_play", name="Wet Leg"),
    Fresh(
        text="when cafe tacuba come first in my history",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(text="when last time I listen queen", family="last_play", name="Queen"),
    Fresh(text="the daily, when I hear it last", family="last_play", name="The Daily"),
    Fresh(text="da funk last time play when", family="last_play", name="Da Funk"),
    Fresh(
        text="moon safari album when last I listen",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(text="what was last song I play", family="last_song"),
    Fresh(text="the song I listen the last, what name", family="last_song"),
    Fresh(text="most recent song I hear what it is", family="last_song"),
    # first_today
    Fresh(text="today first song what I play", family="first_today"),
    Fresh(text="what I wake up with this morning which song", family="first_today"),
    Fresh(text="which song I start my day with today", family="first_today"),
    # first_in
    Fresh(
        text="first song yesterday what I play", family="first_in", period="yesterday"
    ),
    Fresh(
        text="on saturday which song I play first", family="first_in", period="saturday"
    ),
    Fresh(text="first track this week for me", family="first_in", period="this_week"),
    Fresh(
        text="last summer very first song I play which",
        family="first_in",
        period="last_summer",
    ),
    # last_in
    Fresh(
        text="last song yesterday evening what was it",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(text="last friday what I end with", family="last_in", period="last_friday"),
    Fresh(text="last song in october I play", family="last_in", period="october"),
    # most_skipped
    Fresh(text="which song I skip most", family="most_skipped", period="all_time"),
    Fresh(
        text="song I always skip which one", family="most_skipped", period="all_time"
    ),
    Fresh(text="my most skip track what", family="most_skipped", period="all_time"),
    # most_skipped_artist
    Fresh(
        text="which artist I skip most", family="most_skipped_artist", period="all_time"
    ),
    Fresh(
        text="the singer I skip always, who",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="which song I have on repeat these day", family="on_repeat"),
    Fresh(text="song I cannot stop play what is", family="on_repeat"),
    Fresh(text="heavy rotation song for me now which one", family="on_repeat"),
    # recap
    Fresh(text="give me recap of my week", family="recap", period="this_week"),
    Fresh(text="year in review for me please", family="recap", period="this_year"),
    Fresh(text="rundown of my listening please", family="recap", period="this_month"),
    Fresh(text="october review for me how it go", family="recap", period="october"),
    Fresh(
        text="our last week give recap", family="recap", period="last_week", person="we"
    ),
    Fresh(
        text="how was my last summer give me review",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="I listen more in morning or in evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I morning listener or evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoon or night I listen more this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="weekend or weekday when I listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="I hear more music on weekend than in week?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="last month weekday more or weekend more",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen please",
    "music more loud",
    "turn off light in kitchen",
    "what song this is",
    "skip this song",
    "stop the podcast",
    "next track please",
    "play album discovery",
    "weather leipzig tomorrow",
    "timer ten minute for the rice",
    "put fish sauce on shopping list",
    "what I am listening right now",
    "who sing this song",
    "volume thirty percent",
    "shuffle on please",
    "repeat this song",
    "group kitchen speaker with living room",
    "heating to twenty one degree",
    "pause music",
    "play the daily newest episode",
    "play queen bohemian rapsody",
    "louder in kitchen",
    "music off in ten minute",
    "play some vietnamese music",
    "turn the radio on",
    "play air moon safari",
    "how cold outside now",
    "set alarm six thirty",
    "remove milk from shopping list",
    "back one song",
    "play podcast in kitchen",
    "stop repeat mode",
    "what album is this",
    "lower the music little bit",
    "play justice on all speaker",
    "is it rain today in leipzig",
    "play something for relax",
    "next episode the daily",
    "how much time left on timer",
    "turn on kitchen speaker",
    "mute please",
    "add rice noodle to shopping list",
    "play one more time by daft punk",
    "who is singing now",
]

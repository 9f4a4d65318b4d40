"""Writer 379, a Russian native speaker with B1 English (no articles, Russian word order, 'how much' for 'how many'), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="which artist I listened most of all last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="tell me please who is my number one singer in this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="give me please three bands which I am listening most",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="with which group I am obsessed lately, I want to know",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="who was my main artist in twenty twenty five",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="what song I played most of all on this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="say me five most played songs since march",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="which song was number one for me in summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="in kitchen which track is playing most often in last 30 days",
        family="top_tracks",
        period="last_30_days",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="which album I listen most in last year",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="what is my favourite album for all time",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="album which I was playing most in september, which it is",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="which podcast I am listening most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what podcast was most played in last three months",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="how much time I listened music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours we was listening on last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how long I was listening yesterday in evening",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="how much hours of podcasts I listened this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how much time music was on in kitchen since monday",
        family="listening_time",
        period="since_monday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how long Ada listened music last week",
        family="listening_time",
        period="last_week",
        content="music",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how much songs I played today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how much things I listened on this week in total",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="how much episodes of podcasts I listened in august",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="number of tracks which was played day before yesterday",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how much different artists I listened this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how much various singers was in my music last month",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="how many different bands we listened in october",
        family="artists_count",
        period="october",
        person="we",
    ),
    Fresh(
        text="over past two weeks how much different artists I heard",
        family="artists_count",
        period="last_2_weeks",
    ),
    # songs_count
    Fresh(
        text="how much different songs I heard since october",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="different tracks how much of them I played last 7 days",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="how much times I listened bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much I listened Queen on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how much times one more time from daft punk was playing this month",
        family="play_count",
        period="this_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="the daily how much times I listened it last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how often I played radiohead",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="I listened justice yesterday or no",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="was there some air on this week",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="did I heard sexy boy lately",
        family="did_i",
        period="lately",
        name="Sexy Boy",
    ),
    Fresh(
        text="we listened cafe tacuba on saturday?",
        family="did_i",
        period="saturday",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="is it true I listened the weeknd last summer",
        family="did_i",
        period="last_summer",
        name="The Weeknd",
    ),
    # what_played
    Fresh(
        text="what I was listening yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music was playing this morning",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="say me what we listened last friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what I listened on november 3",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what was playing in kitchen this afternoon",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="last night what I was listen",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was playing yesterday at quarter to eight in evening",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="which song was on today in half past eight morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what played on wednesday at twelve o'clock of day",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="last friday at 9 evening what was on",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="what was playing today at five past five in evening",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="what kind of music I like, describe please",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="which style of music is mine",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how you can describe my musical taste",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="at what hour I usually listen most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what is my usual time for listening",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of week I am listening most often",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="which new artists I discovered on this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="I found some new singers lately?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who is new for me in this year, which artists I never heard before",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often I am skipping, in percent",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how much I was skipping last week",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="I skip a lot this month or not",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="how much I repeat same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="I listen same tracks again and again this year, how much",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days in row I listen already",
        family="streak",
    ),
    Fresh(
        text="how long is my streak, days without break",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when I first time listened daft punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when was first time dont stop me now played",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when wet leg appeared first in my history",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when I listened justice last time",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="when was last time I heard la fem dargent",
        family="last_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="the daily, when I listened it last",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was last song which I played",
        family="last_song",
    ),
    Fresh(
        text="last track I listened, what it was",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="which song I listened first today",
        family="first_today",
    ),
    Fresh(
        text="with what song I woke up this morning",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song yesterday what was it",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="with which song I started on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what I played first in last week",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="what was last song I played last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="with what I finished yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="last track day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song I skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="song which I am skipping most often, what is it",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip most of all",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what band I am skipping most of time",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song I have on repeat now",
        family="on_repeat",
    ),
    Fresh(
        text="what song I cannot stop to play",
        family="on_repeat",
    ),
    Fresh(
        text="which track I play again and again these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="make me recap of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="tell me how was my year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give short review of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was our october, musically, tell",
        family="recap",
        period="october",
        person="we",
    ),
    Fresh(
        text="recap of last summer please",
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
        text="when I listen more, in afternoon or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="I listen more on weekend or on working days",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="on weekdays I am listening more than on weekends?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen please",
    "make music louder",
    "turn down volume on kitchen speaker",
    "what is playing now in kitchen",
    "what song is this now",
    "skip this song please",
    "next track",
    "pause podcast",
    "play last episode of the daily",
    "play album discovery",
    "switch on shuffle",
    "turn on repeat for this song",
    "stop music",
    "turn off light in kitchen",
    "set timer on ten minutes",
    "what weather will be tomorrow",
    "add milk in shopping list",
    "make warmer in living room twenty two degrees",
    "what I am listening right now",
    "who sings this song",
    "connect kitchen speaker with speaker in living room",
    "play queen bohemian rhapsody",
    "play something relaxing in bedroom",
    "put radio on",
    "volume on fifty percent",
    "previous song please",
    "play this song from beginning",
    "how long is this song",
    "from which album is this song",
    "is it raining now outside",
    "turn off music in all rooms",
    "play justice on all speakers",
    "set alarm on seven morning",
    "continue podcast",
    "add this song to favourites",
    "mute kitchen",
    "play some jazz",
    "what time is it now",
    "how much time left on timer",
    "play music which is good for cooking",
    "stop playing after this track",
    "louder please I dont hear nothing",
    "close blinds in living room",
]

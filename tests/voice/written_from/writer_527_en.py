"""Writer 527, a Polish native speaker with B1 English (no articles, Polish word order, false friends), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="which artist I was listening most in last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="tell me please who is my number one band in this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="top 3 artists from actual month",
        family="top_artists",
        period="this_month",
        count=3,
    ),
    Fresh(
        text="who I am obsessed lastly, which singer",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="which band we listened most in october",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="eventually you can say me which artist was most played since two weeks",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="what is my most listened song of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="say me five songs which I play most in last 30 days",
        family="top_tracks",
        period="last_30_days",
        count=5,
    ),
    Fresh(
        text="song of summer for me, which one it was",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="which track was my favourite in two thousand twenty five",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="in kitchen which song was most played in this month",
        family="top_tracks",
        period="this_month",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="what album I played most of all",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="which record was most played in previous month",
        family="top_albums",
        period="last_month",
    ),
    Fresh(
        text="my favourite album since march, which is it",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="which podcast I listen most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what podcast I am hooked on lastly",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast in this year please",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how long I was listening music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours we listened in last week",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="how much time I spent for podcasts in actual month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long was music playing in kitchen yesterday in evening",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="hours of listening in last 7 days, how much it is",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="how much Ada was listening in last week",
        family="listening_time",
        period="last_week",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs I played today morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how much times music was played on last weekend",
        family="plays",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="number of all plays since monday",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episodes I listened in last three months",
        family="plays",
        period="last_3_months",
        content="podcasts",
    ),
    Fresh(
        text="how many songs I played in last year",
        family="plays",
        period="last_year",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists I listened in this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how much different bands was in my history",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="from how many artists I heard something in september",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="how many different songs I have listened in last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many various tracks since october",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="number of different songs, all together",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how much times I played bohemian rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times was justice on in this week",
        family="play_count",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="the daily, how many times I listened it in last 30 days",
        family="play_count",
        period="last_30_days",
        name="The Daily",
    ),
    Fresh(
        text="how often I played one more time from daft punk in this year",
        family="play_count",
        period="this_year",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="radiohead how much times I played",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I listen queen yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="I was listening air lastly or not",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="was some justice today",
        family="did_i",
        period="today",
        name="Justice",
    ),
    Fresh(
        text="we listened cafe tacuba in last summer?",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="did I hear the weeknd in this month",
        family="did_i",
        period="this_month",
        name="The Weeknd",
    ),
    Fresh(
        text="digital love was playing on saturday?",
        family="did_i",
        period="saturday",
        name="Digital Love",
    ),
    Fresh(
        text="don't stop me now was on in august or no",
        family="did_i",
        period="august",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="what I was listening yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was playing in kitchen before yesterday",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="say me what I listened on last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what music we had on last weekend",
        family="what_played",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="what I listened on third november",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="what was playing yesterday at quarter before eight in evening",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="which song was on today at half past eight in morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playing at 17 and 15 today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="yesterday around eight in evening what was on",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what song was at noon on saturday",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    # taste
    Fresh(
        text="what kind of music I like, describe me please",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="which style of music is mine",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what is my taste in music, in general",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="in which hour I usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when mostly I am listening, which day and what time",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="on what time of day I am listening most often",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I discover some new artists lastly",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which new bands I found in this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="new artists in last 3 months, who was there first time",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="how often I am skipping, what is my skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how much I skipped in last week",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="what percent of things I skip in this year",
        family="skips",
        period="this_year",
    ),
    # repeat
    Fresh(
        text="how much I repeat same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="do I play again and again same things in this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="what is my repeat rate in last 30 days",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="how many days one after another I am listening",
        family="streak",
    ),
    Fresh(
        text="my streak, how much days in row I listened",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when I listened justice for first time",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when first time was playing sexy boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when I played wet leg first time",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when last time I listened queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was last time the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time when I played eres, when it was",
        family="last_play",
        name="Eres",
    ),
    # last_song
    Fresh(
        text="what was last song I played",
        family="last_song",
    ),
    Fresh(
        text="last track which was on, what it was",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was first song today",
        family="first_today",
    ),
    Fresh(
        text="with what song I started day today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was first song yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track on last friday which was",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="with which song I started actual week",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what was last song yesterday in evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="on what I finished on saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last song day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song I skip most of all",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track I always jump over",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what band I am skipping most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song I have on repeat actually",
        family="on_repeat",
    ),
    Fresh(
        text="which song I cannot stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what is my actual song on repeat",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me summary of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="make me review of last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="rundown of my listening please",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was our october with music",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="I listen more in morning or in evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="when I listen more, before noon or after noon",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I morning listener or evening one in this year",
        family="compare_day_parts",
        period="this_year",
    ),
    # compare_week
    Fresh(
        text="I listen more on weekend or on working days",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="when I listen more, from monday to friday or on weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="more listening on weekdays or weekend in last month",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen",
    "make music louder please",
    "what is actual playing in kitchen",
    "what song is this",
    "skip this song",
    "next track",
    "stop podcast please",
    "pause music in kitchen",
    "turn off light in kitchen",
    "play album discovery",
    "put volume on 30",
    "make more quiet",
    "turn on shuffle",
    "switch on repeat for this song",
    "connect speaker in kitchen with living room",
    "set timer on ten minutes",
    "what weather will be tomorrow in Berlin",
    "add milk to shopping list",
    "put heating on twenty one degrees",
    "what I am listening now",
    "who is singing this actual song",
    "play newest episode of the daily",
    "play some justice",
    "play queen bohemian rhapsody in kitchen",
    "louder in kitchen",
    "go back to previous song",
    "play radio",
    "stop everything",
    "is it raining now",
    "how warm is in kitchen",
    "set alarm on seven in morning",
    "turn off music after twenty minutes",
    "play something calm for cooking",
    "from which album is this song",
    "add this song to favourites",
    "play next episode of podcast",
    "lower volume little bit",
    "what is on shopping list",
    "switch off speaker in kitchen",
    "play air moon safari from beginning",
    "remind me to buy bread at five",
    "play music everywhere in home",
    "forward podcast thirty seconds",
    "what time is it now",
    "turn on light in living room",
]

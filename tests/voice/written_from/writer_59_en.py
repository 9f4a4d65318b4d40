"""Writer 59, a competitive sports fan who talks about his listening like league tables and stats, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who's my MVP this month, artist-wise",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="top of the artist leaderboard for twenty twenty five, who is it",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="give me my top 3 artists of all time, podium finish",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in the kitchen, which band's been leading the league lately",
        family="top_artists",
        period="lately",
        room="kitchen",
    ),
    Fresh(
        text="which artist has been carrying the team since October",
        family="top_artists",
        period="since_october",
    ),
    Fresh(
        text="what's Ada's top artist this month",
        family="top_artists",
        period="this_month",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what's my number one song this week, top of the table",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="gimme the top five tracks of the summer",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="song of the season for last year, what was it",
        family="top_tracks",
        period="last_year",
    ),
    Fresh(
        text="which track's been the MVP over the last 30 days",
        family="top_tracks",
        period="last_30_days",
    ),
    Fresh(
        text="in the kitchen what song's top of the table since Monday",
        family="top_tracks",
        period="since_monday",
        room="kitchen",
    ),
    Fresh(
        text="what was our top song in October",
        family="top_tracks",
        period="october",
        person="we",
    ),
    # top_albums
    Fresh(
        text="what album's top of the table this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="most played record in September, who takes it",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="top two albums of all time for me, let's see the standings",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast is my MVP this month",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="what podcast have I been hooked on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="podcast-wise, who's been leading the league since March",
        family="top_podcasts",
        period="since_march",
    ),
    # listening_time
    Fresh(
        text="how many minutes did I log yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="total hours of music so far this year, give me the number",
        family="listening_time",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="how much podcast time did I put in last week",
        family="listening_time",
        period="last_week",
        content="podcasts",
    ),
    Fresh(
        text="how many hours did we log last month as a household",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="how long did I listen this afternoon, total minutes on the clock",
        family="listening_time",
        period="this_afternoon",
    ),
    Fresh(
        text="kitchen speaker, how many hours of playing time did it get last week",
        family="listening_time",
        period="last_week",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs did I rack up today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="total plays last weekend, what's the count",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="how many episodes did I get through this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many streams are on the board since Monday",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many songs did Ada play last week",
        family="plays",
        period="last_week",
        content="music",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="how deep's the roster, how many different artists did I play this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different artists suited up for me in August",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="how many different songs made an appearance this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="number of unique tracks I played last month",
        family="songs_count",
        period="last_month",
    ),
    # play_count
    Fresh(
        text="how many appearances did Da Funk make this month",
        family="play_count",
        period="this_month",
        name="Da Funk",
    ),
    Fresh(
        text="how many times has Queen hit the field this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times did bohemian rhapsody get played in october",
        family="play_count",
        period="october",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many games has Radiohead played for me, like ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="the daily how many times did i play it the last seven days",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did Air get any minutes last week",
        family="did_i",
        period="last_week",
        name="Air",
    ),
    Fresh(
        text="did Bohemian Rhapsody make the lineup yesterday",
        family="did_i",
        period="yesterday",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="any Justice this morning or did they sit this one out",
        family="did_i",
        period="this_morning",
        name="Justice",
    ),
    Fresh(
        text="Wet Leg, they get any playing time last summer?",
        family="did_i",
        period="last_summer",
        name="Wet Leg",
    ),
    Fresh(
        text="did I catch The Daily the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="what was in my lineup yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I have on last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what did we have going on Saturday, music and whatever else",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="run me through what I listened to on November 3rd",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what was I listening to last night",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was playing at ten past eight last night",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was on the field at half past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was on at five fifteen this afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Wednesday at noon, what was playing",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="what was on at 9 pm on Saturday",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    # taste
    Fresh(
        text="give me the scouting report on my taste in music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="if you were scouting me, what kind of music would you say I'm into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste been like this year, who's on my roster mostly",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what's my prime time, when do I usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my usual kickoff time and game day for listening, like what hour and what day of the week",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any rookies break into the lineup this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who are the rookie artists I picked up over the past two weeks",
        family="new_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="did any rookies debut for me in 2025",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="what's my bench rate, how often do I skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how much stuff did I bench last week out of everything I played",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="skip percentage this month, how bad is it",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="what's my replay rate, how much do I run back the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how repetitive have I been this month, same tunes over and over?",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(text="what's my listening streak at", family="streak"),
    Fresh(
        text="how many days in a row have I listened now, is the streak still alive",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did Justice make their debut in my history",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did Eres first show up on my stat sheet",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when was the first time I played The Weeknd",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(text="when did Queen last get minutes", family="last_play", name="Queen"),
    Fresh(
        text="last appearance for Sexy Boy, when was that",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when's the last time I had the Discovery album on",
        family="last_play",
        name="Discovery",
    ),
    # last_song
    Fresh(text="what was the last song I played, final whistle", family="last_song"),
    Fresh(text="most recent track I played, what was it", family="last_song"),
    # first_today
    Fresh(text="what led off today, what was my opening song", family="first_today"),
    Fresh(
        text="who took the opening kickoff today, like what was the very first song I played",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the leadoff song yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track I played on Saturday", family="first_in", period="saturday"
    ),
    Fresh(text="what song kicked off my month", family="first_in", period="this_month"),
    # last_in
    Fresh(
        text="what closed out last Friday for me, the last song",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="the closer last night, what was the last song",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what was the final song of the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song rides the bench the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track do I bench most often",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist gets benched the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the artist I skip the most, worst bench record on the roster",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="what song am I on a heater with these days", family="on_repeat"),
    Fresh(text="which song's in heavy rotation for me these days", family="on_repeat"),
    Fresh(text="what song can't I stop playing", family="on_repeat"),
    # recap
    Fresh(text="give me my stat line for the week", family="recap", period="this_week"),
    Fresh(text="season recap for twenty twenty five", family="recap", period="in_2025"),
    Fresh(
        text="how'd my October go, full postgame breakdown",
        family="recap",
        period="october",
    ),
    Fresh(
        text="give me the rundown of my listening", family="recap", period="this_month"
    ),
    Fresh(
        text="how was last month for Ada, box score style",
        family="recap",
        period="last_month",
        person="Ada",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning game or a night game guy when it comes to listening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I put up more minutes in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month, mornings or afternoons, when do I listen more",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="weekday games versus weekend games, when do I listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do I log more listening on weekends than during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="last 3 months, weekends or weekdays, where am I putting up bigger numbers listening",
        family="compare_week",
        period="last_3_months",
    ),
]

NEGATIVES = [
    "put some Daft Punk on in the kitchen, let's go",
    "crank it up, it's game time",
    "bench this song",
    "skip this track, sub it out",
    "what song is this",
    "who's this playing right now",
    "pause the Daily, it's halftime",
    "next track in the living room",
    "turn off the kitchen light",
    "play the album Cross",
    "volume to eight",
    "shuffle Justice in the kitchen",
    "put this song on repeat",
    "turn repeat mode off",
    "group the kitchen and living room speakers for the game",
    "set a timer for fifteen minutes, halftime",
    "what's the weather for the tailgate tomorrow",
    "add wings and beer to the shopping list",
    "set the thermostat to seventy",
    "what am I listening to right now",
    "what's the score of the Bears game",
    "when do the Packers play this Sunday",
    "play We Will Rock You by Queen, full blast",
    "lower the volume in the kitchen",
    "play The Daily",
    "resume the podcast",
    "stop the music",
    "play Bohemian Rhapsody from the top",
    "restart this song",
    "go back a track",
    "like this song",
    "add this song to my pump-up playlist",
    "play some game day music in the kitchen",
    "turn the kitchen speaker off",
    "mute the kitchen",
    "set an alarm for 7 am, it's game day",
    "what time is kickoff tonight",
    "dim the living room lights, game's starting",
    "play the newest episode of The Daily in the kitchen",
    "what's playing in the kitchen",
    "turn the bass up",
    "read me the sports headlines",
    "make a playlist called starting lineup",
]

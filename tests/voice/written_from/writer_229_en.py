"""Writer 229, Johannesburg taxi driver asking quickly between fares, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="howzit, quick one between fares, who's my number one artist this month hey",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="ja so which band was I obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists last year, go",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="in the kitchen which artist gets played the most since October",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="the last seven days who did I play most, which artist, quick quick",
        family="top_artists",
        period="last_7_days",
    ),
    # top_tracks
    Fresh(
        text="what's my song of the year so far ja",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="name me my five most played tracks in October hey",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="which song did we have on the most last week",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="most played tune ever, what is it bru",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="last summer hey, which song did I play the most",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="which album did I play the most this summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="ja my go-to record the last three months, what's that one",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="top two albums last month hey",
        family="top_albums",
        period="last_month",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my most played show this year, the podcast I mean",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="quick question, top podcast in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how long did I have music on yesterday hey",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many hours of listening this week so far, is it a lot",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how much podcast time did I clock last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="ja how many minutes of tunes this morning",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="over the past two weeks how many hours did I listen altogether",
        family="listening_time",
        period="last_2_weeks",
    ),
    Fresh(
        text="how long did Ada listen yesterday",
        family="listening_time",
        period="yesterday",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs did I play today roughly",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many episodes have I listened to since Monday hey",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="total plays in the last 30 days, how many",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many tracks did we play last weekend",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists this year hey",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="ja how many bands have I listened to altogether",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="number of different artists last month, was it a lot",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="since March how many different tracks hey",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="different songs in total, how many is it",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did I play bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Daft Punk have I had on this year hey",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="that daft punk one more time song, how many times last week",
        family="play_count",
        period="last_week",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have I ever played Radiohead",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="listened to any Justice lately?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="eh, Queen yesterday, did I have some on?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="did I catch The Daily this morning hey",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did we play any Wet Leg last month",
        family="did_i",
        period="last_month",
        name="Wet Leg",
        person="we",
    ),
    Fresh(
        text="sexy boy by air, did I play it in August",
        family="did_i",
        period="august",
        name="Sexy Boy by Air",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I have on last Friday hey",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="ja what got played in the kitchen on Saturday",
        family="what_played",
        period="saturday",
        room="kitchen",
    ),
    Fresh(
        text="what music did I play the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="what did Ada listen to last week",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="september what was I playing, just give me the gist",
        family="what_played",
        period="september",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="this morning half past eight, what song was playing",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="ten past eight yesterday evening what was that track hey",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was playing at quarter past five today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, tell me straight",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste hey, quick before the next fare",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my vibe this year music-wise",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I mostly play my tunes, which day and what time",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="my busiest listening hour, when is it hey",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered anyone new lately?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this month, first-timers",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which bands did I hear for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often do I skip hey",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="ja last week, did I skip a lot of tracks",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same stuff",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="lately do I keep going back to the same things over and over",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening now",
        family="streak",
    ),
    Fresh(
        text="what's my streak hey, days straight",
        family="streak",
    ),
    Fresh(
        text="ja how long is my listening streak, how many days running",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first play Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did cafe tacuba first turn up hey",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="first time I ever heard Bohemian Rhapsody, when was that",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when did I first listen to The Weeknd",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when last did I play Queen hey",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time I had The Daily on, when was it",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="around the world by daft punk when did I last play it",
        family="last_play",
        name="Around the World by Daft Punk",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="ja the last track, what was it hey",
        family="last_song",
    ),
    Fresh(
        text="what did I play last, which song",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to today hey",
        family="first_today",
    ),
    Fresh(
        text="first song today, what was it",
        family="first_today",
    ),
    Fresh(
        text="what was the very first track I played today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I start with last Friday hey",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track on November 3rd, what was it",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="what did I finish off with on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last song I played yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="the day before yesterday, the last track, what was it hey",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="ja what's the track I always skip hey",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do I keep skipping, which band hey",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what's on heavy rotation hey",
        family="on_repeat",
    ),
    Fresh(
        text="which song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song can't I stop playing, shame",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was my week in music hey",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="run me through last month quick quick",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="give me my twenty twenty five in review",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or an evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I play more music in the mornings or at night hey",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="afternoons or evenings, when do I listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend or during the week, when do I play more tunes hey",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "howzit, play Daft Punk in the kitchen",
    "turn the music up hey",
    "ja turn the volume down a bit",
    "what's playing in the kitchen",
    "what song is this hey",
    "skip this song, it's kak",
    "pause the podcast quick",
    "next track in the kitchen",
    "turn off the kitchen light",
    "play the album Discovery",
    "shuffle on",
    "put repeat on for this song",
    "group the kitchen and lounge speakers",
    "set a timer for ten minutes, I must go just now",
    "what's the weather now-now",
    "add milk and bread to the shopping list",
    "set the thermostat to twenty two",
    "what am I listening to right now",
    "who sings this one hey",
    "play Bohemian Rhapsody by Queen",
    "play some lekker music",
    "resume The Daily",
    "volume to five",
    "stop the music, I'm going",
    "play the latest episode of The Daily",
    "turn off repeat",
    "what's this artist called, the one playing now",
    "play Justice in the lounge",
    "louder hey, louder",
    "go back to the previous song",
    "remind me in an hour to fetch my passenger",
    "switch the kitchen lights on",
    "is it going to rain just now",
    "play something by Air",
    "mute the speaker",
    "how long is left on this song",
    "play Café Tacvba in the kitchen",
    "turn the bass up on the kitchen speaker",
    "what time is it",
    "set an alarm for five tomorrow morning",
    "fast forward the podcast thirty seconds",
    "move the music to the bedroom speaker",
    "add this song to my playlist",
    "play the radio in the kitchen",
]

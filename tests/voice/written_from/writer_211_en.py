"""Writer 211, fitness-minded runner (Appalachian US English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who'd I run to the most this month, reckon you could tell me?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="which band did I have on the most last week while I was a-running",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="I'm fixing to build me a new workout mix, who're my top three artists so far this year",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="who've I been plumb obsessed with lately, artist-wise",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, who gets played the most, all told",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who was our number one artist back in twenty twenty five",
        family="top_artists",
        period="in_2025",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what's my number one running song of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name me my five most played tracks since March",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="October's song of the month, what was it, I can't recall",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="which tune did I play the most last summer, back when I was training for that half marathon",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="top 2 songs the last thirty days",
        family="top_tracks",
        period="last_30_days",
        count=2,
    ),
    Fresh(
        text="what song have I played the most over the past two weeks, I'd like to know",
        family="top_tracks",
        period="last_2_weeks",
    ),
    # top_albums
    Fresh(
        text="what record did I about wear plumb out this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which album carried me through the most miles in 2025",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="reckon you could tell me my favorite album over the last three months",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="top album back in August, I had a heap of hill repeats that month",
        family="top_albums",
        period="august",
    ),
    # top_podcasts
    Fresh(
        text="which podcast do I lean on most for them long slow runs",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what show was I hooked on this summer",
        family="top_podcasts",
        period="summer",
    ),
    Fresh(
        text="most played podcast last month?",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did I log this week, I'm a-comparing it to my mileage",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long'd I have tunes going yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="total time I spent listening last week, hours and minutes if you got em",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much podcast time did I put in during September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how long did we have music on over last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="how long have I been listening in the kitchen today, roughly",
        family="listening_time",
        period="today",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs did I go through on my run this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="give me a count of the tracks I've played since Monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="day before yesterday, how many things did I play altogether",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="how many podcast episodes have I played this year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="how many plays did we rack up last month",
        family="plays",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="number of songs in the kitchen today, just roughly",
        family="plays",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="I was doing intervals, how many tunes did I get through this afternoon",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists did I run to this month",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="how many different bands I heard in the last seven days",
        family="artists_count",
        period="last_7_days",
    ),
    Fresh(
        text="artists, how many different ones have I had on since October",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="how many different artists have I ever listened to, every last one of em",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I cycle through last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="this summer, how many different tracks all told",
        family="songs_count",
        period="summer",
    ),
    Fresh(
        text="how many different songs did we play yesterday",
        family="songs_count",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="how many separate tunes are in my whole history, I'm just curious",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times I play Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Justice have I had on this week, might could be a lot",
        family="play_count",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="how many times did don't stop me now come on last month",
        family="play_count",
        period="last_month",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="how often'd I put The Daily on in October",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="how many plays has Radiohead got this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="count me how many times I played that one more time song by daft punk since march",
        family="play_count",
        period="since_march",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times has Ada played Queen this month",
        family="play_count",
        period="this_month",
        name="Queen",
        person="Ada",
    ),
    Fresh(
        text="I bet it's a bunch, how many times did I play around the world in the last thirty days",
        family="play_count",
        period="last_30_days",
        name="Around the World",
    ),
    # did_i
    Fresh(
        text="did I hear any Air yesterday evening",
        family="did_i",
        period="yesterday_evening",
        name="Air",
    ),
    Fresh(
        text="listened to any cafe tacuba lately?",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="did Phantom come up on my run last Friday",
        family="did_i",
        period="last_friday",
        name="Phantom",
    ),
    Fresh(
        text="did I play dance by justice on Saturday",
        family="did_i",
        period="saturday",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="any Wet Leg in there last year",
        family="did_i",
        period="last_year",
        name="Wet Leg",
    ),
    Fresh(
        text="did we have the Discovery album on last weekend",
        family="did_i",
        period="last_weekend",
        name="Discovery",
        person="we",
    ),
    Fresh(
        text="I get any Queen in on November third?",
        family="did_i",
        period="november_3",
        name="Queen",
    ),
    Fresh(
        text="did The Daily play this morning, before I went out a-running",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="what all was I a-running to this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what was I listening to yesterday evening while I was stretching out",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through what played last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what music did I have on, on Saturday, for the long run",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="what was on day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did Ada listen to last week",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="what'd I listen to on the 3rd of November, that was a recovery day",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="what was a-playing yesterday at a quarter till eight in the evening",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was on at ten after eight this morning, I was just hitting mile one",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="what was on at five fifteen this afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was playing last Friday at nine at night",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="reckon you know what was on at noon Saturday",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="at 8 pm yesterday, what was going on the speaker",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what was playing at eight in the morning on November 3rd",
        family="playing_at",
        moment="2026-11-03 08:00",
    ),
    Fresh(
        text="half past eight this morning, what song was that",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="what kind of music would you say I'm into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste for me, what do I tend to run to",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste been like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="when do I usually listen, what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my usual listening hour this month, and which day",
        family="peak",
        period="this_month",
    ),
    Fresh(
        text="which day of the week do I listen the most, I reckon it's Saturdays, long run day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I discover anybody new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new artists turn up on my runs lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who'd I hear for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="what new bands did I come across last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do I skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate looking like this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many times did I skip stuff last month, out of how many",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="am I skipping a right smart amount lately",
        family="skips",
        period="lately",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="do I run to the same old tunes time and again, what's the repeat rate on that",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening now",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak at, like my run streak, how many days straight",
        family="streak",
    ),
    Fresh(
        text="how many days running have I had something on, no breaks",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first play Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did cafe tacvba first show up in my history",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when'd I first run to Sexy Boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="first time I ever heard The Weeknd on here, when was that",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when's the last time I had Queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time I played Genesis by Justice?",
        family="last_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="when did I last listen to The Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I last put on the Moon Safari album",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="the very last thing I had on, what song was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what'd I start my day off with, song-wise",
        family="first_today",
    ),
    Fresh(
        text="first song I played today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what'd I kick off the long run with on Saturday, first song",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first tune of last week",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="first song I heard in October",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="last song I played last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the last thing I played yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="what closed out last week for me, the final song",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="the day before yesterday, what'd I finish on",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="what song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track gets skipped most when I'm a-running",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the band I keep a-skipping over",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's in heavy rotation for my runs right now",
        family="on_repeat",
    ),
    Fresh(
        text="what song can't I quit playing",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how'd last month go, music-wise",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="might could you do me up a year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a recap of October",
        family="recap",
        period="october",
    ),
    Fresh(
        text="fill me in on my listening, the whole rundown",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how'd we do last week, recap it for me",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more of a morning listener or an evening one, what with my runs and all",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons or nights, when do I listen more this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or on weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends versus weekdays, which gets more listening, since my long runs are Saturdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="did I listen more on the weekends or during the week last month",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "play some Daft Punk in the kitchen, I'm fixing to stretch",
    "turn that music up, I can't hear it over the blender",
    "what song is this a-playing",
    "skip this one",
    "pause the podcast, I'm heading out the door",
    "next track in the kitchen",
    "turn off the kitchen light",
    "play the album Discovery",
    "set a timer for twenty minutes, that's my ice bath",
    "what's the weather fixing to do this evening, might could get a run in",
    "add bananas and peanut butter to the shopping list",
    "set the thermostat to sixty eight",
    "what am I listening to right now",
    "shuffle my running playlist",
    "put this song on repeat",
    "turn repeat off",
    "volume to seven",
    "group the kitchen speaker with the one yonder in the living room",
    "play The Daily",
    "what's playing in the kitchen",
    "louder, I'm a-doing burpees",
    "stop the music",
    "go on and resume",
    "play Justice, Cross, the whole thing",
    "play something upbeat for a tempo run",
    "who sings this",
    "is it fixing to rain",
    "remind me to foam roll at nine",
    "set an alarm for five thirty, long run in the morning",
    "how cold is it out yonder",
    "turn the heat down a touch",
    "play Bohemian Rhapsody real loud",
    "go back a song",
    "restart this track",
    "add this song to my running playlist",
    "turn off the speaker in the kitchen",
    "play the newest episode of The Daily",
    "skip ahead thirty seconds",
    "mute the kitchen",
    "play me some Queen, Don't Stop Me Now, I need a kick in the pants",
    "how long's left on my timer",
    "dim the kitchen lights to half",
    "play music in every room",
    "move the music over to the bedroom speaker",
    "what album is this from",
    "put on some Air for my cooldown",
    "turn shuffle on",
    "play a podcast while I'm a-running on the treadmill",
]

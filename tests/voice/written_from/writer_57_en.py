"""Writer 57, a tired night-shift nurse (New Zealander, short on patience, shift talk), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="on my break, quick one, who'd I listen to most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="yeah nah who's my number one artist this year eh",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who have I been obsessed with lately, reckon I know but go on",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists since October, go",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="in the kitchen who gets played the most, like ever",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="which band did I have on most this summer between night shifts",
        family="top_artists",
        period="summer",
    ),
    # top_tracks
    Fresh(
        text="what's my most played song this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five most played tracks of last year, chur",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="song of the week so far? been a long one eh",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="what song did we play most in October",
        family="top_tracks",
        period="october",
        person="we",
    ),
    # top_albums
    Fresh(
        text="which album did I hammer the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="most played record over the last three months eh",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="what's my top album of all time, sweet as",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what was my most listened podcast in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how many hours did I listen last week, be honest",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much music did I have on yesterday all up",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how long have I spent on podcasts this month, heaps I reckon",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total listening time since March, roughly",
        family="listening_time",
        period="since_march",
    ),
    Fresh(
        text="how long was stuff playing this morning after I got in off nights",
        family="listening_time",
        period="this_morning",
    ),
    Fresh(
        text="minutes listened in the last seven days, just the number",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="how many songs have I played today, knackered, just wanna know",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many plays did I rack up the day before yesterday",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="how many episodes did I get through in September, shift was brutal that month",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did we get through last weekend",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="since Monday how many things have I played all up",
        family="plays",
        period="since_monday",
    ),
    # artists_count
    Fresh(
        text="how many different artists did I listen to last month",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="heaps of artists this year or what? how many different ones",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="how many different songs have I played this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="number of different tracks in the last thirty days eh",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="how many times have I played Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times did I listen to the daily last week, roughly",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="times I've played that daft punk one more time song, ever",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have I played Six60 this year",
        family="play_count",
        period="this_year",
        name="Six60",
    ),
    # did_i
    Fresh(
        text="did I hear any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to any of the band Air lately?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did I have sexy boy on last friday, cant remember",
        family="did_i",
        period="last_friday",
        name="Sexy Boy",
    ),
    Fresh(
        text="yeah nah did I put Radiohead on at all last month",
        family="did_i",
        period="last_month",
        name="Radiohead",
    ),
    Fresh(
        text="did we have the daily on on saturday",
        family="did_i",
        period="saturday",
        name="The Daily",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening before I headed in",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was on in the kitchen last weekend while I was sleeping off nights",
        family="what_played",
        period="last_weekend",
        room="kitchen",
    ),
    Fresh(
        text="what did I play this afternoon after I woke up",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="fill me in on what I had on on November 3rd",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what was I playing back in August, can't remember a thing from that roster",
        family="what_played",
        period="august",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was playing at about ten past eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was that song at half eight this morning when I got in",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playing at quarter past five this arvo",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="on Wednesday round nine at night, what was on",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what kind of stuff am I into, reckon you'd know by now",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste, go on, I'm too tired to",
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
        text="what time of day do I usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I normally have something on, like which hour and which day, with my rosters it's a mess",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered anyone new lately eh",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd I hear for the first time last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do I skip stuff, honestly",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="was I skipping heaps last week? how many skips out of plays",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same stuff over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate been over the past two weeks",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened now",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak at, even with the night shift weeks",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did cafe tacuba first turn up in my history",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when did I first play Wet Leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did I last play don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time I had the daily on?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was the last time I listened to the album Moon Safari",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="the last song I had on, what was it, brain's fried",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played today",
        family="first_today",
    ),
    Fresh(
        text="first track I put on today, what was it eh",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what song did I start off with last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the very first song on Saturday, my day off",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what was the last song I played last night before I left for work",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song I played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what track did I finish up with on November the third",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the one track I always bin off halfway through",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the band I keep skipping, out of all of them",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song can't I stop playing, it's stuck in my head on every shift",
        family="on_repeat",
    ),
    Fresh(
        text="what's on heavy rotation for me at the moment eh",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was my week in listening",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me a rundown of my listening, chur",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="run me through last month, keep it short",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="year in review please, sweet as",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how'd my October go, listening-wise",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the arvo or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month, have I been listening more in the mornings or the evenings, with the shifts all over the place",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends versus week days, when do I have more on",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="last summer did I listen more at the weekends than during the week",
        family="compare_week",
        period="last_summer",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen",
    "turn the music up eh, can't hear it over the jug",
    "what's playing in the kitchen right now",
    "what song is this",
    "skip this song, yeah nah not feeling it",
    "pause the podcast, I'm on the phone to the ward",
    "next track in the kitchen",
    "turn off the kitchen light",
    "play the album Discovery",
    "volume down to three, I'm going to bed",
    "shuffle on",
    "put repeat mode on for this one",
    "group the kitchen and the bedroom speakers",
    "set a timer for twenty minutes, power nap before my shift",
    "what's the weather like for the drive in tonight",
    "add milk to the shopping list",
    "turn the heating up to twenty one",
    "what am I listening to right now",
    "play The Daily",
    "stop the music, chur",
    "play some Queen while I get ready for work",
    "who sings this song",
    "louder",
    "play Bohemian Rhapsody",
    "wake me up at half five for night shift",
    "set an alarm for four in the arvo",
    "is it gonna rain this arvo",
    "turn off all the speakers, I need to sleep",
    "play something chill in the kitchen",
    "next episode of the podcast",
    "skip ahead thirty seconds",
    "what album is this song from",
    "play Justice, the Cross album",
    "turn shuffle off eh",
    "mute the kitchen speaker",
    "resume the podcast from where I left off",
    "play the radio",
    "how long is left on this track",
    "add coffee and bread to the shopping list",
    "turn the thermostat down, it's roasting in here",
    "put the kitchen lights on dim",
    "what time is it",
    "play Air in the kitchen, something mellow",
    "go back to the previous song",
    "cancel the timer",
    "like this song",
]

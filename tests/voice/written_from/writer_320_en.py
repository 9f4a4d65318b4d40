"""Writer 320, a hurried New Zealand nurse between shifts, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="quick one, who've I been hammering the most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="who's my number one artist eh like of all time",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="who have I been obsessed with lately, been on nights so honestly can't remember",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three bands last month, go",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="in the kitchen who gets played the most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="my go-to artist over the past two weeks, who is it",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="song of the week so far?",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="gimme my five most played tracks this year, sorry in a rush",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="what was the song I had on the most in october",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="last weekend what did we play most, like which song",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    # top_albums
    Fresh(
        text="which album have I absolutely thrashed",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="most played record over the last three months",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="favourite album since march, um, by plays I mean",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am I hooked on at the moment",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top podcast this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="which show have I listened to most, podcast wise",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how long have I had music going today, roughly",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="hours of listening last week?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much did I listen this arvo, I was only home like half an hour",
        family="listening_time",
        period="this_afternoon",
    ),
    Fresh(
        text="how long were we listening to stuff in september all up",
        family="listening_time",
        period="september",
        person="we",
    ),
    Fresh(
        text="total listening since monday, in minutes if you can",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="in the kitchen how long's the music been on this week",
        family="listening_time",
        period="this_week",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs have I played today so far",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="number of plays yesterday",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="how many episodes did I get through last month on my commutes",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many tunes did I chuck on over the last 30 days",
        family="plays",
        period="last_30_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists did I get through last summer, different ones",
        family="artists_count",
        period="last_summer",
    ),
    Fresh(
        text="heaps of different bands this month or nah? how many",
        family="artists_count",
        period="this_month",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play in August",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="separate tracks this week, not counting repeats, how many",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many individual songs have I ever played",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times have I played bohemian rapsody, it's gotta be heaps",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily, how many times did it play last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="count of plays for moon safari this year",
        family="play_count",
        period="this_year",
        name="Moon Safari",
    ),
    Fresh(
        text="how many times have I played six sixty",
        family="play_count",
        period="all_time",
        name="Six60",
    ),
    # did_i
    Fresh(
        text="did I listen to any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="had the daily on this morning? can't remember, was half asleep",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="any queen last weekend",
        family="did_i",
        period="last_weekend",
        name="Queen",
    ),
    Fresh(
        text="did I play that cafe tacuba song eres last month",
        family="did_i",
        period="last_month",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="have I listened to lorde at all this year",
        family="did_i",
        period="this_year",
        name="Lorde",
    ),
    Fresh(
        text="digital love, did I have that on since october",
        family="did_i",
        period="since_october",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="what was on yesterday evening after I got in from work",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I listen to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what music did I have on last friday, the day off",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what was I playing on the third of November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what'd we listen to on saturday",
        family="what_played",
        period="saturday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="what was that song at ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was on at 8 this morning, just before I left for handover",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was playing at quarter past five this arvo",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was on around midday on wednesday",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="last friday at 9pm what was playing",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="what's my music taste like in a nutshell",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste, be honest, I can take it",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time do I usually listen, I'm on rotating shifts so I'm curious",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week do I listen the most and what time",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when's my peak listening",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered anyone new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new artists in the last 7 days",
        family="new_artists",
        period="last_7_days",
    ),
    Fresh(
        text="who did I listen to for the first time last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do I skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my skip rate this week, bet it's bad",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="did I skip heaps last month",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same tracks over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened",
        family="streak",
    ),
    Fresh(
        text="what's my streak at, still going even with the nights?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did phantom first pop up",
        family="first_play",
        name="Phantom",
    ),
    Fresh(
        text="first time I ever played the daily, when was that",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I first hear fat freddy's drop",
        family="first_play",
        name="Fat Freddy's Drop",
    ),
    # last_play
    Fresh(
        text="when did I last play don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time I had air on",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="when was the last time I listened to cross, the album not the, yeah the album",
        family="last_play",
        name="Cross",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="last thing I listened to, song I mean, what was it called",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song today",
        family="first_today",
    ),
    Fresh(
        text="what'd I kick the day off with, song wise",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first track on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what did I start off with last week, very first song",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="first song in september",
        family="first_in",
        period="september",
    ),
    # last_in
    Fresh(
        text="what did I finish up with last night before bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song I played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was the final track last friday",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track do I always skip, there's gotta be one",
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
        text="who do I bail on the most, like which band gets skipped",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat at the moment",
        family="on_repeat",
    ),
    Fresh(
        text="which song can't I stop playing, it's doing my head in",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of my listening, quick",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how'd my week go music wise, short version",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="year in review please",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through october",
        family="recap",
        period="october",
    ),
    Fresh(
        text="recap of last summer, what was I into",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more a night time listener or an afternoon one, with the shifts I reckon nights",
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
        text="weekends versus weekdays, which one's got more listening",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen",
    "turn the music up a bit eh",
    "what's playing in the kitchen",
    "what song is this",
    "skip this song, nah, skip it",
    "pause the podcast, gotta take a call",
    "next track in the kitchen",
    "turn off the kitchen light",
    "play the album discovery",
    "set a timer for ten minutes",
    "set an alarm for five thirty tomorrow, early shift",
    "what's the weather doing this arvo",
    "add milk and bread to the shopping list",
    "turn the heat pump up to twenty one",
    "what am I listening to right now",
    "volume down to three",
    "shuffle on",
    "turn repeat off",
    "group the kitchen and lounge speakers",
    "play the daily",
    "resume the podcast",
    "who sings this",
    "what album is this from",
    "stop the music, I'm off to work",
    "play some queen",
    "play bohemian rhapsody",
    "turn it down, flatmate's sleeping",
    "play justice a bit louder in the kitchen",
    "skip forward thirty seconds",
    "go back to the start of the episode",
    "mute the kitchen speaker",
    "how long left on the timer",
    "cancel the timer",
    "is it gonna rain tomorrow",
    "play something chill for after a night shift",
    "put on the radio",
    "what time is it",
    "remind me to grab my lanyard",
    "dim the lights to twenty percent",
    "turn on repeat for this song",
    "play air on the kitchen speaker",
    "next episode",
    "add jandals to the shopping list",
    "what's this track called, the one playing now",
]

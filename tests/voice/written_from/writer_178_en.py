"""Writer 178, busy parent multitasking in the kitchen (Toronto), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="okay who've I been listening to the most, Noah, hands OFF the oven, sorry, this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="who was my number one artist last year, eh",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="sorry who's the band I've been totally obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists since March, no wait, since October",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="who did we play the most in the kitchen last week, like which band",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="in the kitchen, who gets played the most, artist I mean, this month",
        family="top_artists",
        period="this_month",
        room="kitchen",
    ),
    Fresh(
        text="who was I obsessed with last summer, artist-wise, hang on the kettle's going",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="top artist over the past two weeks? quick, I've got onions on",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="what's my most played song of all time, I mean like ever ever",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name my five most played songs this year, five not four, Emma stop counting on your fingers",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="what was my song of the summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="top tracks in August, go",
        family="top_tracks",
        period="august",
    ),
    Fresh(
        text="Ada's top two songs last month, that's me, eh, just checking it knows",
        family="top_tracks",
        period="last_month",
        count=2,
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="what album did I play the most in October",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="my favourite record, like the whole album, over the last three months",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="which album have I been hooked on lately, the kids say it's always the same one",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="top two albums of twenty twenty five",
        family="top_albums",
        period="in_2025",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what's my go-to podcast these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which podcast did I listen to most this year, hang on, no, last year",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="most played show, podcast I mean, not TV, in September",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="how long did I have music on today, roughly",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did I listen last week, Liam get your toque on we're leaving in five",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how many minutes of podcasts did I get through this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long was the music going in the kitchen yesterday evening",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how many hours did we listen to in total last month",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="how long did I listen the day before yesterday, I mean Wednesday, same thing",
        family="listening_time",
        period="day_before_yesterday",
    ),
    Fresh(
        text="since Monday, how many hours of podcasts, roughly, doesn't have to be exact",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="how many songs did I play this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many tracks since Monday, no wait, in the last seven days",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="total plays this year, everything, podcasts too",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="how many episodes did I play in October",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="how many songs did we get through on Saturday, it was a big cleaning day",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many songs did I play in the kitchen this afternoon, sorry, Noah, one sec, this afternoon",
        family="plays",
        period="this_afternoon",
        content="music",
        room="kitchen",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands did I play last month, like different ones, not plays",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="number of artists, total, ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many unique tracks in the last thirty days, eh",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="different songs last summer, how many, Emma sit DOWN please, how many was it",
        family="songs_count",
        period="last_summer",
    ),
    # play_count
    Fresh(
        text="how many times have I played bohemian rapsody, the Queen one",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Daft Punk have I had on this week, be honest",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times did I put on The Daily last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how many times did I play one more time, ha, the daft punk one, since October",
        family="play_count",
        period="since_october",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have I played the Tragically Hip this year",
        family="play_count",
        period="this_year",
        name="The Tragically Hip",
    ),
    Fresh(
        text="Digital Love, how many times in the last three months, I swear it's every morning",
        family="play_count",
        period="last_3_months",
        name="Digital Love",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Air, did I play any Air last weekend, the band, not the, yeah you know",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="listened to much Queen this year?",
        family="did_i",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="did I play Eres in August, the Café Tacvba one",
        family="did_i",
        period="august",
        name="Eres",
    ),
    Fresh(
        text="did I play any Rush last month, no wait, this month",
        family="did_i",
        period="this_month",
        name="Rush",
    ),
    Fresh(
        text="did I actually catch The Daily this morning or did the kids drown it out",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did we have Sexy Boy on the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Sexy Boy",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I play this afternoon, I mean after lunch-ish",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what was on last Friday, I can't remember a thing from last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what music did I play on November third",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what did I have on last night, once the kids were finally asleep",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="just a quick summary, what did I play in the last thirty days",
        family="what_played",
        period="last_30_days",
    ),
    # playing_at
    Fresh(
        text="what was playing at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on at eight, no wait, quarter past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="what was playing around noon yesterday",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="what song was on at five past five today, the kids were screaming so I missed it",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="what was playing Wednesday at nine at night",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="what was on at ten past eight last night, sorry, ten past eight yesterday evening, same thing",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, like honestly",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste, eh, the kids say I'm old",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my music taste been like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually listen to music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I listen most, like what hour and what day of the week",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my busiest day for tunes, is it Monday or what",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="did I discover anyone new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd I hear for the first time this year, new bands I mean",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often do I skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my skip rate this month, Noah, NO, put it back, sorry, this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many songs did I skip last week",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="do I just play the same stuff over and over, like be honest, since March",
        family="repeat",
        period="since_march",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened",
        family="streak",
    ),
    Fresh(
        text="what's my streak at, eh",
        family="streak",
    ),
    Fresh(
        text="have I had tunes on every day, like how many days straight now",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="when did I first play Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did don't stop me now first show up in my history",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="first time I ever listened to The Weeknd, when was that",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="when did I start listening to The Daily, like the very first episode I played",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="when did I last listen to Air",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="last time I played Da Funk?",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="when did I last put on Cuatro Caminos, the album, Emma's asking",
        family="last_play",
        name="Cuatro Caminos",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what was that song, the one before I turned it off, sorry, I mean the last thing I played",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played today",
        family="first_today",
    ),
    Fresh(
        text="what did I wake up to this morning, like the very first song before the coffee",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track last Saturday, no, on Saturday, the fourteenth",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what did I kick off this week with, song-wise",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what was the last song last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the last thing I played last night before bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song of October?",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the song I always skip, eh, the one I can't stand",
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
        text="who's the band I keep skipping, sorry, the artist, whoever",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's the song I can't stop playing, Liam says it's driving him nuts",
        family="on_repeat",
    ),
    Fresh(
        text="which track's in heavy rotation right now, like the one song",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="run me through my week, music-wise",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="can I get a recap of my year, Emma, not now sweetie, my year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on last month, the listening I mean",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="recap of our summer, how'd we do listening-wise",
        family="recap",
        period="summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the mornings or at night, I mean evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or afternoons, when do I play more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends versus weekdays, which gets more tunes",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="last month, did we play more music on the weekends or during the week",
        family="compare_week",
        period="last_month",
        content="music",
        person="we",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen, eh, something upbeat",
    "turn the music down, the baby's sleeping",
    "skip this song, no, the next one too, ugh",
    "pause the podcast, sorry, Liam's talking to me",
    "what's playing right now in the kitchen",
    "what song is this, the kids keep asking",
    "set a timer for twelve minutes for the pasta",
    "no wait, make that timer fifteen minutes",
    "add flour to the shopping list, and, uh, Cheerios",
    "what's the weather in Toronto tomorrow, do they need toques",
    "turn off the kitchen light",
    "turn the thermostat up to twenty-one",
    "play the album Discovery",
    "shuffle on, please",
    "put this one on repeat, the kids love it",
    "turn repeat off, I can't take it anymore",
    "group the kitchen speaker with the living room",
    "volume to four",
    "louder, eh, I can't hear over the fan",
    "next track in the living room",
    "play The Daily, the latest episode",
    "resume the podcast",
    "stop the music, dinner's ready, everybody sit",
    "what am I listening to right now",
    "who sings this",
    "play some kids' songs, something with animals",
    "add milk and eggs to the shopping list",
    "how cold is it outside right now",
    "set an alarm for six thirty tomorrow",
    "cancel the timer, no wait, the second timer, not the pasta one",
    "play Bohemian Rhapsody, the kids wanna sing",
    "turn on the fan over the stove",
    "play Queen in the kitchen and turn it up",
    "previous track, sorry, go back one",
    "like this song",
    "play some Justice, but quietly",
    "what time is it",
    "move the music to the kitchen speaker",
    "is it gonna snow on Sunday",
    "mute the kitchen speaker for a sec",
    "turn off shuffle, Noah messed with it again",
    "play the podcast from where I left off",
    "how long's left on the timer",
    "remind me to pick up Emma at four",
    "skip ahead thirty seconds, it's an ad",
    "how much is a loonie worth in US dollars today",
]

"""Writer 303, a Filipino nurse in London with Taglish touches, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="hoy who's my number one artist this month ha",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="sino ba my most played artist last year",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="who was i obsessed with lately ano, i cant remember na",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 artists since october please",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="we had the same band on all the time last weekend noh, which band was it",
        family="top_artists",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="over the past two weeks who did I play the most, like the artist",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="who did i listen to the most last summer",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="what's my song of the month naman",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="give me my five most played songs this year",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="ano yung most played track ko last month",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="my top two songs in august what were they",
        family="top_tracks",
        period="august",
        count=2,
    ),
    Fresh(
        text="in the kitchen, which song got played the most ever",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="which album did I play most this summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="my fave album so far this year, ano kaya",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what record did we have on the most last month",
        family="top_albums",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="most played album of all time pls",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I adik to these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my go-to podcast since march, what is it",
        family="top_podcasts",
        period="since_march",
    ),
    Fresh(
        text="top podcast last year",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did I have on this week, grabe parang ang dami",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long was i listening kagabi",
        family="listening_time",
        period="last_night",
    ),
    Fresh(
        text="how much time did I spend on podcasts in october",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="total listening time over the last 30 days",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="how long did we have music on yesterday in the kitchen",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="how long did i listen this afternoon just roughly",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="how many songs did i play already today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many episodes did I listen to last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="number of plays since monday",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many tracks did i go through on saturday, it was my day off",
        family="plays",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="in the kitchen how many songs played in the last seven days",
        family="plays",
        period="last_7_days",
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
        text="ilan na bang artists ang na-play ko in the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many diff bands ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="how many unique tracks last summer",
        family="songs_count",
        period="last_summer",
    ),
    Fresh(
        text="in twenty twenty five how many separate songs did I have ha",
        family="songs_count",
        period="in_2025",
    ),
    # play_count
    Fresh(
        text="how many times did I play bohemian rap city this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen na ba this week, i think sobra na",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="count how many times one more time by daft punk played last week",
        family="play_count",
        period="last_week",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times did i listen to the daly in october",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="how many times have I played Adele ever",
        family="play_count",
        period="all_time",
        name="Adele",
    ),
    # did_i
    Fresh(
        text="listened to any justice nung weekend?",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="did I play air yesterday evening",
        family="did_i",
        period="yesterday_evening",
        name="Air",
    ),
    Fresh(
        text="uy did i hear the daily this morning or did i fall asleep",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did i play sexy boy last friday",
        family="did_i",
        period="last_friday",
        name="Sexy Boy",
    ),
    Fresh(
        text="have I ever listened to ben and ben",
        family="did_i",
        period="all_time",
        name="Ben&Ben",
    ),
    Fresh(
        text="did we have cafe tacuba on in october",
        family="did_i",
        period="october",
        name="Café Tacvba",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was i listening to kahapon",
        family="what_played",
        period="yesterday",
    ),
    Fresh(
        text="what did I listen to yesterday evening after my shift",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did i have on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="ano pinakinggan ko on november 3rd",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what were we listening to last weekend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what did i listen to this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what song was playing around ten past eight last night",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was playing at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="ano yung tumutugtog at five past five kanina",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="what was on wednesday at 9 in the evening",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music am i into ba",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my music taste, be honest ha",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time do i usually have something on",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when's my peak listening time, like what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what day of the week do I usually listen to music",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="did I discover anyone new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new artists for me lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who are the new bands i heard for the first time in september",
        family="new_artists",
        period="september",
    ),
    # skips
    Fresh(
        text="how often do i skip, like honestly",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many did i skip last week out of everything i played",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="do i replay the same songs a lot",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate since october",
        family="repeat",
        period="since_october",
    ),
    Fresh(
        text="am I playing the same tracks over and over this month, parang oo eh",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak na",
        family="streak",
    ),
    Fresh(
        text="ilang days straight na akong nakikinig",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when was the first time i played digital love",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="since when do I listen to cafe tacvba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when did The Daily first show up in my history",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="first time I ever played taylor swift, when was that",
        family="first_play",
        name="Taylor Swift",
    ),
    # last_play
    Fresh(
        text="when did i last play bohemian rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when was the last time I had air on",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="last time i listened to the album discovery",
        family="last_play",
        name="Discovery",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="ano yung last na kanta na pinatugtog ko",
        family="last_song",
    ),
    Fresh(
        text="remind me the last track i listened to, nakalimutan ko the title",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was my first song today",
        family="first_today",
    ),
    Fresh(
        text="what song did i start my day with",
        family="first_today",
    ),
    Fresh(
        text="first kanta ko today ano yun",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first track i played on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what did I start with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the very first song of the month for me",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="what did i end with last night before i slept",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song I played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was the last thing we played last week",
        family="last_in",
        period="last_week",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the track I always skip, hay naku",
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
        text="sino yung artist na lagi kong sini-skip",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the band i skipped most last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what song can't i stop playing, yung LSS ko",
        family="on_repeat",
    ),
    Fresh(
        text="which track do I keep playing over and over lately",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my week, music-wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="year in review ko please",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap of october",
        family="recap",
        period="october",
    ),
    Fresh(
        text="run me through my listening naman",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did we do last month, like overall listening",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning or night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the mornings or evenings, kasi on nights ako minsan",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="more music in the afternoons or evenings this month",
        family="compare_day_parts",
        period="this_month",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or on weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend vs weekday, when do I play more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="did I listen more during the week or the weekend last month",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "open the light in the kitchen please",
    "close the kitchen light na",
    "turn up the music a bit, ang hina",
    "hoy lower the volume, the baby's sleeping",
    "skip na, next song",
    "pause the podcast muna, I'm on the phone",
    "play the daily",
    "play bohemian rhapsody in the kitchen",
    "put on some queen",
    "what song is this ba",
    "who sings this",
    "what am i listening to right now",
    "shuffle my playlist",
    "put this song on repeat",
    "turn off repeat",
    "set a timer for twenty minutes for the adobo",
    "set an alarm for half five, early shift tomorrow",
    "what's the weather tomorrow",
    "is it going to rain later, do i need my brolly",
    "add calamansi to the shopping list",
    "add rice and toyo to my shopping list",
    "turn the heating up to twenty one",
    "set the thermostat to nineteen degrees",
    "group the kitchen speaker with the living room",
    "play the album moon safari",
    "next track in the living room",
    "stop the music",
    "resume my podcast",
    "play something relaxing, I just finished a twelve hour shift",
    "call mama on video",
    "what time is it in manila now",
    "remind me to renew my NMC registration",
    "play some OPM",
    "play ben and ben",
    "volume to five",
    "what's playing in the kitchen right now",
    "go back to the previous song",
    "like this song",
    "add this song to my playlist",
    "play the next episode of the daily",
    "is the kitchen speaker connected",
    "turn off the speaker in the kitchen, matutulog na ako",
    "how long is left on the timer",
    "fast forward thirty seconds",
    "play daft punk, yung digital love",
]

"""Writer 173, a 16-year-old London teenager (Multicultural London English) on the family speaker, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="yo who's my most played artist this year innit",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who's man been bumping the most this month fam",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="lowkey who was i obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 artists last month go on",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="in the kitchen who gets played the most, like which artist",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who did we listen to most last week",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="whats my song of the year so far",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="name my five most played tracks since october",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="bruh what was my most played song last summer",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="number one tune of all time for me, what is it",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="which song did ada play the most in september",
        family="top_tracks",
        period="september",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="what album have i had on the most this month",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="lowkey which album am i hooked on",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="top two albums in twenty twenty five",
        family="top_albums",
        period="in_2025",
        count=2,
    ),
    Fresh(
        text="most played record ever, which one is it",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am i hooked on fam",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="whats my go to pod this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="most played podcast last 30 days",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="how long did i have music on today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours man's been listening this week, bare i bet",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how much time did we spend listening in october",
        family="listening_time",
        period="october",
        person="we",
    ),
    Fresh(
        text="how long did i listen to podcasts last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="hours of tunes in the kitchen since march, how many",
        family="listening_time",
        period="since_march",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many tunes man played yesterday, bare or nah",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many streams have i done this year",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="how many episodes did i get through last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="total plays last 7 days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="how many tracks did i play this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many diff artists since monday",
        family="artists_count",
        period="since_monday",
    ),
    Fresh(
        text="how many artists have i got through in total, like all of them",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="lowkey how many artists did we go through last year",
        family="artists_count",
        period="last_year",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many diff tracks this month fam",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="in august how many unique tunes did i get through",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="how many times have i played one more time",
        family="play_count",
        period="all_time",
        name="One More Time",
    ),
    Fresh(
        text="how much queen man's had on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how many times did i bang out bohemian rapsody this year, be honest",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times did i play central cee last month",
        family="play_count",
        period="last_month",
        name="Central Cee",
    ),
    Fresh(
        text="the daily, how many times has that been on this month",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did i listen to any justice lately",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did i play dance by justice yesterday or am i tripping",
        family="did_i",
        period="yesterday",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="have i heard any stormzy this year",
        family="did_i",
        period="this_year",
        name="Stormzy",
    ),
    Fresh(
        text="yo did i have air on last weekend",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="did we play any cafe tacuba in october",
        family="did_i",
        period="october",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="moon safari, did that get a spin over the past two weeks",
        family="did_i",
        period="last_2_weeks",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="what was i bumping yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did i listen to on saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="run me through what i played the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what music was on this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="fam what was i on last night, music wise",
        family="what_played",
        period="last_night",
        content="music",
    ),
    # playing_at
    Fresh(
        text="what was on at like quarter past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="what tune was playing at ten past five today",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="yesterday at 8 in the evening what was playing",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what was on last friday at 9pm",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="half 8 this morning, what was that song",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="how would u describe my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what am i even into, like whats my vibe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whats my taste been like this year, lowkey curious",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time do i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when am i usually bumping tunes, like what time and what day",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats my peak hour for listening",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have i discovered anyone new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this month or is it the same old ting",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did i find for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often do i skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="whats my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="do i skip bare or nah",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whats my repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="this month have i just been running the same tracks back over and over",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened",
        family="streak",
    ),
    Fresh(
        text="whats my streak rn",
        family="streak",
    ),
    Fresh(
        text="how long's my listening streak fam, still going?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to daft punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when did eres first come up in my history",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="first time i ever played dave, when was that",
        family="first_play",
        name="Dave",
    ),
    Fresh(
        text="when did i first play genesis by justice",
        family="first_play",
        name="Genesis by Justice",
    ),
    # last_play
    Fresh(
        text="when did i last play queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time i had the daily on",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was the last time man bumped sexy boy",
        family="last_play",
        name="Sexy Boy",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="last tune i had on, what was it",
        family="last_song",
    ),
    Fresh(
        text="what did i play last, forgot the name innit",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did i wake up to",
        family="first_today",
    ),
    Fresh(
        text="first song today what was it",
        family="first_today",
    ),
    Fresh(
        text="what was the first tune i stuck on today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did i start with yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what was the first song last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first tune of the year, what was it",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what did i finish on yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last track of last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what was the last thing i played in october",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="last song on november 3rd",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune do i always skip",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i keep skipping fam",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="most skipped artist last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="what tune can man not stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="which track's on repeat these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="run me through my week fam",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gimme my year in review innit",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap of last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how did my october go, listening wise",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or evenings, when do i play more",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the afternoon or evening lately",
        family="compare_day_parts",
        period="lately",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays vs weekend, which one do i listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do i bump more music at the weekend than in the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    # more variety
    Fresh(
        text="last three months who've i been on the most, artist wise",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="this summer what was my most played tune",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="had much queen on this year or nah",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="wait did i even play anything from discovery the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Discovery",
    ),
    Fresh(
        text="how much stuff did i play since october, like total",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="what was on wednesday at nine at night",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="how long did the music go in the kitchen yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="on november 3rd what did i listen to",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="when did i last bump don't stop me now by queen",
        family="last_play",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="how many times did i skip this week, bare i reckon",
        family="skips",
        period="this_week",
    ),
]

NEGATIVES = [
    "yo play some daft punk in the kitchen",
    "turn it up fam",
    "skip this ting man",
    "yo what song is this",
    "whats this tune called bruv",
    "pause the podcast man",
    "pause the daily for a sec",
    "next track in the living room pls",
    "turn the kitchen light off fam",
    "play the discovery album",
    "put moon safari on innit",
    "volume down, mum's on the phone",
    "set volume to seven",
    "shuffle on",
    "turn shuffle off fam",
    "put this song on repeat",
    "repeat mode off",
    "group the kitchen and living room speakers",
    "play justice everywhere",
    "set a timer for 12 minutes for my pizza",
    "timer 20 minutes",
    "is it gonna rain later",
    "whats the weather like tomorrow",
    "add crisps to the shopping list",
    "put chicken wings on the shopping list innit",
    "whack the heating up to 22",
    "whats the thermostat on",
    "what am i listening to right now",
    "who's this artist playing rn",
    "what's playing in the kitchen rn",
    "play bohemian rhapsody by queen",
    "stop the music",
    "go back to the last song",
    "play the next episode of the daily",
    "turn the kitchen speaker off",
    "lowkey make it louder",
    "play something chill",
    "play some grime",
    "set an alarm for 7 tomorrow",
    "turn the lights off in my room",
    "how long is left on the timer",
    "fast forward 30 seconds",
    "like this song",
    "add this tune to my playlist fam",
]

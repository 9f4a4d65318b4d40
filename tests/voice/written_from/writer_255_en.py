"""Writer 255, teenager (London, Multicultural London English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="yo who's my most played artist this year innit",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="fam who was i bare obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 artists last month, go",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="in the kitchen yeah, who's been getting the most play since october",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="who's man's number one artist over the past two weeks",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="what's my number one tune of all time fam",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name my five most played tracks this month",
        family="top_tracks",
        period="this_month",
        count=5,
    ),
    Fresh(
        text="song of the summer for me, which one was it",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="which track did man play the most last week",
        family="top_tracks",
        period="last_week",
    ),
    # top_albums
    Fresh(
        text="what album have i been rinsing the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="my go-to album, like ever?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top two albums since march innit",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what pod am i proper hooked on at the mo",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast last year yeah",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="what pod did i have on the most in october",
        family="top_podcasts",
        period="october",
    ),
    # listening_time
    Fresh(
        text="how long was i listening yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how many hours of music has man had on this week fam",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="allow it, how much podcast time did i clock last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how long did we have tunes on last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="this afternoon how long was i bumping stuff for",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="how many songs did i bang out today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many tracks did i play in twenty twenty five",
        family="plays",
        period="in_2025",
        content="music",
    ),
    Fresh(
        text="how many episodes did i listen to this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total plays in the last 30 days, how many",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="since monday how many tunes man's played, roughly",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists did man get through last summer",
        family="artists_count",
        period="last_summer",
    ),
    Fresh(
        text="bare artists or nah? how many different ones since october",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="how many different songs have i played ever",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="how many different tunes did i have on in september",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="how many separate tracks did we play last month",
        family="songs_count",
        period="last_month",
        person="we",
    ),
    # play_count
    Fresh(
        text="how many times have i played bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk have i had on this week fam",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times did i bump dance by justice last month",
        family="play_count",
        period="last_month",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="how many times have i played stormzy in total",
        family="play_count",
        period="all_time",
        name="Stormzy",
    ),
    # did_i
    Fresh(
        text="did i listen to any queen yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="man's been playing air lately or nah",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did i hear the daily this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did i play any central cee last week",
        family="did_i",
        period="last_week",
        name="Central Cee",
    ),
    Fresh(
        text="genesis by justice, did that come on in the last seven days",
        family="did_i",
        period="last_7_days",
        name="Genesis by Justice",
    ),
    # what_played
    Fresh(
        text="what was i listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wagwan, what did i have on last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="run me through what i was bumping on saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what was playing in the kitchen the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="what tunes was on november third",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what's ada been playing this week",
        family="what_played",
        period="this_week",
        person="Ada",
    ),
    Fresh(
        text="what was man listening to in august",
        family="what_played",
        period="august",
    ),
    # playing_at
    Fresh(
        text="yo what came on at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="yo what was playing at like ten past eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what song was on at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was i bumping at quarter past five today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="last friday at nine pm, what was playing",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="what's my sound fam, like what music am i even into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste innit, what's my vibe",
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
        text="what time do i mostly put music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when's my peak listening time, like what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week do i listen the most, and what time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have i found any new artists this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who's new on my radar since march",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="any fresh artists man started listening to in the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="how much do i skip tunes fam",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="do i skip loads or nah, like last month",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same songs",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="am i always running back the same tracks or what",
        family="repeat",
        period="all_time",
        content="music",
    ),
    # streak
    Fresh(
        text="how many days in a row have i been listening",
        family="streak",
    ),
    Fresh(
        text="what's my streak saying, how many days straight man's had something on",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did eres by cafe tacuba first come up in my history",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="when did i first play skepta",
        family="first_play",
        name="Skepta",
    ),
    # last_play
    Fresh(
        text="when did i last bang one more time by daft punk",
        family="last_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="last time i had the daily on, when was that",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when did man last play air",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="yo what was the last tune man had on",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="first song i played today what was it",
        family="first_today",
    ),
    Fresh(
        text="what did i start the day with, like first tune",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did i kick off with yesterday, first track",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the first tune on last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first song of the year for me, what was it",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what was the last song i played last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what did i end on on saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last track of last month what was it",
        family="last_in",
        period="last_month",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune am i always skipping fam, which one's peak",
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
        text="who do i keep skipping innit, like what artist",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat rn",
        family="on_repeat",
    ),
    Fresh(
        text="what tune can't i stop playing fam",
        family="on_repeat",
    ),
    Fresh(
        text="what track am i rinsing these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me the rundown of my week fam",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="run me through my year innit",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap of last month please",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in on my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did we get on music-wise in october",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning listener or a night one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons or nights, when do i play more tunes",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays vs weekends, when does man bang more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen innit",
    "yo turn the music up fam",
    "what's this song bruv",
    "skip this tune it's peak",
    "pause the podcast rn",
    "next track in the living room",
    "turn off the kitchen light fam",
    "play the album discovery",
    "whack the volume up to eight",
    "shuffle my playlist innit",
    "put repeat on for this one",
    "group the kitchen and living room speakers",
    "set a timer for ten minutes for my noodles",
    "what's the weather like tomorrow fam",
    "add chicken wings to the shopping list",
    "put the heating up a bit it's bare cold",
    "what am i listening to right now",
    "what's playing in the kitchen",
    "who sings this",
    "play some central cee",
    "allow this song, skip it",
    "turn it down man's on the phone",
    "play the daily",
    "stop the music fam",
    "play bohemian rhapsody by queen in the kitchen",
    "louder innit",
    "play something bare hype",
    "resume the podcast",
    "go back a track",
    "is it gonna rain today",
    "what time is it",
    "set an alarm for seven",
    "play justice on all speakers",
    "turn on shuffle in the kitchen",
    "mute the kitchen speaker",
    "how long's left on my timer",
    "what album is this from",
    "add this tune to my likes",
    "play me some new music innit, something i ain't heard",
    "turn the thermostat to twenty one",
    "wagwan, what's the temperature outside",
    "play the latest episode of the daily",
    "fast forward thirty seconds",
    "who's the artist on right now",
    "take the kitchen speaker out of the group",
]

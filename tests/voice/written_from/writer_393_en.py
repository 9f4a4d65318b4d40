"""Writer 393, a 16-year-old British gamer, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="yo who's my most played artist this year, lowkey curious",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who have i been bare obsessed with lately innit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 artists last month go",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="in the kitchen who gets blasted the most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="what's my number one tune this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five most played tracks of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which song did i rinse the most last summer",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="song of the week for last week, what was it fam",
        family="top_tracks",
        period="last_week",
    ),
    # top_albums
    Fresh(
        text="what album have i been caning since october",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="most played album in twenty twenty five?",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="which record did we play the most last year",
        family="top_albums",
        period="last_year",
        person="we",
    ),
    # top_podcasts
    Fresh(
        text="whats my go to podcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which podcast am i lowkey hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top podcast this year bruv",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did i have on this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long was i listening yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how much time did i waste on podcasts last month lol",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="total listening time since march, gimme the number",
        family="listening_time",
        period="since_march",
    ),
    Fresh(
        text="over the past two weeks how long have i had tunes going",
        family="listening_time",
        period="last_2_weeks",
        content="music",
    ),
    # plays
    Fresh(
        text="how many tracks have i played today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many streams did i do in october",
        family="plays",
        period="october",
    ),
    Fresh(
        text="how many episodes did i get through the last 30 days",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="how many plays did i rack up this summer, bet its bare",
        family="plays",
        period="summer",
    ),
    Fresh(
        text="this afternoon how many songs have i actually played",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists did i hear in september",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="how many different artists did we have on last week",
        family="artists_count",
        period="last_week",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play in the last seven days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="how many unique tracks have i got in my history altogether",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="since monday how many different tunes have i gone through",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="how many times have i played bohemian rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen have i had on this month, be honest",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="how many times did i bang out dance by justice last week",
        family="play_count",
        period="last_week",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="radiohead, how many times have i played them",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="how many times did i stick the daily on this week",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did i listen to any daft punk yesterday",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="listened to air at all this summer?",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="have i played the weeknd this year or nah",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="was cafe tacuba on at all on saturday",
        family="did_i",
        period="saturday",
        name="Café Tacvba",
    ),
    Fresh(
        text="did i play sexy boy by air last weekend",
        family="did_i",
        period="last_weekend",
        name="Sexy Boy by Air",
    ),
    # what_played
    Fresh(
        text="what was i bumping yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what tunes did i have on this morning",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="what did i listen to on the 3rd of november",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what was on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did we have on last friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what was i listening to back in august",
        family="what_played",
        period="august",
    ),
    # playing_at
    Fresh(
        text="what was playing at ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what song was on at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="yo what was on at like five past five today",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="what was playing on wednesday at 9 in the evening",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="whats my music taste like, be honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my vibe, like what am i actually into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kinda stuff have i been into this year taste wise",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time do i usually be listening",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do i normally have stuff on, like what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="whats my peak listening time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have i discovered anyone new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new artists i found last year",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="who's new in my rotation in the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="how much do i skip stuff",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="whats my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="do i skip loads or nah",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same tracks",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what was my repeat rate last month",
        family="repeat",
        period="last_month",
    ),
    Fresh(
        text="am i one of them people who just loops the same songs over and over",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row have i been listening",
        family="streak",
    ),
    Fresh(
        text="whats my listening streak rn",
        family="streak",
    ),
    Fresh(
        text="how long's my streak, like days straight",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did i first play bohemian rhapsody",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when was the first time i played wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="moon safari, when did that first show up in my history",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="when did i last play daft punk",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="last time i had the daily on?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when did i last listen to don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="remind me what the last track i put on was",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i played today",
        family="first_today",
    ),
    Fresh(
        text="first tune of the day, what was it",
        family="first_today",
    ),
    Fresh(
        text="what did i start my day with music wise",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i kick off last friday with",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track i put on this week",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="what was the very first thing i listened to in october",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="what was the last song i played last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what did i end saturday on",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last track i played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did i finish last month with",
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
        text="what track always gets skipped, like the one i can't stand",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song this year?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i always skip lol, like which band",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat atm",
        family="on_repeat",
    ),
    Fresh(
        text="what tune can't i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="which track am i rinsing these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="run me through my year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how was my week music wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="rundown of last month pls",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="recap my summer, was it peak or what",
        family="recap",
        period="summer",
    ),
    Fresh(
        text="fill me in on my listening",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning or a night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoon or evening, when do i listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more at weekends or on weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it weekdays or weekends i have more stuff on",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen",
    "turn the music up bruv",
    "whats playing in the kitchen",
    "what song is this, it's peak",
    "skip this song it's dead",
    "pause the podcast",
    "next track in the kitchen",
    "turn off the kitchen light",
    "play the album discovery",
    "volume to 40",
    "turn it down a bit my mum's on the phone",
    "shuffle on",
    "put it on repeat innit",
    "turn repeat off",
    "group the kitchen and living room speakers",
    "set a timer for 15 minutes for my pizza",
    "whats the weather like tomorrow",
    "add crisps to the shopping list",
    "turn the heating up it's bare cold",
    "what am i listening to right now",
    "play justice",
    "play some queen",
    "play the daily",
    "play bohemian rhapsody loud",
    "stop the music",
    "resume the podcast",
    "go back a song",
    "play the next episode of the daily",
    "turn the bass up",
    "play something chill",
    "who sings this",
    "what album is this song from",
    "mute the speaker",
    "play music in my room",
    "turn on the lights in my room",
    "set an alarm for 7",
    "is it gonna rain today",
    "like this song",
    "add this track to my playlist",
    "play air on the kitchen speaker",
    "how long is left on this song",
    "turn the kitchen speaker off",
    "play some music for gaming",
    "lower the volume in the kitchen",
    "what's the time",
]

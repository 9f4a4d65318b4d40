"""Writer 272, London teenager with Nigerian Pidgin at home, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wagwan, who's my number one artist this year innit",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="abeg who was i bare obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen yeah, who's my go-to artist like of all time",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="top 3 artists since march fam, go on",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="wetin be my song of the month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my three most played tracks from last summer abeg",
        family="top_tracks",
        period="last_summer",
        count=3,
    ),
    Fresh(
        text="what tune did i have on the most in twenty twenty five",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="five songs i rinsed the most this week, go",
        family="top_tracks",
        period="this_week",
        count=5,
    ),
    # top_albums
    Fresh(
        text="which album did i rinse the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="abeg wetin be my favourite album, like ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what record was i hooked on lately, no cap",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="which podcast i dey listen to pass",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wetin be my go-to podcast this month innit",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="what show was i lowkey hooked on in september",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="how much music did i have on last week, like in hours",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how many minutes of podcasts have i done this month bruv",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long did we have tunes going in the kitchen last month",
        family="listening_time",
        period="last_month",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="how long was ada on the speaker yesterday",
        family="listening_time",
        period="yesterday",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs i don play today abeg",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many streams did i rack up this year, bare innit",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="yesterday evening how many things did i put on",
        family="plays",
        period="yesterday_evening",
    ),
    Fresh(
        text="how many episodes did i get through in october",
        family="plays",
        period="october",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i listened to this year innit",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="bruv how many artists i don hear since october",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="how many different artists did we play last week",
        family="artists_count",
        period="last_week",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="in the last 30 days how many separate tracks have i got through",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="how many different tunes have i got in total, like all of them",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times i don bang bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="that one more time song by daft punk, how many times since march",
        family="play_count",
        period="since_march",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times did i play radiohead this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="the daily, how many times did i have it on in august",
        family="play_count",
        period="august",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="sexy boy by air, did i play that last weekend or nah",
        family="did_i",
        period="last_weekend",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="had any cafe tacuba on since monday?",
        family="did_i",
        period="since_monday",
        name="Café Tacvba",
    ),
    Fresh(
        text="did i hear the weeknd at all last summer",
        family="did_i",
        period="last_summer",
        name="The Weeknd",
    ),
    Fresh(
        text="did we play discovery in the kitchen on saturday",
        family="did_i",
        period="saturday",
        name="Discovery",
        room="kitchen",
        person="we",
    ),
    # what_played
    Fresh(
        text="wetin i dey listen to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through what i played this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what music was i on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="what did we have on last friday, can't remember",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="wetin dey play at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on at like ten past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="quarter past five this afternoon what tune was that",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was playing saturday night at nine",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    # taste
    Fresh(
        text="abeg describe my music taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wetin my taste be like, be honest fam",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my vibe music-wise innit",
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
        text="what time of day am i usually banging tunes",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when am i usually on the speaker, like what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week i dey listen pass",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="abeg any new artists i found this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did i hear for the first time last month",
        family="new_artists",
        period="last_month",
    ),
    Fresh(
        text="new artists in the last three months, who've i picked up",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="how often do i skip songs, be real",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many tunes did i skip in the last seven days out of everything",
        family="skips",
        period="last_7_days",
    ),
    # repeat
    Fresh(
        text="do i replay the same songs bare much",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this year innit",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="how much am i looping the same tracks over the past two weeks",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="how many days in a row have i been listening",
        family="streak",
    ),
    Fresh(
        text="wetin be my streak, abeg",
        family="streak",
    ),
    Fresh(
        text="how long's my listening streak, like days straight",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="abeg when did air first show up for me",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="first time i ever played bohemian rhapsody, when was that",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when did i first hear wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did i last bang da funk",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="last time i played the daily, when was it",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was the last time queen was on",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="wetin be the last tune i put on",
        family="last_song",
    ),
    Fresh(
        text="most recent track i had on, what was it fam",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i played today",
        family="first_today",
    ),
    Fresh(
        text="wetin i start my day with, first tune of the day",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what tune kicked off last friday for me",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first track this afternoon",
        family="first_in",
        period="this_afternoon",
    ),
    Fresh(
        text="on november 3rd what did i start with",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="what did i end with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song i played on saturday abeg",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what was the final tune the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what track did i finish last year with",
        family="last_in",
        period="last_year",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wetin be that tune i dey always skip",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track did i skip most this year, allow it",
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
        text="who do i keep skipping, like which band",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which artist did i skip bare last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which tune can't i stop playing innit",
        family="on_repeat",
    ),
    Fresh(
        text="wetin i dey rinse on heavy rotation",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="oya run me my year innit",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how was my week, music-wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me a rundown of my listening abeg",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap my summer, na so i wan hear am",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the mornings or at night fam",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or evenings, when do i bang more tunes",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month did i play more stuff in the afternoon or the evening",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays vs weekend, when am i on it more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="last month was i listening more on weekdays or the weekend",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "abeg play daft punk in the kitchen",
    "turn the music up innit",
    "oya skip this song it's dead",
    "wetin dey play for kitchen right now",
    "what song is this fam",
    "pause the podcast abeg",
    "next track in the living room",
    "turn off the kitchen light",
    "play the album discovery",
    "volume down bruv it's too loud",
    "put shuffle on",
    "repeat this tune, it's hard",
    "group the kitchen and living room speakers",
    "set a timer for ten minutes for my indomie",
    "wagwan with the weather today",
    "add plantain to the shopping list",
    "turn the heating up abeg, it's bare cold",
    "what am i listening to right now",
    "who sings this one",
    "play the daily",
    "stop the music",
    "allow it, just turn it off",
    "play some afrobeats in the kitchen",
    "louder, louder",
    "play bohemian rhapsody by queen",
    "play something by justice on the kitchen speaker",
    "resume the podcast",
    "go back one song",
    "like this song",
    "turn on repeat for the whole album",
    "what's the time",
    "is it gonna rain later",
    "set an alarm for seven abeg",
    "dim the lights in the kitchen",
    "play the next episode of the daily",
    "how long's left on this song",
    "what album is this from",
    "who's this artist playing now",
    "play capital xtra",
    "mute the kitchen speaker",
    "shuffle my chill playlist",
    "turn shuffle off, na wa",
    "skip forward thirty seconds on this podcast",
]

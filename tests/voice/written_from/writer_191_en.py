"""Writer 191, speech-to-text slips (homophones, run-together words, no punctuation) from an Australian speaker, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who have i bean listening to the most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="um whos my top artist for twenty twenty five",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="who was i obsessed with lately mate",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top five artists this year",
        family="top_artists",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="in the kitchen who got played the most last month",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="who did we listen to most last weak",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="whats my most played song of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name my 3 most played tracks this year",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="what was my song of the month for october",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="whatsong did i play the most over the passed two weeks",
        family="top_tracks",
        period="last_2_weeks",
    ),
    Fresh(
        text="yeah whats my favourite track since march",
        family="top_tracks",
        period="since_march",
    ),
    # top_albums
    Fresh(
        text="what album have i played the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which record did i have on heaps last summer",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="top too albums in the last three months",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    Fresh(
        text="whats my favourite album ever",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am i totally hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast thismonth",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="righto whats my go to podcast",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how long did i listen to music to day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many ours did i listen last week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time did i spend on podcasts this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many hours of tunes did we have on in october",
        family="listening_time",
        period="october",
        content="music",
        person="we",
    ),
    Fresh(
        text="how long was the music going this arvo",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    # plays
    Fresh(
        text="howmany songs have i played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many streams since monday",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episodes did i get through last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did ada play yesterday",
        family="plays",
        period="yesterday",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="total plays for the year so far",
        family="plays",
        period="this_year",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands did i here last month",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="how many artists have i had all up",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="number of individual tracks over the last 30 days",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="how many diff rent songs are in my history",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="howmany times have i played bohemian rap city",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen have i had on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how many times did i listen to the daily last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how often did won more time by draft punk get played in august",
        family="play_count",
        period="august",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have i played radio head",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="didi listen to any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did i play anything by air this week",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="did i here the daily this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did we play any cafe taco bar on saturday",
        family="did_i",
        period="saturday",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="did i listen to the weekend last year",
        family="did_i",
        period="last_year",
        name="The Weeknd",
    ),
    Fresh(
        text="have i played dont stop me now since october",
        family="did_i",
        period="since_october",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="what was i listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did i listen to on november the third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what music did i have on last friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="run me through what i played this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what were we listening to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="what was playing at ten passed eight lastnight",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was on this morning at half past ate",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what song was playing at five past five this arvo",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="wednesday at midday what was on",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="whatwas on at nine pm on saturday",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    # taste
    Fresh(
        text="how would you describe my taste in music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whats my music taste like reckon",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kinda stuff am i into mate",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do i usually have something on",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do i listen to music the most",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats my busiest listening hour and day of the weak",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have i found any new artists lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new bands this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did i here for the first time last year",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="which artists were knew to me in september",
        family="new_artists",
        period="september",
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
        text="how many songs did i skip last week out of how many",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whats my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="do i play the same tracks over and over heaps",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened",
        family="streak",
    ),
    Fresh(
        text="whats my listening streak up to",
        family="streak",
    ),
    Fresh(
        text="how many days straight have i had something on",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did sexy boy first show up in my history",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="first time i ever played the daily",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when did i first play wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did i last listen to queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the last time i played digital luv",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="last time i heard la fam dar john",
        family="last_play",
        name="La femme d'argent",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="last track i listened to",
        family="last_song",
    ),
    Fresh(
        text="whats the very last song i had on",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i played today",
        family="first_today",
    ),
    Fresh(
        text="what did i wake up too",
        family="first_today",
    ),
    Fresh(
        text="first tune of the day what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i start with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first track on november third",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="whatd i kick off with on saturday",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what was the last song yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i finish up with last nite",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last track i played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was the final song of october",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="whats the track i always skip",
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
        text="which artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i skip most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what band gets skipped heaps",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="whats been on high rotation",
        family="on_repeat",
    ),
    Fresh(
        text="which song cant i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what track am i obsessed with at the moment",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my week listening wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="do my year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="recap of last summer please",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="wrap up of twenty twenty five",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the mornings or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i play more music in the arvo or the morning",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="morning or evening which do i listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do i play more on the weekend then during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays versus weekends which ones bigger for my listening",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play draft punk in the kitchen",
    "turn the music up",
    "whats this song",
    "skip this song mate",
    "pause the podcast",
    "next track in the lounge room",
    "turn off the kitchen light",
    "play the album discovery",
    "set the volume two four",
    "shuffle on",
    "put repeat on",
    "group the kitchen and lounge speakers",
    "set a timer for ten minutes",
    "whats the weather in melbourne tomorrow",
    "add milk to the shopping list",
    "set the thermostat to twenty two",
    "what am i listening to right now",
    "whats playing in the kitchen",
    "play the daily",
    "play some queen",
    "turn it down a bit",
    "stop the music",
    "who sings this",
    "resume the podcast",
    "play the latest episode of the daily",
    "skip forward thirty seconds",
    "go back to the previous song",
    "turn the kitchen speaker off",
    "play something chill for brekkie",
    "is it gunna rain this arvo",
    "set an alarm for six thirty",
    "dim the lounge lights",
    "play moon safari in the kitchen",
    "louder",
    "mute the kitchen",
    "who is this band",
    "like this song",
    "add this track to my playlist",
    "play triple j",
    "what album is this from",
    "turn on the heater",
    "play bohemian rap city by queen",
    "play music everywhere",
    "turn the repeat off mate",
    "whats the time",
]

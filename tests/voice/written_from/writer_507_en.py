"""Writer 507, bad speech-to-text (homophones, no punctuation, digits, doubled words), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who did i listen two most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who was my number 1 artist so far this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="um who was i like obsessed with lately which which band",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 artists four last month please",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="in the kitchen who did we play the most in october",
        family="top_artists",
        period="october",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="who was adas go to artist last summer",
        family="top_artists",
        period="last_summer",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="ok what was my song of the month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my 3 most played songs off all time",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="whats my most played track since march",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="top 5 tunes in 2025",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="which song did i play the most the passed 7 days",
        family="top_tracks",
        period="last_7_days",
    ),
    # top_albums
    Fresh(
        text="what album did i play the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which record have i been hooked on lately lately",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="most played album album last 30 days",
        family="top_albums",
        period="last_30_days",
    ),
    Fresh(
        text="whats my favourite al bum of all time",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="what pod cast do i listen to the most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which podcast was i hooked on over the summer",
        family="top_podcasts",
        period="summer",
    ),
    Fresh(
        text="what was our go to podcast last month",
        family="top_podcasts",
        period="last_month",
        person="we",
    ),
    # listening_time
    Fresh(
        text="how long did i listen to music to day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="hey how many hours of music did i have on this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how much time did i spend on pod casts in september",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how long was the music on yester day evening i was cooking the whole time",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="how many minutes did we listen last week end",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    # plays
    Fresh(
        text="ok ok how many songs did i play this mourning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many episodes did i here since october",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="total plays last year",
        family="plays",
        period="last_year",
    ),
    Fresh(
        text="how many things did i stream on saturday",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="how many tracks have i played over the passed 2 weeks",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i herd this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many diffrent bands did i listen to in august",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="number of artists all together",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many unique tracks since monday",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many separate songs have i gone through in the last 3 months",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rap city this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen have i had on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how often did i put on won more time by daft punk in the last 3 months",
        family="play_count",
        period="last_3_months",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times did i play radio head last year",
        family="play_count",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="the daily how many times did that come on in october",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did i here any justice yester day",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to any daft punk this year",
        family="did_i",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="did i play the weekend at all last month",
        family="did_i",
        period="last_month",
        name="The Weeknd",
    ),
    Fresh(
        text="did i listen to air you know the band air last week end",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="did we have any cafe tacuba on the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="did i hear genesis by justice since monday",
        family="did_i",
        period="since_monday",
        name="Genesis by Justice",
    ),
    # what_played
    Fresh(
        text="what was i listening to yester day evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did i listen to on november the 3rd",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what music did i play last friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what was on in the kitchen this after noon",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="what did ada listen to the day before yester day",
        family="what_played",
        period="day_before_yesterday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter to 8 last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was playing at 8 15 this morning",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="what song was on on wednesday at noon",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="what was playing yester day at 8 pm in the kitchen",
        family="playing_at",
        moment="2026-11-19 20:00",
        room="kitchen",
    ),
    Fresh(
        text="what was on at 5 passed 5 to day",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="what kind of music am i into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe my taste my taste in music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of stuff do i like what genre am i",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do i normally listen to music like what day and what our",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats my busiest listening day of the week",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did i discover any knew artists this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did i here for the first time last month",
        family="new_artists",
        period="last_month",
    ),
    Fresh(
        text="any new bands since march",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="new artists in the last 7 days",
        family="new_artists",
        period="last_7_days",
    ),
    # skips
    Fresh(
        text="how often do i skip songs",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="whats my skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how much did i skip stuff yester day",
        family="skips",
        period="yesterday",
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
        text="how much have i been repeating the same stuff the last 30 days",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened",
        family="streak",
    ),
    Fresh(
        text="whats my listening streak at the moment",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time i herd sexy boy by air",
        family="first_play",
        name="Sexy Boy by Air",
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
        text="when was the last time i played da funk",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="last time i heard the daily",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="whats the last track i had on",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i played to day",
        family="first_today",
    ),
    Fresh(
        text="what did i wake up two this morning",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i played yester day",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i start off with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the very first track on saturday",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what was the last song i played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was the last thing i listened to last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what did i finish with on november 3rd",
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
        text="what track do i always always skip",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i skip most band wise",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song cant i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="whats been on heavy heavy rotation",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a run down of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="year in review please",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how did last month go music wise",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in on october how was it",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the mornings or evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i more of a morning or a night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on week days or on the week end",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do i listen more at week ends or during the week",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen kitchen",
    "turn the music up a bit",
    "turn the volume down two 4",
    "whats playing in the kitchen right now",
    "what song is this",
    "skip this song",
    "pause the pod cast",
    "next track in the living room",
    "turn off the kitchen light",
    "play the album discovery",
    "shuffle on",
    "put this song on repeat",
    "group the kitchen speaker with the living room speaker",
    "set a timer four 10 minutes",
    "whats the weather like to day",
    "add milk two the shopping list",
    "set the thermostat to 21 degrees",
    "what am i listening to right now",
    "play the daily",
    "play the latest episode of the daily in the kitchen",
    "play bohemian rap city by queen",
    "play some music",
    "stop the music",
    "who sings this song",
    "volume 30 percent",
    "play something by justice on the kitchen speaker",
    "resume the podcast",
    "play the previous song",
    "like this song",
    "turn shuffle off in the kitchen",
    "whats the name of this album",
    "play air moon safari",
    "skip forward 30 seconds",
    "is it going to rain to morrow",
    "turn the heating up in the kitchen",
    "play the radio in the kitchen",
    "remind me two by bread at 5",
    "how long is left on the timer",
    "mute the kitchen speaker",
    "play music on all speakers",
    "what time is it",
    "louder louder",
    "play won more time by daft punk",
    "turn off repeat mode",
    "who is this artist playing now",
    "add this song to my play list",
    "stop the music in 20 minutes",
]

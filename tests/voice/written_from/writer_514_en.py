"""Writer 514, phone shorthand typist in the Assist chat box, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who was my most playd artist lst wk",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="top 3 artists ytd pls",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="who am i obsessed w lately lol",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="whos our fav band from last mo",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="wats my #1 song this mo",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="top 5 tracks all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="in the kitchen wat song got played most since oct",
        family="top_tracks",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="fav song last summer",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="most playd album this yr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="wat record did i have on most in sept",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="top 2 albums evr",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast am i hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top podcsat lst 30 days",
        family="top_podcasts",
        period="last_30_days",
    ),
    Fresh(
        text="most listened podcast in 2025",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="hw long did i listen today",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how many hrs of music lst wk",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="total listening tiem this yr",
        family="listening_time",
        period="this_year",
    ),
    Fresh(
        text="hw much podcast time since mon",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="how long did we hav tunes on in oct",
        family="listening_time",
        period="october",
        person="we",
        content="music",
    ),
    Fresh(
        text="how many mins did i listen this aft",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="hw many songs today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many plays lst 7 days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="# of episodes i played this mo",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did we play last wkend",
        family="plays",
        period="last_weekend",
        person="we",
        content="music",
    ),
    # artists_count
    Fresh(
        text="quick q hw many diff artists this yr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists hav i listend to in total",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="number of bands since march",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="how many different songs lst 3 mo",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="hw many unique tracks in aug",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="how many diff songs did i go thru this summer",
        family="songs_count",
        period="summer",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen this wk",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="times i played one more time by daft punk this yr",
        family="play_count",
        period="this_year",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many x did i play radiohead",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="how often did i listen to the daily lst mo",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did i listen to justice yday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="any air lately",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="thx n did i hear da funk on sat",
        family="did_i",
        period="saturday",
        name="Da Funk",
    ),
    Fresh(
        text="lsitened to wet leg ever",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="did we play eres lst wk",
        family="did_i",
        period="last_week",
        name="Eres",
        person="we",
    ),
    # what_played
    Fresh(
        text="k so wat was i listening to yday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat did i play this am",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="wat did i listen to on 11/3",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="wat was on lst fri",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what did we listen to the day b4 yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="wat was playing at 8pm last nite",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what was on at 5 15 today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="song at 830 this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wat was playing nov 3 at 9pm",
        family="playing_at",
        moment="2026-11-03 21:00",
    ),
    # taste
    Fresh(
        text="wat kind of muisc am i into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste pls",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="hw wld u describe my music taste this yr",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="wat time do i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do i listen most like wat hour n wat day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="my peak listening time?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artists lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who did i discover this yr",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="new bands i found in october",
        family="new_artists",
        period="october",
    ),
    # skips
    Fresh(
        text="how often do i skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="my skip rate lst mo",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="hw many skips this wk",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="do i play the same stuff over n over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whats my repeat rate this yr",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="hw much do i relisten to stuff over the last 2 wks",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="whats my streak",
        family="streak",
    ),
    Fresh(
        text="how many days in a row have i listend",
        family="streak",
    ),
    Fresh(
        text="hw many days straight hav i been listening now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first play justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time i heard sexy boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when did the weeknd first show up",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when did i last listen to queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time i played digital love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="when was teh daily last on",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="wat was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="wat did i play last",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="first song today",
        family="first_today",
    ),
    Fresh(
        text="wat did i wake up to",
        family="first_today",
    ),
    Fresh(
        text="wat was the 1st thing i played today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i played yday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="wat did i start w lst fri",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="1st track on nov 3",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="last song yday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="wat did i end w last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last thing i played lst wkend",
        family="last_in",
        period="last_weekend",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wat song do i always skip lol",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="wich artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="band i skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wats on repeat 4 me these days",
        family="on_repeat",
    ),
    Fresh(
        text="wat song cant i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="wats on heavy rotation",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="recap my wk",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me my yr in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how was my oct in music",
        family="recap",
        period="october",
    ),
    Fresh(
        text="rundown of my listening pls",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap of last yr thx",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the am or pm",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning or evening listener?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more at nite or mornings this mo",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do i listen more on wkends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays vs weekends which do i listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do i listen more on wkends than during the wk this yr",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen pls",
    "turn it up",
    "vol up a lil",
    "wats this song",
    "skip pls",
    "skip this one its trash",
    "pause the daily",
    "nxt track in living rm",
    "turn off kitchen lite",
    "play album discovery",
    "shuffle on",
    "put this song on repeat",
    "repeat off",
    "group kitchen n living room speakers",
    "set timer 12 min for pasta",
    "weather tmrw",
    "add oat milk to shopping list",
    "thermostat to 21 pls",
    "wat am i listening to rn",
    "whats playing in the kitchen rn",
    "who sings this",
    "play the latest ep of the daily",
    "stop the music",
    "volume 30",
    "play sum queen",
    "play one more time by daft punk",
    "go back a song",
    "restart this track",
    "mute kitchen speaker",
    "play justice cross album on shuffle",
    "skip ahead 30 sec",
    "next ep",
    "is it gonna rain 2day",
    "kitchen lights to 50",
    "add eggs n bread to list",
    "play air in the kitchen n bedroom",
    "wat album is this from",
    "turn the music down its 2 loud",
    "stop playing in the kitchen",
    "like this song",
    "play sum chill music for dinner",
    "hw long is left on the timer",
    "wats the temp inside",
    "unpause",
    "make it warmer in here",
    "cancel timer",
]

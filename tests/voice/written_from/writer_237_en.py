"""Writer 237, a London teenager, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="yo who's my most played artist this year fam",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="which artist has man been bare obsessed with lately innit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists last month go on then",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="who was we bumping the most last week, like the whole house",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="in the kitchen who's the number one artist of all time",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="what artist has Ada been caning most this month",
        family="top_artists",
        period="this_month",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what's my song of the month fam",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five most played tracks since october",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="lowkey what was my most played tune last summer",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="bruv which song did i rinse the most over the past two weeks",
        family="top_tracks",
        period="last_2_weeks",
    ),
    # top_albums
    Fresh(
        text="which album have i been caning the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="most played album ever, quick",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what album was man hooked on in september",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am i hooked on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my go to pod in twenty twenty five, what was it",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="top podcast this month innit, which one",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="how long have i been listening today fam",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how many hours of music did man listen to last week",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="bruv how much time did i spend on podcasts this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long did we have tunes on in the kitchen last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="last thirty days how many hours have i been plugged in for",
        family="listening_time",
        period="last_30_days",
    ),
    # plays
    Fresh(
        text="how many tracks have i played today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many streams did i rack up in october",
        family="plays",
        period="october",
    ),
    Fresh(
        text="total plays this year, how many we talking",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="how many episodes did man get through last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="the last seven days how many songs have i banged out",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="since march how many artists has man gone through, like different ones",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many diff tunes have i had on in the last three months",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="how many times have i played bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk has man been playing this month fr",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times did i bang out dance by justice in the last 30 days",
        family="play_count",
        period="last_30_days",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="how many times have i played stormzy",
        family="play_count",
        period="all_time",
        name="Stormzy",
    ),
    Fresh(
        text="the daily, how many times did i put that on since monday",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did i listen to any air yesterday",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="did man play any central cee last week",
        family="did_i",
        period="last_week",
        name="Central Cee",
    ),
    Fresh(
        text="have i bumped the daily this week or nah",
        family="did_i",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="lowkey did i play genesis on saturday",
        family="did_i",
        period="saturday",
        name="Genesis",
    ),
    Fresh(
        text="listened to any cafe tacuba this summer?",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="did we have any justice on last weekend",
        family="did_i",
        period="last_weekend",
        name="Justice",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was man bumping yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did i listen to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what tunes was i on last friday",
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
        text="what was on in the kitchen on november 3rd",
        family="what_played",
        period="november_3",
        room="kitchen",
    ),
    Fresh(
        text="fill me in on what i was listening to this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="yo what song was on at like quarter to 8 last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was banging at ten past eight last night",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="this morning at half eight what was playing",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was on at 9pm last friday",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="the tune at noon on wednesday, what was it",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="what was playing round five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    # taste
    Fresh(
        text="what kind of music am i into, be honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste fam, like what's my vibe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="man's taste in music, sum it up",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time do i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when's my peak listening time, like what hour and what day",
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
        text="who's new in my rotation the last three months, like artists i never heard before",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="any new artists this summer or was it all the same old",
        family="new_artists",
        period="summer",
    ),
    # skips
    Fresh(
        text="how often do i skip stuff fr",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="man's been skipping bare this week innit, how many skips",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="what's my repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="do i just run back the same songs over and over this year or what",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened",
        family="streak",
    ),
    Fresh(
        text="what's my streak at rn, days on the trot",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="sexy boy by air, when did that first pop up",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="when did i first play radiohead",
        family="first_play",
        name="Radiohead",
    ),
    Fresh(
        text="when did moon safari first show up in my history",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="when did i last play don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time i had the daily on, when was that",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when did man last bump cafe tacvba",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="last tune i had on, what was it again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i played today fam",
        family="first_today",
    ),
    Fresh(
        text="first tune this morning, what did i open with today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did i start with on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first track i played last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what did i open the week with",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what was the last thing i listened to last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what did i end with on november the third",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="last song i played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune do i always skip, like the one i can't stand",
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
        text="who gets skipped most by me, artist wise",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat rn",
        family="on_repeat",
    ),
    Fresh(
        text="what track can't i stop playing, swear it's the same one",
        family="on_repeat",
    ),
    Fresh(
        text="which tune is on a loop for me these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="run me through my year fam",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how was my week listening wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap last month for me innit",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="summer recap pls",
        family="recap",
        period="summer",
    ),
    Fresh(
        text="how did last year go for me, like the whole review ting",
        family="recap",
        period="last_year",
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
        text="afternoons or evenings, when does man listen more",
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
        text="weekends vs school days, when am i listening more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen fam",
    "turn it up bare loud",
    "yo skip this song it's peak",
    "what song is this",
    "what's playing in the kitchen rn",
    "pause the podcast",
    "next track in the living room",
    "turn off the kitchen light innit",
    "play the album discovery",
    "volume to seven",
    "put shuffle on",
    "put this on repeat",
    "group the kitchen and living room speakers",
    "set a timer for ten mins for my noodles",
    "what's the weather like today, do i need a jacket",
    "add crisps to the shopping list",
    "turn the heating up it's freezing fam",
    "what am i listening to right now",
    "who sings this tune",
    "play some justice",
    "play the daily",
    "louder fam",
    "turn the music down my mum's on the phone",
    "stop the music",
    "play something peak for the gym",
    "skip this one bruv",
    "go back a song",
    "play bohemian rhapsody",
    "play queen in the kitchen",
    "resume the podcast",
    "what's the name of this track",
    "turn repeat off",
    "play the next episode of the daily",
    "add this song to my playlist",
    "set an alarm for seven",
    "is it gonna rain later",
    "put air on in the kitchen",
    "play some chill music whilst i revise",
    "turn the bass up",
    "mute the kitchen speaker",
    "what's the time",
    "how long's left on my timer",
    "play the radio",
    "lowkey turn the kitchen lights blue",
    "who's this artist playing rn",
    "play daft punk on all the speakers",
    "shuffle my library innit",
]

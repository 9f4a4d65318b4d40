"""Writer 394, a hurried commuter typing on a phone with autocorrect errors, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who did i listen to moat last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="top 3 artisans this year quick",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="whos my number one band since march",
        family="top_artists",
        period="since_march",
    ),
    Fresh(
        text="who was i obsessed with lately, artist wise i mean",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen who gets played the most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="ok train's moving, top artist over the past 2 weels",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="what's my song of the moth",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="top 5 trucks last summer",
        family="top_tracks",
        period="last_summer",
        count=5,
    ),
    Fresh(
        text="most played sing ever??",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="which song did we play most last month",
        family="top_tracks",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="favourite song in October, go",
        family="top_tracks",
        period="october",
    ),
    # top_albums
    Fresh(
        text="what album did i play the most this yeat",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="fave record over the last 3 moths",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="top 2 albums of all tine",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    Fresh(
        text="albun i had on most since october",
        family="top_albums",
        period="since_october",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am i hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="go to podcast this sinner",
        family="top_podcasts",
        period="summer",
    ),
    Fresh(
        text="whats my most plated podcast in 2025",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how long did i listen today",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how many hours of muse this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how much podcast time last month roughly",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how much music did we have on last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="minutes listened since monday?",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="how long was the kitchen speaker going yesterday",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="total listening tine the last 7 days",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="how many songs did i pray yesterday",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many things have i played in the last 30 days",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many episodes did i get through this tear",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="total plays in august",
        family="plays",
        period="august",
    ),
    # artists_count
    Fresh(
        text="how many different artists this month",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="how many diff bands have i heard in 2025",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="number of artists ever, like in total",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many unique tracks in september",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="number of different tines since october",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rhapsodies",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how often did Justine come on this week",
        family="play_count",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="how many times have i played the daily this month",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    Fresh(
        text="how many plays has the weeknd got this year",
        family="play_count",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="times i played one more tine by daft punk",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="did i hear any queens yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="listened to any daft pink lately?",
        family="did_i",
        period="lately",
        name="Daft Punk",
    ),
    Fresh(
        text="did i play radiohead last week",
        family="did_i",
        period="last_week",
        name="Radiohead",
    ),
    Fresh(
        text="did the daily come on this morning or did i miss it",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="air on saturday at all?",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    # what_played
    Fresh(
        text="what was i listening to yesterday evenings",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did we listen to last weekend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what music did i have on the day before yesterdays",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="whatd i listen to on nov 3rd",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what was ada listening to last friday",
        family="what_played",
        period="last_friday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter to 8 lady night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was playing at 8 this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was on at quarter past 5 this aftermoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="song at 9pm last friday?",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="what was plating around noon on saturday",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    # taste
    Fresh(
        text="what kind of music am i into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste real quick",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whats my vibe been lately, like my taste",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="when do i usually listen, what time",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="whats my peal listening hour and day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what day of the week do i listen most, n what hour",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered anyone new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which bands did i hear for the first time in october",
        family="new_artists",
        period="october",
    ),
    # skips
    Fresh(
        text="how often do i skip stuff",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="whats my skips rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many skips vs plays last month",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whats my repeat rats this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="how much have i been replaying the same stuff lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened",
        family="streak",
    ),
    Fresh(
        text="whats my listening steak at",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did cafe tacuba first turn up",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="first time i played wet leg?",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="when did i first hear da funk",
        family="first_play",
        name="Da Funk",
    ),
    # last_play
    Fresh(
        text="when did i last play dont stop me mow",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time i heard sexy boy",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when was the dairy podcast last on",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="last track i listened to?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did i start my day with",
        family="first_today",
    ),
    Fresh(
        text="first sing today?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i kick off with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first track on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first thing i listened to on november 3",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="last song the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was the last thing i played last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last track of last weak",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track??",
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
        text="who do i always skin, which band",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song cant i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="whats been on repeat for me",
        family="on_repeat",
    ),
    Fresh(
        text="which track am i obsessed with atm",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="quick recap of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="year wrap up pls",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="rundown of last moth",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="recap my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did we do last year music wise, sum it up",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more mornings or evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i a morning listener or a night owl",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="more in the afternoon or evening this month?",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend vs weekday listening, which wins",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do i play more at weekends or weekdays since march",
        family="compare_week",
        period="since_march",
    ),
]

NEGATIVES = [
    "play daft pink in the kitchen",
    "turn the musk up a bit",
    "whats playing in the kitchen rn",
    "what song is this",
    "skip this sing",
    "pause the podcast",
    "next track in the living room",
    "turn off the kitchen lights",
    "play the album discovery",
    "volume to 30 in the kitchen",
    "shuffle on",
    "put repeat on for this song",
    "group the kitchen and living room speakers",
    "set a timer for 10 mins",
    "whether tomorrow morning",
    "add milk to the shopping list",
    "set thermostat to 21",
    "what am i listening to right now",
    "play the daily",
    "play justice on the kitchen speaker",
    "stop the music",
    "resume podcast",
    "play something chill",
    "louder in the kitchen",
    "who sings this",
    "play queen radio",
    "turn off shuffle",
    "next episode of the daily",
    "skip ahead 30 seconds",
    "play moon safari by air",
    "mute the kitchen speaker",
    "lower the volume",
    "is it gonna rain later",
    "turn the heating up",
    "put some tunes on in the kitchen when i get home",
    "add bohemian rhapsody to my playlist",
    "like this song",
    "what album is this from",
    "remind me to call mum at 7",
    "play the next sing",
    "go back one track",
    "play podcasts in the kitchen",
    "cancel the timer",
    "whats this podcast called",
    "repeat one off",
    "kitchen lights on at 6",
]

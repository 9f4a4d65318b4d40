"""Writer 314, mumbling teenager speech-to-text transcript with homophone slips and no punctuation, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="um hood i listen to the most this weak",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="whos my number won artist this year ngl i think its daft punk but like check",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="yo who was i lowkey obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists last month go",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="in the kitchen hoo gets played the most like ever",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="wats my most plaid song of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="whats my song of the month or whatever",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five most played tracks from last summer",
        family="top_tracks",
        period="last_summer",
        count=5,
    ),
    Fresh(
        text="uh what song did i have on the most in october",
        family="top_tracks",
        period="october",
    ),
    # top_albums
    Fresh(
        text="which album did i like play to death this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="mm whats my top album since march",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="fave album in twenty twenty five what was it",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="whats my go to podcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="witch podcast have i been hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top pod cast this month",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="bruh how long have i been listening to stuff today",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how many ours of music did i have on last week",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how much time did i waste on podcasts this month lol",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long was music on yesterday evening",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="how long did we have tunes going in the kitchen last week end",
        family="listening_time",
        period="last_weekend",
        content="music",
        room="kitchen",
        person="we",
    ),
    # plays
    Fresh(
        text="uh how many songs have i played so far to day",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many streams did i do in the last thirty days ish",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many episodes of anything did i listen to this year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="how many things did we put on saturday",
        family="plays",
        period="saturday",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i listened too this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="like how many artists did i even listen to last month",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="how many diffrent bands in the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play this week like roughly",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many unique tracks since october hmm",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="ok so how many separate songs have i herd in total",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rap city this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen have i had on this year fr",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times have i listened to the daily",
        family="play_count",
        period="all_time",
        name="The Daily",
    ),
    Fresh(
        text="won more time by daft punk how many times last week",
        family="play_count",
        period="last_week",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times did i listen to the weekend this year",
        family="play_count",
        period="this_year",
        name="The Weeknd",
    ),
    # did_i
    Fresh(
        text="did i listen to any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to much air lately",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="wait did i play sexy boi this week",
        family="did_i",
        period="this_week",
        name="Sexy Boy",
    ),
    Fresh(
        text="did we have cafe tacuba on last weekend",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="did i ever listen to radio head",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="digital love on saturday did i play that",
        family="did_i",
        period="saturday",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="mm what was i listening to yesterday evening i forgot",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat did i listen to this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what did we have on last friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what was i bumping on november third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="uh the day before yesterday what was i listening to",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did ada listen to last week",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="wat was playing last night at like ten to ate",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was on at ate thirty this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playing at like five fifteen today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="yesterday at eight p m what song was that",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="what kind of music am i even in two",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my music taste be honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whats my vibe like music wise",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="when do i usually like listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what time of day am i most likely to be listening to stuff",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what day of the weak and like what time do i listen most",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did i discover anyone knew lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this month or nah",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did i listen to for the first time this year that i never herd before",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often do i skip ngl probably a lot",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="whats my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how much stuff do i skip like out of everything i put on",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="do i replay the same songs alot",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whats my re peat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much do i play the same stuff over and over this year",
        family="repeat",
        period="this_year",
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
        text="how long is my listening streak still going",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice like the very first time",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did i first here bohemian rhapsody",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when did wet leg first show up in my history",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did i last play the funk",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="when was the last time i listened to the dally",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time i had moon safari on",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="whats the last song i played um",
        family="last_song",
    ),
    Fresh(
        text="what was the last track i had on",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did i wake up too",
        family="first_today",
    ),
    Fresh(
        text="first song i played to day",
        family="first_today",
    ),
    Fresh(
        text="what was the first tune today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="whats the first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track on saturday what was it",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what did i start with last friday",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="what did i end with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song i played yesterday uh",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the last song on november 3rd",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="what song do i skip the most lol",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track do i always skip",
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
        text="who do i skip most like what band",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i had on repeat this whole time",
        family="on_repeat",
    ),
    Fresh(
        text="what song cant i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="whats my current on repeat song",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me like a recap of my month",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="run me threw my year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how did last week go music wise",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="whats my listening been like overall can i get a summary",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="wrap up for october",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the mourning or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i more of a morning or evening person lowkey",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the afternoons or evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weak ends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays vs weekend who wins like when do i listen more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "yo play some daft punk in the kitchen",
    "turn it up",
    "turn the music up like way up",
    "skip this song its mid",
    "next",
    "what song is this",
    "who sings this",
    "whats playing rn",
    "pause the podcast",
    "pause",
    "play the album discovery",
    "put on justice",
    "shuffle my playlist",
    "turn on repeat",
    "put this on repeat",
    "volume to ate",
    "make it louder in the kitchen",
    "turn off the kitchen light",
    "lights off",
    "set a timer for ten minutes",
    "whats the weather tomorrow",
    "is it gonna rain",
    "add chips to the shopping list",
    "turn the heating up",
    "group the kitchen speaker with the living room",
    "play the daily",
    "play the next episode of the daily",
    "play bohemian rhapsody",
    "stop the music",
    "what am i listening to right now",
    "whats this track called",
    "like this song",
    "play something chill",
    "resume",
    "go back a song",
    "how long is left on this song",
    "set an alarm for seven",
    "whats the time",
    "tell me a joke",
    "play air sexy boy in the kitchen",
    "skip forward thirty seconds",
    "turn the bass up",
    "mute the kitchen speaker",
    "what album is this from",
]

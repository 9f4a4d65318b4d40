"""Writer 262, Nigerian university student in Lagos (Nigerian English with Pidgin touches), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="abeg who be my number one artist last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="how far, which artist I don dey play pass this year?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="oya tell me the top 3 artists wey I listen to this month",
        family="top_artists",
        period="this_month",
        count=3,
    ),
    Fresh(
        text="who I been obsessed with lately sef",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="twenty twenty five, who be my favourite artist for that year",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="wetin be my song of the month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five most played tracks of all time abeg",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which tune I play pass for October",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="my favourite song last summer, which one be that again?",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="which album I don play pass this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="the record wey I rinse the most in the last 30 days, abeg remind me",
        family="top_albums",
        period="last_30_days",
    ),
    Fresh(
        text="top two albums since March",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast I dey hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my go-to podcast for 2025 na which one",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="in the kitchen which show dey play pass over the last three months",
        family="top_podcasts",
        period="last_3_months",
        room="kitchen",
    ),
    # listening_time
    Fresh(
        text="how many hours of music I don listen to this week sef",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long I listen yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="e be like say I listen plenty this morning o, how many minutes exactly?",
        family="listening_time",
        period="this_morning",
    ),
    Fresh(
        text="how much time we spend on podcasts last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="this afternoon, how long the speaker don dey play for me",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="how many songs I play today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="total plays for last weekend, how many?",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="how many episodes I don play since Monday",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks we play the day before yesterday",
        family="plays",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists I don listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="abeg how many artists I play in August",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="number of different artists over the past two weeks",
        family="artists_count",
        period="last_2_weeks",
    ),
    # songs_count
    Fresh(
        text="how many different songs I play last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="in total how many distinct tracks I don hear since I start",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="september, how many different tunes pass through my speaker",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="how many times I play bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen I don have on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="that daft punk one more time song, how many times I don play am?",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times I play Radiohead last year",
        family="play_count",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="The Daily, how many times e play since October",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I hear any Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to Air at all this summer?",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="abeg I play cafe tacuba last week or no",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
    ),
    Fresh(
        text="I listen to The Weeknd this year at all?",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="did we play dont stop me now last Friday",
        family="did_i",
        period="last_friday",
        name="Don't Stop Me Now",
        person="we",
    ),
    # what_played
    Fresh(
        text="wetin I dey listen to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through wetin play last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what I listen to on Saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="fill me in on what played on November 3rd",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what did we listen to last weekend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    # playing_at
    Fresh(
        text="wetin dey play for quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was on around ten past eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="this morning by half eight, which tune dey play",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="how far, what was playing at 5:15 this evening",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="abeg describe my music taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of music I dey into sef",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wetin my taste be like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day I dey usually listen to music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week I dey listen pass",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="quick question, when be my peak listening time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="I discover any new artist lately?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists I hear for the very first time this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any fresh artist enter my rotation since March?",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="how often I dey skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wetin be my skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="out of everything wey play in the last seven days how many I skip",
        family="skips",
        period="last_7_days",
    ),
    # repeat
    Fresh(
        text="how much I dey replay the same songs",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="my repeat rate for last month abeg",
        family="repeat",
        period="last_month",
    ),
    Fresh(
        text="e be like say na the same tracks I dey play over and over this year, how bad e be",
        family="repeat",
        period="this_year",
        content="music",
    ),
    # streak
    Fresh(
        text="how many days in a row I don dey listen",
        family="streak",
    ),
    Fresh(
        text="wetin be my listening streak now now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="sexy boy by air, when e first enter my history",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when did I first play Wet Leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when last I play Digital Love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="e don tey wey I listen to Queen, when last?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="the last time The Daily play, when be that",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="wetin be the last song I play",
        family="last_song",
    ),
    Fresh(
        text="last tune wey I listen to abeg, I don forget the name",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wetin I wake up to this morning",
        family="first_today",
    ),
    Fresh(
        text="first song I play today na which one",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="which track I take start last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="how I start my Saturday, the first song nko?",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="wetin I end with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="the last song wey play the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="last track I play on November 3rd",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="which song I dey skip pass",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the track wey I no fit stand at all, the one I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I dey skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who be the artist wey I dey always skip sef",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song I get on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="wetin dey heavy rotation for me now",
        family="on_repeat",
    ),
    Fresh(
        text="that song wey I no fit stop playing, which one be am?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how my week for music be",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="oya give me my year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a rundown of my listening abeg",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap of last month, wetin happen",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how October go for us music-wise",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or an evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="I dey listen more for afternoon or for night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month, na morning I dey play music pass or evening?",
        family="compare_day_parts",
        period="this_month",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or at weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend versus weekday, when I dey play pass",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="since March na weekend I dey listen pass abi weekdays",
        family="compare_week",
        period="since_march",
    ),
    # extra variety
    Fresh(
        text="how much music Ada play last week",
        family="listening_time",
        period="last_week",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="3 most played songs this month, oya list them",
        family="top_tracks",
        period="this_month",
        count=3,
    ),
    Fresh(
        text="whilst I was reading for exams last week, wetin I dey listen to",
        family="what_played",
        period="last_week",
    ),
    Fresh(
        text="justice phantom, I don play am this week?",
        family="did_i",
        period="this_week",
        name="Phantom",
    ),
    Fresh(
        text="how many times dance by justice play for the past 30 days",
        family="play_count",
        period="last_30_days",
        name="D.A.N.C.E.",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen",
    "abeg turn the music up small",
    "oya reduce the volume, e too loud",
    "wetin dey play for kitchen now",
    "what song is this abeg",
    "skip this song jor",
    "pause the podcast make I hear word",
    "next track in the living room",
    "turn off the kitchen light",
    "play the album Discovery",
    "shuffle my playlist",
    "put repeat on for this song",
    "turn repeat off abeg",
    "group the kitchen speaker with the parlour one",
    "set timer for ten minutes for my indomie",
    "how far, wetin the weather go be tomorrow",
    "add garri to my shopping list",
    "set the thermostat to 22 degrees",
    "what am I listening to right now",
    "who dey sing this tune",
    "play The Daily latest episode",
    "resume the podcast",
    "oya play Bohemian Rhapsody",
    "stop the music abeg, NEPA don take light for my head",
    "volume to 40",
    "play some Queen for the kitchen",
    "go back to the previous song",
    "play Justice Cross album from the beginning",
    "turn on the kitchen lights",
    "is it going to rain this afternoon",
    "remind me to read for my exam by 7",
    "play something chill make I read",
    "wetin be the name of this album wey dey play",
    "louder abeg",
    "mute the speaker",
    "play air moon safari on shuffle",
    "add milo and bread to the shopping list",
    "how much time remain for my timer",
    "skip forward thirty seconds for this episode",
    "stop everything wey dey play for the house",
    "like this song",
    "play music for all the speakers",
    "switch off the fan for kitchen",
]

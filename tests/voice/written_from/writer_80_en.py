"""Writer 80, fast-talking Boston dad dictating into his phone while cooking (no punctuation, speech-to-text slips), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ok quick one who did i listen to the most lastweek",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="hey so who have i been like obsessed with lately is it daft punks or just ice or who",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="whos my number one artist this year babe dont touch that the stove is wicked hot",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="gimme my top three bands from twenty twenty five",
        family="top_artists",
        period="in_2025",
        count=3,
    ),
    Fresh(
        text="in the kitchen who gets played the most artist wise",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="whats my song of the month hang on the waters boiling over",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my 3 most played songs since march",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="what song did we play the most last week end",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="most played track ever on this thing go",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="adas favourite song in august what was it",
        family="top_tracks",
        period="august",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="what album did i play the most this summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="which record have i had on the most the last three months ok stirring stirring",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="hey whats my all time favorite album according to the history thing",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am i hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="whats my go to podcast so far this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="top podcast last summer what was it",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="how long did i listen to music to day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="roughly how many hours of stuff did i have on lastweek",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time did i spend on podcasts this month like honestly",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how much music did we have going in the kitchen yester day",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="total minutes i listened in october",
        family="listening_time",
        period="october",
    ),
    # plays
    Fresh(
        text="so how many songs have i played so far to day like ballpark",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many podcast episodes did i get through this week",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="whats my number of plays four the last thirty days",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many tracks did ada play on saturday",
        family="plays",
        period="saturday",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="how many things did we listen to lastyear all together",
        family="plays",
        period="last_year",
        person="we",
    ),
    # artists_count
    Fresh(
        text="ok um real quick how many different artists did i listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="hey so like how many bands have i heard since october",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="yo how many artists total ever like in the whole thing",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="hold on hold on how many artists have i had on since monday",
        family="artists_count",
        period="since_monday",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play lastmonth",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many unique tracks in the last seven days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="how many different songs are in my whole history kid no put that down",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rap city this week",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen did i blast this month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="how many times has one more time by daft punks played in the kitchen",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
        room="kitchen",
    ),
    Fresh(
        text="number of times i put on the daly this year",
        family="play_count",
        period="this_year",
        name="The Daily",
    ),
    Fresh(
        text="how many times did i play the drop kick murphys lastyear",
        family="play_count",
        period="last_year",
        name="Dropkick Murphys",
    ),
    # did_i
    Fresh(
        text="did i listen to any just ice yester day",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did i here the daly to day",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="have i listened to any heir lately you know the french guys",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did i play the weekend at all this year",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="did we play eres by cafe taco va on the third of november",
        family="did_i",
        period="november_3",
        name="Eres by Café Tacvba",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was i listening to last night after the kids went down",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what music did i have on this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what did i listen to the day before yester day",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was ada playing last friday",
        family="what_played",
        period="last_friday",
        person="Ada",
    ),
    Fresh(
        text="what have i been listening to this morning i forget already",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what was i playing yesterday evening while i did the dishes",
        family="what_played",
        period="yesterday_evening",
    ),
    # playing_at
    Fresh(
        text="what song was playing yesterday at quarter past eight at night",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="what was on this morning at eight oclock",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="whats that thing i had on around noon on wednesday",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="what was playing in the kitchen at five fifteen to day",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    Fresh(
        text="what was on an hour ago",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="what was playing at like ten to eight lastnight",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    # taste
    Fresh(
        text="how would you describe my taste in music like am i a dad rock guy or what",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whats my vibe music wise",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of stuff have i been into this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week do i play the most music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do i usually have tunes on like what hour",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats my peak listening time this month",
        family="peak",
        period="this_month",
    ),
    # new_artists
    Fresh(
        text="did i discover any body new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new bands this year for me",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="who did i hear for the first time in september",
        family="new_artists",
        period="september",
    ),
    # skips
    Fresh(
        text="how often do i skip songs be honest",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats my skip rate lastweek",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="how many songs did i skip this month out of how many",
        family="skips",
        period="this_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="do i keep replaying the same stuff over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whats my repeat rate since october",
        family="repeat",
        period="since_october",
    ),
    Fresh(
        text="over the past two weeks how much have i been repeating the same stuff",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened now",
        family="streak",
    ),
    Fresh(
        text="whats my streak at now days wise",
        family="streak",
    ),
    Fresh(
        text="how long is my listening streak like consecutive days",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did just ice first show up",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time i ever played sexy boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when did i first listen to radio head",
        family="first_play",
        name="Radiohead",
    ),
    Fresh(
        text="first time i heard digital love by daft punks when was that",
        family="first_play",
        name="Digital Love by Daft Punk",
    ),
    # last_play
    Fresh(
        text="when did i last play dont stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="whens the last time i listened to the daly",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time cafe tack uba was on",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when was the last time i put on moon safari",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="wait what was the last song i played it was wicked good",
        family="last_song",
    ),
    Fresh(
        text="last track i had on what was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did i wake up to to day",
        family="first_today",
    ),
    Fresh(
        text="whats the first song i put on to day",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first track yester day what was it",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="saturday what did i start off with",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first song i played this year back in january",
        family="first_in",
        period="this_year",
    ),
    Fresh(
        text="what kicked off lastweek for me song wise",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="what was the last song last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last thing i played last night before bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what did we finish october with",
        family="last_in",
        period="october",
        person="we",
    ),
    Fresh(
        text="what was the final track on november third",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="what song do i skip the most honestly like the one i cant stand",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track gets skipped most in the kitchen",
        family="most_skipped",
        period="all_time",
        room="kitchen",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who gets skipped the most like what band",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="whats in heavy rotation rn",
        family="on_repeat",
    ),
    Fresh(
        text="what song cant i stop playing",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my week pissah",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="run me through my year real quick before the rice burns",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="so how was my october was it a good one or what",
        family="recap",
        period="october",
    ),
    Fresh(
        text="fill me in on lastmonth",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="ok gimme a recap of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="give me like a year in review for twenty twenty five",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning or a night listener babe says night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the mornings or evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or afternoons which do i listen more this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or weekends im curious",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends vs week days which one do i listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="this year do i play more on the weekend or during the week",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "play daft punks in the kitchen",
    "turn the music up im making sauce",
    "whats playing in the kitchen right now",
    "what song is this",
    "skip this song",
    "pause the podcast the babys crying",
    "next track in the living room",
    "turn off the kitchen light",
    "play the album discovery",
    "volume down to like four",
    "shuffle on",
    "put repeat on for this one",
    "group the kitchen and living room speakers",
    "set a timer four twelve minutes for the pasta",
    "whats the weather tomorrow in boston",
    "add milk to the shopping list",
    "set the thermostat to sixty eight",
    "what am i listening to right now",
    "play the daly",
    "play some just ice",
    "turn it down a notch the kids asleep",
    "stop the music",
    "resume the podcast",
    "play bohemian rap city loud",
    "who sings this",
    "go back a song",
    "play queen on all speakers",
    "louder louder",
    "add eggs and garlic to the list",
    "how long left on the timer",
    "turn the heat up a couple degrees",
    "mute the kitchen speaker",
    "play some thing chill for dinner",
    "whats this album called",
    "cancel the timer",
    "dim the lights in the dining room",
    "is it gonna rain to day",
    "play heir in the kitchen",
    "turn on shuffle and play cafe taco va",
    "skip ahead thirty seconds in the podcast",
    "like this song",
    "set an alarm four six thirty",
    "whats the name of the song thats on",
    "play the new episode of the daly",
    "turn off repeat",
]

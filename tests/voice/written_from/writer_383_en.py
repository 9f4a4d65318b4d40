"""Writer 383, Lagos banker (Nigerian English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="abeg who be my number one artist this year o",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="how far, which artist I dey play pass since October",
        family="top_artists",
        period="since_october",
    ),
    Fresh(
        text="year to date who are my top three artists",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="who I was obsessed with lately sef",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, which band I play pass last month",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="give me the top 5 artists we listened to last year",
        family="top_artists",
        period="last_year",
        count=5,
        person="we",
    ),
    Fresh(
        text="last weekend who was my go-to artist abeg",
        family="top_artists",
        period="last_weekend",
    ),
    # top_tracks
    Fresh(
        text="wetin be my song of the month o",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="abeg name my three most played songs for August",
        family="top_tracks",
        period="august",
        count=3,
    ),
    Fresh(
        text="which track I don play pass of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="which song was my favourite this summer sha",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="most played tune for the last 30 days, kindly",
        family="top_tracks",
        period="last_30_days",
    ),
    # top_albums
    Fresh(
        text="which album I play pass this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="my top two albums last summer, wetin dem be",
        family="top_albums",
        period="last_summer",
        count=2,
    ),
    Fresh(
        text="how far that album wey I no fit stop playing, which one be that",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="favourite album in twenty twenty five?",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="which podcast I dey follow pass this month",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="this my go-to podcast, abeg which one be am",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which podcast I was hooked on in September o",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="how many hours I don spend on music this week o",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long I listen yesterday evening",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="how many minutes of podcast I hear last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="abeg how long the music play for kitchen this morning",
        family="listening_time",
        period="this_morning",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how much time we spend listening last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="since March how many hours of tunes I don clock",
        family="listening_time",
        period="since_march",
        content="music",
    ),
    Fresh(
        text="how many hours of music Ada listen to last month",
        family="listening_time",
        period="last_month",
        content="music",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs I play today so far",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many streams I get last week",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="how many episodes I don listen this year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="total plays for the last seven days abeg",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="on Saturday for the kitchen, how many tracks I play",
        family="plays",
        period="saturday",
        content="music",
        room="kitchen",
    ),
    # artists_count
    Fresh(
        text="how many different artists I don listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="abeg count am for me, how many artists in total",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many different musicians we listen to in October",
        family="artists_count",
        period="october",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many different songs I play this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="number of unique tracks for the last three months",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="since Monday how many distinct songs I don hear o",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="how many times I play bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen I don hear this week o",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="that daft punk one more time, how many times e play last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times I listen to Burna Boy",
        family="play_count",
        period="all_time",
        name="Burna Boy",
    ),
    Fresh(
        text="The Daily, how many times I don play am since October",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    Fresh(
        text="Justice, how many plays e get for the past two weeks",
        family="play_count",
        period="last_2_weeks",
        name="Justice",
    ),
    # did_i
    Fresh(
        text="shey I listen to Air yesterday",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="did I play any Wizkid this month",
        family="did_i",
        period="this_month",
        name="Wizkid",
    ),
    Fresh(
        text="I hear cafe tacuba at all last week abi",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
    ),
    Fresh(
        text="listened to any Daft Punk on November 3rd?",
        family="did_i",
        period="november_3",
        name="Daft Punk",
    ),
    Fresh(
        text="Da Funk, e play at all the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Da Funk",
    ),
    Fresh(
        text="we play don't stop me now last Friday?",
        family="did_i",
        period="last_friday",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="quick question, la femme d'argent by Air, I hear am this summer?",
        family="did_i",
        period="summer",
        name="La femme d'argent by Air",
    ),
    # what_played
    Fresh(
        text="wetin I dey listen to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through what played for the kitchen last night",
        family="what_played",
        period="last_night",
        room="kitchen",
    ),
    Fresh(
        text="what music I play this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="fill me in, wetin we listen to on Saturday",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="what did I hear the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    # playing_at
    Fresh(
        text="I'm coming, wetin dey play around quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was on at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="around 5pm today wetin play for kitchen",
        family="playing_at",
        moment="2026-11-20 17:00",
        room="kitchen",
    ),
    Fresh(
        text="which tune was playing at 8pm yesterday",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="last Saturday by noon wetin dey play",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="wednesday night nine o'clock, which song dey play o",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="abeg describe my music taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wetin kind music I dey into these days",
        family="taste",
        period="lately",
    ),
    Fresh(
        text="how would you sum up this my taste in music",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day I dey listen pass",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week I play music most",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when be my peak listening hour this month",
        family="peak",
        period="this_month",
    ),
    # new_artists
    Fresh(
        text="any new artist I discover this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who be the new acts I start listening to this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="I find any new musician last summer?",
        family="new_artists",
        period="last_summer",
    ),
    # skips
    Fresh(
        text="how often I dey skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wetin be my skip rate this month o",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="out of everything I play last week, how many I skip",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="how much I dey replay the same thing over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="my repeat rate for October abeg",
        family="repeat",
        period="october",
    ),
    Fresh(
        text="I dey repeat myself too much this year with this my listening?",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days in a row I don listen",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak as at today",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when I first hear Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did sexy boy first enter this my history",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="Davido, when I first play am",
        family="first_play",
        name="Davido",
    ),
    # last_play
    Fresh(
        text="when last I play Bohemian Rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="The Daily, when last I listen",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when last did I hear Eres by Cafe Tacvba",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    # last_song
    Fresh(
        text="wetin be the last song I play",
        family="last_song",
    ),
    Fresh(
        text="the very last track wey I play, abeg remind me",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what I wake up to today",
        family="first_today",
    ),
    Fresh(
        text="which song I start today with o",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I play yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="how I start last Friday, which song be the first",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="which track open this month for me",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="wetin I end with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="which song close out last week for me",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="which song I dey skip pass",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the track wey I no dey allow finish, which one",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="abeg whose songs I dey jump pass",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song I don put on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="how far wetin dey heavy rotation for me now",
        family="on_repeat",
    ),
    Fresh(
        text="the song I no fit stop playing, which one",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was my week in music o",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me my year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="kindly give me the breakdown of my listening month to date",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how last month take go for music",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="recap for 2025 abeg",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="I be morning listener or evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="I dey listen more for morning or for night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings versus afternoons, when I play music pass",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="I dey listen more for weekend or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekday versus weekend, which one get more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="between Monday to Friday and Saturday Sunday, when I play pass this year",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "abeg play Burna Boy for the kitchen",
    "how far, turn the music up small",
    "wetin dey play for kitchen now now",
    "which song be this o",
    "skip this song jare",
    "I'm coming, pause the podcast",
    "next track for the living room",
    "off the kitchen light abeg",
    "play the album Discovery",
    "reduce the volume, my oga dey call",
    "shuffle this my playlist",
    "put this song on repeat",
    "group the kitchen speaker with the parlour one",
    "set timer for ten minutes, my jollof dey fire",
    "wetin be the weather tomorrow for Lagos",
    "add garri to my shopping list",
    "set the thermostat to twenty two",
    "what am I listening to right now",
    "who dey sing this one",
    "play the latest episode of The Daily",
    "play Bohemian Rhapsody for kitchen o",
    "volume to forty percent",
    "stop the music, I wan take call",
    "resume the podcast abeg",
    "go back to the previous song",
    "turn off repeat",
    "play some afrobeats for the kitchen",
    "mute the kitchen speaker",
    "how far, e go rain today?",
    "remind me to call the branch manager by nine",
    "I like this song, save am",
    "which album this one wey dey play come from",
    "play Justice D.A.N.C.E. loud loud",
    "on the AC for the bedroom",
    "wetin be the time now",
    "fast forward the podcast thirty seconds",
    "play Daft Punk radio",
    "move the music to the bedroom speaker",
    "set alarm for five thirty tomorrow, I get early meeting for office",
    "increase the bass small",
    "lower the kitchen music, visitors dey come",
    "cancel the timer",
    "what's the name of this podcast wey dey play",
    "play the next episode of The Daily",
    "stop shuffle abeg",
    "play Queen for all the speakers o",
]

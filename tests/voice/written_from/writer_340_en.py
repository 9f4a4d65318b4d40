"""Writer 340, a Trinidadian steelpan player from Port of Spain (Trini English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="boy who I been listening to de most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="eh, who is mih number one artist for de whole year so far",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="which band I was real obsessed with lately, tell me nah",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in de kitchen, who does get played de most since October",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="wha' yuh sayin, who was we go-to artist last month in dis house",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="wha' was my song of de month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="gimme mih three most played tunes from last month nah",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="which song I had on de most this summer when I wasn't in de panyard",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="top five tracks of all time, go",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    # top_albums
    Fresh(
        text="what album I does play de most eh",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="which record I was beating out de most in September",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="mih favourite album last year, which one it was",
        family="top_albums",
        period="last_year",
    ),
    # top_podcasts
    Fresh(
        text="which podcast I hooked on these days boy",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what show I does listen to most this year, de talking one, de podcast",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how long I had music going today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how much hours I spend listening this week, is real plenty or what",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="total time I was on podcasts in October",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="de last thirty days, how much time de kitchen speaker play for me",
        family="listening_time",
        period="last_30_days",
        room="kitchen",
    ),
    Fresh(
        text="how long we had tunes blasting last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs I play since Monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="how much tings I listen to yesterday, total",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="how many episodes I went through last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="this afternoon how much tracks I put on",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how much different artists I listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands we had on last weekend, me and de family",
        family="artists_count",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="count how many artist I hear since March nah",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="how many different songs I play in de last three months",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="in August how much different tunes I had on, just de count",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="how many times I play Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="boy how much Queen I had on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="The Daily, how many times dat play since March",
        family="play_count",
        period="since_march",
        name="The Daily",
    ),
    Fresh(
        text="digital love, how much times I play dat one ever",
        family="play_count",
        period="all_time",
        name="Digital Love",
    ),
    Fresh(
        text="how many times I play Machel Montano this year",
        family="play_count",
        period="this_year",
        name="Machel Montano",
    ),
    # did_i
    Fresh(
        text="eh-eh, I listen to any Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did I play dat sexy boy song by air last friday",
        family="did_i",
        period="last_friday",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="I hear any Daft Punk on Saturday or I making that up",
        family="did_i",
        period="saturday",
        name="Daft Punk",
    ),
    Fresh(
        text="had any Kes de Band on lately",
        family="did_i",
        period="lately",
        name="Kes the Band",
    ),
    Fresh(
        text="we listen to Cafe Tacuba last year or what",
        family="did_i",
        period="last_year",
        person="we",
        name="Café Tacvba",
    ),
    Fresh(
        text="so dis morning, I catch The Daily or I miss it",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="wha' I was listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through what music I had on this morning",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="what I listen to de day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what we was playing on November third, de Tuesday",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="fill me in nah, what was going on in mih listening de past fortnight",
        family="what_played",
        period="last_2_weeks",
    ),
    # playing_at
    Fresh(
        text="what was playing quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wha' song was on at eight o'clock dis morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="round five this evening, what tune was playing in de kitchen",
        family="playing_at",
        moment="2026-11-20 17:00",
        room="kitchen",
    ),
    Fresh(
        text="last Friday twelve midday sharp what was on",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    Fresh(
        text="wednesday night bout nine o'clock what I had on",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what kinda music I really into, be honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe mih taste nah, wha' I does like",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day I does usually have music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of de week I does listen de most and what hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when I most likely to be listening, like what time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="I discover anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists pop up this month, people I never hear before",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who new I start listening to in de last seven days",
        family="new_artists",
        period="last_7_days",
    ),
    # skips
    Fresh(
        text="how often I does skip tings, boy I too impatient",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wha' is mih skip rate this year",
        family="skips",
        period="this_year",
    ),
    # repeat
    Fresh(
        text="how much I does replay de same tunes over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="mih repeat rate last month, how high it reach",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="how many days straight I been listening now",
        family="streak",
    ),
    Fresh(
        text="wha' is mih streak, how much days in a row",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when I first hear Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when de first time Eres by Cafe Tacvba show up in mih history",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="first time I ever play Radiohead, when dat was",
        family="first_play",
        name="Radiohead",
    ),
    # last_play
    Fresh(
        text="when last I play don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Air, de French ones, when last I had dem on",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="when last The Daily was on",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was de last song I play",
        family="last_song",
    ),
    Fresh(
        text="de last ting I had on, what it was again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what I wake up to dis morning",
        family="first_today",
    ),
    Fresh(
        text="first tune I play today, which one",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I play yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what I start off with on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="which song kick off mih October",
        family="first_in",
        period="october",
    ),
    Fresh(
        text="first ting I play this week, wha' it was",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what I end off with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song last Friday, wha' it was",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="de very last tune I play in twenty twenty five",
        family="last_in",
        period="in_2025",
    ),
    # most_skipped
    Fresh(
        text="which song I does skip de most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="de tune I always passing over, which one dat is",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I does skip de most boy",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who I always skipping, like which band I cyah take",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what I have on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song I cyah stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="wha' on heavy rotation by me right now",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me a rundown nah, how mih listening going",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="run me through mih year, de whole ting",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wrap up last month for me",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="last summer, how it went musically, fill me in",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="I is more a morning listener or a night time listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="I does listen more in de afternoon or de evening",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="I does play more music on weekends or during de week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekdays or weekends, when I listening more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play some Daft Punk in de kitchen nah",
    "turn up de music boy",
    "wha' song is dis",
    "skip dis song, I doh like it",
    "pause de podcast",
    "next track in de living room",
    "turn off de kitchen light",
    "play de album Discovery",
    "put on some soca",
    "volume down a little bit, it too loud",
    "shuffle mih playlist",
    "put it on repeat",
    "group de kitchen speaker with de living room one",
    "set a timer for ten minutes for de pelau",
    "wha' de weather go be like tomorrow",
    "add plantain to de shopping list",
    "turn de AC down to twenty two",
    "what I listening to right now",
    "what's playing in de kitchen",
    "play Machel Montano",
    "play some steelpan music",
    "stop de music",
    "resume de podcast",
    "play de latest episode of The Daily",
    "louder nah!",
    "go back to de previous song",
    "who does sing dis song",
    "turn off all de speakers",
    "play Bohemian Rhapsody in de kitchen",
    "skip forward thirty seconds in de podcast",
    "set an alarm for six, I have panyard practice",
    "remind me to tune de tenor pan at four",
    "play some Desperadoes Panorama music",
    "mute de kitchen speaker",
    "what time it is",
    "add dis song to mih playlist",
    "turn on shuffle in de kitchen",
    "play something to lime with",
    "play de next episode",
    "it going to rain today or what",
    "play Genesis by Justice loud loud",
    "turn off repeat",
    "how long left on dis song",
    "what album dis song from",
    "doh play nothing in de bedroom",
]

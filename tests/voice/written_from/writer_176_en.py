"""Writer 176, hurried Australian dictating into speech-to-text (no punctuation, misheard words), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who have i been listening to the most this month mate",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="righto whos me number one artist for the year so far",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="reckon ive been hooked on some band lately witch one is it",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 artists last month quick",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="in the kitchen who gets played the most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who did we listen to heaps last weak",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="um whos my go to artist like of all time",
        family="top_artists",
        period="all_time",
    ),
    # top_tracks
    Fresh(
        text="whats my song of the month mate",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name me my five most played tracks this year",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="most played song ever",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="what tune did i absolutely flog in october",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="top 10 songs since march go",
        family="top_tracks",
        period="since_march",
        count=10,
    ),
    Fresh(
        text="what song did ada play the most last week",
        family="top_tracks",
        period="last_week",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="what album have i played the most",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="reckon whats my favourite record this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which album was i hooked on lately",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="top two albums last summer",
        family="top_albums",
        period="last_summer",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="whats me go to podcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which podcast have i been hooked on the past fortnight",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most listened podcast in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how long did i listen to music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of tunes did i have on last week",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how much time did i spend on podcasts this month mate",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long did we have music going in the kitchen yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="total listening time for the year",
        family="listening_time",
        period="this_year",
    ),
    Fresh(
        text="how long was i listening for over the last 3 months",
        family="listening_time",
        period="last_3_months",
    ),
    Fresh(
        text="how long did i listen this avo",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="how many songs did i play this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many tracks have i gone through this week hey",
        family="plays",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how many podcast episodes did i listen to last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many things did i play in the last seven days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="number of streams since october",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="how many songs has ada played since monday",
        family="plays",
        period="since_monday",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="yeah how many songs have i played over the past two weeks",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands in the last thirty days",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="number of artists all up",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many different artists did we have on in august",
        family="artists_count",
        period="august",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many unique tracks this summer",
        family="songs_count",
        period="summer",
    ),
    Fresh(
        text="how many different tunes have i played all up",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="in september how many diff songs did i get through",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rap city this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times has queen come on this month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="how many times did i play one more time by daft bunk",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many plays has the dailey had since monday",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="how many times have i listened to radio head",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="how often did i put moon safari on last year",
        family="play_count",
        period="last_year",
        name="Moon Safari",
    ),
    Fresh(
        text="dance by justice how many times this week",
        family="play_count",
        period="this_week",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="did i listen to any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to much cafe taco bar lately",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="did i have the daily on this morning or not",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did we play sexy boy by air on saturday",
        family="did_i",
        period="saturday",
        name="Sexy Boy by Air",
        person="we",
    ),
    Fresh(
        text="have i heard any the weekend this year",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="any the funk by daft punk last weekend or nah",
        family="did_i",
        period="last_weekend",
        name="Da Funk by Daft Punk",
    ),
    # what_played
    Fresh(
        text="what did i have on last night mate",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what music did i play over brekkie this morning",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="what was i listening to on the 3rd of november",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what did i listen to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did we have going last weekend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what did ada listen to yesterday",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    Fresh(
        text="what did i listen to yesterday evening after tea",
        family="what_played",
        period="yesterday_evening",
    ),
    # playing_at
    Fresh(
        text="what song was on at ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was on at ate this morning at brekkie",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was playing at five past five this arvo",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="what was on wednesday night around nine",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="that song yesterday at lunch about 12 what was it",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="what was going in the kitchen at 8 15 last night",
        family="playing_at",
        moment="2026-11-19 20:15",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="how would you describe me taste in music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whats my music taste like mate be honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of stuff have i been into this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do i usually have music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do i listen the most like what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="whats my peak listening time",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week do i listen heaps",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered anyone new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new bands i heard for the first time lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who did i listen to for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="whats my skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often did i skip tracks this week",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how many did i skip last month out of how many i played",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="do i skip heaps or what",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="do i replay the same stuff heaps",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whats my repeat rate this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="since october how much have i been listening to the same things over and over",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened",
        family="streak",
    ),
    Fresh(
        text="whats me streak at mate",
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
        text="when did cafe tacuba first turn up",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when was the first time i played digital love",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="first time i ever heard wet leg when was that",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did i last play dont stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when was the last time i had the daily on",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was the last time i heard any air",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="when did i last play arctic monkeys",
        family="last_play",
        name="Arctic Monkeys",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="whats the last tune i had on mate",
        family="last_song",
    ),
    Fresh(
        text="last track i listened to whats it called",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i played today",
        family="first_today",
    ),
    Fresh(
        text="what song did i kick the day off with",
        family="first_today",
    ),
    Fresh(
        text="first thing i played today what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song i played on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what did i start off with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first thing i listened to this month",
        family="first_in",
        period="this_month",
    ),
    Fresh(
        text="what was the very first song of the year",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what did i finish up with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song i played yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the last track i had on last weekend",
        family="last_in",
        period="last_weekend",
    ),
    Fresh(
        text="last thing i played this arvo",
        family="last_in",
        period="this_afternoon",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="whats the tune i always skip",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track gets skipped heaps",
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
        text="who do i skip heaps",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what band do i always end up skipping",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat at the moment",
        family="on_repeat",
    ),
    Fresh(
        text="what song cant i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="whats been on high rotation mate",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of me listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="howd my week go music wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="year in review mate",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="run me through october",
        family="recap",
        period="october",
    ),
    Fresh(
        text="recap of last year",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning or night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the arvo or the evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or evenings when do i have more music on",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do i play more music on the weekend or during the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="did we listen more on weekends or weekdays last month",
        family="compare_week",
        period="last_month",
        person="we",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen mate",
    "turn the music up heaps",
    "whats playing in the kitchen",
    "what song is this",
    "skip this song its rubbish",
    "pause the podcast ill be back in a sec",
    "next track in the lounge room",
    "turn off the kitchen light",
    "play the album discovery",
    "volume down to 3",
    "shuffle on",
    "put it on repeat mate",
    "group the kitchen and lounge speakers",
    "set a timer for 12 minutes for the snags",
    "whats the weather gonna do this arvo",
    "add vegemite to the shopping list",
    "set the thermostat to twenty two",
    "what am i listening to right now",
    "play the daily",
    "put on some justice for brekkie",
    "whos singing this one",
    "turn it down a notch its too loud",
    "play something by queen in the kitchen",
    "stop the music",
    "resume the podcast",
    "skip forward thirty seconds",
    "play bohemian rap city",
    "turn repeat off",
    "is it gonna rain tomorrow",
    "play some tunes in the kitchen",
    "whats this track called mate",
    "play the next episode of the daily",
    "set an alarm for 6 tomorrow morning",
    "turn the kitchen speaker off",
    "play air moon safari from the start",
    "louder mate cant hear it",
    "who sings this",
    "go back to the previous song",
    "add eggs and milk to the shopping list",
    "what time is it in perth",
    "mute the speaker for a sec",
    "play some cafe taco bar in the kitchen",
    "how long left on this song",
    "turn the heater up in the lounge",
]

"""Writer 186, dictation with no punctuation or capitals (South African English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="hey who was my number one artist this year question mark",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="ag man who have i been obsessed with lately like which band",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen which artist gets played the most hey",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="give me my top three artists for october full stop",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="yoh who did we have on the most last month in the house",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="who was my top artist last year hey",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="howzit so my china asked me who i listen to most and i said daft punk but is that even true like over the last thirty days",
        family="top_artists",
        period="last_30_days",
    ),
    # top_tracks
    Fresh(
        text="whats my song of the month so far",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five most played tracks since march please",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="which song did i play the most last week hey",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="my number one tune of all time what is it question mark",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="what did ada play most in august song wise",
        family="top_tracks",
        period="august",
        person="Ada",
    ),
    Fresh(
        text="top 10 songs this year lekker go",
        family="top_tracks",
        period="this_year",
        count=10,
    ),
    Fresh(
        text="three songs i played most this week what are they",
        family="top_tracks",
        period="this_week",
        count=3,
    ),
    # top_albums
    Fresh(
        text="which album have i played the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what record did i have on the most over the last three months hey",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="top two albums last summer question mark",
        family="top_albums",
        period="last_summer",
        count=2,
    ),
    Fresh(
        text="which album am i hooked on at the moment hey",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am i hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="go to podcast this year what is it full stop",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="quick question what show did i listen to most in september podcast wise",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="how much music did i have on today hey",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how long did i listen yesterday evening",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="how many hours of podcasts did i get through in the last 30 days",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="ok so how long did we listen last weekend full stop",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="total hours listened this year question mark",
        family="listening_time",
        period="this_year",
    ),
    Fresh(
        text="how long did ada listen yesterday is it more than an hour",
        family="listening_time",
        period="yesterday",
        person="Ada",
    ),
    # plays
    Fresh(
        text="so far today how many tracks did i play hey",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things did i play last friday",
        family="plays",
        period="last_friday",
    ),
    Fresh(
        text="number of episodes i played this month question mark",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many streams did i do in twenty twenty five",
        family="plays",
        period="in_2025",
    ),
    # artists_count
    Fresh(
        text="yoh how many different bands have i listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="since october how many artists have i had on question mark",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="how many different artists have i ever listened to",
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
        text="unique tracks in the last seven days how many hey",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="how many different songs are in my history altogether full stop",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="queen how many times did i have them on this week hey",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how often did the daily play in october",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="how many times have i listened to radiohead question mark",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="that one more time song by daft punk how many plays since monday",
        family="play_count",
        period="since_monday",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="listened to any justice yesterday or not question mark",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did i play sexy boy by air on saturday hey",
        family="did_i",
        period="saturday",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="did we listen to cafe tacuba last week",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="have i ever played wet leg full stop",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="did i catch the daily the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="any moon safari on the third of november",
        family="did_i",
        period="november_3",
        name="Moon Safari",
    ),
    Fresh(
        text="dance by justice this summer did i play it at all",
        family="did_i",
        period="summer",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="ja what was i listening to last night hey",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="fill me in on what i played this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what music did i have on on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="what did we listen to on saturday",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="what did i play this morning full stop",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what did ada listen to over the past two weeks",
        family="what_played",
        period="last_2_weeks",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was playing last night at like ten past eight hey",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was on at eight thirty this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="at lunchtime twelve oclock yesterday what was playing question mark",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="what song was on at quarter past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="on wednesday at 9 in the evening what was playing in the kitchen",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    Fresh(
        text="ok so i was busy cooking last night and there was this song on around quarter to eight and i cant remember it for the life of me what was playing then",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on at five to nine this morning just before the news thing",
        family="playing_at",
        moment="2026-11-20 08:55",
    ),
    # taste
    Fresh(
        text="how would you describe my taste in music hey",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whats my vibe music wise like what am i actually into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="tell me about my taste lekker and short full stop",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="when do i normally listen to music like what time of day",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week do i listen the most hey",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="whats my peak listening hour question mark",
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
        text="any new bands i heard for the first time this year lekker",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="whos new in my listening over the last 3 months",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="how often do i skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="whats my skip rate this month hey",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="did i skip a lot last week question mark",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="do i skip a lot of podcast episodes",
        family="skips",
        period="all_time",
        content="podcasts",
    ),
    # repeat
    Fresh(
        text="whats my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="do i play the same stuff over and over hey be honest",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much did i replay stuff last month",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened now",
        family="streak",
    ),
    Fresh(
        text="my listening streak is it still going how long is it full stop",
        family="streak",
    ),
    Fresh(
        text="have i listened every day like how long is my run of days question mark",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did justice first pitch up in my history",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time i ever played digital love when was that",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="when did i first hear the weeknd",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="when did i start listening to the daily hey",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="when was the last time i played queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when did i last listen to dont stop me now question mark",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time i had cafe tacvba on when was it hey",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="that song i played now now what was it",
        family="last_song",
    ),
    Fresh(
        text="eish what did i last listen to full stop",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="first song i played today hey",
        family="first_today",
    ),
    Fresh(
        text="what did i start the day with full stop",
        family="first_today",
    ),
    Fresh(
        text="which tune did i kick off with today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first thing i listened to last friday question mark",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what did i start with on november the third",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="first track of this week what was it",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what was the last song on saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last thing i played yesterday hey",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="how did i finish off october like what was the last track",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="the last song we played last week what was it",
        family="last_in",
        period="last_week",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track do i always skip hey eish",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song this year question mark",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i keep skipping like which band question mark",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="most skipped artist last month hey",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song cant i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what have i got on repeat these days lekker",
        family="on_repeat",
    ),
    Fresh(
        text="which song have i been caning hey",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="run me through my listening hey like a quick recap",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my year listening wise question mark",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a recap of last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="my week how did it go listening wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="review of twenty twenty five please full stop",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="how was our summer listening overall",
        family="recap",
        period="summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the mornings or at night hey",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings versus evenings which one do i listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i play more music in the afternoon or the evening",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="this month did i listen more in the morning or evening",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekends or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays or weekends when do i play more tunes",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="last month did we listen more on weekdays or weekends",
        family="compare_week",
        period="last_month",
        person="we",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen now now",
    "turn the music up hey",
    "whats playing in the kitchen question mark",
    "what song is this lekker one",
    "skip this song full stop",
    "pause the podcast ill finish it just now",
    "next track in the kitchen",
    "turn off the kitchen light please",
    "play the album discovery",
    "volume down a bit its too loud hey",
    "shuffle my queen playlist",
    "put repeat on for this song",
    "group the kitchen speaker with the lounge one",
    "set a timer for twenty minutes for the bobotie",
    "whats the weather going to be like tomorrow is it going to rain",
    "add boerewors to the shopping list",
    "set the thermostat to twenty one degrees",
    "what am i listening to right now",
    "who sings this question mark",
    "play the latest episode of the daily",
    "stop the music full stop",
    "resume the podcast in the kitchen",
    "play something lekker and chilled",
    "louder please this is my jam",
    "turn the speaker off in the kitchen ill be back just now",
    "play justice cross from the start",
    "go back to the previous song hey",
    "add this track to my favourites",
    "whats the name of this album thats on",
    "set an alarm for six tomorrow morning",
    "play some music in the kitchen for the braai",
    "turn repeat off",
    "mute the kitchen speaker",
    "how long is left on the timer question mark",
    "play bohemian rhapsody by queen",
    "skip ahead thirty seconds in this episode",
    "play the next episode of the daily",
    "whats the temperature outside hey",
    "turn the heating down a bit its warm in here",
    "put on air moon safari in the kitchen please",
    "who is this artist thats playing now",
    "play music everywhere in the house",
    "stop the kitchen speaker now now",
    "read me my shopping list",
    "is it going to be hot on saturday",
    "how loud is the volume on now",
    "play the radio full stop",
]

"""Writer 483, a Singaporean office worker (Singlish), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="eh who i listen to the most this month ah",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wah last year which singer i play until siao one",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="my top three artist since march, can tell me or not",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in the kitchen hor, who we play most last week",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="lately i damn obsessed with which band ah",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="what is my number one song this year ah",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="top 5 songs last month can or not",
        family="top_tracks",
        period="last_month",
        count=5,
    ),
    Fresh(
        text="which song i play the most ever ah, all time one",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="during summer hor what song i keep playing most",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="which album i play most this year leh",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="my favourite album in twenty twenty five is what ah",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="the album i pang jiat most one, of all time lah",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="which podcast i always listen one",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="this month my go to podcast is what ah",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="podcast i most hooked on these days leh, which one",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="how long i listen music today ah",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wah this week i listen how many hours already",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="total how many minutes podcast i listen in october",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="yesterday evening i on the music for how long huh",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs i play so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="last weekend we play how many tracks ah",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="this year how many episode of podcast i listen already",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="since monday got how many plays altogether",
        family="plays",
        period="since_monday",
    ),
    # artists_count
    Fresh(
        text="how many different singer i listen this month ah",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="last 30 days ah, i listen to how many artist already",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="in total how many band i got play, count for me lah",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs i play last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="this year i listen how many different track already ah",
        family="songs_count",
        period="this_year",
    ),
    Fresh(
        text="quick question, in september how many different songs i got listen",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="bohemian rhapsody how many times ah i play this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times i listen to daft punk last week",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily ah, how many episode i listen since october",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    Fresh(
        text="radiohead i play how many times this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="that dance song by justice, i play how many times already",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="got play queen yesterday anot",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="i listen to air last weekend or not ah",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="did i play the weeknd this month, cannot remember leh",
        family="did_i",
        period="this_month",
        name="The Weeknd",
    ),
    Fresh(
        text="cafe tacuba got play anot this year",
        family="did_i",
        period="this_year",
        name="Café Tacvba",
    ),
    Fresh(
        text="this morning got play the daily or not",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="last summer i got listen to digital love anot",
        family="did_i",
        period="last_summer",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="what i listen to last night ah",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="eh what we play on saturday",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="november 3rd what i listen one",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="day before yesterday what got play in the kitchen",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="this afternoon i listen what ah, fill me in",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="yesterday quarter to eight at night what song was playing ah",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="this morning around half past eight what was on",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="day before yesterday twelve noon lunch time what song play ah",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="just now five fifteen pm what song was on, so nice one",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="last night ten past eight what got play",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="actually what kind of music i like ah",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my music taste can or not",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my taste in music is like what ah, tell me lah",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time i usually listen to music one",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day and what time i play music the most usually",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="this month got discover any new singer anot",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="last 3 months which new artist i start listening",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="past two weeks got new band i try or not",
        family="new_artists",
        period="last_2_weeks",
    ),
    # skips
    Fresh(
        text="how often i skip songs ah, very jialat issit",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="this week i skip how many songs already",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="my skip rate last month very high or not",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="i always repeat the same songs issit",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much i replay same songs this month ah, like broken record like that",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days in a row i listen already",
        family="streak",
    ),
    Fresh(
        text="my listening streak now how long already ah",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when i first listen to justice ah",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="sexy boy by air, when first time i play",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="wet leg first time i play is when",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when was the last time i play don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="cafe tacvba ah, last i listen is when",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="the daily i last listen when ah",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song i play ah",
        family="last_song",
    ),
    Fresh(
        text="the last song i listen to what ah, forget already",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="today first song i play what ah",
        family="first_today",
    ),
    Fresh(
        text="what song i start my day with today, cannot remember lor",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="yesterday first song i play what ah",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="last friday the first track what",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first song of the year i play is what",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="last weekend i end with which song",
        family="last_in",
        period="last_weekend",
    ),
    Fresh(
        text="yesterday the last song i play before sleep what ah",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="on saturday last song what",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="which song i always skip one",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the song i skip the most is what ah, sian",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which singer i always skip one ah",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="artist i skip most who ah",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song i keep playing non stop these days",
        family="on_repeat",
    ),
    Fresh(
        text="the song i cannot stop playing recently is which one lah",
        family="on_repeat",
    ),
    Fresh(
        text="now my heavy rotation song is what",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was my week in music ah",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me my year in review can or not",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="summarise my listening for me lah",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="october recap please, how it went",
        family="recap",
        period="october",
    ),
    Fresh(
        text="alamak august i listen what, give me the rundown",
        family="recap",
        period="august",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more in the morning or night ah",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning or afternoon i play more music one",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekend i listen more or weekday more ah",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do i play more music on weekdays than weekends",
        family="compare_week",
        period="all_time",
    ),
    # extra variety
    Fresh(
        text="last 7 days how long i listen altogether",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="ada listen to what song most in the last 30 days",
        family="top_tracks",
        period="last_30_days",
        person="Ada",
    ),
    Fresh(
        text="one more time by daft punk last time i play until very jialat, this year how many times",
        family="play_count",
        period="this_year",
        name="One More Time by Daft Punk",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen lah",
    "eh turn up the music a bit can",
    "alamak too loud, volume down please",
    "skip this song lah, sian",
    "what song is this ah",
    "pause the podcast first, i take call",
    "next track in the living room",
    "off the kitchen light can or not",
    "play the album discovery",
    "shuffle on please",
    "set timer ten minutes for my maggi mee",
    "tomorrow will rain anot",
    "add kopi to shopping list",
    "aircon set to 24 degrees",
    "what am i listening to right now ah",
    "play bohemian rhapsody loud loud",
    "repeat this song can",
    "group the kitchen speaker with the living room one",
    "stop the music already, i want to sleep",
    "play the daily latest episode",
    "who sing this one ah",
    "resume the podcast lah",
    "go back previous song",
    "play some justice in the kitchen",
    "volume 30 percent",
    "turn off repeat mode please",
    "what's the weather today ah, hot or not",
    "set alarm 7am",
    "play sexy boy by air for me",
    "louder lah cannot hear",
    "put on some chill music can",
    "fast forward 30 seconds",
    "how long more this song ah",
    "play cafe tacvba eres",
    "stop the kitchen speaker",
    "mute the speaker first, my boss calling",
    "play something relaxing in the bedroom",
    "remove milk from shopping list",
    "what podcast is playing now ah",
    "turn on the kitchen light lah, so dark",
    "kitchen speaker pause",
    "next episode please",
    "this song from what album ah",
    "play queen in the living room also",
]

"""Writer 395, a very polite elderly Indian gentleman in Delhi, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Kindly tell me, which singer I have listened to the most this month itself?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Good evening. Who was my number one artist last year, if you please?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Please tell me the names of my top three bands of all time",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="One small query, which artist I have been hooked on these days?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Which artist Ada was playing the most in October, kindly inform",
        family="top_artists",
        period="october",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="What was my most played song in the month of October, please tell",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Kindly list out my five most played songs since March",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="Which tune I have played the maximum number of times in the last thirty days?",
        family="top_tracks",
        period="last_30_days",
    ),
    Fresh(
        text="Tell me one thing, what is my song of the year?",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="In the kitchen, which song is played the most, kindly tell",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Which album I have been playing the most this year, may I know?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Kindly tell which record was my favourite in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="Name my top two albums of last month please",
        family="top_albums",
        period="last_month",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="Which podcast I have listened to the most, kindly tell",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Over the last three months, which is my favourite podcast programme?",
        family="top_podcasts",
        period="last_3_months",
    ),
    Fresh(
        text="which podcast i am addicted to nowadays",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="How many hours of music I have heard this week itself?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Kindly tell me the total time I spent listening yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="For how long was I listening to podcasts in September?",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="How much time did we spend listening last week, please tell us",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="What is the total duration of my listening since October?",
        family="listening_time",
        period="since_october",
    ),
    Fresh(
        text="How long was the music playing in the kitchen today?",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="What is the count of songs played today?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="How many episodes I have played this month, please tell",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Kindly tell the total number of plays in the last seven days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="How many songs we played at home on Saturday?",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="What is the count of different artists I have heard this year?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="How many various singers I listened to in August, kindly tell",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="In total how many separate artists have I heard, I want to know",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different songs I have played since Monday?",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Kindly tell me the count of distinct tracks from last summer",
        family="songs_count",
        period="last_summer",
    ),
    Fresh(
        text="Over the past two weeks, how many unique songs were there?",
        family="songs_count",
        period="last_2_weeks",
    ),
    # play_count
    Fresh(
        text="How many times I have played Bohemian Rhapsody this year?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="What is the count of Daft Punk plays last month?",
        family="play_count",
        period="last_month",
        name="Daft Punk",
    ),
    Fresh(
        text="Kindly tell how often The Daily was played this week",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="How many times did I hear Kishore Kumar in all?",
        family="play_count",
        period="all_time",
        name="Kishore Kumar",
    ),
    Fresh(
        text="That Sexy Boy song by Air, how many times I have played it, please?",
        family="play_count",
        period="all_time",
        name="Sexy Boy by Air",
    ),
    # did_i
    Fresh(
        text="Kindly check whether I heard Queen yesterday evening",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="Have I listened to Justice at all since October?",
        family="did_i",
        period="since_october",
        name="Justice",
    ),
    Fresh(
        text="Did I play any Lata Mangeshkar this month?",
        family="did_i",
        period="this_month",
        name="Lata Mangeshkar",
    ),
    Fresh(
        text="Was the Moon Safari album played last weekend?",
        family="did_i",
        period="last_weekend",
        name="Moon Safari",
    ),
    Fresh(
        text="On November third, did I hear Don't Stop Me Now or not?",
        family="did_i",
        period="november_3",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="What all I listened to yesterday evening, kindly tell",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="What music was played this morning itself?",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Please tell me what I was hearing last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="What did we listen to the day before yesterday?",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="Kindly tell what was played this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="What did Ada listen to last week, beta?",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="What song was playing yesterday at eight o'clock in the evening?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Kindly tell me what was on this morning at half past eight",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="What was playing at quarter past five today evening?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Which song was going on at nine o'clock night on Wednesday?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="last night around ten past eight what was on kindly tell",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="What type of music I am fond of, kindly describe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="How would you describe my taste, be honest please",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="At what time of the day I usually listen to music?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Which day of the week and which hour I am listening the most, please tell",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Any new singers I have discovered this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Kindly tell which artists I heard for the very first time in October",
        family="new_artists",
        period="october",
    ),
    Fresh(
        text="Have I come across any new bands lately?",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="How often I am skipping songs, kindly tell",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="What is my skip rate for this week?",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="Out of all the plays last month, how many I skipped?",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="How much I am repeating the same songs again and again?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Kindly tell me my repeat rate for this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="For how many days continuously I have been listening?",
        family="streak",
    ),
    Fresh(
        text="Kindly tell me my listening streak, how many days in a row",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to cafe tacuba?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Kindly tell me when Digital Love was played for the first time",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="When was the first occasion I heard A R Rahman?",
        family="first_play",
        name="A. R. Rahman",
    ),
    # last_play
    Fresh(
        text="When did I last hear Around the World?",
        family="last_play",
        name="Around the World",
    ),
    Fresh(
        text="Kindly tell me the last time The Daily was played",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Justice was played most recently on which day?",
        family="last_play",
        name="Justice",
    ),
    # last_song
    Fresh(
        text="Kindly tell me the very last song I played",
        family="last_song",
    ),
    Fresh(
        text="Which song did I listen to last of all, I have forgotten",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="With which song did I start my day today?",
        family="first_today",
    ),
    Fresh(
        text="Kindly tell the first song of today itself",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="With which song I began on Saturday?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="Kindly tell the first track of last week",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="Which song opened my listening on November third?",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="What was the final song last night, kindly tell",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="With which song did I finish last Friday?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="What is the last song I heard in September?",
        family="last_in",
        period="september",
    ),
    # most_skipped
    Fresh(
        text="Which song I am skipping the most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Kindly tell which track gets skipped the maximum",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Which singer I skip the most, please tell",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Whose songs I am skipping more than any other artist?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Which song I am playing again and again these days?",
        family="on_repeat",
    ),
    Fresh(
        text="What is on repeat for me nowadays, kindly tell",
        family="on_repeat",
    ),
    Fresh(
        text="Which is that song I cannot stop playing?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Kindly give me a summary of my listening for this week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Please give me a rundown of my year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="How was my October in music, tell me",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Kindly give me a review of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Please recap last month for us, how it went",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Am I listening more in the mornings or in the evenings?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Do I hear more music in the afternoon or at night?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Morning or evening, when do I listen more this month?",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Do I listen more on weekdays or on weekends?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is there more music on Saturday Sunday or on working days for me?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Kindly play Daft Punk in the kitchen",
    "Please increase the volume a little, beta",
    "Kindly reduce the music, it is too loud",
    "What song is this that is playing now?",
    "Which song is playing in the kitchen right now?",
    "Please skip this song",
    "Kindly pause the podcast, I have a phone call",
    "Next track please",
    "Switch off the kitchen light, please",
    "Please play the album Discovery",
    "Put shuffle on, kindly",
    "Kindly put this song on repeat",
    "Turn off the repeat mode please",
    "Set a timer for ten minutes for the chai",
    "What is the weather in Delhi today?",
    "Kindly add milk and atta to the shopping list",
    "Please set the thermostat to twenty two degrees",
    "What am I listening to right now?",
    "Who is singing this song?",
    "Play the latest episode of The Daily, please",
    "Kindly resume the podcast",
    "Stop the music",
    "Group the kitchen speaker with the drawing room speaker",
    "Play some Queen in the drawing room, please",
    "Play Bohemian Rhapsody",
    "Go back to the previous song",
    "Kindly play some old Hindi film songs",
    "Turn on the fan in the bedroom",
    "What is the time now?",
    "Please remind me to take my blood pressure tablet at nine",
    "Volume to level five",
    "Kindly mute the kitchen speaker",
    "Add this song to my playlist",
    "Play the radio news",
    "Which album is this song from?",
    "Kindly rewind thirty seconds",
    "Fast forward the podcast by two minutes",
    "Play something by Air in the kitchen",
    "Lock the front door please",
    "Is it going to rain in the evening?",
    "Set an alarm for five thirty in the morning for my walk",
    "Play music in all the rooms",
    "How much time is left in this song?",
    "Please play Justice a little softly",
]

"""Writer 369, an elderly New York woman in her eighties (Yiddish touches), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="So tell me, who did I listen to the most this month? I should know, but I don't.",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="The singer I had on the most last year, who was it already? Remind me, darling.",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Nu, who's my number one band these days?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Which group was I so meshuga for in October, the one I couldn't stop with?",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="My top three singers this year, who are they, tell me",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="In August, the heat, oy, who was I listening to most, which artist?",
        family="top_artists",
        period="august",
    ),
    # top_tracks
    Fresh(
        text="What song did I play the most of all, ever, from the very beginning?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="so whats my favorite song this week",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="Give me my five most played songs from last month, and slowly please, I'm writing them down.",
        family="top_tracks",
        period="last_month",
        count=5,
    ),
    Fresh(
        text="Last summer there was one song I played and played, which one was that?",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="This summer, the song I had on most, what was it?",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="Which record did I play the most this year? The whole record I mean, the album.",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="My favorite album, of all of them, which one is it?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Since March, what album have I been playing the most, tell me",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="Which podcast do I listen to the most, the talking programs, not the music",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="What show am I so hooked on lately, the podcast, you know the one",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Last month, the podcast I had on the most, which was it?",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="How long did I have the music going today? Tell me the truth.",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="How many hours did I listen altogether last week? My daughter says it's too much already.",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="So how much time with the podcasts this month, in hours, I should know",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Yesterday evening in the kitchen, how long was the thing playing?",
        family="listening_time",
        period="yesterday_evening",
        room="kitchen",
    ),
    Fresh(
        text="Last weekend, how many minutes of music did we have on, the both of us?",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="over the past two weeks how much listening did I do, in hours please",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="How many songs did I play this morning, with my coffee?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="In the last seven days, how many things did I listen to, all together?",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="How many episodes did I hear since October, the podcasts I mean",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="Twenty twenty five, the whole year, how many songs did I play?",
        family="plays",
        period="in_2025",
        content="music",
    ),
    Fresh(
        text="Since Monday already, how many songs?",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="How many different singers did I listen to this year, can you count them?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="So many bands, oy. How many different ones did I have on last month?",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="how many artists altogether have I ever listened to on this thing",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I hear this week, different ones, not the same one ten times",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="I'm curious, in the last thirty days how many different tunes have I played?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="All together, since the beginning, how many different songs is it?",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="How many times did I play the Bohemian Rhapsody this month? Don't laugh.",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="That Queen, with the Freddie, how much did I have them on this year?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="How many times I listened to The Daily last week, the New York Times one?",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="The Daft Punk, the boys with the helmets, how many times did I play them lately?",
        family="play_count",
        period="lately",
        name="Daft Punk",
    ),
    Fresh(
        text="Frank Sinatra, how many times have I played him, ever?",
        family="play_count",
        period="all_time",
        name="Frank Sinatra",
    ),
    Fresh(
        text="Sexy Boy by that Air, how often did I play it? I'm embarrassed to even ask.",
        family="play_count",
        period="all_time",
        name="Sexy Boy by Air",
    ),
    # did_i
    Fresh(
        text="Did I listen to Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Did I play any Queen last night? I don't remember, I was half asleep already.",
        family="did_i",
        period="last_night",
        name="Queen",
    ),
    Fresh(
        text="Barbra Streisand, did I listen to her this week? I should have.",
        family="did_i",
        period="this_week",
        name="Barbra Streisand",
    ),
    Fresh(
        text="did I hear the daily this morning or not",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="That Mexican band, Café Tacuba, did I have them on in September?",
        family="did_i",
        period="september",
        name="Café Tacvba",
    ),
    Fresh(
        text="Don't Stop Me Now, the Queen one, did I play it last weekend when the grandchildren came?",
        family="did_i",
        period="last_weekend",
        name="Don't Stop Me Now by Queen",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening? Tell me, I forgot already.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="So what did I have on this afternoon?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="What did we listen to on Saturday, when Sylvia came over?",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="The day before yesterday, what music did I play?",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="On November third, what did I listen to? It was my sister's yahrzeit, I want to know.",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="What was playing last night at a quarter to eight?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="This morning at half past eight, what was on?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was on the speaker at ten after five today",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Wednesday at noon, what song was it playing in the kitchen?",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    Fresh(
        text="Last night around eight o'clock, there was a song, what was it?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="So what kind of music do I like, according to you?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Describe my taste. My grandson says I have the taste of a teenager, the nerve.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What kind of music have I been into this year, tell me",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="What time of day do I usually listen? I never look at the clock.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Which day of the week do I listen the most? I should know this.",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Did I discover anybody new this month, a new singer?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Any new bands I never heard before, in the last three months?",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Who's new this year that I started listening to?",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="How often do I skip songs? Tell me the truth.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="How many songs did I skip this week? I'm so impatient already.",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="Last month, how much did I skip, a lot?",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Do I play the same songs over and over? How much, be honest.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="This year, how often am I repeating the same songs like a broken record?",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="How many days in a row have I been listening now?",
        family="streak",
    ),
    Fresh(
        text="So what's my streak, how many days straight with the music, not one day missed?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="The first time I played Bohemian Rhapsody, when was that already?",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="When did I start with The Daily, the very first time?",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="When was the last time I played Queen?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Eres, that Spanish song, when did I last hear it?",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="The last time I listened to Perry Como, when was it?",
        family="last_play",
        name="Perry Como",
    ),
    # last_song
    Fresh(
        text="What was the last song I played?",
        family="last_song",
    ),
    Fresh(
        text="The very last thing I had on, what song was it? I forgot already, such a memory.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I played today?",
        family="first_today",
    ),
    Fresh(
        text="What did I wake up to this morning, the very first song?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Last Friday, what song did I start the day with?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="The first song this week, Monday, what was it?",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="What was the last song last night before I went to bed?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="On Saturday, what did I end with?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="yesterday the last song I played what was it",
        family="last_in",
        period="yesterday",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="The song I can't stand, I always skip it, which one is it?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Which singer do I skip the most?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Who do I keep skipping, which band is it, I can't stand them?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="What song have I got on repeat these days?",
        family="on_repeat",
    ),
    Fresh(
        text="Which song can't I stop playing? The neighbor hears it through the wall, she told me.",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="So how was my week in music?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Give me a rundown of my listening, the whole megillah.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Tell me about my year, the music, like a review.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="October, how was it with the music? Give me a summary.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Our year in review for last year, give it to me, the whole thing",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Do I listen more in the morning or in the evening?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Am I more an afternoon listener or a nighttime one, what do you think?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Do I listen more on the weekends or during the week?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Weekdays or Shabbos and Sunday, when do I play more music?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Play Frank Sinatra in the kitchen.",
    "Turn the music up, I can't hear a thing.",
    "Louder, darling, louder.",
    "Turn it down already, it's too loud, oy.",
    "What's playing in the kitchen right now?",
    "What song is this? It's lovely.",
    "Skip this song, I don't like it.",
    "Pause the podcast, the phone is ringing.",
    "Next song please.",
    "Play the album Discovery.",
    "Turn off the kitchen light.",
    "What's the weather tomorrow, should I take my umbrella?",
    "Set a timer for twenty minutes for the kugel.",
    "Put rugelach on the shopping list.",
    "What's the temperature in the apartment?",
    "Turn the heat up, I'm freezing already.",
    "Shuffle the songs.",
    "Put this song on repeat.",
    "Stop the music.",
    "Play The Daily.",
    "Play the newest episode of The Daily.",
    "Who is singing this right now?",
    "What am I listening to right now?",
    "Group the kitchen speaker with the living room one.",
    "Play Queen in the living room.",
    "Volume to five.",
    "Resume the podcast.",
    "Play something nice for the Shabbos dinner.",
    "Call my daughter.",
    "What time is it?",
    "Remind me to take my pills at eight.",
    "Turn on the radio.",
    "Play Bohemian Rhapsody.",
    "Go back to the beginning of the song.",
    "How long until my timer is done?",
    "Turn off the repeat.",
    "Play some klezmer music.",
    "What's this podcast called that's on now?",
    "Play Air in the bedroom.",
    "Is it going to snow tomorrow?",
    "Make the kitchen speaker quieter.",
    "Stop the podcast, I'm going to bed.",
    "Play the news.",
    "Go back thirty seconds, I missed what he said.",
    "Turn off all the speakers.",
    "What's the name of this album that's playing?",
    "Play the Daft Punk, the one with the helmets.",
    "Set the thermostat to seventy-two.",
]

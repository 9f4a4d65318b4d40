"""Writer 564, an 80-year-old Italian grandmother in New Jersey mixing Italian into broken English, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Madonna, who is the singer I listen the most this month, eh?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="allora tell me, last year who I play more than everybody, which band",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="in the kitchen, who is the number one artist in there since March",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="who I was crazy for lately, the singer, I forget the name, madonna mia my head",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="my three artists I play the most in the summer, say me",
        family="top_artists",
        period="summer",
        count=3,
    ),
    Fresh(
        text="senti, last summer, the one before this, which band was always on",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="what is the song I play the most, of all the time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="the five songs, the top ones, from October, tell me slow please",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="which song I put on more than the others last week",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="my favourite song this year what is it, how you say, the number one canzone",
        family="top_tracks",
        period="this_year",
    ),
    # top_albums
    Fresh(
        text="which disco, the album I mean, I listen the most, ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="the record I play more in the last thirty days, which one",
        family="top_albums",
        period="last_30_days",
    ),
    Fresh(
        text="dimmi the two albums I play most since October",
        family="top_albums",
        period="since_october",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast I listen the most, the talking ones, not the music",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="the programma with the talking, the podcast, which one I am hooked this month",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="what podcast I was always putting on lately, the one with the news",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="how many hours I have the music on today, Madonna, too much probably",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how long I listen yesterday, all together",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="quanto tempo, how much time I listen the podcast this week",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="in the kitchen how many hours the music was going in October",
        family="listening_time",
        period="october",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how much time we listen the music last weekend, me and the family",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many hours Ada listen this week, Ada is me eh",
        family="listening_time",
        period="this_week",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs I play this morning with the coffee",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many thing I play altogether in the last seven days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="the episode of the podcast, how many I hear last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many canzoni we play in the house yesterday",
        family="plays",
        period="yesterday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different singers I listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artist, different ones, I hear in the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="in twenty twenty five how many different band I play, you know what I mean",
        family="artists_count",
        period="in_2025",
    ),
    # songs_count
    Fresh(
        text="how many different songs I play this week, not the same one over and over",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="quante canzoni diverse, how many different songs in September",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="different songs, how many I listen since Monday",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="how many time I play the Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="the Queen, Freddie with the mustache, how many times I put him on this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many time I listen the music of the Frank, Frank Sinatra, ever",
        family="play_count",
        period="all_time",
        name="Frank Sinatra",
    ),
    Fresh(
        text="that one more time of the robots, the Daft Punk, how many times last week",
        family="play_count",
        period="last_week",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times the news podcast the daily I listen in October",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="I listen the Queen yesterday or no?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="did I play Dean Martin this summer, that's amore, you know",
        family="did_i",
        period="summer",
        name="Dean Martin",
    ),
    Fresh(
        text="the Mexican boys, Café Tacuba, I hear them lately?",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="today I put on The Daily, the news, or I forget again?",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="did I listen the Justice on Saturday, the loud ones my grandson likes",
        family="did_i",
        period="saturday",
        name="Justice",
    ),
    Fresh(
        text="the album Moon Safari, I play it last month?",
        family="did_i",
        period="last_month",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="what I was listening yesterday evening when I make the gravy",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music I play this afternoon, I was in and out",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what we listen last Friday, tell me",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what I had on the day before yesterday, I no remember nothing",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="on November the third, what I play, it was my sister birthday",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="what was playing ieri sera at eight o'clock",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="this morning half past eight, what was the song on",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="quarter past five today, what was on the speaker",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Wednesday night at nine o'clock, what I was listening",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="yesterday quarter to eight at night, which song was going in the kitchen",
        family="playing_at",
        moment="2026-11-19 19:45",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="what kind of music I like, tell me, my grandson says I am modern",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what is my taste, the music, how you say, my style",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me what music I am into these days",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="what time of the day I listen the most music, usually",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week I play more, and what hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when I usually have the thing going, the morning, the night, what time is my time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="I discover somebody new this month? some new singer",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists I hear for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="anybody new over the past two weeks, some new band I find",
        family="new_artists",
        period="last_2_weeks",
    ),
    # skips
    Fresh(
        text="how much I skip the songs, I push next too much?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how many I skip this week, the ones I don't like",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how often I jump the song before it finish, last month",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="I play the same songs again and again? how much",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much I repeat the same canzoni this year, my daughter says always the same, always the same",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="I listen the same thing over and over lately or no",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row I listen the music now",
        family="streak",
        content="music",
    ),
    Fresh(
        text="how many day one after the other I play something, without stop",
        family="streak",
    ),
    Fresh(
        text="my streak, how you say, the days in a row, how many",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when was the first time I listen the Daft Punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="the song Eres, from the Mexicans, when I play it the first time",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when I hear first time Andrea Bocelli on this thing",
        family="first_play",
        name="Andrea Bocelli",
    ),
    Fresh(
        text="Justice, when they come the first time in my list",
        family="first_play",
        name="Justice",
    ),
    # last_play
    Fresh(
        text="when is the last time I play Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="the Air, the French ones, when I listen them last",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="last time I put the album Discovery, when was it",
        family="last_play",
        name="Discovery",
    ),
    Fresh(
        text="Maronna, when I listen The Daily the last time",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song I play",
        family="last_song",
    ),
    Fresh(
        text="the last one, the canzone I listen before, what was it",
        family="last_song",
    ),
    Fresh(
        text="tell me the last song that play on my music, I like it and I forget the name",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what is the first song I play today, with the coffee",
        family="first_today",
    ),
    Fresh(
        text="the first canzone today, which one I wake up with",
        family="first_today",
    ),
    Fresh(
        text="what I put on first today, first thing",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="the first song I play yesterday, what was",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="last Friday, the first music I put, which one",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first song this week, Monday I think",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="first song of August, you remember for me",
        family="first_in",
        period="august",
    ),
    # last_in
    Fresh(
        text="the last song last night before I go to sleep",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what I end with on Saturday, the last one",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last song of last week, which one",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="the day before yesterday the last song I listen",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song I skip the most, the one I don't like",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the canzone I always push away, which one",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what song I jump over more than everything this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which singer I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the band I always skip, who is",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who I don't want to hear, I skip him always, which artist",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song I have on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which canzone I can't stop to play, Madonna, always the same",
        family="on_repeat",
    ),
    Fresh(
        text="the song I am crazy for now, I play it every day",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="tell me how was my week, the listening, everything",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me the riassunto, the summary of my year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how it went last month with my listening, tell me all",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="give me a little rundown of all my listening, come on",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was October for us in the house, the review of the listening",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="I listen more in the morning or at night?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning or afternoon, when I play more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="I am a person of the morning or of the evening with the songs",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="I listen more on the weekend or during the week, when I, eh, I don't work no more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Saturday Sunday or the normal days, when I play more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekdays against the weekend, which I listen more, this year",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "play the Queen in the kitchen, loud",
    "put the music of the Frank Sinatra, the old ones",
    "turn up, I can't hear nothing",
    "lower the music, the baby sleep",
    "what is this song now, who sing",
    "what I'm listen right now",
    "skip this one, I don't like",
    "stop the podcast, the telephone ring",
    "next song in the living room",
    "turn off the light in the cucina",
    "play the album Discovery for my grandson",
    "shuffle, mix them up the songs",
    "put the repeat on this song, again and again",
    "the speaker in the kitchen and the one in the living room, together, how you say, group them",
    "set the timer twenty minutes for the gravy",
    "what's the weather tomorrow, I go to the church",
    "put the olive oil on the shopping list",
    "make the house warmer, seventy two degrees",
    "play Dean Martin, that's amore",
    "what's playing in the kitchen now",
    "pause, pause, Madonna, pause",
    "play The Daily, the new one from today",
    "volume five",
    "play some Italian music, the old one",
    "call my daughter Teresa",
    "stop the music",
    "go back, the song before, play it again",
    "is gonna rain today?",
    "add the ricotta to the list",
    "play Bohemian Rhapsody for me",
    "how much time left on the timer for the lasagna",
    "the light in the bedroom, turn on",
    "play the music in all the house",
    "who is singing this, it's nice",
    "what time is it",
    "make the volume a little bit more in the kitchen",
    "put the speaker quiet, the priest is coming",
    "what album is this playing now",
    "play the song of the robots, the Daft Punk",
    "turn down the heat, Madonna it's hot",
    "remind me at four o'clock the pills",
    "set an alarm for seven tomorrow",
    "shuffle the Queen",
    "skip, skip, next one",
]

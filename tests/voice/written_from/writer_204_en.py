"""Writer 204, relaxed South African storyteller, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Eish, my brother-in-law was teasing me at the braai on Sunday that I only ever play the one band. So tell me, who did I actually listen to most last week?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="howzit, quick one, who's my number one artist so far this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="I've been on a bit of a mad one the last while, shame. Who am I obsessed with these days, hey?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="So the kitchen speaker was going the whole of October, the neighbours must have heard everything. Which band did we play the most in October?",
        family="top_artists",
        period="october",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="top three artists of all time for me, let's hear it",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="My cousin reckons she knows my song of the month better than I do. Lekker, let's test her, what's my most played song this month?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five most played tracks from last year",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="Back in the summer I had one song going over and over while I was doing the garden, what was it now... my top song for the summer?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="in the kitchen, which tune gets played the most, ever?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Okay so I'm thinking of buying my dad a record for his birthday, and I want it to be one I actually love. Which album have I played the most this year?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what's been my favourite album over the last three months, hey",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="my top two albums of all time?",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    Fresh(
        text="Which album am I hooked on at the moment? I swear it's the same one every morning with my rusks.",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="My husband keeps saying I only ever listen to the one podcast. Fine, which podcast have I played the most this year then?",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="podcast-wise, which show am I hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="go-to podcast last month?",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="I was telling my friend Thandi I hardly have music on anymore, but I'm not so sure. How many hours of music did I listen to this week?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long did we listen for yesterday, all in",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="Eish, since March it feels like the speaker's been going non-stop. How much time have I spent listening since March?",
        family="listening_time",
        period="since_march",
    ),
    Fresh(
        text="how many minutes of podcasts did I get through in the last thirty days",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="total listening time in twenty twenty five, just out of interest",
        family="listening_time",
        period="in_2025",
    ),
    # plays
    Fresh(
        text="how many songs did I play this morning before I went off to work",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="So we had the braai on Saturday and the tunes were pumping the whole day, proper jol. How many tracks did we play on Saturday?",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many episodes have I listened to this year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="total number of plays in the kitchen since October",
        family="plays",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="how many things has Ada played today",
        family="plays",
        period="today",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="I like to think I'm quite adventurous with my music, hey. How many different bands did I play last month?",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="number of different artists, ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different songs have I played in the last seven days?",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="I feel like I play the same ten songs on repeat, shame man. How many different tracks have I actually had on since Monday?",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many unique tunes did we have on last week",
        family="songs_count",
        period="last_week",
        person="we",
    ),
    # play_count
    Fresh(
        text="how many times have I played Bohemian Rhapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="My sister says I'm Daft Punk mad. Be honest now, how many times did I play Daft Punk this month?",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="how much Queen have I had on since October",
        family="play_count",
        period="since_october",
        name="Queen",
    ),
    Fresh(
        text="The Daily, how many times did I listen to it last week?",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="Ag, my gran loved Johnny Clegg, so I put him on a lot last year I think. How many times did I play Johnny Clegg last year?",
        family="play_count",
        period="last_year",
        name="Johnny Clegg",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Listened to much Air lately?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="My friend from Mexico was asking about that band, Café Tacuba. Did they come on at all in the last thirty days?",
        family="did_i",
        period="last_30_days",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I have Freshlyground on at all in October",
        family="did_i",
        period="october",
        name="Freshlyground",
    ),
    Fresh(
        text="on Saturday, while the meat was on the coals, did I play that sexy boy song by Air?",
        family="did_i",
        period="saturday",
        name="Sexy Boy by Air",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening? I was busy cooking and I honestly can't remember what was on.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="fill me in on what we had on last Friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what music did I play the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="So the third of November, that was the day the power went off in the evening, remember? What did I listen to on November the third?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what was I listening to this afternoon, before the kids got home",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="Last night, round about ten past eight, the rice was boiling and something lekker was on. What was it?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was playing this morning at quarter past eight",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="on Wednesday at twelve o'clock, lunchtime, what was on",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Just now, about twenty past five, there was a tune on while I was unpacking the groceries. What was playing then?",
        family="playing_at",
        moment="2026-11-20 17:20",
    ),
    Fresh(
        text="what was on at nine at night last Friday",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="Someone at work asked me what I'm into and I went totally blank, eish. How would you describe my taste?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my vibe, hey, taste-wise",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste this year for me",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="When do I normally listen, like which hour of the day and which day of the week?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="My mom always said I'm a creature of habit. So what's my usual listening time then?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="this month, what time did I usually have something on",
        family="peak",
        period="this_month",
    ),
    # new_artists
    Fresh(
        text="discovered anyone new this year?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Any new bands I heard for the very first time this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Last year I was trying to branch out a bit. Who did I listen to for the first time last year?",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="any new artists in September?",
        family="new_artists",
        period="september",
    ),
    # skips
    Fresh(
        text="how often do I skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Eish, I've been so impatient the past two weeks, thumb on the button all the time. What's my skip rate been over the past two weeks?",
        family="skips",
        period="last_2_weeks",
    ),
    Fresh(
        text="how many songs did I skip this week, out of everything",
        family="skips",
        period="this_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="Do I replay the same songs a lot? What's my repeat rate like?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how much repeating did I do in October",
        family="repeat",
        period="october",
    ),
    Fresh(
        text="My husband says I'm one of those people who plays the same tracks over and over. Since March, how much have I been replaying stuff?",
        family="repeat",
        period="since_march",
        content="music",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened now",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak at the moment?",
        family="streak",
    ),
    Fresh(
        text="I don't think I've missed a single day in ages, not even when I was sick. How many days straight have I had the speaker going?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Don't Stop Me Now, when did that first turn up in my history?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="I started with The Daily when I was doing that long commute, I think. When was the first time I played it, The Daily?",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I first play Mango Groove",
        family="first_play",
        name="Mango Groove",
    ),
    # last_play
    Fresh(
        text="when did I last play Genesis by Justice",
        family="last_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="That Café Tacuba song, Eres, so beautiful. When was the last time I had Eres on?",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="last time I listened to Air?",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="I had something on now now and I loved it, but I missed the name. What was that last track?",
        family="last_song",
    ),
    Fresh(
        text="just now there was a lekker song on, what did I play last?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the very first song I played today",
        family="first_today",
    ),
    Fresh(
        text="So I was half asleep making coffee and something came on to get me going. What did I start the day with?",
        family="first_today",
    ),
    Fresh(
        text="first tune of the day, what was it again",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What did I kick off with on Saturday? The first song, I mean.",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first track I played last week",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="Hey, New Year's Day was a bit of a blur, I must say. What was the first song I played this year?",
        family="first_in",
        period="this_year",
    ),
    Fresh(
        text="which song did I start with the day before yesterday",
        family="first_in",
        period="day_before_yesterday",
    ),
    # last_in
    Fresh(
        text="what did I end off with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song I played in October",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="Last Friday I was up late with a glass of wine, listening away. What was the last tune before bed?",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Be honest with me now, which track do I always skip?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's my most skipped song this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Eish, there's one band I keep skipping, I can feel it. Whose songs do I skip the most?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which band did I skip the most last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat at the moment",
        family="on_repeat",
    ),
    Fresh(
        text="Which song can't I stop playing, hey? My kids are getting gatvol of it.",
        family="on_repeat",
    ),
    Fresh(
        text="My current earworm, the one I keep putting on, what is it?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Run me through my listening, I've been meaning to ask for a while now.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="It's nearly December already, can you believe it. Give me my year in review, nice and slowly.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap of last month please",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Last summer was such a lekker one, we were outside every weekend. How did last summer go, listening-wise?",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="how was my August in music",
        family="recap",
        period="august",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or in the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="I've always told people I'm a night owl. Do I listen more at night or in the afternoons, really?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month, mornings or evenings, when do I play more music",
        family="compare_day_parts",
        period="this_month",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or on weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Weekend versus weekday, when do I play more tunes?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Last month we had family staying over every weekend, so I'm curious. Did we listen more on the weekends or during the week last month?",
        family="compare_week",
        period="last_month",
        person="we",
    ),
    # extra variety
    Fresh(
        text="Last weekend, who was the main artist we had going?",
        family="top_artists",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how long did I listen to music last night",
        family="listening_time",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="Around the World by Daft Punk, have I played it since Monday?",
        family="did_i",
        period="since_monday",
        name="Around the World by Daft Punk",
    ),
    Fresh(
        text="how many times did I play D.A.N.C.E. in the last three months",
        family="play_count",
        period="last_3_months",
        name="D.A.N.C.E.",
    ),
    Fresh(
        text="what was I listening to in September, roughly",
        family="what_played",
        period="september",
    ),
    Fresh(
        text="So I was driving home just now thinking about this, hey. How many songs did I play in August?",
        family="plays",
        period="august",
        content="music",
    ),
    Fresh(
        text="who did Ada listen to most this week",
        family="top_artists",
        period="this_week",
        person="Ada",
    ),
    Fresh(
        text="my top song in twenty twenty five, which one was it",
        family="top_tracks",
        period="in_2025",
    ),
]

NEGATIVES = [
    "play some Daft Punk in the kitchen, we're starting the braai just now",
    "turn the music up a bit, hey, I can't hear it over the boerewors",
    "what's playing in the kitchen now now",
    "what song is this, it's lekker",
    "eish, skip this one please",
    "pause the podcast, my phone's ringing",
    "next track in the lounge",
    "turn off the kitchen light, I'm done for the night",
    "play the album Discovery",
    "volume down to twenty",
    "shuffle some Queen for me",
    "put this song on repeat",
    "group the kitchen and lounge speakers together",
    "set a timer for twenty minutes for the potbrood",
    "what's the weather doing tomorrow, we want to braai",
    "add charcoal and firelighters to the shopping list",
    "set the heating to twenty one degrees",
    "what am I listening to right now",
    "play The Daily",
    "who sings this song",
    "stop the music, the baby's just gone down",
    "play Bohemian Rhapsody, loud!",
    "turn repeat off",
    "put on something lekker for a braai",
    "play the latest episode of The Daily in the kitchen",
    "louder please, this is my jam",
    "mute the kitchen speaker for a sec",
    "remind me to take the meat out of the freezer just now",
    "howzit, what's the time",
    "play music everywhere in the house",
    "go back to the previous song",
    "add Digital Love to my playlist",
    "like this song",
    "which album is this song from",
    "dim the lights in the dining room",
    "is it going to rain this afternoon, I've got washing out",
    "play D.A.N.C.E. by Justice",
    "put on some jazz while I cook",
    "turn the volume right up, the okes have arrived",
    "set an alarm for six tomorrow",
    "stop the timer",
    "how long is left on this song",
    "turn on shuffle in the kitchen",
    "carry on with the podcast where I left off",
    "read me the news",
    "play Sexy Boy by Air in the kitchen",
    "move the music to the lounge speaker",
    "turn the kitchen speaker down a touch, my mom's on the phone",
]

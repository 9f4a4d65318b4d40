"""Writer 2, a chatty person, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="so I was wondering, who've I actually been listening to the most this month, like which artist, because I feel like it's been the same band over and over",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="could you tell me who my number one artist was last year, I'm just curious whether it's who I think it is",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="okay random one but who have I been totally obsessed with lately, artist-wise I mean",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="hey so out of everything we had on in the kitchen last week, which band came up the most? could you tell me that",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="I was chatting with my sister about this the other day, so could you give me my top three artists of all time",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="who was my favourite artist back in August, I was away on holiday for half of it so I'm not sure there even is one",
        family="top_artists",
        period="august",
    ),
    Fresh(
        text="over the past two weeks, who've I been playing the most, like which singer or group",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="so what would you say was my song of the month, you know, the one I kept going back to this month?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="could you tell me my five most played tracks this year, I'm making a little playlist for a friend and want to be honest about it haha",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="what's my all-time favourite song according to you, like by actual play counts, not what I'd say if somebody asked me at a party",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="right, quick question, which song did I play the most since October? I've got a guess but I want to check",
        family="top_tracks",
        period="since_october",
    ),
    Fresh(
        text="three songs I played most last month, go on, hit me",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="in the kitchen, what gets played the most, like which song, because it always feels like the same one when I'm making dinner",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="could you tell me which album I've played the most this year, the whole record I mean, not just one song off it",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="so I was wondering what my favourite album was this summer, back in June and July and August, I feel like it was something chill",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="top two albums over the last three months, if you don't mind, just out of interest",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    Fresh(
        text="which record have I been hooked on lately? I keep putting the same one on whilst I'm cooking, I think",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="which podcast have I been hooked on lately, not that I have loads but I'm curious what you'd say",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="so what's my go-to podcast then, like overall, since forever?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="could you tell me which show I had on the most last month, podcast-wise I mean, not music",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="so how long did I actually listen to stuff today? I feel like it's been a lot but honestly I've got no idea",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="could you tell me how many hours of music I had on last week, just music, not the news podcast",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how much time did I spend on podcasts this month, I reckon it's more than I'd like to admit",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="okay be honest with me, how many hours have I listened in total since March",
        family="listening_time",
        period="since_march",
    ),
    Fresh(
        text="how much music did we have going yesterday evening whilst we were cooking, could you work that out for me?",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        person="we",
    ),
    Fresh(
        text="roughly how much listening have I done since Monday, in minutes or hours or whatever's easier",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="how long did Ada have music on yesterday, asking for a friend, ha, well, asking for myself really",
        family="listening_time",
        period="yesterday",
        content="music",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs did I play this morning, I was up early and it felt like a whole album's worth",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="so I was wondering how many plays I've racked up so far this year, all together, songs and podcasts and everything",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="could you count how many tracks got played in the kitchen on Saturday?",
        family="plays",
        period="saturday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how many episodes did I listen to in the last thirty days, roughly, doesn't have to be exact or anything",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="and in September, how many tunes did I get through, just out of curiosity?",
        family="plays",
        period="september",
        content="music",
    ),
    # artists_count
    Fresh(
        text="so how many different artists have I listened to this year? I like to think I'm adventurous but I'm probably not",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="could you tell me how many different bands I've ever played, like in total, the whole lot",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="just curious, how many artists did I get through last month, different ones I mean, not plays",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="how many different songs have I played this week, like unique ones, not counting the same one five times over",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="so I was wondering, how many individual tracks are there in my whole history?",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="could you tell me how many distinct songs I listened to over the last seven days",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="how many times have I played Bohemian Rhapsody this year, and please don't judge me",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="so how much Queen have I had on this month, roughly, because my partner keeps saying it's a lot",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="could you tell me how often I've listened to that daft punk one more time song, like ever?",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times did The Daily come on last week, I'm trying to see if I'm actually keeping up with it",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times have I put on Radiohead since March, I honestly can't remember if I have at all",
        family="play_count",
        period="since_march",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="so did I listen to any Justice yesterday? I think I did but I was half asleep",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to much Air lately? I feel like I've been neglecting them a bit",
        # Relabelled in issue 45's 29th turn: "much" asks how much, the
        # brief's play_count ("how much Queen have I had on"), as three blind
        # writers (132-134) labelled it; "any" asks yes or no (did_i).
        family="play_count",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="could you tell me whether I played dance by justice at all in October",
        family="did_i",
        period="october",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="did we have any cafe tacuba on last weekend, I've got a feeling we did when my friends were over",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="I was wondering, have I ever listened to The Weeknd on here, even once?",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="the day before yesterday, did I have the Discovery album on at all, or am I mixing up my days again",
        family="did_i",
        period="day_before_yesterday",
        name="Discovery",
    ),
    # what_played
    Fresh(
        text="so what was I listening to yesterday evening, I had something on but I can't for the life of me remember what",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="could you fill me in on what I played this afternoon, I was in and out the whole time",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what music was on last Friday, can you run me through it?",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="run me through what we listened to on November the third, there was some sort of get-together, wasn't there",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="what was I listening to last night before bed, it was something really mellow I think",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="so what was on at about quarter to eight last night, there was this song I really liked and I never caught the name",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="could you tell me what was playing this morning at like half past eight, it was right before I left the house",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playing in the kitchen at ten past five this afternoon, I was on the phone and totally missed it",
        family="playing_at",
        moment="2026-11-20 17:10",
        room="kitchen",
    ),
    Fresh(
        text="what song was on at noon last Friday, I had you going during lunch and there was a good one",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    # taste
    Fresh(
        text="so how would you describe my taste in music? be nice",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="could you tell me what kind of stuff I'm into, music-wise, like if you had to sum me up in a sentence",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of music have I been into this year, would you say?",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="so when do I usually listen, like what hour and which day of the week is my big listening time?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="could you tell me when I tend to listen the most, what day and what time, I'm trying to figure out my own routine",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my peak listening time been this month, out of curiosity",
        family="peak",
        period="this_month",
    ),
    # new_artists
    Fresh(
        text="so have I discovered anyone new lately, any artists I hadn't heard before?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="could you tell me which artists I listened to for the very first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new bands pop up in my listening last month, first time ever I mean?",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often do I skip stuff, honestly, I feel like I never let anything finish",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="could you tell me my skip rate this week, like out of everything I played how much did I skip",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="so I was wondering how many tracks I skipped last month compared to how many I played all the way through",
        family="skips",
        period="last_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="do I replay the same stuff a lot? be honest, what's my repeat rate like",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="so how much have I been repeating myself this month, like putting the same things on again and again",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened now, I'm hoping it's a proper streak",
        family="streak",
    ),
    Fresh(
        text="so could you tell me what my listening streak is at, like consecutive days without a break",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first ever listen to Air, I can't even remember how I found them",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="could you tell me when I first played Sexy Boy, it was ages ago I think",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when did I start listening to The Daily, like the very first episode I ever had on?",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I first play anything by Wet Leg, if I ever did",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="so when did I last listen to Da Funk, it feels like forever",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="could you tell me the last time I had Queen on, I'm wondering if it's been a while",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the last time I played the Moon Safari album?",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="what was the last song I played? I'm trying to remember what I had on before I went out",
        family="last_song",
    ),
    Fresh(
        text="so could you tell me the most recent track I listened to, whatever it was",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first thing I played today, the song I woke up to I mean",
        family="first_today",
    ),
    Fresh(
        text="could you tell me which song I started my day with, it's been stuck in my head since breakfast",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="so what was the very first song I played yesterday? I'm curious what sort of mood I was in",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="could you tell me what I kicked off last weekend with, song-wise",
        family="first_in",
        period="last_weekend",
    ),
    Fresh(
        text="what was the first track I played this year, like back on New Year's Day or whenever it was",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what did I finish up with last Friday, like the last song of the night",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="so I was wondering what the last thing I played the day before yesterday was",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="could you tell me the last song we had on last month, right at the end of October",
        family="last_in",
        period="last_month",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most? there's definitely one I always jump past",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="so what's the track I skip most often, out of absolutely everything?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip most, I bet it's someone I think I like",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="could you tell me which band I keep skipping, like who's the one I'm always passing over?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days, I feel like it's stuck in my head because of you",
        family="on_repeat",
    ),
    Fresh(
        text="which song can't I stop playing right now, I'm slightly embarrassed to even ask",
        family="on_repeat",
    ),
    Fresh(
        text="could you tell me which track I've been playing to death the last couple of weeks",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="so could you give me a rundown of my listening, just how it's all been going?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="tell me how my week went, music-wise, like a little recap, I love that kind of thing",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="could you do me one of those year in review things, like the ones the apps do, for this year so far",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="could you give me a recap of last summer, music-wise, I remember it being a good one",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="fill me in on how twenty twenty five went for me listening-wise, like a proper review of the whole year",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="so am I more of a morning listener or an evening one, what do you reckon?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or at night? I genuinely can't tell anymore",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more at weekends or on weekdays? I'd have guessed weekends but who knows",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="could you tell me whether the kitchen gets more use on weekdays or on the weekend, listening-wise I mean",
        family="compare_week",
        period="all_time",
        room="kitchen",
    ),
]

NEGATIVES = [
    "so could you put some Daft Punk on in the kitchen, something upbeat for cooking",
    "turn the music up a bit would you, I can hardly hear it over the kettle",
    "what's playing in the kitchen right now, I'm upstairs and can just about hear it",
    "oh I love this, what song is this, could you tell me?",
    "ugh, could you skip this song, I'm really not in the mood for it today",
    "pause the podcast for a sec, someone's at the door",
    "next track in the living room please, this one's a bit slow",
    "could you turn off the kitchen light, I'm heading to bed now",
    "play the album Discovery from the start, the whole thing",
    "set the volume to about twenty, it's a bit loud for this time of night",
    "could you put shuffle on, I'm getting bored of the order",
    "turn on repeat for this song, I just want to hear it over and over",
    "group the kitchen speaker with the living room one so it plays everywhere",
    "set a timer for twelve minutes for the pasta, would you",
    "so what's the weather going to be like tomorrow, do I need a brolly?",
    "add oat milk to the shopping list, we're completely out again",
    "could you turn the heating up to twenty one, it's freezing in here",
    "what am I listening to right now, I've totally lost track",
    "play The Daily, the newest episode if there is one",
    "could you play something by Queen, anything really, I'm in a mood",
    "lower the volume in the kitchen please, I'm on a call",
    "stop the music, we're about to eat",
    "resume the podcast where I left off, would you",
    "play Bohemian Rhapsody nice and loud, it's karaoke night",
    "could you go back to the previous song, I missed the beginning",
    "who sings this one that's on at the moment, it's really catchy",
    "so how long is left on this episode, roughly?",
    "turn shuffle off, please, I want it in album order",
    "put some relaxing music on in the bedroom, something to fall asleep to",
    "play Justice on all the speakers, we're having people over",
    "could you remind me to take the washing out in an hour",
    "what time is it in New York right now, I need to call my cousin",
    "dim the lights in the kitchen to about half, it's a bit bright",
    "fast forward thirty seconds, I don't need the adverts",
    "play the radio, the local station, whatever's on",
    "could you like this song for me, I want to remember it",
    "set an alarm for half past six tomorrow, ugh, early start",
    "play something new I haven't heard before, surprise me",
    "move the music from the kitchen to the living room, I'm moving over to the sofa",
    "what's the name of this album that's playing at the moment?",
    "unmute the kitchen speaker, I think I muted it by accident",
    "turn the bass down a bit, the whole counter is rattling",
    "could you tell me a joke whilst I'm waiting for the oven",
    "what's on my calendar for tomorrow morning, anything early?",
]

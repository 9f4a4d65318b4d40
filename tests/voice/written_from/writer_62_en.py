"""Writer 62, a grandparent in their eighties unsure of the technology, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Good evening. I wonder if you could tell me which singer I have listened to the most so far this month, if it's no trouble.",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Now then, dear, who was my favourite band last year? I should know, but I'm afraid it's gone clean out of my head.",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="I'm sorry to bother you, but who have I had on the wireless in the kitchen most since the start of October?",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="Which two singers did I have on most in August, please? My grandson wants to know for a birthday present.",
        family="top_artists",
        period="august",
        count=2,
    ),
    Fresh(
        text="Which singer did Ada listen to most in September? That's me, dear, Ada, I ought to have said.",
        family="top_artists",
        period="september",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="Could you kindly tell me what song I played the most last week?",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="What were my three most played songs this year, dear? My granddaughter tells me you keep a note of these things.",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Which song did I play most often in the summer of last year, would you happen to know?",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="Five songs, please, the five I've played most since March, if you'd be so good.",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Which album did I listen to the most in September, dear?",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="Of all the long-playing records I've got, which one has had the most turns since you were put in?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Tell me, which whole record, the album I mean and not just one song, got the most use on the gramophone this year?",
        family="top_albums",
        period="this_year",
    ),
    # top_podcasts
    Fresh(
        text="Which of those podcast programmes do I listen to most? I never can keep them straight.",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="What talking programme, a podcast my granddaughter calls it, did I listen to most last month?",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="Which podcast have I been so taken with lately? I seem to have it on every morning with my tea.",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="How many hours did I have the music going yesterday, I wonder?",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="All told, how long was the wireless playing in the kitchen this week?",
        family="listening_time",
        period="this_week",
        room="kitchen",
    ),
    Fresh(
        text="Could you tell me how much time I spent listening to podcasts over the last thirty days? I suspect rather a lot.",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="How long did we have music on in the house last weekend, the whole household I mean?",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="How many songs have I played today, dear? I've lost count, I'm afraid.",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="I'd like to know how many podcast episodes I listened to in October, if you can manage it.",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Would you be able to count up how many things I played altogether the week before this one?",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="How many tunes did we get through in this house yesterday, do you suppose?",
        family="plays",
        period="yesterday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="How many different singers and bands have I listened to this year, I wonder? It can't be very many.",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Since Monday, roughly how many different artists have I heard? Just a rough number will do.",
        family="artists_count",
        period="since_monday",
    ),
    # songs_count
    Fresh(
        text="How many different songs have I played in the last three months? Not the same one twice, mind.",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="Forgive me for asking, but how many separate songs have I heard altogether, since the very beginning?",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="How many times have I played Bohemian Rhapsody this month? It's such a grand piece.",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How often have I had Queen on this year, dear? My son thinks it's far too often.",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="That Daft Punk song, One More Time, how many times did it get played last month?",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="How many times have I listened to Frank Sinatra, if at all? I'm not sure he's on this machine.",
        family="play_count",
        period="all_time",
        name="Frank Sinatra",
    ),
    Fresh(
        text="In the last seven days, how many times did I put on The Daily?",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Did I listen to any Justice yesterday, dear? I can't for the life of me remember.",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Did I hear that lovely record Moon Safari at all in the summer just gone?",
        family="did_i",
        period="summer",
        name="Moon Safari",
    ),
    Fresh(
        text="Have I played any Vera Lynn this past fortnight? I was sure I had.",
        family="did_i",
        period="lately",
        name="Vera Lynn",
    ),
    Fresh(
        text="Did I have The Daily on this morning, or did I only dream it?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Was Don't Stop Me Now played at all on Saturday? I thought I heard it whilst I was baking.",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening, could you remind me? Something jolly, I think.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Would you tell me what music I had on this afternoon, please?",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="What did we have playing the day before yesterday? The family, I mean, not just me.",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="I'm trying to recall what I had on, on the third of November. Could you help an old lady out?",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="What was playing at a quarter to eight yesterday evening? It was ever so catchy.",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="What was that song on at half past eight this morning, dear?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Do you know what was on the wireless at five o'clock this afternoon, just as I was putting the kettle on?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="Last Friday, at nine o'clock at night, what was it that was playing?",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="What sort of music would you say I'm fond of?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="How would you describe my taste in music, dear? Be honest, I shan't be offended.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="If somebody asked you what kind of music the old girl likes, what would you tell them?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="What time of day do I usually listen, as a rule?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="On which day of the week, and at what hour, am I most often listening, would you say?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="When do I tend to have the wireless on? I'd like to know my habits.",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Have I come across any new singers this month that I'd never heard before?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Which bands did I hear for the very first time last year?",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="Anybody new turn up on my wireless these past three months? Somebody I hadn't listened to before, I mean.",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="How often do I skip past things before they've finished, dear? I do press that button by accident.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Did I do a great deal of skipping this week? My fingers aren't what they were.",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="What share of what I play do I skip, roughly, since the beginning of October?",
        family="skips",
        period="since_october",
    ),
    # repeat
    Fresh(
        text="Do I play the same songs over and over again a great deal? My daughter says I do.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="How much of my listening this month has been the same songs played again and again?",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="How many days in a row have I listened now, without missing a single one?",
        family="streak",
    ),
    Fresh(
        text="Have I kept it up every day? How many days running is it now, dear?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Café Tacvba? I can never say the name properly, I do apologise.",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="When was the very first time I played Digital Love?",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="When did I first hear Glenn Miller on this contraption? It must have been a while ago.",
        family="first_play",
        name="Glenn Miller",
    ),
    # last_play
    Fresh(
        text="When did I last listen to Queen, dear?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="When was the last time I had Sexy Boy on? Oh, I do feel silly saying that title out loud.",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="The Daily, that news programme, when did I last hear it?",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="What was the last song I played, could you remind me?",
        family="last_song",
    ),
    Fresh(
        text="I've gone and forgotten already: what was the very last tune I had on?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I played today?",
        family="first_today",
    ),
    Fresh(
        text="What was it I woke up to, dear? Something lively, I think, but I can't place it.",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="What did I start off with last Friday, the very first song?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="On the third of November, what was the first tune on the gramophone, so to speak?",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="What was the first song I put on this week, on Monday or whenever it was?",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="What was the last song I heard last night before I went up to bed?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="What did I finish up with on Saturday, the last song of the day?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="What was the last tune I played in October, would you know?",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most? I'd like to know which one I can't abide.",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Is there one song I keep cutting short? Which one gets skipped most often?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Which singer do I skip past the most?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Is there a band I keep passing over? Which of them gets skipped most, would you say?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Which song have I been playing over and over these days? I hum it all day long.",
        family="on_repeat",
    ),
    Fresh(
        text="What's the tune I can't seem to stop playing, dear?",
        family="on_repeat",
    ),
    Fresh(
        text="Which song have I had on time and again this past fortnight?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Could you give me a little summary of how my listening went this month?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="How was my year in music, dear? Tell me all about it, I've got the time.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Would you give me a rundown of the week before this one, listening-wise, if you would be so kind?",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="Could you sum up our listening last month, the whole household's?",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Fill me in, would you, on how my listening has been going, generally speaking.",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Do I listen more in the mornings or in the evenings, would you say?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Am I more of an afternoon listener or an evening one? I've always wondered.",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Do I listen more at the weekends or during the week?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is it weekdays, or Saturdays and Sundays, when I have the wireless on most?",
        family="compare_week",
        period="all_time",
    ),
    # a few extra
    Fresh(
        text="In the year twenty twenty-five, which singer did I listen to more than any other?",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="Over the last two weeks, how long have I spent with music on, all in all?",
        family="listening_time",
        period="last_2_weeks",
        content="music",
    ),
    Fresh(
        text="Did any Daft Punk get played over the last seven days? I'm asking for my grandson.",
        family="did_i",
        period="last_7_days",
        name="Daft Punk",
    ),
    Fresh(
        text="How many times did I listen to D.A.N.C.E. by Justice since March? I think it's spelt with dots.",
        family="play_count",
        period="since_march",
        name="D.A.N.C.E. by Justice",
    ),
]

NEGATIVES = [
    "Would you be so kind as to put on some Queen in the kitchen, dear?",
    "Turn the wireless up a little, would you? I can't hear it over the kettle.",
    "Please turn the music down, dear, the telephone's ringing.",
    "What is this song that's playing now? It's rather nice.",
    "Who is this singing at the moment, do you know?",
    "Skip this one, please, I don't care for it.",
    "Could you pause the podcast whilst I answer the door?",
    "Next song, please, in the kitchen.",
    "Turn off the light in the kitchen, there's a dear.",
    "Play the album Discovery, if you would.",
    "What's the weather going to be like tomorrow? I want to hang the washing out.",
    "Set a timer for twenty minutes for my scones, please.",
    "Put butter and eggs on the shopping list, dear.",
    "Turn the heating up a touch, it's ever so chilly in here.",
    "Stop the music, please, I've a headache.",
    "Would you play something by Air for me in the kitchen?",
    "Put the radio news on, please.",
    "Make it a bit quieter, dear, my hearing aid is whistling.",
    "Play that Bohemian Rhapsody song, the long one.",
    "Shuffle the songs, please, whatever that means.",
    "Turn off the repeat, I've heard this one three times now.",
    "Put this same song on repeat, would you, I like it.",
    "Join the kitchen speaker up with the one in the sitting room, please.",
    "What am I listening to right now? I've only just come in.",
    "What's playing in the kitchen at the moment?",
    "Go back to the previous song, please, I missed the beginning.",
    "Start The Daily from the beginning, please.",
    "Volume to four, dear.",
    "Play some Justice in the kitchen, my grandson's coming round.",
    "Switch the wireless off when this song finishes, please.",
    "What time is it, dear? My clock has stopped.",
    "Remind me to take my tablets at six o'clock.",
    "Is it going to rain this afternoon?",
    "Turn on the big light in the kitchen, I can't see the recipe.",
    "Play something cheerful, I'm feeling a bit low today.",
    "Can you play the gramophone music from the war years?",
    "Resume the podcast where I left off, please.",
    "Fast forward a bit, dear, this part is dull.",
    "Set an alarm for seven in the morning, please.",
    "Call my daughter for me, would you?",
    "What's the name of this band playing now?",
    "Add milk to my shopping list, please, and tea bags.",
    "Lower the thermostat to nineteen degrees, please.",
    "Play Don't Stop Me Now by Queen, nice and loud.",
    "Turn the bass down a bit, it rattles my teacups.",
]

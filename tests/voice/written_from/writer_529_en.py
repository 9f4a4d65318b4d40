"""Writer 529, a chatty Greek-American diner owner from Astoria, Queens, who narrates her day before every question, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Okay so I just finished wiping down the counters, Stavros is on the grill yelling at the toast, and I'm curious, who's the artist I played the most last week?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Honey, let me tell you, the lunch rush was murder, forty covers before one o'clock, po po po. Anyway, who's been my number one band this year?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="My cousin Eleni keeps saying I only ever play the same guy over and over, so go ahead, tell me, who was I obsessed with lately?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Alright, the coffee urn is finally fixed, thank God, Panagia mou, and I got a minute. In the kitchen, top three artists since March, let's hear it.",
        family="top_artists",
        period="since_march",
        count=3,
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="You know what, the bread guy is late again, so I'm standing here like a statue with nothing to do. What's my song of the month?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="So my daughter asks me, Ma, what's your favorite song, and I'm standing there like a dummy, I don't know! Name my five most played songs of all time, please.",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Eh, the dishwasher's running, the whole place smells like lemon and oregano, beautiful. Which tune did I play the most in October?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="So the health inspector came by, everything passed, I'm so relieved I could cry. Quick question, what were my top two tracks last summer?",
        family="top_tracks",
        period="last_summer",
        count=2,
    ),
    # top_albums
    Fresh(
        text="I'm counting the register, ugh, all these singles, who pays with singles anymore? Which album did I play the most this year?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Listen, my husband Gus says albums are for old people, but I love a whole album start to finish. What's my favorite album, like, ever?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="The baklava's in the oven, forty minutes, don't let me forget. Tell me the record I had on the most back in September.",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="So I'm doing the books in the back office and I always put on a show while I do the numbers, otherwise I fall asleep. What's my go-to podcast these days?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Okay, slow afternoon, two old guys nursing one coffee for three hours, God bless 'em. Which podcast did I listen to the most this year?",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="My nephew Niko wants me to start a podcast about the diner, can you imagine, me, on a podcast? Which podcast am I hooked on right now?",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Ay, my feet are killing me, I been standing since five in the morning. How much music did I have on today?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="So Gus says we had stuff blasting all day long and he's sick of it. How many hours did we listen last week? I wanna prove him wrong.",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="The soup of the day is avgolemono, people go crazy for it, I make a vat. How long was I listening to podcasts this month?",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Just locked up the walk-in, finally. How much time did I spend listening in the kitchen yesterday?",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="Alright so I'm restocking the napkin dispensers, very glamorous. How many songs did I play this morning?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="You know, we had a christening party in here, the whole Papadopoulos family, sixty people. How many things did I play on Saturday?",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="Quick one before the dinner crowd comes in, how many episodes did I listen to in the last thirty days?",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="My brother-in-law Taki bet me twenty bucks I play over a thousand songs a year. So how many tracks did I play in twenty twenty five?",
        family="plays",
        period="in_2025",
        content="music",
    ),
    # artists_count
    Fresh(
        text="So a customer, nice young man, asks me, you got eclectic taste? And I says, I dunno! How many different artists did I listen to this year?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Eh, it's dead in here, the rain keeps everybody home on Ditmars. How many different bands have I played in the last three months?",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="Okay, I'm counting spoons, don't ask why. While I'm counting, how many artists have I listened to in total?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="I just finished the gyro prep, my arms are like a weightlifter. How many different songs did I play this week?",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="My sister says I play the same five songs over and over like a broken jukebox. So how many different tunes did I play last month?",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Just hung up with the supplier, the feta went up again, robbery. How many different songs did we play in October?",
        family="songs_count",
        period="october",
        person="we",
    ),
    # play_count
    Fresh(
        text="So I'm mopping and I'm singing Bohemian Rhapsody into the mop like a microphone. How many times did I play that one this year?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="The special today is moussaka and I always put Queen on when I make the bechamel. How much Queen have I had on this month?",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="Ha, my waitress Maria is humming that Daft Punk one more time song while she fills the ketchups. How many times did that get played last week?",
        family="play_count",
        period="last_week",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="You know who I love? Nana Mouskouri, my mother's favorite, may she rest. How many times have I played Nana Mouskouri since October?",
        family="play_count",
        period="since_october",
        name="Nana Mouskouri",
    ),
    # did_i
    Fresh(
        text="So I'm slicing tomatoes, a whole case, and I'm trying to remember, did I listen to any Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Okay, Gus swears up and down he heard that Café Tacvba song Eres in here. Did we play Eres at all last weekend?",
        family="did_i",
        period="last_weekend",
        name="Eres",
        person="we",
    ),
    Fresh(
        text="Listened to much Air this summer? I feel like I did, but my memory, forget about it, I can't remember where I put my glasses.",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="My niece played me some Radiohead in the car, very depressing, I almost drove into the East River. Did I ever play Radiohead?",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Just put the lemon potatoes in, they need an hour. Did I have The Daily on this morning or did I dream that?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="The Tuesday lunch crowd on the third was nuts, the whole precinct came in. Did I have any Daft Punk on November third?",
        family="did_i",
        period="november_3",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="So last night I closed up, went home, put my feet up, and honestly I don't remember a thing before that. What was I listening to yesterday evening?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Fill me in, sweetheart, what did we listen to the day before yesterday? Gus says it was all noise.",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="It's been a long day, the fryer broke, the delivery was short two cases of eggs. What music did I have on this afternoon?",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="Run me through what I was playing last Friday, that was a great Friday, big tips, everybody happy.",
        family="what_played",
        period="last_friday",
    ),
    # playing_at
    Fresh(
        text="So yesterday I'm closing out the register and this song comes on and I loved it, I stopped counting. What was on at quarter to eight last night?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="What was playing this morning at half past eight? I was flipping eggs for the cops from the precinct and couldn't catch it.",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="So I walk in from the alley with the trash and something good was on, around ten past five today. What was that?",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Wednesday night, nine o'clock, I'm scrubbing the flat-top, sweating like a horse, what was playing right then?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Last Friday at noon exactly, the lunch bell, there was a song I wanted to tell my daughter about. What was on at twelve o'clock?",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    # taste
    Fresh(
        text="A food blogger, can you believe it, a blogger, asks me what I listen to while I cook. How would you describe my taste in music?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="So what kind of music am I into, really? My kids say I'm an old lady, I say I'm hip, you settle it.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Eh, between you and me, what's my taste been like this year? Be nice.",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="I open at six, close at ten, so I'm always on, always. What time of day do I usually listen to music?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Which day of the week do I listen the most? I bet you it's Sunday, Sunday brunch is a zoo in here.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="My accountant says I should know my peak hours for the business, so I'm thinking, when's my peak listening time?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="My grandson keeps sending me songs on the phone, the little ones with the dancing. Did I discover anybody new lately?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="I'm trying to be modern, like my daughter says. Which new artists did I start listening to this year?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Anybody new show up in my music last month? I feel like October I was open-minded.",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="So I'm a patient woman, ask anybody on 31st Street, except with songs. How often do I skip stuff?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Honestly now, no sugarcoating, what's my skip rate this month?",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="The new busboy says I skip songs every ten seconds, the nerve. How many songs did I skip in the last seven days?",
        family="skips",
        period="last_7_days",
    ),
    # repeat
    Fresh(
        text="Gus says I play the same songs on a loop like the diner's a carousel. How much do I repeat songs?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Okay the pies are cooling. What's my repeat rate been like over the past two weeks?",
        family="repeat",
        period="last_2_weeks",
    ),
    Fresh(
        text="Do I replay the same tracks a lot this year or am I branching out? Tell me the truth, I can take it.",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="I haven't taken a day off since the Clinton administration, and neither has the music. How many days in a row have I been listening?",
        family="streak",
    ),
    Fresh(
        text="So the girls in the front were talking about streaks, whatever that is. What's my listening streak right now?",
        family="streak",
    ),
    Fresh(
        text="Tell me, how many straight days have I had something on? Not one day off, I bet.",
        family="streak",
    ),
    # first_play
    Fresh(
        text="My nephew got me into these French guys, Justice, a while back. When did I first listen to Justice?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="I remember the first time I heard Digital Love, I was frying calamari and I almost cried into the oil. When was the first time I played it?",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="When did The Daily first show up in my history? I think it was my daughter put it on, she worries I don't read the news.",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="When's the last time I played Sexy Boy? The regulars love that one, they wink at me, the old flirts.",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="I'm wiping the pie case and I got Freddie Mercury in my head. When did I last hear Queen?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Last time I played any Yanni, when was that? My yiayia loved Yanni, she thought he was Greek royalty.",
        family="last_play",
        name="Yanni",
    ),
    # last_song
    Fresh(
        text="Okay, so I just came back from the bank, the line was out the door. What was the last song I played?",
        family="last_song",
    ),
    Fresh(
        text="The last song I listened to, what was it? It's stuck in my head and I can't get the name, it's driving me up the wall.",
        family="last_song",
    ),
    Fresh(
        text="Remind me, koukla, the name of that last tune I had on, I wanna tell Maria.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="I was up at four thirty with the bread and the coffee and half asleep. What did I wake up to this morning?",
        family="first_today",
    ),
    Fresh(
        text="What was the first song I played today? I was still in my slippers, don't judge.",
        family="first_today",
    ),
    Fresh(
        text="First thing I put on today, the very first, what was it? It put me in such a good mood.",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Yesterday was a whole day, the plumber, the landlord, the whole circus. What was the first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="So last Friday I came in early for the catering order, what did I start the day with?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="New Year's I was still cleaning up from the party. What was the very first track I played this year?",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="I was so tired I don't even remember turning it off. What did I end with last night?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Saturday with the christening, we went till late. What was the last song I played on Saturday?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="End of October we had the big Halloween thing with the kids. What was the last song we played last month?",
        family="last_in",
        period="last_month",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="There's one song, every time it comes on, I'm running over with wet hands to skip it. Which song do I skip the most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="What's the one track I always, always skip? I wanna know so I can yell at it.",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Just finished the lunch dishes. Which song did I skip the most this year?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Be honest with me, which artist do I skip the most? Somebody's getting on my nerves and I don't even know who.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Which band do I keep skipping? Stavros says it's the French ones.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="So October was a tough month, the landlord, the taxes. Who did I skip the most last month?",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="I keep humming the same thing while I roll the dolmades, over and over. What song am I obsessed with right now?",
        family="on_repeat",
    ),
    Fresh(
        text="What's on heavy rotation these days? Maria says it's always the same one when she walks in.",
        family="on_repeat",
    ),
    Fresh(
        text="Which song can't I stop playing? Honest to God, I can't help myself.",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="It's Friday, thank God, my week is almost done. How was my week in music?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="December's coming, I'm already thinking about the Christmas menu. Give me my year in review, sweetheart.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Before the dinner crowd hits, give me a rundown of my listening, quick, quick.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Last year was the year we redid the booths, remember? Give me a recap of my twenty twenty five.",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="How'd August go, music-wise? August it was so hot in here the butter was melting on the counter.",
        family="recap",
        period="august",
    ),
    # compare_day_parts
    Fresh(
        text="I'm here from the crack of dawn till they kick me out. Am I more of a morning listener or an evening listener?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="So between the lunch shift and the night shift, do I listen more in the afternoons or at night?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Since Monday I feel like it's all mornings with me. Do I play more music in the morning or the evening since Monday?",
        family="compare_day_parts",
        period="since_monday",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Weekends it's brunch, brunch, brunch, I got no time to breathe. Do I listen more on weekdays or on the weekends?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Gus thinks I blast it more on Saturdays and Sundays. Do I play more at the weekend than during the week?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Over the last three months, weekdays versus weekends, when do I have more on? Settle a bet.",
        family="compare_week",
        period="last_3_months",
    ),
]

NEGATIVES = [
    "Okay, the lunch rush is coming, play some Daft Punk in the kitchen, I need energy.",
    "Turn the music up, honey, I can't hear nothing over the fryer.",
    "Ay, too loud, too loud, turn it down, the customers are complaining.",
    "What song is this? Maria wants to know, she's dancing with the coffee pot.",
    "Skip this song, please, I can't stand it, it gives me a headache.",
    "Pause the podcast, the delivery guy is here.",
    "Next track in the kitchen, this one's too slow for the grill.",
    "Turn off the kitchen light, I'm going home, goodnight.",
    "Play the album Discovery, the whole thing, from the top.",
    "Set a timer for forty minutes for the baklava, don't let me burn it again.",
    "What's the weather gonna be tomorrow in Astoria? I gotta know if people come out.",
    "Add feta to the shopping list, two tubs, the big ones.",
    "Put oregano and lemons on the shopping list, we're running low.",
    "Set the thermostat to sixty-eight, it's like a sauna in here.",
    "What am I listening to right now? I walked in halfway through.",
    "Shuffle the music, I'm sick of the order.",
    "Put it on repeat, this one, I love it, play it again and again.",
    "Turn off repeat, Stavros put it on and now it's the same song for an hour.",
    "Group the kitchen speaker with the dining room speaker so the customers hear it too.",
    "Volume to twenty in the kitchen, not more, my ears.",
    "Play The Daily, I gotta hear the news while I do the books.",
    "Resume the podcast where I left off, I was in the middle of something.",
    "Play some Queen, loud, it's Friday night.",
    "Stop the music, the health inspector just walked in.",
    "Play Bohemian Rhapsody, the busboys are gonna sing along.",
    "Go back to the last song, I wanna hear that part again.",
    "Who's singing this? It's beautiful, tell me quick.",
    "Turn on the lights in the dining room, it's getting dark.",
    "Is it gonna rain tonight? I gotta bring in the sidewalk sign.",
    "Set an alarm for four thirty tomorrow morning, the bread comes early.",
    "Play something Greek, something to make the yiayias happy.",
    "Lower the volume on the kitchen speaker, I'm on the phone with the supplier.",
    "Play some Justice in the kitchen, the young ones in the back like it.",
    "How long is left on the timer for the lamb?",
    "Turn the podcast down a little, I can't hear the order bell.",
    "Play the next episode of The Daily.",
    "Like this song, save it, I want it again tomorrow.",
    "Unmute the kitchen speaker, somebody muted it, I'll find out who.",
    "Stop playing music in the kitchen after ten, the neighbors upstairs.",
    "What time is it? I lost track, I been on my feet all day.",
    "Play Air, something relaxing, I need to calm down after that landlord.",
    "Call Gus, tell him to bring the big pot.",
]

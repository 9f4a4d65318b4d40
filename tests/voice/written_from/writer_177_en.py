"""Writer 177, chatty warm person from Bangalore (Indian English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Arre, good evening! Just now finished making chai only. Tell me na, who was my most played artist last week? Just curious, my colleague was asking.",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Hello hello, quick question before my sister calls - which band have I been totally obsessed with lately? I feel it's the same fellows again and again, ha.",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Okay so my colleague was showing off his year-end stats and all, so tell me, who are my top three artists this year itself? Let me also feel proud a little.",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="In the kitchen, who did we listen to the most last month? My husband says it's his choice only that plays there, but I'm not believing him one bit.",
        family="top_artists",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Just like that I'm asking, no special reason - who is my number one artist of all time? Tell me tell me, I'm excited.",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="Yaar, in twenty twenty five who was my go-to artist? That was such a hectic year, shifting house and all, I don't remember anything.",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="Yaar, what is my song of the month? I've been humming something since morning and it's driving me mad, I can't place it at all.",
        family="top_tracks",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="Kindly name my five most played songs since March, I'm making a list for my cousin's sangeet and she wants only my favourites, she's very particular.",
        family="top_tracks",
        period="since_march",
        count=5,
        content="music",
    ),
    Fresh(
        text="Do one thing, tell me which track I played the most in October - then I'll tell you a funny story about it, promise.",
        family="top_tracks",
        period="october",
        content="music",
    ),
    Fresh(
        text="Over the last thirty days, what's been my most played song? My mother-in-law keeps asking what that thing is that I keep humming.",
        family="top_tracks",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="Ah, those were good days, no rain also - this summer, what were my top two tracks? Just for nostalgia's sake I'm asking.",
        family="top_tracks",
        period="summer",
        count=2,
        content="music",
    ),
    # top_albums
    Fresh(
        text="Which album did I play the most last summer? I remember lots of long Sunday cooking sessions with something on in the background, no?",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="Tell me na, honestly, which is my favourite album of all time according to you? I'll see if you and I agree or not.",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Just for fun only - what record am I hooked on lately, hmm? Don't say the same one always, I'll be embarrassed.",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="Top two albums last year please, my nephew wants to check whether his aunty is cool or not, so no pressure, haha.",
        family="top_albums",
        period="last_year",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="Which podcast have I listened to the most this year? I think I know the answer but still, tell me, let's see if I'm right.",
        family="top_podcasts",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="What's my go-to podcast these days? Something is always on while I'm cutting vegetables, na, I don't even notice what.",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    Fresh(
        text="Since October, which podcast show have I been listening to the most? Podcast I mean, not TV serial, haha, my mother watches enough of those.",
        family="top_podcasts",
        period="since_october",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="How many hours of music did I listen to this week? My husband says I'm always having something playing, I want proof against him, yaar.",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Yesterday evening, roughly how long was I listening? I totally lost track of time grinding the dosa batter, it took ages.",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="Total time I spent on podcasts in September, can you tell me that? I'm trying to cut down on screen time, doctor's orders, but this is also counting I think.",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="How much did we listen in the kitchen last weekend? Full house it was, relatives came from Mysore, everyone was dancing only.",
        family="listening_time",
        period="last_weekend",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="This afternoon how many minutes was I listening, any idea? I was half working, half listening, full multitasking.",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="How many songs have I played today itself? Feels like a lot since morning, I'm in a very good mood, that's why.",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Number of plays last month, total - can you give me that? Just curious only, nothing serious, don't worry.",
        family="plays",
        period="last_month",
    ),
    Fresh(
        text="In the last three months, how many episodes have I listened to? I'm trying to see if I've become one of those podcast people my friends keep talking about.",
        family="plays",
        period="last_3_months",
        content="podcasts",
    ),
    Fresh(
        text="Saturday was my friend's birthday lunch, so I'm guessing it's a lot - roughly how many things did I play on Saturday?",
        family="plays",
        period="saturday",
    ),
    # artists_count
    Fresh(
        text="How many different artists have I listened to this year? I feel I'm stuck on the same four-five people only, no variety at all.",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Just wondering yaar, how many different singers and bands did I hear in the last seven days? My friend says I'm very adventurous.",
        family="artists_count",
        period="last_7_days",
    ),
    Fresh(
        text="Total number of different artists in my whole history, how many? From the beginning itself I want, okay?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I play in August? Different ones only, not counting repeats, okay? August was a funny month.",
        family="songs_count",
        period="august",
        content="music",
    ),
    Fresh(
        text="Kindly tell me how many unique tracks I've listened to since Monday. I'm doing some small survey thing for my blog, don't ask.",
        family="songs_count",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="In total, how many different songs are there in my listening history? All of it, start to end, just give me the number.",
        family="songs_count",
        period="all_time",
        content="music",
    ),
    # play_count
    Fresh(
        text="How many times did I play Bohemian Rhapsody this month? Neighbour aunty complained, so I need some data before I go and argue with her.",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Be honest, I won't be offended - how much Queen have I had on this year?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Daft Punk - how many times I played them last week? My son thinks I'm too old for them, imagine the cheek!",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Arre, that Justice one, dance, D A N C E - how many times have I played it, ever? My niece taught me the spelling also.",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="How many times did I listen to A R Rahman this year? Must be hundreds no, I'm such a big fan of his, since childhood.",
        family="play_count",
        period="this_year",
        name="A. R. Rahman",
    ),
    Fresh(
        text="The Daily - how many times have I put it on lately? Every morning with my filter coffee, I think, but let's see.",
        family="play_count",
        period="lately",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Did I listen to any Justice yesterday? I was half asleep after lunch, I don't remember properly, too much biryani.",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="By any chance, did I hear Sexy Boy by Air last Friday? Don't laugh at the name, haan.",
        family="did_i",
        period="last_friday",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Listened to The Daily this morning or not? I'm forgetting everything, too much office work, my head is full.",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Did I play any Radiohead last year? My college friend insists I was a big fan, I think she's mixing me up with someone else.",
        family="did_i",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="Eres by Cafe Tacuba - did I play it at all in the last thirty days? My Spanish teacher recommended it and I want to tell her yes.",
        family="did_i",
        period="last_30_days",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Did we listen to Digital Love on November third? It was our anniversary dinner, I'm almost sure it came on.",
        family="did_i",
        period="november_3",
        name="Digital Love",
        person="we",
    ),
    # what_played
    Fresh(
        text="What all did I listen to yesterday evening? I was cooking and somebody kept changing things - I think it was me only, haha.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Fill me in on what I was listening to this afternoon, na, I was in and out of the house all day running errands.",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="What music did we have on the day before yesterday? Guests were there and everybody was asking, I couldn't tell them.",
        family="what_played",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Tell me what I listened to on November 3rd - that was my anniversary, I want to relive it a little, so sweet it was.",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Last night, what was I listening to? I slept off somewhere in the middle, I think, so tired I was.",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="What was playing at quarter to eight yesterday evening? It was so nice, I forgot to ask you then itself.",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Around eight this morning, what was on? I was packing tiffin for the kids, full chaos it was.",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="I came back from the market and something lovely was going on - what was on at ten past five today evening?",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Last Saturday at nine in the night, what was playing? We had a small get-together, everyone liked it.",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="Yesterday at eight pm sharp, what was going on the kitchen speaker? My mother called right then, I missed it.",
        family="playing_at",
        moment="2026-11-19 20:00",
        room="kitchen",
    ),
    Fresh(
        text="Day before yesterday, around twelve noon, what was playing? I was having lunch alone, very peaceful.",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="What kind of stuff am I into, according to you? My daughter says I only like old-fashioned things, I want a second opinion.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="In short, how would you describe my taste this year? Go on, be kind, it's Friday.",
        family="taste",
        period="this_year",
    ),
    Fresh(
        text="What type of listener am I, what's my vibe basically? My friends keep asking and I never know what to say, yaar.",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Just want to know my pattern - at what time do I usually listen, and which day of the week is my biggest?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="When do I normally have music on the most - like which hour, which day? I'm planning my routine, new-year resolution type.",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="What's my peak hour for listening this year? And the day also, if you know, you know everything.",
        family="peak",
        period="this_year",
    ),
    # new_artists
    Fresh(
        text="Did I discover anyone new lately? Feels like same old, same old, yaar.",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Which new artists did I hear for the very first time this year? I'm hoping at least one or two, otherwise very boring I am.",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Any new bands show up in my listening since October? My nephew said he'd send me some, let's see if he did.",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="Over the past two weeks, did I find any new artists? Tell me tell me, I love surprises.",
        family="new_artists",
        period="last_2_weeks",
    ),
    # skips
    Fresh(
        text="How often do I skip, honestly? My son says I never let anything finish, the cheek of him.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="What's my skip rate this month? I've been very restless, I think, too much going on at home.",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="Last week how many songs did I skip, out of how many I played? Just tell me straight, no sugar-coating.",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="Do I replay the same things again and again? Be honest, I can take it.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="What's my repeat rate this year - how much am I listening to the same stuff over and over? My husband is complaining since January.",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="Since Monday, how much repeating have I done? He says it's the same five things on loop only.",
        family="repeat",
        period="since_monday",
    ),
    # streak
    Fresh(
        text="How many days in a row have I been listening now? I think it's some kind of record, na.",
        family="streak",
    ),
    Fresh(
        text="What's my current listening streak, yaar? Don't break my heart, okay.",
        family="streak",
    ),
    Fresh(
        text="Continuously how many days I've listened without a break? Even on my sick day I think I did, fever and all.",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice? I think my cousin from Pune introduced them to me, but I'm not sure when.",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Moon Safari - when did that album first come into my history? It feels like it's been with me forever.",
        family="first_play",
        name="Moon Safari",
    ),
    Fresh(
        text="First time I ever played Don't Stop Me Now, when was it? Such a mood lifter, that one.",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="When did I first hear The Weeknd? My niece says I must have, everybody has, she says.",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="When was the last time I played Da Funk? Suddenly I'm missing it, no idea why.",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="Last time The Daily was on, when was that? I need to catch up on the news, feeling very out of touch.",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="When did I last listen to Cafe Tacuba? My Spanish class is starting again on Monday, so just checking.",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="When did I last play Wet Leg? Somebody at office mentioned them during lunch and I just nodded, haha.",
        family="last_play",
        name="Wet Leg",
    ),
    # last_song
    Fresh(
        text="What was the last song I played? It's stuck in my head and I forgot the name itself, so irritating.",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="Last thing I listened to, what was it? I'm too lazy to check my phone, you tell me na.",
        family="last_song",
    ),
    Fresh(
        text="Arre, what was the most recent track I played, the very latest one? I want to send it to my sister.",
        family="last_song",
        content="music",
    ),
    # first_today
    Fresh(
        text="What did I wake up to today? I was so sleepy I didn't notice anything, just stumbled to the kitchen.",
        family="first_today",
    ),
    Fresh(
        text="Which was the first song I played today itself? I was making coffee, half awake, half dreaming.",
        family="first_today",
        content="music",
    ),
    Fresh(
        text="What did I start my day with today? Something peppy, no? I was in a good mood.",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday? I want to remember it, it felt lucky, yesterday went very well.",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="What did I start with last Friday? That was a good day, got my appraisal news and all.",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="First track on November 3rd, what was it, do you know? Anniversary morning, I want to frame it, haha.",
        family="first_in",
        period="november_3",
        content="music",
    ),
    # last_in
    Fresh(
        text="What was the last thing I heard last night before sleeping? I dozed off, I think, the speaker was still going.",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Which song did I finish with on Saturday? The party ended very late, my feet were paining.",
        family="last_in",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="Okay, small thing - last song of last week, what was it? Sunday night I was too tired to notice.",
        family="last_in",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="Day before yesterday, what was the final thing I had on? Wednesday is always a blur for me.",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most? Poor thing, I must be rejecting it always.",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="This year, which song have I skipped the most? Just want to know who the victim is, haha.",
        family="most_skipped",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="Most skipped song last month, what was it? I was in a bad mood for half of October, so it could be anything.",
        family="most_skipped",
        period="last_month",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="Which artist do I skip the most? Don't tell them, haha, it'll be our secret.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Who am I skipping most often lately, which artist? Somebody is clearly not in my good books.",
        family="most_skipped_artist",
        period="lately",
    ),
    Fresh(
        text="Which band do I keep skipping since March? Something must be wrong between us, yaar.",
        family="most_skipped_artist",
        period="since_march",
    ),
    # on_repeat
    Fresh(
        text="Which song do I have on repeat these days? Even my maid is humming it now, that's how much.",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="What's on heavy rotation for me nowadays, yaar? I feel there's one thing that's always coming.",
        family="on_repeat",
    ),
    Fresh(
        text="My husband is fed up with me - which song can't I stop playing these days?",
        family="on_repeat",
        content="music",
    ),
    # recap
    Fresh(
        text="How was my week in music? Give me the full story, I have time, chai is ready, I'm sitting.",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Give me a rundown of my listening, whatever you have, I'm all ears.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="My year in review, kindly - like those apps do in December, but now itself, I can't wait.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Run me through October, how did it go music-wise? October was a crazy month, Diwali and all.",
        family="recap",
        period="october",
        content="music",
    ),
    Fresh(
        text="How was last summer for me, listening-wise? Quick recap please, then I'll go and make dinner.",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="Am I more of a morning listener or an evening listener? My husband and I have a bet going, hundred rupees.",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Do I listen more in the afternoons or at night, what do you think? I never noticed.",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="This month, mornings or evenings, when have I listened more? Office timings changed, so I'm curious.",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Do I listen more on weekdays or on weekends? I feel Sundays are my big days, but let's see.",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Last month, weekend versus weekdays - where was my listening more? Just settle this for me, na.",
        family="compare_week",
        period="last_month",
    ),
    Fresh(
        text="Is it true I play more music on Saturdays and Sundays than on office days? My colleague says everyone does.",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Arre, kindly play Daft Punk in the kitchen, I'm starting the cooking now.",
    "Turn the music up a little na, I can't hear anything over the pressure cooker.",
    "What's playing in the kitchen right now? Nice one, whoever put it on.",
    "What song is this, yaar? So catchy, I love it.",
    "Skip this song please, not in the mood for it today.",
    "Pause the podcast for a minute, someone's at the door, must be the courier.",
    "Next track in the living room, kindly.",
    "Turn off the kitchen light, I'm done for the night, thank you so much.",
    "Play the album Discovery, full volume, it's Friday after all!",
    "Volume down to twenty, baby is sleeping, please.",
    "Put shuffle on, I'm bored of the same order every time.",
    "Put repeat mode on for this one, I'm loving it.",
    "Group the kitchen and living room speakers, guests are coming in ten minutes.",
    "Set a timer for twelve minutes for the rice, and remind me na, I always forget.",
    "What's the weather tomorrow? Should I carry an umbrella or not?",
    "Add curd and coriander to the shopping list, I keep forgetting since morning.",
    "Set the thermostat to twenty-two, it's getting chilly, I'm not used to this cold.",
    "What am I listening to right now? The name is on the tip of my tongue.",
    "Play some Queen in the kitchen, it's cleaning time, let's go.",
    "Stop the music, my mother is calling on video.",
    "Resume the podcast from where I stopped, okay?",
    "Play The Daily, the latest episode, I'm having my coffee.",
    "Louder please, this is my favourite part!",
    "Go back to the previous song, I missed the beginning itself.",
    "Turn on the lights in the hall, it's getting dark so early these days.",
    "Who sings this one? Tell me quickly before it ends.",
    "Play Bohemian Rhapsody on all the speakers, yaar, full party mode.",
    "Pause everything in the kitchen, I'm on an office call.",
    "Like this song and save it, kindly, I want it later.",
    "Play something relaxing, I've had a very long day at office.",
    "Move the music to the bedroom speaker, I'm going to lie down for some time.",
    "What time is it in Bangalore now? I need to call amma before she sleeps.",
    "Remind me at seven to call my sister, she'll get angry otherwise.",
    "Skip ahead thirty seconds in this podcast, the ads are too long, yaar.",
    "Play Justice, the Cross album, from the start only.",
    "Set an alarm for six tomorrow morning, I have yoga class.",
    "Turn off the speaker in the kitchen after this song, okay?",
    "Mute the kitchen speaker for some time, the baby just slept.",
    "Play Air, Moon Safari, nice and soft, it's raining outside.",
    "Is it going to rain this evening? My clothes are outside drying.",
    "What's this podcast episode called, the one that's on now?",
    "Turn down the bass a little, the neighbours will complain again.",
    "Put on some music in the kitchen, anything nice only, you choose.",
    "How much time is left in this song?",
    "Play the next episode of The Daily after this one finishes, okay?",
]

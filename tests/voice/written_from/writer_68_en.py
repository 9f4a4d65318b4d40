"""Writer 68, a chatty retired teacher from Manchester who explains why she is asking before she asks, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Now, my granddaughter Chloe keeps asking me who I'm into, cheeky madam, so go on then, who's been my most played artist this year?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="I was telling the ladies at the allotment about this clever speaker and one of them asked who I listen to most, and I honestly couldn't say. So who is it, of all time?",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="Right, quick one before the news comes on the radio: which band have I had on the most over the last thirty days?",
        family="top_artists",
        period="last_30_days",
    ),
    Fresh(
        text="I've a feeling I've got stuck on one lot again, I do that, I'm like a dog with a bone. Who have I been obsessed with this past fortnight?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Jack's doing a project on his family's tastes, bless him, so give me my top three artists from last year would you, love?",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="I've been humming something whilst I do the ironing and I can't place it for the life of me, so what's been my most played song this week?",
        family="top_tracks",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="My neighbour Brenda has a song of the year, apparently, she's very organised like that. What would mine be for twenty twenty five?",
        family="top_tracks",
        period="in_2025",
        content="music",
    ),
    Fresh(
        text="Give me my five most played tracks since March, love, I want to copy them into my little notebook.",
        family="top_tracks",
        period="since_march",
        content="music",
        count=5,
    ),
    Fresh(
        text="I'm putting a little list together for the Christmas do at church, so in the kitchen last month, which tune did I play the most?",
        family="top_tracks",
        period="last_month",
        content="music",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Back in my day you'd wear a record clean out. Which album have I played most this year, would you say?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="I'm thinking of buying my brother a proper LP for his birthday, the one I'm fondest of, so what's my top album of all time?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="I fancy I've been a bit stuck on one record, you know how it is. Which album have I been hooked on lately?",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="I only took up podcasts because my son set it all up for me, so tell me, which podcast have I listened to most this month?",
        family="top_podcasts",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Which of my podcasts have I been hooked on lately, then? I do like a good natter in my ear.",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    Fresh(
        text="There's a quiz at the U3A about what everybody listens to, so what's been my go-to podcast over the last three months?",
        family="top_podcasts",
        period="last_3_months",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="My daughter says I have things on far too much, so let's settle it, how many hours have I listened today?",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="How long did I have music on yesterday, roughly? I'm trying to work out whether it's me keeping the cat up.",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Just out of curiosity, because it feels like ages, how much time did I spend listening to podcasts last month?",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="I've been laid up with my knee so I've had plenty on. How many minutes of listening have I clocked up since Monday?",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="We had the whole family round for a do on Saturday, so how long did we have music going in the kitchen that day?",
        family="listening_time",
        period="saturday",
        content="music",
        room="kitchen",
        person="we",
    ),
    # plays
    Fresh(
        text="I was up with the larks, as usual, so how many songs have I played this morning?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Total number of plays last week, if you please. I'm keeping a tally for a little bet with my grandson.",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="I like to keep up with the news now I've the time for it. How many episodes did I get through in October?",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Across the last seven days, how many tracks have I put on altogether? Roughly's fine.",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="I always told my pupils to broaden their horizons, so let's see if I practise what I preach. How many different artists have I listened to this year?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="How many different bands have I had on since October? I'm curious whether I've branched out at all.",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="My sister reckons we're terribly set in our ways, so how many different singers did we listen to last summer?",
        family="artists_count",
        period="last_summer",
        person="we",
    ),
    # songs_count
    Fresh(
        text="Now then, how many different songs have I played in the last thirty days? Not plays, mind, different ones.",
        family="songs_count",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="My husband used to tease that I only knew about six tunes. How many separate tracks have I listened to in total?",
        family="songs_count",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="In the kitchen this month, how many distinct songs have I played? I'm trying to prove a point to Brenda next door.",
        family="songs_count",
        period="this_month",
        content="music",
        room="kitchen",
    ),
    # play_count
    Fresh(
        text="My grandson says I'll wear it out, so how many times have I played Bohemian Rhapsody this year?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="The little one next door can probably hear it through the wall, how much Daft Punk have I had on this month?",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="Funny title for a grandmother to be playing, I know, but how often did I play that Air one, Sexy Boy, last summer?",
        family="play_count",
        period="last_summer",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="I was mad on them at training college, so how many times have I played Fleetwood Mac since March?",
        family="play_count",
        period="since_march",
        name="Fleetwood Mac",
    ),
    # did_i
    Fresh(
        text="The grandchildren were round and one of them was fiddling with it, so did I listen to any Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="I keep meaning to catch up on the news, have I had The Daily on at all this week?",
        family="did_i",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="Cafe Tacuba, have I played them this year? My friend Pilar put me onto them and she'll want to know.",
        family="did_i",
        period="this_year",
        name="Café Tacvba",
    ),
    Fresh(
        text="My nephew swears he heard it when he popped in, so did I listen to any Radiohead last month?",
        family="did_i",
        period="last_month",
        name="Radiohead",
    ),
    Fresh(
        text="It was my sister's birthday do, did we have Don't Stop Me Now on at all last weekend?",
        family="did_i",
        period="last_weekend",
        name="Don't Stop Me Now",
        person="we",
    ),
    # what_played
    Fresh(
        text="I dozed off in my chair after my tea, so what was I listening to yesterday evening?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Fill me in on what I had on the day before yesterday, love, I've a memory like a sieve.",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="I had the book club round and somebody asked what had been on, so what did we listen to in the kitchen on November the third?",
        family="what_played",
        period="november_3",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="I've been in and out with the washing all afternoon, what music was I playing this afternoon?",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    # playing_at
    Fresh(
        text="I was on the phone to my sister and something lovely was playing in the background. What was on at quarter to eight last night?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Half eight this morning, what was playing? I was doing my crossword and didn't take any notice.",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="There was a song on at about ten past eight yesterday evening that had me welling up, what was it?",
        family="playing_at",
        moment="2026-11-19 20:10",
        content="music",
    ),
    Fresh(
        text="What was playing at five o'clock this afternoon, just as I came in from the shops?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="I'd the window cleaner round and he was tapping his foot, so on Wednesday at noon, what did I have on?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="My grandson's doing a questionnaire for school about his nana, so how would you describe my taste in music?",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="What sort of thing am I into these days, would you say? I feel I've gone a bit French.",
        family="taste",
        period="lately",
    ),
    Fresh(
        text="Be honest with me, I won't be offended, what's my taste been like this year?",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="I'm trying to sort myself a bit of a routine now I've retired, so what time of day do I usually listen?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="I've a hunch I know the answer, but which day of the week do I usually have the most on, generally speaking?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="When am I usually listening to music this year, what hour would you say is my busiest?",
        family="peak",
        period="this_year",
        content="music",
    ),
    # new_artists
    Fresh(
        text="My grandson keeps sending me links to things, so have I discovered anyone new this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Which artists did I hear for the very first time last year? I like to think I'm still learning.",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="Anybody new turned up in my listening since October? I've been trying one or two things out.",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="My late husband always said I had no patience, so how often do I skip songs, would you say?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="I feel I've been awfully fidgety, what's my skip rate been this month?",
        family="skips",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="Out of everything I played last week, how many tracks did I skip?",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="My daughter says I'm like a stuck record, so do I replay the same songs a lot?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="What's my repeat rate been this year? I'd like a number I can wave at my daughter.",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="How much did I listen to the same tracks over and over again last month? I had a lot on my mind.",
        family="repeat",
        period="last_month",
        content="music",
    ),
    # streak
    Fresh(
        text="I like to think I'm consistent, same as with my watering. How many days on the trot have I listened now?",
        family="streak",
    ),
    Fresh(
        text="Forty years a teacher, I know all about attendance records, so how many days in a row have I had something on?",
        family="streak",
    ),
    Fresh(
        text="What's my listening streak up to, love?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="I can't for the life of me remember who put me onto them, so when did I first listen to Justice?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="It's that Mexican one Pilar likes, Eres, when did that first turn up in my history?",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="My granddaughter says they're all the rage, when did I first play Wet Leg?",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="It's a lovely one for dusting to, when did I last have Digital Love on?",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="I've a feeling I've been neglecting the news, when was the last time I listened to The Daily?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Freddie, bless him, when did I last put any Queen on?",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="I've just come back in from the garden and it's gone quiet, what was the very last song I played?",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="Before I nipped out to the post office, what was the last thing I had on?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="I was up before the milkman, what was the first thing I put on today?",
        family="first_today",
    ),
    Fresh(
        text="What did I wake up to? I've forgotten already, that's retirement for you.",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="I'm writing my diary up, what was the first song I played yesterday?",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="It was my hairdresser day so I was up and about early, what did I start off with last Friday?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="First thing I listened to on Saturday, what was it? The little ones were here and it's all a blur.",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="What did I end with last night before I went up to bed?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Do you know what the last track I played on November the third was? It was a funny old day, that.",
        family="last_in",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="Last thing I had on the day before yesterday, what was it, love?",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="I must not like it as much as I think I do, which song do I skip the most?",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Is there one particular track I keep skipping past? Tell me which, I shan't be cross.",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="Just so I know who to stop asking for, which artist do I skip the most?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Who's the band I'm always cutting short, would you say?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="The grandchildren tease me something rotten about it, what song have I got on repeat at the moment?",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="What's on heavy rotation for me these days? Go on, embarrass me.",
        family="on_repeat",
    ),
    Fresh(
        text="It's stuck in my head like a catchy hymn, which song can't I stop playing?",
        family="on_repeat",
        content="music",
    ),
    # recap
    Fresh(
        text="Give me a rundown of my week in music, would you? I'll tell my sister on the phone.",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Run me through my year, love, I'll put the kettle on.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="How did October go, listening-wise? Give me the highlights like they do on the telly.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="I do love a good summing up, it's the teacher in me. Give me a rundown of my listening.",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="I've always been a lark myself, but am I more of a morning listener or an evening one?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Do I listen to more music in the afternoons or at night, would you say? I'm curious.",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="I'd have thought weekends, with the family round, but do I listen more at the weekend or during the week?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Weekdays or weekends, when do I have more music on? Settle an argument with my sister.",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    # a few extra, mixed periods and framings
    Fresh(
        text="I was telling Brenda next door about September, what was I listening to in September?",
        family="what_played",
        period="september",
    ),
    Fresh(
        text="Going back to the summer, who was my number one artist this summer?",
        family="top_artists",
        period="summer",
    ),
    Fresh(
        text="How many hours did I spend listening in August? It was roasting and I barely left the house.",
        family="listening_time",
        period="august",
    ),
    Fresh(
        text="Sorry to bother you again, but how many plays have I had over the past two weeks?",
        family="plays",
        period="last_2_weeks",
    ),
    Fresh(
        text="D.A.N.C.E., that Justice one the grandchildren like, have I had it on in the last seven days?",
        family="did_i",
        period="last_7_days",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="Discovery, the Daft Punk album, how many times did I play that in 2025?",
        family="play_count",
        period="in_2025",
        name="Discovery",
    ),
    Fresh(
        text="Three, just the three mind, of my favourite songs from October, what were they?",
        family="top_tracks",
        period="october",
        content="music",
        count=3,
    ),
    Fresh(
        text="Had much Air on lately? I find them awfully soothing.",
        family="play_count",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="Queen, did I listen to them at all in the summer? The garden party was such a do.",
        family="did_i",
        period="summer",
        name="Queen",
    ),
]

NEGATIVES = [
    "Play Daft Punk in the kitchen, would you, love? I'm making a crumble.",
    "Could you turn the music up a touch? I can't hear it over the kettle.",
    "Ooh, what song is this? It's lovely, I want to tell my sister.",
    "Skip this song please, it's a bit too jangly for first thing.",
    "Pause the podcast a minute, the doorbell's gone.",
    "Turn off the kitchen light, there's a good lad, I'm off up to bed.",
    "Play the album Discovery, my grandson says it's a classic.",
    "Can you put it down a bit? The neighbours will be banging on the wall.",
    "Shuffle the songs, love, I'm fed up of the same order.",
    "Put it on repeat, I want this one for the whole of the washing up.",
    "Set a timer for twenty minutes, the scones are in.",
    "What's the weather doing this afternoon? I want to get my washing out.",
    "Add custard creams to the shopping list, we've run out again.",
    "Turn the heating up to twenty one, my hands are like ice.",
    "What am I listening to right now? I've only just walked in.",
    "Next track in the living room, please.",
    "Play The Daily, I missed the news this morning.",
    "Group the kitchen and the front room speakers together, the family's coming round.",
    "Stop the music, I've got a phone call from the doctor's.",
    "Play some Queen, it's Freddie's birthday, isn't it?",
    "What's playing in the kitchen at the minute? It sounds rather cheerful.",
    "Resume the podcast where I left off, I've made my cup of tea.",
    "Louder please, I'm up to my elbows in bread dough.",
    "Play Bohemian Rhapsody for the grandchildren, they want to do the head banging bit.",
    "Turn the volume down to four, the baby's asleep on the settee.",
    "Remind me to ring my sister at six.",
    "Is it going to rain tomorrow? The garden could do with it.",
    "Put Radio Four on in the kitchen, it's time for the Archers.",
    "Switch off the speaker in the bedroom, I've left it going again.",
    "Play something by Air, something calm, I've had a trying day.",
    "Go back to the start of this song, I missed the first bit chatting.",
    "Turn shuffle off, love, I like an album in the right order.",
    "How long is left on the timer for the potatoes?",
    "Add a new episode of The Daily to my queue, would you?",
    "Play Justice in the kitchen and turn it up, the grandchildren want a dance.",
    "What's the name of this band that's playing? My friend Pilar wants to know.",
    "Set the thermostat to eighteen overnight, I'm trying to save a bit on the bills.",
    "Turn the kitchen lights down a bit, it's like an operating theatre in here.",
    "Play some jazz in the dining room while I lay the table.",
    "Mute the speaker for a minute, love, I'm on the phone to the vicar.",
    "Play Don't Stop Me Now, I need a bit of gee up for the hoovering.",
    "Put milk and eggs on my shopping list, and some of them nice biscuits.",
]

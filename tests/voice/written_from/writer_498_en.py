"""Writer 498, a very polite elderly English grandmother from Surrey, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="I was wondering, dear, if you could tell me who I've had on the most this month. My daughter says it's always the same lot.",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Now I daresay this is a silly question, but which band have I played the most of all? Ever, I mean, right from the very start.",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="Would you be so kind as to tell me my top three artists for last year?",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="Who have I been rather taken with lately, musically speaking? I seem to have the one group on morning, noon and night.",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="In the kitchen, dear, who did we have on most last week? My son-in-law was stopping with us, you see.",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Which artist has Ada been listening to most these last thirty days? That's me, dear, I'm Ada.",
        family="top_artists",
        period="last_30_days",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="I was wondering, would you be so kind as to tell me which song I've played most this year? I've a feeling it's one of the Freddie Mercury ones.",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="My granddaughter tells me one can have a song of the month nowadays. What would mine have been for October, dear?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Could you name my five most played tunes of all time, please? Just the names will do nicely.",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="What was the song I had on most this summer, dear? I do remember it being a very jolly one.",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="which song gets played most in the kitchen i wonder",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Which record have I played the most, dear? The whole album, I mean, not just the one song off it.",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="I was wondering which LP I've put on most since March. I used to have them all on vinyl, you know, before the flood.",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Going by what I actually played, what would you say was my favourite album last summer?",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="Which album have I been playing most over the past two weeks, dear?",
        family="top_albums",
        period="last_2_weeks",
    ),
    # top_podcasts
    Fresh(
        text="Which of those podcast programmes have I listened to most this year, dear? I only really know the one with the American news.",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="My neighbour Mrs Pemberton is quite hooked on some talking programme or other. Which podcast am I hooked on, would you say?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Top podcast of all time for me, if you'd be so kind.",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="How long have I had the wireless going today, dear? I do feel I've had it on rather a lot.",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="I was wondering how many hours of music I've listened to this week. Roughly will do, I shan't hold you to it.",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="How long did I spend listening to the podcasts in October, dear? The news one, mainly.",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Would you be so kind as to tell me how many minutes I listened for yesterday evening? My hearing aid was playing up.",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="How long did we have the music going last weekend, dear? We had the whole family round for Sunday lunch.",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="how much listening have i done over the last seven days all told",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="Could you count up for me how many tunes I've had on so far today?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="I was wondering how many things I've listened to this morning, all in all, songs and the news programme together.",
        family="plays",
        period="this_morning",
    ),
    Fresh(
        text="How many episodes of that news podcast did I get through in September?",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="How many plays did we have last month, dear, all of us in the house?",
        family="plays",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Twenty? Thirty? However many songs did I play on Saturday, would you say?",
        family="plays",
        period="saturday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="How many different singers and bands have I listened to this year, would you say? I do like to keep an open mind.",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="I daresay it isn't many, but how many different artists have I heard since October?",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="How many different songs have I played in the last three months, dear? Not counting the same one twice, mind.",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="Roughly how many separate tunes did I listen to in twenty twenty-five?",
        family="songs_count",
        period="in_2025",
    ),
    # play_count
    Fresh(
        text="How many times have I played Bohemian Rhapsody this month, dear? I'm afraid I do rather wear it out.",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How often did I listen to that Air group in August? The French ones, ever so soothing.",
        family="play_count",
        period="august",
        name="Air",
    ),
    Fresh(
        text="I was wondering how many times I've had Don't Stop Me Now on since Monday. It does put a spring in one's step.",
        family="play_count",
        period="since_monday",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="How many times have I played anything by Radiohead? My grandson insists I'd like them.",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="How much of The Daily have I had on this week, dear?",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="the chap who sings bohemian rhapsody how many times have i had him on this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    # did_i
    Fresh(
        text="I can't for the life of me remember whether I had Justice on the day before yesterday. Did I, dear?",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="Have I heard Sexy Boy at all this week? Rather a cheeky title, I must say.",
        family="did_i",
        period="this_week",
        name="Sexy Boy",
    ),
    Fresh(
        text="Did I have any Daft Punk on last Friday, I wonder? Those French chaps in the robot helmets.",
        family="did_i",
        period="last_friday",
        name="Daft Punk",
    ),
    Fresh(
        text="Have I ever listened to The Weeknd, dear? My granddaughter says I have, but I don't believe a word of it.",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="Had any of that Café Tacvba on lately, have I? I never can pronounce it properly.",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="did i have any of the air music on last night dear",
        family="did_i",
        period="last_night",
        name="Air",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening, dear? I dozed off in my armchair and missed the end of it.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Could you remind me what music I had on last weekend? The grandchildren were over and it was all rather a blur.",
        family="what_played",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="What did I listen to on the third of November, dear? It would have been my late husband's birthday.",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="What were we listening to on Saturday, dear? I do recall it being a lively household.",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="What have I had on this afternoon, dear? I've been in and out with the washing.",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="I was wondering what was on at quarter past eight last night. There was a lovely tune and I never caught the name.",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="What was playing this morning at about ten past eight, dear, whilst I was seeing to the porridge?",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="Would you be so kind as to tell me what was on the wireless at nine o'clock on Wednesday evening?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="What was playing at twelve noon yesterday, round about lunchtime?",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="This afternoon at five and twenty past five, what was playing? Forgive me, that's how we used to say it.",
        family="playing_at",
        moment="2026-11-20 17:25",
    ),
    # taste
    Fresh(
        text="How would you describe my taste in music, dear? Do be kind.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="My grandson says I've eclectic taste, whatever that means. What sort of music would you say I go in for?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What kind of music have I been partial to this year?",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="When am I most often listening, dear? Which hour, and which day of the week? I like to think I'm a creature of habit.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Is there a particular time of day I tend to have the gramophone going?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Have I discovered anybody new this month, dear? Any singers I hadn't come across before?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Which bands did I hear for the very first time last year?",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="Has anyone new crept into my listening over the past fortnight?",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="Do I skip a great many songs, dear? I do tend to press the button by accident.",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="How often did I skip things last month, I wonder?",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="what proportion of the tunes did i skip this week",
        family="skips",
        period="this_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="Do I play the same songs over and over, dear? My daughter says I'm like a broken record.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="How much did I repeat myself, musically speaking, in September? The same old favourites, I expect.",
        family="repeat",
        period="september",
    ),
    # streak
    Fresh(
        text="How many days running have I listened to something now, dear? I'm rather proud of it.",
        family="streak",
    ),
    Fresh(
        text="How many days on the trot have I listened without missing one?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice? My grandson put them on for me a fortnight ago, but I've a feeling they were in there before that.",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="When was the very first time I played La femme d'argent? Such a lovely French title.",
        family="first_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="When did Wet Leg first turn up, dear? My granddaughter's favourite band, she tells me.",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="When did I first hear the Moon Safari record?",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="When did I last play the chap who sings Bohemian Rhapsody? Freddie, that's the one.",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="When was the last time I played Around the World? The one that goes round and round and round.",
        family="last_play",
        name="Around the World",
    ),
    Fresh(
        text="I was wondering when I last heard The Daily. I've rather lost track of the news.",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="When did I last listen to One More Time by Daft Punk?",
        family="last_play",
        name="One More Time by Daft Punk",
    ),
    # last_song
    Fresh(
        text="What was the last song I played, dear? It's gone clean out of my head.",
        family="last_song",
    ),
    Fresh(
        text="Would you remind me what I had on last of all? The very last tune, I mean.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Which song did I start the day with today, dear? I'm never quite with it before my second cup of tea.",
        family="first_today",
    ),
    Fresh(
        text="What was the very first tune I put on today?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Yesterday, dear, which song did I begin with? The first one of the day.",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Which tune did I start off with on Saturday?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="What was the first song I played in August?",
        family="first_in",
        period="august",
    ),
    # last_in
    Fresh(
        text="What was the last song I listened to last Friday before I went up to bed?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Which song did I finish off with yesterday evening?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="What was the final tune I played last month, dear?",
        family="last_in",
        period="last_month",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most, dear? I daresay there's one I can't abide.",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Is there a particular tune I always seem to pass over?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Which singer do I skip most often? I shan't be offended on their behalf.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Which band have I been skipping past the most this year?",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="Which song have I got on repeat these days, dear?",
        family="on_repeat",
    ),
    Fresh(
        text="What's that tune I can't stop playing? My daughter says it's driving her potty.",
        family="on_repeat",
    ),
    Fresh(
        text="What's the song I keep going back to at the moment?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Would you be so kind as to give me a little rundown of my listening, dear?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="How was my year in music, would you say? Just the highlights, I shan't keep you.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="How did my week go, listening-wise? I've had rather a busy one with the church fete.",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="How was October for me, listening-wise? A little summary would be lovely.",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="Am I more of a morning listener or an evening one, dear? I'd have said morning, what with the porridge.",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Do I listen to more music in the afternoons or at night?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Do I have the wireless on more at the weekend than during the week?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Would you say I listen more on weekdays, or on Saturdays and Sundays?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Would you be so kind as to play some Queen in the kitchen, dear?",
    "Turn the wireless up a touch, would you? I can't hear a thing over the kettle.",
    "Could you turn the music down a little, dear, the vicar's on the telephone.",
    "What's this song that's playing now, dear? It's rather lovely.",
    "Who's the chap singing this one?",
    "Skip this one, please, I can't abide it.",
    "Pause the podcast a moment, dear, there's someone at the door.",
    "Next track in the sitting room, if you'd be so kind.",
    "Turn off the kitchen light, would you, dear?",
    "Play the album Discovery, please. My grandson says it's very good.",
    "Would you put Moon Safari on in the kitchen?",
    "Set the volume to four, dear, not a jot louder.",
    "Shuffle the songs, would you? I do like a surprise.",
    "Put this song on repeat, please, I shan't tire of it.",
    "Turn the repeat off, dear, it's going round and round.",
    "Could you join the kitchen speaker up with the one in the front room?",
    "Set a timer for twenty minutes for the scones, please.",
    "What's the weather going to be like for Whitsun, dear? We're planning a picnic.",
    "Will it rain this afternoon? I've the washing out.",
    "Add digestive biscuits to the shopping list, would you?",
    "Put the heating up to twenty-one, dear, it's bitter out.",
    "What's on the wireless at the moment, dear?",
    "Play The Daily, would you? I like to hear the news with my toast.",
    "Stop the music, please, dear, I've a headache coming on.",
    "Would you be so kind as to play something by that chap who sings Bohemian Rhapsody?",
    "Play Bohemian Rhapsody in the kitchen, please, loud enough for the whole street.",
    "Go back to the beginning of this song, dear, I missed the start.",
    "I was wondering if you could turn the gramophone off now, it's time for my nap.",
    "Carry on with the podcast, please, the kettle's boiled.",
    "Remind me to ring my sister at six o'clock.",
    "Set an alarm for seven tomorrow, dear, I've the chiropodist.",
    "Dim the lights in the kitchen a little, please.",
    "What time is it, dear?",
    "Play the wireless in every room, would you, I'm doing the hoovering.",
    "Louder, please, dear, I've left my hearing aid upstairs.",
    "Could you play some of that Justice music, the one my grandson likes?",
    "Which album is this song from, dear? The one that's playing now.",
    "Put on the next episode of the news podcast, please.",
    "Turn the kitchen radio down, I'm trying to do the crossword.",
    "Is the speaker in the conservatory switched on, dear?",
    "Play some relaxing music for my bath, would you?",
    "How long is left on this song, dear?",
    "Add a pint of semi-skimmed to the shopping list, please.",
    "Cancel the scones timer, dear, they're done.",
    "play a bit of air in the kitchen would you dear",
]

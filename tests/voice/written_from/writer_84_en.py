"""Writer 84, a polite old-fashioned Yorkshire grandmother of 85, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Would you mind telling me who I've listened to the most this year, love?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Now then, which group has had the most goes on the record player in the kitchen since October?",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="who was it I was playing most last week, I can never remember their names",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Which singer have I been taken with lately, love? I've gone all daft over somebody.",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Who was our number one in twenty twenty five, would you know?",
        family="top_artists",
        period="in_2025",
        person="we",
    ),
    Fresh(
        text="My top two bands over the summer, if you'd be so kind.",
        family="top_artists",
        period="summer",
        count=2,
    ),
    # top_tracks
    Fresh(
        text="Which song have I had on most this month, love?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="What's my favourite record of all, going by what I play?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Name me my three most played songs from last year, would you, pet",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="that tune I had going all the time in August, what was it called again",
        family="top_tracks",
        period="august",
    ),
    Fresh(
        text="Which song did we have on the most last weekend?",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Over the past fortnight, love, which song's been played the most?",
        family="top_tracks",
        period="last_2_weeks",
    ),
    # top_albums
    Fresh(
        text="Which LP have I played the most this year?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="What's the album I've had on most over the last three months, love",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="Is there a whole album I've nearly worn out lately, would you say?",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="My favourite record, the long-playing sort I mean, the whole album, which is it?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Which of them podcast programmes do I listen to most, love?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="What's the podcast I've had on the most this month?",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="That talking podcast I'm hooked on lately, which one is it, the name's gone clean out of my head",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="How long has the record player been going today, love?",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="How many hours of music did I have on last week?",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="Would you mind telling me how long I spent on podcasts this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="In the kitchen yesterday evening, how long was the music on for?",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="all told, how many hours have I been listening since March, love",
        family="listening_time",
        period="since_march",
    ),
    # plays
    Fresh(
        text="How many songs have I played so far today?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="How many records did I put on the day before yesterday, love?",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="How many things have I had on this week altogether, songs and programmes and all",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="How many of them podcast episodes have I listened to in the last thirty days?",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Number of tunes we played last month, would you know that, love?",
        family="plays",
        period="last_month",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="How many different singers and bands have I listened to this year?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="How many different artists did I have on in September, love?",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="Ever so many artists, I expect. How many different ones is it altogether?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different songs have I played over the last seven days?",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="Would you mind telling me how many different tunes I had on last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="In total, love, how many different songs have I listened to?",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="How many times have I played Bohemian Rhapsody this year?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How often have I had that Daft Punk lot on this month, love?",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="How many times did I listen to The Daily last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="Don't Stop Me Now by Queen, how many goes has that had since October?",
        family="play_count",
        period="since_october",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="How many times have I played Vera Lynn, love, ever?",
        family="play_count",
        period="all_time",
        name="Vera Lynn",
    ),
    # did_i
    Fresh(
        text="Did I have any Queen on yesterday, love?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Have I listened to that Justice lot lately?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Did I play anything off Moon Safari last summer, would you mind checking?",
        family="did_i",
        period="last_summer",
        name="Moon Safari",
    ),
    Fresh(
        text="Was The Daily on this morning gone?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Did I put any Frank Sinatra on this week, love?",
        family="did_i",
        period="this_week",
        name="Frank Sinatra",
    ),
    Fresh(
        text="Sexy Boy, the Air one, did we have that on last Friday?",
        family="did_i",
        period="last_friday",
        name="Sexy Boy by Air",
        person="we",
    ),
    Fresh(
        text="Any Cafe Tacuba on Saturday, love? Did I play them at all?",
        family="did_i",
        period="saturday",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening, love?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Would you mind telling me what I had on this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="What music was I playing on the third of November?",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="Remind me what we listened to last weekend, would you",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="What was on the record player the day before yesterday?",
        family="what_played",
        period="day_before_yesterday",
    ),
    # playing_at
    Fresh(
        text="What was playing at quarter to eight last night, love?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="What was that song on at eight o'clock this morning?",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="This afternoon, about five o'clock, what was that on the record player?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="What had I got on at ten past eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="Wednesday dinnertime, twelve o'clock it'd be, what was playing in the kitchen?",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="What sort of music would you say I'm into, love?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Our Susan was asking the other day, how would you describe my taste in music?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What kind of music have I been liking this year, would you say",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="What time of day do I usually have my music on?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Which day of the week do I listen the most, would you know, love?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="When am I usually sat by the record player, what hour and what day, roughly?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Have I found any new singers lately, love?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Which new artists did I hear for the first time this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Anybody new turned up on the record player since Monday?",
        family="new_artists",
        period="since_monday",
    ),
    Fresh(
        text="Who did I discover in twenty twenty five, anyone new to me?",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="Do I skip a lot of songs, love?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="How often was I skipping things last month?",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="Out of everything I played this week, how many did I skip past, would you mind telling me",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Do I play the same songs over and over, love? Be honest with me.",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="How much have I been repeating the same records this month?",
        family="repeat",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="lately have I been playing the same old tunes again and again",
        family="repeat",
        period="lately",
        content="music",
    ),
    # streak
    Fresh(
        text="How many days on the trot have I had music on?",
        family="streak",
    ),
    Fresh(
        text="That lad from next door asked me, how many days running have I listened now?",
        family="streak",
    ),
    Fresh(
        text="Have I kept it up every day, love? How many days in a row is it?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="When was the very first time I played Bohemian Rhapsody, love?",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="That Daily programme, when did it first come on, would you know?",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="When did I first have Cliff Richard on?",
        family="first_play",
        name="Cliff Richard",
    ),
    # last_play
    Fresh(
        text="When did I last play that Queen song, Don't Stop Me Now?",
        family="last_play",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="When was Air last on, love?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="Last time I had Discovery on, the album, when would that have been?",
        family="last_play",
        name="Discovery",
    ),
    Fresh(
        text="when did I last listen to that Eres one by Cafe Tacuba",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    # last_song
    Fresh(
        text="What was the last song I played, love?",
        family="last_song",
    ),
    Fresh(
        text="The very last record I had on, what was it?",
        family="last_song",
    ),
    Fresh(
        text="That last tune I put on, what was it called again? It's gone right out of my head.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I played today?",
        family="first_today",
    ),
    Fresh(
        text="What did I start the day off with, love, first song today?",
        family="first_today",
    ),
    Fresh(
        text="First thing I put on today, what was it?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Which record did I start with last Friday, love?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="On Saturday, what was the first thing I had on?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="What did I put on first in October, would you mind telling me",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="What did I finish with last night, love?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="What was the last song I played yesterday?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Last record on the day before yesterday, what was it?",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="What was the last thing I listened to last week",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most, love?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="What's the tune I always turn off halfway through?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="This year, which song have I skipped the most?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Which singer do I skip the most?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Who's the band I'm forever skipping past, love?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Which artist did I skip most last month?",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="What song have I got on repeat these days, love?",
        family="on_repeat",
    ),
    Fresh(
        text="That song I can't stop playing, what's it called?",
        family="on_repeat",
    ),
    Fresh(
        text="Which tune's been on heavy rotation, as the young ones say?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="How's my week been for music, love?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Would you give me a bit of a summary of how my listening's been going",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Would you mind going over my year in music with me?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="How did October go, music-wise? Give us a little review.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Tell me about my summer's listening, love",
        family="recap",
        period="summer",
    ),
    Fresh(
        text="How did we get on with the music last year, all in all?",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Do I listen more of a morning or of an evening, love?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Am I more for the afternoons or the evenings with my music?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="This month, have I been listening more in the mornings or at night?",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Do I have more music on at weekends than in the week?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Weekdays or weekends, when do I listen more, love?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Since March, have I listened more on weekdays or on Saturdays and Sundays?",
        family="compare_week",
        period="since_march",
    ),
]

NEGATIVES = [
    "Put the wireless on in the kitchen, love",
    "Would you mind turning the music down a touch",
    "Play some Queen in the kitchen, please",
    "What's this song that's on now, love?",
    "Skip this one, I don't care for it",
    "Pause that podcast a minute, the kettle's boiling",
    "Turn the kitchen light off, would you",
    "Play the album Discovery for me, please",
    "Could you put the record player a bit louder, love",
    "Set a timer for twenty minutes for my scones",
    "What's the weather doing this afternoon, will I need a coat?",
    "Add tea bags to the shopping list",
    "Turn the heating up a bit, it's nippy in here",
    "Next song, please",
    "Shuffle them songs, would you",
    "Put this one on repeat, I do like it",
    "What am I listening to right now?",
    "Who's singing this, love?",
    "Stop the music, our Karen's on the phone",
    "Play The Daily, the newest one",
    "Can you put the music on in the front room as well as the kitchen?",
    "Play that Bohemian Rhapsody for me, love",
    "Turn it all off now, I'm off up to bed",
    "Go back to the start of this song",
    "Would you mind playing something by Air",
    "What's the volume at now?",
    "Set the volume to four, please",
    "What time is it, love?",
    "Remind me to ring the doctor's at ten",
    "Put some nice music on whilst I have my tea",
    "Is it going to rain this afternoon?",
    "Turn the wireless off in the kitchen",
    "Play the next episode of that podcast",
    "Fast forward a bit, love, it's all talking",
    "Which album is this song off, the one that's playing?",
    "Put the big light on in the kitchen",
    "Play something cheerful, I'm feeling a bit low",
    "Set an alarm for seven in the morning",
    "What's the temperature in the house?",
    "Turn shuffle off, please",
    "Play D.A.N.C.E. by Justice, that lad from next door likes it",
    "Take milk off the shopping list, I've got some",
    "Put the kitchen speaker together with the bedroom one",
    "How long is left on this song?",
    "Turn that podcast up, I can't hear a word he's saying",
]

"""Writer 409, a careful blind user of screen readers who asks very explicitly, spelling out periods exactly, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Which artist did I listen to the most from Monday the ninth of November until Sunday the fifteenth of November?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Please tell me my three most played artists from the first of January twenty twenty-six until today.",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Who was my number one artist over the whole of twenty twenty-five, January to December?",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="On the kitchen speaker, which band have I been obsessed with lately, meaning roughly the past two weeks?",
        family="top_artists",
        period="lately",
        room="kitchen",
    ),
    Fresh(
        text="Who did we listen to the most in October twenty twenty-six, the whole month from the first to the thirty-first?",
        family="top_artists",
        period="october",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="What was my most played song over the last thirty days, counting back from today?",
        family="top_tracks",
        period="last_30_days",
    ),
    Fresh(
        text="Name my five most played tracks of all time, please, in order from the top.",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Which song did I play most often during the summer of twenty twenty-six, so June, July and August?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="I would like to know my song of the month for September twenty twenty-six.",
        family="top_tracks",
        period="september",
    ),
    # top_albums
    Fresh(
        text="Which album did I play the most from the first of March until today?",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="What were my two most played albums last year, that is twenty twenty-five?",
        family="top_albums",
        period="last_year",
        count=2,
    ),
    Fresh(
        text="Quick question: my favourite album by number of plays, over the last three months?",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="Which podcast did I listen to most this month, from the first of November until now?",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="What is my go-to podcast overall, counting everything that was ever recorded?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Which show have I been hooked on since Monday, the sixteenth of November?",
        family="top_podcasts",
        period="since_monday",
    ),
    # listening_time
    Fresh(
        text="How many hours and minutes did I listen in total yesterday, Thursday the nineteenth of November?",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="How long did I have music on this morning, between five a.m. and twelve noon?",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Please give me my total listening time for the whole of August twenty twenty-six, the first to the thirty-first.",
        family="listening_time",
        period="august",
    ),
    Fresh(
        text="How much time did I spend on podcasts from the first of October until today?",
        family="listening_time",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="How long did we listen last weekend, Saturday the fourteenth and Sunday the fifteenth of November?",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    # plays
    Fresh(
        text="How many songs did I play today, from midnight until now?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="What is the total number of plays from Monday the sixteenth of November until right now?",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="How many podcast episodes did I play in the last seven days, including today?",
        family="plays",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="Count the tracks I played on Saturday, the fourteenth of November, please.",
        family="plays",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="For the user Ada, how many plays were there in the week from Monday the ninth to Sunday the fifteenth of November?",
        family="plays",
        period="last_week",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="How many different artists did I listen to from the first of November until today?",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="In total, over my entire history, how many distinct artists have I played?",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="How many different bands did I hear in the whole of the year twenty twenty-five?",
        family="artists_count",
        period="in_2025",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I play this week, from Monday up to this moment?",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="How many distinct tracks have I heard over the past fourteen days?",
        family="songs_count",
        period="last_2_weeks",
    ),
    Fresh(
        text="Tell me the number of unique songs I played last month, meaning October twenty twenty-six.",
        family="songs_count",
        period="last_month",
    ),
    # play_count
    Fresh(
        text="How many times did I play Bohemian Rhapsody by Queen from the first of January twenty twenty-six until today?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="How often did I listen to Daft Punk in the week from Monday the ninth to Sunday the fifteenth of November?",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="How many times have I played the album Moon Safari by Air, in my whole history?",
        family="play_count",
        period="all_time",
        name="Moon Safari",
    ),
    Fresh(
        text="How many times did I listen to The Daily in the last thirty days?",
        family="play_count",
        period="last_30_days",
        name="The Daily",
    ),
    Fresh(
        text="How many times did I play the song dance by Justice, spelled D A N C E, since the first of October?",
        family="play_count",
        period="since_october",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="How many times did I play Radiohead during the whole of October, the first to the thirty-first?",
        family="play_count",
        period="october",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Did I listen to any Queen yesterday evening, between six p.m. and midnight?",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="Did I play the song Eres by Café Tacvba, that is T A C V B A, at any point in September twenty twenty-six?",
        family="did_i",
        period="september",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Did I hear The Daily this morning, between five o'clock and twelve noon?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Have I listened to The Weeknd at all, at any time in my listening history?",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="On Friday the thirteenth of November, did I play anything by Justice?",
        family="did_i",
        period="last_friday",
        name="Justice",
    ),
    Fresh(
        text="Did we listen to anything from the album Discovery on Tuesday, the third of November?",
        family="did_i",
        period="november_3",
        name="Discovery",
        person="we",
    ),
    # what_played
    Fresh(
        text="What did I listen to yesterday evening, from six p.m. until midnight?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Please read me a summary of what I played on Wednesday the eighteenth of November, the day before yesterday.",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="What was I listening to last night, between six in the evening yesterday and six this morning?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="What did I listen to this afternoon, from twelve noon until now?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="What music did I play on Saturday, the fourteenth of November, from morning to night?",
        family="what_played",
        period="saturday",
        content="music",
    ),
    # playing_at
    Fresh(
        text="What was playing at a quarter to eight yesterday evening, Thursday the nineteenth of November?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="What was on at exactly ten past eight in the evening yesterday?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="This morning at eight o'clock sharp, what was playing?",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Which song was on at twenty past five this afternoon?",
        family="playing_at",
        moment="2026-11-20 17:20",
    ),
    Fresh(
        text="What was playing at nine p.m. on Saturday, the fourteenth of November?",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="What was I hearing at ten minutes to nine this morning, the twentieth of November?",
        family="playing_at",
        moment="2026-11-20 08:50",
    ),
    # taste
    Fresh(
        text="How would you describe my taste, based on everything I have ever played?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Describe my listening taste over the last three months, from late August until today.",
        family="taste",
        period="last_3_months",
    ),
    # peak
    Fresh(
        text="At what time of day do I usually listen, and on which day of the week?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="What was my usual listening hour across the whole of twenty twenty-five?",
        family="peak",
        period="in_2025",
    ),
    Fresh(
        text="Since the first of March, which weekday and which hour am I most likely to be listening?",
        family="peak",
        period="since_march",
    ),
    # new_artists
    Fresh(
        text="Which artists did I hear for the first time from the first of November until today?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Did I discover any new artists in the last thirty days?",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="Please name the artists that were new to me in August twenty twenty-six.",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(
        text="What is my skip rate, across my entire history?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="How often did I skip songs over the last seven days, today included?",
        family="skips",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="Out of all my plays last month, that is October, how many did I skip?",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="What is my repeat rate, in other words how much do I replay the same songs?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="How much did I replay the same tracks this year, from the first of January until today?",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="How many days in a row have I listened now, up to and including today?",
        family="streak",
    ),
    Fresh(
        text="What is my current listening streak, counted in consecutive days?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice? I mean the very first time in my history.",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="On what date did I first play Digital Love by Daft Punk?",
        family="first_play",
        name="Digital Love by Daft Punk",
    ),
    Fresh(
        text="When did I first hear Wet Leg, the band, W E T L E G?",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="When was the last time I played Sexy Boy by Air? The exact date, please.",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="When did I last listen to The Daily podcast?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Tell me the most recent date on which I played anything by Café Tacvba.",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="What was the very last song I played, the most recent one of all?",
        family="last_song",
    ),
    Fresh(
        text="Please read out the title and artist of the last track I listened to.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I played today, the very first one after midnight?",
        family="first_today",
    ),
    Fresh(
        text="What did I wake up to today? The very first track, please.",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday, Thursday the nineteenth of November?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Which track did I start with on Saturday, the fourteenth of November?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="What was the first song I played in October twenty twenty-six, on or after the first of October?",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="What was the last song I played on Friday, the thirteenth of November?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Which song did I end with the day before yesterday, Wednesday the eighteenth?",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="What was the final track I played last night, between six p.m. yesterday and six a.m. today?",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most, out of everything I have ever played?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Which track did I skip most often this year, from the first of January until now?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Which artist do I skip the most?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Whose songs did I skip most often over the last three months, counting back from today?",
        family="most_skipped_artist",
        period="last_3_months",
    ),
    # on_repeat
    Fresh(
        text="Which song do I have on repeat these days?",
        family="on_repeat",
    ),
    Fresh(
        text="Which track is on heavy rotation for me at the moment, over roughly the last two weeks?",
        family="on_repeat",
    ),
    Fresh(
        text="Honestly, which song have I not been able to stop playing these past couple of weeks?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Give me a recap of my listening for last week, Monday the ninth to Sunday the fifteenth of November.",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="Please give me my year in review for twenty twenty-five, the full year.",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="Run me through how my listening went in October, from the first to the thirty-first.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Give me a rundown of my listening, please.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="A review of my summer, June through August twenty twenty-six, please.",
        family="recap",
        period="summer",
    ),
    Fresh(
        text="Fill me in on my year so far, from the first of January until today.",
        family="recap",
        period="this_year",
    ),
    # compare_day_parts
    Fresh(
        text="Do I listen more in the mornings or in the evenings?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Over the last thirty days, did I listen more in the afternoons or at night?",
        family="compare_day_parts",
        period="last_30_days",
    ),
    # compare_week
    Fresh(
        text="Do I listen more on weekdays, Monday to Friday, or at weekends, Saturday and Sunday?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="In the whole of twenty twenty-five, did I play more music on weekdays or on weekends?",
        family="compare_week",
        period="in_2025",
        content="music",
    ),
]

NEGATIVES = [
    "Please play the album Discovery by Daft Punk on the kitchen speaker.",
    "Turn the music up by two steps, please.",
    "What is the name of the song that is playing right now?",
    "Skip this song and go to the next one.",
    "Pause the podcast, please.",
    "Play the next track in the living room.",
    "Turn off the kitchen light.",
    "Set the volume of the kitchen speaker to thirty percent.",
    "Turn shuffle on for this playlist, please.",
    "Set the repeat mode to repeat this one song.",
    "Group the kitchen speaker with the living room speaker.",
    "Set a timer for twelve minutes for the pasta.",
    "What will the weather be like in Berlin tomorrow morning?",
    "Add oat milk to my shopping list.",
    "Set the thermostat in the living room to twenty-one degrees.",
    "What am I listening to right now? Please read me the artist and the title.",
    "Play the latest episode of The Daily.",
    "Go back thirty seconds in this episode, I missed a sentence.",
    "Please tell me the current time.",
    "Play Bohemian Rhapsody by Queen in the kitchen.",
    "Stop the music in every room.",
    "Play Moon Safari by Air from the very first track.",
    "Which song is this, and who sings it?",
    "Turn the kitchen speaker down to a whisper.",
    "Play something by Justice, please.",
    "Restart the current track from the beginning.",
    "Remove the last item from my shopping list.",
    "How many minutes are left on my timer?",
    "How long is this song in total?",
    "Who is the artist of the album that is playing now?",
    "Play the radio station in the bathroom.",
    "Is the kitchen window open?",
    "Mute the speaker in the bedroom.",
    "What is the temperature in the kitchen at the moment?",
    "Set an alarm for seven fifteen tomorrow morning.",
    "Play music in all rooms.",
    "Move the music from the kitchen to the living room.",
    "Play The Daily at one and a half times speed.",
    "Unmute the kitchen speaker.",
    "Read me the title of the next song in the queue.",
    "Add Digital Love to the queue after this song.",
    "Cancel the oven timer.",
    "What is on my calendar for Monday, the twenty-third of November?",
    "Turn the bass on the kitchen speaker down a little.",
    "Put the album Cross by Justice on repeat.",
]

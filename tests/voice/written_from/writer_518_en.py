"""Writer 518, a 79-year-old grandfather from Kent, hard of hearing, formal and unsure what the gadget is called, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Now then, I wonder if you might tell me which artist I have been listening to most this month.",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Hello? Alexa, or Google, or whatever your name is. Which band have I had on the most, of all time?",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="Who was my number one singer last year, the one I played above all the others?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Whose music did we have on most in the kitchen last week, would you say?",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Would you be so kind as to give me the top three performers I have listened to since March.",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="Which song have I played the most this year? And speak up, please, my hearing is not what it was.",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="Name my five most played songs of all time, if you'd be so good.",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="In October, which tune did I have on more than any other?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="What was my favourite song last summer, according to your records, machine?",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="Which gramophone record, the album I mean, have I played most of all?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Tell me, which LP did I listen to most this summer?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="My most played album over the last thirty days. What would that be?",
        family="top_albums",
        period="last_30_days",
    ),
    # top_podcasts
    Fresh(
        text="Of those podcast programmes, which one do I listen to the most?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Which wireless programme, the podcast thing my daughter set up, have I been hooked on lately?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Since Monday, which podcast have I had on most often?",
        family="top_podcasts",
        period="since_monday",
    ),
    # listening_time
    Fresh(
        text="How long have I had the music on today? In hours and minutes, if you please.",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="All told, how many hours did I spend listening last week?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="How much time did we spend with the wireless going last month? Roughly will do.",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Pardon? No, I asked how many minutes of podcasts I have listened to this week.",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="How many songs have I played so far today, young lady?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Yesterday, how many things did I play altogether on this contraption?",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="How many tracks were played in the kitchen in August?",
        family="plays",
        period="august",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="I should like to know how many episodes of the podcast I listened to this afternoon.",
        family="plays",
        period="this_afternoon",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="How many different artists have I listened to this year, do you suppose?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="In September, how many separate singers and bands did I hear?",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="Over the last seven days, how many different performers have I had on?",
        family="artists_count",
        period="last_7_days",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I listen to last month?",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Since October, how many distinct tunes have I played? Not the same one twice, mind.",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="Different songs, how many of those have I had on in the last three months?",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="How many times have I played Bohemian Rhapsody this year? It's a favourite of mine.",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How often did I have those Daft Punk chaps on last month?",
        family="play_count",
        period="last_month",
        name="Daft Punk",
    ),
    Fresh(
        text="That news programme, The Daily, how many times has it played this week?",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="How many times have I ever played anything by Radiohead? My grandson swears by them.",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Yesterday, now, was there any Queen played? I can't for the life of me remember.",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Have I listened to that Justice group at all this week?",
        family="did_i",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="Did I play Sexy Boy by Air last weekend? Dreadful title, but a pleasant enough tune.",
        family="did_i",
        period="last_weekend",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Did I have The Weekend on at all last month? My granddaughter mentioned him.",
        family="did_i",
        period="last_month",
        name="The Weeknd",
    ),
    Fresh(
        text="Was there any of that Café Tacuba, the Mexican band, on this morning?",
        family="did_i",
        period="this_morning",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="Could you remind me what music I had on yesterday evening?",
        family="what_played",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="What did we have playing last weekend, the two days?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="The day before yesterday. What was I listening to then?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="What was I playing on the third of November? It was a Tuesday, I believe.",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="What was on the wireless at ten to eight yesterday evening?",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="At half past eight this morning, what was that playing? I was eating my porridge.",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="What was it I had on at about quarter past five this afternoon?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Nine o'clock on Wednesday evening, what was playing, do you know?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Last Friday at midday, what was on in the kitchen?",
        family="playing_at",
        moment="2026-11-13 12:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="What sort of music would you say I am fond of?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="How would you describe my taste in music, in a word or two?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="My grandson says my taste is peculiar. What kind of music do I go in for, according to you?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="What time of day do I usually have the music going?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="When do I tend to listen most? Which hour, and which day of the week?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="I say, is there a particular day and hour when I am most often listening?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Have I come across any new artists this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Which performers did I hear for the very first time this year?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Any new bands discovered lately? I can't keep track of them all.",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="How often do I skip ahead? What proportion, roughly?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Last week, how many did I skip out of all that were played?",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="Do I skip a great deal? I've a habit of pressing the wrong button.",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="Do I play the same things over and over again? Be honest with me.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="This month, how much did I replay the same pieces, would you say?",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="What is my repeat rate, as they call it, for this year?",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="How many days running have I listened now?",
        family="streak",
    ),
    Fresh(
        text="What's my streak, as the youngsters say? The number of days in a row I've had something on.",
        family="streak",
    ),
    Fresh(
        text="How many consecutive days have I been listening without missing one?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Daft Punk?",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="When was the very first time I played Don't Stop Me Now?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="That band called Air. When did they first turn up on this box of tricks?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="When did I first hear Wet Leg, if I ever did? Odd name for a band.",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="When did I last play The Daily?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Genesis by Justice. When was the last time I heard that one?",
        family="last_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="The last time I had Queen on, when would that have been?",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="What was the last song I played?",
        family="last_song",
    ),
    Fresh(
        text="Sorry, I didn't catch the name of it. What was that last tune I had on?",
        family="last_song",
    ),
    Fresh(
        text="Tell me the very last record I listened to, would you.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I put on today?",
        family="first_today",
    ),
    Fresh(
        text="Today, what did I begin with? The very first tune.",
        family="first_today",
    ),
    Fresh(
        text="Which record did I put on first thing today, when I came down?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Yesterday, what was the first thing I played?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="What did I start off with on Saturday?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="What was the first song I heard this month?",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="What did I finish with last night, before I went up to bed?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="The last thing I played last Friday, what was it?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="What was the final song I had on last week?",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="What did we end on yesterday evening? The last song, I mean.",
        family="last_in",
        period="yesterday_evening",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Is there a particular tune I always pass over? Which one is it?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="What song have I skipped most often this year?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Which artist do I skip most often?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Whose songs do I pass over the most? Which band, I mean.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Last month, which performer did I skip the most?",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="What song have I got on repeat these days?",
        family="on_repeat",
    ),
    Fresh(
        text="Which tune can't I stop playing at the moment? The wife says it's driving her potty.",
        family="on_repeat",
    ),
    Fresh(
        text="Which is the one song I keep putting on over and over just now?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Give me a summary of my month in music, would you.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="How has my year been, music-wise? A review, if you please.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Could you give me a rundown of last week's listening?",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="Tell me how October went, listening-wise. All of it.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Would you run me through our listening in twenty twenty five?",
        family="recap",
        period="in_2025",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Do I listen more in the mornings or in the evenings?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Would you say I am more an afternoon listener or an evening one?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Mornings or nights, which is it I play more music in?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Do I listen more at the weekend or during the week?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is it weekdays or weekends that I have the music on more?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Over the past two weeks, did I listen more on weekdays or at the weekend?",
        family="compare_week",
        period="last_2_weeks",
    ),
]

NEGATIVES = [
    "Play some Queen in the kitchen, would you.",
    "Turn the music up, I can't hear a blessed thing.",
    "Louder, please. Louder still.",
    "What's this song that's playing now? Who sings it?",
    "Skip this one, I don't care for it.",
    "Would you pause the podcast whilst I answer the telephone.",
    "Next track, please, young lady.",
    "Turn off the kitchen light, if you would.",
    "Play the album Discovery by those French fellows.",
    "Put the volume down a touch, it's rattling the teacups.",
    "Shuffle the songs, would you.",
    "Set it to repeat this song, please.",
    "Set a timer for twelve minutes for the eggs.",
    "What's the weather going to be like in Canterbury tomorrow?",
    "Add digestive biscuits to the shopping list.",
    "Turn the heating up to twenty one degrees.",
    "What am I listening to right now? What is this?",
    "Stop. Stop the music. Be quiet, machine.",
    "Play The Daily, the latest one.",
    "Hello? Are you switched on? Can you hear me?",
    "Play Bohemian Rhapsody, and turn it up.",
    "Play some music in the kitchen for the wife.",
    "Group the kitchen speaker with the one in the front room.",
    "Play Radio Kent, please.",
    "Resume the programme, I've come back now.",
    "What time is it? I've left my spectacles upstairs.",
    "Go back to the beginning of this song, I missed it.",
    "Play something by Air in the living room.",
    "Is it going to rain in Maidstone this afternoon?",
    "Turn off the wireless in the kitchen.",
    "Remind me to take my tablets at six o'clock.",
    "Play the next episode of that news podcast.",
    "Turn the bass down, it's too boomy for my hearing aid.",
    "Who is singing this? The one playing in the kitchen now.",
    "Stop the timer, the kettle's boiled.",
    "Play some nice quiet music for my afternoon nap.",
    "How much longer is this song?",
    "Put on Don't Stop Me Now by Queen.",
    "Turn repeat off, I've heard it enough.",
    "What's the score in the cricket?",
    "Switch on the lamp in the sitting room.",
    "Play Justice in the kitchen, not too loud.",
]

"""Writer 4, a grandparent, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Would you be so kind as to tell me which artist I listened to most last week?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Now then, who has been my favourite band this year?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Tell me, dear, the three performers I have played the most of all time.",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="In the kitchen, whose records have I had on most this month?",
        family="top_artists",
        period="this_month",
        room="kitchen",
    ),
    Fresh(
        text="Which singer have I been so taken with lately, I wonder?",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="Which tune have I played most often since March?",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="May I ask what my most played song was in October?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Could you name my five most played songs of last year, please?",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="Which song did I play the most over the past two weeks?",
        family="top_tracks",
        period="last_2_weeks",
    ),
    Fresh(
        text="What would you say was my song of the summer?",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="Which long-playing record, the album I mean, did I play the most this year?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="What was my favourite album last summer?",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="Kindly tell me the two albums I had on most in twenty twenty-five.",
        family="top_albums",
        period="in_2025",
        count=2,
    ),
    Fresh(
        text="Which album have I worn out the most, so to speak?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Which of these podcast programmes have I listened to most this month?",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="What is my most listened-to podcast, all told?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Which wireless programme, the podcast sort, have I been hooked on lately?",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="How many hours of music did I have on yesterday?",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Would you tell me how long I had the wireless going this morning?",
        family="listening_time",
        period="this_morning",
    ),
    Fresh(
        text="How much time did I spend on podcasts last month, if you please?",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="How long did we have the tunes playing in the kitchen last weekend?",
        family="listening_time",
        period="last_weekend",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Altogether, how many hours have I sat listening since October?",
        family="listening_time",
        period="since_october",
    ),
    Fresh(
        text="I should like to know how many minutes of music I had on the third of November.",
        family="listening_time",
        period="november_3",
        content="music",
    ),
    # plays
    Fresh(
        text="How many songs have I played today, dear?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="How many records did I put on in September?",
        family="plays",
        period="september",
        content="music",
    ),
    Fresh(
        text="Pray tell, how many podcast episodes did I hear this week?",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="In all, how many things have been played for me over the last thirty days?",
        family="plays",
        period="last_30_days",
    ),
    # artists_count
    Fresh(
        text="How many different artists have I listened to this year?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="From how many different bands and singers did I hear something in August?",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="How many different performers did we listen to last month?",
        family="artists_count",
        period="last_month",
        person="we",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I hear last week?",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Could you count for me how many separate tunes I have played in the last three months?",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="How many distinct songs have I got through since I have had this contraption?",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="How many times have I played Bohemian Rhapsody this month?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How often did I put Queen on the gramophone last year, so to speak?",
        family="play_count",
        period="last_year",
        name="Queen",
    ),
    Fresh(
        text="That lovely Air piece, La Femme d'Argent, how many times did it play in October?",
        family="play_count",
        period="october",
        name="La femme d'argent",
    ),
    Fresh(
        text="How many times have I listened to The Daily since Monday?",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="How many times did I play anything by the Beatles this year?",
        family="play_count",
        period="this_year",
        name="The Beatles",
    ),
    # did_i
    Fresh(
        text="Did I listen to any Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Have I heard Don't Stop Me Now at all this week?",
        family="did_i",
        period="this_week",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Did I have that Café Tacvba group on last Friday?",
        family="did_i",
        period="last_friday",
        name="Café Tacvba",
    ),
    Fresh(
        text="Any Daft Punk on the day before yesterday?",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Have I ever listened to Frank Sinatra on this thing?",
        family="did_i",
        period="all_time",
        name="Frank Sinatra",
    ),
    Fresh(
        text="Did we hear Sexy Boy by Air at all during the summer?",
        family="did_i",
        period="summer",
        name="Sexy Boy by Air",
        person="we",
    ),
    Fresh(
        text="Excuse me, has the Discovery album been on since Monday?",
        family="did_i",
        period="since_monday",
        name="Discovery",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Would you remind me what music I had on this morning?",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="What did I listen to on Saturday, I can't for the life of me remember.",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Which tunes did I play on the third of November?",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="What was I listening to last night before bed?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="What has Ada been listening to this week?",
        family="what_played",
        period="this_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="What was playing at a quarter to eight yesterday evening?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="What song was on at ten past eight last night?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="What was on the wireless at half past eight this morning?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Could you tell me what was playing at five o'clock this afternoon?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="At twelve noon the day before yesterday, what tune was playing?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="What sort of music would you say I am fond of?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="How would you describe my taste in music, dear?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What has my taste in music been like this year?",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="At what hour of the day do I usually listen to my music?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="On which day of the week do I generally have the tunes on the most?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="When am I most often listening, generally speaking?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Have I discovered any new artists this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Which performers did I hear for the very first time last year?",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="Any new names amongst my records lately?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Did any singers I had never heard before turn up in September?",
        family="new_artists",
        period="september",
    ),
    # skips
    Fresh(
        text="How often do I skip songs, would you say?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="What proportion of the tunes did I skip last week?",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="Have I been skipping a great many songs this month?",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="Do I play the same old songs over and over again?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="How much have I been repeating the same tunes this year?",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="In the last seven days, how often did I play the same records again?",
        family="repeat",
        period="last_7_days",
    ),
    # streak
    Fresh(text="How many days in a row have I listened to music now?", family="streak"),
    Fresh(
        text="For how many consecutive days have I had the wireless on, without missing one?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Daft Punk?",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="When was the very first time I heard Bohemian Rhapsody on this machine?",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="The album Cross, when did I first play it?",
        family="first_play",
        name="Cross",
    ),
    Fresh(
        text="When did I first listen to Vera Lynn?",
        family="first_play",
        name="Vera Lynn",
    ),
    # last_play
    Fresh(text="When did I last hear The Daily?", family="last_play", name="The Daily"),
    Fresh(
        text="When was the last time I played Eres by Café Tacvba?",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="When did I last listen to that French group, Air?",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(text="What was the last song I played?", family="last_song"),
    Fresh(
        text="Would you be so kind as to tell me the very last tune I listened to?",
        family="last_song",
    ),
    # first_today
    Fresh(text="What was the first song I played today?", family="first_today"),
    Fresh(text="Which tune did I wake up to today, dear?", family="first_today"),
    # first_in
    Fresh(
        text="What was the first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Which tune did I begin with last Friday?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="What was the very first record I put on this year?",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="What was the last song I heard yesterday evening?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="On Saturday, what did I finish up with?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Which tune did I end with the day before yesterday?",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip most often?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Which tune do I pass over the most, I wonder?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Which artist do I skip the most?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Whose records am I forever skipping, would you say?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="Which song have I got on repeat these days?", family="on_repeat"),
    Fresh(
        text="Which tune is it that I simply cannot stop playing?", family="on_repeat"
    ),
    Fresh(
        text="What is that song I keep putting on again and again?", family="on_repeat"
    ),
    # recap
    Fresh(
        text="Would you give me a summary of my week in music?",
        family="recap",
        period="this_week",
    ),
    Fresh(text="How was my year in music, dear?", family="recap", period="this_year"),
    Fresh(
        text="Give me a rundown of my listening, if you would.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Could you give me a little review of last month's listening?",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="How did my listening go in two thousand and twenty-five, all told?",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="Do I listen more in the mornings or in the evenings?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Am I more of a morning listener or an evening one, would you say?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Is the wireless on more in the afternoons than at night?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Do I listen to more music on weekdays or at the weekend?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is the music on more at weekends than during the working week?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Would you be so kind as to play Daft Punk in the kitchen?",
    "Turn the music up a little, please, I can hardly hear it.",
    "Kindly turn the wireless down, dear.",
    "What is this song that is playing now?",
    "What am I listening to at the moment?",
    "What's playing in the kitchen just now?",
    "Skip this tune, please, I don't care for it.",
    "Pause the podcast, the kettle is boiling.",
    "Next track in the living room, if you please.",
    "Turn off the kitchen light, would you?",
    "Play the album Discovery, please.",
    "Would you put on some Queen for me?",
    "Put The Daily on, there's a good machine.",
    "Stop the music, please.",
    "Please play something by Air in the sitting room.",
    "Set the volume to five, if you would.",
    "Shuffle the songs, please.",
    "Turn on repeat for this record, please.",
    "Switch off the repeat, if you please.",
    "Group the kitchen speaker with the one in the bedroom.",
    "Please play the music in every room at once.",
    "Set a timer for twenty minutes for my scones.",
    "What will the weather be like this afternoon?",
    "Is it going to rain today, dear?",
    "Add tea biscuits to the shopping list.",
    "Put marmalade on my shopping list, please.",
    "Turn the heating up to twenty-one degrees.",
    "Set the thermostat a little warmer in the front room.",
    "Resume the podcast where I left off, please.",
    "Go back to the beginning of this song.",
    "Who is singing this song now?",
    "Which album is this tune from?",
    "Play Bohemian Rhapsody louder, please.",
    "Play the next episode of The Daily.",
    "Would you play some gentle music in the kitchen while I cook?",
    "Turn the speaker in the kitchen off, please.",
    "Mute the wireless, the telephone is ringing.",
    "Wake me at seven tomorrow with some music, please.",
    "What time is it, dear?",
    "Play some Justice for my grandson, would you?",
    "Fast-forward a little, please, past this bit.",
    "Is the music still playing in the bedroom?",
    "Lower the volume in the kitchen to three, please.",
    "Stop the timer, please.",
    "Play the radio, the BBC programme, please.",
]

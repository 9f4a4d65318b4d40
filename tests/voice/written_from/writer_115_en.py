"""Writer 115, a retired teacher from Edinburgh (formal, wordy, polite), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Would you be so kind as to tell me which artist I have listened to most this month?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="I should like to know who my most played band was in the whole of last year.",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Three artists, if you please: the three I have favoured most since March.",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="Tell me, whom have I been rather obsessed with of late?",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="May I ask what my most played song was in October?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Would you kindly name my five most played tracks of all time?",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Which piece of music have I played most frequently this year, I wonder?",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="And what, pray, was my song of the summer?",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="Which album have I played most this year? I have quite lost track.",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="I should be grateful to learn which record I played most often in twenty twenty five.",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="My favourite album over the last three months, which would that be?",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="Which podcast have I listened to most this month, would you tell me?",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="Of all the programmes I listen to, which podcast do I return to most faithfully?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Which podcast would you say I have been rather hooked on lately?",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="If you would be so good, how many hours of music did I listen to last week?",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="How long did I spend listening yesterday, all told?",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="I am curious as to how much time I have given over to podcasts this year.",
        family="listening_time",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="In the kitchen, how many minutes of music have I had on this morning?",
        family="listening_time",
        period="this_morning",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="How long did we listen for last weekend, altogether?",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    # plays
    Fresh(
        text="How many songs have I played today, might I ask?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="I should like to know how many episodes I have listened to since October.",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="How many things in total did I play on Saturday?",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="How many tracks did we play in the kitchen last month, roughly speaking?",
        family="plays",
        period="last_month",
        content="music",
        room="kitchen",
        person="we",
    ),
    # artists_count
    Fresh(
        text="How many different artists have I listened to this year?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Would you tell me how many separate bands and singers I heard in September?",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="How many different artists did Ada listen to last week, do you know?",
        family="artists_count",
        period="last_week",
        person="Ada",
    ),
    # songs_count
    Fresh(
        text="How many different songs have I listened to in the last thirty days?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Pray tell, how many distinct tunes did I hear last summer?",
        family="songs_count",
        period="last_summer",
    ),
    Fresh(
        text="How many individual songs have I played since I first began using this contraption?",
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
        text="Daft Punk, in August: how often did I listen to them?",
        family="play_count",
        period="august",
        name="Daft Punk",
    ),
    Fresh(
        text="How many times did I put The Daily on last week?",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="How many times have I listened to that song Eres by Cafe Tacuba, altogether?",
        family="play_count",
        period="all_time",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="How much Radiohead have I had on this year, I wonder?",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Did I listen to any Queen yesterday?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Have I heard Sexy Boy by Air at all this week?",
        family="did_i",
        period="this_week",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Had I any Justice on last Friday, do you happen to know?",
        family="did_i",
        period="last_friday",
        name="Justice",
    ),
    Fresh(
        text="Did I listen to the album Moon Safari at any point during the summer?",
        family="did_i",
        period="summer",
        name="Moon Safari",
    ),
    Fresh(
        text="The Weeknd: did I listen to him last month? My grandson insists I did.",
        family="did_i",
        period="last_month",
        name="The Weeknd",
    ),
    Fresh(
        text="Did we listen to The Daily the day before yesterday?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
        person="we",
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
        text="What did I listen to on the third of November?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="What had we got playing over last weekend?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Could you give me a brief account of what I have listened to since Monday?",
        family="what_played",
        period="since_monday",
    ),
    # playing_at
    Fresh(
        text="What was playing at a quarter to eight yesterday evening?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Would you tell me what was on at ten past eight this morning?",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="What was playing in the kitchen at twenty past five this afternoon?",
        family="playing_at",
        moment="2026-11-20 17:20",
        room="kitchen",
    ),
    Fresh(
        text="Last night at about eight o'clock, what was it that I was listening to?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="How would you describe my taste in music?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What sort of music would you say I am partial to?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What manner of music have I been inclined towards this year?",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="At what hour of the day do I usually listen to music?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="On which day of the week do I tend to do most of my listening?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="When, generally speaking, am I most given to listening?",
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
        text="Which artists did I hear for the very first time in twenty twenty five?",
        family="new_artists",
        period="in_2025",
    ),
    Fresh(
        text="Has anybody new turned up in my listening of late?",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="How often do I skip songs, would you say?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="What proportion of the tracks did I skip last month?",
        family="skips",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="Have I been a terrible one for skipping this week?",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Do I play the same songs over and over again? Be honest with me.",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="How much repetition has there been in my listening this year?",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="What is my repeat rate for the last seven days, if you please?",
        family="repeat",
        period="last_7_days",
    ),
    # streak
    Fresh(
        text="For how many consecutive days have I been listening now?",
        family="streak",
    ),
    Fresh(
        text="What is my present listening streak, if you would be so kind?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Would you tell me when Don't Stop Me Now first appeared in my history?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="When did I first hear Wet Leg? I have a notion it was some while ago.",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="When did I last hear La Femme d'Argent?",
        family="last_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="When was the last occasion on which I listened to Café Tacvba?",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="The Daily, when did I last have it on?",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="What was the very last song I played?",
        family="last_song",
    ),
    Fresh(
        text="Remind me, would you, what was the last piece of music I had on?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I put on today?",
        family="first_today",
    ),
    Fresh(
        text="With which tune did I begin the day?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="On Saturday, which song did I start off with?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="I should like to know the first song I listened to in October.",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="What was the last song I played yesterday?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="With what did I finish up the day before yesterday?",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Which was the final track I heard last week?",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip most often?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Is there one particular tune that I habitually pass over?",
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
        text="Whose songs am I forever skipping, would you say?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Which song have I had on repeat these days?",
        family="on_repeat",
    ),
    Fresh(
        text="What song is it that I cannot seem to stop playing at the moment?",
        family="on_repeat",
    ),
    Fresh(
        text="What is on heavy rotation in my kitchen at present?",
        family="on_repeat",
        room="kitchen",
    ),
    # recap
    Fresh(
        text="Would you be so kind as to give me a rundown of my listening?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="How was my year in music, on the whole?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Give me a review of last month's listening, would you?",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Fill me in on how my week has gone, musically speaking.",
        family="recap",
        period="this_week",
        content="music",
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
        text="This month, did I listen more in the afternoons or at night?",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Do I listen to more music on weekdays or at the weekend?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Would you say I listen more at weekends than during the working week?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Would you be so kind as to play some Daft Punk in the kitchen?",
    "Kindly turn the music down a touch.",
    "Play the album Discovery, if you please.",
    "What is this song that is playing now?",
    "I should like you to skip this song, it is not to my liking.",
    "Pause the podcast, please, the kettle has boiled.",
    "Next track in the sitting room, if you would.",
    "Turn off the kitchen light, would you?",
    "What is playing in the kitchen at present?",
    "What am I listening to just now?",
    "Set the volume to four, please.",
    "Play Queen on shuffle, if you would be so kind.",
    "Kindly switch on repeat for this album.",
    "Group the kitchen speaker with the one in the sitting room.",
    "Set a timer for twelve minutes for the porridge.",
    "What is the weather to be like tomorrow?",
    "Add marmalade to the shopping list, please.",
    "Raise the thermostat to twenty degrees, if you would.",
    "Play the latest episode of The Daily.",
    "Would you play Bohemian Rhapsody by Queen?",
    "Stop the music, please, the telephone is ringing.",
    "Resume the podcast, if you please.",
    "A little louder, please, I cannot hear it over the kettle.",
    "Who sings this song?",
    "Which album is this track from?",
    "Play something by Air in the kitchen.",
    "Turn the kitchen speaker off, would you.",
    "Go back to the previous track, please.",
    "Is it going to rain this afternoon?",
    "What time is it, please?",
    "Remind me to ring my sister at four o'clock.",
    "Dim the lights in the sitting room, if you would.",
    "Play some Scottish fiddle music.",
    "Mute the kitchen speaker for a moment.",
    "How long is left of this song?",
    "What podcast is this, may I ask?",
    "Play the next episode of The Daily.",
    "Skip forward thirty seconds.",
    "Put on Don't Stop Me Now in the kitchen.",
    "Turn the heating down in the bedroom.",
    "Cancel the timer, please.",
    "Subscribe me to The Daily, would you?",
    "I rather like this song, please add it to my favourites.",
    "Is the kitchen speaker connected?",
    "Play music in every room of the house.",
    "Turn off shuffle, if you would be so good.",
    "How much time is left on the timer?",
    "Play something soothing to help me sleep.",
    "What is the name of this tune, do you know?",
    "Set an alarm for seven tomorrow morning.",
    "Stop playing music in the kitchen at ten o'clock.",
]

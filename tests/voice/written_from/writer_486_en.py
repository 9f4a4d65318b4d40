"""Writer 486, a retired philosophy professor, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="I wonder whether it would be possible to ascertain which artist, or perhaps I ought to say which ensemble, I listened to most frequently over the course of last week.",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Would you be so kind as to tell me, in the broadest terms, who my most played musician has been this year, in so far as the records permit one to say?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Which performer, one might ask, has occupied the lion's share of my attention of late? I have the faint suspicion that I have become rather obsessed with someone.",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="In the kitchen, during the month of October, which artists predominated? The top three would suffice.",
        family="top_artists",
        period="october",
        room="kitchen",
        count=3,
    ),
    Fresh(
        text="Who, all things considered, would you say was my principal musical companion in twenty twenty five?",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="Might I ask which piece, which single song, that is, I have returned to most often this month?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Name, if you would, my five most played songs of all time; I am curious to see whether my memory serves me.",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="What, I wonder, was my song of the summer, to borrow the journalistic phrase?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="The three tracks I played most last month: would it be possible to enumerate them, in order of frequency?",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="In the kitchen, which song is played most, taken over the whole of my history?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Which album, or which record, as we used to say in my day, have I played most since March?",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="I should like to know which long-player has received the greatest share of my attention over the last thirty days.",
        family="top_albums",
        period="last_30_days",
    ),
    Fresh(
        text="Is there one album that I have, so to speak, worn thin this year more than any other?",
        family="top_albums",
        period="this_year",
    ),
    # top_podcasts
    Fresh(
        text="To which podcast, if any, have I been most faithful over the past three months?",
        family="top_podcasts",
        period="last_3_months",
    ),
    Fresh(
        text="Of the spoken-word programmes I listen to, which one would you say is my habitual favourite?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Might one determine which show I have been, I confess, rather hooked on lately?",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="How many hours, approximately, have I devoted to music this week? I fear the answer may prove embarrassing.",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Would it be possible to ascertain how long, in total, I listened yesterday evening, whether to music or to the spoken word?",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="How much time did I spend listening, all told, last year? In hours, if you please, rather than minutes.",
        family="listening_time",
        period="last_year",
    ),
    Fresh(
        text="For how many minutes, roughly, was the podcast on this morning whilst I was at breakfast?",
        family="listening_time",
        period="this_morning",
        content="podcasts",
    ),
    Fresh(
        text="How long did Ada, which is to say I myself, spend listening on Saturday?",
        family="listening_time",
        period="saturday",
        person="Ada",
    ),
    # plays
    Fresh(
        text="How many songs, in round figures, did I play today?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="I wonder how many individual plays, of whatever kind, were recorded for us last weekend.",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="What was the total number of podcast episodes I listened to in September?",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="How many things, so to speak, have I put on since Monday? Songs and programmes together, I mean.",
        family="plays",
        period="since_monday",
    ),
    # artists_count
    Fresh(
        text="How many distinct artists, I wonder, have I heard over the last seven days?",
        family="artists_count",
        period="last_7_days",
    ),
    Fresh(
        text="Could you tell me the number of different musicians in my history altogether? I suspect it is a modest figure.",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="Since the beginning of October, how many different performers have I listened to, if one counts each of them only once?",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="How many different songs, counting each one only once, did I listen to last month?",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="What is the number of distinct pieces of music that I have played this week, repetitions notwithstanding?",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="Would it be possible to say how many separate tracks, setting aside the inevitable repetitions, I have heard in the last three months?",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="How many times, and I ask this with some trepidation, have I played Bohemian Rhapsody this year?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How often did Daft Punk feature in my listening last week, measured, I suppose, in the number of plays?",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="The Daily: how many times, would you say, did I listen to it this month?",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    Fresh(
        text="How many times has that album Moon Safari been played in my kitchen since March?",
        family="play_count",
        period="since_march",
        name="Moon Safari",
        room="kitchen",
    ),
    Fresh(
        text="I wonder how many times I might have listened to Radiohead in twenty twenty six, though I rather doubt that I have at all.",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="That rather frenetic thing, dance by justice, how many plays has it had, all told?",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="Did I, by any chance, listen to any Queen yesterday?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="I wonder whether I heard that curious Mexican band, Café Tacvba, at any point in October.",
        family="did_i",
        period="october",
        name="Café Tacvba",
    ),
    Fresh(
        text="Have I listened to The Daily at all this week, or have I neglected the news entirely?",
        family="did_i",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="Would it be possible to ascertain whether I played anything by The Weeknd last summer? I confess I am not entirely certain who that is.",
        family="did_i",
        period="last_summer",
        name="The Weeknd",
    ),
    Fresh(
        text="Did Digital Love come on at all the day before yesterday? It is a piece I am oddly fond of.",
        family="did_i",
        period="day_before_yesterday",
        name="Digital Love",
    ),
    Fresh(
        text="Justice, in recent days: have I heard them at all, or has that phase, as it were, passed?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening, if you are able to reconstruct it?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Would you remind me what music we had on last Friday? My memory, alas, is no longer what it was.",
        family="what_played",
        period="last_friday",
        person="we",
        content="music",
    ),
    Fresh(
        text="What did I listen to on the third of November, broadly speaking?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Over the course of this afternoon, what did I listen to, in summary?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Last night, and I ask out of pure curiosity, what exactly was I listening to?",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="What was playing at a quarter to eight last night? I was, as it happens, preparing dinner and paying no attention whatsoever.",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="At half past eight this morning, what precisely was on?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Would it be possible to ascertain what was playing in the kitchen at around ten past eight yesterday evening?",
        family="playing_at",
        moment="2026-11-19 20:10",
        room="kitchen",
    ),
    Fresh(
        text="On Wednesday, at noon or thereabouts, what was on?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="At five past five this afternoon, which piece was being played, if I may ask?",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="How would you characterise my musical taste, were you obliged to describe it to a perfect stranger?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What kind of music, one might say, am I partial to? I have never quite been able to articulate it myself.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What does my listening this year reveal, if anything, about my sensibilities in matters of taste?",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="At what hour of the day, and on which day of the week, do I tend to listen most?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="When, as a rule, am I most given to putting on music? I suspect it is in the evening, but one ought not to trust introspection.",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Judging by last month alone, is there a particular time at which I habitually listen?",
        family="peak",
        period="last_month",
    ),
    # new_artists
    Fresh(
        text="Have I, in my dotage, discovered any new artists of late?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Which performers did I encounter for the very first time this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Were there any artists in September whom I had never heard before?",
        family="new_artists",
        period="september",
    ),
    Fresh(
        text="Anyone new this year, musically speaking, that is to say anyone I had not listened to previously?",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="How often do I skip, as a proportion of what I play? I am told I am an impatient listener.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="What was my skip rate last week, if indeed such a thing is recorded?",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="How many songs did I skip this month, and out of how many played?",
        family="skips",
        period="this_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="To what extent do I replay the same songs over and over? My late husband used to tease me about it mercilessly.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="What would you say is my repeat rate for the past fortnight, so to speak?",
        family="repeat",
        period="lately",
    ),
    Fresh(
        text="Over the past two weeks, how much have I been replaying the same pieces, as opposed to hearing something different?",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="For how many consecutive days have I listened to something? I suspect the sequence is, as yet, unbroken.",
        family="streak",
    ),
    Fresh(
        text="How many days in a row, without interruption, have I now been listening?",
        family="streak",
    ),
    Fresh(
        text="What is my current listening streak, as I believe the young people call it?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice? I cannot for the life of me recall how they came to my attention.",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Would it be possible to ascertain when Eres first appeared in my history?",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="When did I first hear Wet Leg, if indeed I ever did, which I rather doubt?",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="The Daily: when, precisely, was the first occasion on which I listened to it?",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="When did I last listen to Don't Stop Me Now by Queen?",
        family="last_play",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="When, I wonder, was the last occasion on which I played anything by Air?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="And the album Homework, when did I last put that on?",
        family="last_play",
        name="Homework",
    ),
    # last_song
    Fresh(
        text="What was the very last song I played, whenever that may have been?",
        family="last_song",
    ),
    Fresh(
        text="Remind me, if you would, what the most recent piece of music I listened to was.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I listened to today, upon waking?",
        family="first_today",
    ),
    Fresh(
        text="With what song, I wonder, did I begin my day?",
        family="first_today",
    ),
    Fresh(
        text="What did I wake up to, musically, if one may put it that way?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Which piece opened my listening last Friday, the very first of the day?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="On the third of November, with which song did I begin?",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="With what did I commence in August? The very first song of that month, I mean.",
        family="first_in",
        period="august",
    ),
    # last_in
    Fresh(
        text="What did I end with last Friday, the final song of the day?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="What was the last song I heard yesterday evening before retiring?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="Which song, in the end, closed out last week for me?",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="What was the final track I played last year, the one that, as it were, saw the old year out?",
        family="last_in",
        period="last_year",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip most often? There must surely be one I cannot abide.",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Is there a particular piece that I habitually pass over, that is to say, skip before it has finished?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Which artist do I skip most frequently, if such a tendency can be discerned?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Whose music, if I may phrase it so, do I most often cut short by skipping?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="What song have I had on repeat these days?",
        family="on_repeat",
    ),
    Fresh(
        text="Is there a song, I wonder, that I simply cannot stop playing at the moment?",
        family="on_repeat",
    ),
    Fresh(
        text="What is in, as they say, heavy rotation for me at present?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Would you give me a rundown of my listening? Nothing exhaustive, merely the broad strokes.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="How was my year, in terms of listening, were you to review it for me?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Give me a recap of last month, if you would be so kind.",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Could you summarise, in a few sentences, how our October went, listening-wise?",
        family="recap",
        period="october",
        person="we",
    ),
    Fresh(
        text="Fill me in on my week, would you, so far as my listening is concerned.",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="Am I, on the whole, more of a morning listener or an evening one?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Do I listen more in the afternoons than in the mornings, or is it, as I suspect, the reverse?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="This month, were my evenings more given over to music than my mornings?",
        family="compare_day_parts",
        period="this_month",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Do I listen more at weekends than on weekdays, or is that merely my impression?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is it the case that I play more music during the working week than on Saturdays and Sundays?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Since March, weekdays or weekends: on which do I listen more?",
        family="compare_week",
        period="since_march",
    ),
]

NEGATIVES = [
    "Would you be so kind as to play something by Daft Punk in the kitchen?",
    "Kindly turn the music up a little; I can barely hear it over the kettle.",
    "What, pray tell, is this piece that is currently playing?",
    "Skip this song, if you would; I find it rather tiresome.",
    "Pause the podcast for a moment, I must answer the door.",
    "Would it be possible to move on to the next track in the living room?",
    "Turn off the kitchen light, please, I am retiring for the evening.",
    "Play the album Discovery, from the beginning if you please.",
    "Lower the volume somewhat, it is rather too loud for a quiet evening.",
    "Set the volume to, shall we say, thirty per cent.",
    "Shuffle the Queen songs, would you, in the kitchen.",
    "Turn repeat mode off; I have heard that movement quite enough.",
    "Group the kitchen speaker with the one in the study, if that is at all feasible.",
    "Set a timer for twelve minutes, for the eggs.",
    "What will the weather be like in Berlin tomorrow, I wonder?",
    "Add Earl Grey tea to the shopping list, would you.",
    "Set the thermostat to twenty-one degrees; the study is positively glacial.",
    "What am I listening to right now, precisely?",
    "Who is singing at this very moment, if you would be good enough to tell me?",
    "Resume the podcast where I left off, please.",
    "Play The Daily, the latest episode, if there is one.",
    "Stop the music, please; I require silence in order to think.",
    "Play something by Air, quietly, as an accompaniment to my reading.",
    "Would you play Bohemian Rhapsody? I find it strangely moving this evening.",
    "Go back to the previous track, I missed the beginning.",
    "Turn on the radio in the kitchen, Deutschlandfunk if at all possible.",
    "Is it going to rain this afternoon? I had intended to take a walk.",
    "What time is it, please?",
    "Remind me at seven o'clock to telephone my sister.",
    "Play Justice in the living room, but not too loudly, I beg you.",
    "Mute the kitchen speaker for the time being.",
    "Put on some Café Tacvba, something lively, to lift the spirits.",
    "Which album is this song from, the one playing now?",
    "Fast-forward thirty seconds; the advertisements are interminable.",
    "Dim the lights in the sitting room to half, would you.",
    "Play some quiet music for dinner in the kitchen.",
    "Switch the podcast over to the kitchen speaker.",
    "How much is left of this episode, roughly?",
    "Set an alarm for half past six tomorrow morning.",
    "Turn the heating down in the bedroom, it is quite stifling.",
    "What is the name of the artist playing at present?",
    "Repeat this song once it finishes, I did not quite catch the words.",
    "Turn shuffle on, if you would, for the remainder of the evening.",
    "Make the speakers in the kitchen and the hall play together.",
]

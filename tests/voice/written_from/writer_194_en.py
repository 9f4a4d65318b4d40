"""Writer 194, very formal and polite, long full sentences (Nigerian English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Good evening. Would you be so kind as to tell me which artist I listened to the most last week?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="May I know who has been my number one artist so far this year? I am quite curious about it.",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Kindly help me to check my top five artists of all time, I shall be very grateful.",
        family="top_artists",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Permit me to ask, which band have I been obsessed with lately? I have a feeling it is one particular group I keep going back to.",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="In the kitchen, which musician has been played the most since October, if you would be so kind as to tell me?",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="Please, I want to know which artist we listened to the most in this house last month.",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="Would you be so kind as to name the three songs I played the most last month?",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="Excuse me, what would you say has been my song of the month? I would really like to know.",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="I wish to enquire about my favourite song of this summer, that is to say, the one I played more than any other.",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Is it possible for you to tell me which track Ada played the most in twenty twenty-five?",
        family="top_tracks",
        period="in_2025",
        person="Ada",
    ),
    Fresh(
        text="Good day. Which song did I play most often over the last thirty days, if I may ask?",
        family="top_tracks",
        period="last_30_days",
    ),
    # top_albums
    Fresh(
        text="Kindly tell me the album I have played the most this year.",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Which record did I play the most last summer, please? I would be most grateful for the answer.",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="With your permission, could you list my two most played albums of all time?",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    Fresh(
        text="Since March, which album has been my favourite, if you do not mind my asking?",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="Please, which podcast would you say I am hooked on these days?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Kindly let me know the podcast I listened to the most in October.",
        family="top_podcasts",
        period="october",
    ),
    Fresh(
        text="I have a small question: of all the podcasts I have ever played here, which one comes first?",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="How much time did I spend listening to music yesterday? Kindly give it to me in hours and minutes.",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Would you be so kind as to tell me how many hours I have spent listening this week?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="I would like to know the total number of minutes of podcasts I listened to last month, if you please.",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="For how long did we have music playing in the house last weekend? Please help me check.",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="Kindly calculate for me how long the music was playing in the kitchen on Saturday.",
        family="listening_time",
        period="saturday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Please, how long have I been listening this afternoon, in total?",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="Please, how many songs have I played so far today?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Would you kindly tell me the total number of plays I had last week?",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="How many podcast episodes did I listen to over the past two weeks? I shall be grateful for the figure.",
        family="plays",
        period="last_2_weeks",
        content="podcasts",
    ),
    Fresh(
        text="Excuse me, I would like to know how many tracks were played in the kitchen the day before yesterday.",
        family="plays",
        period="day_before_yesterday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Please, how many things has Ada played on the speaker this week altogether?",
        family="plays",
        period="this_week",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="How many different artists have I listened to this year, please?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Would you be so kind as to count how many distinct musicians I heard in September?",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="Kindly tell me the number of different artists we listened to last year, in the whole household.",
        family="artists_count",
        period="last_year",
        person="we",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I listen to in August? I would like an exact figure, please.",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="I would be grateful if you could tell me how many distinct tracks I have played in total.",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="In the last seven days, how many unique songs have I played? Kindly check for me.",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="Kindly tell me how many times I have played Bohemian Rhapsody this month.",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How many times have I listened to Queen this year, please? I am a great admirer of Freddie Mercury, you see.",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Please, how often did I play that Daft Punk song, One More Time, last month?",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Would you be so kind as to tell me how many times I have listened to Fela Kuti in total?",
        family="play_count",
        period="all_time",
        name="Fela Kuti",
    ),
    Fresh(
        text="Since Monday, how many times has the album Moon Safari been played, if I may ask?",
        family="play_count",
        period="since_monday",
        name="Moon Safari",
    ),
    # did_i
    Fresh(
        text="Please, did I listen to any Justice yesterday evening?",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="Kindly confirm for me whether I played The Daily this morning.",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Did I listen to Burna Boy at all this month? I honestly do not recall, so please help me check.",
        family="did_i",
        period="this_month",
        name="Burna Boy",
    ),
    Fresh(
        text="I would like to know whether Cafe Tacuba was played in the kitchen last Friday.",
        family="did_i",
        period="last_friday",
        name="Café Tacvba",
        room="kitchen",
    ),
    Fresh(
        text="On the third of November, did we have any Air playing in the house, please?",
        family="did_i",
        period="november_3",
        name="Air",
        person="we",
    ),
    Fresh(
        text="Have I heard Digital Love lately, if I may ask?",
        family="did_i",
        period="lately",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="Would you be so kind as to tell me what I was listening to yesterday evening?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Please, what music did I listen to last weekend? A short summary will do.",
        family="what_played",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="Kindly give me a brief account of what I listened to this afternoon.",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="What did Ada listen to on Saturday, please?",
        family="what_played",
        period="saturday",
        person="Ada",
    ),
    Fresh(
        text="Good evening, I want to know what was played in the kitchen yesternight.",
        family="what_played",
        period="last_night",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="Please, what was playing at a quarter to eight last night?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Would you be so kind as to tell me which song was on at half past eight this morning?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Kindly tell me what was playing in the kitchen at nine o'clock in the evening last Friday.",
        family="playing_at",
        moment="2026-11-13 21:00",
        room="kitchen",
    ),
    Fresh(
        text="Earlier today, at about ten past five in the afternoon, what was playing, please?",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="May I know what I was listening to on Wednesday at twelve noon?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="On the third of November at eight in the morning, what was on the speaker, please?",
        family="playing_at",
        moment="2026-11-03 08:00",
    ),
    Fresh(
        text="What song was playing yesterday at exactly eight o'clock in the evening, if you would be so kind?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="Would you be so kind as to describe my taste in music for me?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Based on what I play, what kind of music would you say I am into? Please be honest with me.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Kindly tell me how you would describe the sort of music I have been enjoying this year.",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="At what time of the day do I usually listen? I would also like to know the day of the week, please.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Kindly tell me on which day of the week I listen the most and at what hour.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Please, when do I normally listen to music? I mean the usual hour and the usual day.",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Have I discovered any new artists lately, please?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Kindly tell me which artists I listened to for the very first time this year.",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="In the last three months, were there any new musicians I came across? Please let me know.",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="How often do I skip songs? I would like to know my skip rate, if that is possible.",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Kindly tell me how many songs I skipped out of all the ones I played this week.",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="What was my skip rate for last month, please?",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Would you be so kind as to tell me how much I replay the same songs?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Please, what is my repeat rate for this year?",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="Since October, how often have I been playing the same tracks over and over again? Kindly give me the rate.",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="For how many days running have I been listening without a break, please?",
        family="streak",
    ),
    Fresh(
        text="Kindly tell me how many consecutive days I have now listened on this speaker.",
        family="streak",
    ),
    Fresh(
        text="What is my current listening streak, if I may ask?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When was the very first time I listened to Daft Punk, please?",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Kindly tell me when Don't Stop Me Now first appeared in my history.",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Please, when did I first play anything by Wizkid?",
        family="first_play",
        name="Wizkid",
    ),
    Fresh(
        text="Would you be so kind as to tell me when I first listened to the album Cross by Justice?",
        family="first_play",
        name="Cross",
    ),
    # last_play
    Fresh(
        text="When did I last listen to The Daily, please?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Kindly remind me when last I played Sexy Boy by Air.",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Please, when was the last time I heard Eres by Cafe Tacuba?",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="When last did I listen to Radiohead, if you don't mind?",
        family="last_play",
        name="Radiohead",
    ),
    # last_song
    Fresh(
        text="Please, what was the last song I played?",
        family="last_song",
    ),
    Fresh(
        text="Kindly tell me the very last track that was played for me.",
        family="last_song",
    ),
    Fresh(
        text="Would you be so kind as to remind me which song I listened to last of all?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I played today, please?",
        family="first_today",
    ),
    Fresh(
        text="Kindly tell me which song I woke up to today.",
        family="first_today",
    ),
    Fresh(
        text="Please, with which song did I start my day today?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="May I know the first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Kindly tell me which track opened my listening last Friday.",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Please, what was the first song I listened to on the third of November?",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="Which song did I start this week with, if I may ask?",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="Kindly tell me the last song I played the day before yesterday.",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="On Saturday, which song closed my listening for the day, please?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="What was the final track I heard last night, if you would be so kind?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Please, with which song did we end last month?",
        family="last_in",
        period="last_month",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most, please?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Kindly tell me the track I have skipped most often this year.",
        family="most_skipped",
        period="this_year",
    ),
    Fresh(
        text="Would you be so kind as to tell me the song I have been skipping the most lately?",
        family="most_skipped",
        period="lately",
    ),
    # most_skipped_artist
    Fresh(
        text="Which artist do I skip the most, please?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Kindly let me know the musician whose songs I skip most frequently.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Please, whose songs did I skip the most last month?",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="Please, what song have I had on repeat these days?",
        family="on_repeat",
    ),
    Fresh(
        text="Kindly tell me which song I cannot stop playing at the moment.",
        family="on_repeat",
    ),
    Fresh(
        text="Would you be so kind as to tell me which track is in constant rotation for me at present?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Good evening. Would you be so kind as to give me a recap of my week in listening?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Kindly give me a full review of my listening for twenty twenty-five.",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="I would like a rundown of my listening, please, if it is not too much trouble.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Please fill me in on how my October went as far as my listening is concerned.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="How was our listening last week overall? Kindly give me the general picture.",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Would you kindly tell me whether I listen more in the mornings or in the evenings?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Kindly tell me if I listen more in the afternoons than at night.",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Between the morning and the evening, when do I play more music, please?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Kindly tell me whether my listening is higher during the week or at the weekend.",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Would you be so kind as to compare how much I listen on weekends with how much I listen on working days?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="This year, is it on weekdays or on weekends that I play more music, please?",
        family="compare_week",
        period="this_year",
        content="music",
    ),
]

NEGATIVES = [
    "Please, would you be so kind as to play Daft Punk in the kitchen?",
    "Kindly off the kitchen light, thank you.",
    "Please on the light in the parlour, it is getting dark.",
    "Would you be so kind as to increase the volume a little?",
    "Kindly reduce the volume of the music, my guests are talking.",
    "What song is this, please?",
    "Please, who is singing this song that is playing now?",
    "Kindly skip this song, I am not in the mood for it.",
    "Please pause the podcast, I have a phone call to attend to.",
    "Would you be so kind as to play the next track in the sitting room?",
    "Kindly play the album Discovery from the beginning.",
    "Please shuffle the songs for me.",
    "Kindly put this song on repeat.",
    "Please group the kitchen speaker with the one in the sitting room.",
    "Would you kindly set a timer for twenty minutes for my jollof rice?",
    "What is the weather going to be like tomorrow in Berlin, please?",
    "Kindly add plantain and palm oil to my shopping list.",
    "Please, would you be so kind as to set the thermostat to twenty-two degrees?",
    "What am I listening to right now, please?",
    "Kindly tell me what is playing in the kitchen at the moment.",
    "Please play the latest episode of The Daily.",
    "Would you be so kind as to resume the music?",
    "Kindly stop the music in the kitchen, I am going out.",
    "Please play some Queen for me, Bohemian Rhapsody preferably.",
    "Kindly play something relaxing in the bedroom.",
    "Please, go back to the previous song.",
    "Would you be so kind as to mute the kitchen speaker?",
    "Kindly remind me at seven o'clock to call my mother in Lagos.",
    "Please, what time is it now?",
    "Would you kindly switch off the fan in the bedroom?",
    "Please add this song to my favourites.",
    "Kindly lower the heating in the kitchen by two degrees.",
    "Please, is it going to rain this evening?",
    "Would you be so kind as to play Justice, the album Cross, on all the speakers?",
    "Kindly turn off shuffle, I want the album in its proper order.",
    "Please, how much time is left on the timer?",
    "Would you be so kind as to fast forward this podcast by thirty seconds?",
    "Kindly play Air in the kitchen at a low volume.",
    "Please, who sings this track?",
    "Kindly lock the front door for me.",
    "Please dim the lights in the sitting room to half.",
    "Would you be so kind as to put on the radio?",
    "Kindly remove rice from the shopping list, I have already bought it.",
    "Please, which album is this song from?",
    "Kindly read me the news headlines for today.",
]

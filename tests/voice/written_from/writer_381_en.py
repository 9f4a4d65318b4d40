"""Writer 381, a retired judge of 74, very formal and long-winded, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Would you be so kind as to tell me which artist I listened to most frequently in the course of last week?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="I should like to know, if it is not too much trouble, which performer has enjoyed the greatest share of my attention since the beginning of this year.",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Pray tell me which three artists I have favoured above all others over the last thirty days.",
        family="top_artists",
        period="last_30_days",
        count=3,
    ),
    Fresh(
        text="Whom, in the entire history of my listening, have I played more than anyone else, if one may put it that way?",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="I have been given to understand that Ada has a favourite band this year; would you be good enough to tell me which it is?",
        family="top_artists",
        period="this_year",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="I should be most grateful to learn which song I played most often during the month of October.",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Would you be so kind as to name my five most played tracks of last year, in order of precedence, as it were?",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="Which piece, if I may dignify a popular song with so grand a word, has been my favourite this month?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="In the kitchen, which is after all where I do most of my listening, which song was played most often last month?",
        family="top_tracks",
        period="last_month",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Kindly inform me which album I have played most often since March, as I have quite lost track.",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Of all the records, so to speak, that passed through the house this summer, which one did I return to most often?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="My two favourite albums of all time, if you would be so good as to name them.",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="Which podcast, I should like to know, have I listened to most in the last three months?",
        family="top_podcasts",
        period="last_3_months",
    ),
    Fresh(
        text="Would you be so kind as to tell me which podcast I appear to have become rather hooked on of late?",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="How many hours in total did I spend listening to music last week? I ask out of mere curiosity, you understand.",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="I should like to know for how long I listened this morning, if that is not too much to ask.",
        family="listening_time",
        period="this_morning",
    ),
    Fresh(
        text="Would you be so kind as to tell me how much time I devoted to podcasts in September?",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="For how long, in hours and minutes, did we have music playing in the house yesterday?",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="What, pray, was the total duration of my listening over the whole of twenty twenty-five?",
        family="listening_time",
        period="in_2025",
    ),
    # plays
    Fresh(
        text="How many songs have I played so far today, if you would be so kind as to count them?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="I should like to know the number of podcast episodes I have heard since October.",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="Could you tell me, in round figures if need be, how many things in all were played on the day before yesterday?",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="How many tunes did we get through in the kitchen last weekend, I wonder?",
        family="plays",
        period="last_weekend",
        content="music",
        room="kitchen",
        person="we",
    ),
    # artists_count
    Fresh(
        text="How many different artists have I listened to this year? I suspect fewer than I should like to think.",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Would you be so kind as to tell me the number of distinct performers I heard in August?",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="Leaving aside repetitions, how many different songs have I heard over the last seven days?",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="I should like to know how many distinct songs I have listened to since Monday, each counted but once.",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="How many times, if you would be so good as to count, have I played Bohemian Rhapsody this month?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="On how many occasions did I listen to Daft Punk last month, would you say?",
        family="play_count",
        period="last_month",
        name="Daft Punk",
    ),
    Fresh(
        text="I should like to know how many times that Justice song, the one they call dance with all the full stops, was played over the past two weeks.",
        family="play_count",
        period="last_2_weeks",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="How many times have I played anything by Radiohead this year? I rather suspect the answer is none whatsoever.",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Did I, by any chance, listen to any Queen yesterday evening? My memory is not what it was.",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="Would you be so kind as to confirm whether or not I heard The Daily on Saturday?",
        family="did_i",
        period="saturday",
        name="The Daily",
    ),
    Fresh(
        text="Am I correct in thinking that I played Sexy Boy by Air at some point last week?",
        family="did_i",
        period="last_week",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Have I ever, in all my years, listened to a band by the name of Wet Leg?",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="Did Café Tacvba feature at all in my listening during last summer, or am I mistaken?",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="Would you be so kind as to remind me what I was listening to yesterday evening?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="I should like a brief account, nothing elaborate, of what I listened to on the third of November.",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="What music did I have on last Friday, if you please?",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="Be good enough to tell me what we were listening to last weekend.",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="What, if anything, was Ada listening to this morning?",
        family="what_played",
        period="this_morning",
        person="Ada",
    ),
    Fresh(
        text="Might I enquire what I had playing this afternoon?",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="What, may I ask, was playing yesterday at a quarter to eight in the evening?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="I should like to know what was on at ten past eight last night.",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="Would you be so kind as to tell me what was playing this morning at half past eight?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="At five minutes past five this afternoon something was playing; what was it?",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="What was being played on Wednesday at twelve noon, if your records permit?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="How would you characterise my taste in music, if I may put the question so directly?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What sort of music, in your considered estimation, am I partial to?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Describe for me, if you would, what my taste in music has been this year.",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="At what hour of the day am I most inclined to listen to music, and on which day of the week?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="When, generally speaking, do I do my listening? I should like to know the usual time.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="At what time of day did I tend to listen last month?",
        family="peak",
        period="last_month",
    ),
    # new_artists
    Fresh(
        text="Have I, of late, discovered any artists who were previously unknown to me?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Which artists did I hear for the very first time this year?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Were there any performers new to me in the last thirty days, would you say?",
        family="new_artists",
        period="last_30_days",
    ),
    # skips
    Fresh(
        text="How often, as a general matter, do I skip things before they have finished?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="What proportion of what I have played this week did I skip, if you would be so kind?",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="I should like to know how many of the songs I played in October I skipped.",
        family="skips",
        period="october",
        content="music",
    ),
    # repeat
    Fresh(
        text="To what extent have I been listening to the same things again and again this month?",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="Would you say that I am given to repetition in my listening, and to what degree, over the last three months?",
        family="repeat",
        period="last_3_months",
    ),
    # streak
    Fresh(
        text="For how many consecutive days have I now been listening without interruption?",
        family="streak",
    ),
    Fresh(
        text="What is my present streak, by which I mean how many days in a row I have listened to something?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice, assuming your records go back that far?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="On what date did Don't Stop Me Now first make its appearance in my history?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="When, I should like to know, did I first hear The Daily?",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="When was the first occasion on which I played The Weeknd, if indeed there was one?",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="When did I last listen to Around the World by Daft Punk?",
        family="last_play",
        name="Around the World by Daft Punk",
    ),
    Fresh(
        text="Would you be so kind as to tell me when Air was last played in this house?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="When was the most recent occasion on which I listened to the album Moon Safari?",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="That Spanish song, Eres, when did I last hear it?",
        family="last_play",
        name="Eres",
    ),
    # last_song
    Fresh(
        text="What was the last song I played? I confess it has quite escaped me.",
        family="last_song",
    ),
    Fresh(
        text="Remind me, if you would, of the most recent song to which I listened.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I played today, if you would be so kind?",
        family="first_today",
    ),
    Fresh(
        text="With what music did I begin the day today, upon rising?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Which track, I should like to know, opened my listening on Saturday?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="What was the very first song I listened to this month, at the beginning of November?",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="With what song did I conclude my listening last Friday?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="What was the final song played yesterday evening before I retired?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="What was the last song I listened to in October, before the month was out?",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Which song, I should like to know, do I skip most frequently?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Is there a particular song which I have been skipping more than any other this year?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Which artist, would you say, do I most often skip?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Whose songs do I skip more than anyone else's? I have my suspicions.",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Which song have I had on repeat these days, if you would be so kind as to tell me?",
        family="on_repeat",
    ),
    Fresh(
        text="Which song, would you say, am I quite unable to stop playing at present?",
        family="on_repeat",
    ),
    Fresh(
        text="What is on heavy rotation at the moment, as the young people say?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Would you be so kind as to give me a review of how my week in music has gone?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="I should like a rundown of my listening, if you please, nothing too exhaustive.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Be so good as to give me my year in review.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="How did my listening go last month, taken as a whole?",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Would you kindly recap my listening in twenty twenty-five for me?",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="Am I, on the evidence, more of a morning listener or an evening listener?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Do I listen to more music in the afternoons or at night, would you say?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Do I listen more on weekdays or at weekends? I should be interested to know.",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Would I be correct in saying that this year I have listened to more music at weekends than during the working week?",
        family="compare_week",
        period="this_year",
        content="music",
    ),
]

NEGATIVES = [
    "Would you be so kind as to play Daft Punk in the kitchen?",
    "Kindly turn the music up a little; I can barely hear it over the kettle.",
    "What is this song that is playing at present?",
    "Be so good as to skip this song, I find it rather tiresome.",
    "Pause the podcast, if you please, the telephone is ringing.",
    "I should like the next track in the living room.",
    "Would you kindly switch off the kitchen light?",
    "Play the album Discovery, if you would be so good.",
    "Set the volume to thirty per cent, if you please.",
    "Would you be so kind as to shuffle the music?",
    "Please turn on repeat mode for this album.",
    "Group the kitchen speaker with the one in the living room, would you?",
    "Set a timer for twelve minutes for my boiled eggs.",
    "What is the weather to be like this evening?",
    "Be good enough to add marmalade to the shopping list.",
    "Raise the thermostat to twenty-one degrees, if you would.",
    "What am I listening to at this very moment?",
    "What is playing in the kitchen just now?",
    "Play the latest episode of The Daily, if you please.",
    "Would you kindly resume the podcast?",
    "Play Bohemian Rhapsody by Queen in the kitchen, if you would.",
    "Turn the volume down in the kitchen, it is rather loud.",
    "Stop the music, if you please.",
    "Mute the kitchen speaker for a moment, would you?",
    "Play something by Air, something soothing for the evening.",
    "Who, may I ask, sings this song?",
    "Go back to the previous track, I missed the beginning.",
    "Put on some classical music, if you would be so kind.",
    "What time is it, please?",
    "Dim the lights in the dining room, would you?",
    "Remind me to telephone my sister at four o'clock.",
    "Is the front door locked?",
    "Be so kind as to play BBC Radio Four in the study.",
    "Skip forward thirty seconds in this episode, please.",
    "Turn off repeat, if you please.",
    "Play Justice on all the speakers in the house.",
    "How much longer has this song to run?",
    "Set an alarm for seven o'clock tomorrow morning.",
    "From which album does this track come?",
    "Kindly turn shuffle off.",
    "Play the next episode of The Daily in the kitchen.",
    "Lower the blinds in the study, would you?",
    "How warm is it in the kitchen at present?",
    "Would you be so kind as to add this song to my playlist?",
]

"""Writer 535, a 90-year-old retired vicar from Sussex, very formal and roundabout, unsure of modern words, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Would you be so kind as to tell me which band, or group as I believe one says, I listened to the most last week?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="I should very much like to know who my most favoured performer has been this year, if you'd be so good.",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Forgive an old man, but which of these artists, as they are called nowadays, have I been rather taken with of late?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Might you name for me my three most listened-to musicians since October?",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="Pray tell, which song have I had on the most this month?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Now then, my five most played pieces of music in twenty twenty five, if you please.",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="I wonder, what was my favourite tune over the summer? The one I kept returning to, I mean.",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Be good enough to tell me the song I have played most frequently of all time, as it were.",
        family="top_tracks",
        period="all_time",
    ),
    # top_albums
    Fresh(
        text="Which long-playing record, or album I suppose you would say, have I played most this year?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="In the kitchen, which album has had the most outings since March, would you know?",
        family="top_albums",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="My most played album in the month of October, if you'd be so kind.",
        family="top_albums",
        period="october",
    ),
    # top_podcasts
    Fresh(
        text="Which of these podcasts, as my grandson insists on calling them, have I listened to most?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="I am told I may ask you this: which spoken wireless programme have I been, shall we say, hooked on lately?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Which talking programme, the podcast sort, did I favour last month?",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="How long, all told, have I had music playing today?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Would you tell me, roughly speaking, how many hours I spent listening last week?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="How much time did I give over to podcasts in September, might I ask?",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="In the kitchen, for how long was the wireless going yesterday evening?",
        family="listening_time",
        period="yesterday_evening",
        room="kitchen",
    ),
    Fresh(
        text="How many minutes of music did we have on last weekend, I wonder?",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="How many songs have been played this morning, I wonder?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Could you kindly tell me how many things in total I listened to in the last thirty days?",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="How many episodes of the podcast did I hear this week, would you say?",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="Over the last seven days, how many tracks, as you call them, have I got through?",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="How many different performers have I listened to this year, all told?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Purely out of curiosity, how many separate artists did I hear in August?",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="How many different musicians have I heard altogether, since I first began with this contraption?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I hear last month?",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="I should like to know how many distinct tunes I have played since Monday.",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="How many different hymns, forgive me, songs I mean, have I heard in the last three months?",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="How many times have I played Bohemian Rhapsody this year? I confess it has grown on me.",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How often has that Daft Punk lot been on this month, would you say?",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="On how many occasions did I listen to The Daily last week?",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="That One More Time song by the Daft Punk people, how many times have I had it on altogether?",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Would you count for me how many times I played Radiohead last summer?",
        family="play_count",
        period="last_summer",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Did I hear any Queen yesterday? The band, I mean, not Her Majesty.",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Have I listened to the Justice group at all lately, do you know?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Did I play Sexy Boy on Saturday? The title is not of my choosing, I hasten to add.",
        family="did_i",
        period="saturday",
        name="Sexy Boy",
    ),
    Fresh(
        text="Had we any of that Cafe Tacuba on last weekend?",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="My granddaughter mentioned a singer called The Weekend. Did I hear anything of his in October?",
        family="did_i",
        period="october",
        name="The Weeknd",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Remind an old man, would you, what was on the wireless the day before yesterday.",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="What music did I have on last Friday, if you'd be so good?",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="What did we listen to on the third of November, do you recall?",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="And what has Ada been listening to this week?",
        family="what_played",
        period="this_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="What was playing at a quarter to eight last night?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="At half past eight this morning, what was it I had on, I wonder?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="At five o'clock this afternoon, what was the machine playing?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="What did I have on at nine o'clock on Wednesday evening?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Last Friday at noon, precisely when I sat down to luncheon, what was playing?",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    # taste
    Fresh(
        text="How would you describe my taste in music, in a word or two?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What sort of music would you say I am partial to?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="The churchwarden accuses me of rather modern taste. What sort of things have I been partial to this year?",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="At what hour of the day do I generally listen, would you say?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="On which day of the week am I most given to listening to music?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="When, as a rule, do I have the wireless on?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Have I come across any new performers lately, or am I stuck in my ways?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Which artists did I hear for the very first time this year?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Were there any new names in my listening last month, so to speak?",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="How often do I skip, as they say, a song before it has finished?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="What proportion of the songs did I cut short this month?",
        family="skips",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="Out of all that was played last week, how many did I skip past?",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Do I tend to play the same songs over and over again? Be honest with me.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="How much did I repeat myself musically this year, so to speak?",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="What is my repeat rate, if that is indeed the term?",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="For how many days in succession have I now listened?",
        family="streak",
    ),
    Fresh(
        text="What is my present run of consecutive days with the wireless on?",
        family="streak",
    ),
    Fresh(
        text="Is my streak, as my grandson would have it, still going, and how long is it?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice, I wonder?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Bohemian Rhapsody. When did it first appear among the things I listen to?",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="When did I first hear The Daily, that American news programme?",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="When did I first play Wet Leg? I am not at all sure I ever did.",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="When did I last hear Don't Stop Me Now?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="When was the last occasion on which I played anything by Air?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="The Moon Safari record, when did I last have it on?",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="What was the very last song I played?",
        family="last_song",
    ),
    Fresh(
        text="Remind me, if you will, what was the last tune I had on.",
        family="last_song",
    ),
    Fresh(
        text="Which piece of music did I play most recently? My memory is not what it was.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I played today?",
        family="first_today",
    ),
    Fresh(
        text="What did I wake up to, do you know? I was rather bleary.",
        family="first_today",
    ),
    Fresh(
        text="Which piece did I begin the day with?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="With which song did I start last week, might you tell me?",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="What did I begin the month with, musically speaking?",
        family="first_in",
        period="this_month",
    ),
    Fresh(
        text="On the third of November, what was the first thing I played?",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="What did I finish with last Friday?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="What was the last song I played yesterday evening before retiring?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="Which song closed my listening on Saturday, I wonder?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="What was the final song I listened to in October?",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Which song do I most often skip?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Is there a tune I cut short more than any other?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Which song have I skipped the most this year, out of impatience no doubt?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Which performer do I skip most often?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Whose music, would you say, do I most frequently pass over?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Which band did I skip the most last month?",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="What song have I had on repeat, as they say, these days?",
        family="on_repeat",
    ),
    Fresh(
        text="What is on heavy rotation, as the young people put it?",
        family="on_repeat",
    ),
    Fresh(
        text="Which song is it that I cannot seem to stop playing?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Would you give me a summary of my week in music?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="How has my year been, musically speaking?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="A review of my listening in twenty twenty five, if you please.",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="Could you give me a rundown, I believe that is the word, of my listening?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Tell us, if you would, how our October went in the way of music.",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Am I more of a morning listener or an evening one?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Do I listen more in the mornings or the afternoons, on the whole?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="This month, did I listen more of an evening than of a morning?",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Do I listen more at the weekend or on weekdays?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is the wireless on more during the working week than on Saturdays and Sundays, would you say?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="This year, have I listened to more music on weekdays or at weekends?",
        family="compare_week",
        period="this_year",
        content="music",
    ),
]

NEGATIVES = [
    "Would you be so kind as to play some Queen in the kitchen?",
    "Turn the wireless down a touch, would you, there's a good machine.",
    "What is this song that's playing at present? Rather a racket.",
    "Skip this one, please, it is far too loud for a Friday evening.",
    "Pause the podcast, if you would, there is someone at the door.",
    "Set a timer for four minutes for my boiled egg.",
    "What will the weather be doing in Chichester tomorrow?",
    "Kindly add marmalade to the shopping list.",
    "Turn off the kitchen light, please.",
    "Play the album Discovery, would you?",
    "Put the songs on shuffle, as I believe they call it.",
    "Set this tune to repeat, if you please.",
    "Would you join the kitchen speaker with the one in my study?",
    "What am I listening to right now? I've quite lost track.",
    "Next track in the living room, please.",
    "Set the thermostat to twenty degrees, if you'd be so good.",
    "Play The Daily, would you?",
    "A little louder, please, my hearing is not what it once was.",
    "Stop the music now, thank you kindly.",
    "Would you play Evensong from King's College in the kitchen?",
    "What time is it, please?",
    "Play some Elgar, would you, something stirring.",
    "Remind me about the parochial church council at seven.",
    "Turn the volume up to six, if you please.",
    "Go back to the beginning of this hymn, would you?",
    "Play Bohemian Rhapsody in the kitchen, if it's not too much trouble.",
    "Who sings this song that is on now?",
    "Turn the kitchen radio off, I'm going to bed.",
    "Play the next episode of that podcast, please.",
    "Put on Radio Four, would you?",
    "Is it going to rain this afternoon in Lewes?",
    "Play something by Justice, whoever they may be.",
    "Be so good as to mute the speaker.",
    "Cancel the timer, thank you.",
    "Play the album A Night at the Opera in the sitting room.",
    "Switch off shuffle, would you? I prefer things in order.",
    "What is the name of the album that is playing now?",
    "Turn the heating down in the kitchen, it's rather warm.",
    "Add tea bags and digestive biscuits to my shopping list.",
    "Play music in every room, if that is possible.",
    "Resume the podcast where I left off, please.",
    "Set an alarm for seven o'clock tomorrow morning, for matins.",
    "Play some hymns, would you, something from Ancient and Modern.",
    "Stop playing in the kitchen, please.",
]

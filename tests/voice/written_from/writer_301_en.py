"""Writer 301, a Welsh farmer whose English follows Welsh word order, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Who was it I had on the most last week, the band I mean, not the songs",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Number one singer of mine this year, who is it now? Tell me",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Obsessed I've been with some band lately, says our Gareth. Who is it then, go on",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="In the kitchen, which artist gets played most since March, is it?",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="top three artists of ours last month what were they",
        family="top_artists",
        period="last_month",
        count=3,
        person="we",
    ),
    Fresh(
        text="Back in August now, who was it I was playing most? Before the shearing was finished, like",
        family="top_artists",
        period="august",
    ),
    # top_tracks
    Fresh(
        text="Song of the month, what is it, for November like",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Five most played tunes of the year, tell me them now, there's a good girl",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="Which song is it most played of all time, ever, in the whole history?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Top song of ours in October, what was it? Queen I bet it was",
        family="top_tracks",
        period="october",
        person="we",
    ),
    # top_albums
    Fresh(
        text="The record I've played most, which one is it, ever?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Favourite album of mine this summer, what was it now",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Hooked on some album I am lately, can't think which. Which one is it?",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="Which podcast is it I'm listening to most this year?",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="Go-to podcast of mine the last three months, what is it",
        family="top_podcasts",
        period="last_3_months",
    ),
    Fresh(
        text="top show podcast I mean in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="How long was I listening today, all told?",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="Hours of music, how many had I on last week in the kitchen?",
        family="listening_time",
        period="last_week",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="How much time on the podcasts was it I spent this month, roughly",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Listened a fair bit we did over the weekend. How long for, was it?",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Ada, how long was she listening yesterday, the whole of the day?",
        family="listening_time",
        period="yesterday",
        person="Ada",
    ),
    Fresh(
        text="over the past two weeks how much music have I had going duw a lot I expect",
        family="listening_time",
        period="last_2_weeks",
        content="music",
    ),
    # plays
    Fresh(
        text="How many songs is it I've played today, then?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Number of plays since Monday, how many?",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episodes of the podcast did I get through last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="Streams, how many in total was it last year? Every last one, mind",
        family="plays",
        period="last_year",
    ),
    Fresh(
        text="The last seven days now, how many tunes went on?",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="How many different bands have I had on this year, roughly like?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Different artists, how many did I hear in the last thirty days",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="how many singers is it we listened to in september",
        family="artists_count",
        period="september",
        person="we",
    ),
    # songs_count
    Fresh(
        text="Different songs, how many was it I played this week?",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="How many separate tracks have I had on, ever? Not the same one twice, mind",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="duw how many different tunes were there yesterday",
        family="songs_count",
        period="yesterday",
    ),
    # play_count
    Fresh(
        text="How many times was it I played Bohemian Rhapsody this month?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Much Queen have I had on this year, would you say?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="That Daft Punk one, One More Time, how many times had I it on last week?",
        family="play_count",
        period="last_week",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="The Daily, how many goes did I give it since October",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    Fresh(
        text="how many times radio head did I play this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Listened to any Justice yesterday, did I?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Air I had on this morning, was it, or dreaming I was?",
        family="did_i",
        period="this_morning",
        name="Air",
    ),
    Fresh(
        text="any cafe tacuba last summer was there",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="Did I hear that Sexy Boy song on Saturday, the French one?",
        family="did_i",
        period="saturday",
        name="Sexy Boy",
    ),
    Fresh(
        text="Wet Leg, did I ever listen to them at all? Our Sian swears I did",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="The Daily now, did we have it on last Friday?",
        family="did_i",
        period="last_friday",
        name="The Daily",
        person="we",
    ),
    # what_played
    Fresh(
        text="What was it I was listening to yesterday evening, after milking?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Run me through what I had on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="What music was on in the kitchen this afternoon, whilst I was out with the dogs",
        family="what_played",
        period="this_afternoon",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="what was we playing on November the third",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="Fill me in on what I had on last night, dropped off in the chair I did",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="Quarter to eight it was last night, what song was on then?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Eight o'clock this morning, what was playing in the kitchen?",
        family="playing_at",
        moment="2026-11-20 08:00",
        room="kitchen",
    ),
    Fresh(
        text="what was it playing at ten past five today",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Wednesday dinner time, twelve o'clock, what was on? Lovely one it was",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="About nine o'clock Saturday night, what song was that going?",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    # taste
    Fresh(
        text="What kind of music is it I'm into, tell me honest now",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Describe my taste to me, go on, I won't be offended",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What sort of stuff am I liking lately, in the music like?",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="When is it I do most of my listening, what hour like?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Which day of the week is it I'm playing the most?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="usual time I have the speaker going when is it and what day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Anybody new I've found this month, any new bands?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="New artists, first time heard, this year, who are they?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Discovered anybody lately, have I? Somebody fresh",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="How often is it I skip? Tell me straight",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Skipping a lot of songs I am this week, am I?",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="what's my skip rate been last month then",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="How much do I play the same ones over and over, a repeat rate or whatever you call it",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Repeat rate this year, what's that at now?",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="Same old tunes again and again I'm playing lately, is it? How bad is it",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="How many days in a row is it I've been listening now?",
        family="streak",
    ),
    Fresh(
        text="My streak, how long is it going, days on the trot like",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When was it first I listened to Daft Punk?",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Café Tacvba, when did they first turn up on the kitchen speaker?",
        family="first_play",
        name="Café Tacvba",
        room="kitchen",
    ),
    Fresh(
        text="First time I heard Don't Stop Me Now, when was that, remember do you?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when did I first play the weekend",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="When was it last I had Queen on?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Genesis by Justice, last time I played it, when was that?",
        family="last_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="The Daily, when did I last have that one on, the news one",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="What was the last song I played, just now like?",
        family="last_song",
    ),
    Fresh(
        text="Last tune on, what was it? Gone out of my head it has",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="First song today, what was it? Before the milking, early",
        family="first_today",
    ),
    Fresh(
        text="very first thing on today what song was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Yesterday, the first song on, which was it?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="What did I start off with last Friday, the first tune?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="First track of the month for me, what was it?",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="Last song last night before bed, what was it?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="What did I finish with on Saturday, the very end?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last thing I played last week the very last song",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="Which song is it I skip the most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="The one I'm always skipping, which tune is that? Drives me twp it does",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Most skipped song this month, which one",
        family="most_skipped",
        period="this_month",
    ),
    # most_skipped_artist
    Fresh(
        text="Which band is it I skip most? Sick of them I am, whoever they are",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="artist I skip the most who's that then",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="What song have I got on repeat these days?",
        family="on_repeat",
    ),
    Fresh(
        text="Can't stop playing one song I can't. Which is it?",
        family="on_repeat",
    ),
    Fresh(
        text="The tune I keep going back to, what is it now, the one stuck in my head",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Give us a rundown of my listening, there's lovely",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="My year in music, how's it been? Tell me all about it",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="How did October go for me music wise, a recap like",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Our last month, what was it like for the listening? Sum it up for me",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="How's my week been then, in the music? Busy one on the farm it's been",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="More in the mornings is it I listen, or the evenings?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Afternoons or nights, when is it I listen more?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning person or evening person am I with the music",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Weekends or weekdays, which is it I listen more?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="More at the weekend I listen than in the week, do I? Or the other way round it is",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Play Queen by there in the kitchen, will you",
    "Turn that music up now, can't hear it over the kettle I can't",
    "What song is this on now?",
    "Skip this one, rubbish it is",
    "Pause the podcast, now in a minute, no, now",
    "next track in the parlour",
    "Turn the kitchen light off, there's a good girl",
    "Put the album Discovery on",
    "volume down the baby's sleeping",
    "Shuffle on, mix them up a bit",
    "Repeat this song, lovely it is",
    "Group the kitchen speaker with the one out in the barn",
    "Set a timer for twenty minutes for the cawl",
    "What's the weather doing up on the mountain tomorrow?",
    "Add sheep dip to the shopping list",
    "Thermostat up to twenty one, freezing it is in here",
    "What am I listening to right now?",
    "Who's this singing now, lovely voice",
    "Play The Daily",
    "Stop the music, the vet is on the phone",
    "louder mun",
    "Play something by Air in the kitchen",
    "Put Radio Cymru on",
    "What time is it now?",
    "Remind me to ring the vet at two",
    "Is it going to rain for the hay on Sunday?",
    "Play some Welsh hymns, Cwm Rhondda",
    "Play Bohemian Rhapsody, loud mind",
    "Put the next episode on",
    "What's this album called that's playing?",
    "Who sings this one?",
    "Rewind a bit, missed that I did",
    "Turn off the speaker in the kitchen",
    "Set an alarm for half five for the milking",
    "How long is left on the timer?",
    "mute the kitchen",
    "Play Max Boyce",
    "Turn the heating off in the back kitchen",
    "What's playing in the kitchen?",
    "Repeat mode off now",
    "Play the next song in the kitchen",
    "Turn the podcast down a bit, can't hear myself think",
    "Play Da Funk by Daft Punk",
    "Add bread and milk to the list, and wellies",
    "Resume the music",
]

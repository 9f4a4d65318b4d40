"""Writer 78, grandparent (retired Welsh postman, 81), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Would you be so kind as to tell me which band I've had on the wireless most this month?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Who have I been listening to most of all lately, if you please",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Now then, who was my number one singer in twenty twenty-five?",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="Tell me, which three groups did I play the most last year, there's a good machine",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="In the kitchen, whose records get played the most, I wonder?",
        family="top_artists",
        period="all_time",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="the last thirty days, who's been top of the bill with me",
        family="top_artists",
        period="last_30_days",
    ),
    Fresh(
        text="Who is Ada's favourite singer this year, would you know?",
        family="top_artists",
        period="this_year",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="What was my favourite song in October, would you happen to know?",
        family="top_tracks",
        period="october",
        content="music",
    ),
    Fresh(
        text="Kindly name my five most played tunes of all time",
        family="top_tracks",
        period="all_time",
        content="music",
        count=5,
    ),
    Fresh(
        text="which gramophone record, well, song I suppose you'd call it now, did I play the most this week",
        family="top_tracks",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Song of the summer for me, what was it then?",
        family="top_tracks",
        period="summer",
        content="music",
    ),
    Fresh(
        text="My three favourite songs from September, tell me them please, slowly mind",
        family="top_tracks",
        period="september",
        content="music",
        count=3,
    ),
    # top_albums
    Fresh(
        text="Which long-player did I have on the most over the last three months?",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="My two favourite albums since March, if you'd be so good",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    Fresh(
        text="What's the album I've played most, the whole record I mean, ever?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Which of those podcast programmes have I listened to most this year?",
        family="top_podcasts",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="What talking programme am I hooked on these days, the podcast sort?",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    Fresh(
        text="my go-to podcast last month, which one was it please",
        family="top_podcasts",
        period="last_month",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="How long have I had the wireless going today, all told?",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="How many hours of music did I listen to last week, would you tell me",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="How much listening did we do yesterday, the whole household I mean?",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="Minutes of podcasts this week, how many would that be?",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="In the kitchen, how long was the music going in September?",
        family="listening_time",
        period="september",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Over the past two weeks, how long have I been listening altogether?",
        family="listening_time",
        period="last_2_weeks",
    ),
    Fresh(
        text="how much time on the wireless these last seven days, roughly",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="How many songs have I played so far today, please?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="How many things did I put on the day before yesterday, all in all",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="How many episodes did I listen to in August?",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="The number of records we played last weekend, if you'd be so kind",
        family="plays",
        period="last_weekend",
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
        text="Would you know how many different artists I heard in the last thirty days",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="different performers since October, how many would that come to",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I play last month?",
        family="songs_count",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="How many separate tunes have I had on this week, not counting the same one twice?",
        family="songs_count",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how many different tracks did we get through last week, out of interest",
        family="songs_count",
        period="last_week",
        content="music",
        person="we",
    ),
    # play_count
    Fresh(
        text="How many times have I played that Bohemian Rhapsodies this year?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How often did the Daft Punks come on in October?",
        family="play_count",
        period="october",
        name="Daft Punk",
    ),
    Fresh(
        text="How many times did I listen to Tom Jones last year, now there's a Welsh voice",
        family="play_count",
        period="last_year",
        name="Tom Jones",
    ),
    Fresh(
        text="That Daily programme, how many times have I had it on this week?",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="How much of that Justices band have I had on since Monday?",
        family="play_count",
        period="since_monday",
        name="Justice",
    ),
    Fresh(
        text="Since March, how many times has Don't Stop Me come on?",
        family="play_count",
        period="since_march",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Around the World by Daft Punk, how many plays in total, do you know?",
        family="play_count",
        period="all_time",
        name="Around the World by Daft Punk",
    ),
    # did_i
    Fresh(
        text="Was there any Queen on the wireless yesterday evening, at all?",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="Have I listened to that Café Tacuba lot this month?",
        family="did_i",
        period="this_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="Did I play any Shirley Bassey at all last summer?",
        family="did_i",
        period="last_summer",
        name="Shirley Bassey",
    ),
    Fresh(
        text="Sexy Boy by the Air people, did I have it on last Friday?",
        family="did_i",
        period="last_friday",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="did we have the Daily on on Saturday, the news one",
        family="did_i",
        period="saturday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="Digital Love, did that get played in the last seven days?",
        family="did_i",
        period="last_7_days",
        name="Digital Love",
    ),
    Fresh(
        text="Those Daft Punk fellows the lad likes, have I had them on this week?",
        family="did_i",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Was La Fem Dargon played in August, that French one?",
        family="did_i",
        period="august",
        name="La femme d'argent",
    ),
    Fresh(
        text="Have I had any of the Genesis song on this summer?",
        family="did_i",
        period="summer",
        name="Genesis",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening, if you'd be so good?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Tell me what was on the wireless this morning, would you",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what did I have on on the third of November, I can't for the life of me remember",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="What did we listen to last weekend?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Remind me what music I played this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="What has our Ada been listening to this week?",
        family="what_played",
        period="this_week",
        person="Ada",
    ),
    Fresh(
        text="In the kitchen yesterday, what was I playing?",
        family="what_played",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="And the day before yesterday, what did I have on then?",
        family="what_played",
        period="day_before_yesterday",
    ),
    # playing_at
    Fresh(
        text="Would you be so kind as to tell me what song was on at a quarter to eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="What was on at eight o'clock this morning, please?",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="About ten past five this afternoon, what was that tune?",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Last Saturday at nine in the evening, what had I got on?",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="what was playing at noon on Wednesday",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="twenty past eight last night, what record was that now",
        family="playing_at",
        moment="2026-11-19 20:20",
    ),
    Fresh(
        text="Half past eight this morning, there was a programme on, what was it?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="What sort of music would you say I'm partial to?",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="How would you describe my taste, going by these past few weeks?",
        family="taste",
        period="lately",
    ),
    Fresh(
        text="What kind of listener am I, would you say, judging by what I put on?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="What time of day do I usually have the wireless on?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Which day of the week do I listen most, generally speaking?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="When am I usually at my music, the hour I mean, and the day",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Have I come across any new singers lately?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Any new bands turned up this year that I hadn't heard before?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Who did I hear for the very first time in twenty twenty-five, would you say",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="Do I skip a lot of songs, would you say?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="How often did I skip past things this week?",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="What proportion of the records do I cut short before the end, out of all of them?",
        family="skips",
        period="all_time",
        content="music",
    ),
    # repeat
    Fresh(
        text="Do I play the same old songs over and over again?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="How much repeating of tunes did I do last month, be honest now",
        family="repeat",
        period="last_month",
        content="music",
    ),
    # streak
    Fresh(
        text="How many days running have I had the wireless on now?",
        family="streak",
    ),
    Fresh(
        text="Am I on a streak, days in a row of listening? How long is it?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first hear that Daft Punk lot?",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="When was the very first time I played Eres by the Café Tacuba?",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="When did I first listen to Katherine Jenkins, would you check for me",
        family="first_play",
        name="Katherine Jenkins",
    ),
    Fresh(
        text="The Daily, when did that first turn up on my wireless?",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="When did I last hear Bohemian Rhapsody?",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="When was the last time I had the Moon Safaris album on?",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="Queen, when did I last play them, would you know?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Last time I heard that Dance song by the Justice, when was it?",
        family="last_play",
        name="D.A.N.C.E. by Justice",
    ),
    # last_song
    Fresh(
        text="What was the last song I played, please?",
        family="last_song",
    ),
    Fresh(
        text="Remind me of the very last record I put on, my memory's not what it was",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I had on today?",
        family="first_today",
    ),
    Fresh(
        text="Which tune did I start the day with today, first thing?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Yesterday, what was the first thing I played, would you know?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="What did I start off with last Friday?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="the first record of the week, what was it",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="On November the third, what did I put on first?",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="What was the last song I heard last night before bed?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="What did I finish up with on Saturday?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="the last thing I played the day before yesterday, what was it, I forget",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Last tune of October, which one was it?",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="What's the tune I can't abide, the one I keep skipping?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Which record did I skip most often this month?",
        family="most_skipped",
        period="this_month",
    ),
    # most_skipped_artist
    Fresh(
        text="Which singer do I skip most often?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Whose songs do I cut off the most, which band would that be?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="What song have I got on repeat these days?",
        family="on_repeat",
    ),
    Fresh(
        text="Which tune can't I stop playing, tell me honestly",
        family="on_repeat",
    ),
    Fresh(
        text="What's the song I keep going back to, this last fortnight or so?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Would you be so kind as to give me a summary of my week?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Tell me how my year has gone, listening-wise",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Run me through last month, if you'd be so kind",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="A little summing-up of my listening, please, nothing too long",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="How did October go for me on the wireless, all in all?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Fill me in on last year, the whole of it, from the beginning",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="Do I listen more in the mornings or of an evening?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Am I more of an early bird or a night owl with my records?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="This month, was I listening more in the afternoons or in the evenings?",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Do I listen more on weekdays or at the weekend, would you say?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is it Saturdays and Sundays I have the wireless on more, or during the working week?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Last month, more music during the week or at weekends?",
        family="compare_week",
        period="last_month",
        content="music",
    ),
]

NEGATIVES = [
    "Would you be so kind as to play some Daft Punk in the kitchen",
    "Turn the wireless down a touch, please",
    "What is this song that's on now?",
    "Skip this one, there's a good machine",
    "Pause the Daily programme, I've got the kettle on",
    "Next record in the front parlour, please",
    "Switch off the kitchen light if you would",
    "Play the Discovery album please",
    "Put the songs on shuffle, would you",
    "Set it to repeat this one, if you please",
    "Join the kitchen speaker up with the one in the lounge",
    "Set a timer for ten minutes for my boiled egg",
    "What's the weather doing in Aberystwyth today?",
    "Add tea bags and Welsh cakes to the shopping list",
    "Turn the heating up a couple of degrees, there's a chill in here",
    "What am I listening to at present?",
    "Louder please, I can't hear it over the kettle",
    "Play Queen, the Bohemian one",
    "Stop the music, the telephone's ringing",
    "Would you put the wireless on, Radio Cymru please",
    "Play the Daily, the newest one",
    "Go back to the start of this song",
    "Who sings this one, then?",
    "What album is this record from?",
    "Play something by Air in the kitchen, nice and quiet",
    "Turn the volume to four",
    "Mute the kitchen speaker a moment, would you",
    "Resume the podcast where I left off",
    "Play the next episode, please",
    "Remind me to take my tablets at six o'clock",
    "What time is it, please?",
    "Set an alarm for seven tomorrow morning",
    "Turn the thermostat to twenty",
    "Play Café Tacuba in the kitchen",
    "Turn the shuffle off, there's a dear",
    "Stop repeating this song, I've had enough of it",
    "How long is left on this song?",
    "Play the music in all the rooms together",
    "Dim the lights in the kitchen a little",
    "Is it going to rain this afternoon?",
    "Play Don't Stop Me Now, loud as you like",
    "Skip forward thirty seconds in this podcast",
    "What's the name of this band playing now?",
    "Put some Tom Jones on for me, would you",
    "Take milk off the shopping list, the lad brought some round",
    "Put on that playlist the lad made me, in the kitchen",
    "Lock the back door, please",
]

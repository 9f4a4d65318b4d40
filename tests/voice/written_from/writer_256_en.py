"""Writer 256, Highland Scottish grandmother, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Och, who was it I listened to the most last week, dear?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Tell me, lassie, who would you say is my favourite band this year?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who've I been awfy taken with lately, which singer is it, ken",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="my top three artists of all time, if you'd be so kind",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="In the kitchen there, which band gets played the most since October?",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="What was my song of the month last month, pet?",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="Name me my five most played songs from this summer, would you",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="which wee tune did I have on the most in twenty twenty five",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="Aye, the last seven days, what's been my most played track?",
        family="top_tracks",
        period="last_7_days",
    ),
    # top_albums
    Fresh(
        text="Which record have I played the most, all told?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what album was I keenest on back in September",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="Och, I cannae stop playing one album lately, which one is it now?",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="That podcast I'm hooked on these days, which one is it again, dear?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="What's my most listened to programme, the podcast kind, this year?",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="How long have I had the music on today, would you tell me?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="och how many hours did I listen last month all in",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="How much time did we spend listening to things last week, the whole house?",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="How long was I sat with the podcasts this week, d'ye ken?",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="how much music did I get through in the last thirty days",
        family="listening_time",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="This afternoon, dear, how many minutes was I listening, roughly?",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="How many songs did I put on this morning, lassie?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many things have I played altogether since Monday",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="How many episodes did I listen to in October, now?",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Well now, how many plays did I rack up this year, in total like?",
        family="plays",
        period="this_year",
    ),
    # artists_count
    Fresh(
        text="How many different singers have I listened to this year, would you say?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands did I hear in August roughly",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="How many different songs have I heard in the last three months?",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="Over the past two weeks, how many different tunes have I played?",
        family="songs_count",
        period="last_2_weeks",
    ),
    Fresh(
        text="och how many different songs have I ever had on, all of them",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="How many times did I play Bohemian Rhapsody this year?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="That Daft Punk, how much of them have I had on this week, dear?",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how often did I put on the Daily last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="How many times have I played Runrig, ever?",
        family="play_count",
        period="all_time",
        name="Runrig",
    ),
    Fresh(
        text="that one more time song by daft punk how many times since march",
        family="play_count",
        period="since_march",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="Was there any Queen on yesterday at all?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Had any Justice on lately? I cannae mind.",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did I play that Eres song by Cafe Tacuba last summer",
        family="did_i",
        period="last_summer",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Did I listen to The Proclaimers at all this year, lassie?",
        family="did_i",
        period="this_year",
        name="The Proclaimers",
    ),
    Fresh(
        text="Did we have any Air on last weekend, the two of us?",
        family="did_i",
        period="last_weekend",
        person="we",
        name="Air",
    ),
    Fresh(
        text="Sexy Boy, the Air one, did I hear it this month?",
        family="did_i",
        period="this_month",
        name="Sexy Boy by Air",
    ),
    # what_played
    Fresh(
        text="Och, what was it I had on yesterday evening?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="What did I listen to the day before yesterday, dear?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Run me through what I played on the third of November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what music did I have on last Friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="What did Ada listen to on Saturday?",
        family="what_played",
        period="saturday",
        person="Ada",
    ),
    Fresh(
        text="I couldnae sleep, what was I listening to last night?",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="What was that tune playing at ten to eight last night?",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was playing at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="What was on about ten past five this afternoon, dear?",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="At nine o'clock on Saturday night, what was I listening to?",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="what had I on at twelve noon the day before yesterday",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="What sort of music would you say I'm fond of?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Describe my taste in music for me, dearie, I'm awfy curious",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of tunes have I been into this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="What time of day do I usually have my music on?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="When am I most often listening, lassie, what hour and what day?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Have I found anyone new lately, any new bands at all?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which singers did I hear for the very first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Any new artists turn up last month, dear?",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="How often do I skip songs, would you say?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Do I skip a lot? This month, I mean.",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="whats my skip rate for last week",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Do I play the same songs over and over? Am I awfy repetitive, be honest",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="How much did I replay the same tunes in October?",
        family="repeat",
        period="october",
    ),
    # streak
    Fresh(
        text="How many days in a row have I been listening now?",
        family="streak",
    ),
    Fresh(
        text="what's my streak lassie how many days on the trot",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first hear Justice?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="That Digital Love, when did it first turn up, dear?",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="when was the first time I ever put on Runrig",
        family="first_play",
        name="Runrig",
    ),
    # last_play
    Fresh(
        text="When did I last have Bohemian Rhapsody on?",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when was the last time I listened to The Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Andy Stewart, when did I last hear him?",
        family="last_play",
        name="Andy Stewart",
    ),
    Fresh(
        text="Moon Safari, och, when did I last play that album?",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="What was the last song I played?",
        family="last_song",
    ),
    Fresh(
        text="och what was that last tune I had on, I've forgotten the name of it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the very first song I put on today?",
        family="first_today",
    ),
    Fresh(
        text="which tune started my day off today, dear",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first tune on yesterday, dear?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I start off with on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="The first song I played last week, what was it now?",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="What was the last song I had on last Friday?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="and what did I finish up with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="The last tune I played the day before yesterday, what was that?",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the tune I'm aye skipping past, the one I cannae abide",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Which band do I skip most often, would you say?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the singer I keep skipping dear",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="What song have I got on repeat these days?",
        family="on_repeat",
    ),
    Fresh(
        text="which tune can I no stop playing, lassie",
        family="on_repeat",
    ),
    Fresh(
        text="What's been going round and round in the kitchen these days?",
        family="on_repeat",
        room="kitchen",
    ),
    # recap
    Fresh(
        text="Tell me about my week of music, pet",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="give me a wee rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Fill me in on last year, would you, my year in music",
        family="recap",
        period="last_year",
        content="music",
    ),
    Fresh(
        text="What was our October like, music-wise, for the house?",
        family="recap",
        period="october",
        person="we",
        content="music",
    ),
    Fresh(
        text="och go on then, a wee recap of the summer for me",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="Am I more of a morning listener or an evening one?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or at night would you say",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Do I have more music on at the weekends or through the week?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Weekdays or weekends, lassie, when do I listen more?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Play some Daft Punk in the kitchen, would you",
    "och turn the music up a wee bit, I cannae hear it",
    "Turn it down, dear, it's awfy loud",
    "What's this song that's on just now?",
    "what am I listening to right now",
    "Skip this one, lassie, I dinnae like it",
    "Pause the podcast, the kettle's boiling",
    "next track in the kitchen please",
    "Put the kitchen light off, would you",
    "Play the album Discovery",
    "set a timer for twenty minutes for the scones",
    "What's the weather to be like tomorrow?",
    "Add porridge oats to the shopping list",
    "Turn the heating up, it's baltic in here",
    "put it on shuffle dear",
    "Put that song on repeat",
    "turn the repeat off now",
    "Group the kitchen speaker with the one in the living room",
    "Play The Daily",
    "Play the latest episode of The Daily, please",
    "stop the music a wee minute",
    "Carry on with the podcast",
    "Play Bohemian Rhapsody by Queen",
    "What's playing in the kitchen?",
    "who sings this one, dear",
    "Louder in the kitchen, please",
    "Mute the speaker, the phone's ringing",
    "set the volume to five",
    "Play something cheery for a grey morning",
    "Put on BBC Radio Scotland",
    "go back to the start of this song",
    "Skip forward thirty seconds",
    "What album is this from?",
    "wake me at seven with a bit of music",
    "What time is it, dear?",
    "Is it going to rain this afternoon?",
    "turn off the speaker in the kitchen",
    "Play some Air, nice and quiet",
    "Put on a bit of Justice in the living room",
    "Remind me to ring my sister at four",
    "dim the kitchen lights a wee bit",
    "Play the next episode",
    "How long is left on this song?",
    "cancel the timer",
    "Play some Gaelic music for me",
    "Shuffle my Queen songs in the kitchen",
]

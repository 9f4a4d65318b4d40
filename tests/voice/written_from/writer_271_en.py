"""Writer 271, an elderly Irish woman in Cork, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who was I listening to most last week at all, d'you know?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Sure tell me now, who's my number one band this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who have I been mad about lately, the singers like, I can never keep track",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen there, who gets played the most? I'd say 'tis the Queen lads",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="give me my top three artists from last summer, would you, love",
        family="top_artists",
        period="last_summer",
        count=3,
    ),
    Fresh(
        text="over the last three months now, who've I had on the most, which band",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="what was my favourite song of the month, d'you know, the one I had on the most",
        family="top_tracks",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="name me my five most played songs of all time, there's a good girl",
        family="top_tracks",
        period="all_time",
        count=5,
        content="music",
    ),
    Fresh(
        text="what song did we have on the most in October, himself was wondering",
        family="top_tracks",
        period="october",
        person="we",
        content="music",
    ),
    Fresh(
        text="which tune was top for me last summer, the one I was humming the whole time",
        family="top_tracks",
        period="last_summer",
        content="music",
    ),
    # top_albums
    Fresh(
        text="what's the album I've played the most, ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="which record did I wear out this year? I'd say 'tis one of the Daft Punk ones",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="was there an album I kept going back to since March, at all",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    Fresh(
        text="which of the podcasts did I listen to most last month",
        family="top_podcasts",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="my favourite podcast this year, what is it at all",
        family="top_podcasts",
        period="this_year",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="how long had I the music on yesterday, d'you know",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many hours did I listen altogether last week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time did we spend listening in September, himself was asking",
        family="listening_time",
        period="september",
        person="we",
    ),
    Fresh(
        text="how many minutes of podcasts did I have on this morning, with the breakfast",
        family="listening_time",
        period="this_morning",
        content="podcasts",
    ),
    Fresh(
        text="how long was I listening over the past two weeks, roughly like",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="how many songs did I play today at all",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things did I have on over the last seven days, all told",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="tell me how many episodes I listened to this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many tunes went on in the kitchen on Saturday",
        family="plays",
        period="saturday",
        content="music",
        room="kitchen",
    ),
    # artists_count
    Fresh(
        text="how many different singers and bands have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists did I hear last month, different ones like",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="sure how many different artists are in my history at all",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play in August",
        family="songs_count",
        period="august",
        content="music",
    ),
    Fresh(
        text="how many different tunes have I had on since October, roughly",
        family="songs_count",
        period="since_october",
        content="music",
    ),
    Fresh(
        text="different songs, how many, over the last thirty days",
        family="songs_count",
        period="last_30_days",
        content="music",
    ),
    # play_count
    Fresh(
        text="how many times did I play Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this week, go on",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how often did that Air crowd get played last year",
        family="play_count",
        period="last_year",
        name="Air",
    ),
    Fresh(
        text="times I played The Daily since Monday?",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="in twenty twenty five how many times did I play that don't stop me now one",
        family="play_count",
        period="in_2025",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="how many times have I played Daniel O'Donnell, ever",
        family="play_count",
        period="all_time",
        name="Daniel O'Donnell",
    ),
    # did_i
    Fresh(
        text="did I hear any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to much Daft Punk lately, have I?",
        family="did_i",
        period="lately",
        name="Daft Punk",
    ),
    Fresh(
        text="did I play that sexy boy one last weekend? I'd be mortified",
        family="did_i",
        period="last_weekend",
        name="Sexy Boy",
    ),
    Fresh(
        text="was there any Radiohead on this year at all",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="had I The Daily on this morning or was that the radio",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did I listen to the cafe tacuba fellas this summer, the Mexican lads",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="fill me in on what I had on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did I play on November the third, d'you know, the Tuesday",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what music did we have on last Friday",
        family="what_played",
        period="last_friday",
        person="we",
        content="music",
    ),
    Fresh(
        text="what had I on this afternoon, I was in and out of the garden",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was that playing at ten past eight yesterday evening, yer man with the helmet",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was the song at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was on around a quarter past five this evening",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="on Wednesday at twelve o'clock, the lunchtime, what was playing",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into at all, would you say",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="describe my taste for me, go on, I won't be offended",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of tunes do I go for, d'you know",
        family="taste",
        period="all_time",
        content="music",
    ),
    # peak
    Fresh(
        text="what time of the day do I usually be listening",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when would I mostly have the music on, what hour and what day",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week am I listening most, and at what time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I discover anyone new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who's new to me this month, any new bands at all",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any artists I heard for the first time since March? I'd say not many",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="how often do I skip songs at all",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="am I an awful one for skipping? how many do I skip out of what I play",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how many songs did I skip last week, sure I was very fussy",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="do I play the same songs over and over, what's my repeat rate like",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how much do I replay the same tunes, be honest now",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="am I forever repeating myself with the music this year",
        family="repeat",
        period="this_year",
        content="music",
    ),
    # streak
    Fresh(
        text="how many days running have I been listening now, without a break",
        family="streak",
    ),
    Fresh(
        text="what's my streak, d'you know, days on the trot",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="that bohemian rapsody, when did it first turn up for me",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when did I first hear The Weeknd, if I ever did, the grandson loves him",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="first time I played Discovery, the album, when was that",
        family="first_play",
        name="Discovery",
    ),
    # last_play
    Fresh(
        text="when did I last have Air on",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="when was the last time I played dance by justice",
        family="last_play",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="last time I listened to Eres, when was it, the Spanish one",
        family="last_play",
        name="Eres",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="what did I have on last of all, the very last thing",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to today",
        family="first_today",
    ),
    Fresh(
        text="what was the first song I put on today, with the porridge",
        family="first_today",
        content="music",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="what did I start off with last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first thing I had on in October, d'you remember",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="what did I finish up with last night before bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what was the last tune on Saturday",
        family="last_in",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="the last thing I listened to last week, what was it",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's the one I'm always skipping past, the song I mean",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the singer I'm forever skipping, yer man or the other fella",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I on repeat these days",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="what's on heavy rotation with me at the minute",
        family="on_repeat",
    ),
    Fresh(
        text="which song can't I stop playing, sure I'm driving himself mad with it",
        family="on_repeat",
        content="music",
    ),
    # recap
    Fresh(
        text="how was my week in music",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="give me a rundown of my listening, grand and quick now",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="go on and give me my year in review so",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through how last month went, the listening like",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or an evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or at night? I'd say nights",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more at the weekend or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it weekdays or weekends I have the music on more, d'you know",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen there, like a good girl",
    "turn the music up a small bit, I can't hear a thing",
    "what's that playing in the kitchen now",
    "what song is this, d'you know",
    "skip this one, sure I can't stand it",
    "pause the podcast a minute, the kettle's boiling",
    "next track in the living room",
    "turn off the kitchen light, would you",
    "play the album Discovery",
    "put on The Daily for me there",
    "shuffle the songs, grand",
    "turn the repeat off, 'tis driving me cracked",
    "put the kitchen and the front room speakers together",
    "set a timer for twenty minutes for the brown bread",
    "what's the weather doing today, will I need the coat",
    "add tea bags to the shopping list",
    "put the heating up to twenty-one, I'm perished",
    "what am I listening to right now",
    "who's singing this, yer man with the high voice",
    "stop the music, himself is on the phone",
    "lower the volume in the kitchen",
    "play a bit of Queen for me, I'm in great form",
    "play Bohemian Rhapsody from the start",
    "resume the podcast",
    "louder, louder, sure I can't hear it over the kettle",
    "play something nice and quiet for the evening",
    "put on the radio, Cork's 96FM",
    "turn the speaker in the kitchen off altogether",
    "play the next episode of The Daily",
    "go back to the start of the song",
    "set an alarm for half seven in the morning",
    "what time is it, I've lost track",
    "is it going to rain this evening",
    "remind me to ring Mary at six",
    "turn on the lights in the kitchen, 'tis gone dark",
    "play music in every room",
    "mute the kitchen speaker for a minute",
    "how long is left on the timer",
    "what's the name of this album that's on now",
    "take the milk off the shopping list, himself got it",
    "play something by Air, grand and relaxing",
    "turn the heating off in the kitchen",
    "set a timer like the other evening, twenty-five minutes for the apple tart",
    "who's this band playing now at all",
    "put this song on repeat, I'd say I love it",
]

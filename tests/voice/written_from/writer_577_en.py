"""Writer 577, a retired Welsh valleys miner in his seventies, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Now then, who's the one I've been listening to most this year? Go on, tell me.",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Who was it I had on most last week, butt? Them French boys, was it?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="In the kitchen by there, which band's been played the most this month?",
        family="top_artists",
        period="this_month",
        room="kitchen",
    ),
    Fresh(
        text="Obsessed with somebody I am lately, the wife reckons. Who is it then?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three singers of last year give us them now",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="Who did we have on the most in October, in our house like?",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="Number one for the last three months, Queen it is, isn't it? Or them Daft Punk boys?",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="Song I've had on most this month, which one is it? That Queen one, isn't it.",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Give us my five most played songs of all time, butt.",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Over the summer now, which tune was it I played the most?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Favourite song of mine last month, what was it according to the box?",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="Last summer, the song I had on most, what was it? Gone from me it has.",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="Which record have I played the most, ever like?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="The album I had on most in twenty twenty five, what one was that?",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="Top two albums since March, name them for me now.",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    Fresh(
        text="In September, what LP did I put on most? LP, album, whatever you call them now.",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="Which podcast is it I'm hooked on, mun?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Most listened podcast this year, what is it then?",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="Them talking programmes, the podcasts like, which one did I have on most last month?",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="How long have I had the music on today, roughly like?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Listening a lot last week I was. How many hours was it altogether?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Duw duw, how much time have I spent listening this year? Frightened to ask, I am.",
        family="listening_time",
        period="this_year",
    ),
    Fresh(
        text="Me and the missus, how long were we listening yesterday?",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="How many minutes of podcast did I have on this morning with my toast?",
        family="listening_time",
        period="this_morning",
        content="podcasts",
    ),
    Fresh(
        text="Since Monday in the kitchen, how much music have I had going?",
        family="listening_time",
        period="since_monday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="over the past two weeks how long have I been listening altogether tell me that",
        family="listening_time",
        period="last_2_weeks",
    ),
    Fresh(
        text="How long did our Ada have the music going last week, d'you know?",
        family="listening_time",
        period="last_week",
        content="music",
        person="Ada",
    ),
    # plays
    Fresh(
        text="How many songs is it I've played today, now?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Last weekend, the number of tunes I played, what was it?",
        family="plays",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="How many things did I play altogether in the last thirty days, everything like?",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="Podcast episodes this week, how many have I listened to, do you know?",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="How many plays did we have last month in the house?",
        family="plays",
        period="last_month",
        person="we",
    ),
    # artists_count
    Fresh(
        text="How many different singers have I listened to this year, roughly?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Since October, how many bands is it I've had on?",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="Different artists now, how many did I hear in August?",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="Tidy. Now, different songs I played last month, how many is that?",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="How many separate tunes have I had on in the last seven days?",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="All told, how many different songs have I ever played on this thing?",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="How many times have I played Bohemian Rhapsody this year? The wife's sick of it.",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How much Queen have I had on this week, butt?",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="That Eres one by Caffy Tacuba or whatever they're called, how many times have I played it?",
        family="play_count",
        period="all_time",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="How many times did I play Tom Jones last year? Loads, I bet.",
        family="play_count",
        period="last_year",
        name="Tom Jones",
    ),
    Fresh(
        text="The Daily, how many times did I have it on in October?",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="that dance one by Justice, D A N C E, how many times have I had that on",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="Did I listen to any Justice yesterday? I can't remember now.",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Had Air on at all last weekend, did I?",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="Max Boyce, have I played him at all this year?",
        family="did_i",
        period="this_year",
        name="Max Boyce",
    ),
    Fresh(
        text="Did we have Don't Stop Me Now on last Friday, for the party like?",
        family="did_i",
        period="last_friday",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="Any Daft Punk on the day before yesterday, was there?",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Had that One More Time on this week, have I? The Daft Punk one.",
        family="did_i",
        period="this_week",
        name="One More Time by Daft Punk",
    ),
    # what_played
    Fresh(
        text="What was I listening to last night then? Remind me.",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Saturday, what did I have on? Gone clean out of my head it has.",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Run me through what music I had on this afternoon, there's a good girl.",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="What did we play on November the third in the kitchen?",
        family="what_played",
        period="november_3",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="What was on yesterday evening? Half asleep in the chair I was.",
        family="what_played",
        period="yesterday_evening",
    ),
    # playing_at
    Fresh(
        text="What was on at quarter to eight last night? Out the back with the dog I was.",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Half eight this morning, what was playing by there?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="What song was on at twelve o'clock Wednesday, dinner time like?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Five o'clock today in the kitchen, what was playing?",
        family="playing_at",
        moment="2026-11-20 17:00",
        room="kitchen",
    ),
    Fresh(
        text="what was it playing at nine o'clock Tuesday night now",
        family="playing_at",
        moment="2026-11-17 21:00",
    ),
    # taste
    Fresh(
        text="What kind of music am I into, would you say?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Describe my taste for me now, go on, don't be shy.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What sort of stuff do I like, according to you? Not the hymns, I know that.",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="What time of day do I usually have the music on?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="When do I listen most, what hour and what day like?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Which day of the week is it I listen the most? Sunday, is it?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Found anybody new lately, have I? Any new bands?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="New singers I heard for the first time this year, who are they?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Did I discover anyone new last month, mun?",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="How often do I skip songs? Tell me honest now.",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="This week, how many did I skip out of what I played?",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="Skip a lot, do I? Last month like.",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Do I play the same songs over and over? Be honest with me.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="The wife says I'm like a stuck record. How much do I repeat the same tunes?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Same old songs again and again this year, is it? How much am I repeating?",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="How many days in a row have I listened now?",
        family="streak",
    ),
    Fresh(
        text="What's my streak, butt, how many days on the trot?",
        family="streak",
    ),
    Fresh(
        text="Where to is it I've got to now, how many days running have I had something on?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="You've got it all wrote down, isn't it, so when did I first listen to Daft Punk?",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="First time I played Bohemian Rhapsody on this thing, when was that?",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="When did Shirley Bassey first turn up on here?",
        family="first_play",
        name="Shirley Bassey",
    ),
    Fresh(
        text="The Daily, when was it I first had it on?",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="When did I last play Sexy Boy by Air?",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Last time I had Justice on, when was that now?",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="When did I last have the Moon Safari album on?",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="What was the last song I played?",
        family="last_song",
    ),
    Fresh(
        text="The last tune I put on, what was it called again? On the tip of my tongue it is.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was it I woke up to today then?",
        family="first_today",
    ),
    Fresh(
        text="Kettle's going on now in a minute, but first, what did I start the day off with, music wise?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="First song I played yesterday, what was it?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="What did I start off with last Friday?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="What did I open with on Saturday, first tune like?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="the first thing I played this month what was it",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="Yesterday, the last song I had on before bed, what was that?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="What did I finish on the day before yesterday?",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Last tune I played in October, which one was it?",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip most, the one I can't stand?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Most skipped track this year, which one?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Who is it I'm always skipping, which singer? Ych a fi, whoever it is.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Most skipped artist last year, who was that then?",
        family="most_skipped_artist",
        period="last_year",
    ),
    # on_repeat
    Fresh(
        text="What song have I got on repeat these days?",
        family="on_repeat",
    ),
    Fresh(
        text="Can't stop playing some song I can't. Which one is it?",
        family="on_repeat",
    ),
    Fresh(
        text="Which tune have I been thrashing lately in the kitchen?",
        family="on_repeat",
        room="kitchen",
    ),
    # recap
    Fresh(
        text="How was my week in music then? Give us the rundown.",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Give me my year in review, there's lovely.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Fill me in on last month, listening wise.",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Give us a rundown of my listening.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="How did we do in twenty twenty five, music wise? A little recap like.",
        family="recap",
        period="in_2025",
        person="we",
        content="music",
    ),
    # compare_day_parts
    Fresh(
        text="Am I more of a morning listener or a night one?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Afternoons or evenings, when do I have more music on?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Weekdays or Saturdays and Sundays, when do I play more music?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="More at the weekends is it, or during the week, my listening?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Play a bit of Queen in the kitchen for me, butt.",
    "Turn the music up a bit, I can't hear it over the kettle.",
    "What's this song playing now? Lovely it is.",
    "Skip this one, can't stand it I can't.",
    "Pause the podcast a minute, the phone's going.",
    "Turn the kitchen light off, there's a good girl.",
    "Put the album Discovery on.",
    "Volume down, mun, the wife's having a nap.",
    "Shuffle the Queen ones, go on.",
    "Put this one on repeat, tidy song this is.",
    "Group the kitchen speaker with the one in the front room.",
    "Set a timer for ten minutes for the Welsh cakes.",
    "What's the weather doing tomorrow? Raining, isn't it.",
    "Add teabags to the shopping list.",
    "Where to is the shopping list? Read it out to me.",
    "Turn the heating up to twenty one, cold it is in by here.",
    "What am I listening to right now?",
    "Next track in the front room.",
    "Put The Daily on now in a minute, after the news.",
    "Stop the music, dinner's on the table.",
    "Louder, butt, it's Don't Stop Me Now!",
    "Play some Tom Jones, Delilah.",
    "Who's singing this one, then?",
    "Turn the radio off in the kitchen.",
    "Put Radio Cymru on.",
    "Go back to the start of this song.",
    "What time is it now?",
    "Play the next episode of The Daily.",
    "Is it going to rain in Merthyr today?",
    "Put Justice on loud in the kitchen.",
    "Mute the speaker a minute, I'm on the phone to our Gareth.",
    "Turn the volume to five.",
    "Remind me to ring the doctor's at nine.",
    "Play something nice and quiet for the afternoon.",
    "turn the shuffle off I said",
    "Set an alarm for half six.",
    "Play Air, the Moon Safari one, in the kitchen.",
    "How long is left on this song?",
    "Skip forward thirty seconds, it's the adverts.",
    "Put Radio Wales on for the rugby.",
    "Turn the lights down in the kitchen. Tidy.",
    "Stop playing in the front room, keep it going in the kitchen.",
    "What's this album called, the one on now?",
    "Rewind a bit, missed that bit I did.",
]

"""Writer 500, a blind listener who uses only voice and is very exact, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Tell me please which artist I listened to most in the week of the ninth of November, that is Monday the ninth through Sunday the fifteenth.",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="from the first of January this year until today who is my number one artist, just the name please",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Read me my top three artists from the start of October until now, one at a time, slowly.",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="Which band have I been obsessed with over the past fortnight, counting from Saturday the seventh?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Who was my most played artist last year, meaning January to December twenty twenty five?",
        family="top_artists",
        period="last_year",
    ),
    # top_tracks
    Fresh(
        text="What was my most played song in October, the whole month, from the first to the thirty-first?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Please list my five most played tracks of the year two thousand and twenty five. I can't see the app, so say them clearly.",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="which song did I play most on Saturday the 14th of November",
        family="top_tracks",
        period="saturday",
    ),
    Fresh(
        text="In the kitchen, which song has been played the most, ever, since the records began?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Which album did I listen to most during the summer, so the first of June to the thirty-first of August?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="name the album I played most in the last thirty days, that's from the twenty second of October up to this evening",
        family="top_albums",
        period="last_30_days",
    ),
    Fresh(
        text="Of all time, which record, and I mean a whole album, have I had on the most?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Which podcast have I listened to most since the first of March?",
        family="top_podcasts",
        period="since_march",
    ),
    Fresh(
        text="my most played podcast this calendar month please, November",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="Podcasts only. Which show have I been hooked on lately?",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="How many hours and minutes did I listen on Thursday the nineteenth of November, that's yesterday?",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="How long did I have music on today between midday and six pm?",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="total listening time from 6 p.m. yesterday until 6 a.m. this morning please",
        family="listening_time",
        period="last_night",
    ),
    Fresh(
        text="How much time did we spend listening in the kitchen in September, from the first to the thirtieth?",
        family="listening_time",
        period="september",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Today, from midnight up to this minute, how long have I been listening in total?",
        family="listening_time",
        period="today",
    ),
    # plays
    Fresh(
        text="How many songs did I play this morning, between five a.m. and noon?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Count the total number of plays for the week beginning Monday the sixteenth of November, up to now.",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="how many podcast episodes did I play in twenty twenty five",
        family="plays",
        period="in_2025",
        content="podcasts",
    ),
    Fresh(
        text="Number of tracks played on Tuesday the third of November. The whole day, please.",
        family="plays",
        period="november_3",
        content="music",
    ),
    # artists_count
    Fresh(
        text="How many different artists did I listen to from the start of October until now?",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="Exactly how many distinct artists have I played in total? An exact number, not roughly.",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many different artists last month, October I mean",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I play in the last seven days, Saturday the fourteenth through today?",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="How many distinct tracks have I heard so far this year, counting from January the first?",
        family="songs_count",
        period="this_year",
    ),
    Fresh(
        text="number of different songs over the last three months, that's since the twenty first of August",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="How many times did I play Bohemian Rhapsody, B O H E M I A N, in November so far?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How often have I played Justice, J U S T I C E, since Monday the sixteenth?",
        family="play_count",
        period="since_monday",
        name="Justice",
    ),
    Fresh(
        text="Count how many times The Daily played between the first of June and the thirty-first of August twenty twenty five.",
        family="play_count",
        period="last_summer",
        name="The Daily",
    ),
    Fresh(
        text="how many times have I listened to Radiohead, R A D I O H E A D, ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="How many plays has Sexy Boy by Air, that's A I R, had over the past two weeks?",
        family="play_count",
        period="last_2_weeks",
        name="Sexy Boy by Air",
    ),
    # did_i
    Fresh(
        text="Did I listen to Daft Punk, spelled D A F T, P U N K, on Friday the thirteenth of November?",
        family="did_i",
        period="last_friday",
        name="Daft Punk",
    ),
    Fresh(
        text="did I hear Eres by Cafe Tacvba, that's T A C V B A, at any point in August",
        family="did_i",
        period="august",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Did I play anything by Wet Leg, W E T, then L E G, in the last thirty days?",
        family="did_i",
        period="last_30_days",
        name="Wet Leg",
    ),
    Fresh(
        text="Did Ada listen to Don't Stop Me Now the day before yesterday, Wednesday the eighteenth?",
        family="did_i",
        period="day_before_yesterday",
        name="Don't Stop Me Now",
        person="Ada",
    ),
    Fresh(
        text="Over the weekend of the fourteenth and fifteenth, did we have The Daily on in the kitchen at all?",
        family="did_i",
        period="last_weekend",
        name="The Daily",
        room="kitchen",
        person="we",
    ),
    # what_played
    Fresh(
        text="What was I listening to on Thursday the nineteenth from six pm until midnight?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Read me a short summary of what played on Wednesday the eighteenth of November.",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="What music did we have on last Friday, the thirteenth, from morning to night?",
        family="what_played",
        period="last_friday",
        content="music",
        person="we",
    ),
    Fresh(
        text="what did I listen to this afternoon between twelve noon and six",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="What was playing at exactly quarter to eight pm on Thursday the nineteenth of November?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="What was on at five past eight this morning?",
        family="playing_at",
        moment="2026-11-20 08:05",
    ),
    Fresh(
        text="At twelve noon on Saturday the fourteenth, what song was playing? Title and artist please.",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="what was playing at 9 p.m. on the 3rd of November",
        family="playing_at",
        moment="2026-11-03 21:00",
    ),
    Fresh(
        text="Tell me what was on at quarter past five this afternoon, so seventeen fifteen.",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="The Tuesday before last, around lunchtime, twelve o'clock to be precise, what was playing?",
        family="playing_at",
        moment="2026-11-10 12:00",
    ),
    # taste
    Fresh(
        text="Describe my taste in music for me, please, in a sentence or two.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="From everything I've ever played, what sort of music would you say I like?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you characterise my taste based on my listening this year, January to now",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="At what hour of the day do I usually listen, and on which day of the week?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="When, by the clock, am I most likely to be listening? The hour, please, and the weekday.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what is my peak listening time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Which artists did I hear for the first time from the first of November until now?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Have I discovered any new artists in the last three months, since the twenty-first of August?",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="any artists that were new to me in twenty twenty five",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="What percentage of songs do I skip, overall?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="How often did I skip tracks last week, the week of the ninth?",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="how many skips out of how many plays since the start of October",
        family="skips",
        period="since_october",
    ),
    # repeat
    Fresh(
        text="How much do I replay the same songs? Give me the repeat rate as a percentage.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="What was my repeat rate in September, the first to the thirtieth?",
        family="repeat",
        period="september",
    ),
    Fresh(
        text="this month, from the first of November, do I tend to play the same tracks over and over",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="How many consecutive days have I listened, up to and including today?",
        family="streak",
    ),
    Fresh(
        text="What is my current listening streak, in days?",
        family="streak",
    ),
    Fresh(
        text="for how many days in a row have I had something on without a single day's break",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Daft Punk? The exact date, please.",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="On what date did Phantom by Justice, P H A N T O M, first appear in my history?",
        family="first_play",
        name="Phantom by Justice",
    ),
    Fresh(
        text="when was the first time I played The Weeknd, W E E K N D",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="When did I last play Around the World by Daft Punk? Date and time, please.",
        family="last_play",
        name="Around the World by Daft Punk",
    ),
    Fresh(
        text="What was the most recent date on which I listened to Moon Safari, the album by Air?",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="when did I last hear Cafe Tacvba, C A F E, T A C V B A",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="What was the very last song I played? Please read me the title and the artist.",
        family="last_song",
    ),
    Fresh(
        text="name the last track I listened to, whenever that was",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I played today?",
        family="first_today",
    ),
    Fresh(
        text="Which track did I start the day with today, the very first one after midnight?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played on Thursday the nineteenth of November?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="What was the first track I listened to in the week of the ninth of November?",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="which song opened my listening on Tuesday the third of November",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="What was the last song I played yesterday evening, before midnight?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="What did I end with on Saturday the fourteenth? The final track of the day.",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what was the last song I listened to in October, on or before the thirty first",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip most often?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Tell me the track I've skipped the greatest number of times since the first of January twenty twenty six.",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Which artist do I skip the most?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose songs did I skip most last month, October",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="Which song have I had on repeat over these past two weeks?",
        family="on_repeat",
    ),
    Fresh(
        text="Which one song can't I stop playing at the moment?",
        family="on_repeat",
    ),
    Fresh(
        text="what's on heavy rotation for me these days, the one track",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Give me a full recap of my listening in October, from the first to the thirty-first.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Please give me a rundown of my week, Monday the sixteenth until now.",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Run me through my year in review, twenty twenty six so far.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Recap last summer for me, June through August twenty twenty five.",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="Do I listen more in the mornings, roughly eight a.m., or in the evenings, around nine p.m.?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Am I more of a morning or an evening listener, going by the whole history?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="comparing afternoons and nights in October, when did I listen more",
        family="compare_day_parts",
        period="october",
    ),
    # compare_week
    Fresh(
        text="Do I listen more on weekdays, Monday to Friday, or at weekends?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Weekends versus weekdays: which gets more of my listening this year?",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "Play Digital Love by Daft Punk in the kitchen, please. D I G I T A L, Love.",
    "Turn the kitchen speaker up to volume six.",
    "What song is this? Read me the title and the artist.",
    "what am I listening to right now",
    "Skip this track.",
    "Pause the podcast, please.",
    "Rewind thirty seconds.",
    "Set a timer for twelve minutes exactly.",
    "What's the time, to the minute?",
    "What will the weather be in Berlin on Saturday the twenty-first of November?",
    "add oat milk to the shopping list, O A T milk",
    "Set the kitchen thermostat to twenty-one degrees.",
    "Turn off the kitchen light.",
    "Play the album Discovery from the first track.",
    "Turn shuffle on, please.",
    "Switch repeat mode off.",
    "Group the kitchen speaker with the living room speaker.",
    "Read me the name of the podcast episode that's playing now.",
    "next track in the living room",
    "Play the newest episode of The Daily.",
    "Lower the volume by exactly ten percent.",
    "Stop the music in the kitchen at nine pm.",
    "Set an alarm for seven fifteen tomorrow morning.",
    "Play Queen, Q U E E N, in the kitchen.",
    "Resume the podcast, please.",
    "How long is this song, in minutes and seconds?",
    "who sings this",
    "Read out the lyrics of this song.",
    "Mute the kitchen speaker.",
    "Play something calm in the kitchen until eleven pm.",
    "Turn on the radio in the kitchen.",
    "Remind me at five past eight pm to take my tablets.",
    "What's on my calendar on Monday the twenty-third?",
    "Play Around the World on repeat.",
    "Move the music from the kitchen to the bedroom.",
    "fast forward two minutes in this episode",
    "How many minutes are left on the kitchen timer?",
    "Set the volume in the kitchen to forty percent.",
    "Play the song Eres by Cafe Tacvba, T A C V B A.",
    "Stop.",
    "Turn the bass down a little on the kitchen speaker.",
    "What time does the pharmacy on the corner close today?",
    "Announce the title of each song before it starts playing.",
    "How many minutes are left in this episode?",
]

"""Writer 215, radio-presenter type (Dublin Irish English, station jargon), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Right so, coming in at number one on me own personal charts last week, which artist was it?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who's been toppin' my artist chart this year, go on, give us the name",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Run me through the top three acts in me rotation since October, grand",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="which band was I absolutely obsessed with lately, deadly serious question now",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="In the kitchen now, who's had the most airplay of all time?",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Ah here, who's me favourite artist over the last seven days, the one getting all the spins",
        family="top_artists",
        period="last_7_days",
    ),
    # top_tracks
    Fresh(
        text="What's me song of the month, the one with the most spins?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Count me down me top five tracks of twenty twenty five, proper countdown style",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="which single was sittin' at number one in my chart last summer",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="Number one track over the last thirty days, what was it at all?",
        family="top_tracks",
        period="last_30_days",
    ),
    Fresh(
        text="gimme the top three most played tunes ever, the all-time greats like",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    # top_albums
    Fresh(
        text="Which album got the most airplay off me in October?",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="The record I had on most this summer, what was it, I can't place it for the life of me",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="what's me album of the year so far, the LP with the most spins",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Top two albums of all time in me rotation, by spins like",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="Which podcast am I hooked on these days, honestly?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top podcast in me rotation last month, what came in at number one",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="Podcast-wise now, what's been me most played show since March?",
        family="top_podcasts",
        period="since_march",
    ),
    # listening_time
    Fresh(
        text="How many hours of airtime did I clock up this week?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how long was the music on for the day, roughly like",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Total listening time for last year, hours and minutes please, it's for the end of year special",
        family="listening_time",
        period="last_year",
    ),
    Fresh(
        text="How many minutes of podcasts did I get through in the last seven days?",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="how long did we have the tunes going last weekend, the whole house like",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="How many spins did I log yesterday, total, all in?",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="how many tracks went out this morning from the kitchen",
        family="plays",
        period="this_morning",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Number of episodes I played back in August, roughly?",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="How many plays altogether since Monday, let's have the figure",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many songs did we get through on Saturday, the household like",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="How many different artists made it onto me playlist this month?",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="Different acts that got airplay in twenty twenty five, how many was that?",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="over the past two weeks how many separate artists did I play",
        family="artists_count",
        period="last_2_weeks",
    ),
    # songs_count
    Fresh(
        text="How many different tracks have I spun in total, the whole library like?",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="how many unique songs were in rotation the last three months",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="Distinct tunes I got through in September, how many are we talking?",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="How many spins has Bohemian Rhapsody by Queen had this year, the Freddie Mercury classic?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="Daft Punk, how many plays did the lads rack up this week?",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="café tacvba, the Mexican crowd, how many times did they go out last month",
        family="play_count",
        period="last_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="How many times did The Daily get played since October?",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    Fresh(
        text="how many times have I played Radiohead, ever, at all",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Did Justice get any airplay yesterday evening?",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="any Air in the rotation this month at all, the French duo like",
        family="did_i",
        period="this_month",
        name="Air",
    ),
    Fresh(
        text="Did I play Don't Stop Me Now by Queen last weekend?",
        family="did_i",
        period="last_weekend",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="Was Wet Leg on me playlist at all this year?",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="did Moon Safari get a spin the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Moon Safari",
    ),
    Fresh(
        text="Quick one, did we have The Daily on last Friday?",
        family="did_i",
        period="last_friday",
        name="The Daily",
        person="we",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening, run me through the playlist",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="fill me in on what went out on November the third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="What was on me playlist the day before yesterday, can't remember a thing",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what tunes did I have on this afternoon, give us the running order",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="What was on the decks last night? Just the highlights, grand",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="What was going out at ten past eight yesterday evening?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was on air at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="What was spinning at twenty past five the day?",
        family="playing_at",
        moment="2026-11-20 17:20",
    ),
    Fresh(
        text="Wednesday at noon, what was playing in the kitchen?",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    Fresh(
        text="what did I have on at nine in the evening on the third of November",
        family="playing_at",
        moment="2026-11-03 21:00",
    ),
    # taste
    Fresh(
        text="How would you describe me taste in music, like if you were introducing me on air?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of sound am I into, genre-wise, be straight with me",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Sum up my musical taste this year for the listeners at home",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="When's my prime time, what hour am I usually tuned in?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what time of day and what day of the week do I usually have the tunes on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="When's me peak slot, like what hour and what day do I normally listen?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what day of the week am I usually tuned in the most, yer man the algorithm should know",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Any new acts added to me rotation this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="discovered anyone new lately? any fresh names on the playlist",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Which artists did I hear for the very first time in twenty twenty five?",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="What's me skip rate like, be honest now",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often did I skip tracks last week",
        family="skips",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="How many skips out of how many plays this month, give us the stats",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="How much do I replay the same songs, what's me repeat rate?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="am I one of them people that plays the same stuff over and over, what's the repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="How repetitive was me rotation last month?",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="How many days on the trot have I been listening now?",
        family="streak",
    ),
    Fresh(
        text="what's me listening streak at, days in a row like",
        family="streak",
    ),
    Fresh(
        text="How many days straight have I had music on, no dead air?",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="When did Café Tacvba first land on me playlist?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when did I first give Digital Love by Daft Punk a spin",
        family="first_play",
        name="Digital Love by Daft Punk",
    ),
    Fresh(
        text="First time The Weeknd got airplay at mine, when was that?",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="Justice, when did they first go into rotation here?",
        family="first_play",
        name="Justice",
    ),
    # last_play
    Fresh(
        text="When did Sexy Boy by Air last go out?",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="last time I had bohemian rhapsody on, when was it",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="When did The Daily last get a spin, the news podcast?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was Genesis by Justice last on",
        family="last_play",
        name="Genesis by Justice",
    ),
    # last_song
    Fresh(
        text="What was the last track I played, the very last one?",
        family="last_song",
    ),
    Fresh(
        text="last song out the door, what was it",
        family="last_song",
    ),
    Fresh(
        text="What was the final tune I had on? Most recent like",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What did I wake up to the day?",
        family="first_today",
    ),
    Fresh(
        text="what opened the show today, the first song",
        family="first_today",
    ),
    Fresh(
        text="What was me opener the day, the very first track on?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What kicked off the show last Friday, first track?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the opening tune on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="What did I open with the day before yesterday?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="The first thing I played in August, what was it?",
        family="first_in",
        period="august",
    ),
    # last_in
    Fresh(
        text="What did I sign off with yesterday?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last track of the night last night, what was it",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="What was the closer on November the third?",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="what was the last song I played last week, the final one before the weekend was out",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the track that always gets the hook, the one I skip most",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Which artist am I always skipping on?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who gets skipped the most, which act, name and shame",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="What's on heavy rotation at the minute?",
        family="on_repeat",
    ),
    Fresh(
        text="what song can't I stop playing, yer man's got me hooked",
        family="on_repeat",
    ),
    Fresh(
        text="Which track's been on repeat these days?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Give us a rundown of me week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="do us a year in review for twenty twenty five, the full special",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="How was me October, music-wise?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Give me a rundown of my listening, the full bulletin",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="wrap up me last three months like a countdown special would",
        family="recap",
        period="last_3_months",
    ),
    Fresh(
        text="How did we get on last week, our recap, the whole house?",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Am I more a breakfast show listener or a late-night one?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Mornings or afternoons, when do I have more on this month?",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Weekdays or weekends, when do I listen more?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do I have more music on at the weekend than during the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Is me weekend airplay bigger than me weekday airplay since March?",
        family="compare_week",
        period="since_march",
    ),
]

NEGATIVES = [
    "Play Daft Punk in the kitchen, go on",
    "crank up the volume there, we're going live",
    "Skip this one, it's dead air",
    "what's this song, who's it by",
    "What's playing in the kitchen right now?",
    "pause The Daily for a sec",
    "Next track in the living room",
    "turn off the kitchen light, grand",
    "Play the album Discovery from the top",
    "stick on Bohemian Rhapsody by Queen there",
    "Shuffle the Justice tracks",
    "put repeat on for this track",
    "Group the kitchen speaker with the living room one",
    "set a timer for twelve minutes, the spuds are on",
    "What's the weather like in Dublin the day?",
    "add teabags to the shopping list",
    "Turn the heating up to twenty one",
    "what am I listening to right now",
    "Volume to seven in the kitchen",
    "fade out the music, I'm taking a call",
    "Play the latest episode of The Daily",
    "stop the music, lads",
    "Turn the tunes down a notch",
    "play something by Café Tacvba",
    "Who sings this one that's on now?",
    "rewind thirty seconds",
    "Play Moon Safari by Air, the whole album",
    "skip to the next episode",
    "Turn off repeat mode",
    "play Don't Stop Me Now, deadly",
    "Mute the kitchen speaker",
    "is it going to rain tomorrow",
    "Set an alarm for seven, breakfast show",
    "play RTÉ Radio One in the kitchen",
    "Louder, this is me favourite bit",
    "play D.A.N.C.E. by Justice on all speakers",
    "What album is this track off?",
    "dim the lights, it's the late show",
    "Resume the podcast",
    "add this song to me playlist",
    "move the music to the living room",
    "Turn on shuffle in the kitchen",
    "how long is left on this track",
    "Play the charts, the top forty countdown",
    "what's the temperature in the kitchen",
]

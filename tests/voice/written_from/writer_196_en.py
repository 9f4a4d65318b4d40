"""Writer 196, a retired engineer, precise and pedantic, Boston / New England English, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Which artist did I play the most last week? And by last week I mean Monday the ninth through Sunday the fifteenth, inclusive.",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who've I been wicked obsessed with lately, artist-wise, the past couple weeks or thereabouts",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Give me my top three artists for October. October twenty twenty-six, that is, not last year's October.",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="now the speaker's in the kitchen, not down cellar, so: in the kitchen, which band got the most airtime since March? March first to today, to be precise",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="For the household as a whole, what was our number one artist last month, the full month of October",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="top artist, all time, and I do mean all time, going back to the very first entry",
        family="top_artists",
        period="all_time",
    ),
    # top_tracks
    Fresh(
        text="What was my most played song this month? November, from the first up through right now.",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Name my five most-played tracks of all time. Five, mind you, not ten.",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="quick question. song of the year so far, January first to date",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="What single track did I run the most over the last thirty days, counting today as day thirty",
        family="top_tracks",
        period="last_30_days",
    ),
    Fresh(
        text="over the past two weeks, strictly the past two weeks, which song came up most often",
        family="top_tracks",
        period="last_2_weeks",
    ),
    # top_albums
    Fresh(
        text="Which album did I play the most in twenty twenty-five, the calendar year, January through December",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="what's the record I've had on most, full stop, no time limit",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Top two albums over the last three months. That's August twenty-first through today, if I've done the arithmetic right.",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="Which podcast have I been hooked on lately? I have a suspicion but I'd like the numbers.",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what show, podcast I mean, not television, did I listen to most this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="Which podcast got the biggest share of my time last summer, June through August of twenty twenty-five",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="How many hours of music did I have on yesterday, the full day, midnight to midnight",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="total listening time this week, Monday the sixteenth through now, in hours and minutes please, not some rounded figure",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="How long did I spend on podcasts in September? To the nearest minute, ideally.",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how much listening did we do last weekend, Saturday and Sunday, the fourteenth and fifteenth",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="This afternoon, noon to six, how many minutes of music were going in the kitchen",
        family="listening_time",
        period="this_afternoon",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="On Ada's profile, that's me, for the record, how many hours were logged last month",
        family="listening_time",
        period="last_month",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs have I played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Total number of plays since October first. Everything, songs and podcasts both.",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="How many episodes did I get through last month? Podcast episodes, to be clear.",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="number of tracks played the day before yesterday, which would be Wednesday the eighteenth",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="Over the last seven days, Saturday the fourteenth up to this minute, what's the total play count, all content",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="How many different artists have I listened to this year? Distinct artists, not plays.",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="over the summah, June, July, August, how many separate bands did I play",
        family="artists_count",
        period="summer",
    ),
    Fresh(
        text="count of unique artists. All time. Just the integer is fine.",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I play last week? Unique titles, I mean, don't double-count the repeats.",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="distinct tracks since Monday, Monday the sixteenth",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many individual songs have I gone through in the last seven days, that's Saturday the fourteenth through today",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="How many times did I play Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen. How many plays did Queen get last year? Twenty twenty-five, I mean.",
        family="play_count",
        period="last_year",
        name="Queen",
    ),
    Fresh(
        text="how much Daft Punk have I had on since March, in number of plays, not minutes",
        family="play_count",
        period="since_march",
        name="Daft Punk",
    ),
    Fresh(
        text="How many times has The Daily played, all told, since the records begin",
        family="play_count",
        period="all_time",
        name="The Daily",
    ),
    Fresh(
        text="how many times did I put on the Dropkick Murphys this year, St. Patrick's Day notwithstanding",
        family="play_count",
        period="this_year",
        name="Dropkick Murphys",
    ),
    Fresh(
        text="that Daft Punk one, One More Time, how many plays has it had over the last three months",
        family="play_count",
        period="last_3_months",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="Did I listen to any Justice yesterday evening, six o'clock onward",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="listened to Air at all in August? August of this year, not last.",
        family="did_i",
        period="august",
        name="Air",
    ),
    Fresh(
        text="Did I hear Sexy Boy, the Air song, last Friday, the thirteenth",
        family="did_i",
        period="last_friday",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="did I play any Aerosmith this month, I don't believe so, but humor me",
        family="did_i",
        period="this_month",
        name="Aerosmith",
    ),
    Fresh(
        text="Have I listened to Café Tacvba since October? That's Tacvba with a V, October first onward.",
        family="did_i",
        period="since_october",
        name="Café Tacvba",
    ),
    Fresh(
        text="any Daily episodes this morning, between five and noon",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="What was I listening to last night? Call it six p.m. Thursday to six this morning.",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="run me through what I played on Saturday, the fourteenth",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="What did we have on last week, the household I mean, Monday the ninth to Sunday the fifteenth",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="what music did I play this morning, five a.m. to noon, roughly",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Fill me in on what was playing November third. That was a Tuesday, if memory serves.",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what did Ada listen to yesterday, and yes, I'm Ada, I'm asking about my own account",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="What was on at quarter to eight last night? Nineteen forty-five, Thursday.",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="at ten past eight yesterday evening, what was playing, to the minute",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="This morning at eight thirty, what did I have going",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playing at five fifteen this afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Wednesday, the eighteenth, at nine p.m. sharp. What was playing then?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="noon on Tuesday the seventeenth, what was on the kitchen speaker at that moment",
        family="playing_at",
        moment="2026-11-17 12:00",
        room="kitchen",
    ),
    Fresh(
        text="November third at eight a.m., oh-eight-hundred, what song was that",
        family="playing_at",
        moment="2026-11-03 08:00",
    ),
    # taste
    Fresh(
        text="How would you characterize my taste in music, broadly speaking",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of stuff am I into, going by the data, mind you, not by what I'd tell you at a cookout",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Describe my taste this year, strictly on the basis of what I've played since January first",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="What time of day do I usually listen? The hour, and also which day of the week.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when am I most apt to have music on, hour and weekday, statistically",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's been my peak listening hour this month, November to date",
        family="peak",
        period="this_month",
    ),
    # new_artists
    Fresh(
        text="Have I discovered any new artists lately? New to me, I mean, first plays ever.",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists did I hear for the very first time this year, twenty twenty-six",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Any bands turn up for the first time last month? October, that is.",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="What's my skip rate overall? Skips as a fraction of plays, if you would.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often did I skip songs this week, Monday on",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="skips out of plays in the last thirty days, give me both numbers and the ratio",
        family="skips",
        period="last_30_days",
    ),
    # repeat
    Fresh(
        text="What's my repeat rate? How much do I replay the same tracks, in percentage terms",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="am I replaying the same songs over and over this month, I'd like a percentage, not an adjective",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="How repetitive was my listening in twenty twenty-five? Replays specifically.",
        family="repeat",
        period="in_2025",
    ),
    # streak
    Fresh(
        text="How many days in a row have I listened now? Consecutive days, unbroken.",
        family="streak",
    ),
    Fresh(
        text="what's my current listening streak at",
        family="streak",
    ),
    Fresh(
        text="days running without a gap, where does that stand as of today",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did Digital Love first turn up in my history, the Daft Punk one, not some other song by that title",
        family="first_play",
        name="Digital Love by Daft Punk",
    ),
    Fresh(
        text="Earliest play of Moon Safari, the Air album. Date please, time too if you've got it.",
        family="first_play",
        name="Moon Safari",
    ),
    Fresh(
        text="when did I first play The Cars, the band, Ric Ocasek and company",
        family="first_play",
        name="The Cars",
    ),
    # last_play
    Fresh(
        text="When was the last time I played Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Café Tacvba, when did I last have them on, date and time",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="most recent occasion I listened to The Daily, the New York Times one",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="What was the last song I played? The most recent one, whenever that was.",
        family="last_song",
    ),
    Fresh(
        text="last track I had on, whatevah it was",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the very first song I played today",
        family="first_today",
    ),
    Fresh(
        text="what'd I start the day off with, first track of the day, earliest timestamp",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday, by earliest timestamp",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track on November third",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="What did I open the year with? First song of twenty twenty-six, January first or whenever it was.",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="What was the final song I played last Friday, the thirteenth",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song I played in October, the thirty-first presumably, but check",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="What closed out last week for me? The final track, Sunday the fifteenth I'd imagine.",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="What track gets skipped most often, by raw count, not by percentage",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Which artist do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose stuff do I bail out on most often since March, artist-wise",
        family="most_skipped_artist",
        period="since_march",
    ),
    # on_repeat
    Fresh(
        text="What song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song can't I stop playing, I'm told it's wicked obvious",
        family="on_repeat",
    ),
    Fresh(
        text="what's on heavy rotation right about now, the one track",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Give me a rundown of my listening.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how'd my week go, music-wise, Monday through today",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Year in review please. Twenty twenty-five, the whole year.",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="recap September for me",
        family="recap",
        period="september",
    ),
    Fresh(
        text="Our summer, the household's, June through August, how'd it go listening-wise, in summary",
        family="recap",
        period="summer",
        person="we",
    ),
    Fresh(
        text="give me the review of my year so far, first of January to today",
        family="recap",
        period="this_year",
    ),
    # compare_day_parts
    Fresh(
        text="Am I more of a morning listener or an evening one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more afternoons or nights, measured in minutes, not plays",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Mornings versus evenings this year, which gets the larger share of my listening",
        family="compare_day_parts",
        period="this_year",
    ),
    # compare_week
    Fresh(
        text="Do I listen more on weekdays or on weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends versus weekdays, where does the bulk of my music fall over the last three months",
        family="compare_week",
        period="last_3_months",
        content="music",
    ),
    Fresh(
        text="Proportionally speaking, do I play more on Saturdays and Sundays than Monday through Friday?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Play Daft Punk on the kitchen speaker, volume at thirty percent, not a notch more",
    "turn the music up two increments",
    "Skip this song. This one, the one playing now.",
    "what song is this, the one on in the kitchen right now",
    "pause the podcast, I've gotta go pahk the cah",
    "next track in the living room please",
    "Turn off the kitchen light. The overhead, not the one over the sink.",
    "play the album Discovery, start to finish, track one first",
    "set a timer for twelve minutes, exactly twelve",
    "What's the weather gonna do tomorrow, down the Cape specifically",
    "add coffee to the shopping list, the Dunkin' kind, medium roast",
    "set the thermostat down cellar to sixty-two degrees Fahrenheit",
    "what am I listening to right now",
    "shuffle on, kitchen speaker",
    "Turn repeat mode off, I don't want the same track looping all afternoon",
    "group the kitchen speaker with the one in the den",
    "play The Daily, the latest episode",
    "put on some Queen in the kitchen, wicked loud",
    "lower the volume to four. That's four out of ten.",
    "stop the music",
    "resume playback",
    "play something by Air, Moon Safari if you can find it",
    "What's playing in the kitchen at the moment, the title please",
    "who sings this",
    "turn the heat up a degree, it's wicked cold in here",
    "is it gonna snow tonight, and how many inches, roughly",
    "set an alarm for six fifteen a.m., weekdays only",
    "add batteries to the list, double-A, a dozen",
    "play Justice, the album Cross, on shuffle",
    "skip ahead thirty seconds in this episode",
    "go back to the previous song",
    "turn the kitchen speaker off",
    "dim the lights in the kitchen to forty percent",
    "how much time's left on the timer",
    "play some jazz, the genre, not the Queen album",
    "I like this song, mark it as a favorite",
    "move the music from the kitchen to the living room",
    "what's the name of this album that's playing",
    "turn on the light down cellar",
    "Play Bohemian Rhapsody. The full six minutes, no fade.",
    "louder",
    "set the volume in the kitchen to exactly fifty percent",
    "what time do the Bruins drop the puck tonight",
    "remind me at four to move the cah for street cleaning",
    "play the newest episode of The Daily in the kitchen",
    "how long is this song that's on",
    "stop playing music in all rooms",
]

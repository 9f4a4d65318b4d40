"""Writer 43, a Midwestern American who checks guesses, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Daft Punk was my top artist last month, right?",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="you know what I'd love to know, who was my number one band this year, ya know?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="I wonder who I've been listening to the most lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="it wasn't Queen I had on the most last week, was it?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="we played Air more than anybody else in October, didn't we?",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="top three artists since March, I'd guess Daft Punk, Justice and Air, that sound about right?",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="ope, I've been on a real Justice kick the past couple weeks, haven't I? who've I been obsessed with",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="so what was my most played song, would you say?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Bohemian Rhapsody was my song of the summer, wasn't it?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="I bet One More Time was the tune I played most this month, huh?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="ya know what I'd love to know, my five most played songs in twenty twenty five",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="in the kitchen, what song got played the most last weekend, d'ya think?",
        family="top_tracks",
        period="last_weekend",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Discovery was my most played album this year, right?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="I wonder which record I just about wore out last summer",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="I s'pose Moon Safari wasn't my top album in September, was it?",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="there's an album I can't stop playing, it's Cross, isn't it?",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="The Daily's my go-to podcast, isn't it?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="I wonder what podcast I've been hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what was our top show, podcast-wise, last year, would you say?",
        family="top_podcasts",
        period="last_year",
        person="we",
    ),
    # listening_time
    Fresh(
        text="I didn't listen to a whole lot of music today, did I? how long was it",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did I have tunes on this week, roughly, ya know?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="I bet I spent a good ten hours on podcasts last month, huh?",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how much time did we spend listening last week, I bet it was a lot, huh?",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="must've been a couple hours of listening yesterday evening, wasn't it?",
        family="listening_time",
        period="yesterday_evening",
    ),
    # plays
    Fresh(
        text="there weren't many podcasts this week, were there?",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="how many songs did I go through this morning, would ya say?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="I played over a hundred tracks on Saturday, didn't I?",
        family="plays",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="total number of plays since October, I'm guessing it's a bunch, is it?",
        family="plays",
        period="since_october",
    ),
    # artists_count
    Fresh(
        text="I wonder how many different artists I've listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="I haven't listened to more than five different bands in the last three months, have I?",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many different artists have I got in my whole history altogether, ya know?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play in August, any idea?",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="I bet it wasn't more than ten different tunes last week, was it?",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="number of distinct songs in the last seven days, I'm guessing around a dozen?",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="how many times did I play Bohemian Rhapsody this month, would you say?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="I must've had Justice on a dozen times since Monday, huh?",
        family="play_count",
        period="since_monday",
        name="Justice",
    ),
    Fresh(
        text="I wonder how many times The Daily came on last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times have I played Radiohead, I bet it's zero, right?",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="I played Da Funk by Daft Punk a bunch in twenty twenty five, how many times was that?",
        family="play_count",
        period="in_2025",
        name="Da Funk by Daft Punk",
    ),
    # did_i
    Fresh(
        text="I didn't play any Queen yesterday, did I?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="I listened to Air on November third, didn't I?",
        family="did_i",
        period="november_3",
        name="Air",
    ),
    Fresh(
        text="we didn't have any Café Tacvba on last weekend, did we?",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="no Wet Leg at all this year, right?",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="I wonder if I heard Genesis the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Genesis",
    ),
    Fresh(
        text="I caught The Daily this morning, didn't I?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="ya know, did Sexy Boy come on at all last Friday?",
        family="did_i",
        period="last_friday",
        name="Sexy Boy",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening, I'm thinking Daft Punk, am I right?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="I wonder what all I had on last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="run me through what was playin' this afternoon, ya know",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what did we listen to on Saturday, was it mostly Justice?",
        family="what_played",
        period="saturday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter to eight last night, was that Daft Punk?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="I'd love to know what was playing at eight o'clock this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="ten past eight last night, what song was that, ya know?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="something was playin' around noon on Wednesday, what was it?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="at five this afternoon it was Air in the kitchen, wasn't it?",
        family="playing_at",
        moment="2026-11-20 17:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="I'm pretty much an electronic music gal, aren't I? what's my taste like",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe what kind of music I'm into, ya know?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my taste this year's been kinda French, hasn't it?",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what hour of the day do I usually have music on, I'm guessing around nine at night?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="I wonder what day of the week I listen the most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I usually listen, like what's my busiest time, would you say?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="I didn't discover anybody new this month, did I?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="I wonder if any new artists popped up for me over the past two weeks",
        family="new_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="who'd I hear for the very first time last year, ya know?",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="I skip an awful lot, don't I? what's my skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often did I skip stuff last month, would you say?",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="I wasn't skipping much this week, was I?",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="I replay the same tracks over and over, don't I? what's my repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much was I repeating songs in the last 30 days, ya know?",
        family="repeat",
        period="last_30_days",
    ),
    Fresh(
        text="I wonder how often I play the same stuff again and again",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening now, I bet it's a couple weeks, huh?",
        family="streak",
    ),
    Fresh(
        text="I haven't missed a day of listening in a while, have I? what's my streak at",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Café Tacvba, was it last year?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="I wonder when Justice first showed up in my history",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did I first play The Weeknd, or did I never, ya know?",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="Digital Love, when'd I hear that one the first time?",
        family="first_play",
        name="Digital Love",
    ),
    # last_play
    Fresh(
        text="when did I last have Queen on, was it a while back?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="I wonder when I last played Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="The Daily, the last time I listened was this morning, right?",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song I played, would you say?",
        family="last_song",
    ),
    Fresh(
        text="the last tune I had on was by Air, wasn't it?",
        family="last_song",
    ),
    Fresh(
        text="ya know what I'd love to know, what the very last song I listened to was",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what'd I wake up to this morning, was it Daft Punk?",
        family="first_today",
    ),
    Fresh(
        text="first song I played today was One More Time, right?",
        family="first_today",
    ),
    Fresh(
        text="I wonder what the first tune of the day was",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday, ya know?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="I started off last Friday with Justice, didn't I? what was the first song",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first tune I put on on November third, would you happen to know?",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="I wonder what I kicked off this week with, song-wise",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="last song I played last night was Da Funk, wasn't it?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="I wonder what I finished up with on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what was the final song of October for me, ya know?",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="the day before yesterday, what was the last tune I played?",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="I bet it's Phantom I skip the most, huh?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which song do I skip most often, would you say?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what song did I keep skippin' past this year, the most I mean?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="I bet it was Justice I skipped the most, huh?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which band do I skip past the most, ya know?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="I don't skip Queen more than anybody else, do I?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="I've had Digital Love on repeat, haven't I? what song's on heavy rotation",
        family="on_repeat",
    ),
    Fresh(
        text="what song can't I stop playing these days, ya know?",
        family="on_repeat",
    ),
    Fresh(
        text="I wonder what tune I've been playing to death",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gimme a rundown of my listening, would ya?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="I had a pretty good year for tunes, didn't I? give me the year in review",
        family="recap",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="fill me in on how last month went, music-wise",
        family="recap",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="I wonder how our summer went, listening-wise, can you recap it for us?",
        family="recap",
        period="summer",
        person="we",
    ),
    Fresh(
        text="wrap up my week for me, it was mostly Daft Punk, wasn't it?",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="I'm more of a morning listener than an evening one, aren't I?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or at night, I wonder",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="I bet I had more music on in the mornings than the evenings this month, huh?",
        family="compare_day_parts",
        period="this_month",
        content="music",
    ),
    # compare_week
    Fresh(
        text="I listen more on weekends than weekdays, don't I?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="I wonder if I had more tunes on during the week or on the weekends last month",
        family="compare_week",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="weekdays are my big listening days, not Saturdays and Sundays, right?",
        family="compare_week",
        period="all_time",
    ),
    # extra
    Fresh(
        text="Ada's top artist over the last 30 days, that'd be Daft Punk, wouldn't it?",
        family="top_artists",
        period="last_30_days",
        person="Ada",
    ),
    Fresh(
        text="in the kitchen, we didn't hear a lick of Around the World last week, did we?",
        family="did_i",
        period="last_week",
        name="Around the World",
        room="kitchen",
        person="we",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen, would ya?",
    "ope, turn the music up a smidge",
    "what song is this, ya know?",
    "skip this song, I'm not feelin' it",
    "pause the podcast real quick",
    "next track in the living room please",
    "turn off the kitchen light, would ya",
    "play the album Discovery, you betcha",
    "turn the volume down to four, it's a little loud, isn't it?",
    "shuffle some Queen in the kitchen",
    "put this song on repeat, would ya?",
    "group the kitchen and living room speakers together",
    "set a timer for twenty minutes for the hotdish",
    "it's gonna snow tonight, isn't it?",
    "add cheese curds to the shopping list",
    "bump the thermostat up to sixty-eight",
    "what am I listening to right now, ya know?",
    "who sings this one that's on now?",
    "what's playing in the kitchen right now?",
    "play the newest episode of The Daily",
    "stop the music in the kitchen, we're eating supper",
    "play some Air in the bedroom",
    "turn repeat off, would ya",
    "play Bohemian Rhapsody, I wonder if you can do that",
    "louder in the kitchen, ope, a bit more",
    "mute the speaker for a sec",
    "go back to the start of this song",
    "play something by Justice, would ya?",
    "the garage door's closed, isn't it?",
    "lock the front door, don'tcha know",
    "dim the living room lights to thirty percent",
    "what's the weather gonna be like Sunday for the Packers game?",
    "set an alarm for six a.m.",
    "play the next episode of The Daily in the kitchen",
    "fast forward thirty seconds in this podcast",
    "this song on now is Daft Punk, isn't it?",
    "turn shuffle on in the kitchen",
    "remind me to call Mom at seven",
    "add Don't Stop Me Now to the queue",
    "how long's left on the timer?",
    "resume the podcast where I left off",
    "turn the kitchen speaker off for the night",
]

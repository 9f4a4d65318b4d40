"""Writer 298, a fast-talking New Yorker who interrupts himself, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ay who'd I, lemme think how to say this, who'd I play the most last week, like which artist",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="okay so who's my number one guy this year, band, whatever, who is it",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who was I obsessed with lately, I mean really hammerin' it, which artist",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="gimme my top three artists ever, like of all time, go",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in the kitchen, 'cause that's where the speaker is right, who got played most in October",
        family="top_artists",
        period="october",
        room="kitchen",
    ),
    Fresh(
        text="over the past two weeks, who, and don't say Queen, who'd I play the most",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="what's my song of the month, c'mon, hit me",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five, no, make it three, three most played tracks since March",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="what song did I, ya know, the one I kept playin', the most played one last month",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="top track this week? quick, I'm double parked",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="what was my big song last summer, the one, the anthem",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="which album, record, whatever, did I spin the most this summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="what's my most played album, like ever, of all time",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="gimme the top two albums from last year, go go go",
        family="top_albums",
        period="last_year",
        count=2,
    ),
    Fresh(
        text="the record I kept throwin' on in the last thirty days, which one was it",
        family="top_albums",
        period="last_30_days",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am I hooked on lately, I know, I know, there's like one, humor me",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my go-to podcast this year, what is it",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="which show'd I play most in twenty twenty five, podcast I mean, not TV",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how long, hours, minutes, gimme the number, did I have music on today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how much time'd I spend listenin' last week, total",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how many hours of The Daily did I, wait, of podcasts, podcasts in general, last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how long did we have stuff playin' yesterday, the whole house",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="since Monday how much music, time-wise, like how many hours we talkin'",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs'd I play so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many episodes did I get through this month, of the podcast I mean",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total plays last weekend, how many, ballpark it for me",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="how many tunes did we put on last Friday",
        family="plays",
        period="last_friday",
        content="music",
        person="we",
    ),
    Fresh(
        text="the last seven days, how many tracks, I'm curious, I been blastin' stuff",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists did I listen to this year, roughly, no, exactly, gimme exact",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands'd I go through last month",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="number of different artists all time, what is it, like five?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many separate tracks, not plays, different ones, in the last three months",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="unique songs, ever, how many, total",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did I play Bohemian Rhapsody, like ever",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen've I had on this week, be honest with me",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="One More Time, the Daft Punk one, how many times this month",
        family="play_count",
        period="this_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times'd I throw on Radiohead this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="since October how many plays on Discovery, the album, the whole thing",
        family="play_count",
        period="since_october",
        name="Discovery",
    ),
    # did_i
    Fresh(
        text="did I hear any Justice yesterday or what",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to any Air lately? feels like I haven't",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="ay did I play that Café Tacvba, the Eres song, on Saturday",
        family="did_i",
        period="saturday",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="did I ever, ever, like even once, play The Weeknd",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="did we listen to The Daily last week or did we skip it",
        family="did_i",
        period="last_week",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="Sexy Boy, the Air song, not, ya know, did I put that on this morning",
        family="did_i",
        period="this_morning",
        name="Sexy Boy",
    ),
    Fresh(
        text="any Daft Punk back in August? I'm tryin' to remember",
        family="did_i",
        period="august",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening, remind me, my head's all over the place",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what'd I have on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what music did I play on November third",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="so what'd we listen to last weekend, gimme the gist",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="this afternoon, what was playin', what'd I have goin'",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was playin' around, uh, quarter to eight last night, no, ten to eight",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="at eight this morning what was on",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was that song at like noon on Wednesday",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="nine o'clock Monday night, what was playin', there was somethin' good",
        family="playing_at",
        moment="2026-11-16 21:00",
    ),
    Fresh(
        text="ten past five today, what was on, I was in the shower",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    # taste
    Fresh(
        text="what kinda music am I into, accordin' to you",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste, go, be brutal, I can take it",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="this year, what's my vibe, like my taste, what am I about",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="when do I usually listen, what time of day, what day, both",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my peak listening hour, and the day too while you're at it",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="typically what time do I have music goin'",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="discovered anybody new lately? any new artists?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who'd I hear for the first time this year, new artists I mean",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new bands last month, or same old same old",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often do I skip songs, like what percent",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how many songs did I skip this week, outta how many",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="what's my skip rate lately, am I impatient or what",
        family="skips",
        period="lately",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs, like my repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="do I keep playin' the same stuff over and over this month, be straight with me",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="repeat rate last year, what was it",
        family="repeat",
        period="last_year",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listenin'",
        family="streak",
    ),
    Fresh(
        text="what's my streak, like consecutive days, how long is it",
        family="streak",
    ),
    Fresh(
        text="am I on a streak? days straight, I wanna know",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first play Justice, the first time they show up",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when'd I first hear Don't Stop Me Now",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="first time I ever played Wet Leg, when was that",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when'd I last play Café Tacvba",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="last time I put on The Daily, when was it",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Digital Love, when was the last time, I miss that one",
        family="last_play",
        name="Digital Love",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="the last thing, song, song, I had on, what was it",
        family="last_song",
    ),
    Fresh(
        text="what'd I just, the last track I played, what was it, it's on the tip of my tongue",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what'd I wake up to this mornin', first song",
        family="first_today",
    ),
    Fresh(
        text="first song today, what was it",
        family="first_today",
    ),
    Fresh(
        text="what kicked off today, music-wise, the very first one",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what'd I start with yesterday, first track",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="on Saturday, what was the first song, the openin' one",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first thing I played last Friday, what was it",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="what did I end with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song the day before yesterday, the closer",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what'd I close out October with, last track",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most, there's gotta be one",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track do I always skip, c'mon, the one I can't stand",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do I keep skippin', artist, band, whoever",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what's on heavy rotation, not what's on right now, I mean these days",
        family="on_repeat",
    ),
    Fresh(
        text="what song can't I stop playin'",
        family="on_repeat",
    ),
    Fresh(
        text="the song I got on repeat these days, which one is it",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="run me through my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gimme a rundown of my listening, quick version",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my year, music-wise, year in review, the works",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on last month, how'd it go, listening",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="recap of our September, what'd we listen to, how'd it look",
        family="recap",
        period="september",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a mornin' guy or an evening guy, listening-wise",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the mornings or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons or evenings, when do I play more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekends, when do I listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do I play more on the weekend than during the week, I feel like I do",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen, and crank it",
    "turn the music up, up, more, there",
    "what's playin' in the kitchen right now",
    "what song is this, it's drivin' me nuts",
    "skip this song, skip it, c'mon",
    "pause the podcast, I gotta take a call",
    "next track in the kitchen",
    "turn off the kitchen light, no wait, dim it",
    "play the album Discovery, the whole thing",
    "volume to six, no, seven",
    "shuffle on",
    "put it on repeat, this one, loop it",
    "group the kitchen speaker with the livin' room",
    "set a timer for ten minutes, the pasta",
    "what's the weather gonna be, do I need an umbrella",
    "add bagels to the shopping list, and cream cheese",
    "thermostat to seventy, it's freezin' in here",
    "what am I listening to right now",
    "play some Queen, Bohemian Rhapsody, go",
    "stop the music, stop, stop",
    "play The Daily, the latest episode",
    "turn it down, the neighbors, ya know",
    "who sings this, the one playin' now",
    "play Justice in the kitchen, loud",
    "repeat off",
    "shuffle off, I wanna hear it in order",
    "resume the podcast where I left off",
    "go back, previous track",
    "mute the kitchen speaker",
    "play something I'd like, whatever, surprise me",
    "play Air, Moon Safari, nice and mellow",
    "what time is it",
    "set an alarm for six thirty",
    "how long's left on the timer",
    "turn on the lights in the kitchen",
    "skip ahead thirty seconds in this episode",
    "play some jazz, no, funk, play funk",
    "what album is this from, the song on now",
    "louder in the kitchen",
    "is it gonna rain tomorrow",
    "add coffee to the list, the good stuff",
    "play Café Tacvba",
    "turn everything off, I'm headin' out",
    "next episode of The Daily",
    "lower the heat, it's like a sauna",
]

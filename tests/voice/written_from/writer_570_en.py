"""Writer 570, a chatty Minnesotan retiree in her seventies, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Ope, real quick, who've I been playing the most this month? I wanna say it's those French boys but you tell me",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="okay so who was my number one artist last year, my granddaughter Kaylee says her phone does a whole big thing about it every December",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="who have I been just gaga over lately, band-wise I mean",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="In the kitchen here, which group gets played the most would ya say",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="tell me my top three bands for twenty twenty five, would ya, I'm putting together the Christmas letter",
        family="top_artists",
        period="in_2025",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="What's been my most played song since October, hon?",
        family="top_tracks",
        period="since_october",
    ),
    Fresh(
        text="Name me my five most played songs this year, nice and slow now so I can get 'em down on my notepad",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="so what's gonna be my song of the month then, for November here",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="what song did I just about wear out last summer, I bet you a nickel it's that Queen one",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="Oh geez, me and Harold, which tune did we play the most back in October",
        family="top_tracks",
        period="october",
        person="we",
    ),
    # top_albums
    Fresh(
        text="Which album have I had on the most, all told?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="oh for cute, my grandson Brody asked me what my favorite record is, so what album did I play the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="top two albums for October, real quick",
        family="top_albums",
        period="october",
        count=2,
    ),
    Fresh(
        text="I've been stuck on one album lately and I can't for the life of me remember the name of the darn thing, which one is it",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="what program do I listen to most, the podcast kind I mean, not the music",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Which podcast was I so hooked on last month, uff da, I had it on every morning with my coffee",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="since March what's been my go-to podcast, I s'pose it's that New York Times one but you tell me",
        family="top_podcasts",
        period="since_march",
    ),
    # listening_time
    Fresh(
        text="how many hours did I have music going this week, uff da, probably too many",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="How long was I listening yesterday, all together like",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how much time did we spend listening to stuff last weekend when the grandkids were over",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="in minutes, now, how much podcast listening did I do in September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="Total hours on the kitchen speaker last year, do ya know that one?",
        family="listening_time",
        period="last_year",
        room="kitchen",
    ),
    Fresh(
        text="ope, how long did I have the radio thingy going this afternoon, I kinda lost track",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="how many songs have I played so far today, real quick",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Ope, how many things did I play this morning? I was up early with the dog",
        family="plays",
        period="this_morning",
    ),
    Fresh(
        text="How many episodes did I listen to back in August, d'ya know",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="how many tunes all together over the past thirty days",
        family="plays",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="count 'em up for me, how many plays did we have last week",
        family="plays",
        period="last_week",
        person="we",
    ),
    # artists_count
    Fresh(
        text="How many different bands have I listened to this year, you think?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="so how many different singers did I have on last month, roughly",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="how many artists all told, like ever, on this thing",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I play last week, just the different ones now, not the same one over and over like Brody does",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many different songs have I ever played on here, oh I bet it's a whole bunch",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="Number of different tunes since Monday?",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="How many times have I played Bohemian Rhapsody this month, oh I just love that Freddie",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Daft Punk have I had on this week, Brody'll be tickled pink",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times did I put on that Sexy Boy song by Air since March, oh it's a silly name but it's real pretty",
        family="play_count",
        period="since_march",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Prairie Home Companion, how many times have I played that this year",
        family="play_count",
        period="this_year",
        name="Prairie Home Companion",
    ),
    Fresh(
        text="how many times did I have The Daily on in the last three months, roughly",
        family="play_count",
        period="last_3_months",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Yesterday, did I have any Queen on at all? I was humming it all night long",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="have I had The Daily on at all this week, I feel like I'm way behind on the news",
        family="did_i",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="listened to any of that Café Tacuba lately? my neighbor Rosa got me onto them",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I ever play any Lawrence Welk on this thing",
        family="did_i",
        period="all_time",
        name="Lawrence Welk",
    ),
    Fresh(
        text="Did I play Da Funk on Saturday? The grandkids were dancing around the kitchen island to something",
        family="did_i",
        period="saturday",
        name="Da Funk",
    ),
    Fresh(
        text="over the summer did I listen to Moon Safari, that's the album with the pretty cover",
        family="did_i",
        period="summer",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening while I was doing the dishes",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what all did I play last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what did I have going November third, that was the day of my hair appointment",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="whatcha got for what I listened to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Fill me in, what music did we have going last weekend?",
        family="what_played",
        period="last_weekend",
        person="we",
        content="music",
    ),
    # playing_at
    Fresh(
        text="what was that song playing at quarter to eight last night, oh it was so catchy",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="What was on at about eight thirty this morning, I was in the shower and couldn't quite hear",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="ope, what was playing around ten after five today",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Saturday at noon, just about, what did I have on",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="what was on at eight o'clock last night, Harold wants to know and he won't quit asking",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="what kind of music would you say I'm into, my daughter says I'm real hip now",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="How would you describe my taste in music? Be honest now, I can take it",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="so what's my music taste been like this year, would ya say",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="What time of day do I usually listen, would ya say",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when am I listening the most, like what hour and what day of the week",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my usual time for putting music on, you know, the day and the hour",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Discovered anybody new lately, have I?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which bands did I hear for the very first time this past week, the last seven days I mean",
        family="new_artists",
        period="last_7_days",
    ),
    Fresh(
        text="any new singers in October I hadn't heard before, or was it the same old same old",
        family="new_artists",
        period="october",
    ),
    # skips
    Fresh(
        text="how often do I skip songs, I think I'm pretty patient myself",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="What's my skip rate this month? Brody keeps going on and on about his",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="do I skip a lot, would ya say? last month, I mean",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Do I play the same songs over and over, be honest",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="over the past two weeks how much have I been repeating stuff, percentage-wise",
        family="repeat",
        period="last_2_weeks",
    ),
    Fresh(
        text="am I one of those gals who plays the same thing again and again, this year I mean",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="How many days in a row have I been listening now",
        family="streak",
    ),
    Fresh(
        text="what's my streak at, I don't think I've missed a single day, you betcha",
        family="streak",
    ),
    Fresh(
        text="how many days straight have I had music on, oh I'm curious now",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice, those fellas with the big cross",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when's the first time I ever played Bohemian Rhapsody on here",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="that Around the World song, the Daft Punk one, when did that first show up",
        family="first_play",
        name="Around the World by Daft Punk",
    ),
    # last_play
    Fresh(
        text="When did I last have The Daily on",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was the last time I played Don't Stop Me Now, that's my walking song, well, my walking-around-the-house song",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time I listened to ABBA, when was that",
        family="last_play",
        name="ABBA",
    ),
    Fresh(
        text="When'd I last play that Eres song, the Spanish one?",
        family="last_play",
        name="Eres",
    ),
    # last_song
    Fresh(
        text="what was the last song I played, I forget already, oh geez",
        family="last_song",
    ),
    Fresh(
        text="Ope, the last thing I played, what song was that",
        family="last_song",
    ),
    Fresh(
        text="the very last tune I had on, what was it called again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What'd I wake up to this morning?",
        family="first_today",
    ),
    Fresh(
        text="what was the first song I played today",
        family="first_today",
    ),
    Fresh(
        text="first thing I put on today, what was that, hon",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I start off with on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first song of the year for me, what was it, I'm just curious",
        family="first_in",
        period="this_year",
    ),
    Fresh(
        text="what'd I kick off the month with, song-wise",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="Last Friday, what was the last song before I shut it off",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the last song I played last night before bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what'd I finish up with on November third",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="the final song this afternoon, what was it, real quick",
        family="last_in",
        period="this_afternoon",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the one song I always skip, I bet it's that screechy one",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped tune this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Who's that singer I keep skipping past, I can never remember",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which artist did I skip the most last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="What's that song I can't stop playing, oh it's so catchy, it's stuck in my head like glue",
        family="on_repeat",
    ),
    Fresh(
        text="what's in heavy rotation in the kitchen here, as the kids say",
        family="on_repeat",
        room="kitchen",
    ),
    # recap
    Fresh(
        text="So how'd my week go, music-wise? Give me the scoop",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="oh for fun, do my year in review for me, like Kaylee gets on her phone",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on October, how'd it all go",
        family="recap",
        period="october",
    ),
    Fresh(
        text="run me through last month, the whole shebang",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Give me a rundown of my listening, would ya",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how'd we do last summer, give us the recap",
        family="recap",
        period="last_summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning listener or an evening one, d'ya think",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Do I listen more in the afternoons or at night?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or evenings, when do I have music on more",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekends or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Weekdays versus weekends, which do I play more music on",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="is it true I listen more on Saturdays and Sundays than the rest of the week, Harold swears up and down I do",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "ope, play that Daft Punk in the kitchen for me, would ya",
    "turn the music up a smidge, hon, I can't hear it over the mixer",
    "what's playing in the kitchen right now",
    "what song is this? oh I like this one",
    "skip this song, uff da, no thank you",
    "pause the podcast real quick, the phone's ringing",
    "next track please",
    "turn off the kitchen light, would ya",
    "play the album Discovery, Brody says it's a classic",
    "set a timer for forty minutes for the hotdish",
    "what's the weather gonna be tomorrow, are we getting snow",
    "add cream of mushroom soup to the shopping list",
    "turn the heat up to seventy-two, it's cold as all get out in here",
    "what am I listening to right now",
    "shuffle the music, would ya",
    "put this one on repeat, oh I just love it",
    "group the kitchen speaker with the living room one",
    "play The Daily",
    "volume to five",
    "ope, too loud, turn it down",
    "who sings this song that's on",
    "play some Queen in the living room",
    "stop the music, I've got company coming",
    "resume the podcast",
    "play Bohemian Rhapsody, nice and loud",
    "play something relaxing, would ya, it's been a day",
    "how cold is it outside right now",
    "set an alarm for six thirty tomorrow morning",
    "turn on the lights in the living room",
    "what time is it, hon",
    "play the next episode of The Daily",
    "go back a song, I missed the start",
    "is it gonna rain on Sunday, we've got church",
    "remind me to call my sister Lorraine at four",
    "what's the name of this album that's playing",
    "play Justice on the kitchen speaker, Brody says it's good for dancing",
    "louder please, Harold's out running the snowblower",
    "turn off repeat, oh for cryin' out loud",
    "play some polka music",
    "how much time is left on this song",
    "lock the front door",
    "what's on my shopping list",
    "play Christmas music, oh it's almost that time",
    "set the thermostat to sixty-eight for the night",
]

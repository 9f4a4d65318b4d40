"""Writer 544, a chatty New Orleans tour guide in his sixties who rambles, jokes and calls the speaker 'darlin'' (Southern US, Louisiana English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="well darlin', who've I been listenin' to the most this month, go on, lay it on me",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="now who was my number one band back in twenty twenty five, my memory ain't what it used to be, cher",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="in the kitchen, who'd we play the most last week, y'all keep track of that kinda thing, right?",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="mais who am I obsessed with lately, be honest now, I can take it",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="gimme my top three artists since March, darlin', do it like a countdown on the radio",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="what's my song of the month, cher, the one I done wore plumb out",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name me my five most played songs of all time and take your sweet time, I ain't goin' nowhere",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which song did I play more'n any other back in October, you remember?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="top three tunes this year darlin', what are they, I'm just dyin' to know",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    # top_albums
    Fresh(
        text="which record did I spin the most this summer, back when it was hot as blazes out there",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="what album have I been wearin' out lately, darlin'",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="my favorite album of all time, accordin' to you anyhow, 'cause I got my own opinion on that",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="lemme hear my top two albums from last month",
        family="top_albums",
        period="last_month",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on these days, and don't you go tellin' nobody",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's been my go-to show this year, podcast-wise I mean, not the TV",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="most played podcast last month, darlin', go on and tell me",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="how long did I have music goin' today all told, 'cause it feels like it's been on since sunup",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of listenin' did I rack up last week, darlin'",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time have I spent on podcasts this month, be gentle with me now",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="in the kitchen, how many hours did we have tunes on last month, just ballpark it for me",
        family="listening_time",
        period="last_month",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="how many minutes did I listen yesterday evenin' while I was fixin' supper",
        family="listening_time",
        period="yesterday_evening",
    ),
    # plays
    Fresh(
        text="how many songs I played so far today, darlin'",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many tracks did we run through on Saturday, lemme tell ya, that was a party",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="total plays since October, give or take, I don't need it down to the decimal",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="how many episodes did I put on this year, podcasts I'm talkin' about",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different bands have I listened to this year, you reckon",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different artists did we have on last year, the whole household, everybody",
        family="artists_count",
        period="last_year",
        person="we",
    ),
    Fresh(
        text="in the last thirty days, how many artists I heard, different ones now, not the same fella twice",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last month, darlin'",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="this week, how many distinct tunes have I been through, roughly",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="out of everything, how many separate songs have I ever heard on that thing",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times I played bohemian rapsody this year, and I want the truth, darlin'",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Daft Punk have I had on this week, them robot fellas in the helmets",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="count up for me how many times The Daily came on last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how often'd I play Louis Armstrong since March, ol' Satchmo, hometown boy",
        family="play_count",
        period="since_march",
        name="Louis Armstrong",
    ),
    Fresh(
        text="that sexy boy song by Air, how many times it come on in the last seven days",
        family="play_count",
        period="last_7_days",
        name="Sexy Boy by Air",
    ),
    # did_i
    Fresh(
        text="darlin', did I get any Queen in yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="listened to much Justice lately? I feel like I have but I been wrong before",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="any cafe tacuba this summer? kah-fay tah-koo-bah, however you say it, I'm from Louisiana not Mexico City",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I play any Dr. John at all last month, the Night Tripper himself",
        family="did_i",
        period="last_month",
        name="Dr. John",
    ),
    Fresh(
        text="tell me I played dont stop me now on Saturday, I was cuttin' a rug all over the house",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="what was I listenin' to yesterday evenin', it's all a blur, cher",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through what I had on this mornin', start to finish",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what'd we have playin' last weekend, darlin', fill me in",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what music did I play on November third, that was a Tuesday if I ain't mistaken",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="last Friday, what songs was I playin', I was in a mood that day",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    # playing_at
    Fresh(
        text="what was playin' round ten past eight last night, darlin'",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what song was on at half past eight this mornin', I was still half asleep",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="in the kitchen, what was on at a quarter past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    Fresh(
        text="noon on Wednesday, what was I listenin' to, right around lunchtime",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="what was goin' at nine o'clock Tuesday night, some tune was on and I can't place it",
        family="playing_at",
        moment="2026-11-17 21:00",
    ),
    # taste
    Fresh(
        text="what kinda music am I into, darlin', in your professional opinion",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe my taste, and go easy on an old man",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste been like this year, if you had to put it in words",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="when do I usually get the music goin', what hour, what day, gimme the pattern",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when am I listenin' the most, darlin', time of day and day of the week",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my busiest hour for listenin', and my busiest day while you're at it",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered anybody new lately, darlin'? I like to keep young",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new bands turn up for me this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd I hear for the first time this year, anybody fresh",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="what new artists did we pick up last summer",
        family="new_artists",
        period="last_summer",
        person="we",
    ),
    # skips
    Fresh(
        text="how often do I skip songs, darlin', I got a itchy finger",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate been this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="last week, how many songs did I skip, out of how many I played",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="do I play the same songs over and over, be straight with me now",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much replayin' did I do this year, same tunes again and again like a broken record",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="what's my repeat rate for the last three months",
        family="repeat",
        period="last_3_months",
    ),
    # streak
    Fresh(
        text="how many days in a row I been listenin' now, darlin'",
        family="streak",
    ),
    Fresh(
        text="what's my streak at, I bet it's longer than a Mardi Gras parade",
        family="streak",
    ),
    Fresh(
        text="how long's my listenin' streak, days runnin', no breaks",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when was the very first time I ever played Daft Punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when did I first hear that eres song, the Spanish one",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="first time Moon Safari ever came on, when was that, darlin'",
        family="first_play",
        name="Moon Safari",
    ),
    Fresh(
        text="when did I first play The Meters, funkiest band ever came outta this town",
        family="first_play",
        name="The Meters",
    ),
    # last_play
    Fresh(
        text="last time I had some Queen on, when was that, darlin'",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when did I last listen to The Daily, I'm way behind on my news",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="how long since I played digital love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="when'd I last hear phantom by justice",
        family="last_play",
        name="Phantom by Justice",
    ),
    # last_song
    Fresh(
        text="what was the last song I played, darlin'",
        family="last_song",
    ),
    Fresh(
        text="what'd I listen to last, the very last tune, before you and me got to talkin'",
        family="last_song",
    ),
    Fresh(
        text="remind me the last song I put on, my memory's like a sieve",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what'd I start the day off with, darlin'",
        family="first_today",
    ),
    Fresh(
        text="first song today, what was it, I had my coffee and chicory and then I can't recall",
        family="first_today",
    ),
    Fresh(
        text="what was the very first tune I put on today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what'd I kick off Saturday with, the first song of the day",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what song started off my week",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="what was the first thing I played in October",
        family="first_in",
        period="october",
    ),
    Fresh(
        text="first tune of the year for me, what was it, darlin'",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what'd I close out last night with",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song I played yesterday, darlin', the nightcap",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the final song last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="how'd I wrap up last month, what was the last tune",
        family="last_in",
        period="last_month",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most, darlin'",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune do I always pass right on over",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's that song I keep skippin', the one I can't stand no more",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the artist I'm always skippin' past, poor fella",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose songs do I skip more'n anybody else's",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which tune can't I stop playin', darlin', the one stuck in my head like a crawfish in a pot",
        family="on_repeat",
    ),
    Fresh(
        text="what song's been goin' round on a loop in my kitchen",
        family="on_repeat",
        room="kitchen",
    ),
    # recap
    Fresh(
        text="give me the rundown on my week, darlin'",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="fill me in on how my October went, listenin'-wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="do me one of them year in review things, like they do on the TV at New Year's",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a recap of my listenin', I love a good story",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how'd we do last month, the whole story, music and all",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a mornin' person or an evenin' person with my music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="do I listen more in the afternoons or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornin's or evenin's, when do I play more tunes",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I play more on the weekends or durin' the week, darlin'",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays versus weekends, which one gets more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="am I a weekend listener or a weekday one, honestly",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "darlin', put on some Daft Punk in the kitchen, would ya",
    "turn that music up, I can't hear myself think",
    "crank it up a notch, cher, this one's a good one",
    "what's this song playin' right now",
    "who sings this, darlin'",
    "skip this one, I ain't in the mood",
    "pause the podcast a minute, somebody's at the door",
    "next track in the livin' room please",
    "turn off the kitchen light, I'm burnin' money here",
    "put on that Discovery album from the top, darlin'",
    "volume down to four, the neighbors are fussin'",
    "shuffle my music, surprise me",
    "put this song on repeat, I could listen to it all day",
    "turn repeat off, darlin', enough's enough",
    "group the kitchen speaker with the one in the den",
    "set a timer for twenty minutes, I got red beans on the stove",
    "what's the weather gonna be like, do I need my umbrella",
    "add andouille sausage to the shoppin' list",
    "set the thermostat to seventy two, it's muggy as all get out",
    "what am I listenin' to right now, darlin'",
    "what's playin' in the kitchen",
    "play some Queen, loud, like the old days",
    "resume the podcast where I left off",
    "stop the music, I got a tour group on the phone",
    "play bohemian rapsody in the kitchen, I wanna sing along",
    "how hot is it outside, honestly",
    "turn the kitchen speaker off for the night",
    "play the newest episode of The Daily",
    "go back a song, I missed the good part",
    "louder, darlin', louder",
    "mute the livin' room",
    "what time is it, I lost track again",
    "set an alarm for six thirty tomorrow mornin'",
    "dim the lights in the kitchen down to half",
    "play somethin' by Justice, somethin' with a beat to it",
    "thumbs up this song, I like it",
    "who's this band playin' right now, they any good",
    "play music all over the house, every room",
    "add milk and coffee with chicory to the grocery list, I'm makin' groceries tomorrow",
    "turn the heat down a couple degrees, darlin', I'm sweatin' like a sinner in church",
    "how long is left on this song",
    "fast forward the podcast thirty seconds, skip them ads",
    "play around the world by daft punk in the kitchen",
    "what's the name of this album that's playin'",
]

"""Writer 202, high-energy party host / DJ (California surfer), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="duuude who was my number one artist this year?? hit me!!",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="okay okay okay, who'd we rock the hardest at the party last weekend, like which band got the most spins",
        family="top_artists",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="yo which band have I been totally obsessed with, like for real for real",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="gimme my top three artists of all time bro, I'm so stoked for this",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in the kitchen, who gets spun the most? that's where the party always ends up lol",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who's Ada's go-to artist this year, she's got hella good taste",
        family="top_artists",
        period="this_year",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what's the hella biggest banger of the month so far!!",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="five most played tracks since October, let's gooo, name 'em",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="dude what was our party anthem last Saturday, like the track we kept running back",
        family="top_tracks",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="top song last summer? I need it for my throwback set, it's gonna be gnarly",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="what was my most played song over the last seven days, quick quick",
        family="top_tracks",
        period="last_7_days",
    ),
    # top_albums
    Fresh(
        text="which record did I play to death in August, dude",
        family="top_albums",
        period="august",
    ),
    Fresh(
        text="what album's been my absolute jam this year, gnarly question I know",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="top two albums last month, go go go!",
        family="top_albums",
        period="last_month",
        count=2,
    ),
    Fresh(
        text="bro what's the one album I just can't stop spinning lately",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="ok not music for a sec, what's my go-to podcast these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which show was I hooked on last year, like podcast-wise, not tunes",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="most played podcast ever, bro?",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how many hours of tunes did I crank today!! feels like a lot",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="yo how long did we have the music going last Friday, that party ran sooo late",
        family="listening_time",
        period="last_friday",
        content="music",
        person="we",
    ),
    Fresh(
        text="total time I spent listening this week, dude, just the number",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how long was the podcast on this morning, I was making smoothies and totally zoned out",
        family="listening_time",
        period="this_morning",
        content="podcasts",
    ),
    Fresh(
        text="how many minutes of music did Ada rack up yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many tracks did I drop yesterday evening? I was on fire",
        family="plays",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="total streams in twenty twenty five, gimme the big number!",
        family="plays",
        period="in_2025",
    ),
    Fresh(
        text="how many episodes did I bang through last month, podcast grind was real",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many songs got played at our little kitchen rager on Saturday haha",
        family="plays",
        period="saturday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="like how many plays have I racked up over the past two weeks, total",
        family="plays",
        period="last_2_weeks",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I spun this year, gotta be hella",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="dude how many different acts did we play at the party last weekend",
        family="artists_count",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="number of artists in my rotation over the last thirty days?",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="how many different tracks since March? that's a gnarly stat right there",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="how many unique songs did I play last week, like no repeats counted",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="different songs total, ever, how many bro",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did we blast Don't Stop Me Now at the party Saturday hahaha",
        family="play_count",
        period="saturday",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="how much Daft Punk have I had on this week, dude, be real",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times did I play da funk in October",
        family="play_count",
        period="october",
        name="Da Funk",
    ),
    Fresh(
        text="how many times did I spin Wet Leg this summer",
        family="play_count",
        period="summer",
        name="Wet Leg",
    ),
    Fresh(
        text="plays of The Daily since Monday?",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="phantom by justice, how many times's that been on in the last three months, it's such a floor filler",
        family="play_count",
        period="last_3_months",
        name="Phantom by Justice",
    ),
    # did_i
    Fresh(
        text="did I throw on any Justice yesterday, dude",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="ayy did bohemian rapsody get played last night, everybody was screaming along I swear",
        family="did_i",
        period="last_night",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="did we spin any cafe tacuba at the party last weekend",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="listened to any Radiohead lately? nah probably not lol",
        family="did_i",
        period="lately",
        name="Radiohead",
    ),
    Fresh(
        text="any Air this morning? I was feelin' those chill vibes",
        family="did_i",
        period="this_morning",
        name="Air",
    ),
    Fresh(
        text="yo that Daft Punk album Discovery, did it get any love in September",
        family="did_i",
        period="september",
        name="Discovery",
    ),
    # what_played
    Fresh(
        text="what was I bumping yesterday evening, I kinda blanked lol",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through the tunes from last Friday, the whole vibe, start to finish",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what did we play at the little get-together the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="what was on in the kitchen this afternoon, dude",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="fill me in on what music I had going on November third",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="soooo what's Ada been vibing to last week, spill",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what track was pumping at quarter to eight last night, dude, that one was FIRE",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="yo what was on at like nine pm on Saturday, peak party time!!",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="what was playing at half past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what came on at ten past five today? sick transition btw",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="what song was on Wednesday at noon",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="ten past eight last night, what was that banger, I need it for Saturday",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="dude describe my vibe, like what kind of music am I even into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my sound, musically, if you had to slap it on a flyer",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you sum up my taste this year? keep it hype",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="when's my prime time for tunes, like what hour and what day",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what time of day do I usually crank the music, bro",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my peak listening day of the week, gotta plan the next bash around it",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered any fresh artists lately, dude? I need new stuff for my sets",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who'd I hear for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new acts pop up in my rotation in the last three months?",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="how often do I skip tracks, be honest bro",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many songs did I skip last week, like out of everything I played",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="do I replay the same songs a ton, dude? my friends say I do",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate since October",
        family="repeat",
        period="since_october",
    ),
    Fresh(
        text="am I running back the same tracks hella much lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening, what's the streak at!!",
        family="streak",
    ),
    Fresh(
        text="yo what's my streak",
        family="streak",
    ),
    Fresh(
        text="how many days straight have I been on it, listening-wise? don't break the chain lol",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did Justice first show up in my history, dude",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did I first spin Digital Love",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="first time I ever played The Weeknd, when was that",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="eres by cafe tacvba, when'd I hear that one the very first time? total gem",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    # last_play
    Fresh(
        text="when was the last time I dropped One More Time? crowd goes wild every time",
        family="last_play",
        name="One More Time",
    ),
    Fresh(
        text="last time I played Queen, when was it bro",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when did I last listen to the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when'd I last throw on Moon Safari, that album is pure sunset vibes",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="what was the last track I played, dude",
        family="last_song",
    ),
    Fresh(
        text="yo, last song I spun?",
        family="last_song",
    ),
    Fresh(
        text="what'd I end on most recently, song-wise, I forget",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to this morning, like the first track",
        family="first_today",
    ),
    Fresh(
        text="first song today, what was it? I was half asleep lol",
        family="first_today",
    ),
    Fresh(
        text="what kicked off my day today, music-wise, dude",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did we open the party with on Saturday, the very first track, it was gnarly",
        family="first_in",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="first tune of last week?",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="which song kicked off this month for me, bro",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="what did I close out yesterday evening with",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was the closer at the party last Friday, the very last banger",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song I played on November third?",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="what did we end with the day before yesterday, dude",
        family="last_in",
        period="day_before_yesterday",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most, like the total floor killer",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track gets skipped the hardest, bro, no mercy",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song this year?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most, no judgment lol",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's my most skipped band, dude",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what artist did I keep skipping last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what's on heavy rotation right now, dude",
        family="on_repeat",
    ),
    Fresh(
        text="which song can't I stop playing, it's stuck in my head sooo bad",
        family="on_repeat",
    ),
    Fresh(
        text="what track have I got on repeat these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="hit me with my year in review, let's goooo!!",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a rundown of my listening, stoked",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my week, listening-wise, dude? hype me up",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="recap last month for me, the whole party season, all the highlights",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how'd we do last week, gimme the rundown, party people",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="dude how did my summer sound, like the full review",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or a night listener, bro",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I crank more tunes in the afternoon or the evening",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="mornings or evenings this month, when am I listening more",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I rock out more on weekends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekday versus weekend, where do I listen more, dude",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="since March, do I play more music on the weekend than during the week? be honest",
        family="compare_week",
        period="since_march",
        content="music",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen, let's gooo",
    "dude crank the music up, way up!!",
    "yo what's playing in the kitchen right now",
    "what song is this?? it's sick",
    "skip this song bro, it's killing the vibe",
    "pause the podcast, the guests are here",
    "next track in the living room",
    "turn off the kitchen light, mood lighting time",
    "play the album Discovery, full blast",
    "volume to eleven, dude!",
    "shuffle on, let's keep it random",
    "put this track on repeat, the crowd loves it",
    "group the kitchen and living room speakers, party mode",
    "set a timer for twenty minutes, pizza's in the oven",
    "what's the weather tomorrow, we might move the party outside",
    "add chips and guac to the shopping list, hella chips",
    "bump the thermostat up two degrees, it's freezing in here",
    "what am I listening to right now, dude",
    "play some Justice, make it loud",
    "turn it down a notch, the neighbors are knocking lol",
    "throw on Bohemian Rhapsody, everybody sing!",
    "who sings this one?",
    "play The Daily in the kitchen",
    "resume the music",
    "stop the music in the kitchen",
    "play Moon Safari by Air, chill-out time",
    "next song, next song!",
    "go back to the last track, I wanna hear that drop again",
    "play Don't Stop Me Now, it's the birthday girl's jam",
    "mute the kitchen speaker for a sec",
    "dim the lights to twenty percent, party vibes",
    "is it gonna rain tonight?",
    "turn repeat off",
    "play something upbeat, surprise me dude",
    "what album is this from?",
    "add ice and limes to the shopping list",
    "set an alarm for seven am",
    "louder in the kitchen!!",
    "play Café Tacvba on all speakers",
    "skip ahead thirty seconds in this episode",
    "turn the bass up, we need that thump",
    "start a party playlist with Daft Punk vibes",
    "how much time is left on the timer",
    "stop the podcast and play some tunes",
]

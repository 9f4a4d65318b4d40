"""Writer 295, a Texan rancher, drawling and folksy, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="well howdy, who'd I play the most of last week darlin",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who's my number one band this year, I reckon it's them Queen boys but go on",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="so who in tarnation have I been plumb obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three fellers I listened to back in twenty twenty five",
        family="top_artists",
        period="in_2025",
        count=3,
    ),
    Fresh(
        text="who'd we have on the most over the summer, out there in the kitchen",
        family="top_artists",
        period="summer",
        person="we",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="what's my most played song of all time partner",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name me my five most played tunes this month if you would",
        family="top_tracks",
        period="this_month",
        count=5,
    ),
    Fresh(
        text="song of the month for October, what was she",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="which song did I wear plumb out last summer, like a pair of old boots",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="in the kitchen what song gets played the most",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="what's been Ada's top song this month",
        family="top_tracks",
        period="this_month",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="which record did I spin the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what's my favorite album, I mean all told, start to finish",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top two albums since March if you'd be so kind",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast have I been hooked on lately, like a catfish on a trotline",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's my go to show, the talkin kind not the music kind",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="most listened podcast last month",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="how long'd I have music goin today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of listenin did I rack up this week, roughly",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how much time'd we spend listenin to the box last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how much time did I burn on podcasts in September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="over the past two weeks how many hours of tunes have I had playin",
        family="listening_time",
        period="last_2_weeks",
        content="music",
    ),
    # plays
    Fresh(
        text="how many tunes I done played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="give me a head count of plays for the last thirty days",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many episodes did I get through this year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="how many things'd we play on November third",
        family="plays",
        period="november_3",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different singers and bands have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="since October how many different artists've I gone through",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="how many different artists have I got in there, all told",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many separate tunes have I heard over the last three months, not countin repeats",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many different tracks did we have on last week",
        family="songs_count",
        period="last_week",
        person="we",
    ),
    # play_count
    Fresh(
        text="how many times I play bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this month, be straight with me",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="that one more time song by daft punk, how many times has it come on lately",
        family="play_count",
        period="lately",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times did I play Radiohead, ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="how many times'd I put on The Daily since Monday",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="I hear any of that cafe taco bah this week",
        family="did_i",
        period="this_week",
        name="Café Tacvba",
    ),
    Fresh(
        text="listened to Air this mornin while I was fixin breakfast?",
        family="did_i",
        period="this_morning",
        name="Air",
    ),
    Fresh(
        text="did I catch The Daily last Friday or was I out with the cattle",
        family="did_i",
        period="last_friday",
        name="The Daily",
    ),
    Fresh(
        text="now did I ever play any Willie Nelson on this contraption",
        family="did_i",
        period="all_time",
        name="Willie Nelson",
    ),
    Fresh(
        text="did we have Don't Stop Me Now on, on Saturday",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was I listenin to yesterday evenin",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what'd I have on this afternoon, I plumb forgot",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="run me through what music I played the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="what all did we listen to back in August",
        family="what_played",
        period="august",
        person="we",
    ),
    Fresh(
        text="fill me in on what all I was listenin to last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what've I been listenin to the last seven days",
        family="what_played",
        period="last_7_days",
    ),
    # playing_at
    Fresh(
        text="what song was on round about ten till eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was comin outta the kitchen speaker this mornin at half past eight",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="what was on at quarter past five today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Wednesday at high noon, what was playin",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="tell me what was on last Friday at nine at night",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I partial to",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe my taste in tunes, be honest now I can take it",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste been like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually get my music goin",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when'm I usually listenin, what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my busiest listenin day of the week, and what time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I pick up anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new bands turn up this month that I ain't never heard before",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who all'd I discover last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do I skip songs, honestly",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my skip rate lookin like this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many songs did I skip last week outta how many",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="do I play the same ol songs over and over like a broke record",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this year, how much do I replay stuff",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="am I stuck in a rut lately, playin the same things again and again",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days runnin have I listened",
        family="streak",
    ),
    Fresh(
        text="what's my streak at, days in a row with music on",
        family="streak",
        content="music",
    ),
    Fresh(
        text="how long's my listenin streak been goin, pardner",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when'd I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="sexy boy, when did that first show up on here",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="first time I ever heard The Weeknd on this thing, when was it",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when was the last time I played Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when'd I last hear that la fam darjon",
        family="last_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="last time I had Discovery on, the album, when was that",
        family="last_play",
        name="Discovery",
    ),
    Fresh(
        text="when did Phantom come on last",
        family="last_play",
        name="Phantom",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what'd I play last, the very last tune, not the one before",
        family="last_song",
    ),
    Fresh(
        text="remind me what song I had on last, it's on the tip of my tongue",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what'd I wake up to this mornin",
        family="first_today",
    ),
    Fresh(
        text="first song I put on today, what was it",
        family="first_today",
    ),
    Fresh(
        text="what'd I start the day off with, before the coffee",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the very first tune I put on the day before yesterday",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what'd I kick off last week with",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="on November third, what'd I start off with",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="first song of the year, what was it, way back in January",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what was the last thing I heard last night before I hit the hay",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what'd I close out October with",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="last tune I played Saturday",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's that one tune I keep skippin, the one I can't abide",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip past the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the artist I give the boot to most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song've I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's in heavy rotation round here",
        family="on_repeat",
    ),
    Fresh(
        text="which song can't I quit playin, lord have mercy",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listenin",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="tell me how last month went, music wise",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="recap of last week for me, short and sweet",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="how'd my summer shake out, listenin wise",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a mornin listener or an evenin one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more at night or in the afternoons",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month, do I play more music in the mornin or at night",
        family="compare_day_parts",
        period="this_month",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more on the weekends or during the work week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays or weekends, when do I play more tunes",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play some George Strait in the kitchen",
    "crank that music up a notch",
    "turn it down, the dog's howlin",
    "what's playin in the kitchen right now",
    "what song is this, it's a good'un",
    "skip this song, I can't stand it",
    "pause the podcast, somebody's at the gate",
    "next track in the livin room",
    "turn off the kitchen light",
    "play the album Discovery",
    "play Daft Punk",
    "put on The Daily",
    "resume the podcast",
    "go back to the last song",
    "shuffle my music",
    "turn on repeat for this one",
    "turn repeat off",
    "group the kitchen speaker with the porch speaker",
    "set the volume to five",
    "louder",
    "hush up for a minute",
    "stop the music",
    "set a timer for the brisket, twelve hours",
    "how long's left on that timer",
    "what's the weather fixin to do this afternoon",
    "is it gonna rain on the south pasture tomorrow",
    "add beans and coffee to the shopping list",
    "put feed corn on the shoppin list",
    "set the thermostat to seventy two",
    "turn the heat up, it's colder'n a well digger's belt buckle",
    "what am I listenin to right now",
    "who sings this song",
    "what album is this from",
    "play something by Justice in the kitchen",
    "play Queen real loud",
    "play that bohemian rhapsody",
    "skip ahead thirty seconds",
    "like this song",
    "turn the speaker off",
    "play some country music",
    "what time is it",
    "wake me up at five thirty",
    "dim the kitchen lights",
    "how many minutes till the cornbread's done",
    "play the next episode of The Daily",
]

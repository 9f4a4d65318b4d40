"""Writer 307, an older Chicago jazz fan, precise about albums, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="alright, lemme ask ya, which cat got the most time on the box last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="over the whole of twenty twenty five who was my number one act, the headliner so to speak",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="who've I been stuck on lately, artist-wise I mean, not the records",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen this month, which band's been gettin' the most play",
        family="top_artists",
        period="this_month",
        room="kitchen",
    ),
    Fresh(
        text="gimme my top three artists since March, in order, top of the bill first",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="what's my most played cut of all time, the single track, not the album",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name me my five most played tunes this year",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="which song did we play the most in October, just the one",
        family="top_tracks",
        period="october",
        person="we",
    ),
    Fresh(
        text="song of the summer for me, what was it, this past summer",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="which LP got the most spins from me in September, and I mean the whole record, not just the hit off it",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="what's the record I played most over the last three months",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="my top two albums of all time, the long players",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    Fresh(
        text="last summer which album was on the turntable most, figuratively speakin', I know it's a speaker",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="what's my go-to talk show, the podcast, the one I put on most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which podcast have I been hooked on over the past two weeks",
        family="top_podcasts",
        period="last_2_weeks",
    ),
    Fresh(
        text="most played podcast back in August",
        family="top_podcasts",
        period="august",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did I have goin' this week, roughly",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long was I listening yesterday, all told",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how much time did we spend on podcasts last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="total time on the speaker since October, hours and minutes if ya got 'em",
        family="listening_time",
        period="since_october",
    ),
    # plays
    Fresh(
        text="how many tracks have I run through today so far",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many episodes did I put on this year, the podcast ones",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="the number of plays altogether on Saturday, everything",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="how many records, songs I mean, got played the day before yesterday",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists did I hear in the last thirty days",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="since I started with this gizmo, how many different acts have I played, the whole roster",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="count me the different bands we had on last year",
        family="artists_count",
        period="last_year",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many distinct tunes this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="how many different songs did I get through last week, not countin' repeats",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="in twenty twenty five how many separate tracks did I hear, each one once",
        family="songs_count",
        period="in_2025",
    ),
    # play_count
    Fresh(
        text="how many times did I play Bohemian Rhapsody this year, and don't tell me too many",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Daft Punk have I had on since Monday",
        family="play_count",
        period="since_monday",
        name="Daft Punk",
    ),
    Fresh(
        text="the Moon Safari record, the Air one, how many spins did it get in October",
        family="play_count",
        period="october",
        name="Moon Safari",
    ),
    Fresh(
        text="John Coltrane, how many times have I played Coltrane, ever",
        family="play_count",
        period="all_time",
        name="John Coltrane",
    ),
    # did_i
    Fresh(
        text="any Queen come on yesterday evening?",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="listened to the Cross album at all this week, the Justice record",
        family="did_i",
        period="this_week",
        name="Cross",
    ),
    Fresh(
        text="did I play that Air tune Sexy Boy last weekend",
        family="did_i",
        period="last_weekend",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="did Miles Davis come up at all this month, Kind of Blue or anything of his",
        family="did_i",
        period="this_month",
        name="Miles Davis",
    ),
    Fresh(
        text="did we have cafe tacuba on last Friday",
        family="did_i",
        period="last_friday",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="what was goin' on the speaker last night, run it down for me",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what'd I have on November third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what music did I put on this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what were we playin' the day before yesterday, Wednesday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="what was on at five to eight last night",
        family="playing_at",
        moment="2026-11-19 19:55",
    ),
    Fresh(
        text="this morning about half past eight, what was that record",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playin' at quarter after five today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Saturday at noon, the fourteenth, what was on in the kitchen",
        family="playing_at",
        moment="2026-11-14 12:00",
        room="kitchen",
    ),
    Fresh(
        text="what did I have on Wednesday night around nine o'clock",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="how would you describe my taste, honestly, I'm curious what the machine thinks of an old jazz guy",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kinda stuff am I into, accordin' to the history",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="sum up my taste this year in a sentence or two",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="when am I usually listening, what hour, what day of the week",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my prime time for records, like the usual day and the usual hour I got music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="this year what's been my regular listening hour",
        family="peak",
        period="this_year",
    ),
    # new_artists
    Fresh(
        text="any new cats turn up in my rotation lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who'd I discover this year that I never heard before",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="which artists were brand new to me in twenty twenty five",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="how often do I skip, percentage-wise",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how many tunes did I skip this week, out of how many",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="my skip rate last month, what was it",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="how much do I play the same songs over and over, be straight with me",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate for this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="am I replayin' the same tracks a lot lately or what",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listenin' now",
        family="streak",
    ),
    Fresh(
        text="what's my streak, consecutive days with somethin' on",
        family="streak",
    ),
    Fresh(
        text="my run, every day straight with a record on, how long's it goin'",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first play Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did the Homework record first show up, the early Daft Punk one, ninety-seven",
        family="first_play",
        name="Homework",
    ),
    Fresh(
        text="first time I ever heard Eres by Café Tacvba, when was that",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="when did I first put on Sonny Rollins",
        family="first_play",
        name="Sonny Rollins",
    ),
    # last_play
    Fresh(
        text="when'd I last play A Night at the Opera, the whole album",
        family="last_play",
        name="A Night at the Opera",
    ),
    Fresh(
        text="last time Digital Love came on, when",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="when was the last time I listened to The Daily",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last thing I played, song-wise",
        family="last_song",
    ),
    Fresh(
        text="the last tune I had on, what was it, it's slipped my mind",
        family="last_song",
    ),
    Fresh(
        text="what'd I play last, the very last track",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first record of the day today, the song",
        family="first_today",
    ),
    Fresh(
        text="what did I open with today, the first number",
        family="first_today",
    ),
    Fresh(
        text="first tune I put on today, with the coffee",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what'd I kick off with last Friday, the opening song",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="the first track of October, what was it",
        family="first_in",
        period="october",
    ),
    Fresh(
        text="what was the first song I put on this week",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="first song of the year, back in January, what'd I start with",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what did I close out with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song I had on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what was the final track last month, the closer",
        family="last_in",
        period="last_month",
    ),
    Fresh(
        text="how'd we end last year, the last tune of twenty twenty five",
        family="last_in",
        period="last_year",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the tune I can't stand, the one I keep skippin'",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who gets the hook from me most often, which band do I skip",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose records do I cut short the most, the artist",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which track's in heavy rotation around here right now",
        family="on_repeat",
    ),
    Fresh(
        text="what's that tune I can't stop playin', the one I keep comin' back to",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gimme the rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my October music-wise, give me the review, liner notes style",
        family="recap",
        period="october",
    ),
    Fresh(
        text="run me through my year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on how last week went, listenin'-wise",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="go ahead, gimme a recap of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how'd we do in twenty twenty five, the whole year in review",
        family="recap",
        period="in_2025",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning listener or a night owl",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I play more records in the afternoon or the evening",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="mornings or evenings, when do I listen more, I got a hunch",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends versus the work week, which one gets more music outta me",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="is Saturday and Sunday heavier for me than Monday through Friday, listenin'-wise",
        family="compare_week",
        period="all_time",
    ),
    # extra periods
    Fresh(
        text="quick question, what was the top band over the last seven days",
        family="top_artists",
        period="last_7_days",
    ),
    Fresh(
        text="the Discovery album, did that get any play this morning",
        family="did_i",
        period="this_morning",
        name="Discovery",
    ),
    Fresh(
        text="how many times did D.A.N.C.E. come on last week, the Justice number",
        family="play_count",
        period="last_week",
        name="D.A.N.C.E. by Justice",
    ),
]

NEGATIVES = [
    "play Kind of Blue in the kitchen",
    "turn it up a hair, would ya",
    "what's this tune",
    "who's on trumpet on this one",
    "skip this one",
    "pause the podcast, I gotta take a call",
    "next track",
    "shuffle the Moon Safari record",
    "put the Discovery album on, side one, start to finish",
    "set a timer for the Italian beef, twenty minutes",
    "what's the weather gonna be at Wrigley tomorrow",
    "is it gonna snow tonight",
    "add giardiniera to the shopping list",
    "set the thermostat to sixty eight",
    "turn off the kitchen light",
    "group the kitchen speaker with the living room",
    "repeat this song",
    "turn repeat off",
    "volume to five",
    "what am I listenin' to right now",
    "what album is this from",
    "play some Queen",
    "play the latest episode of The Daily",
    "resume the podcast",
    "go back one track",
    "stop the music in the kitchen",
    "play WDCB jazz radio",
    "turn the bass down on the kitchen speaker",
    "what song is playing in the kitchen",
    "play A Night at the Opera, the whole album, in order",
    "shuffle off",
    "play Da Funk by Daft Punk",
    "turn the music down, the phone's ringin'",
    "next episode",
    "play some Coltrane, A Love Supreme",
    "louder",
    "dim the kitchen lights to thirty percent",
    "what time is it",
    "set an alarm for seven",
    "who sings this",
    "play Cross by Justice on the kitchen speaker",
    "unmute the speaker",
    "add the Homework album to my library",
    "play the Café Tacvba record Cuatro Caminos",
    "skip ahead thirty seconds in the podcast",
]

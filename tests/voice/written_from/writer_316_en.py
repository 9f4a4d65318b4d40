"""Writer 316, a Liverpool (Scouse) pensioner, warm and chatty, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ey love, who've I had on the most this week then?",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="who was me number one band last year, I can't for the life of me remember",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="go on then, gis me top three artists since March",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="which singer have I been proper obsessed with lately d'you reckon",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, who gets played the most, which group like",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who did we listen to most over the summer, me and the family like",
        family="top_artists",
        period="summer",
        person="we",
    ),
    Fresh(
        text="who've I been playin the most these last seven days, ta love",
        family="top_artists",
        period="last_7_days",
    ),
    # top_tracks
    Fresh(
        text="what's me most played song of all time, la?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name me top five tunes this year will yer",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="what was me song of the month in October, d'you know?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="which track did I have on most last month, the one I kept singin along to",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="back in twenty twenty five what song did I play the most",
        family="top_tracks",
        period="in_2025",
    ),
    # top_albums
    Fresh(
        text="which album have I played the most, all told",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what LP did I wear out last summer, I'm sure there was one",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="me favourite record over the last three months, what would that be",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="which podcast have I been hooked on lately love",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's me go-to podcast this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="them talky programmes, the podcasts, which one've I listened to most",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how long have I had the music on today, honest answer now",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did I listen last week? our Debbie says I have it on mornin noon and night",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time did we spend listenin in October altogether",
        family="listening_time",
        period="october",
        person="we",
    ),
    Fresh(
        text="how long was the radio, well, the podcasts I mean, on this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many minutes of music did I have on yesterday evening",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="how long've I been listenin over the past two weeks, roughly",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="how many songs have I played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things did I play last weekend, roughly like",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="how many episodes of them podcasts did I get through since October",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="how many tunes did we play last year in this house",
        family="plays",
        period="last_year",
        content="music",
        person="we",
    ),
    Fresh(
        text="in the last thirty days how many plays have I had",
        family="plays",
        period="last_30_days",
    ),
    # artists_count
    Fresh(
        text="how many different singers and bands have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists have I had on, all in all, since I got this thing",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="September, how many different groups did I listen to then",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="how many different songs have I had on since Monday",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many different tunes is it altogether, in total like",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="how many separate tracks did I get through in August roughly",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="how many times have I played bohemian rapsody this month, be honest",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="I've had Queen on a fair bit this year haven't I, how many times is it",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times did I put that daft punk one on, One More Time, last week",
        family="play_count",
        period="last_week",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how often did I listen to the Daily in October",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="how many times have I played the Beatles, ever? must be hundreds",
        family="play_count",
        period="all_time",
        name="The Beatles",
    ),
    # did_i
    Fresh(
        text="did I listen to any Queen yesterday, love",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="have I had that just ice lot on lately",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did I hear that Sexy Boy song last weekend, the French one",
        family="did_i",
        period="last_weekend",
        name="Sexy Boy",
    ),
    Fresh(
        text="did I play any Gerry and the Pacemakers this year",
        family="did_i",
        period="this_year",
        name="Gerry and the Pacemakers",
    ),
    Fresh(
        text="did we have the Daily on the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="that cafe tacuba lot, did I listen to them in September at all",
        family="did_i",
        period="september",
        name="Café Tacvba",
    ),
    Fresh(
        text="Digital Love, did I have that on this afternoon?",
        family="did_i",
        period="this_afternoon",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="what was I listenin to last night, I dozed off in the chair",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what did I have on this mornin, me memory's shockin",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what music did I play on Saturday",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="what was I listening to on November the third, it was me sister's birthday",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what did we listen to last Friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what have I been playin since Monday, just the gist love",
        family="what_played",
        period="since_monday",
    ),
    # playing_at
    Fresh(
        text="what was that playin about quarter to eight last night, it was dead good",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on at eight o'clock this morning when I was making me brew",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was playing at ten past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="what song was on yesterday at twelve, dinner time like",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="Wednesday night about nine, what was on",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what sort of music am I into then, would you say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe me taste in music, go 'ead",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="if someone asked you what kind of stuff I like, what would you tell them",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="when am I usually listenin, what time of day like",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week do I listen most, and what hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's me busiest time for having the tunes on",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="have I found anyone new lately, any new bands",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new singers I've started listening to this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who've I heard for the first time this year, any new faces",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="do I skip a lot? me grandson says I'm always skippin",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often did I skip last month",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="what's me skip rate, whatever that is when it's at home",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="do I play the same songs over and over, be honest with me",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much have I been repeatin meself this year with the music",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="what's me repeat rate like",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days on the trot have I listened now",
        family="streak",
    ),
    Fresh(
        text="how many days in a row have I had something on, I bet it's loads",
        family="streak",
    ),
    Fresh(
        text="what's me streak, days runnin like",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did I first hear Bohemian Rhapsody on this thing",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when was the first time that Moon Safari album got played",
        family="first_play",
        name="Moon Safari",
    ),
    Fresh(
        text="when did I first play any Cilla Black, God rest her",
        family="first_play",
        name="Cilla Black",
    ),
    # last_play
    Fresh(
        text="when did I last have Queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the last time I listened to that Daily thing, the news one",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I last play Don't Stop Me Now, it's me favourite that",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what was that last tune I had on, the one before I turned it off",
        family="last_song",
    ),
    Fresh(
        text="remind us what I listened to last, song wise",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first thing I put on today",
        family="first_today",
    ),
    Fresh(
        text="first song I played today, what was it",
        family="first_today",
    ),
    Fresh(
        text="what did I start the day off with, music wise",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I kick off with last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first tune I had on on Saturday, what was it",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what did I start the month with, first song like",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="what was the last thing I played last night before bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what did I finish up with yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the last song I had on in October",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the tune I can't get past quick enough, the one I'm always skippin",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="in the kitchen, what song do I skip most",
        family="most_skipped",
        period="all_time",
        room="kitchen",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the singer I'm always skippin, I can't stand 'em apparently",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's that one I can't stop playin, you know the one",
        family="on_repeat",
    ),
    Fresh(
        text="which tune have I been hammerin lately",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was me week in music then",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give us a rundown of me listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="go on, give me me year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how did we get on with the music last month, run me through it",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="fill me in on last weekend, music wise",
        family="recap",
        period="last_weekend",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a mornin listener or an evenin one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or evenings, when do I have more on",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or at the weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it weekends I listen more, or in the week",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "put a bit of Queen on in the kitchen, love",
    "turn it up a bit, I can't hear it over the kettle",
    "turn the music down, next door's bangin on the wall",
    "what's this song that's on now",
    "who sings this, it's dead good",
    "skip this one, I can't stand it",
    "pause the podcast a minute, someone's at the door",
    "next song please",
    "play the album Discovery in the kitchen",
    "turn the kitchen light off will yer",
    "set a timer for two hours for me scouse",
    "is it gonna rain today",
    "what's the weather doin tomorrow",
    "put milk and a loaf on the shopping list",
    "turn the heatin up, it's freezin in here",
    "set the thermostat to twenty one",
    "put it on shuffle",
    "turn repeat on for this song",
    "stop repeatin that one",
    "what am I listening to right now",
    "what's playing in the kitchen",
    "group the kitchen speaker with the front room one",
    "play The Daily",
    "carry on with the podcast",
    "go back to the start of the song",
    "volume to five",
    "louder, la",
    "stop the music, I'm off to bed",
    "play some Beatles in the front room",
    "what time is it",
    "wake me up at seven tomorrow",
    "put Radio City on",
    "how long's left on me timer",
    "rewind thirty seconds, I missed what he said",
    "what album is this from",
    "play Bohemian Rhapsody, loud mind",
    "turn the speaker off in the kitchen",
    "put somethin relaxing on for us",
    "add this song to me favourites",
    "what's the score in the Liverpool match",
    "tell us a joke",
    "lock the front door",
    "play Justice in the kitchen",
    "next track in the kitchen",
]

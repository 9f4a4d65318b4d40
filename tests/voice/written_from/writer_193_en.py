"""Writer 193, a parent interrupted by kids mid-question (restarts, corrections), Canadian English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who've I been — Ethan, shoes ON please — sorry, who've I been listening to most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="okay who was my number one artist last year, no wait, I mean this year, so far eh",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="in the kitchen, who's my go-to band? like of all time",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="top three artists last — hang on, honey, Mommy's talking — top three artists in October",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="who was I obsessed with lately, which band, I keep humming something and I can't place it",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="who did we listen to most last week, me and the kids I mean",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="hey um who were my top two artists in the last seven days",
        family="top_artists",
        period="last_7_days",
        count=2,
    ),
    # top_tracks
    Fresh(
        text="what's my most played song — Maddie stop licking the — sorry. most played song this week",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="name my five most played tracks since March, no, since October I mean",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="song of the summer, mine, what was it? this summer, not last",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="what was our most played song last month eh",
        family="top_tracks",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="top song ever on the kitchen speaker?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="what was Ada's top song last week — yes that's me, I'm asking for me",
        family="top_tracks",
        period="last_week",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="which album did I play the most last year — hold on — yeah last year",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="what's my favourite album, like overall",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="the record I played most in September — hey! put that back — in September",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="top two albums, the last three months",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast this year? there's probably only the one but",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="what's my go-to show — podcast I mean, not TV, Liam — since March",
        family="top_podcasts",
        period="since_march",
    ),
    # listening_time
    Fresh(
        text="how long did I listen today — no, not you Owen — how long did I listen to stuff today",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how many hours of music did I have on last week",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how much time on podcasts this month, roughly",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long was music playing yesterday evening, I swear it was like an hour",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="total hours I listened in twenty twenty five",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="so how long have I listened over the, uh, the last seven days, in total",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="how long did Ada listen today",
        family="listening_time",
        period="today",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs did I play this morning — I mean this afternoon, sorry, after lunch",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="how many episodes have I played since Monday",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="how many things did we play on Saturday, total",
        family="plays",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="number of tracks I played in the last thirty days?",
        family="plays",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="how many plays over the past two — Chloe, WHAT did I say — over the past two weeks",
        family="plays",
        period="last_2_weeks",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands did I go through last month, no, the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="quick question. different artists, how many, ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs have I played lately",
        family="songs_count",
        period="lately",
    ),
    Fresh(
        text="how many unique tracks in August, sorry — August, yeah",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="how many different songs did I have on last weekend, between hockey and everything",
        family="songs_count",
        period="last_weekend",
    ),
    # play_count
    Fresh(
        text="how many times did I play Bohemian — Jack, quit it — Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this year eh",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times did I listen to that daft punk one more time song, like ever",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="in the kitchen last week, how often did Justice come on",
        family="play_count",
        period="last_week",
        name="Justice",
        room="kitchen",
    ),
    Fresh(
        text="how many times have I played Radiohead, total",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Don't Stop Me Now, how many times since March? the kids say it's a million",
        family="play_count",
        period="since_march",
        name="Don't Stop Me Now",
    ),
    # did_i
    Fresh(
        text="did I listen to any Air yesterday — no, wait, the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="listened to much Queen last summer?",
        family="did_i",
        period="last_summer",
        name="Queen",
    ),
    Fresh(
        text="did I play The Daily this morning? I can't remember, the baby was screaming the whole time",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did we have any cafe tacuba on last Friday",
        family="did_i",
        period="last_friday",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="did I listen to Wet Leg this month? my sister swears I did",
        family="did_i",
        period="this_month",
        name="Wet Leg",
    ),
    Fresh(
        text="have I heard dance by justice since monday",
        family="did_i",
        period="since_monday",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="any Moon Safari in September? or was that — no, September, yeah",
        family="did_i",
        period="september",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="what was I playing last night while I did the dishes, well, before the dishes",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what did I listen to on November third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="run me through what I had on this morning — Emma, sit DOWN — this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what music did we have on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="fill me in on what I listened to last weekend",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="what did I have on yesterday, wait, Jacob, stop — yesterday, what did I listen to",
        family="what_played",
        period="yesterday",
    ),
    # playing_at
    Fresh(
        text="what was playing last night around — hang on — around quarter to eight",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was on at eight this morning, it was stuck in my head the whole drop-off",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was playing at ten past five today, no wait, quarter past five",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was on Wednesday at noon",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="last Friday at nine at night, what was playing",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="what was on yesterday at eight fifteen, in the evening I mean, not the morning",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="um what was playing at eight thirty this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="how would you describe my taste in music eh, be nice",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my music taste like — no, not the snack, Lily — my music taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of stuff have I been into lately, music-wise",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="when do I usually have music on, like what hour",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my busiest listening day of the week",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what time and what day do I usually put stuff on, generally",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I found any new bands this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any artists I heard for the first time this — put the cat DOWN — this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="who's new in my listening the last thirty days",
        family="new_artists",
        period="last_30_days",
    ),
    # skips
    Fresh(
        text="how often do I skip songs",
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
        text="do I skip a lot? like out of everything I played, how much did I skip last week",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="do I play the same stuff over and over, what's my repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how repetitive was my listening this week, be honest",
        family="repeat",
        period="this_week",
    ),
    Fresh(
        text="what was my repeat rate in October, no, September",
        family="repeat",
        period="september",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened to something",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak at, eh",
        family="streak",
    ),
    Fresh(
        text="how many days straight have I had something — Noah, gentle with the dog — something playing",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did Digital Love first show up — no wait, Da Funk, when did Da Funk first show up",
        family="first_play",
        name="Da Funk",
    ),
    Fresh(
        text="when was the very first time I put on The Daily",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I first play The Weeknd",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when did I last hear sexy boy by air",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="last time I played Café Tacvba, when was that",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when did I last have Moon Safari on, the whole album I mean",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="Genesis — the Justice one — when'd I last play it",
        family="last_play",
        name="Genesis by Justice",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what was the last thing — Noah that's your sister's — the last song I had on",
        family="last_song",
    ),
    Fresh(
        text="last track I listened to, what was it again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played today",
        family="first_today",
    ),
    Fresh(
        text="what did I wake up to this morning, song-wise",
        family="first_today",
    ),
    Fresh(
        text="first tune I put on today, what was it eh",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did I start with yesterday, like the very first song",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track I had on last Saturday — sorry, on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what was my first song of the year",
        family="first_in",
        period="this_year",
    ),
    Fresh(
        text="what was the first song I played this week, Monday morning probably",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what was the last song last night before I crashed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last track I played in October?",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="what did I finish with yesterday evening, no, the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was the last thing I played on November third",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the song I always skip, eh, the one I can't stand",
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
        text="who do I skip most — band I mean, not song — who",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which band did I skip most last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's that song I can't stop playing, the kids are sick of it",
        family="on_repeat",
    ),
    Fresh(
        text="the tune I keep playing over and over lately, what's it called",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening — Ava, inside voice — my listening this month",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="give me my year in review, eh",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap of last month please, quick, before the bus comes",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="run me through my listening, like an overview",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how'd my summer go music-wise — last summer I mean, not this one",
        family="recap",
        period="last_summer",
        content="music",
    ),
    Fresh(
        text="so how was my week, listening-wise, you know, the highlights",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning or evening, when do I play more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="do I listen more in the afternoons or evenings this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays versus weekends, when do I have more music on? since March",
        family="compare_week",
        period="since_march",
        content="music",
    ),
    Fresh(
        text="did we play more stuff during the week or on the weekend last month",
        family="compare_week",
        period="last_month",
        person="we",
    ),
]

NEGATIVES = [
    "play Baby Shark in the kitchen, no wait, play it in the playroom",
    "turn the music down — guys. GUYS — turn the music down",
    "what song is this, the kids keep asking",
    "skip this song please, I cannot hear it one more time",
    "pause the podcast, someone's at the door",
    "set a timer for twelve minutes for the fish sticks, no, fifteen",
    "what's the weather tomorrow, do they need snow pants",
    "add Goldfish crackers to the shopping list",
    "turn off the kitchen light — no, the hallway light, sorry",
    "play Discovery by Daft Punk in the kitchen",
    "what am I listening to right now",
    "next track in the living room",
    "volume to four, no, three",
    "shuffle on please",
    "put this song on repeat, she wants it again",
    "group the kitchen speaker with the basement one",
    "set the thermostat to twenty-one",
    "what's playing in the kitchen right now",
    "play the latest episode of The Daily",
    "stop the music in Emma's room",
    "play some Raffi for the kids",
    "turn repeat off, eh",
    "louder in the kitchen",
    "remind me at four to pick Liam up from hockey",
    "how cold is it out, do we need toques",
    "play Don't Stop Me Now by Queen in the kitchen",
    "who sings this song",
    "resume the podcast",
    "go back to the previous song",
    "play the album Cross by Justice",
    "set an alarm for six fifteen, no, six",
    "add milk and, uh, bananas to the list",
    "what's this album called, the one playing",
    "turn on the kitchen speaker",
    "play something calm, they need to nap",
    "stop",
    "mute the living room speaker",
    "is the podcast still playing upstairs",
    "play Café Tacvba on all the speakers",
    "how long is left on the timer",
    "dim the kitchen lights to fifty",
    "what's the next song in the queue",
    "skip ahead thirty seconds in the podcast",
    "turn it down, the baby's sleeping",
    "lower the heat, it's like a sauna in here",
    "cancel the timer — no not that one, the pasta timer",
]

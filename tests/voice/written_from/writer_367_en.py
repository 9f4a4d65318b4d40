"""Writer 367, a mum of three asking across a busy kitchen (interrupted, half-finished sentences, talks to kids mid-question), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who've I been listening to most — Josh, not on the sofa with your boots — most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="right, quick one, who was my top artist last year",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="which band have I been obsessed with lately, honestly I can't even remember what I put on",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="my top three artists since October — Ellie, sweetheart, hands off the butter — top three",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="who's my number one, like of all time, my number one artist",
        family="top_artists",
        period="all_time",
    ),
    # top_tracks
    Fresh(
        text="what's my most played song this year — Lily, stop kicking your brother — this year",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="name my, um, five most played tracks from the summer",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="song of the month, what was it, last month I mean, not this one",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="which tune did I play the most last week — no, you can have a biscuit after tea — the most last week",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="what do I play most in the kitchen, song-wise",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="what album did I have on most in September",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="my favourite album this year, what is it, going by what I actually play",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="top two albums ever for me — Sam put the lid back on that — top two",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I — Sam, give it BACK — which podcast am I hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's my most listened to podcast this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="most played show in October, podcast I mean",
        family="top_podcasts",
        period="october",
    ),
    # listening_time
    Fresh(
        text="how long have I had music on today, feels like it's been on all day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of listening did I do over the past two weeks, roughly, ballpark",
        family="listening_time",
        period="last_2_weeks",
    ),
    Fresh(
        text="how much time have I spent on podcasts this month — Mia, coat ON please — this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long was the music going last night, it was only while I did the dishes, wasn't it",
        family="listening_time",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="how much did we listen to in the kitchen last weekend, all of us",
        family="listening_time",
        period="last_weekend",
        room="kitchen",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs have I played today — not you Mia, I'm talking to the speaker — today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things did I put on this week, songs, podcasts, whatever",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="how many episodes did I get through last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="number of tracks we played in the kitchen yesterday",
        family="plays",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands did I — hang on, hang on, it's boiling over — how many different bands in the last thirty days",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="how many artists in total, ever, have I played",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="how many different tracks since March, just out of curiosity",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="different songs last summer, how many was it",
        family="songs_count",
        period="last_summer",
    ),
    # play_count
    Fresh(
        text="how many times have I played Bohemian Rhapsody — yes Jack, mummy's song, the Queen one — this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Daft Punk have I had on this week, the kids are sick of it",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how often did I play that don't stop me now in October",
        family="play_count",
        period="october",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="the Daily, how many times did that go on last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times have I played Radiohead, go on",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday, I think I did",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="have I played Air lately — no Tom, the band Air, not the air — lately",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did we have Queen on, on Saturday",
        family="did_i",
        period="saturday",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="did I hear The Daily this morning, I can't remember, it's all a blur",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="listened to any Wet Leg this month? my sister keeps going on about them",
        family="did_i",
        period="this_month",
        name="Wet Leg",
    ),
    Fresh(
        text="cafe tacuba, did I play that at all last month",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening, whilst I was doing the packed lunches",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I have on this afternoon, the kids want to know",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what was playing the day before yesterday, go on",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did we listen to last Friday — Ben, wash your hands — last Friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what was I listening to on November the third",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="what song was on at about ten to eight yesterday evening — Rosie, sit DOWN — ten to eight",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was playing at five past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="what was that song at eight o'clock this morning, the one the baby was bopping to",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was on at twelve yesterday, lunchtime",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="what was playing at nine at night the day before yesterday",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="what was on at half eight this morning, during the school run madness",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, apparently according to my fourteen year old I've got no taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste in music for me, go on, be nice",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of stuff do I listen to then, what's my style",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="when do I usually listen, like what time, roughly",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week do I listen the most — bet it's the weekend with this lot",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my usual listening hour, out of interest",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I discovered anyone new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new artists I've found lately — Freddie that's not a toy — any new ones",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists did I listen to for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often do I skip songs, be honest",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many songs did I skip last week, cos the kids kept pressing the button",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="do I replay the same songs over and over, my husband reckons I do",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much do I repeat stuff this year, like the same tracks again and again",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="what's my repeat rate",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened to music now",
        family="streak",
    ),
    Fresh(
        text="what's my streak, am I still going — Jack, two more minutes then bath — still going?",
        family="streak",
    ),
    Fresh(
        text="how many days running have I had something on",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did I first play that sexy boy song — don't repeat that, Max — the Air one",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when was the first time I played The Weeknd",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when did I last have Queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the last time I listened to Digital Love, love that one",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="last time I played eres by cafe tacuba, when was that",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="remind me what the last track was that I had on — no, not you, Ellie — the last track",
        family="last_song",
    ),
    Fresh(
        text="that last song I played, what was it called again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played today, before all the chaos started",
        family="first_today",
    ),
    Fresh(
        text="first track today, what was it — Ben, teeth! — first track",
        family="first_today",
    ),
    Fresh(
        text="what did I start the day with, song-wise",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did I kick off with last Friday, the first song",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first tune of the month, what was it",
        family="first_in",
        period="this_month",
    ),
    Fresh(
        text="what was the first song I had on on Saturday",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what was the last song I played last night before bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what did I finish on yesterday, the very last track",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last song I played in October, what was it",
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
        text="what's the track I always skip, probably the one the kids hate",
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
        text="who do I skip most — Lily, shoes! — like which band",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat at the moment",
        family="on_repeat",
    ),
    Fresh(
        text="what's that song I can't stop playing, honestly it's stuck in my head",
        family="on_repeat",
    ),
    Fresh(
        text="what am I playing to death these days, which song",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how did my October go, music-wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="run me through my year — Mia, NOT now — my year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="quick recap of last month please",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in on my listening, the highlights",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more of a morning person or a night person, music-wise",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I play more stuff in the afternoon or the evening, d'you reckon",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more at the weekend or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays or weekends, when've I got more music on — Tom, I said no — weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    # extra mix
    Fresh(
        text="did I play Da Funk at all since Monday",
        family="did_i",
        period="since_monday",
        name="Da Funk",
    ),
    Fresh(
        text="who've I listened to most over the last three months",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="what was I listening to in August — we were away half of it, mind",
        family="what_played",
        period="august",
    ),
    Fresh(
        text="how long did I listen for in twenty twenty five, all in",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="that one more time song by daft punk, how many times over the last seven days",
        family="play_count",
        period="last_7_days",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="what did we play the most in October, which songs — Rosie, it's not your turn — which songs",
        family="top_tracks",
        period="october",
        person="we",
    ),
]

NEGATIVES = [
    "play some Daft Punk in the kitchen, something to get this lot moving",
    "turn the music down, I can't hear myself think",
    "turn it up — no, down — turn it down a bit",
    "pause the podcast, the baby's crying",
    "skip this song, Josh hates it",
    "what song is this, the kids keep asking me",
    "what's playing in the kitchen right now",
    "set a timer for twenty minutes for the fish fingers",
    "add milk to the shopping list — and bread — and, um, yoghurts",
    "what's the weather tomorrow, do they need coats",
    "turn off the kitchen light",
    "play the album Moon Safari",
    "shuffle the music, please",
    "put repeat on, she wants it again",
    "next track please, anything but this",
    "stop the music, it's homework time",
    "group the kitchen and living room speakers",
    "play The Daily in the kitchen",
    "carry on with the podcast",
    "volume five",
    "play Don't Stop Me Now for Lily, it's her birthday",
    "set the thermostat to twenty one",
    "what am I listening to right now",
    "who sings this — Ellie, shush, I'm trying to hear",
    "play something calm, it's nearly bedtime",
    "play kids' songs in the living room",
    "turn the heating up a notch, they're freezing",
    "set an alarm for seven tomorrow",
    "how long's left on the timer",
    "cancel the timer, I took it out early",
    "louder, I'm at the sink",
    "play Queen in the kitchen",
    "stop, stop, stop, turn it off",
    "put the radio on",
    "play the next episode of The Daily",
    "skip back thirty seconds, I missed that bit",
    "what's the name of this album",
    "is it going to rain for the school run",
    "remind me to ring the dentist at four",
    "turn the music off in Ben's room",
    "play Justice but quieter, in the kitchen",
    "add fish fingers to the shopping list",
    "who's this band that's playing now",
    "repeat this song, the little one loves it",
]

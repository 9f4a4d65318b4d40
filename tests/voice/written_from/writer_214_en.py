"""Writer 214, chatty household-minded Yorkshire speaker (asks about Ada, me and Ben, our lass), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="now then, who's our Ada been listening to most this month, any idea?",
        family="top_artists",
        period="this_month",
        person="Ada",
    ),
    Fresh(
        text="eh up, who were me and Ben playing most last week? Ben reckons it were Queen but I'm not so sure",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="go on then, give us my top three artists for this year",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="from March while now, who's been Ada's favourite band, love?",
        family="top_artists",
        period="since_march",
        person="Ada",
    ),
    Fresh(
        text="who were we all hooked on in our house in twenty twenty five",
        family="top_artists",
        period="in_2025",
        person="we",
    ),
    Fresh(
        text="in t'kitchen, who's been top o' the pops this past fortnight?",
        family="top_artists",
        period="lately",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="what's the song Ada's played most this week, she's been humming summat all day and it's driving me round the bend",
        family="top_tracks",
        period="this_week",
        person="Ada",
    ),
    Fresh(
        text="our top five tracks last month, go on, read 'em out",
        family="top_tracks",
        period="last_month",
        count=5,
        person="we",
    ),
    Fresh(
        text="what were my favourite song over the summer, I can't for the life of me remember",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="which song've I had on most ever, out of everything?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="our Ada's top three songs for the last three months, what are they then",
        family="top_tracks",
        period="last_3_months",
        count=3,
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="which album did Ada have on most in October",
        family="top_albums",
        period="october",
        person="Ada",
    ),
    Fresh(
        text="what record have I played most in the kitchen over the last three months?",
        family="top_albums",
        period="last_3_months",
        room="kitchen",
    ),
    Fresh(
        text="top two albums for us last year, me and our lass were arguing about it over tea",
        family="top_albums",
        period="last_year",
        count=2,
        person="we",
    ),
    Fresh(
        text="what album were I on most in August, summat French I think",
        family="top_albums",
        period="august",
    ),
    # top_podcasts
    Fresh(
        text="which podcast is our Ada hooked on? she's always got her earphones in",
        family="top_podcasts",
        period="lately",
        person="Ada",
    ),
    Fresh(
        text="what's been my go-to podcast this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="what podcast did we have on most in September, me and Ben",
        family="top_podcasts",
        period="september",
        person="we",
    ),
    # listening_time
    Fresh(
        text="how long were t'music on in the kitchen yesterday, felt like all day",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how many hours has Ada spent listening this month, roughly like",
        family="listening_time",
        period="this_month",
        person="Ada",
    ),
    Fresh(
        text="how much time did me and Ben spend wi' tunes on last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="how long have I had podcasts going over the last thirty days",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="over the past two weeks, how long have I had tunes on, be honest",
        family="listening_time",
        period="last_2_weeks",
        content="music",
    ),
    Fresh(
        text="kitchen speaker, how many hours were it going in September?",
        family="listening_time",
        period="september",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs has our Ada played today? she's had summat on since eight",
        family="plays",
        period="today",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="how many tracks did we get through on Saturday, all told",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many things have I played in total since October",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="how many podcast episodes have I got through this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many songs did we play last summer, all of us together",
        family="plays",
        period="last_summer",
        content="music",
        person="we",
    ),
    Fresh(
        text="me and Ben, how many plays did we clock up last week?",
        family="plays",
        period="last_week",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists has Ada had on this year",
        family="artists_count",
        period="this_year",
        person="Ada",
    ),
    Fresh(
        text="how many different bands did we listen to in August, me and our lass",
        family="artists_count",
        period="august",
        person="we",
    ),
    Fresh(
        text="how many artists have I got in me history altogether?",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many different artists did Ada get through in the last 7 days",
        family="artists_count",
        period="last_7_days",
        person="Ada",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last week, roughly",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many different tunes have we had on in our house in twenty twenty five",
        family="songs_count",
        period="in_2025",
        person="we",
    ),
    Fresh(
        text="from Monday while now, how many separate songs has Ada played?",
        family="songs_count",
        period="since_monday",
        person="Ada",
    ),
    # play_count
    Fresh(
        text="how many times has our Ada played Bohemian Rhapsody this month, she's wearing it out",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
        person="Ada",
    ),
    Fresh(
        text="how much Daft Punk did me and Ben have on last month",
        family="play_count",
        period="last_month",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="how many times have I had The Daily on this week?",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="Arctic Monkeys, how many times have I played 'em this year? our lad swears I never put 'em on",
        family="play_count",
        period="this_year",
        name="Arctic Monkeys",
    ),
    Fresh(
        text="how often have I played that dance one by Justice, wi' the kiddies singing on it, in the last seven days",
        family="play_count",
        period="last_7_days",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="right so our Ada's been on at me about this, how many times did she play Don't Stop Me Now last week, I reckon it were loads",
        family="play_count",
        period="last_week",
        name="Don't Stop Me Now",
        person="Ada",
    ),
    Fresh(
        text="how many times did Ada play Around the World by Daft Punk since October",
        family="play_count",
        period="since_october",
        name="Around the World by Daft Punk",
        person="Ada",
    ),
    # did_i
    Fresh(
        text="did Ada listen to any Queen yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
        person="Ada",
    ),
    Fresh(
        text="did we have owt by Air on the day before yesterday?",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
        person="we",
    ),
    Fresh(
        text="listened to any cafe tacuba lately, me? I can't remember",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I play Kaiser Chiefs at all last year, our lass thinks I did",
        family="did_i",
        period="last_year",
        name="Kaiser Chiefs",
    ),
    Fresh(
        text="has Ada had that Sexy Boy by Air on this morning",
        family="did_i",
        period="this_morning",
        name="Sexy Boy by Air",
        person="Ada",
    ),
    Fresh(
        text="did I hear Don't Stop Me Now on November the third, it were our Ben's birthday",
        family="did_i",
        period="november_3",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="did I have Da Funk on at all since Monday?",
        family="did_i",
        period="since_monday",
        name="Da Funk",
    ),
    Fresh(
        text="has Phantom been played in t'kitchen today, I thought I heard it",
        family="did_i",
        period="today",
        name="Phantom",
        room="kitchen",
    ),
    # what_played
    Fresh(
        text="what were Ada listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
        person="Ada",
    ),
    Fresh(
        text="what did we have on last Friday? me and Ben were doing the tea and I can't remember nowt",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="fill us in on what I listened to this afternoon, love",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what music did I have on last night",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="what were I listening to on November third",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="what were on at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what were our Ada playing at half eight this morning?",
        family="playing_at",
        moment="2026-11-20 08:30",
        person="Ada",
    ),
    Fresh(
        text="at five past five this afternoon, what song were that",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="what were we listening to at nine o'clock on Saturday night",
        family="playing_at",
        moment="2026-11-14 21:00",
        person="we",
    ),
    Fresh(
        text="dinner time, twelve o'clock, on the third of November, what had I got on",
        family="playing_at",
        moment="2026-11-03 12:00",
    ),
    Fresh(
        text="what were on at ten past eight yesterday evening, summat good that",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="what sort of music is our Ada into then",
        family="taste",
        period="all_time",
        person="Ada",
    ),
    Fresh(
        text="describe my taste in music, go on, be kind",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of stuff have I been into this year, I'm curious",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day does Ada usually have music on",
        family="peak",
        period="all_time",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="when do I mostly listen, which hour and which day?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what day of the week and what hour am I usually listening to summat",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="has our Ada discovered anyone new lately",
        family="new_artists",
        period="lately",
        person="Ada",
    ),
    Fresh(
        text="any new artists I've found this year?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="who did we listen to for the first time last month, me and our lass",
        family="new_artists",
        period="last_month",
        person="we",
    ),
    # skips
    Fresh(
        text="how often does Ada skip songs",
        family="skips",
        period="all_time",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="how much skipping did I do this week, I'm right impatient",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="what's me skip rate been like over the last thirty days",
        family="skips",
        period="last_30_days",
    ),
    # repeat
    Fresh(
        text="do I play the same songs over and over, what's me repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much has our Ada been replaying the same tracks this month",
        family="repeat",
        period="this_month",
        person="Ada",
    ),
    Fresh(
        text="how repetitive were we last year? same old tunes, I bet",
        family="repeat",
        period="last_year",
        person="we",
    ),
    # streak
    Fresh(
        text="how many days on the trot have I listened to summat",
        family="streak",
    ),
    Fresh(
        text="what's Ada's streak, how many days in a row has she listened",
        family="streak",
        person="Ada",
    ),
    Fresh(
        text="am I on a streak? how many days running now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did Ada first play Justice",
        family="first_play",
        name="Justice",
        person="Ada",
    ),
    Fresh(
        text="when did that Eres song first turn up in me history",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when were t'first time I listened to The Daily?",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I first play The Weeknd, our lass reckons I never have",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when did Ada last have Queen on",
        family="last_play",
        name="Queen",
        person="Ada",
    ),
    Fresh(
        text="when did I last play Digital Love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="last time I played owt off Moon Safari, when were that",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="when were Genesis by Justice last on",
        family="last_play",
        name="Genesis by Justice",
    ),
    # last_song
    Fresh(
        text="what were the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what were the last song our Ada put on?",
        family="last_song",
        person="Ada",
    ),
    Fresh(
        text="remind us what song I had on last, it's on the tip of me tongue",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did our Ada wake up to today",
        family="first_today",
        person="Ada",
    ),
    Fresh(
        text="first song I played today, what were it",
        family="first_today",
    ),
    Fresh(
        text="what did I start the day off with, music-wise",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what were the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what song did we start last weekend with",
        family="first_in",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what did Ada kick the year off with, first song of twenty twenty six",
        family="first_in",
        period="this_year",
        person="Ada",
    ),
    # last_in
    Fresh(
        text="last song I played on Saturday, what were that",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what did Ada finish off with last night",
        family="last_in",
        period="last_night",
        person="Ada",
    ),
    Fresh(
        text="what were t'last song we had on in October",
        family="last_in",
        period="october",
        person="we",
    ),
    Fresh(
        text="day before yesterday, what were the last thing I had on",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song does Ada skip most",
        family="most_skipped",
        period="all_time",
        person="Ada",
    ),
    Fresh(
        text="what song do I skip most, the one I can't stand",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track this year, which is it",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip most? be honest wi' me",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who does our Ada skip past the most, which artist",
        family="most_skipped_artist",
        period="all_time",
        person="Ada",
    ),
    Fresh(
        text="which artist did I skip most over the summer",
        family="most_skipped_artist",
        period="summer",
    ),
    # on_repeat
    Fresh(
        text="what song's our Ada got on repeat at the minute",
        family="on_repeat",
        person="Ada",
    ),
    Fresh(
        text="which tune can't I stop playing? our lass is sick of it",
        family="on_repeat",
    ),
    Fresh(
        text="what song have I been caning lately",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how's our Ada's week gone, listening-wise",
        family="recap",
        period="this_week",
        person="Ada",
    ),
    Fresh(
        text="run me through how we did last year, me and Ben, all of it",
        family="recap",
        period="last_year",
        person="we",
    ),
    Fresh(
        text="how did October go for us, listening wise? me and our lass want to know",
        family="recap",
        period="october",
        person="we",
    ),
    Fresh(
        text="fill me in on my summer, how were it",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="is Ada more of a morning listener or an evening one",
        family="compare_day_parts",
        period="all_time",
        person="Ada",
    ),
    Fresh(
        text="do I listen more in t'mornings or afternoons?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month, have I been more mornings or evenings wi' me music",
        family="compare_day_parts",
        period="this_month",
        content="music",
    ),
    # compare_week
    Fresh(
        text="does Ada play more at weekends or during t'week",
        family="compare_week",
        period="all_time",
        person="Ada",
    ),
    Fresh(
        text="do I listen more weekdays or weekends? I reckon weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="last month, were it weekends or weekdays we had more music on",
        family="compare_week",
        period="last_month",
        content="music",
        person="we",
    ),
]

NEGATIVES = [
    "eh up, put some Queen on in t'kitchen for our Ada, she's had a rough day",
    "turn it up a bit love, I can't hear it over t'kettle",
    "turn t'music down, the kids are trying to sleep",
    "what's this song that's on now? our lass keeps asking",
    "skip this one, Ben can't stand it",
    "pause The Daily while I get back from t'shop",
    "next track in the living room please",
    "switch the kitchen light off, there's nobody in there",
    "play the album Discovery for the kids",
    "stick shuffle on, we're fed up of the same order",
    "put this song on repeat, our Ada loves it",
    "group the kitchen speaker wi' the living room one",
    "set a timer for twenty minutes for the Yorkshire puds",
    "what's the weather doing tomorrow? Ben's got football",
    "add teabags to the shopping list, we've nowt left",
    "knock the thermostat up to twenty one, it's nithering in here",
    "what am I listening to right now",
    "who sings this? it's reyt good",
    "play summat cheerful in the kitchen while tea's ready",
    "stop the music, we're off out",
    "volume to five in t'kitchen",
    "play the next episode of The Daily for us",
    "what's playing in the kitchen at the minute? our lad's put summat on",
    "turn the radio off in the kids' room",
    "play Justice in the living room for Ben",
    "resume the podcast, I were halfway through it",
    "go back to the start of this song",
    "play Around the World by Daft Punk, the kids want a dance",
    "add the kitchen speaker to the group",
    "turn repeat off, it's driving me daft",
    "how long's left on the timer for the spuds",
    "is it going to rain today? I've got washing out",
    "put milk and bread on the list for our lass",
    "dim the lights in t'front room",
    "put a podcast on for Ada while she's cooking",
    "what album's this one off, the one playing now",
    "skip forward thirty seconds, it's adverts",
    "louder, this is a grand bit",
    "lock the back door, love",
    "play Café Tacvba in t'kitchen, Ada's doing tacos",
    "set an alarm for seven for the kids' school",
    "keep the heating low while Sunday, we're away at me mam's",
    "unpause it, Ben's off the phone now",
    "play some Air, nice and quiet, for Ada's bath",
    "move the music from the kitchen to the front room",
]

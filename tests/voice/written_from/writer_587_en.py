"""Writer 587, an old Kerry farmer in his seventies, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Yerra tell me, who is it I do be listening to the most? I'd say 'tis them French lads but I amn't sure at all",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="the young lad was asking me who my number one was last month, the band like, and sure I hadn't a notion. who was it?",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="who did I have on the most this year at all, the singer I mean, not the song",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who was I gone mad on lately? some crowd I'd have going every morning with the tea",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="below in the kitchen now, which band got the most airing last week",
        family="top_artists",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="give me the top three bands I had on in October. three now, no more, I won't remember more",
        family="top_artists",
        period="october",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="what's the one song I had on more than any other this month, would you know that",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="go on so, name me my five most played songs. of all time, like",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="since March what tune did I play the most? I'd say 'twas that fast one with the robots singing",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="song of the summer for me, what was it? this summer just gone, I mean, not last year's",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="the missus and myself, what two tunes did we have going the most last week",
        family="top_tracks",
        period="last_week",
        count=2,
        person="we",
    ),
    # top_albums
    Fresh(
        text="which record did I wear out altogether? the whole album now, not the one song",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="over the last three months which album was I playing most, ye'd have that written down somewhere I suppose",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="the LP I had on most in twenty twenty five, what was that one called again",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="them talking programmes, the podcasts the young lad calls them, which one do I listen to the most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what podcast had me hooked this year at all",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="my top podcast last month, what was it, tell us",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="How long was the music going below in the kitchen today, the whole lot of it?",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how many hours did I spend listening to this yoke this week, sure it must be a fair few",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="tell me how much time I gave the podcasts last month, I'd be afraid to hear it",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how long had I music on this morning before the dinner",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="yerra how many hours of listening would I have done altogether this year, go on",
        family="listening_time",
        period="this_year",
    ),
    # plays
    Fresh(
        text="since Monday now, how many songs would I have played, roughly like",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="how many things all told did I put on last weekend, songs, programmes, the whole lot",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="how many podcast episodes did I get through in the last thirty days",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="and Ada, how many songs did she play last night, she had it going late enough",
        family="plays",
        period="last_night",
        content="music",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="how many different bands and singers did I listen to this year, roughly",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="back in August, how many different artists would I have had on",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="how many different singers and bands did we have on last month, the missus and myself, all told",
        family="artists_count",
        period="last_month",
        person="we",
    ),
    # songs_count
    Fresh(
        text="how many different songs have I ever played on this thing, at all at all",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="in the last seven days now how many different tunes did I have on, not counting the same one twice",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="last summer, the summer of twenty five, how many different songs did I listen to",
        family="songs_count",
        period="last_summer",
    ),
    # play_count
    Fresh(
        text="that Bohemian Rapsody one by the Queen fella, how many times did I have it on this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="how much Daft Punk did I have on this month, be honest with me now",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="that Daily programme, the American news one, how many times did I have it on last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times did I play Radiohead ever? the young lad swears by them",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="that Sexy Boy one, by Air I think they're called, God forgive me, how many times did I play it over the summer",
        family="play_count",
        period="summer",
        name="Sexy Boy by Air",
    ),
    # did_i
    Fresh(
        text="any Justice lately? the young lad put them on for me one time and I didn't mind them",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did I hear dont stop me now yesterday at all",
        family="did_i",
        period="yesterday",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="the Mexican crowd, cafe tacuba or whatever you call them, were they on at all in October",
        family="did_i",
        period="october",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I play Discovery since October? the album I mean, the Daft Punk one",
        family="did_i",
        period="since_october",
        name="Discovery",
    ),
    Fresh(
        text="did we have the Daily on on Saturday, the missus thinks we did",
        family="did_i",
        period="saturday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="that Weekend fella, did I ever have him on last year? I don't think I did now",
        family="did_i",
        period="last_year",
        name="The Weeknd",
    ),
    # what_played
    Fresh(
        text="what had I on yesterday evening, I left it going and went out to the cattle",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="the day before yesterday, Wednesday, what was I listening to",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what music was I playing this afternoon before the young lad came in",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="remind me what I had on last Friday, 'twas the day of the mart",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="the third of November, what was I listening to? I can't remember a thing about that day",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="last night about ten past eight, what was that song that was on? I was half asleep in the chair",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="this morning at half eight, what was playing, I had my back turned",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was on at a quarter past five this evening, I was peeling the spuds",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Wednesday night at nine o'clock, what was on the radio in the kitchen",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    Fresh(
        text="Saturday at the dinner hour, twelve o'clock, what was it playing",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    # taste
    Fresh(
        text="what kind of music would you say I'm into at all",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste there for me, the young lad says I've notions",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="going by what I play, what sort of a listener am I, what do I like",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of the day do I do be listening most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when would I usually have the music on, what hour, and what day of the week",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="sure what's my busiest time for the listening, the day and the hour and that",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I come across any new bands this month, anyone I never heard before",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who's new? anyone I heard for the first time the past fortnight",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new singers this year that I never had on before? grand if there were",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="do I be skipping a lot of songs? how often would I skip them",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="last week, how many did I skip out of all I played",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="what's my skip rate this month, the young lad says 'tis shocking",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="do I play the same songs over and over, would you say",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much repeating did I do this month, same tunes again and again",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="over the past two weeks how much of it was the same old songs played again",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="tell me this, how many days in a row have I listened now, I don't think I missed one",
        family="streak",
    ),
    Fresh(
        text="how many days running have I had the music on",
        family="streak",
        content="music",
    ),
    Fresh(
        text="what's my streak now, days on the trot like",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Daft Punk, 'twas the young lad started me on them",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Eres, the Café Tacvba one, when was the first time I played that",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Wet Leg, when did they first turn up on this thing",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="the Daily, when did I start listening to that first, 'twas last year sometime I think",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="around the world, the daft punk one, when did I last have that on",
        family="last_play",
        name="Around the World by Daft Punk",
    ),
    Fresh(
        text="Queen now, when did I last have them on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the last time I had Moon Safari on, the album",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="last time I heard Phantom by Justice, when was it",
        family="last_play",
        name="Phantom by Justice",
    ),
    # last_song
    Fresh(
        text="what was the last song I played, I forget the name of it",
        family="last_song",
    ),
    Fresh(
        text="the very last tune I had on, what was it",
        family="last_song",
    ),
    Fresh(
        text="what did I play last of all on this yoke",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="sure what was the first song I put on today at all",
        family="first_today",
    ),
    Fresh(
        text="what did I have on first thing when I got up for the milking",
        family="first_today",
    ),
    Fresh(
        text="the first tune on today, when I came in from the yard, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="yesterday now, the first song I played, what was it",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="the first tune I had on on Saturday, what was it",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what did I start the week off with, the first song this week",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="last Friday, what was the last thing I played before bed",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the last tune I had on yesterday before I turned it off",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I finish up with in October, the last song",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="yerra which song is it I do be skipping the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="there's one tune I can't stand at all and I'm forever skipping it, which one is it",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the song I skipped most this year, which was it",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which crowd do I skip the most, the band I've no time for",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the singer I do be skipping most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which artist did I skip most in September",
        family="most_skipped_artist",
        period="september",
    ),
    # on_repeat
    Fresh(
        text="what song have I on repeat these days, I know there's one",
        family="on_repeat",
    ),
    Fresh(
        text="what's the tune I can't stop playing, sure it's driving the dog mad",
        family="on_repeat",
    ),
    Fresh(
        text="what song am I hammering lately, the young lad says I'm wearing it out",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown there of my listening, the way the young lad showed me",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my week then, listening wise, grand or what",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="tell me about my year in music so far",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how did last month go, for the listening",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="run me through last summer, what kind of listening I did",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning man or an evening man for the listening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons or nights, which would I listen more in",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="would I have the music on more in the mornings than in the evenings",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="is it at the weekend I do listen more or during the week, I'd often wonder",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it the weekdays or the weekends I play more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Saturday and Sunday, do I have more on than on the working days",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play a bit of Queen there in the kitchen for me",
    "turn that up would you, I can't hear it over the kettle",
    "yerra turn it down, 'tis too loud altogether",
    "what song is this that's on now",
    "skip this one, I don't like it at all",
    "stop the music, the phone is ringing",
    "pause the podcast there till I come back in from the yard",
    "put on the album Discovery, the Daft Punk one",
    "next song",
    "go back to the one before, I missed the start of it",
    "what's the weather going to be like tomorrow for cutting the silage",
    "will it rain in Killarney today",
    "set a timer for the spuds, twenty minutes",
    "how long is left on the timer",
    "put tea bags on the shopping list",
    "add a sliced pan and butter to the list there",
    "turn on the kitchen light",
    "turn off the light in the kitchen, I'm off to bed",
    "turn up the heat there, 'tis fierce cold",
    "set the thermostat to twenty",
    "shuffle the songs, mix them up",
    "put that song on repeat, I like it",
    "turn off the repeat, I'm sick of it",
    "play it on the speaker in the kitchen and the sitting room together",
    "what am I listening to right now",
    "who's singing this",
    "play The Daily, the newest one",
    "play some Irish music, a bit of trad",
    "put on Radio Kerry",
    "what time is it",
    "put on Justice in the kitchen, the young lad's crowd",
    "louder",
    "volume to five",
    "go quiet there for a minute",
    "play something by Air, something quiet for the evening",
    "what's the name of this album that's playing",
    "is it the Daily that's on now or something else",
    "stop the podcast, 'tis giving me a headache",
    "play Bohemian Rhapsody for the young lad",
    "turn off all the speakers",
    "remind me to ring the vet at three",
    "play Café Tacvba in the kitchen",
    "next track in the sitting room",
    "carry on the podcast where I left off",
]

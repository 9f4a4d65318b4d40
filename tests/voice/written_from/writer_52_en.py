"""Writer 52, a parent of small children (suburban American dad, always multitasking and interrupted by the kids), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="okay so who did I -- Mason, get down off that -- who did I listen to the most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="um, who's my number one artist this year, like so far",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="hey so hang on, top three bands for twenty twenty five, what were they",
        family="top_artists",
        period="in_2025",
        count=3,
    ),
    Fresh(
        text="who were we playing the most last month, me and -- no sweetie, that's daddy's coffee -- who'd we play most last month",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="which artist have I been kinda obsessed with, I feel like it's the same band over and over",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="who's Ada been listening to most this week",
        family="top_artists",
        period="this_week",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what's my most played song this month -- wait, yeah, this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="okay name my top five songs of all time, go -- Lily, not now honey -- top five, go",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="in the kitchen, what song gets played the most",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="what was my song of the summer, like the one I played the most this summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="top song since Monday, what is it, hang on, I'm driving",
        family="top_tracks",
        period="since_monday",
    ),
    # top_albums
    Fresh(
        text="which album did I play the most in October",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="um, what's my most played record, like whole album, ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top two albums since March -- put the cup down, put it down -- top two albums since March",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what podcast am I -- buddy, inside voice -- what podcast am I hooked on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which show did I listen to most last year, podcast-wise I mean",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="my go-to podcast this month, what's that",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="how long did I listen to stuff today, like total",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how many hours of music did I have on this week, roughly",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wait how much time did we spend listening last weekend, with the -- okay, okay, you can have the iPad -- last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how much podcast time did I rack up in September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="okay so total listening time in the kitchen over the last thirty days",
        family="listening_time",
        period="last_30_days",
        room="kitchen",
    ),
    Fresh(
        text="how long were the tunes going in the kitchen yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs did I play this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many episodes did I get through last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="um, total plays for last week, how many, just the number",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="how many tracks did we go through yesterday",
        family="plays",
        period="yesterday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands did I -- no, no, we don't lick the dog -- how many different bands did I play in the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="number of artists I've ever listened to, like all told",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many unique tracks since October, hang on -- yeah, since October",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="in August, how many different songs did I get through",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="how many times did I play Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have we had on this -- no, last month, how much Queen last month",
        family="play_count",
        period="last_month",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="how many times did I play that one more time song by daft punk this month",
        family="play_count",
        period="this_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have I played Raffi this week, be honest",
        family="play_count",
        period="this_week",
        name="Raffi",
    ),
    Fresh(
        text="digital love, how many times did I play that over the past two weeks",
        family="play_count",
        period="last_2_weeks",
        name="Digital Love",
    ),
    Fresh(
        text="how many times did I put on la femme d'argent since march",
        family="play_count",
        period="since_march",
        name="La femme d'argent",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hey did I -- buddy, shoes on -- did I play Sexy Boy by Air last weekend",
        family="did_i",
        period="last_weekend",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="listened to any cafe tacuba since monday? I think I did",
        family="did_i",
        period="since_monday",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I play any Radiohead in twenty twenty five",
        family="did_i",
        period="in_2025",
        name="Radiohead",
    ),
    Fresh(
        text="did we listen to The Daily on Saturday",
        family="did_i",
        period="saturday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="did I put on Moon Safari at all this summer, the whole album",
        family="did_i",
        period="summer",
        name="Moon Safari",
    ),
    Fresh(
        text="phantom, the justice one, did I play that this week",
        family="did_i",
        period="this_week",
        name="Phantom by Justice",
    ),
    Fresh(
        text="did Ada listen to Genesis this morning",
        family="did_i",
        period="this_morning",
        name="Genesis",
        person="Ada",
    ),
    # what_played
    Fresh(
        text="so what was I playing yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I listen to on November third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what music did I have going this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="hang on -- what'd we listen to last Friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="okay what was on the speaker the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did I have on last night, I totally zoned out",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was on around, um, ten past eight last night",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what song was on this morning at eight, right when -- Emma, breakfast, now -- right at eight",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was playing at like five fifteen today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was on yesterday at noon",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="the day before yesterday at nine pm, what was playing",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, like, describe me",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you sum up my taste in music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my music taste these days, my wife says it's all French robots",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="what time of day do I usually put music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I listen the most, like which day and what time",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my peak listening hour -- Lily, gentle with the cat -- and my peak day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I discover anybody new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new artists in the last -- Lily, give it back -- the last seven days",
        family="new_artists",
        period="last_7_days",
    ),
    Fresh(
        text="who'd I hear for the first time last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do I skip stuff, honestly",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how much skipping did I do this week, like out of everything I played",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate lately",
        family="repeat",
        period="lately",
    ),
    Fresh(
        text="do I replay the same stuff a lot since, um, since October",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened now",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak at -- hang on -- what's my streak",
        family="streak",
    ),
    Fresh(
        text="how many straight days have I listened to something",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did I first play dance by justice",
        family="first_play",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="first time I ever played Wet Leg, when was that",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="eres, when did that first show up, the cafe tacvba song",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    # last_play
    Fresh(
        text="when did I last play Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when's the last time I had Air on",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="last time I listened to The Daily, when was it",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I last have around the world on, the daft punk one",
        family="last_play",
        name="Around the World by Daft Punk",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="hey what was that last song, the -- the one I had on last, what was it",
        family="last_song",
    ),
    Fresh(
        text="what'd I listen to last, song-wise",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played today",
        family="first_today",
    ),
    Fresh(
        text="what was the very first thing -- song I mean -- I put on today",
        family="first_today",
    ),
    Fresh(
        text="what song did I start my day with",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="um, what was the first song I put on yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I kick off last Friday with, like the first song",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track on Saturday, what was it",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what was the first song I played this week",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what was the last song I played last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what song did I end on the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="last song of October, what was it",
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
        text="what's the track I always skip, like every single time",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song, what is it -- Mason, sit down in the cart -- what is it",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do I skip the most, like which band",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I had on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song can I just not stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what's my current earworm, the song I keep putting on",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="okay so give me my week, like a recap",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="run me through my October, listening-wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="year in review, let's hear it -- hang on -- okay, go",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on how last month went for us, music-wise",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning listener or a night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I play more music in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="mornings or afternoons, when do I listen more this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekends or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays versus weekends since March, which one do I listen more",
        family="compare_week",
        period="since_march",
    ),
    Fresh(
        text="is it more weekday listening or weekend for me -- no, you already had a snack -- weekday or weekend",
        family="compare_week",
        period="all_time",
    ),
    # extra variety
    Fresh(
        text="how many times did I play the Homework album last summer",
        family="play_count",
        period="last_summer",
        name="Homework",
    ),
    Fresh(
        text="what was on at, uh, half past nine last night",
        family="playing_at",
        moment="2026-11-19 21:30",
    ),
    Fresh(
        text="who's my favorite artist in the kitchen, like all time",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen -- no, buddy, the kitchen, where daddy is",
    "okay turn the music down, the baby's sleeping",
    "turn it up, turn it up, it's the dance song",
    "what song is this, the kids keep asking",
    "who sings this one",
    "what am I listening to right now",
    "skip this song -- no, the next one too",
    "next track",
    "pause the podcast, hang on, someone's crying",
    "resume The Daily",
    "play the latest episode of The Daily in the kitchen",
    "play the album Discovery",
    "play Baby Shark -- ugh, fine -- play Baby Shark",
    "stop the music in the living room",
    "turn off the kitchen light",
    "turn on the lights in the kids' room, dim",
    "set a timer for twelve minutes for the fish sticks",
    "how much time is left on the timer",
    "add juice boxes to the shopping list",
    "add, um, diapers, size four, to the list",
    "what's the weather gonna be like tomorrow morning",
    "is it gonna rain during soccer practice",
    "set the thermostat to seventy",
    "shuffle on",
    "turn shuffle off",
    "put this song on repeat, they want it again",
    "repeat mode off please",
    "volume four in the kitchen",
    "group the kitchen and living room speakers",
    "ungroup the speakers",
    "play some quiet music for nap time",
    "play Queen in the garage",
    "play Don't Stop Me Now, the kids want to dance",
    "what's playing in the kitchen",
    "go back to the last song",
    "start the song over",
    "play something by Air on the living room speaker",
    "lower the volume a little -- little more -- okay stop",
    "mute the kitchen speaker",
    "play the next episode of The Daily",
    "set an alarm for six fifteen",
    "call Jenny",
    "remind me to sign the permission slip",
    "what's on the calendar Saturday",
    "lock the front door",
    "play kids' music in the playroom",
]

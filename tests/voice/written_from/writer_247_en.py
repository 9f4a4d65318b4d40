"""Writer 247, busy parent of toddlers who gets interrupted mid-sentence and restarts, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who've I been, sorry, hang on, who've I been listening to most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="okay who was my number one artist last year, no wait, not last year, this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="in the kitchen who gets played the most, like which band, sorry, which artist",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who was I obsessed with lately, hang on, put that down, who was I obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="who did I play most in September, no, don't, sorry, September, yeah",
        family="top_artists",
        period="september",
    ),
    Fresh(
        text="hang on... right, my most played artist in twenty twenty five, who was it",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="who was my most played artist last year, sorry, last year, yeah",
        family="top_artists",
        period="last_year",
    ),
    # top_tracks
    Fresh(
        text="what's my, no don't lick that, what's my most played song of the month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="three most played songs, sorry, my three most played songs last week",
        family="top_tracks",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="top five tracks this year hang on top five tracks this year please",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="what was our song of the summer, wait, like the one we played most this summer",
        family="top_tracks",
        period="summer",
        person="we",
    ),
    Fresh(
        text="which song gets played most in the kitchen, hang on sweetie, which song",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="what's my top tune over the past two weeks, sorry, my top tune",
        family="top_tracks",
        period="last_2_weeks",
    ),
    # top_albums
    Fresh(
        text="which album did I, sorry, which album did I play the most in October",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="what was my favourite record, hang on, the album I mean, over the last three months",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="most played album of all time, what is it, sorry, what was I saying, yeah, most played album ever",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on, hang on love, which podcast am I hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's my top pod, no, put the cup down, my top podcast this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="go-to podcast last summer, what was it, sorry, which show did I listen to most last summer",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="how long did I listen to music yesterday, sorry, how much music did I have on yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many hours of, hang on, how many hours did I listen this week",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how much time did we spend listening last weekend, no wait, the whole of last week",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="minutes of podcasts this month, how many, sorry, how many minutes of podcasts did I do this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long's the music been on since Monday, no, stop, how long's it been on since Monday",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="how long was I listening in August, the whole of August, hang on, yeah August",
        family="listening_time",
        period="august",
    ),
    Fresh(
        text="in the kitchen, how long were the tunes on the day before yesterday",
        family="listening_time",
        period="day_before_yesterday",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs did I play today, no wait, this morning, just this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many plays in the last thirty days, like everything, songs and podcasts and all",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many tracks did we get through last month, sorry, what was I, how many tracks last month",
        family="plays",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many episodes have I listened to since, hang on, since October",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="songs in the last seven days, how many, sorry, how many did I play",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="how many songs did Ada play yesterday, wait, that's me, yeah, how many",
        family="plays",
        period="yesterday",
        content="music",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I, no, not in there, how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands in twenty twenty five, hang on, different ones",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="number of artists, different ones, last month, hang on, since March actually",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last week, sorry, different songs, not total",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many different tracks this summer, hang on, last summer, the one before",
        family="songs_count",
        period="last_summer",
    ),
    Fresh(
        text="how many separate songs have I ever played, like different ones, sorry, ever",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how much Queen have I, hang on, how much Queen have I had on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how many times did I play one more time, the daft punk one, sorry, this month",
        family="play_count",
        period="this_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="bohemian rapsody, how many times have I played it, no, sit down, ever, how many times ever",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how often did I put on The Daily in October, sorry, in October",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="how many times did I play Radiohead this year, wait, do I even",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I listen to, no, wait, don't, did I listen to any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did I hear any, hang on, any Air last weekend",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="any cafe tacuba lately, hang on, have I had any Cafe Tacvba on lately",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="did we play the daily on, sorry, the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="did I listen to The Weeknd last month, no that's not yours, did I",
        family="did_i",
        period="last_month",
        name="The Weeknd",
    ),
    Fresh(
        text="sexy boy this morning, did I, hang on, did I play sexy boy this morning",
        family="did_i",
        period="this_morning",
        name="Sexy Boy",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening, sorry, what was I, yeah, yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I have on on Saturday, hang on, on Saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what did we listen to last Friday, no, give it back, last Friday, yeah",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what was I playing on November the third, sorry, the third of November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what have I listened to this afternoon, hang on, this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what was on last night, sorry, what was I listening to last night",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter to eight last night, no, wait, eight, eight o'clock last night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what was playing at half eight this morning, sorry, half past eight",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was on at like ten past five today, sorry, this afternoon, ten past five",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="what was playing the day before yesterday at, hang on, nine at night",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="on Saturday at lunchtime, twelve-ish, what was on, sorry, what was playing",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, like, hang on, what's my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my music taste, sorry, in a sentence or two",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste in music like, actually, no, don't touch that, what's it like",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do I usually, hang on, what time do I usually listen to music",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I, sorry, when do I listen the most, like which hour, which day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my usual listening time, hang on, and which day of the week",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered anyone new lately? hang on, have I",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which new artists did I find this year, sorry, new ones, first time",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new bands last month, like ones I'd never heard before, hang on, last month",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how much do I skip stuff, hang on, skip, yeah, how often",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month, no, sit down, this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many did I skip last week, sorry, out of how many",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs, honestly, hang on, how much",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate, hang on, this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="do I play the same stuff over and over, like how much, sorry, in the last thirty days",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened, no wait, put it down, how many days in a row",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak at, sorry, my streak",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first, hang on, when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did eres first turn up, the cafe tacvba one, sorry, when",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="when did I first play Wet Leg, do I even, hang on, when",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did I last hear, no, not the crayons, don't stop me now, when did I last hear it",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when was the last time I played Air, sorry, anything by Air",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="last time I had the daily on, when was that, hang on, when",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song I played, hang on, the very last one",
        family="last_song",
    ),
    Fresh(
        text="what did I play last, sorry, what was I, the last song, yeah",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to today, like the first song, sorry",
        family="first_today",
    ),
    Fresh(
        text="what was the first thing I, no, sit down, the first song I played today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday, hang on, what was the first one yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I start with last Friday, sorry, the first track",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first song on Saturday, no wait, the very first one on Saturday",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what did I end with last Friday, hang on, the last song",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the last thing I played yesterday, sorry, the last song yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last song of the day before yesterday, what was, hang on, what was it",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most, sorry, skip, the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the track I always skip, hang on, the one I skip most",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="who do I skip the most, which artist, no wait, don't, which artist",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which band do I skip most this year, sorry, this year",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days, hang on, on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="what's on heavy rotation, sorry, song-wise, what's on heavy rotation",
        family="on_repeat",
    ),
    Fresh(
        text="which song can't I stop playing, no, not you, which song",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was my week in music, hang on, my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me my year in review, sorry, the year, yeah",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a rundown of last month, hang on, a rundown",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in on my listening, a rundown, sorry, what was I, yeah, fill me in",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap of twenty twenty five please, no, put it back, recap of twenty twenty five",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or an evening listener, hang on, morning or evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the mornings or, sorry, or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or at the weekend, hang on, weekdays or weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends or weekdays, when do I listen more, sorry, which one",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen, hang on, yeah, in the kitchen",
    "turn the music up, no wait, down, turn it down",
    "what's playing in the kitchen, sorry, right now",
    "what song is this, hang on, what's this song",
    "skip this song, no, not you, skip the song",
    "pause the podcast, sorry, pause it",
    "next track in the living room, hang on, next track",
    "turn off the kitchen light, no wait, on, turn it on",
    "play the album Discovery, sorry, the whole album",
    "volume to four, hang on, three, volume three",
    "shuffle on, no, put that down, shuffle on",
    "turn repeat off, sorry, repeat off",
    "group the kitchen and the living room speakers, hang on, group them",
    "set a timer for ten minutes, no wait, twelve minutes",
    "what's the weather like, sorry, this afternoon",
    "add nappies to the shopping list, hang on, and wipes",
    "set the heating to twenty one, no, twenty, the heating",
    "what am I listening to right now, sorry, right now",
    "play The Daily, the latest episode, hang on",
    "stop the music, no, don't cry, stop the music",
    "play some nursery rhymes in the kitchen, sorry, nursery rhymes",
    "louder, hang on, a bit louder",
    "play Queen, no wait, play Don't Stop Me Now",
    "what's this track called, sorry, the one that's on",
    "skip forward thirty seconds, hang on, in the podcast",
    "turn off the speaker in the kitchen, no, the living room",
    "play something by Air, sorry, anything",
    "resume the podcast, hang on, where I left off",
    "mute, sorry, mute the kitchen",
    "who sings this, hang on, who's this",
    "add milk to the shopping list, no wait, oat milk",
    "what time is it, sorry, what time",
    "cancel the timer, hang on, the pasta one",
    "play Justice, D.A.N.C.E., sorry, the dance one",
    "turn the kitchen lights down, no, to fifty percent",
    "previous song, hang on, go back one",
    "put on some white noise in the kids' room, sorry, white noise",
    "is it going to rain, hang on, today",
    "play the next episode of The Daily, no wait, after lunch, actually now",
    "move the music to the kitchen, sorry, from the living room",
    "stop, hang on, stop everything",
    "set an alarm for seven, no, half six",
    "play music in every room, sorry, all the speakers",
    "turn the volume down in the kitchen, hang on, she's asleep",
    "what album is this from, sorry, this song",
]

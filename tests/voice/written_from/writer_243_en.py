"""Writer 243, a Scouser from Liverpool dictating to a speaker, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who've I been playin' the most this month, la?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="right, who's me number one band this year then",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who've I been dead obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, like, which artist gets played the most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who did we have on the most last month, our house like",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="who's had the most plays over the past two weeks, la",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="go 'ead, who was me most played band back in twenty twenty five",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="which artist did Ada play most last week",
        family="top_artists",
        period="last_week",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what's me most played song of all time, la",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="give us me top three tunes from October",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="what was me song of the summer then",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="five tracks I played most last year, go on",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="me top tune over the last three months, what is it",
        family="top_tracks",
        period="last_3_months",
    ),
    # top_albums
    Fresh(
        text="which album've I battered the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what's me favourite album, like, of all time",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what record have I had on the most since March",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's me go-to podcast, la",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="top podcast last month?",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="how long've I had the music on today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did I listen last week, roughly like",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time did we spend listenin' to stuff in October",
        family="listening_time",
        period="october",
        person="we",
    ),
    Fresh(
        text="how long was the kitchen speaker goin' yesterday, la",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="over the last seven days how long have I been listenin' for",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="how long did I have the tunes on this afternoon",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="how many hours of podcasts did I get through last summer",
        family="listening_time",
        period="last_summer",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="how many songs did I play this mornin'",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many podcast episodes have I got through this year, la",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="how many tunes did I get through at the weekend just gone",
        family="plays",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="in total, how many things have I played, like, ever",
        family="plays",
        period="all_time",
    ),
    Fresh(
        text="songs since Monday, how many's that",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different bands have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists did I hear last month, la",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="how many different artists have I had on since October",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play in September",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="how many separate tracks have I had on in the last thirty days",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="how many individual tunes have I played altogether, d'you know",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times have I played Bohemian Rhapsody, la",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Daft Punk have I been bangin' on this month",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="that dance song by Justice, how many times did I have it on last week",
        family="play_count",
        period="last_week",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="our kid reckons I play Queen too much, how many times have I had them on this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times have I played Radiohead, ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did I listen to any Air yesterday?",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="had any of that cafe tacuba on this year, la?",
        family="did_i",
        period="this_year",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I have The Daily on this mornin' or what",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="listened to any Wet Leg lately?",
        family="did_i",
        period="lately",
        name="Wet Leg",
    ),
    Fresh(
        text="did we have Justice on last weekend",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="digital love by daft punk, did I play that at all in August",
        family="did_i",
        period="august",
        name="Digital Love by Daft Punk",
    ),
    # what_played
    Fresh(
        text="what was I listenin' to yesterday evenin', la",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run us through what I had on last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what tunes did I have on on Saturday",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="fill me in on what we were listenin' to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="what's Ada been listenin' to this week",
        family="what_played",
        period="this_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was playin' at about eight o'clock last night, la",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what song was on at half eight this mornin'",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="quarter past five this afternoon, what was goin' on the speaker",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was on at nine o'clock Wednesday night",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, d'you reckon",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe me taste in music, la, be honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's me taste been like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have the tunes on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I listen the most, like what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's me busiest listenin' day of the week, la",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I discovered anyone new lately, la",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new bands I've got into this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did I hear for the first time last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do I skip songs, la",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's me skip rate been like this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="do I skip a lot, me?",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's me repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="have I been playin' the same tunes again and again lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days on the trot have I listened to music",
        family="streak",
        content="music",
    ),
    Fresh(
        text="what's me listenin' streak at the minute, la",
        family="streak",
    ),
    Fresh(
        text="how many days in a row have I had somethin' on",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="sexy boy, when did that first turn up, la",
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
        text="when was the last time I played Eres by that Café Tacvba lot",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="last time I listened to The Daily, when was that",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song I played, la",
        family="last_song",
    ),
    Fresh(
        text="what was the last tune I put on",
        family="last_song",
    ),
    Fresh(
        text="remind us, what track did I have on last",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was me first song today, la",
        family="first_today",
    ),
    Fresh(
        text="what did I kick the day off with",
        family="first_today",
    ),
    Fresh(
        text="first tune I played today, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what did I start last Friday off with",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first track I had on back on November the third",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="what was the last song I played yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I finish off with last night, la",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last tune I played in October, what was it",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most, la",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the tune I always end up skippin'",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track gets skipped the most in the kitchen",
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
        text="who's the artist I'm always skippin', la",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat at the minute, la",
        family="on_repeat",
    ),
    Fresh(
        text="what tune am I hammerin' these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's that boss song I can't stop playin'",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of me week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was me year in music, la",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="go on then, give us me listenin' recap",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did last month go, music-wise, fill me in",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="do us a review of last summer, la, what was I listenin' to an' that",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a mornin' or an evenin' listener, like",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month, have I had the tunes on more in the mornings or the evenings",
        family="compare_day_parts",
        period="this_month",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more at the weekend or in the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it weekdays or weekends I have the music on more, la",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="did we listen more on weekdays or weekends last month",
        family="compare_week",
        period="last_month",
        person="we",
    ),
]

NEGATIVES = [
    "play a bit of Daft Punk in the kitchen, la",
    "turn the music up, I can't hear a thing",
    "what's this song, it's boss",
    "skip this one, it's dead borin'",
    "pause the podcast a sec, someone's at the door",
    "next track in the livin' room",
    "turn the kitchen light off",
    "play the album Discovery",
    "volume down a bit, la",
    "put shuffle on",
    "turn repeat off",
    "group the kitchen speaker with the one in the front room",
    "set a timer for twenty minutes for me scouse",
    "what's the weather like in Liverpool tomorrow",
    "add bread and milk to the shoppin' list",
    "turn the heatin' up to twenty-one",
    "what's playin' in the kitchen right now",
    "what am I listenin' to at the minute",
    "who sings this, la",
    "play some Queen, go 'ead",
    "play The Daily",
    "stop the music",
    "put Radio City on in the kitchen",
    "play Bohemian Rhapsody, full blast",
    "turn it down, our kid's asleep",
    "go back to the start of this song",
    "skip forward thirty seconds in the podcast",
    "play the next episode of The Daily",
    "set an alarm for seven in the mornin'",
    "is it gonna rain today, la",
    "put some Beatles on in the kitchen",
    "what album is this from",
    "add this tune to me playlist",
    "play somethin' dead chilled",
    "turn the speaker in the bedroom off",
    "mute the kitchen",
    "how long's left on this song",
    "what time is it, la",
    "play Justice on all the speakers",
    "put the Reds match on the radio",
    "turn the bass down on the kitchen speaker",
    "resume the podcast",
    "what's the next song gonna be",
    "stick this song on repeat, sound",
    "that's dead good, play it again",
]

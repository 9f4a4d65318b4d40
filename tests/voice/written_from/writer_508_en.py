"""Writer 508, Scouser from Liverpool, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ey who've I been listenin to most this month la",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="who was me number one artist last year d'you reckon",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="go on then who's been me go-to band since march",
        family="top_artists",
        period="since_march",
    ),
    Fresh(
        text="in the kitchen like, who gets played the most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="giz me top three artists for october lad",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="who was I proper obsessed with the last three months",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="what's been me song of the month then",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name me five most played tracks of all time la",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which tune did I batter the most this summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="what was the top song last weekend, the one I had on most",
        family="top_tracks",
        period="last_weekend",
    ),
    # top_albums
    Fresh(
        text="what album have I had on the most this year lad",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="me favourite record over the last thirty days, which one's that",
        family="top_albums",
        period="last_30_days",
    ),
    Fresh(
        text="top two albums in twenty twenty five",
        family="top_albums",
        period="in_2025",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I dead hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's me most listened podcast since october",
        family="top_podcasts",
        period="since_october",
    ),
    Fresh(
        text="me go-to podcast last month, which one was it",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="how long have I had music on today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did I listen last week roughly like",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how long was I listenin to podcasts in september",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="ey how much time did we spend on tunes yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="how much have I had on in the kitchen over the past two weeks",
        family="listening_time",
        period="last_2_weeks",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many tunes've I had on so far today la",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things did I play the day before yesterday",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="total streams for the last thirty days, how many's that",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many episodes did I get through this week",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different bands n that have I had on this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists did I get through in august",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="how many different artists have I ever listened to like, in total",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different tracks did I have on last month la",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many separate tunes since monday",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="number of different songs I've played in the last seven days",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="how many times have I had bohemian rapsody on, honest answer",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen have I been playin this week la",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how many times did that daft punk one more time get played in october",
        family="play_count",
        period="october",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have I had the beatles on this year, must be loads",
        family="play_count",
        period="this_year",
        name="The Beatles",
    ),
    Fresh(
        text="the daily, how many times did I put that on last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I have any justice on yesterday lad",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="ey have I had that sexy boy by air on at all this month",
        family="did_i",
        period="this_month",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="had any cafe tacuba on lately or wha",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I play the la's at all last summer",
        family="did_i",
        period="last_summer",
        name="The La's",
    ),
    Fresh(
        text="did I get the daily on this mornin or did I forget",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="was discovery on at all on saturday",
        family="did_i",
        period="saturday",
        name="Discovery",
    ),
    # what_played
    Fresh(
        text="what was I listenin to yesterday evenin",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I have on last friday la",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what music was on on november the third",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what was I playin this afternoon then",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what were me and our kid listenin to last weekend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what was our ada listenin to last night",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="ey what was that tune on at about quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on at eight o'clock this mornin",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was playin at ten past five today",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="wednesday dinnertime, about twelve, what was on",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="what was I listenin to at nine o'clock tuesday night",
        family="playing_at",
        moment="2026-11-17 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into then",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe me taste la, be honest",
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
        text="what time of day do I usually have me music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I listen the most, like what day and what hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's me busiest time for listenin usually",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I discovered anyone new lately la",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new bands turn up for me this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did I listen to for the first time last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="what's me skip rate la",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often did I skip stuff last week",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="am I skippin loads this month or wha",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same tunes over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's me repeat rate been this month",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days on the bounce have I listened",
        family="streak",
    ),
    Fresh(
        text="what's me streak at, days in a row like",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when was the first time I ever had justice on",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time I played digital love, when was that",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="when did I first start listenin to the daily",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="when did I last have queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the last time I played eres by cafe tacuba",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="when did I last have oasis on, never I hope",
        family="last_play",
        name="Oasis",
    ),
    # last_song
    Fresh(
        text="what was the last thing I had on, the last song like",
        family="last_song",
    ),
    Fresh(
        text="giz the last tune I played la",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first tune I put on today",
        family="first_today",
    ),
    Fresh(
        text="first song of the day, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did I start off with on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first track I had on last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the very first song I played in october",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="what did I finish with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what was the last song I had on the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was the last tune of last year",
        family="last_in",
        period="last_year",
    ),
    # most_skipped
    Fresh(
        text="which tune do I always skip",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the song I can't be arsed with, the one I skip most",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most la",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the band I keep skippin",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what tune can't I stop playin",
        family="on_repeat",
    ),
    Fresh(
        text="what track am I batterin at the minute",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="giz a rundown of me week la",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how did me year go music-wise",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in on me listenin then",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did we get on last year, give me the review",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a mornin or an evenin listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I have more music on at the weekend or in the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekdays or weekends, when do I listen more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play some daft punk in the kitchen la",
    "turn it up a bit lad",
    "ey turn that music down, me arl fella's on the phone",
    "what's this song",
    "what's playin in the kitchen right now",
    "skip this one, it's dead boring",
    "pause the podcast a sec",
    "next track in the front room",
    "turn the kitchen light off",
    "play the album discovery",
    "put justice on shuffle",
    "stick it on repeat la",
    "set a timer for twenty minutes, me tea's in the oven",
    "is it gonna rain today",
    "what's the weather like in liverpool",
    "add bread and milk to the shoppin list",
    "turn the heatin up, it's proper freezin",
    "what am I listenin to right now",
    "group the kitchen speaker with the front room",
    "volume to five",
    "stop the music",
    "play the daily",
    "play bohemian rhapsody dead loud",
    "who sings this",
    "put radio merseyside on",
    "louder la",
    "play somethin boss for a party",
    "turn shuffle off",
    "carry on with the podcast",
    "go back to the start of the song",
    "play that new one by wet leg",
    "how long's left on this song",
    "what time's the match on",
    "put the big light on in the kitchen",
    "play around the world by daft punk in the kitchen",
    "mute the kitchen speaker",
    "what album is this off",
    "turn repeat off",
    "play some air in the kitchen, somethin chilled",
    "set an alarm for seven, I'm in work early",
    "skip forward thirty seconds on the podcast",
    "play queen in our kid's room",
    "ey giz a bit of justice, sound",
]

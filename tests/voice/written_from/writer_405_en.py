"""Writer 405, a Californian surfer dude of 22, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="dude who have I been like totally obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="yo who was my number one band back in october",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="bro hit me with my top three artists of all time",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="who'd we have on blast the most in the kitchen last week, like which artist",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="who have I been bumping hella hard since monday dude",
        family="top_artists",
        period="since_monday",
    ),
    # top_tracks
    Fresh(
        text="what was my gnarly song of the summer dude",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="ok like name my five most played tracks this year",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="which song did I totally wear out last month",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="in the kitchen, what song's been played the most this month",
        family="top_tracks",
        period="this_month",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="what record did I spin the most since march, dude",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="my go-to album in twenty twenty five, what was it",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="dude which album have I been hooked on",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="what's my go-to podcast like overall",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which pod did I crank the most last summer bro",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="how many hours of tunes did I rack up this week dude",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="yo how long was I listening yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how much time did I spend on podcasts last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="like how much music did we have going last weekend, total hours",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="how long did I have stuff on the day before yesterday, roughly",
        family="listening_time",
        period="day_before_yesterday",
    ),
    # plays
    Fresh(
        text="how many songs have I blasted today so far",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="dude how many plays did I rack up in september",
        family="plays",
        period="september",
    ),
    Fresh(
        text="how many episodes did I burn through in the last 30 days",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="songs in the last seven days, how many, like ballpark",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists did I vibe to this month",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="yo like how many bands have I heard total, ever",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how many different artists did I check out over the past two weeks",
        family="artists_count",
        period="last_2_weeks",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last week dude",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many unique tracks have I got in my history, like ever",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="number of different tunes I played in august, roughly",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="how many times did I bump one more time this month",
        family="play_count",
        period="this_month",
        name="One More Time",
    ),
    Fresh(
        text="how much queen have I had on this year bro",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="dude how many times have I played dance by justice",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="how many times did I throw on radiohead last month",
        family="play_count",
        period="last_month",
        name="Radiohead",
    ),
    Fresh(
        text="the daily, how many times did I put that on this week",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I listen to Air yesterday",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="yo did I hear bohemian rhapsody at all last week",
        family="did_i",
        period="last_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="listened to any justice lately dude?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did I play any wet leg this year",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="dude did we rock any cafe tacuba on saturday",
        family="did_i",
        period="saturday",
        name="Café Tacvba",
        person="we",
    ),
    # what_played
    Fresh(
        text="yo what was I jamming to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what tunes were on this morning dude",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="run me through what I listened to on november 3rd",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what'd I have going last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what was I listening to this afternoon bro",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what was Ada listening to last week",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="dude what song was bumpin around ten past eight last night",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was playing at like eight thirty this morning bro",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="yo what was on at five fifteen this afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was I listening to at noon on saturday",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    # taste
    Fresh(
        text="dude what's my vibe, like what kinda stuff am I into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe my taste bro",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste been like this year, like what sound am I into",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually crank tunes",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I usually listen, like what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my peak listening time dude",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any fresh artists pop up for me this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd I discover for the first time in the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="which artists were totally new to me last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do I skip stuff, like what's my skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="dude am I skipping a lot of songs this week",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how many tracks did I bail on last month bro",
        family="skips",
        period="last_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate like since october",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening dude",
        family="streak",
    ),
    Fresh(
        text="yo what's my listening streak at",
        family="streak",
    ),
    # first_play
    Fresh(
        text="dude when did I first ever hear daft punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when was the first time I played sexy boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when did I first listen to the weeknd",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when did I last bump genesis by justice",
        family="last_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="yo when's the last time I had the daily on",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time I listened to queen, when was that",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="dude what was the last track I had on",
        family="last_song",
    ),
    Fresh(
        text="what'd I play last, like the very last song",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first tune I cranked today",
        family="first_today",
    ),
    Fresh(
        text="what song kicked off my day today bro",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what'd I start off with yesterday, like first song",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track I put on last weekend, what was it",
        family="first_in",
        period="last_weekend",
    ),
    Fresh(
        text="what did I kick off this week with, the very first song",
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
        text="what did I end with on saturday, like the last tune",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what'd I close out october with dude",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do I always skip, like the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the track I bail on most dude",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most bro",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the band I'm always skipping",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song can I not stop playing dude",
        family="on_repeat",
    ),
    Fresh(
        text="what's been on repeat for me these days",
        family="on_repeat",
    ),
    Fresh(
        text="which track am I totally hooked on right now",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="dude how was my week, like listening-wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="hit me with my whole year recap, stoked",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on how last month went, listening wise",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="yo run me a quick recap of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap my summer for me dude, what went down",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or night listener dude",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I jam more on weekends or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays vs weekends, when do I listen more bro",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "dude play some daft punk in the kitchen",
    "crank the music up, like way up",
    "yo what's playing in the kitchen right now",
    "what song is this, it's gnarly",
    "skip this song bro",
    "pause the podcast for a sec",
    "next track in the living room",
    "turn off the kitchen light dude",
    "throw on the album discovery",
    "volume to like seventy percent",
    "shuffle my stuff, totally random",
    "put this track on repeat",
    "turn repeat off",
    "group the kitchen speaker with the living room one",
    "set a timer for twelve minutes, my burrito's in the oven",
    "what's the weather gonna be like at the beach tomorrow",
    "add wax and sunscreen to the shopping list",
    "set the thermostat to seventy two",
    "what am I listening to right now",
    "who sings this song dude",
    "play the daily",
    "resume the episode",
    "play bohemian rhapsody by queen, hella loud",
    "turn it down, my roommate's sleeping",
    "stop the music in the kitchen",
    "play something chill for like a sunset sesh",
    "go back to the last song",
    "play justice on all the speakers",
    "mute the kitchen speaker",
    "fast forward thirty seconds",
    "like this song, add it to my library",
    "what album is this from",
    "play some surf rock dude",
    "unpause",
    "how long is left on this track",
    "dim the lights in the living room",
    "is it gonna be windy this afternoon",
    "set an alarm for five am, dawn patrol bro",
    "play the next episode of the daily",
    "turn on the kitchen lights and play some air",
    "restart this song from the top",
    "louder in the kitchen",
    "what's the surf report for tomorrow morning",
    "stop playing on the kitchen speaker and move it to the bedroom",
    "play that one more time song by daft punk",
]

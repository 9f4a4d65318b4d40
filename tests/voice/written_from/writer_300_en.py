"""Writer 300, Manchester bus driver, blunt and quick, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who've i had on most this week",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="right who's me number one artist this year then",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="which band have i been caning lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three bands last month, go",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="in the kitchen who gets played most, artist wise",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who did ada have on most in october",
        family="top_artists",
        period="october",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what's me most played song then",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="gimme me top five tracks from october",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="song of the summer for me, which one was it",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="which tune did we play most last week",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    # top_albums
    Fresh(
        text="what album have i hammered most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="most played record, all time like",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top two albums since march",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast do i listen to most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what pod am i stuck into these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top podcast last month",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="how long have i had music on today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did i listen last week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="total listening time this year, roughly",
        family="listening_time",
        period="this_year",
    ),
    Fresh(
        text="how much podcast did i get through in october, in minutes",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="how long were we listening yesterday evening",
        family="listening_time",
        period="yesterday_evening",
        person="we",
    ),
    Fresh(
        text="kitchen speaker, how long's it been going since monday",
        family="listening_time",
        period="since_monday",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many tracks have i played since monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="how many plays in total last year",
        family="plays",
        period="last_year",
    ),
    Fresh(
        text="number of episodes i've played this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many things did we put on saturday",
        family="plays",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="right our kid, how many tunes did i get through yesterday",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many songs did i play on saturday, no, friday, last friday",
        family="plays",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="how many songs did ada play yesterday",
        family="plays",
        period="yesterday",
        content="music",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="how many different bands have i listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists all told",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="different artists last 30 days how many",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many separate tracks have i had on since october",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="different tunes in twenty twenty five, how many was it",
        family="songs_count",
        period="in_2025",
    ),
    # play_count
    Fresh(
        text="how many times have i played bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen have i had on this month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="oasis, how many plays they had off me this year",
        family="play_count",
        period="this_year",
        name="Oasis",
    ),
    Fresh(
        text="the daily, how many times did i have it on last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="times i played da funk by daft punk in the last three months",
        family="play_count",
        period="last_3_months",
        name="Da Funk by Daft Punk",
    ),
    # did_i
    Fresh(
        text="did i play any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to air lately?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="have i had the stone roses on at all",
        family="did_i",
        period="all_time",
        name="The Stone Roses",
    ),
    Fresh(
        text="did we have don't stop me now on last weekend",
        family="did_i",
        period="last_weekend",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="did i catch the daily this morning or not",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="any cafe tacuba last summer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="was dance by justice on at all the past fortnight",
        family="did_i",
        period="lately",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="what did i have on yesterday after me tea",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what've i been playing this week",
        family="what_played",
        period="this_week",
    ),
    Fresh(
        text="what were on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did we listen to on november the third",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="what music did i play last friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="quick one before me shift, which tunes did i have on this morning",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="what's been played in the kitchen last seven days",
        family="what_played",
        period="last_7_days",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="what was playing yesterday at ten to eight in the evening",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was on at eight, no, half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what song was that at ten past five today",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="saturday nine at night, what was on",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="wednesday just gone, twelve o'clock, what was i listening to",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="what sort of music am i into then",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe me taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's me taste like, be honest, don't dress it up",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="when do i usually have music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what time of day am i listening most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's me busiest day and hour for listening",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new bands this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who've i found that's new since march",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="which artists did i hear for the first time last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do i skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's me skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="am i skipping loads lately or what",
        family="skips",
        period="lately",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's me repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="do i keep playing the same stuff over and over this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days on the trot have i listened",
        family="streak",
    ),
    Fresh(
        text="what's me streak at",
        family="streak",
    ),
    Fresh(
        text="how many days running now, listening wise",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first play justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time i ever heard digital love, when was it",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="when did joy division first turn up on here",
        family="first_play",
        name="Joy Division",
    ),
    # last_play
    Fresh(
        text="when did i last have queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time i played eres",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="when's the last i heard the daly",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="last track i had on, what was it",
        family="last_song",
    ),
    Fresh(
        text="what did i put on last, before i knocked it off",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what were me first song today",
        family="first_today",
    ),
    Fresh(
        text="what did i start the day with, tune wise",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first tune i played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i kick off last week with",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="what did i open with on saturday",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="last song yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the final track last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what did i finish october on",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track do i always bin off halfway",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who gets skipped most, artist wise",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat at the minute",
        family="on_repeat",
    ),
    Fresh(
        text="which track can't i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what tune's been on constant",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of me week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was me year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="sum up last month for me, short version",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="quick rundown of me listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did we do last week, music wise, recap it",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more mornings or evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i a night time listener or a morning one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons or evenings, when do i play more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="more music at the weekend or during the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play oasis in the kitchen",
    "turn it up",
    "louder",
    "skip this",
    "next",
    "what's this song",
    "who's this singing",
    "pause the podcast",
    "stop the music",
    "kitchen lights off",
    "set a timer for ten minutes",
    "what's the weather tomorrow",
    "is it chucking it down in manchester",
    "add milk to the shopping list",
    "put the heating up to twenty",
    "play the album discovery",
    "shuffle on",
    "put this song on repeat",
    "repeat off",
    "group the kitchen and the living room speakers",
    "volume five",
    "play the daily",
    "play the latest episode of the daily",
    "what am i listening to right now",
    "what's playing in the kitchen",
    "turn the kitchen speaker down a bit",
    "play some queen",
    "play bohemian rhapsody",
    "next track in the living room",
    "wake me up at half four, early shift",
    "set an alarm for five",
    "what time is it",
    "how long's left on the timer",
    "go back a song",
    "start this track again",
    "like this song",
    "add this one to me playlist",
    "mute",
    "stop",
    "shuffle the justice album",
    "is the kitchen light on",
    "turn off the speaker in the kitchen",
    "how warm is it in the living room",
    "remind me to put the bins out",
    "play summat new",
    "who sings this one then",
]

"""Writer 180, speech-to-text user from Dublin with frequent recognition slips, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who was me number one artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="c'mere who have i been listening to the most the last fortnight",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top five artists of twenty twenty five",
        family="top_artists",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="who was i obsessed with lately so",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen who gets played the most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who did we listen to most last month",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what was me song of the month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name me three most played songs",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="whats the track i played the most over the summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="top ten tunes since march would you ever",
        family="top_tracks",
        period="since_march",
        count=10,
    ),
    Fresh(
        text="most played song last week in the kitchen",
        family="top_tracks",
        period="last_week",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="which album did i have on the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what's me favourite album of all time",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="the album i played most in october what was it",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="which album was i hooked on lately",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="top three albums the last three months",
        family="top_albums",
        period="last_3_months",
        count=3,
    ),
    # top_podcasts
    Fresh(
        text="whats me go to podcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which pod cast am i hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast last year",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="how long did i listen for today",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how many hours of music did i have on last week so",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how much time did i spend on podcasts this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long was the music going yesterday evening",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="how many ours did we listen in october",
        family="listening_time",
        period="october",
        person="we",
    ),
    Fresh(
        text="how long did ada listen on saturday",
        family="listening_time",
        period="saturday",
        person="Ada",
    ),
    Fresh(
        text="how much music did i listen to in august grand total",
        family="listening_time",
        period="august",
        content="music",
    ),
    # plays
    Fresh(
        text="how many tunes have i played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things did i play last weekend",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="number of episodes i listened to since october",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="how many streams in the last thirty days",
        family="plays",
        period="last_30_days",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands did i here in the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many artists altogether would you say",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play this weak",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many separate tracks since monday",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many different tunes did we have on last year",
        family="songs_count",
        period="last_year",
        person="we",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rap city this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen have i had on this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how often did i listen to the dailey last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times have i played one more thyme by daft punks",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times did i play radio head",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="around the world how many times since october",
        family="play_count",
        period="since_october",
        name="Around the World",
    ),
    Fresh(
        text="how many times have i listened to la fam dar jaunt",
        family="play_count",
        period="all_time",
        name="La femme d'argent",
    ),
    # did_i
    Fresh(
        text="did i listen to any just is at all lately",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did i have any air on yesterday the band air like",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="any cafe taco bar at all in september",
        family="did_i",
        period="september",
        name="Café Tacvba",
    ),
    Fresh(
        text="did i play the weekend last summer",
        family="did_i",
        period="last_summer",
        name="The Weeknd",
    ),
    Fresh(
        text="did we listen to the daily on saturday",
        family="did_i",
        period="saturday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="did i play dance by justice this week",
        family="did_i",
        period="this_week",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="digital of in the last seven days did i play it",
        family="did_i",
        period="last_7_days",
        name="Digital Love",
    ),
    Fresh(
        text="did i play anything off moon sa fari in september",
        family="did_i",
        period="september",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="what did i have on yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through what i listened to on november third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what was on the go the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was ada listening to last friday",
        family="what_played",
        period="last_friday",
        person="Ada",
    ),
    Fresh(
        text="what music was i playing this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what did i play over the last two weeks",
        family="what_played",
        period="last_2_weeks",
    ),
    Fresh(
        text="what did ada play last night",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what song was on at ten past eight last night",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was playing at eight o clock this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was on at half five today",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="what was playing at twelve noon wednesday",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="what was i listening to at nine last night",
        family="playing_at",
        moment="2026-11-19 21:00",
    ),
    Fresh(
        text="whats was playing at quarter past ate this morning",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="what was on five past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="what kind of music am i into would you say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me taste in music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of stuff am i into at all",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do i mostly have the tunes on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's me busiest day of the week for listening",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have i found any new bands recently",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="who did i here for the first time last month",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often do i skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's me skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="do i skip a lot of tracks would you say",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how many did i skip last week out of the lot",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's me repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="do i play the same stuff over and over",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row have i been listening",
        family="streak",
    ),
    Fresh(
        text="what's me streak at",
        family="streak",
    ),
    Fresh(
        text="how many days on the trot have i listened now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to just is",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did daft punk first turn up",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="first time i ever played heiress by cafe tacuba",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="when did i first hear wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did i last play bohemian rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when was the last time i had the daily on",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time i listened to sexy boy by heir",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="when did i last hear da funk",
        family="last_play",
        name="Da Funk",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="last tune i had on what was it",
        family="last_song",
    ),
    Fresh(
        text="the last track i played tell me",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first tune i put on today",
        family="first_today",
    ),
    Fresh(
        text="what did i start the day with",
        family="first_today",
    ),
    Fresh(
        text="what song did i kick off today with",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first track on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what did i start off with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first song of the month",
        family="first_in",
        period="this_month",
    ),
    Fresh(
        text="what was the first thing i played on november third",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="what did i finish up with yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last song i played last week",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="what was the last tune the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was the last song in october",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track do i always skip",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what song gets skipped most in the kitchen",
        family="most_skipped",
        period="all_time",
        room="kitchen",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i keep skipping",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which band do i skip most often so",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="whats in heavy rotation at the minute",
        family="on_repeat",
    ),
    Fresh(
        text="what song cant i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what tune am i obsessed with",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was me week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me me year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on my listening last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap of last summer so",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="how was our october for music",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning or evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i have more music on in the afternoons or at night",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or at the weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it the weekends i listen to more music or during the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekdays versus weekends which do i listen more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen would you",
    "turn the music up a bit there",
    "whats playing in the kitchen",
    "what song is this",
    "skip this song its awful",
    "pause the podcast till i get back",
    "next track in the living room",
    "turn off the kitchen light",
    "play the album discovery",
    "volume down to four",
    "shuffle the play list",
    "put this song on repeat",
    "turn repeat off would you ever",
    "group the kitchen and the sitting room speakers",
    "set a timer for twenty minutes for the spuds",
    "whats the weather like in dublin tomorrow",
    "is it going to rain later",
    "add tea bags to the shopping list",
    "put the heating up to twenty one",
    "what am i listening to right now",
    "who sings this",
    "play the daily",
    "play some queen so",
    "stop the music",
    "play bohemian rap city by queen in the kitchen",
    "louder",
    "play something relaxing there",
    "resume the podcast",
    "go back a song",
    "play the latest episode of the dailey",
    "turn the kitchen speaker off",
    "set an alarm for seven",
    "whats the time",
    "add this song to me play list",
    "play heir moon safari on the kitchen speaker",
    "whats this album called",
    "turn the heating off",
    "remind me to ring me mam at six",
    "play rte radio one",
    "mute the kitchen",
    "skip forward thirty seconds",
    "how long is left in this episode",
    "dim the lights in the sitting room",
    "would you ever turn that down its a bit loud",
    "play just is in the kitchen",
]

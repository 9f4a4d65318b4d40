"""Writer 179, music nerd and hobby DJ (New Zealander), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="yo who's been top of my rotation this month, artist wise",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="who was my most spun artist in twenty twenty five",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="top 5 artists last week, go",
        family="top_artists",
        period="last_week",
        count=5,
    ),
    Fresh(
        text="in the kitchen who'd we have on heaps last month",
        family="top_artists",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="which act have i been absolutely hammering lately eh",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="whats my number one track this year chur",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="name my three most spun cuts since october",
        family="top_tracks",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="tune of the summer for me, what was it",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="gimme our top ten tracks from last year",
        family="top_tracks",
        period="last_year",
        count=10,
        person="we",
    ),
    Fresh(
        text="most played track of all time?",
        family="top_tracks",
        period="all_time",
    ),
    # top_albums
    Fresh(
        text="which LP got the most spins in october",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="what record have i had on the decks most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="3 most played LPs of all time, sweet as",
        family="top_albums",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="what album have i been properly obsessed with lately",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="which pod do i have on the most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which podcast was i hooked on over the last three months",
        family="top_podcasts",
        period="last_3_months",
    ),
    Fresh(
        text="quick one, most played show this week, podcast i mean not music",
        family="top_podcasts",
        period="this_week",
    ),
    # listening_time
    Fresh(
        text="how many hours of tunes did i get through last week",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how long was the kitchen speaker pumping yesterday",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="total listening time this year, hours and minutes pls, i wanna see the stats",
        family="listening_time",
        period="this_year",
    ),
    Fresh(
        text="how much podcast time did i clock in the last 30 days",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="how long did ada have music going the day before yesterday",
        family="listening_time",
        period="day_before_yesterday",
        content="music",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many tracks did i spin this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="total plays since march?",
        family="plays",
        period="since_march",
    ),
    Fresh(
        text="how many spins did we rack up on saturday",
        family="plays",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="how many pod episodes did i get through this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="all up how many streams have i done, like ever",
        family="plays",
        period="all_time",
    ),
    Fresh(
        text="so far today how many tunes have i had on",
        family="plays",
        period="today",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i spun this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many acts in rotation over the last seven days",
        family="artists_count",
        period="last_7_days",
    ),
    Fresh(
        text="number of different artists in my scrobbles, total",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="over the past two weeks how many separate artists have come through",
        family="artists_count",
        period="last_2_weeks",
    ),
    # songs_count
    Fresh(
        text="how many unique tracks did i play in august",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="how many different cuts have gone through since monday",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many separate songs did we have on last week",
        family="songs_count",
        period="last_week",
        person="we",
    ),
    # play_count
    Fresh(
        text="how many times did bohemian rapsody get a spin this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="daft punk, how many spins this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="play count for dance by justice, all time",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="how many times has radiohead come up in my scrobbles",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="moon safari, how many spins has that had the last 3 months",
        family="play_count",
        period="last_3_months",
        name="Moon Safari",
    ),
    # did_i
    Fresh(
        text="did i give any cafe tacuba a spin last month",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="air on the decks at all yesterday?",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="have i had the daily on this morning or nah",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did i spin any wet leg this year",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="any queen in the kitchen last weekend bro",
        family="did_i",
        period="last_weekend",
        name="Queen",
        room="kitchen",
    ),
    # what_played
    Fresh(
        text="what was i spinning yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through what was on the decks last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what'd i have on this arvo",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="fill me in on what tunes we had going on the 3rd of november",
        family="what_played",
        period="november_3",
        content="music",
        person="we",
    ),
    Fresh(
        text="what was i playing last friday, give us the lowdown",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what did ada have on this morning",
        family="what_played",
        period="this_morning",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was spinning at ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="half eight this morning, what was playing",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was on at like five past five this arvo",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="what tune was going wednesday at 9pm",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="on the 3rd of november around noon what was on the decks",
        family="playing_at",
        moment="2026-11-03 12:00",
    ),
    # taste
    Fresh(
        text="how would you sum up my taste, genre wise",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my sound, like what kinda stuff am i into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste this year, what've i been vibing on",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do i usually spin the most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when's my peak listening hour and day, stats nerd question",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week do i normally get the tunes going",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="found any fresh artists lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who's new in my rotation this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists did i hear for the first time in 2025",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="yeah nah be honest, whats my skip rate like",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often did i skip tracks last week",
        family="skips",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how trigger happy was i on the skip button in september",
        family="skips",
        period="september",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same stuff",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="am i a chronic rewinder, like how often do i run the same cuts back",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row have i been spinning",
        family="streak",
    ),
    Fresh(
        text="whats my current streak at",
        family="streak",
    ),
    Fresh(
        text="how many days straight have i had something on, chur",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did justice first pop up in my scrobbles",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time i spun eres",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="first time i ever played the weeknd, when was that",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="digital love, when'd that first land in my history",
        family="first_play",
        name="Digital Love",
    ),
    # last_play
    Fresh(
        text="when did i last spin dont stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time the daily was on?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="sexy boy by air, when'd i last whack it on",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    # last_song
    Fresh(
        text="what was the last track i played",
        family="last_song",
    ),
    Fresh(
        text="remind me what my last cut was",
        family="last_song",
    ),
    Fresh(
        text="last tune i put on, what was it again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was my opener today",
        family="first_today",
    ),
    Fresh(
        text="what did i kick the day off with",
        family="first_today",
    ),
    Fresh(
        text="first track of the day?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did i open with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track i dropped yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the very first cut i played this year",
        family="first_in",
        period="this_year",
    ),
    Fresh(
        text="what kicked off our saturday, first song",
        family="first_in",
        period="saturday",
        person="we",
    ),
    # last_in
    Fresh(
        text="what did i close out last night with",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last tune of last week?",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="what was the closer on november 3rd",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="final track this morning, what was it",
        family="last_in",
        period="this_morning",
    ),
    # most_skipped
    Fresh(
        text="which track do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the tune i bail on heaps",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song in october",
        family="most_skipped",
        period="october",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who gets the skip from me most often, artist wise",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose tracks did i skip most this year",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="what's in heavy rotation for me at the moment",
        family="on_repeat",
    ),
    Fresh(
        text="which track can't i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what song have i been caning lately",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my year, listening wise",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through my october on the decks",
        family="recap",
        period="october",
    ),
    Fresh(
        text="wrap up last week for me",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="chur, give me the recap for last summer",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning spinner or a late night one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i play more in the arvo or the evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings vs evenings this month, when did i listen more",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do i spin more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend vs weekday listening, which one wins",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is the weekend when i do most of my listening or is it during the week",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "chuck some daft punk on in the kitchen",
    "crank it up heaps",
    "skip this track bro",
    "what's this tune called",
    "what's playing in the kitchen rn",
    "pause the daily",
    "next track in the lounge",
    "shuffle the justice LP",
    "put this cut on repeat",
    "turn the kitchen lights off chur",
    "play the album discovery, whole thing front to back",
    "volume to 40 in the kitchen",
    "group the kitchen and lounge speakers",
    "set a timer for 20 mins, pizza's in",
    "what's the weather doing tomorrow",
    "add needle cleaner to the shopping list",
    "bump the heating up to 21",
    "what am i listening to right now",
    "who's this artist, the one on now",
    "play some air deep cuts in the kitchen",
    "queue up one more time after this one",
    "turn the music down a bit eh",
    "play the latest episode of the daily",
    "stop the music",
    "skip ahead 30 seconds on this podcast",
    "turn repeat off",
    "play something around 120 BPM",
    "mute the kitchen speaker",
    "resume the podcast",
    "go back a track",
    "play queen in the kitchen, loud as",
    "what album is this track off",
    "start a radio station based on justice",
    "turn shuffle on in the kitchen",
    "set an alarm for 7",
    "how cold is it outside",
    "add this cut to my dj crate playlist",
    "play eres by cafe tacuba",
    "what's the bpm of this track",
    "dim the kitchen lights to 30 percent",
    "put some tunes on in the kitchen sweet as",
    "move the music to the bedroom speaker",
    "turn it down, the neighbours are moaning",
    "is it gonna rain today",
    "put moon safari on the kitchen speaker",
    "yeah nah skip that one",
]

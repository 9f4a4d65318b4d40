"""Writer 504, an Australian surfer from the Gold Coast, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who've i been frothing on most this month mate",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="yeah nah quick one, who's me number one artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="in the kitchen which band gets the most run, like ever",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who was i deadset obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="give us me top three artists from last month eh",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="what's been me most played song since october",
        family="top_tracks",
        period="since_october",
    ),
    Fresh(
        text="song of the summer for me, what was it, reckon i know but",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="name me top five tracks of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="what tune did i flog the hardest last week",
        family="top_tracks",
        period="last_week",
    ),
    # top_albums
    Fresh(
        text="which album have i absolutely thrashed this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what's me go to record these days",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="reckon you could tell me my top two albums from last summer",
        family="top_albums",
        period="last_summer",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what podcast am i hooked on at the moment",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which show did i have on the most in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="most played podcast ever, go",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how many hours of tunes did i smash this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long was i listening yesterday all up",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how much time did i sink into podcasts last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="total listening time since march roughly, ballpark's fine",
        family="listening_time",
        period="since_march",
    ),
    Fresh(
        text="how long did we have music cranking last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="how many tunes have i chucked on so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things did i play on saturday",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="how many episodes did i knock over this year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did we get through in october all up",
        family="plays",
        period="october",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different bands have i had a crack at this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists all up, like ever",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="number of different artists the last thirty days",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i get through in the last three months",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many unique tracks since monday mate",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many different tunes did i have on last year",
        family="songs_count",
        period="last_year",
    ),
    # play_count
    Fresh(
        text="how many times have i played one more time this month",
        family="play_count",
        period="this_month",
        name="One More Time",
    ),
    Fresh(
        text="how much has queen been getting a run this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="sexy boy by air, how many times'd i play that in september",
        family="play_count",
        period="september",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="how many plays has the daily had since october",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    Fresh(
        text="how many times have i played radiohead, ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="had any justice on lately or nah",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did i chuck on bohemian rapsody yesterday",
        family="did_i",
        period="yesterday",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="listened to any cafe tacuba this year?",
        family="did_i",
        period="this_year",
        name="Café Tacvba",
    ),
    Fresh(
        text="did the daily get a run this morning before the surf",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did i play any wet leg last week",
        family="did_i",
        period="last_week",
        name="Wet Leg",
    ),
    Fresh(
        text="did we have da funk going last friday",
        family="did_i",
        period="last_friday",
        name="Da Funk",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was i cranking last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what'd i have on this arvo",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="the day before yesterday, what was i listening to",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what did we listen to on the third of november",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="what tunes were going yesterday evening after the sesh",
        family="what_played",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="what's ada been playing in the kitchen the past fortnight",
        family="what_played",
        period="lately",
        person="Ada",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="what was playing at like eight o'clock last night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what song was on at half eight this morning, over brekkie",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was on round quarter past five this arvo",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="wednesday at midday what was going",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="how would you describe me taste in music mate",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="sum up my vibe, what am i actually into",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="when do i usually get me tunes in, like what time and what day",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's me peak listening hour reckon",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="found any new bands this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd i listen to for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any fresh artists pop up in the last seven days",
        family="new_artists",
        period="last_7_days",
    ),
    # skips
    Fresh(
        text="how often do i skip songs, honestly",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's me skip rate been this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="do i skip heaps or what",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="do i flog the same stuff over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's me repeat rate like over the past two weeks",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="how many days straight have i had something on",
        family="streak",
    ),
    Fresh(
        text="what's me listening streak sitting at",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when'd air first pop up in me history",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="when did i first play don't stop me now",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="first time i ever listened to the weeknd?",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when did i last play genesis by justice",
        family="last_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="when was the last time i had daft punk on",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily, when'd i last listen to that",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last track i had on",
        family="last_song",
    ),
    Fresh(
        text="last tune i played, what was it again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was me first tune today",
        family="first_today",
    ),
    Fresh(
        text="what got me going at brekkie today, like the very first song",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what'd i kick off with on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what was the first track i played this week",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="first song of the year for me?",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what did i finish up with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song i played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was the last track in october",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do i bail on the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="reckon there's a track i always skip, which one",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the band i can't be bothered with, like skip every time",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat at the moment",
        family="on_repeat",
    ),
    Fresh(
        text="what track can't i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what's the earworm i keep chucking on these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of me week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="year in review mate, hit me",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on how last month went, listening wise",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="run me through me listening, how's it all looking",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was august for me, give us the wrap up",
        family="recap",
        period="august",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the mornings or the arvo",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i more of a dawn patrol listener or a night owl",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="nah yeah do i get more tunes in on the weekend than during the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen mate",
    "chuck on some justice",
    "turn the tunes up heaps",
    "yeah nah turn it down a bit",
    "skip this one, it's cooked",
    "next track",
    "pause the podcast, smoko time",
    "resume the daily",
    "what song is this",
    "who's this band playing right now",
    "what am i listening to right now",
    "what's playing in the kitchen",
    "play the album discovery",
    "shuffle the queen stuff",
    "put it on repeat",
    "turn repeat off",
    "group the kitchen speaker with the lounge",
    "play some surf rock in the lounge room",
    "set a timer for ten minutes for the brekkie eggs",
    "what's the weather doing this arvo",
    "what's the swell like tomorrow morning",
    "is it gonna rain on the coast today",
    "add sunscreen to the shopping list",
    "chuck wax on the shopping list",
    "turn off the kitchen light",
    "turn the aircon down to twenty two",
    "set the thermostat to twenty",
    "volume to six",
    "louder mate",
    "stop the music",
    "play something chill for the arvo",
    "play bohemian rhapsody",
    "play the latest episode of the daily",
    "skip forward thirty seconds",
    "go back a song",
    "like this song",
    "play some ripper tunes in the kitchen",
    "wake me up at five for the dawn patrol",
    "set an alarm for half four",
    "what time's high tide",
    "turn on the outdoor shower light",
    "mute the kitchen speaker",
    "play triple j",
    "how long's left on this track",
    "who sings this, deadset love it",
]

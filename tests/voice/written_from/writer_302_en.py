"""Writer 302, sarcastic Boston college student, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ok who was my number one artist this year and do NOT say queen i'm begging you",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who'd i play the most last month like which band",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="dude who have i been wicked obsessed with lately, be honest",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists since march. go. impress me",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in the kitchen, who gets blasted the most, artist wise",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="so who'd we have on the most last weekend, like what band was carrying the apartment",
        family="top_artists",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what's ada's top artist this month",
        family="top_artists",
        period="this_month",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what's my song of the month, gimme the bad news",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five most played songs of all time. go ahead. judge me",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="most played track last week?",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="what song did i absolutely run into the ground in october",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="what was like THE song of last summer for me. my summer anthem or whatever",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="which album did i spin the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what record did i have on most in september, like the whole album not just one song",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="top two albums the last 30 days",
        family="top_albums",
        period="last_30_days",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what podcast am i hooked on. as if i don't already know",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which podcast did i listen to most in 2025",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="podcast wise what show was in my ears the most this month",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="how long did i have music on today roughly, like in hours",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did i waste on tunes this week instead of doing my problem set",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="ok real talk how much time did i sink into podcasts last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how long did we have the speaker going yesterday, like total listening",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="total listening time in twenty twenty five, ballpark it",
        family="listening_time",
        period="in_2025",
    ),
    # plays
    Fresh(
        text="so how many tracks did i burn through today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many episodes did i put on this month, podcasts i mean",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many plays did i rack up last week total",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="number of streams since october?",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="how many tunes did we go through on saturday, the pregame counts",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists did i listen to this year, or is it like four",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many bands have i actually played ever, different ones",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="number of different artists the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="how many unique tracks have i gotten through since monday",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="like how many separate songs did i even play in august, it feels like three",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rhapsody this year, don't lie to me",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times has daft punk come on this week honestly",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times did i put on sexy boy by air last month",
        family="play_count",
        period="last_month",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="how many times've i played radiohead ever. i'm a sad boy i know",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="the daily. how many times did i put it on in october",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="wait did i seriously play justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="any queen this morning? no suh",
        family="did_i",
        period="this_morning",
        name="Queen",
    ),
    Fresh(
        text="did i ever listen to the weeknd, i feel like i did at some point",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="did i play that one more time song by daft punk last night or did i dream that",
        family="did_i",
        period="last_night",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="did we listen to cafe tacuba at all last week",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="listened to moon safari at all this summer?",
        family="did_i",
        period="summer",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="what was i blasting yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="so uh what did i listen to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="remind me what was on last friday cause i genuinely don't remember",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what'd we have on on november third",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="what did i listen to this afternoon while i was supposedly studying",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was playin at eight o'clock last night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what song was on at noon yesterday",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="this morning around eight what was playing, i was half asleep",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was on at five fifteen today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was playing nine pm on wednesday",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="how would you describe my taste in music. be nice. or don't, whatever",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my vibe, like what am i actually into music wise",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="roast my music taste",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="when do i usually listen, like what time of day and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what hour am i usually jamming out, and which day of the week",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my peak listening time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did i find any new artists this month or am i just a loser",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd i discover last year",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="any new bands since october or same old same old",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="how often do i skip stuff",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this week, bet it's wicked high",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many songs did i skip last month out of everything",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="how much do i replay the same songs, be honest",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate been lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="what's my streak at, days in a row",
        family="streak",
    ),
    Fresh(
        text="how many days straight have i had music on no breaks",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when'd daft punk first show up in my history",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when was the first time i played don't stop me now",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="first time i ever listened to wet leg?",
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
        text="last time i had the daily on?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when's the last time i listened to air. the band. not like, breathing",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(
        text="what was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="what'd i play last, like the very last thing",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i put on today",
        family="first_today",
    ),
    Fresh(
        text="what'd i start the day with song wise",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what song did i kick off last weekend with",
        family="first_in",
        period="last_weekend",
    ),
    Fresh(
        text="what was the first track on november third",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="what'd i open with yesterday, first song",
        family="first_in",
        period="yesterday",
    ),
    # last_in
    Fresh(
        text="what was the last song i heard last night before i passed out",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what did i finish off with last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last track i played on saturday?",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track am i always skipping, like which one do i apparently hate",
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
        text="who do i bail on the most, like what band gets skipped constantly",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song do i have on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what song can't i stop playing. i know. i know",
        family="on_repeat",
    ),
    Fresh(
        text="which song have i been looping like a psycho",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gimme my year in review, let's see how bad it is",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through my week music wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="recap october for me",
        family="recap",
        period="october",
    ),
    Fresh(
        text="ok give me the rundown on my listening, i'm ready to be humbled",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how'd last month go listening wise, like overall",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning listener or a night person",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the afternoons or evenings",
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
        text="weekdays versus weekends, when do i actually listen more",
        family="compare_week",
        period="all_time",
    ),
    # extra periods
    Fresh(
        text="who've i been playing the most over the past two weeks",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="how much music did i listen to the last seven days, like in minutes, so i can feel bad",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="what was my most played song since monday",
        family="top_tracks",
        period="since_monday",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen wicked loud",
    "crank it up",
    "turn the music down my roommate's on a zoom call",
    "skip this song it's garbage",
    "what song is this",
    "who sings this",
    "pause the podcast",
    "next track",
    "play the album discovery",
    "shuffle on",
    "turn on repeat",
    "set a timer for twelve minutes for my ramen",
    "what's the weather, do i need a jacket for the T",
    "add dunkin iced coffee to the shopping list",
    "turn off the kitchen light",
    "set the heat to sixty eight",
    "group the kitchen speaker with the living room",
    "play justice in the kitchen",
    "what am i listening to right now",
    "what's playing in the kitchen",
    "volume five",
    "stop",
    "resume the daily",
    "play the daily",
    "play something chill for studying",
    "play queen's greatest hits",
    "turn the bass up",
    "go back a song",
    "restart this track",
    "like this song",
    "add this song to my playlist",
    "is it gonna snow tomorrow",
    "what time is it",
    "set an alarm for eight i have a nine am",
    "play bohemian rhapsody on repeat",
    "turn off shuffle",
    "mute the kitchen speaker",
    "skip ahead thirty seconds in the podcast",
    "lower the volume in the kitchen",
    "put on some air while i study",
    "play the next episode of the daily",
    "how long is left on this song",
    "who's the artist on this track",
    "is the green line running",
    "turn off the music in ten minutes",
    "next song in the kitchen please, this one's a crime",
]

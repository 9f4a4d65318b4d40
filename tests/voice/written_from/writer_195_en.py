"""Writer 195, a phone typist with autocorrect errors and dropped letters (New Zealand), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who was my most playd artist last wk eh",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="top 3 artsts this yr pls",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="who have i been obsesed with lately lol",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="whos my number 1 band of all time",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="in the kitchen who gets played the most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="fav artist in october?",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="who did we hve on the most last month",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="song of the month pls",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my 5 most playd songs this yr",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="wats my most played tune of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="top track last summer?",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="most plsyed song since march eh",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="three top trakcs over the last 30 days",
        family="top_tracks",
        period="last_30_days",
        count=3,
    ),
    # top_albums
    Fresh(
        text="wat album did i thrash the most this yr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="fav album lately",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="my top 2 albums in 2025",
        family="top_albums",
        period="in_2025",
        count=2,
    ),
    Fresh(
        text="which record did i play most in sept",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="which podcats am i hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top podcast this mnth?",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="wat was my go to podcast last yr",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="how long did i listen 4 today",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="hrs of music this wk?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how much podcast time did i do last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many mins of tunes yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="total listenign time since october",
        family="listening_time",
        period="since_october",
    ),
    Fresh(
        text="how long did we have music goin last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="how long was the kitchen speaker going this morning",
        family="listening_time",
        period="this_morning",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs have i playd so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many plays this yr all up",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="number of podcast eps last 7 days",
        family="plays",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did i get thru in august",
        family="plays",
        period="august",
        content="music",
    ),
    Fresh(
        text="total streams the day b4 yesterday",
        family="plays",
        period="day_before_yesterday",
    ),
    # artists_count
    Fresh(
        text="how many diff artists did i listen to this month",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="how many artsits have i ever playd",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="no. of different bands the last 3 months",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs this wk",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many unique tracks did i listen to in twenty twenty five",
        family="songs_count",
        period="in_2025",
    ),
    Fresh(
        text="hw many diff songs since monday",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rhapsidy this yr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen have i had on ths month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="how often did one more time by draft punk come on last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have i played six60",
        family="play_count",
        period="all_time",
        name="Six60",
    ),
    Fresh(
        text="times i played the dairy in october",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did i listen to any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="any air on saturday?",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="did i play sexy boy last wk",
        family="did_i",
        period="last_week",
        name="Sexy Boy",
    ),
    Fresh(
        text="listened to cafe taco ba lately?",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="did i hear the daily this mornin",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="have i ever played radiohead",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="did we have queen on last friday",
        family="did_i",
        period="last_friday",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="did discovery get a spin this wk",
        family="did_i",
        period="this_week",
        name="Discovery",
    ),
    # what_played
    Fresh(
        text="wat did i have on yesterday evenin",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did i play last nite",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="run me thru what i listend to on nov 3",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="wat was on this arvo",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what did we listen to last weekend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what was ada playing the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="Ada",
    ),
    Fresh(
        text="wat did i listen to in the kitchen this morning",
        family="what_played",
        period="this_morning",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="what was on at 10 to 8 last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="wat was playing at 8.15 this morning",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="what song was on at 5 past 5 this arvo",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="what was playin at noon on saturday",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="wat was on in the kitchen at 9pm last friday",
        family="playing_at",
        moment="2026-11-13 21:00",
        room="kitchen",
    ),
    Fresh(
        text="yesterday at 8pm what was on",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what was on wed at 8 in the morning",
        family="playing_at",
        moment="2026-11-18 08:00",
    ),
    Fresh(
        text="wat was playing 9pm on the 3rd of nov",
        family="playing_at",
        moment="2026-11-03 21:00",
    ),
    # taste
    Fresh(
        text="how wud u describe my music taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sorta stuff do i listen to eh",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whats my taste been like this yr",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="when do i usually have music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats my busiest listening hour n day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what day of the wk n what time do i listen most",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="found any new artists lately?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="who did i discover this yr",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new bands this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists did i hear for the 1st time this summer",
        family="new_artists",
        period="summer",
    ),
    # skips
    Fresh(
        text="how often do i skip stuff",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="whats my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="did i skip heaps last wk",
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
        text="whats my repeat rate this yr",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="do i play the same tracks over n over over the past fortnight",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened",
        family="streak",
    ),
    Fresh(
        text="whats my listening streak at",
        family="streak",
    ),
    Fresh(
        text="hw many days straight have i had music on",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did da funk first show up",
        family="first_play",
        name="Da Funk",
    ),
    Fresh(
        text="first time i ever played the weeknd?",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="when did i first play dont stop me now",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    # last_play
    Fresh(
        text="when did i last play air",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="last time i listened to la femme dargent",
        family="last_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="when was the daily last on",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when did i last hear around the world by daft punk",
        family="last_play",
        name="Around the World by Daft Punk",
    ),
    # last_song
    Fresh(
        text="wat was the last song i played",
        family="last_song",
    ),
    Fresh(
        text="last track i had on?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i playd today",
        family="first_today",
    ),
    Fresh(
        text="wat song did i start the day with",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did i kick off with last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track on saturday?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what was the first thing i listened to this wk",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what did i finish with last nite",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song yesterday?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="wat was the last track i played on nov 3",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipepd track this yr",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the most lol",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i skip heaps",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat atm",
        family="on_repeat",
    ),
    Fresh(
        text="what song cant i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="wats my current jam",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gimme a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="fill me in on my yr so far",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap of last month pls",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="hows my wk been",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="2025 in review pls",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="how did our last week go listening wise",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the mornings or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning vs arvo which do i listen more",
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
        text="weekdays vs weekend when do i play more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play draft punk in the kitchen pls",
    "turn the music up a bit",
    "wats playing in the kitchen",
    "what song is this",
    "skip this song its crap",
    "pause the podcast",
    "next track in the lounge",
    "turn off the kitchen light",
    "play the album discovery",
    "volume to 4",
    "shuffle on",
    "put repeat on for this one",
    "group the kitchen n lounge speakers",
    "set a timer for 12 mins",
    "whats the weather in welly tmrw",
    "add milk to the shopping list",
    "set the heat pump to 21",
    "what am i listening to rn",
    "play the daily",
    "play some queen",
    "turn it down heaps",
    "stop the music",
    "mute the kitchen speaker",
    "play one more time by daft punk",
    "whos singing this",
    "how long left on this song",
    "play justice on the deck speaker",
    "next ep of the daily",
    "rewind 30 secs",
    "play somethin chill in the kitchen",
    "louder pls",
    "is it gonna rain this arvo",
    "whats this album called",
    "like this song",
    "add this song to my playlist",
    "turn off shuffle",
    "play music everywhere",
    "lights on in the kitchen",
    "set an alarm for 6.30",
    "play air moon safari",
    "remind me to take the togs out of the wash",
    "put on some tunes for the bbq",
    "resume the podcast",
    "whats the time",
    "turn the kitchen speaker off",
    "play radio hauraki",
]

"""Writer 192, music nerd with collector jargon (London), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="right, who's been my most spun artist so far this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="top five artists since March, go on",
        family="top_artists",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="which band have I been properly obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, who got the most spins last month",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="who did we have in heaviest rotation last week, artist-wise",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what's my single most played track of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name my three most spun tracks from last summer",
        family="top_tracks",
        period="last_summer",
        count=3,
    ),
    Fresh(
        text="so what's my song of the month then",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="top ten tracks of twenty twenty five, in order please",
        family="top_tracks",
        period="in_2025",
        count=10,
    ),
    Fresh(
        text="which tune did we wear out most in October",
        family="top_tracks",
        period="october",
        person="we",
    ),
    # top_albums
    Fresh(
        text="which LP's had the most spins this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what was my record of the summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="top three albums over the last three months",
        family="top_albums",
        period="last_3_months",
        count=3,
    ),
    Fresh(
        text="which album can't I stop playing lately, be honest",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="of everything in the collection, which record has had the most needle time overall",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="what podcast have I been hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast this year?",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="podcast-wise, which show's been in heaviest rotation since October",
        family="top_podcasts",
        period="since_october",
    ),
    # listening_time
    Fresh(
        text="how many hours of music have I clocked up this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="total listening time since Monday?",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="how long was the kitchen speaker actually going yesterday",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="how many minutes of podcasts did I get through in September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how much music did we get through last weekend, time-wise",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="how many tracks have I spun today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="number of spins over the last thirty days",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many podcast episodes did I put on this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="roughly how many songs went on in August",
        family="plays",
        period="august",
        content="music",
    ),
    Fresh(
        text="how many plays did the kitchen rack up the day before yesterday",
        family="plays",
        period="day_before_yesterday",
        room="kitchen",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I spun this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many separate acts made it into my rotation last month",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="quick one, how many artists across my whole history",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different tracks did I get through last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many unique songs since March, roughly",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="count of distinct tracks over the past fortnight?",
        family="songs_count",
        period="lately",
    ),
    # play_count
    Fresh(
        text="how many spins has Digital Love had this year",
        family="play_count",
        period="this_year",
        name="Digital Love",
    ),
    Fresh(
        text="how much Queen have I had on this month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="D.A.N.C.E. by Justice, how many times have I played it, all time",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="how often did Moon Safari go on the platter last year",
        family="play_count",
        period="last_year",
        name="Moon Safari",
    ),
    Fresh(
        text="how many times have I played Radiohead since October",
        family="play_count",
        period="since_october",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did any Café Tacvba make it onto the deck last week",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
    ),
    Fresh(
        text="Around the World, did I spin that yesterday?",
        family="did_i",
        period="yesterday",
        name="Around the World",
    ),
    Fresh(
        text="any episodes of The Daily this morning?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Wet Leg, have I had any of theirs on this year",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="did I drop the needle on Bohemian Rhapsody on Saturday",
        family="did_i",
        period="saturday",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="had Cross on at all over the last seven days?",
        family="did_i",
        period="last_7_days",
        name="Cross",
    ),
    # what_played
    Fresh(
        text="what was I spinning yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was on the decks last night then",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what music did I have on this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what did we listen to on the third of November",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="run me through what I played last Friday",
        family="what_played",
        period="last_friday",
    ),
    # playing_at
    Fresh(
        text="what was spinning at about ten past eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="this morning at half eight, what was on",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="which track was playing at twenty past five today",
        family="playing_at",
        moment="2026-11-20 17:20",
    ),
    Fresh(
        text="last Friday, nine in the evening, what was on the deck",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="Saturday at noon in the kitchen, what was on",
        family="playing_at",
        moment="2026-11-14 12:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="how would you sum up my taste, genre-wise",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my sound, going by what I actually spin",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste based on this year's spins",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="when's my usual listening hour, and which day do I go hardest",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my peak listening time",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week and what hour do I normally get the music going",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="any new artists crept into my rotation this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did I discover for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="anyone fresh turn up in the last seven days",
        family="new_artists",
        period="last_7_days",
    ),
    # skips
    Fresh(
        text="what's my skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often did I skip tracks last month",
        family="skips",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="how trigger-happy have I been on the skip button this week",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="what's my repeat rate, how much do I go back to the same stuff",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="repeat rate this year?",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="am I stuck on the same handful of records or do I actually mix it up",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days running have I had something on",
        family="streak",
    ),
    Fresh(
        text="what's my current listening streak",
        family="streak",
    ),
    Fresh(
        text="how many days on the trot now without missing a spin",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did Justice first show up in my history",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did I first spin La femme d'argent",
        family="first_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="first time I ever played The Weeknd, when was that",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="Cuatro Caminos, when did that first hit the platter",
        family="first_play",
        name="Cuatro Caminos",
    ),
    # last_play
    Fresh(
        text="when did I last have Sexy Boy on",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="last time I spun any Air?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="when did Homework last get a spin",
        family="last_play",
        name="Homework",
    ),
    # last_song
    Fresh(
        text="what was the last track I played",
        family="last_song",
    ),
    Fresh(
        text="last thing to go on the deck, what was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was my first needle drop today",
        family="first_today",
    ),
    Fresh(
        text="what was today's opener",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first track I spun yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I open with last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what kicked things off on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first needle drop of the year, what was it",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what did I close out with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what was the final track on November the third",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="last song I played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="this morning's closing track, what was it",
        family="last_in",
        period="this_morning",
    ),
    # most_skipped
    Fresh(
        text="which track do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the song I'm always binning after five seconds",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose tracks get the skip button the most, honestly",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what's on heavy rotation at the moment",
        family="on_repeat",
    ),
    Fresh(
        text="which track can't I stop spinning these days",
        family="on_repeat",
    ),
    Fresh(
        text="what song have I got on repeat right now, the one I keep going back to",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me my year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how's my week in music been",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="rundown of last month please, the full crate dig",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in on my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="twenty twenty five, give me the recap",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="how did we get on last summer music-wise, quick recap",
        family="recap",
        period="last_summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or an evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I spin more in the afternoons or late at night",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekdays versus weekends, when do I listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do I get more music on at the weekend than during the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "drop the needle on Discovery in the kitchen",
    "play Justice deep cuts in the kitchen",
    "crank it up, this is a banger",
    "turn the music down a notch",
    "what's this track",
    "who's this, what record is this from",
    "skip this one",
    "next track in the living room",
    "pause the podcast",
    "pause The Daily",
    "put the kitchen speaker on shuffle",
    "loop this track",
    "repeat mode off",
    "play the album A Night at the Opera from the top",
    "flip it over, play side B of Homework",
    "what's playing in the kitchen",
    "what am I listening to right now",
    "what's on at the moment",
    "volume to forty percent",
    "mute the kitchen",
    "group the kitchen and living room speakers",
    "ungroup the speakers",
    "set a timer for twelve minutes, the length of one side",
    "what's the weather in London tomorrow",
    "is it going to rain in Hackney later",
    "add record sleeves to the shopping list",
    "put stylus cleaner on the shopping list",
    "turn the heating up to twenty one",
    "turn off the kitchen light",
    "dim the living room lights a bit",
    "play the latest episode of The Daily",
    "play some Air, Moon Safari, in the kitchen",
    "play something like this",
    "rewind thirty seconds",
    "start this song again",
    "play Bohemian Rhapsody",
    "play Café Tacvba in the kitchen",
    "shuffle Daft Punk",
    "louder in the kitchen please",
    "stop the music",
    "resume the podcast",
    "when's the new Justice record out",
    "set an alarm for seven",
    "move the music to the kitchen speaker",
]

"""Writer 391, a Glaswegian pensioner, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="aye so who's ma number one band this year then",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who've ah been listenin tae the most lately hen",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="which singer did ah have on the maist last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="go on then, tell me ma top three artists of all time",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="who was ah daft about back in the summer",
        family="top_artists",
        period="summer",
    ),
    Fresh(
        text="who did we listen tae the most last year in this hoose",
        family="top_artists",
        period="last_year",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="whit's been ma favourite song this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name ma five most played tunes",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which song did ah play the maist last week, ah cannae mind",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="whit was ma song o' the year in twenty twenty five",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="in the kitchen, which song gets played the maist",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="ten tracks ah've played most since March, go on",
        family="top_tracks",
        period="since_march",
        count=10,
    ),
    # top_albums
    Fresh(
        text="which album have ah worn oot this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="whit's ma favourite LP, of all time like",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="the album ah had on maist in October, whit was it",
        family="top_albums",
        period="october",
    ),
    # top_podcasts
    Fresh(
        text="which o' they podcasts dae ah listen tae maist",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="whit podcast have ah been hooked on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="top podcast for me over the last three months",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="how long did ah have the music on the day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did ah listen tae stuff last week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time have ah spent wi the podcasts this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long was the wireless goin in the kitchen yesterday",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="how many minutes o' music did we have on last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
        content="music",
    ),
    Fresh(
        text="aw here, how long have ah been listenin altogether this year",
        family="listening_time",
        period="this_year",
    ),
    # plays
    Fresh(
        text="how many songs have ah played the day",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many tunes did ah get through this week",
        family="plays",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how many episodes did ah listen tae in September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how many things did ah play the day before yesterday",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="how many times did ah put somethin on over the last seven days",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="how many different bands have ah listened tae this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different singers did ah hear last month",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="how many artists have ah got in ma history altogether",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did ah play in August",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="how many different tunes this past fortnight",
        family="songs_count",
        period="lately",
    ),
    Fresh(
        text="how many separate tracks have ah heard since October",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how many times did ah play Bohemian Rhapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen did ah have on last month",
        family="play_count",
        period="last_month",
        name="Queen",
    ),
    Fresh(
        text="how often did ah listen tae that Daily programme this week",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times have ah played Moon Safari",
        family="play_count",
        period="all_time",
        name="Moon Safari",
    ),
    Fresh(
        text="that one more time by daft punk, how many times did ah play it since monday",
        family="play_count",
        period="since_monday",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have ah had Radiohead on",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did ah get any Queen in yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="did ah listen tae Justice at all last week",
        family="did_i",
        period="last_week",
        name="Justice",
    ),
    Fresh(
        text="had any Air on this month, have ah",
        family="did_i",
        period="this_month",
        name="Air",
    ),
    Fresh(
        text="did ah play the Daily this morning or did ah no",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="was there any o' that cafe tacuba last summer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="did ah ever listen tae The Weeknd",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="did we play any Daft Punk on November the third",
        family="did_i",
        period="november_3",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="dont stop me now, did ah have it on on Saturday",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="whit was ah listenin tae yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="whit did ah have on this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="whit music did ah play last weekend",
        family="what_played",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="remind me whit ah listened tae the day before yesterday, ma memory's shot",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="whit was on in the kitchen this afternoon",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="whit did ah listen tae last night",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="whit was playin aboot five past eight last night",
        family="playing_at",
        moment="2026-11-19 20:05",
    ),
    Fresh(
        text="whit song was on at ten past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="whit was playin at twenty past five the day",
        family="playing_at",
        moment="2026-11-20 17:20",
    ),
    Fresh(
        text="at quarter past eight yesterday evening, whit was that on",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="whit was on at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="whit kind o' music am ah intae, would ye say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would ye describe ma taste in music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whit sort o' stuff dae ah like then",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="whit time o' day dae ah usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when dae ah normally have ma music on, whit hour and whit day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="whit's ma busiest time for the listenin",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have ah discovered any new bands this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any singers ah heard for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="who did ah hear for the very first time in September",
        family="new_artists",
        period="september",
    ),
    # skips
    Fresh(
        text="how often dae ah skip songs",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="whit's ma skip rate been this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="dae ah skip a lot o' tunes, be honest wi me",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="dae ah play the same songs ower and ower",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whit's ma repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="how much did ah replay the same tunes over the last thirty days",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="how many days in a row have ah listened noo",
        family="streak",
    ),
    Fresh(
        text="whit's ma listenin streak at the minute",
        family="streak",
    ),
    Fresh(
        text="how many days straight have ah had somethin on",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did ah first hear Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="that Eres song, when did it first turn up",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when was the first time ah played Wet Leg",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="when did ah first put on the Daily",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="when did ah last hear Bohemian Rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how long since ah played Discovery",
        family="last_play",
        name="Discovery",
    ),
    Fresh(
        text="Air, when was the last time ah had them on",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(
        text="whit was the last song ah played",
        family="last_song",
    ),
    Fresh(
        text="the last tune that was on, whit was it, ah cannae mind",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="whit was the first song ah played the day",
        family="first_today",
    ),
    Fresh(
        text="whit did ah wake up tae the day",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song ah played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="whit did ah start aff wi last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="whit was the first tune on November the third",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="whit was the last song ah played yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="whit did ah finish up wi last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last thing ah had on on Saturday",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="which song dae ah skip the maist",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="whit tune am ah aye skippin",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which band dae ah skip maist often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the singer ah keep skippin past",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="whit song have ah got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="whit's that tune ah cannae stop playin",
        family="on_repeat",
    ),
    Fresh(
        text="whit song am ah hammerin at the minute",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was ma week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gie's a rundown o' ma listenin",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="run me through ma October",
        family="recap",
        period="october",
    ),
    Fresh(
        text="whit was last year like for me music-wise, a wee review",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="fill me in on how the summer went for the listenin",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="dae ah listen more in the mornings or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am ah mair o' a morning or an evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="dae ah play mair music at the weekend or durin the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it weekdays or weekends ah listen maist",
        family="compare_week",
        period="all_time",
    ),
    # extra periods
    Fresh(
        text="which band was top o' ma list over the past two weeks",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="how many songs did ah play last summer",
        family="plays",
        period="last_summer",
        content="music",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen",
    "turn the music up a wee bit hen",
    "whit's playin in the kitchen the now",
    "whit song is this",
    "skip this song, ah cannae stand it",
    "pause the podcast a wee minute",
    "next track in the living room",
    "turn aff the kitchen light",
    "play the album Discovery",
    "volume doon, it's far too loud",
    "put it on shuffle",
    "stop repeatin this song",
    "put the kitchen speaker in wi the living room one",
    "set a timer for ten minutes for ma tatties",
    "is it gonnae rain the day",
    "whit's the weather like the morra",
    "put milk on the shoppin list",
    "turn the heatin up tae twenty one",
    "whit am ah listenin tae the now",
    "who sings this, whit's it called",
    "play some Queen",
    "play Bohemian Rhapsody in the kitchen",
    "put the Daily on",
    "play the latest episode o' The Daily",
    "turn the radio aff",
    "louder, ah cannae hear it",
    "go back tae the start o' the song",
    "play somethin nice and quiet",
    "stop the music",
    "put repeat on for this album",
    "add this song tae ma favourites",
    "play Justice on all the speakers",
    "whit's this album called",
    "how long is left on this song",
    "skip forward thirty seconds in the podcast",
    "put the big light on in the kitchen",
    "set an alarm for seven the morra",
    "whit time is it",
    "play Moon Safari by Air",
    "turn the kitchen speaker doon",
    "resume the music",
    "play me some Scottish music",
    "who's the band playin the now",
    "add teabags and biscuits tae the list",
]

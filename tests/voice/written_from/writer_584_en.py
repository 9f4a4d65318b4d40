"""Writer 584, a Glaswegian bus driver in her fifties, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="right hen who've ah been listenin tae the maist this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="see ma number one band fae last year, who wis that again",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="who've ah been pure obsessed wi lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="gies ma top three artists since march",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="och who wis ma go tae singer back in the summer",
        family="top_artists",
        period="summer",
    ),
    # top_tracks
    Fresh(
        text="whit's ma maist played song the year",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="name me ma five favourite tracks fae october",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="which tune did ah have on the maist last week, ah cannae mind",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="song o the month, whit is it",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="in the kitchen whit song gets played the maist",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="whit album's had the maist plays aff me the last three month",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="which record did ah play maist in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="ma top two albums ever, go on then",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    Fresh(
        text="whit album wis ah hooked on, these past couple o weeks like",
        family="top_albums",
        period="last_2_weeks",
    ),
    # top_podcasts
    Fresh(
        text="whit's ma go-tae podcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which podcast have ah listened tae maist in the last thirty days",
        family="top_podcasts",
        period="last_30_days",
    ),
    Fresh(
        text="the podcast ah had on the maist last month, whit wis it called",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="how long have ah had music on the day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours have ah spent listenin this week, roughly",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how many minutes o podcasts did ah get through last week",
        family="listening_time",
        period="last_week",
        content="podcasts",
    ),
    Fresh(
        text="total listenin time fur the year so far, aye",
        family="listening_time",
        period="this_year",
    ),
    Fresh(
        text="how much time did we have the music on in the kitchen last month",
        family="listening_time",
        period="last_month",
        content="music",
        room="kitchen",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs have ah played since monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="how many tunes did ah stick on this mornin afore ma shift",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many episodes have ah played this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many things did we play on saturday, the lot",
        family="plays",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="number o plays last year altogether",
        family="plays",
        period="last_year",
    ),
    # artists_count
    Fresh(
        text="how many different bands have ah listened tae this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists wis it ah heard in september",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="roughly how many singers have ah had on, like ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did ah play in the last seven days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="since october how many separate tracks have ah listened tae",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="wis it a lot o different tunes ah had on in august or jist the same few",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="how many times have ah played bohemian rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk have ah been playin this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily, how many times did ah listen tae that last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how many times did ah have deacon blue on this year",
        family="play_count",
        period="this_year",
        name="Deacon Blue",
    ),
    Fresh(
        text="how often did ah play that sexy boy by air last summer",
        family="play_count",
        period="last_summer",
        name="Sexy Boy by Air",
    ),
    # did_i
    Fresh(
        text="did ah listen tae any queen yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="any justice the day or naw",
        family="did_i",
        period="today",
        name="Justice",
    ),
    Fresh(
        text="ah didnae play café tacvba last week, did ah",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
    ),
    Fresh(
        text="wis ah listenin tae runrig at all in october",
        family="did_i",
        period="october",
        name="Runrig",
    ),
    Fresh(
        text="did we have that moon safari album on at the weekend there",
        family="did_i",
        period="last_weekend",
        name="Moon Safari",
        person="we",
    ),
    Fresh(
        text="how is it ah've no heard queen in ages, did ah play them at all last month",
        family="did_i",
        period="last_month",
        name="Queen",
    ),
    # what_played
    Fresh(
        text="whit wis ah listenin tae last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="whit did ah have on yesterday evenin efter ma shift",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="whit music wis on in the kitchen the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="run me through whit ah played last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="the third o november, whit wis ah listenin tae that day",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="whit wis on at quarter tae eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="whit song wis playin at half eight this mornin",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="ten past five the day, whit wis that on the speaker",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="on saturday at nine at night whit wis ah listenin tae",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="wednesday dinner time, twelve o'clock, whit wis on",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="whit kind o music am ah intae, would ye say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe ma taste in music tae me, go on",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whit's ma taste been like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="whit time o day dae ah usually put music on",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when am ah listenin the maist, like whit hour an whit day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="whit's ma busiest time fur music this month",
        family="peak",
        period="this_month",
    ),
    # new_artists
    Fresh(
        text="have ah discovered anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new bands ah found this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="who did ah listen tae fur the first time last month",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often dae ah skip songs",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="whit's ma skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="am ah skippin a lot o tunes these days",
        family="skips",
        period="lately",
    ),
    # repeat
    Fresh(
        text="dae ah play the same songs ower an ower",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much am ah repeatin songs this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="whit's ma repeat rate, is it pure high",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row have ah listened tae music",
        family="streak",
    ),
    Fresh(
        text="whit's ma streak at the now",
        family="streak",
    ),
    Fresh(
        text="how many days straight have ah had somethin on, no missed one",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did ah first listen tae justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did ah first hear that one more time by daft punk",
        family="first_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="when wis the first time the daily came on",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="first time ah ever played lewis capaldi, when wis that",
        family="first_play",
        name="Lewis Capaldi",
    ),
    # last_play
    Fresh(
        text="when did ah last hear don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when wis the last time ah had air on",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="when did ah last play homework, the daft punk album",
        family="last_play",
        name="Homework",
    ),
    Fresh(
        text="last time ah listened tae eres, when",
        family="last_play",
        name="Eres",
    ),
    # last_song
    Fresh(
        text="whit wis the last song ah played",
        family="last_song",
    ),
    Fresh(
        text="whit wis that last tune ah had on, it's on the tip o ma tongue",
        family="last_song",
    ),
    Fresh(
        text="the very last song ah stuck on, whit wis it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="whit wis the first song ah played the day",
        family="first_today",
    ),
    Fresh(
        text="whit did ah wake up tae this mornin",
        family="first_today",
    ),
    Fresh(
        text="first thing ah put on the day, whit wis it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song ah played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="whit did ah start aff wi last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="whit wis the first tune ah had on on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="the first song ah heard in september, whit wis it",
        family="first_in",
        period="september",
    ),
    # last_in
    Fresh(
        text="whit did ah finish wi last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song ah played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="whit wis the last tune ah played last week",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="whit did ah end on this efternoon",
        family="last_in",
        period="this_afternoon",
    ),
    # most_skipped
    Fresh(
        text="which song dae ah skip the maist",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="whit tune am ah ayeways skippin",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="whit song did ah skip maist this month",
        family="most_skipped",
        period="this_month",
    ),
    # most_skipped_artist
    Fresh(
        text="which band dae ah skip the maist",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the artist ah cannae staun, like the one ah skip maist",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose songs did ah skip the maist last year",
        family="most_skipped_artist",
        period="last_year",
    ),
    # on_repeat
    Fresh(
        text="whit song have ah got on repeat the now",
        family="on_repeat",
    ),
    Fresh(
        text="whit's on heavy rotation these days",
        family="on_repeat",
    ),
    Fresh(
        text="that song ah cannae stop playin, whit's it called",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gies a rundown o ma listenin",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how wis ma week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gonnae dae me a wee review o ma year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on how ah got on wi ma music last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="whit wis ma summer like fur music",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="am ah mair o a mornin or an evenin listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="dae ah listen mair in the efternoon or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornins or evenins, when did ah play mair music this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="dae ah listen tae mair music at the weekend or durin the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it weekdays or weekends ah play mair",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="whit aboot last month, weekends or weekdays, when did ah listen mair",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen hen",
    "turn that music up a wee bit",
    "whit's this song",
    "skip this, ah cannae be bothered wi it",
    "pause the podcast the now, the kettle's on",
    "next track",
    "turn aff the kitchen light",
    "put on the album discovery",
    "shuffle ma music",
    "stick this song on repeat",
    "put the kitchen speaker an the livin room one thegither",
    "set a timer fur twelve minutes fur the tatties",
    "whit's the weather daein the morn",
    "is it gonnae rain on ma shift",
    "add milk tae the shoppin list",
    "turn the heatin up tae twenty-one",
    "how's the heatin no on",
    "whit am ah listenin tae the now",
    "who sings this",
    "whit's playin in the kitchen",
    "volume doon",
    "quieter, ah'm on the phone tae ma sister",
    "play the daily",
    "play bohemian rhapsody, pure loud",
    "stop the music",
    "turn aff the speaker in the kitchen",
    "put some justice on",
    "play somethin cheery, ah've had a day o it",
    "play radio scotland",
    "pause",
    "go back tae the start o the song",
    "skip forward thirty seconds in this podcast",
    "whit time is it",
    "wake me up at four, ah'm on the early",
    "set an alarm fur quarter tae five",
    "whit album's this fae",
    "add this tune tae ma playlist",
    "whit's the temperature ootside",
    "switch the kitchen lights up tae pure bright",
    "play the next episode o the daily",
    "turn the bass doon a wee bit",
    "dim the big light in the livin room",
    "how long's left on the timer",
    "turn repeat aff",
]

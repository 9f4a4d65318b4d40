"""Writer 551, an 87-year-old Jamaican-born retired nurse in Birmingham, England, Jamaican English grammar, unsure of the gadget, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who mi did listen to di most dis year? mi cyaan memba nutten again",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Tell mi nuh, a who was mi favourite singer fi October?",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="Hello? Yuh hear mi? Which band mi play di most ova di last three mont'?",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="a who mi did a rate so much lately, darlin'? di artist mi cyaan stop put on",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Inna di kitchen las' week, which artist we did have on di most?",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="wha song mi play di most in di whole a dis month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Gi mi mi top tree song dem from last year, ah beg yuh",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="number one tune fi mi from March come, wha it be?",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="Di five song dem mi did play most dis summer gone, read dem out fi mi slow",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="Mi favourite song of all time, accordin' to dis machine, which one it is?",
        family="top_tracks",
        period="all_time",
    ),
    # top_albums
    Fresh(
        text="which album, di whole record mi mean, mi play di most?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Wha record mi did have on more dan all di rest inna September?",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="mi top two album dem dis year, wha dem name?",
        family="top_albums",
        period="this_year",
        count=2,
    ),
    Fresh(
        text="Di LP mi near wear out in di summer last year... which one dat was?",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="which a di talkin' programme dem mi listen to di most?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Di podcast - dat's wha mi grandson call it - which one mi play most dis month?",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="wha podcast mi get hooked on lately, yuh know?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="In twenty twenty-five, which podcast show mi did follow di most?",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="How long mi did have music on today? Mi tink a whole heap.",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hour mi spend a listen to dis radio ting las' week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Tell mi how many hour an' minute mi did listen since Monday, please love",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="How long we had di music goin' inna di kitchen yesterday?",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="di last thirty days, how long mi spend pon di music an' di programme dem altogether?",
        family="listening_time",
        period="last_30_days",
    ),
    # plays
    Fresh(
        text="How many song mi play dis mornin'?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many ting mi put on altogether dis week, song an' podcast an' all",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="Count fi mi how many episode a di podcast mi listen to inna October",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Mi grandson set it up under Ada, dat's me. How many tune Ada play yesterday evenin'?",
        family="plays",
        period="yesterday_evening",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="since October come, how many track dem mi did play, roughly?",
        family="plays",
        period="since_october",
        content="music",
    ),
    # artists_count
    Fresh(
        text="How many different singer mi listen to dis year, yuh can count dem?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different band an' artist mi did play las' month",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="All together, from di very start, how many different artist dem deh pon mi list?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different song mi hear in di last seven days?",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="ova di past two week, how much different tune mi play? not di same one ova an' ova",
        family="songs_count",
        period="last_2_weeks",
    ),
    Fresh(
        text="how many separate song mi ever play pon dis ting, all in all?",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="How much time mi play Bohemian Rapsody dis year?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Dem Daft Punk bwoy, how many times dem come on inna November?",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="how often mi listen to di Daily? di news programme from America",
        family="play_count",
        period="all_time",
        name="The Daily",
    ),
    Fresh(
        text="How many times mi play Bob Marley las' year?",
        family="play_count",
        period="last_year",
        name="Bob Marley",
    ),
    Fresh(
        text="Don't Stop Me Now, di Queen one, how much time it play from March?",
        family="play_count",
        period="since_march",
        name="Don't Stop Me Now by Queen",
    ),
    # did_i
    Fresh(
        text="mi did listen to any Queen yesterday?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Justice - mi play any a dem dis week? Mi cyaan memba at all.",
        family="did_i",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="Yuh know if mi hear Jim Reeves at all dis month?",
        family="did_i",
        period="this_month",
        name="Jim Reeves",
    ),
    Fresh(
        text="did I put on dat Café Tacuba on Saturday, di Spanish-soundin' one?",
        family="did_i",
        period="saturday",
        name="Café Tacvba",
    ),
    Fresh(
        text="Las' Friday, mi play One More Time by di Daft Punk dem or no?",
        family="did_i",
        period="last_friday",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="mi hear di Daily di day before yesterday?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="Wha mi did listen to yesterday evenin'?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="remind mi wha music mi had on las' weekend, mi memory nuh good again",
        family="what_played",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="What was I listenin' to on di third of November? Mi did have di doctor dat day.",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="mi nuh memba wha mi play dis afternoon. tell mi nuh",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Wha we did have on in di kitchen las' night?",
        family="what_played",
        period="last_night",
        room="kitchen",
        person="we",
    ),
    # playing_at
    Fresh(
        text="wha di ting was playin' at quarter to eight las' night?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Eight o'clock dis mornin', wha mi did have on? Mi was still in mi dressing gown.",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="round about ten past five dis afternoon, wha song was dat?",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Di day before yesterday, twelve o'clock dinnertime, wha was on?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="ten past eight last night, wha did a play inna di kitchen?",
        family="playing_at",
        moment="2026-11-19 20:10",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="Wha kind a music mi like, accordin' to yuh?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="mi grandson seh mi have funny taste. describe mi taste fi mi nuh, mi want hear",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What sort a tings mi into, musically, yuh would say?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wha time a day mi usually put on di music?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Which day a di week an' which hour mi listen most, usually?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="mi want fi know when mi busiest wid dis ting - what time an' which day, as a rule",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Mi find any new singer dis month? Somebody mi neva hear before?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which new artist dem mi start listen to since October",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="Any new band turn up pon mi list in di last thirty days, eeh?",
        family="new_artists",
        period="last_30_days",
    ),
    # skips
    Fresh(
        text="How often mi skip tings? Mi finger too quick pon di button.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how many tings mi skip dis week, out a everyting weh play?",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="Mi skip a lot las' month, true? How much skippin' mi do?",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="mi a play di same ting dem ova an' ova? how much repeatin' mi do",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Dis year, how often mi play back di same tune again an' again?",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="since Monday mi repeat a lot, or mi mix it up likkle?",
        family="repeat",
        period="since_monday",
    ),
    # streak
    Fresh(
        text="How many day straight mi listen now, without missin' a day?",
        family="streak",
    ),
    Fresh(
        text="mi keep it up every day? how many days in a row mi have it on now",
        family="streak",
    ),
    Fresh(
        text="Wha mi streak - dat's wha di grandson call it - how long mi go wid no break?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When mi first hear Justice?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="from when mi did start listen di Daily?",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="Dat Sexy Boy song - Lawd, mi nuh even know how it get deh - when it first come pon here?",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when was di first time mi play Mahalia Jackson pon dis machine",
        family="first_play",
        name="Mahalia Jackson",
    ),
    # last_play
    Fresh(
        text="When last mi play Air?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="di las' time mi hear Digital Love, when dat was?",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="When mi did last listen to Toots and the Maytals, yuh can tell mi?",
        family="last_play",
        name="Toots and the Maytals",
    ),
    Fresh(
        text="Genesis, by Justice... mi last play it when?",
        family="last_play",
        name="Genesis by Justice",
    ),
    # last_song
    Fresh(
        text="wha was di last song mi play?",
        family="last_song",
    ),
    Fresh(
        text="Di las' tune weh play pon yah, wha it name again?",
        family="last_song",
    ),
    Fresh(
        text="mi switch it off a while ago... wha did play last before it stop?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wha was di first song mi play today?",
        family="first_today",
    ),
    Fresh(
        text="wha mi did wake up to today? di very first song",
        family="first_today",
    ),
    Fresh(
        text="First ting mi put on today, wha it was, darlin'?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wha was di first song mi play yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Las' Friday, di first tune, which one?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="inna August, wha song mi start off wid? di very first one",
        family="first_in",
        period="august",
    ),
    # last_in
    Fresh(
        text="Wha mi end off wid las' night, di last song before bed?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="di day before yesterday, wha was di last ting mi play?",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Las' weekend now, which song close it off?",
        family="last_in",
        period="last_weekend",
    ),
    # most_skipped
    Fresh(
        text="which song mi skip di most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Di tune mi always a skip pass, which one dat?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Dis year, wha song mi jump ova di most?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which singer mi skip di most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="A who mi cyaan bear? Di artist mi keep skippin', mi mean.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="las' three mont', which band mi skip more dan any other?",
        family="most_skipped_artist",
        period="last_3_months",
    ),
    # on_repeat
    Fresh(
        text="Wha song mi have on repeat dese days?",
        family="on_repeat",
    ),
    Fresh(
        text="which tune mi cyaan stop play? di one a run roun' mi head",
        family="on_repeat",
    ),
    Fresh(
        text="Wha mi keep playin' ova an' ova lately, which song?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Gi mi a rundown a mi year, nuh, di whole a it",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how mi week go, wid di listenin'?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Tell mi how mi October did go, like a likkle summary",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gi mi a likkle review a mi listenin', ah beg yuh",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Mi listen more inna di mornin' or inna di evenin'?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more a mornin' person or a night person wid dis ting? mi did work nights pon di ward so long, mi cyaan tell",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Afternoon or evenin', when mi play more?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="mi listen more pon weekday or pon di weekend?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Saturday an' Sunday, mi play more music dan durin' di week?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekend versus di workin' week, which one mi listen more? mi nuh work again but still",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Play some Jim Reeves inna di kitchen, ah beg yuh",
    "turn up di music, mi cyaan hear it",
    "Turn it down likkle, it too loud fi mi ears",
    "wha song dis a play now?",
    "Skip dis one, mi nuh like it",
    "pause di podcast, mi haffi answer di door",
    "Put on di Daily fi mi",
    "play di album Discovery",
    "Stop di music nuh",
    "Next song, please darlin'",
    "turn off di kitchen light",
    "Set a timer fi twenty minute, mi have cake inna di oven",
    "wha di weather a go do today? mi need umbrella?",
    "Put tinned ackee pon di shopping list",
    "turn up di heatin', it cold like ice in yah",
    "Wha mi a listen to right now?",
    "who sing dis?",
    "Shuffle di song dem",
    "put dis one pon repeat",
    "Play Queen inna di living room too, both speaker same time",
    "mek di kitchen speaker an' di bedroom one play together",
    "Play some gospel music, nuh",
    "put on di radio, BBC WM",
    "Volume to five",
    "go back to di song before, mi miss di words",
    "Wha time it is?",
    "remind mi fi take mi tablets at six o'clock",
    "Call mi daughter Marcia",
    "play Bohemian Rhapsody loud loud",
    "Turn off di music inna di kitchen, mi goin' to bed",
    "it goin' to rain in Birmingham tomorrow?",
    "wha's playin' in di kitchen?",
    "Play dat Justice album Cross",
    "mute yuhself a minute",
    "How long lef' pon di timer?",
    "play some Bob Marley, One Love",
    "Carry on wid di programme",
    "set di thermostat to twenty-two",
    "add plantain an' hard dough bread to di list",
    "Turn on di lamp inna di front room",
    "play di next episode a di Daily",
    "Stop, stop, stop! How yuh turn dis ting off?",
    "wha di name a dis tune weh a play?",
    "Play something nice an' quiet fi mi",
    "set an alarm fi seven tomorrow mornin'",
]

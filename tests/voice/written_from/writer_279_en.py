"""Writer 279, Jamaican speaking Patois-coloured English, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wah artist mi did a play di most las week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who mi did obsess wid lately, which artis",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="tell mi nuh, who was mi number one artist dis year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="mi top tree artis since March, run dem down fi mi",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="wah song mi play di most dis month?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="gimme mi five most played tunes of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="song of di summer fi mi, wah it did be",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="inna di kitchen, wah tune get play di most over di past two weeks",
        family="top_tracks",
        period="last_2_weeks",
        room="kitchen",
    ),
    Fresh(
        text="which track mi did rinse out inna October",
        family="top_tracks",
        period="october",
    ),
    # top_albums
    Fresh(
        text="wah album mi play di most las year",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="di record mi did a play over an over since October, which one dat",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="mi favourite album fi di las tree months, wah it name",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="which podcast mi hooked pon",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="mi go-to podcast dis year, wah it be",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how much time mi spen a listen today",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how long mi did have di music on las weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="how many hours a podcast mi listen to inna September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wi did have music on fi how long las month",
        family="listening_time",
        period="last_month",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="how much time mi play tings dis week",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="how many tune dem mi play yesterday",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many episode mi listen to since Monday",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="how much song wi play inna di kitchen las week",
        family="plays",
        period="last_week",
        content="music",
        room="kitchen",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artis mi listen to dis year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="di amount a different artists mi hear inna twenty twenty five",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="las thirty days how much artis mi hear, different ones mi mean",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="how many different song mi play las month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="count up how much different tune dem mi hear since March",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="how many separate tracks inna di las seven days",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="how much time mi play bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Daft Punk mi did have on dis week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="di daily, how much time mi listen it dis month",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    Fresh(
        text="how many times mi play dat dance by justice las year",
        family="play_count",
        period="last_year",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="how much time mi play Radiohead ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="mi listen any Queen yesterday?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="yuh tink mi hear Air las summer",
        family="did_i",
        period="last_summer",
        name="Air",
    ),
    Fresh(
        text="any cafe tacuba inna August or nuh",
        family="did_i",
        period="august",
        name="Café Tacvba",
    ),
    Fresh(
        text="mi did play di Weeknd at all dis year",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="did mi put on Moon Safari las week",
        family="did_i",
        period="last_week",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="wah mi did a listen to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run mi through wah play dis mawnin",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="pon Saturday wah wi did a listen to",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="wah music mi did have on las night",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="wah Ada did a listen to las weekend",
        family="what_played",
        period="last_weekend",
        person="Ada",
    ),
    Fresh(
        text="so wah mi did a play dis afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="wah was playin bout eight o'clock las night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="quarter past five dis evening, wah tune did a play",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="half pas eight dis mawnin wah did deh on",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wah mi did a listen to ten to eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    # taste
    Fresh(
        text="wah kinda music mi inna",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe mi taste inna music nuh",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wah mi taste did look like las year",
        family="taste",
        period="last_year",
    ),
    # peak
    Fresh(
        text="wah time a day mi usually a listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day a di week mi play di most music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when mi peak listening hour dem deh",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="mi discover anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which new artis mi find dis year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any fresh artis dem pop up inna mi ting las month",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how much mi skip tunes",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wah mi skip rate dis month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="mi did skip plenty las week or wah",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="how much mi play di same song dem over an over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wah mi repeat rate fi dis year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days straight mi a listen now",
        family="streak",
    ),
    Fresh(
        text="mi listening streak, how long it a run",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when mi first hear Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time mi ever play Eres, when dat did be",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when Wet Leg first turn up inna mi history",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when las mi play don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="las time mi hear di daily, when",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Air, when mi did las listen to dem",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(
        text="wah was di las tune mi play",
        family="last_song",
    ),
    Fresh(
        text="di very las song mi put on, wah it name",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wah mi wake up to dis mawnin",
        family="first_today",
    ),
    Fresh(
        text="first ting mi play today wah it did be",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song mi play yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="wah mi start off wid las Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="which tune open up November 3rd fi mi",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="las song mi play di day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wah tune close out mi Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="di las ting mi did play yesterday evening, wah dat",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="which song mi skip di most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="di tune mi always a skip, which one",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artis mi skip di most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who mi always a skip pass, which band",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wah song mi cyaan stop play",
        family="on_repeat",
    ),
    Fresh(
        text="wah deh pon heavy rotation dese days",
        family="on_repeat",
    ),
    Fresh(
        text="which tune mi a rinse out right now",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how mi week did go inna music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gimme a rundown a mi listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="fill mi in pon mi year, big recap ting",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wah mi October did look like, recap it fi mi",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="mi listen more inna di mawnin or inna di evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoon or night, when mi play more tunes",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="mi play more music pon di weekend or inna di week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekday versus weekend, which one mi listen more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play some Daft Punk inna di kitchen",
    "turn up di music nuh",
    "wah a play inna di kitchen right now",
    "wah song dis",
    "skip dis tune man",
    "pause di podcast fi mi",
    "nex track inna di living room",
    "turn off di kitchen light",
    "play di album Discovery",
    "volume down likkle bit",
    "put it pon shuffle",
    "repeat dis song",
    "turn off di repeat ting",
    "group di kitchen speaker wid di living room one",
    "set a timer fi ten minute",
    "wah di weather a go do tomorrow",
    "put ackee pon di shopping list",
    "turn up di heat to twenty two degree",
    "wah mi a listen to right now",
    "who a sing dis song",
    "play Bob Marley fi mi",
    "play di Daily",
    "stop di music",
    "resume di podcast",
    "go back one song",
    "play sum reggae inna di kitchen",
    "mek di speaker dem louder",
    "volume to five",
    "shuffle off",
    "how long lef pon mi timer",
    "wah time it is",
    "like dis song",
    "play Bohemian Rhapsody loud loud",
    "skip forward thirty second inna di podcast",
    "wah album dis song come from",
    "turn off all di speaker dem",
    "play di next episode a The Daily",
    "lower di bass a likkle",
    "it a go rain today",
    "remind mi fi call mi madda at six",
    "mute di kitchen speaker",
    "play Genesis by Justice inna di kitchen",
    "put Moon Safari on inna di kitchen",
    "who dis artis playin now",
]

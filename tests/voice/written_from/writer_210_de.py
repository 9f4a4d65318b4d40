"""Writer 210, verschlafene Person am Abend oder früh am Morgen (badisch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="mmh... wer han i in letschter Zitt am meischte ghört",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="wer isch letscht Johr min Künschtler vum Johr gsi",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="die drei Bands wo mir letscht Monet am meischte ghört hen... mm",
        family="top_artists",
        period="last_month",
        count=3,
        person="we",
    ),
    Fresh(
        text="wer isch in de letschte drei Monet so vorne gsi",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="zweitausendfünfezwanzig... wer war do mini Nummer eins",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="wa isch min Lieblingslied... so insgesamt",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="s'meischtgspielte Lied vu dere Wuch, ahh",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="mine fünf Top-Lieder im Summer... mm",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="Lieblingslied letscht Summer, wa isch des gsi",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="welles Album han i des Johr am meischte ghört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="mm Lieblingsalbum im Oktober",
        family="top_albums",
        period="october",
    ),
    # top_podcasts
    Fresh(
        text="welle Podcascht hör i eigentlich am meischte, mmh",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="an welem Podcascht hang i in letschter Zitt so dra",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lang han i hit Musigg ghört... ahh",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stund hemmer letscht Wuch ghört",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="sit Mändig... wie lang isch bi mir d'Musigg gloffe",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie lang han i letschti Nacht no ghört, mm",
        family="listening_time",
        period="last_night",
    ),
    Fresh(
        text="die letschte dreißig Täg, wie lang han i do ghört",
        family="listening_time",
        period="last_30_days",
    ),
    # plays
    Fresh(
        text="wie viel Lieder han i hit scho gspielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Podcascht-Folge han i dä Monet ghört... mm",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viel isch in de Küche gspielt wore, die letschte siebe Täg",
        family="plays",
        period="last_7_days",
        room="kitchen",
    ),
    Fresh(
        text="wie viel Lieder sit März, insgesamt mein i",
        family="plays",
        period="since_march",
        content="music",
    ),
    Fresh(
        text="wie viel han i im August so gspielt, ahh",
        family="plays",
        period="august",
    ),
    # artists_count
    Fresh(
        text="wie viel verschiedeni Künschtler han i des Johr ghört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="mm wie viel Bands sin des im September gsi",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="wie viel verschiedeni Lieder han i letscht Wuch ghört",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="wie viel unterschiedlichi Lieder sit Oktober... ahh",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="wie oft han i bohemian rapsody dä Monet gspielt",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel Queen han i die Wuch ghört, mm",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="wie oft isch The Daily letscht Monet gloffe",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="Kraftwerk... wie oft han i die des Johr ghört",
        family="play_count",
        period="this_year",
        name="Kraftwerk",
    ),
    # did_i
    Fresh(
        text="han i geschtern Justice ghört... mm",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Air in letschter Zitt, han i des ghört?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="hesch mir hit Morge The Daily gspielt oder hab i des tröimt",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hemmer am Wochenend Daft Punk ghört",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="han i letscht Johr AnnenMayKantereit ghört, mmh",
        family="did_i",
        period="last_year",
        name="AnnenMayKantereit",
    ),
    # what_played
    Fresh(
        text="wa han i geschtern z'Obe ghört... mmh",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wa hesch mir hit alles gspielt",
        family="what_played",
        period="today",
    ),
    Fresh(
        text="wa hemmer vorgeschtern ghört",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="wa het d'Ada letschti Nacht ghört",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    Fresh(
        text="die letschte zwei Wuche... wa han i do so ghört",
        family="what_played",
        period="last_2_weeks",
    ),
    # playing_at
    Fresh(
        text="wa isch geschtern um Viertel vor achti z'Obe gloffe",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="hit Morge um halb nüüni, wa het do gspielt",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="um zehn noch achti geschtern z'Obe... wa isch des gsi",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="wa isch hit Nommidag um Viertel noch fünfi gloffe, mm",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="wa fir Musigg hör i eigentlich gern, mm",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschrieb mir mol min Gschmack... ahh",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um welli Zitt hör i meischtens, so vum Dag her",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welem Wuchedag hör i am meischte... mm",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="han i in letschter Zitt ebber Neis entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welli Künschtler han i dä Monet zum erschte Mol ghört",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft überspring i eigentlich, mm",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="han i die Wuch viel übersprunge",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="hör i immer s'Gliche... wie arg isch des, mm",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie oft spiel i des Johr s'Gleiche widder",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viel Täg hinternander han i jetzt ghört",
        family="streak",
    ),
    Fresh(
        text="mm... wie lang isch mini Serie grad",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wenn han i Justice s'erschte Mol ghört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="cafe tacuba... wenn isch des s'erscht Mol gloffe",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wenn han i s'letschte Mol Bohemian Rhapsody ghört",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wenn isch The Daily zum letschte Mol gloffe, ahh",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wenn han i s'letscht Mol Helene Fischer ghört... mm",
        family="last_play",
        name="Helene Fischer",
    ),
    # last_song
    Fresh(
        text="wa isch s'letschte Lied gsi wo i gspielt hab",
        family="last_song",
    ),
    Fresh(
        text="s'allerletschte Lied... wa war des nomol",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit wa bin i hit ufgwacht... mmh",
        family="first_today",
    ),
    Fresh(
        text="s'erschte Lied hit, wa isch des gsi",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wa isch geschtern s'erschte Lied gsi",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit wa han i letscht Wuch agfange, mm",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="s'erschte Lied am dritte November",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="bi wa bin i letschti Nacht iigschlofe... mm",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="s'letschte Lied am Samschdig, wa war des",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="letscht Friidig... wa han i do als letschts ghört",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="welles Lied überspring i am meischte",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="mm, wa drück i immer weg, welles Lied isch des",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welle Künschtler überspring i am meischte",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen skip i am meischte, so vu de Bands... ahh",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welles Lied lauft bi mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="wa isch des Lied wo i grad nit ufhöre ka, mm",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="verzell mol, wie isch min Monet gsi",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="min Johr in Musigg... e kurze Rückblick, mm",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie isch letscht Wuch gsi, so musikalisch",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="verzell mol wie min Oktober war... ahh",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="hör i meh am Morge oder z'Obe",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin i eher e Morge- oder e Obe-Hörer, mm",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör i am Wochenend meh als unter de Wuch",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="unter de Wuch oder am Wochenend... wenn han i letscht Monet meh ghört",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "mach d'Musigg e bissle leiser",
    "spiel Daft Punk in de Küche, aber leis",
    "stell de Wecker uff sechsi... mm",
    "wie wird's Wetter hit",
    "mach de Podcast mol us, i schlof jetzt",
    "wa isch des fir e Lied",
    "nägschts Lied",
    "überspring des, ahh",
    "mach 's Licht in de Küche us",
    "wa lauft grad",
    "mach d'Heizung e bissle höher, s'isch kalt",
    "Sleeptimer uff e halbi Stund",
    "spiel The Daily",
    "Zufallswiedergabe aa",
    "Wiederholung us",
    "Lautstärke uff drei",
    "spiel s'Album Discovery",
    "schriib Milch uff d'Iikaufslischt",
    "wie spät isch's",
    "verbind de Lautsprecher in de Küche mit em Wohnzimmer",
    "spiel ebbis Ruhigs fir d'Nacht",
    "wer singt des",
    "weck mi morge um halb siebeni",
    "mach alles us, i geh ins Bett",
    "stopp d'Musigg in zwanzig Minute",
    "leiser... nai, nit so leis",
    "spiel Queen zum Ufwache",
    "wird's morge rägne",
    "pause",
    "spiel des Lied nomol vun vorne",
]

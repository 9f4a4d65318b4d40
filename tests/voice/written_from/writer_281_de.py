"""Writer 281, Zurich Swiss typing Swiss German, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer hani die Wuche am meischte ghört?",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="säg mal, wer isch mini Künstlerin vom Jahr",
        family="top_artists",
        period="this_year",
    ),
    # top_tracks
    Fresh(
        text="mini drü meischtghörte Lieder sit März?",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="Was isch mis Lieblingslied vom letschte Monet gsi",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="Welles Lied hämmir letscht Wuche bi üs am meischte gspilt?",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    # top_albums
    Fresh(
        text="welles Album hani dä Summer am meischte ghört",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Mis Lieblingsalbum im zwänzgfüfezwänzg, weisch das no?",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="Welle Podcast losi in letschter Ziit am meischte",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="was isch mis Podcast Nummer eis?",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="Wie lang isch hüt scho Musig gloffe?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wievill Stund hani im Oktober glost",
        family="listening_time",
        period="october",
    ),
    Fresh(
        text="Wie lang hämmir gescht Musig ghört, bi üs dihei?",
        family="listening_time",
        period="yesterday",
        person="we",
        content="music",
    ),
    # plays
    Fresh(
        text="wievill Lieder hani hüt gspilt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wievill Folge vom Podcast hani dä Monet glost?",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wievill verschideni Künstler hani das Jahr ghört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wievill verschideni Bands im September",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="Wievill verschideni Lieder hani die letschte siebe Täg ghört",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="wievill unterschiedlichi Songs sit Oktober?",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="Wievill mal hani Queen ghört die Wuche?",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="wievill mal lief Bohemian Rhapsody im ganze letschte Jahr",
        family="play_count",
        period="last_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Radiohead, wievill mal hani die ghört?",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Hani gescht Daft Punk ghört?",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="han ich hüt am Morge The Daily glost",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Justice in letschter Ziit öppe ghört?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    # what_played
    Fresh(
        text="was hani gescht am Abig ghört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Verzell mal, was isch vorgeschter gloffe?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was hani am dritte November glost",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="Was isch gescht am Viertel vor achti gloffe?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="hüt am Morge am halbi nüüni, was hät da gspilt",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was isch i de Chuchi hüt am Viertel ab föifi gloffe",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="Was für Musig ghör ich eigentlich gern?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wänn los ich normalerwiis Musig, so Uhrziit und Wuchetag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hani in letschter Ziit öpper Neus entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welli Künstler hani im Oktober s erschte mal ghört",
        family="new_artists",
        period="october",
    ),
    # skips
    Fresh(
        text="Wie oft skip ich Lieder?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wievill hani dä Monet übersprunge",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="Los ich immer die gliiche Lieder, wievill wiederhol ich?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    # streak
    Fresh(
        text="wievill Täg hinderenand hani jetzt Musig glost",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wänn hani s erschte mal Air ghört?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="wänn isch Da Funk zum erschte mal bi mir gloffe",
        family="first_play",
        name="Da Funk",
    ),
    # last_play
    Fresh(
        text="Wänn hani zletscht Café Tacvba ghört?",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="One More Time vo Daft Punk, wänn isch das zletscht gloffe",
        family="last_play",
        name="One More Time by Daft Punk",
    ),
    # last_song
    Fresh(
        text="was isch mis letschte Lied gsi",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit wellem Lied bini hüt id Tag gstartet?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was isch s erschte Lied gescht gsi",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Welles Lied hani am Samschtig zerscht gspilt?",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="mit was hani letscht Friitig ufghört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Was isch letscht Nacht s letschte Lied gsi?",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="welles Lied skip ich am meischte",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Bi welere Band drück ich am meischte uf wiiter?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welles Lied lauft bi mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Was isch zurzit mis Lied wo ich nöd cha ufhöre lose?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="verzell mal, wie isch mini Wuche musikalisch gsi",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Gib mer en Rückblick uf de letscht Summer",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="mach mer en chline Rückblick uf mis Lose",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Los ich meh am Morge oder am Abig?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="ghör ich am Wuchenänd meh Musig als under de Wuche",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    # extra periods
    Fresh(
        text="Wer isch die letschte drü Mönet mini Top Band gsi?",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie lang hani die letschte drissg Täg glost",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="Wievill Songs hani am Wuchenänd gspilt?",
        family="plays",
        period="last_weekend",
        content="music",
    ),
]

NEGATIVES = [
    "Spil Daft Punk i de Chuchi",
    "mach d Musig lüüter",
    "Was lauft grad i de Chuchi?",
    "was isch das für es Lied",
    "Nächschts Lied bitte",
    "Podcast pausiere",
    "spil s Album Discovery",
    "Mach s Liecht i de Chuchi us",
    "lislig bitte, s Chind schlaft",
    "Zufallswiedergab ii",
    "Wiederhole uus",
    "stell en Timer uf zäh Minute",
    "Wie wird s Wätter hüt znacht?",
    "tue Milch uf d Iichaufsliste",
    "Heizig uf zwäiezwänzg Grad",
    "was los ich grad",
    "Verbind de Chuchi Lutsprächer mit em Wohnzimmer",
    "spil The Daily",
    "Stopp d Musig",
    "wer singt das",
    "spil öppis vo Queen im Wohnzimmer",
    "Lied nomal vo vorne",
    "mach s Radio aa",
]

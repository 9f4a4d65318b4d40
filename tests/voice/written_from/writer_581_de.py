"""Writer 581, eine Zürcherin Mitte vierzig, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Wer han i die Wuche am meischte glost?",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="Grüezi, wele Künstler isch letscht Jahr bi mir uf Platz eis gsi?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Vo wem han i i de letschte drü Mönet am meischte Musig glost",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Säg emal, mini drü liebschte Bands im Oktober?",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="Vo welere Band bin i in letschter Ziit so richtig agfrässe gsi",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Wele Song han i überhaupt am meischte glost",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Mis Lieblingslied vom Summer, weles isch das gsi",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Die füf meischtglostete Lieder vom letschte Mönet, bitte",
        family="top_tracks",
        period="last_month",
        count=5,
    ),
    Fresh(
        text="Was isch letscht Wuche bi üs s'meischtgspilte Lied gsi?",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Wele Album lauft bi mir am meischte?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="I de Chuchi, weles Album han i sit März am meischte glost",
        family="top_albums",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="Wele Podcast los i am meischte",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Was isch zur Ziit min Lieblingspodcast",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie lang han i hüt scho Musig glost?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wievill Stunde han i letschte Mönet öppe glost",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="Wie lang isch geschter am Abig i de Chuchi öppis gloffe",
        family="listening_time",
        period="yesterday_evening",
        room="kitchen",
    ),
    Fresh(
        text="Wievill Ziit han i die Wuche mit Podcasts verbrocht",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="Wie vill han i zwänzgfüfezwänzg insgesamt glost, i Stunde",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="Wievill Lieder han i hüt am Morge glost",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft han i im Auguscht überhaupt öppis abgspilt",
        family="plays",
        period="august",
    ),
    Fresh(
        text="Wievill Songs händ mir am letschte Wuchenänd glost?",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie vill verschiedeni Künstler han i das Jahr glost",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Mit wievill Bands han i's i de letschte dryssg Täg z'tue gha",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wievill verschiedeni Lieder sind's sit Oktober gsi",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="Wievill mal han i Bohemian Rhapsody glost",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wievill mal isch The Daily die Wuche gloffe",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="Wie oft han i das Jahr Züri West glost?",
        family="play_count",
        period="this_year",
        name="Züri West",
    ),
    Fresh(
        text="Dance vo Justice, wievill mal han i das in letschter Ziit glost",
        family="play_count",
        period="lately",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="Han i geschter öppe Daft Punk glost?",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Händ mir letscht Wuche Queen glost?",
        family="did_i",
        period="last_week",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="Han i letschte Summer Patent Ochsner glost",
        family="did_i",
        period="last_summer",
        name="Patent Ochsner",
    ),
    Fresh(
        text="Isch dä Mönet Around the World vo Daft Punk emal gloffe",
        family="did_i",
        period="this_month",
        name="Around the World by Daft Punk",
    ),
    Fresh(
        text="Was han i letscht Nacht glost",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was isch hüt Namittag gloffe",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Am dritte November, was han i da glost?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Was isch geschter am Abig am Viertel ab achti gloffe",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Hüt am Morge am halbi nüüni, was isch da gloffe",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Weles Lied isch vorgeschter am Mittag am zwölfi gloffe",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Was für Musig gfallt mir eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um wievill Uhr los i normalerwiis Musig",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Han i dä Mönet neui Künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Weli Bands han i sit Mäntig zum erschte Mal glost",
        family="new_artists",
        period="since_monday",
    ),
    Fresh(
        text="Wie oft überspring i Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Skip i vill? Im letschte Mönet, mein i",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="Los i immer wieder die gliiche Lieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft han i im September Songs wiederholt",
        family="repeat",
        period="september",
    ),
    Fresh(
        text="Wievill Täg hintereinand han i jetz Musig glost",
        family="streak",
    ),
    Fresh(
        text="Wänn han i s'erschte Mal Café Tacvba glost",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Sit wänn los i eigentlich The Daily",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="Wänn isch Echo der Zeit zum erschte Mal gloffe",
        family="first_play",
        name="Echo der Zeit",
    ),
    Fresh(
        text="Wänn han i s'letscht Mal Don't Stop Me Now glost",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wänn isch Justice zletscht gloffe",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="Was isch s'letschte Lied gsi, wo gloffe isch",
        family="last_song",
    ),
    Fresh(
        text="Mit welem Lied han i hüt aagfange",
        family="first_today",
    ),
    Fresh(
        text="Weles isch geschter s'erschte Lied gsi",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit was han i letschte Friitig de Tag aagfange, musigmässig",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Was han i vorgeschter als letschts glost",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="S'letschte Lied im Auguscht, weles isch das gsi",
        family="last_in",
        period="august",
    ),
    Fresh(
        text="Weles Lied überspring i am meischte",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Weli Band skip i am hüfigschte",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Was isch momentan min Ohrwurm, wo-n-i immer wieder lose",
        family="on_repeat",
    ),
    Fresh(
        text="Mach mer e churzi Zämmefassig vom Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Wie isch mis Musigjahr bis jetz gsi",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Gib mer en Überblick über letscht Wuche",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="Grüezi, wie stahts eigentlich mit mim Lose, gib mer en Rückblick",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Los i meh am Morge oder am Abig",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Lauft bi mir meh Musig am Samschtig und Sunntig oder under de Wuche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk i de Chuchi",
    "Mach d'Musig es bitzeli lüüter",
    "Lisliger, bitte, ich telefonier",
    "Weles Lied isch das grad?",
    "Nächschte Song",
    "Stopp de Podcast, ich mues go poschte",
    "Mach s'Liecht i de Chuchi us",
    "Wie wird s'Wätter morn in Züri",
    "Stell en Timer uf zäh Minute für d'Spaghetti",
    "Tue Milch uf d'Iichaufsliste",
    "Mach d'Heizig e bitz höcher",
    "Spiel s'Album Moon Safari",
    "Zufallswiedergab ii, bitte",
    "Wiederhol das Lied in Schlaufe",
    "Verbind de Lautsprecher i de Chuchi mit dem im Wohnzimmer",
    "Was los i grad?",
    "Wer singt das do?",
    "Lautstärchi uf füf",
    "Spiel di neuscht Folge vo The Daily",
    "Überspring das, bitte, das mag i nöd",
    "Grüezi, wie spät isch es",
    "Weck mi morn am sächsi",
    "Spiel öppis Ruhigs zum Znacht",
    "Mach Radio SRF 3 aa",
    "Spiel d'Musig im Wohnzimmer wiiter",
]

"""Writer 156, music nerd / Bernese Swiss record collector, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="säg mau, wär isch dä Monet mi Heavy Hitter gsi bi de Künschtler",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="weli Band han i färn am meischte glost, gäu, mit genaue Zahle",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="was isch mis Liedli vo dere Wuche, ds meischtgspilte",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="nenn mer mini drü meischtgspilte Songs vom Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="weli LP isch im Summer am meischte ir Rotation gsi",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="wele Podcast losen i i letschter Zyt am meischte",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wi lang han i hüt scho Müsig glost, i Minute bitte",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wi mängs Lied han i geschter gspilt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wi mängi verschidnigi Künschtler han i das Jahr glost",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wi mängisch isch Da Funk di letschte drissg Täg gloffe",
        family="play_count",
        period="last_30_days",
        name="Da Funk",
    ),
    Fresh(
        text="han i geschter chli Queen glost?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="was han i geschter am Abe so glost",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was isch geschter am Viertu vor achti gloffe",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was für Müsig ghör i eigentlech gärn, beschrib mer mi Gschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wenn lose ni normalerwiis am meischte, weli Uhrzyt und weli Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="han i dä Monet öpper Nöis entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wi viu skippe ni eigentlech, so ir Prozänt",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wi mängi Täg am Stück han i jetz scho glost",
        family="streak",
    ),
    Fresh(
        text="wenn han i Justice ds erschte Mau glost",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="was isch ds letschte Lied gsi won i gspilt ha",
        family="last_song",
    ),
    Fresh(
        text="mit was bin i hüt am Morge ufgwachet, ds erschte Liedli",
        family="first_today",
    ),
    Fresh(
        text="was isch vorgeschter ds erschte Stück gsi won i ufgleit ha",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="mit wasem Lied han i letscht Fritig ufghört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="weles Lied überspringe ni am meischte",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="bi welem Künschtler drück i am hüüfigschte uf skip",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="weles Lied isch bi mir sit es paar Täg i dr Heavy Rotation, ds won i ständig lose",
        family="on_repeat",
    ),
    Fresh(
        text="verzeu mau, wi isch mi Oktober gsi, Müsig-mässig",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mer e Rückblick uf mis Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="lose ni meh am Morge oder am Abe",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="lose ni am Wuchenänd meh aus under dr Wuche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wi viu spil i di gliche Songs immer wider, d Repeat-Quote",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wenn han i ds letschte Mau The Daily glost",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wi mängi verschidnigi Lieder sit em Merz, genau bitte",
        family="songs_count",
        period="since_march",
        content="music",
    ),
    Fresh(
        text="was hei mir letscht Wuche ir Chuchi glost",
        family="what_played",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Radiohead, han i die i letschter Zyt überhoupt mau ufgleit",
        family="did_i",
        period="lately",
        name="Radiohead",
    ),
    Fresh(
        text="wär isch sit em Oktober mi Nummere eis, so Interpret-mässig",
        family="top_artists",
        period="since_october",
    ),
    Fresh(
        text="top föif Songs vo aune Zyte, gäu, di ganzi Diskografie",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="weli Platte hei mir letscht Monet am meischte ufgleit",
        family="top_albums",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="wi mängi Stund Podcasts han i die Wuche glost",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="wi lang isch bi üs vorgeschter öppis gloffe",
        family="listening_time",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="wi mängi Folge han i dä Monet glost",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wi mängisch han i Bohemian Rhapsody färn gspilt",
        family="play_count",
        period="last_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="d Ada, wi mängisch het si Café Tacvba im Summer glost",
        family="play_count",
        period="summer",
        name="Café Tacvba",
        person="Ada",
    ),
    Fresh(
        text="isch am Samschtig öppis vo Air gloffe",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="was han i hüt am Namittag glost",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was isch hüt am Morge am achti gloffe",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="geschter am zäh ab achti am Abe, was isch da gloffe",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="weli nöie Künschtler sy di letschte drü Monet derzuecho",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wenn isch ds Phantom vo Justice ds erschte Mau gloffe",
        family="first_play",
        name="Phantom by Justice",
    ),
    Fresh(
        text="wenn han i zletscht Sexy Boy glost",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="was isch geschter ds erschte Lied gsi",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="ds letschte Liedli letscht Nacht, weles isch das gsi",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="erzähl mer chli vo mire Wuche, Müsig und so",
        family="recap",
        period="this_week",
    ),
]

NEGATIVES = [
    "spil Daft Punk ir Chuchi",
    "mach d Müsig chli lüter",
    "überspring das Liedli, isch e B-Siite wo mer nid gfaut",
    "was isch das für es Lied",
    "spil ds Album Discovery, di ganzi Platte",
    "pausier dr Podcast",
    "nächschte Song ir Chuchi",
    "mach ds Liecht ir Chuchi us",
    "wi wird ds Wätter hüt",
    "stell e Timer uf zäh Minute",
    "spil Bohemian Rhapsody, aber lut",
    "mach dr Shuffle a",
    "wiederhou das Lied grad nomau",
    "was lose ni grad jetz",
    "stell d Heizig uf einezwänzg Grad",
    "schrib Kafi uf d Iichoufsliste",
    "lüter bitte, das isch mi Lieblingsstück",
    "spil The Daily ir Chuchi",
    "spring zrügg zum Afang vom Song",
    "mach d Müsig lisliger",
    "stoppe",
    "verbind dr Lutsprächer ir Chuchi mit däm im Wohnzimmer",
    "vo welem Album isch das Lied wo grad lauft",
    "spil öppis Gmüetlechs, so French House",
]

"""Writer 567, eine Bernerin Mitte vierzig, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Grüessech, wär isch dä Monet mi Lieblingskünstler gsi?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wele Band han i letscht Wuche am meischte glost",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="säg mau, di drü Künstler won i hür am meischte ghört ha",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="Was isch mis Lieblingsliedli vom Oktober gsi?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="di füf meischtglosete Songs vo färn, gäu, chasch mer die säge",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="Weles Lied hei mir letschte Monet i dr Chuchi am meischte gspiut?",
        family="top_tracks",
        period="last_month",
        person="we",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="weles Album han i sit em März am meischte glost",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Mis Lieblingsalbum überhoupt, weles isch das?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="weles Podcäschtli losen i am meischte",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="I letschter Zyt, weles isch dr Podcast, won i nid cha ufhöre lose?",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Wie lang han i hüt Musig glost?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie vüu Stündli hei mir ds letschte Wuchenänd glost",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Es nimmt mi es bitzeli wunder: wie lang het d Ada im August öppe glost?",
        family="listening_time",
        period="august",
        person="Ada",
    ),
    # plays
    Fresh(
        text="Wie vüu Liedli han i hüt am Morge scho glost?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie mängs Lied isch sit Mäntig i dr Chuchi gloffe",
        family="plays",
        period="since_monday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Wie vüu Sache han i vorgeschter glost, aues zäme?",
        family="plays",
        period="day_before_yesterday",
    ),
    # artists_count
    Fresh(
        text="Wie vüu verschideni Künstler han i dä Summer düre glost?",
        family="artists_count",
        period="summer",
    ),
    Fresh(
        text="mit wie vüune verschidene Bands han i's im Septämber gha",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="Wie mänge verschidene Song han i i de letschte drissg Täg ghört?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie vüu verschideni Lieder sy das überhoupt, won i scho glost ha",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="Wie mängisch han i Bohemian Rhapsody dä Monet glost?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie mängisch isch eigentlich Patent Ochsner gloffe",
        family="play_count",
        period="all_time",
        name="Patent Ochsner",
    ),
    Fresh(
        text="Justice, wie mängisch han i die i de letschte sibe Täg ghört?",
        family="play_count",
        period="last_7_days",
        name="Justice",
    ),
    # did_i
    Fresh(
        text="Han i geschter Daft Punk glost?",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="isch hüt am Morge The Daily gloffe, gäu",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hei mir im Oktober Café Tacuba ghört?",
        family="did_i",
        period="october",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="han i färn einisch Züri West glost",
        family="did_i",
        period="last_year",
        name="Züri West",
    ),
    # what_played
    Fresh(
        text="Was han i geschter znacht glost?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was isch am dritte Novämber bi mir so gloffe",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="Was isch geschter am Viertu vor achti am Aabe gloffe?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="hüt am Morge am halbi nüni, was isch da cho",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Weles Liedli isch hüt am Viertu ab füfi i dr Chuchi gloffe?",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="Was für Musig gfaut mir eigentlich, was meinsch?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschrib mer mau es bitzeli mi Musiggschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um weli Zyt losen i normalerwys am meischte Musig?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="a welem Wuchetag ghör i am meischte",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Han i i de letschte zwo Wuche öppis Nöis entdeckt, so nöji Künstler?",
        family="new_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="weli Künstler sy i de letschte drü Mönet nöi derzue cho",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="Wie mängisch überspring i eigentlich Lieder?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie hoch isch mini Skip-Rate die Wuche",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="los i immer di glyche Liedli, gäu?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie vüu widerhol i sit Oktober, so di glyche Lieder immer wider?",
        family="repeat",
        period="since_october",
        content="music",
    ),
    # streak
    Fresh(
        text="Wie mänge Tag hintereinand han i jetz scho Musig glost?",
        family="streak",
        content="music",
    ),
    Fresh(
        text="mini Serie, wie vüu Täg am Stück sy's jetz",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wenn han i Air ds erschte Mau glost?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="sit wenn losen i eigentlich The Daily",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="Wenn han i ds letschte Mau Queen ghört?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Sexy Boy, wenn isch das ds letschte Mau gloffe?",
        family="last_play",
        name="Sexy Boy",
    ),
    # last_song
    Fresh(
        text="Was isch ds letschte Lied gsi, won i glost ha?",
        family="last_song",
    ),
    Fresh(
        text="ds allerletschte Liedli, weles isch das gsi",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welem Lied bin i hüt ufgstande?",
        family="first_today",
    ),
    Fresh(
        text="weles isch hüt ds erschte Lied gsi",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was isch geschter ds erschte Lied gsi?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="ds erschte Liedli am Samschtig, weles isch das gsi",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="Weles Lied isch letscht Fritig ds letschte gsi?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="und geschter am Aabe, was isch ds letschte Lied gsi",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="Weles Lied überspring i am meischte?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="bi welem Liedli drück i am hüfigschte uf wyter",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Weli Band überspring i am meischte?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wele Künstler skip i am meischte, weisch das",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Weles Lied laht mi grad nid los?",
        family="on_repeat",
    ),
    Fresh(
        text="was louft bi mir im Momänt i dr Dauerschlaufe",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Verzeu mau, wie isch mi Novämber gsi mit dr Musig?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="mach mer e Rückblick uf ds Jahr, gäu",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Grüessech, chasch mer e chlyne Überblick gä, was i so glost ha?",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Los i meh am Morge oder am Aabe?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin i eher e Morge- oder e Namittagsloserin",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Ghör i am Wuchenänd meh Musig aus under dr Wuche?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="under dr Wuche oder am Wuchenänd, wenn losen i meh",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiu Daft Punk i dr Chuchi",
    "mach d Musig es bitzeli lüter",
    "lisliger bitte, gäu",
    "Lösch ds Liecht i dr Chuchi",
    "mach ds Liecht a i dr Stube",
    "Pause, ds Telefon lütet",
    "nächschts Liedli",
    "Überspring das Lied",
    "Was isch das für es Lied grad?",
    "wär singt das",
    "Spiu ds Album Discovery",
    "Zuefallswiedergab ii",
    "tue das Lied i dr Schlaufe widerhole",
    "Stell e Timer uf zwöuf Minute für d Härdöpfu",
    "Wie wird ds Wätter morn?",
    "tue Milch uf e Poschtizettu",
    "Mach d Heizig es bitzeli wärmer, uf zwöiezwänzg Grad",
    "spiu di nöischti Folg vo The Daily",
    "Was louft grad i dr Chuchi?",
    "Chuchi u Stube zäme gruppiere",
    "Stell dr Wecker uf halbi sibni",
    "spiu öppis Ruhigs zum Znacht",
    "Hör uf mit dr Musig i dr Chuchi",
    "Lutstärchi uf füf",
    "Spiu Bohemian Rhapsody vo vore",
    "wie spät isch es",
]

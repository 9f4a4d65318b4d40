"""Writer 323, a Swiss German speaker from Bern writing as she speaks, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wär isch letscht Monet mi Nummer eis gsi?",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Weli Band hani i letschter Zyt am meischte glost?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Säg mer mau mini drü Top-Künschtler vo hüür",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Wär isch im Ougschte ganz vorne gsi bi mir?",
        family="top_artists",
        period="august",
    ),
    # top_tracks
    Fresh(
        text="Was isch eigetlech mis Lieblingslied, so überhoupt?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Weles Lied hani letscht Wuche am meischte glost?",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="Mini füf meischtgspilte Lieder vom Summer, bitte",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="Weles Lied isch letscht Summer am meischte gloffe?",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="Weles Album hani hüür am meischte glost",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsalbum sit em Oktober?",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="Weles Album isch zwänzgfüfezwänzg am meischte gloffe?",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="Weli Podcast lose-n-i i letschter Zyt am meischte?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Was isch färn mi Podcast gsi, wo-n-i am meischte glost ha?",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="Wie lang hani hüt Musig glost?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viu Stund hani die Wuche glost, öppe?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Wie lang hei mir geschter i dr Chuchi Musig gha?",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Im Oktober, wie lang si d Podcasts gloffe?",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Wie lang hani im Septämber glost, so gsamthaft?",
        family="listening_time",
        period="september",
    ),
    # plays
    Fresh(
        text="Wie mängs Lied hani hüt am Morge glost?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie mängs Mau isch vorgeschter öppis gloffe?",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Wie viu Podcast-Folge hani dä Monet glost?",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="I de letschte zwo Wuche, wie mängi Songs si das gsi?",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie viu verschideni Künschtler hani hüür glost?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie mängi Bands hei mir letscht Monet ghört?",
        family="artists_count",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Wie mängi Künschtler i de letschte drei Mönet?",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="Wie mängs verschidnigs Lied hani sit em Mäntig glost?",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Wie viu verschideni Songs i de letschte drissg Täg?",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="Wie mängisch hani Bohemian Rhapsody glost die Wuche?",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie viu Daft Punk hani dä Monet gha?",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="The Daily, wie mängs Mau isch dä i de letschte sibe Täg gloffe?",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    Fresh(
        text="Wie mängisch hani Züri West glost?",
        family="play_count",
        period="all_time",
        name="Züri West",
    ),
    # did_i
    Fresh(
        text="Hani geschter Justice glost?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Isch am Samschtig öppis vo Air gloffe?",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="Hani färn überhoupt Queen glost, he?",
        family="did_i",
        period="last_year",
        name="Queen",
    ),
    Fresh(
        text="Hani je mau Patent Ochsner glost?",
        family="did_i",
        period="all_time",
        name="Patent Ochsner",
    ),
    Fresh(
        text="Sit em März, hani da mau Eres glost vo Café Tacvba?",
        family="did_i",
        period="since_march",
        name="Eres by Café Tacvba",
    ),
    # what_played
    Fresh(
        text="Was isch letscht Nacht gloffe?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was hani am letschte Fritig glost?",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="Was für Musig isch hüt am Namittag gloffe?",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="Was hei mir letscht Wuchenänd so glost?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Geschter am Abe, was hani da gha?",
        family="what_played",
        period="yesterday_evening",
    ),
    # playing_at
    Fresh(
        text="Was isch geschter am Viertu vor achti gloffe?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was isch hüt am Morge am achti gloffe?",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Was isch geschter so am zäh ab achti am Abe gloffe, weisch no?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="Hüt am Viertu ab füfi, was isch da gloffe?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Was für Musig ghör i eigetlech gärn?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschrib mer mi Musiggschmack, gäu",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wenn lose-n-i am meischte, so Zyt u Tag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Um weli Zyt lose-n-i normalerwys Musig?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hani i letschter Zyt neui Künschtler entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Weli Bands si dä Monet nöi derzue cho?",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="Wie viu skippe-n-i eigetlech?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie mängs Lied hani die Wuche übersprunge?",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Lose-n-i immer di glyche Lieder? Wie viu widerhole-n-i?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie hööch isch mini Widerholigsquote hüür?",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie mängi Täg hindereinand hani jetz glost?",
        family="streak",
    ),
    Fresh(
        text="Wie lang geit mini Serie scho, ohni Pause?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wenn hani Café Tacvba s erschte Mau glost?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Sit wenn isch Phantom vo Justice bi mir drin?",
        family="first_play",
        name="Phantom by Justice",
    ),
    # last_play
    Fresh(
        text="Wenn hani z letscht Da Funk glost?",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="Wenn isch The Daily s letschte Mau gloffe?",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Was isch s letschte Lied gsi, wo-n-i glost ha?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit was hani hüt dr Tag agfange, musigmässig?",
        family="first_today",
    ),
    Fresh(
        text="Was isch hüt s erschte Lied gsi?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was isch vorgeschter s erschte Lied gsi?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Mit welem Lied hani am dritte Novämber agfange?",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Was hani geschter als letschts glost?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="S letschte Lied vom letschte Fritig, weles isch das gsi?",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="Weles Lied skippe-n-i am meischte?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Bi welem Künschtler drück i am meischte uf wyter?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Was louft bi mir grad uf Dauerschlaufe?",
        family="on_repeat",
    ),
    Fresh(
        text="Weles Lied bringi grad nid us em Chopf, das lose-n-i doch ständig",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Gimer e Rückblick uf dr Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Wie isch mini Wuche gsi, musigmässig?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Mach mer e Zämefassig vo mim Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Chasch mer e churze Überblick gä über mis Lose?",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Lose-n-i meh am Morge oder am Abe?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Lose-n-i am Wuchenänd meh aus under dr Wuche?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiu Daft Punk i dr Chuchi",
    "Mach d Musig chli lüter",
    "Was isch das für nes Lied?",
    "Überspring das Lied, bitte",
    "Pousier dr Podcast",
    "Nächschts Lied i dr Stube",
    "Lösch ds Liecht i dr Chuchi",
    "Spiu ds Album Discovery",
    "Lisliger, bitte",
    "Zuefallswiedergab aa",
    "Widerhou das Lied",
    "Verbind d Lutsprächer vo Chuchi u Stube",
    "Stell e Timer uf zäh Minute",
    "Wie wird ds Wätter morn in Bärn?",
    "Tue Milch uf d Ichoufsliste",
    "Mach d Heizig e chli ufe",
    "Was lose-n-i grad?",
    "Wär singt das?",
    "Stopp",
    "Spiu The Daily",
    "Spiu öppis vo Züri West",
    "Wie spät isch es?",
    "Wecker uf sächsi",
    "Was louft grad i dr Chuchi?",
    "Lutstärchi uf drissg",
    "Gang es Lied zrügg",
]

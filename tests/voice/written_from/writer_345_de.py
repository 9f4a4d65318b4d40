"""Writer 345, Basler Fasnächtler (Baseldytsch), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Sag emol, wär hani dä Monet am meischte glost?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wär isch letscht Johr mi Künschtler vom Johr gsi",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Vo wäm bin i in letschter Zyt eso agfrässe, so Künschtler-mässig?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="zwanzgfüfezwanzg, wär isch do by mir d Nummere eis gsi",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="Was isch mi Lieblingslied sit em Oktober?",
        family="top_tracks",
        period="since_october",
    ),
    Fresh(
        text="Nenn mer mini drei meischtgspilte Lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="mi meischtgspilt Lied in de letschte drissg Täg, weles isch das",
        family="top_tracks",
        period="last_30_days",
    ),
    Fresh(
        text="Weli Platte hani das Johr am meischte laufe loh?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Mi Lieblingsalbum im Summer, weles isch das gsi?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Weli Podcast los i eigentlich am meischte?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Im Oktober, was isch do mi Podcast gsi, dä won i am meischte glost ha",
        family="top_podcasts",
        period="october",
    ),
    Fresh(
        text="Wie lang isch geschter Musig gloffe in dr Kuchi?",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Wievyl Stunde hani die Wuche scho glost?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Heb emol, wie lang hän mir letscht Wuche Musig glost?",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wievyl Zyt hani die letschte sibe Täg mit Lose verbrocht?",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="Im letschte Summer, wie lang hani do überhaupt glost?",
        family="listening_time",
        period="last_summer",
    ),
    Fresh(
        text="Wievyl Lieder hani hüt scho gspilt?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wievyl Folge vom Podcast hani dä Monet glost",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Wievyl Sache sin in de letschte zwei Wuche gloffe, alles zämme?",
        family="plays",
        period="last_2_weeks",
    ),
    Fresh(
        text="Wievyl verschideni Künschtler hani sit em Merz ghört?",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="wie mängi verschideni Bands sin das Johr by mir gloffe",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wievyl verschideni Lieder hani in de letschte drei Mönet gspilt?",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="Wie mängs verschidens Liedli hani im Auguscht glost?",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="Wie mängisch hani Bohemian Rhapsody dä Monet glost?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wievyl Daft Punk hani sit Mäntig gha?",
        family="play_count",
        period="since_monday",
        name="Daft Punk",
    ),
    Fresh(
        text="wie mängisch hani überhaupt scho Patent Ochsner glost",
        family="play_count",
        period="all_time",
        name="Patent Ochsner",
    ),
    Fresh(
        text="Hani geschter Justice glost?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Isch hüt Morge The Daily gloffe?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hän mir am Samschtig Queen glost?",
        family="did_i",
        period="saturday",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="Du, han i in letschter Zyt öppis vo Air ghört?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="Hani je emol Stephan Eicher glost?",
        family="did_i",
        period="all_time",
        name="Stephan Eicher",
    ),
    Fresh(
        text="Dä D.A.N.C.E. vo Justice, isch dä die Wuche gloffe?",
        family="did_i",
        period="this_week",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="Was hani geschter Zobe glost, noch dr Pfyffer-Üebig?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was isch letscht Nacht alles gloffe?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="vorgeschter, was hani do alles ghört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was fir Musig isch am dritte November gloffe?",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="Hüt Nomittag, was hani do glost?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was isch geschter so gege Viertel vor achti gloffe?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was isch hüt Morge am halbi nüüni gloffe?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Hüt am füfi in dr Kuchi, was het do gspilt?",
        family="playing_at",
        moment="2026-11-20 17:00",
        room="kitchen",
    ),
    Fresh(
        text="Was isch geschter am Mittag am zwölfi gloffe?",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="Was fir Musig gfallt mer eigentlich, was meinsch?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschrib mer doch emol mi Musiggschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um weli Zyt los i normalerwys Musig?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="A welem Wuchetag und um wievyl Uhr los i am meischte?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hani dä Monet neui Künschtler entdeckt?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Weli Bands hani sit em Oktober s erscht Mol ghört?",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="Wie vyl skipp i eigentlich?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie hööch isch mi Skip-Rate die Wuche?",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="Los i immer di glyche Lieder? Wie hööch isch mi Wiederholigsrate?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie vyl han i dä Monet s Glyche immer wider glost?",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="Wievyl Täg hintereinander hani jetz scho glost?",
        family="streak",
    ),
    Fresh(
        text="Wie lang isch mi Serie, so Täg am Stück mit Lose?",
        family="streak",
    ),
    Fresh(
        text="Wenn hani Justice s erscht Mol ghört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Eres vo Café Tacvba, wenn isch das s erscht Mol gloffe?",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Wenn hani s letscht Mol Don't Stop Me Now glost?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wenn isch The Daily s letscht Mol gloffe?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Was isch s letschte Lied gsi, won i gspilt ha?",
        family="last_song",
    ),
    Fresh(
        text="Mit wellem Lied bin i hüt Morge ufgstande?",
        family="first_today",
    ),
    Fresh(
        text="Was isch hüt s allererschte Lied gsi?",
        family="first_today",
    ),
    Fresh(
        text="Was isch s erschte Lied gsi geschter?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit was hani am letschte Frytig agfange?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Was isch s letschte Lied am Samschtig gsi?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Mit wellem Lied hani im Oktober ufghört?",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="Weles Lied skipp i am meischte?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Bi welem Künschtler drugg i am meischte uf wyter?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Was fir e Lied lauft by mir grad in dr Dauerschlaufe?",
        family="on_repeat",
    ),
    Fresh(
        text="Weles Lied bringi grad nümm us em Chopf, das won i immer lauf loh?",
        family="on_repeat",
    ),
    Fresh(
        text="Verzell mol, wie isch mi Oktober gsi, musigmässig",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gimmer e Rückblick uf mis Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Sali, wie isch mi Wuche gsi mit dr Musig?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Mach mer e churze Überblick über mis Lose",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Los i meh am Morge oder am Obe?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Los i am Wuchenänd meh Musig als under dr Wuche?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel mer Daft Punk in dr Kuchi",
    "Mach d Musig lüter",
    "Was lauft grad in dr Kuchi?",
    "Was isch das fir e Lied?",
    "Überspring das Lied",
    "Pausier dr Podcast",
    "Nöchschts Lied in dr Stube",
    "Mach s Liecht in dr Kuchi us",
    "Spiel s Album Discovery",
    "Tue uf Zuefallswiedergab",
    "Stell e Timer uf zwanzg Minute",
    "Wie wird s Wätter morn?",
    "Schryb Räppli uf d Ykaufslischte",
    "Mach d Heizig uf zwanzg Grad",
    "Was los i grad jetz?",
    "Spiel dr Arabi, dr Pfyffermarsch",
    "Lyslig bitte, d Nochbere schlofe",
    "Wiederhol das Lied in dr Schlaufe",
    "Verbind dr Lutsprächer in dr Kuchi mit däm in dr Stube",
    "Lutstärki uf vier",
    "Spiel The Daily",
    "Stopp d Musig",
    "Wär singt das?",
    "Spiel e Guggemusig in dr Kuchi",
    "Weck mi am vieri, s isch Morgestraich",
]

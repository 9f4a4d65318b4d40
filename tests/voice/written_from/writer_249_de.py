"""Writer 249, a Bernese grandmother speaking Swiss-tinged German, warm and wandering, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="säg mer, weli Künstler han i letscht Wuche am meischte gloset",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer isch dä Summer mi Lieblingssänger gsi, i weiss es nümm",
        family="top_artists",
        period="summer",
    ),
    Fresh(
        text="vo wem bin i in letzter Zyt so ganz verrückt gsi, weli Band",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="weles Liedli han i das Jahr am meischte gspielt",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="säg mer mini drü meischtgspielte Lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="weles Album han i im Oktober am meischte glost",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="mis Lieblingsalbum im zwänzgfüfezwänzg, weles isch das gsi",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="weli Podcast han i in letzter Zyt am meischte ghört",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lang han i hüt Musig gloset",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wievil Stunde han i letscht Monet glost, alles zäme",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="wie lang isch bi üs am Wucheänd d Musig gloffe",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="wievil Liedli han i hüt Morge gspielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wievil Episode vo däm Podcast han i sit Oktober ghört",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="i de letschte drissg Täg, wievil Sache han i abgspielt",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="wievil verschiedeni Künstler han i das Jahr gloset",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wievil verschiedeni Lieder han i die Wuche ghört",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="wievil mal han i Bohemian Rhapsody gspielt, das schöne Liedli vo Queen",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="wievil mal hei mir im Oktober Queen gloset",
        family="play_count",
        period="october",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="wievil mal han i Mani Matter glost, dä ghör i doch gäng",
        family="play_count",
        period="all_time",
        name="Mani Matter",
    ),
    Fresh(
        text="han i gescht Justice gloset?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="vorgestern, han i da öppis vo Air ghört",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="han i das Jahr Patent Ochsner glost, i mein scho",
        family="did_i",
        period="this_year",
        name="Patent Ochsner",
    ),
    Fresh(
        text="was han i gescht z Abe gloset",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was isch bi üs am Samschtig gloffe",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="erzähl mal, was han i am dritte November ghört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was isch gescht am Viertel vor acht gloffe",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="hüt am halb nüni i de Chuchi, was isch da gloffe",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="was für Musig ghör i eigentlech gärn, säg mer das mal",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um weli Zyt los i gäng Musig, und a welem Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="han i in letzter Zyt öpper Neus entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="weli Künstler han i sit März zum erschte Mal ghört",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="wie oft tuen i überspringe, i bi halt ungeduldig",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="los i gäng di glyche Liedli immer wieder, wie fescht",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wievil Täg hintereinand han i jetzt gloset",
        family="streak",
    ),
    Fresh(
        text="wenn han i Café Tacvba s erscht Mal ghört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wenn han i s letscht Mal Don't Stop Me Now gloset",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="was isch s letschte Liedli gsi, won i gspielt ha",
        family="last_song",
    ),
    Fresh(
        text="was isch hüt s erschte Lied gsi",
        family="first_today",
    ),
    Fresh(
        text="s erschte Lied vo gescht, säg mer",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was han i am letschte Fritig als letschts gloset",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="weles Lied überspring i am meischte",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="weli Band überspring i gäng",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="weles Liedli lauft bi mir grad uf Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="verzell mer, wie isch mi Oktober gsi",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mer e Rückblick uf mis Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="los i meh am Morge oder am Abe",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="ghör i am Wucheänd meh Musig als under der Wuche",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wievil mal han i im August Daft Punk ghört",
        family="play_count",
        period="august",
        name="Daft Punk",
    ),
    Fresh(
        text="i de letschte sibe Täg, wievil Liedli sind das gsi",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="letschte Summer, wer isch da gäng gloffe, weli Künstler",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="was han i sit em Mäntig alles gloset",
        family="what_played",
        period="since_monday",
    ),
    Fresh(
        text="wievil verschiedeni Interpreten hei mir im September gha",
        family="artists_count",
        period="september",
        person="we",
    ),
    Fresh(
        text="i de letschte drü Monet, wie lang han i da Podcasts ghört",
        family="listening_time",
        period="last_3_months",
        content="podcasts",
    ),
    Fresh(
        text="wie isch mi Wuche gsi mit der Musig",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="was isch gescht z Nacht s letschte Lied gsi",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="hüt Namittag, was han i da ghört",
        family="what_played",
        period="this_afternoon",
    ),
]

NEGATIVES = [
    "spiel Daft Punk i de Chuchi",
    "mach d Musig lüter, i ghöre nüt",
    "weles Liedli isch das, wo grad lauft",
    "überspring das Lied, das gfallt mer nid",
    "halt dr Podcast a, s Telefon lütet",
    "nächschts Lied i der Stube",
    "lösch s Liecht i de Chuchi",
    "spiel ds Album Discovery",
    "lisliger bitte, s Grosskind schlaft",
    "mach Zuefallswiedergab a",
    "tue das Lied uf Wiederholig",
    "verbind dr Lutsprecher i de Chuchi mit dem i der Stube",
    "stell e Wecker uf zäh Minute, dr Zopf isch im Ofe",
    "wie wird ds Wätter hüt",
    "schrib Anke und Milch uf d Ychaufslischte",
    "stell d Heizig uf zwäuezwänzg Grad",
    "was los i grad jetzt",
    "spiel The Daily",
    "spiel Mani Matter",
    "stopp d Musig",
    "spiel das Liedli no einisch",
    "wie spät isch es",
]

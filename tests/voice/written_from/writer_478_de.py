"""Writer 478, a speaker of Bernese Swiss German (Bärndütsch), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Wär isch i letschter Zyt mi Lieblingskünschtler gsi?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="weli drü Bands han i hüür am meischte gloset",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="säg mau wär si mini Top füf Künschtler sit Oktober",
        family="top_artists",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="Was isch dä Monet mis meischtglosete Liedli?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="weles Lied het d Ada im Oktober am meischte glost",
        family="top_tracks",
        period="october",
        person="Ada",
    ),
    Fresh(
        text="Weles Album han i dä Summer am meischte ghört?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="i de Chuchi, weles Album louft dert am meischte",
        family="top_albums",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="weli Podcast losen i aube am liebschte",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lang han i geschter Musig gloset",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wi viu Stund hei mir letscht Wuche glost?",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wi viu han i hütt am Namittag glost",
        family="listening_time",
        period="this_afternoon",
    ),
    Fresh(
        text="wie lang han i im 2025 Podcasts glost",
        family="listening_time",
        period="in_2025",
        content="podcasts",
    ),
    Fresh(
        text="wie mängs Liedli han i hütt scho gloset",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie mängi Podcastfolge sy's im Septämber gsi?",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie mängs Lied han i am dritte November glost",
        family="plays",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="wie mängi verschiedeni Künschtler han i sit Mäntig glost",
        family="artists_count",
        period="since_monday",
    ),
    Fresh(
        text="Wi viu verschiedeni Künschtler sy's i de letschte drei Mönet gsi?",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie mängs verschiedene Lied isch i de letschte drissg Täg gloffe",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wie mängs verschidnigs Liedli han i die Wuche gloset?",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="wie mängisch han i Bohemian Rhapsody dä Monet glost",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie mängisch isch Daft Punk färn gloffe?",
        family="play_count",
        period="last_year",
        name="Daft Punk",
    ),
    Fresh(
        text="wie mängisch isch Digital Love i de letschte zwöi Wuche gloffe",
        family="play_count",
        period="last_2_weeks",
        name="Digital Love",
    ),
    Fresh(
        text="Han i vorgeschter Queen glost?",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
    ),
    Fresh(
        text="isch am Wucheänd öppis vo Justice gloffe",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="Hei mir färn im Summer Radiohead glost?",
        family="did_i",
        period="last_summer",
        name="Radiohead",
        person="we",
    ),
    Fresh(
        text="han i sit März Eres vo Café Tacvba gloset",
        family="did_i",
        period="since_march",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="was han i geschter z Abe glost",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Verzeu mau, was isch hütt am Morge gloffe?",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was isch letschti Nacht gloffe",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was hei mir am Samschtig glost?",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was isch geschter am Viertu vor achti am Abe gloffe",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was het's hütt am Morge am haubi nüni gspiut?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was isch am Mittwuch am nüni am Abe gloffe",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Was für ne Musiggschmack han i eigentlech?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wenn los i aube am meischte, zu wellere Zyt und a welem Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Han i i letschter Zyt nöji Künschtler entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="weli Künschtler han i im Ougschte zum erschte Mau ghört",
        family="new_artists",
        period="august",
    ),
    Fresh(
        text="wie mängisch überspring i eigentlech Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie mängisch han i di letschte sibe Täg öppis übersprunge?",
        family="skips",
        period="last_7_days",
    ),
    Fresh(
        text="los i gäng di glyche Liedli, wie höch isch mini Wiederholigsquote",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie mängi Täg hintereinand han i jetz scho glost",
        family="streak",
    ),
    Fresh(
        text="Wenn han i ds erschte Mau Air gloset?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="wenn isch Don't Stop Me Now ds letschte Mau gloffe",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wenn han i ds letscht Mau The Daily glost?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="was isch ds letschte Liedli gsi won i glost ha",
        family="last_song",
    ),
    Fresh(
        text="Mit welem Lied bin i hütt i Tag gstartet?",
        family="first_today",
    ),
    Fresh(
        text="weles Lied han i letscht Fritig als erschts glost",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Weles Liedli isch geschter ds letschte gsi?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="weles Lied überspring i am meischte",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Bi welem Künschtler drück i am meischte uf wyter?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="weles Liedli lauft bi mir im Momänt i dr Dauerschlaufe",
        family="on_repeat",
    ),
    Fresh(
        text="Verzeu mau, wie isch mi Monet gsi?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="mach mer e Rückblick uf färn",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="Los i meh am Morge oder meh am Abe?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="los i am Wucheänd meh aus under dr Wuche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiu Daft Punk i de Chuchi",
    "mach d Musig chli lüüter",
    "Was louft grad i de Chuchi?",
    "weles Lied isch das",
    "Überspring das Liedli",
    "stopp dr Podcast",
    "Nächschts Lied im Wohnzimmer bitte",
    "lösch ds Liecht i de Chuchi",
    "Spiu ds Album Discovery",
    "mach e Timer für zäh Minute",
    "Wie wird ds Wätter morn z Bärn?",
    "tue Milch uf d Ichoufsliste",
    "Stell d Heizig uf zwöiezwänzg Grad",
    "mach d Zuefallswiedergab a",
    "Wiederhou das Lied bitte",
    "verbind dr Lutsprächer i de Chuchi mit em Wohnzimmer",
    "Was los i grad jetz?",
    "mach chli lisliger",
    "Spiu di nöischti Folg vo The Daily",
    "spiu Queen im Schlafzimmer",
    "Wär singt das grad?",
    "mach d Musig us",
    "gang es Liedli zrügg",
    "Stell d Lutstärchi uf drissg Prozänt",
    "mach dr Podcast wyter",
]

"""Writer 163, Nachtradio-Liebhaberin aus Münster (Westfälisch), fragt nach genauen Uhrzeiten, Deutsch."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wat lief gestern um 19:45, woll",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="getz sach ma, wat lief heute Morgen um Viertel nach acht in der Küche",
        family="playing_at",
        moment="2026-11-20 08:15",
        room="kitchen",
    ),
    Fresh(
        text="wat war um zwanzig Uhr zehn gestern Abend an",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="um halb sechs heute Nachmittag, wat lief da",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="wat lief am Samstag um 21 Uhr bei uns",
        family="playing_at",
        moment="2026-11-14 21:00",
        person="we",
    ),
    Fresh(
        text="wat hab ich gestern zwischen 18 Uhr und Mitternacht gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat lief heute zwischen zwölf und achtzehn Uhr",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="wer war diese Woche mein Künstler Nummer eins",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="meine drei meistgespielten Lieder im Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="welches Album hab ich letzten Monat am meisten laufen lassen",
        family="top_albums",
        period="last_month",
    ),
    Fresh(
        text="wie lange lief letzte Nacht Musik, ich lag im Pölter noch wach",
        family="listening_time",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="wie viele Lieder hab ich heute schon gehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="hab ich gestern Abend Queen gehört, woll",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief Da Funk diesen Monat",
        family="play_count",
        period="this_month",
        name="Da Funk",
    ),
    Fresh(
        text="mit wat bin ich heute wach geworden",
        family="first_today",
    ),
    Fresh(
        text="wat hab ich zuletzt gehört",
        family="last_song",
    ),
    Fresh(
        text="wann lief Justice eigentlich dat allererste Mal bei mir",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief Bohemian Rhapsody dat letzte Mal",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="welches Lied hab ich getz ständig in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="wat für Musik hör ich eigentlich so, kumm sach ma",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="welchen Podcast hör ich in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="erzähl ma, wie war mein Monat so musikalisch",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Jahresrückblick für zweitausendfünfundzwanzig bitte",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="hör ich mehr morgens oder mehr abends, ich sach ja abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am Wochenende mehr als unter der Woche, woll",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="um wie viel Uhr hör ich meistens Musik und an welchem Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hab ich diesen Monat neue Künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skipp ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör ich dieselben Lieder immer wieder oder wat",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich getz schon wat gehört",
        family="streak",
    ),
    Fresh(
        text="welches Lied überspring ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler skip ich am meisten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wie viele verschiedene Künstler waren dat dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene Lieder liefen letzte Woche",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="wat war dat letzte Lied vorgestern",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wat lief letzten Freitag als Erstes",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="hab ich im Sommer wat von Radiohead gehört",
        family="did_i",
        period="summer",
        name="Radiohead",
    ),
    Fresh(
        text="wat hab ich letztes Wochenende so gehört",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="wat lief vorgestern um Viertel nach neun abends",
        family="playing_at",
        moment="2026-11-18 21:15",
    ),
    Fresh(
        text="um acht Uhr heute früh, wat lief da inner Küche",
        family="playing_at",
        moment="2026-11-20 08:00",
        room="kitchen",
    ),
    Fresh(
        text="am dritten November um zwölf Uhr mittags, wat war da an",
        family="playing_at",
        moment="2026-11-03 12:00",
    ),
    Fresh(
        text="zehn vor acht gestern Abend, wat war dat fürn Lied, ich stand im Pängel am Herd",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="wie viele Stunden Podcast hab ich seit Montag gehört",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wie oft hab ich The Daily in den letzten 30 Tagen gehört",
        family="play_count",
        period="last_30_days",
        name="The Daily",
    ),
    Fresh(
        text="lief in letzter Zeit wat von Air",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="wann hab ich Eres von Cafe Tacuba dat erste Mal gehört",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="wat war letzten Sommer mein Lieblingsalbum",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="wie viele Folgen hab ich seit März gehört",
        family="plays",
        period="since_march",
        content="podcasts",
    ),
    Fresh(
        text="wer war in den letzten drei Monaten mein Lieblingskünstler",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie lange haben wir letzten Monat Musik gehört",
        family="listening_time",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="Top fünf Lieder im August, getz ma",
        family="top_tracks",
        period="august",
        count=5,
    ),
    Fresh(
        text="wat lief am dritten November so alles",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="wat hab ich heute Morgen zwischen fünf und zwölf gehört",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="neue Künstler seit Oktober?",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="gib mir ma nen Rückblick auf letzte Woche",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="wat war am Samstag dat letzte Lied, so kurz vor Mitternacht",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="wann lief Wet Leg zuletzt",
        family="last_play",
        name="Wet Leg",
    ),
    Fresh(
        text="wie oft hab ich im September geskippt",
        family="skips",
        period="september",
    ),
    Fresh(
        text="bin ich eher so ne Nachteule beim Hören oder hör ich mehr nachmittags",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="wat war dat allerletzte Lied, dat hier lief",
        family="last_song",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "mach ma lauter, dat is nich zu hören",
    "wat is dat fürn Lied grade",
    "nächstes Lied",
    "Podcast ma anhalten",
    "mach dat Licht in der Küche aus",
    "stell nen Wecker auf 06:30",
    "wie wird dat Wetter morgen in Münster",
    "mach WDR 2 an",
    "Zufallswiedergabe an",
    "Lautstärke auf vier",
    "Küche und Wohnzimmer zusammen abspielen",
    "Timer auf zehn Minuten, die Kumme Suppe steht inner Mikrowelle",
    "setz Milch auf die Einkaufsliste",
    "Heizung auf zwanzig Grad",
    "spiel dat Album Discovery",
    "wiederhol dat Lied",
    "wat hör ich getz grade",
    "mach die Musik um 23 Uhr aus",
    "Schlummerfunktion auf 30 Minuten",
    "überspring dat, is nix",
    "dreh ma leiser, die Nachbarn",
    "mach den Deutschlandfunk an",
    "spiel wat von Queen inner Küche",
    "wie spät is dat getz",
]

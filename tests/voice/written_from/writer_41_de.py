"""Writer 41, Hamburg joker, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Moin, sag mal, wer war in letzter Zeit so mein Lieblingskünstler, Digger, ich ahn's schon",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="na, wer is dies Jahr mein Nummer-eins-Künstler, büschen peinlich wahrscheinlich",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="in der Küche, wer läuft da am meisten, so seit Oktober",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="wat war mein meistgespieltes Lied letzten Monat, sei ehrlich",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="nenn mir mal meine drei meistgehörten Songs aller Zeiten, ich halt dat aus",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="welches Album hab ich im Sommer rauf und runter gehört",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welcher Podcast hat mich grad so richtig am Haken, als ob ich's nich wüsst",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="welcher Podcast war zweitausendfünfundzwanzig so mein Ding",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="na, wie lange lief bei mir diese Woche Musik, in Stunden, ich will's eigentlich gar nich wissen",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie viel hab ich gestern Abend so gehört, zeitmäßig mein ich",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="wie viele Minuten hab ich heut Nachmittag gehört, nur büschen, oder?",
        family="listening_time",
        period="this_afternoon",
    ),
    Fresh(
        text="wie viele Lieder hab ich heut schon laufen lassen, Digger",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen Podcast hab ich im Oktober weggehört",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Titel liefen am Samstag bei uns",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hab ich dies Jahr gehört, bestimmt nur so drei, ne?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Lieder warn dat in den letzten dreißig Tagen",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="na, wie oft hab ich diese Woche Queen gehört, nu sag schon",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief Bohemian Rhapsody bei mir insgesamt, Schiet, ich schäm mich jetzt schon",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft hab ich letztes Jahr Radiohead gehört, so aus Bildungsgründen",
        family="play_count",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich in letzter Zeit überhaupt Justice gehört, oder bin ich weich geworden",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="lief bei uns letzte Woche eigentlich Daft Punk?",
        family="did_i",
        period="last_week",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="Wet Leg, hab ich die dies Jahr gehört, glaub nich, ne?",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="wat hab ich gestern gehört, Digger, ich weiß nix mehr",
        family="what_played",
        period="yesterday",
    ),
    Fresh(
        text="was hatt ich heut früh so laufen, vorm Kaffee",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Moin, was hab ich am dritten November gehört, weißt du dat noch",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was lief gestern Abend um zehn nach acht",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="was lief heut Morgen um halb neun in der Küche, ich war noch nich ganz wach",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="wat lief am Mittwoch um zwölf Uhr mittags, da hab ich Fischbrötchen gegessen",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="sag mal ehrlich, was hab ich eigentlich für'n Geschmack, mach mich ruhig fertig",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel Uhr hör ich meistens, und an welchem Tag am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich in den letzten drei Monaten irgendwen Neues entdeckt, oder immer derselbe Schiet",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wen hab ich seit März neu für mich entdeckt, wenn überhaupt",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="wie oft skip ich eigentlich Lieder, so prozentual, ich bin ungeduldig, ich weiß",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie sehr hör ich immer wieder dieselben Lieder, is dat schon bedenklich",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich jetzt schon wat gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich Daft Punk dat allererste Mal gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann lief Dance von Justice zum ersten Mal bei mir",
        family="first_play",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="wann hab ich zuletzt The Daily gehört, ich wollt doch informiert bleiben",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann lief zuletzt Moon Safari, dat Album von Air",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="was war dat letzte Lied, das ich gehört hab, überhaupt",
        family="last_song",
    ),
    Fresh(
        text="womit bin ich heut wach geworden, musikalisch mein ich",
        family="first_today",
    ),
    Fresh(
        text="was war vorgestern dat erste Lied",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="welches Lied hab ich im August als allererstes gehört",
        family="first_in",
        period="august",
    ),
    Fresh(
        text="mit welchem peinlichen Lied hab ich letzte Nacht aufgehört",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="letzten Freitag, was war da dat letzte Lied, bevor ich ins Bett bin",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches Lied skip ich am meisten, Digger",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler drück ich am häufigsten weg, die Armen",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches Lied läuft bei mir grad in Dauerschleife, na?",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie war mein Monat so, musikmäßig",
        family="recap",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="gib mir mal 'n Rückblick auf letztes Jahr, lass uns büschen klöönen über meine Hörsünden",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends, wat meinst du",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="läuft bei mir unter der Woche mehr Musik oder am Wochenende, snack mal",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Moin, spiel mal Daft Punk in der Küche",
    "mach mal lauter, Digger",
    "was is dat für'n Lied grad",
    "skip dat mal, dat is Schiet",
    "Podcast pausieren, ich muss mal kurz schnacken",
    "nächster Titel im Wohnzimmer",
    "mach dat Küchenlicht aus",
    "spiel dat Album Discovery",
    "Lautstärke auf fünf, nu mach schon",
    "Zufallswiedergabe an, überrasch mich",
    "mach Wiederholung an, für dat Lied hier",
    "verbind mal den Lautsprecher in der Küche mit dem im Wohnzimmer",
    "stell 'n Timer auf zehn Minuten, für die Nudeln",
    "wie wird dat Wetter morgen, wieder Schietwetter?",
    "setz Franzbrötchen auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad, mir is kalt",
    "was hör ich grad eigentlich, ich war nich bei der Sache",
    "was läuft grad in der Küche",
    "spiel büschen Queen, ich brauch dat jetzt",
    "Musik aus, Nachbar klingelt",
    "spiel die neueste Folge von The Daily",
    "mach leiser, ich telefonier",
    "wer singt dat hier gerade",
    "geh ein Lied zurück, Digger, dat war zu schnell",
]

"""Writer 364, Berlinerin mit Berliner Schnauze, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wer war denn mein Künstler des Jahres, wa",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="sach ma, wen hab ick in letzter Zeit am meisten jehört",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="meine drei Top-Künstler letzten Monat, aber dalli",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="wer war zweitausendfünfundzwanzig mein meistjehörter Künstler",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="wat war denn mein Lieblingslied im Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="nenn ma meine fünf meistjespielten Lieder",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welchet Album hab ick diesen Sommer am meisten uffjelegt",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="wat is mein Lieblingsalbum, so insjesamt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="letzten Sommer, welchet Album lief da am meisten",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="welcher Podcast läuft bei mir in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="meen Lieblingspodcast letztet Jahr, wat war det",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="wie lange lief heute schon Musik bei mir",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie ville Stunden hab ick letzte Woche jehört",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lange hatten wa jestern Abend in der Küche wat laufen",
        family="listening_time",
        period="yesterday_evening",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie ville Musik lief in den letzten dreißig Tagen, so zeitmäßig",
        family="listening_time",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="wie ville Lieder hab ick heute jespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie ville Folgen hab ick im September jehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="seit Oktober, wie ville Lieder warn det insjesamt",
        family="plays",
        period="since_october",
        content="music",
    ),
    Fresh(
        text="wie ville verschiedene Künstler hab ick dit Jahr jehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="in den letzten drei Monaten, wie ville Künstler warn det so",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie ville unterschiedliche Lieder warn det diese Woche",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="wie oft hab ick Bohemian Rhapsody jespielt, sag ehrlich",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie ville Daft Punk lief seit Montag",
        family="play_count",
        period="since_monday",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ick Radiohead jehört dit Jahr",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="hab ick jestern wat von Justice jehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Queen in letzter Zeit, lief da wat",
        family="did_i",
        period="lately",
        name="Queen",
    ),
    Fresh(
        text="ham wa am Samstag Café Tacvba jehört",
        family="did_i",
        period="saturday",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="hab ick heute Morjen The Daily jehört oder nich",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="wat hab ick letzte Nacht jehört",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="wat lief denn vorjestern so",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wat hatten wa letzten Freitag so an",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="wat hab ick heute Nachmittag so jehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="wat lief jestern Abend so um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wat lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="heute Nachmittag um fünf nach fünf, wat war da an",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="wat hör ick eigentlich für Musik, so jeschmacksmäßig",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib ma meinen Musikjeschmack, aber ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie ville Uhr hör ick meistens, und an welchem Tach",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ick in letzter Zeit wen Neuet entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler warn diesen Monat neu bei mir",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skipp ick eigentlich so",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is meine Skiprate diesen Monat",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="hör ick imma dieselben Lieder, wie hoch is die Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie ville Tage am Stück hab ick jetze schon jehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ick Justice det erste Mal jehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann is Sexy Boy von Air bei mir drin, wann lief dit zum ersten Mal",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="wann lief zuletzt Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann hab ick det letzte Mal The Daily jehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wat war det letzte Lied, wat ick jespielt hab",
        family="last_song",
    ),
    Fresh(
        text="womit bin ick heute uffjewacht, musikalisch jesehn",
        family="first_today",
    ),
    Fresh(
        text="wat war det erste Lied jestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erstet Lied am Samstag, wat war det",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="womit hab ick letzten Freitag uffjehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="letztet Lied im Oktober, wat war det nochma",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="welchet Lied skipp ick am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler drück ick am häufigsten wech",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wat hab ick jetze in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welchet Lied kann ick jrade nich lassen, läuft dit ständig",
        family="on_repeat",
    ),
    Fresh(
        text="na, wie lief mein November bis jetze so",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="jib ma mal 'n Rückblick uff mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war die letzte Woche so, zusammenjefasst",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="hör ick mehr morjens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wochenende oder Werktage, wann hör ick mehr, wa",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel ma Daft Punk in der Küche",
    "mach die Musik lauter, icke hör ja nüscht",
    "wat is det fürn Lied jrade",
    "skipp ma det Lied, det nervt",
    "Podcast anhalten",
    "nächstet Lied im Wohnzimmer",
    "mach det Licht in der Küche aus",
    "spiel det Album Discovery",
    "Lautstärke uff sechs",
    "mach ma Zufallswiedergabe an",
    "Wiederholung aus, det reicht",
    "Küche und Wohnzimmer zusammen koppeln",
    "stell 'n Timer uff zehn Minuten",
    "wie wird det Wetter morjen",
    "schreib Schrippen uff die Einkaufsliste",
    "dreh die Heizung hoch, is ja arschkalt",
    "wat hör ick jetze jrade",
    "wat läuft in der Küche",
    "leiser ma, Mensch",
    "spiel The Daily",
    "stopp die Musik",
    "spiel wat Entspanntet in der Küche",
    "wer singt det hier",
    "spiel Bohemian Rhapsody von Queen",
]

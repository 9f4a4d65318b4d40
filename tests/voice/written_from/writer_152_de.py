"""Writer 152, Berliner Nachtschwester, fragt nachts um drei, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wen hab ick letzte Woche am meisten jehört, wa",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wat war denn mein Lieblingslied diesen Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welchet Album lief bei mir dit Jahr am meisten",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="welcher Podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange lief letzte Nacht Musik",
        family="listening_time",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="hab ick letzte Nacht Queen jehört oder nüscht",
        family="did_i",
        period="last_night",
        name="Queen",
    ),
    Fresh(
        text="wat lief denn heute Nacht um drei",
        family="playing_at",
        moment="2026-11-20 03:00",
    ),
    Fresh(
        text="wie viele Lieder hab ick heute jehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene Künstler warn det diesen Monat",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="wie oft lief Bohemian Rhapsody diese Woche",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wat hab ick jestern Abend so jehört vorm Dienst",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="sag mal, wat is'n eigentlich mein Jeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel Uhr hör ick meistens, und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="irgendwat Neuet in letzter Zeit, so neue Künstler",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="überspring ick viel",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ick jetz wat jehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ick Justice det erste Mal jehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief The Daily zuletzt",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wat war det letzte Lied, wa",
        family="last_song",
    ),
    Fresh(
        text="womit hab ick heute anjefangen",
        family="first_today",
    ),
    Fresh(
        text="erzähl mal, wie war meine Woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="wat hab ick vorjestern als erstet jespielt",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="womit hab ick letzte Nacht uffjehört",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="welchet Lied überspring ick am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="bei welchem Künstler drück ick am häufigsten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wat läuft bei mir grad so in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="hör ick mehr morjens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wochenende oder unter der Woche, wann hör ick mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="hör ick eigentlich immer die selben Lieder",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="jestern Abend um zehn nach acht, wat lief da",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="heute früh um acht wat lief da",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="meine drei meistjehörten Lieder überhaupt",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="wen hab ick im Oktober am meisten jehört",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="wie viele Stunden hab ick letzten Monat jehört",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="hab ick schon mal Radiohead jehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="wie oft hatten wir letzte Woche Daft Punk an",
        family="play_count",
        period="last_week",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="kiek mal, wie war mein Jahr so",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="neue Künstler im September, jab et da wat",
        family="new_artists",
        period="september",
    ),
    Fresh(
        text="wie viele Folgen hab ick seit Montag jehört",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wie viele verschiedene Lieder in den letzten dreißig Tagen",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="mein Lieblingsalbum im Sommer, welchet war det",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="letzten Sommer, wer war da meine Nummer eins",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="wat hab ick am Samstag jehört",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="lief heute Morjen The Daily oder hab ick det verpennt",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="wann lief Eres von Café Tacvba zuletzt",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="letzten Freitag, wat war det letzte Lied",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="wie viel hab ick zweitausendfünfundzwanzig insjesamt jehört",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="wie oft überspring ick diesen Monat",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="jestern Nacht um halb zwölf, wat lief da",
        family="playing_at",
        moment="2026-11-19 23:30",
    ),
    Fresh(
        text="wie viel Musik hatten wir jestern inne Küche",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="D.A.N.C.E. von Justice, wie oft hab ick det in letzter Zeit jehört",
        family="play_count",
        period="lately",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="mein Lieblingspodcast im August",
        family="top_podcasts",
        period="august",
    ),
]

NEGATIVES = [
    "spiel mal Daft Punk inne Küche",
    "mach mal leiser, wa",
    "wat is'n det für'n Lied",
    "nächstet Lied",
    "Podcast anhalten",
    "Licht inne Küche aus",
    "stell'n Timer uff zehn Minuten",
    "wie wird det Wetter morjen früh",
    "schreib Milch uff'n Einkaufszettel",
    "Zufallswiedergabe an",
    "wat hör ick grad",
    "spiel det Album Discovery",
    "lauter",
    "überspring det",
    "Wiederholung aus",
    "Lautsprecher inne Küche und im Wohnzimmer verbinden",
    "Heizung uff zweiundzwanzig",
    "weck mich um zwei",
    "spiel The Daily",
    "wie spät is et",
    "stopp",
    "spiel wat Ruhiget, ick muss runterkommen",
    "wat läuft inne Küche",
    "mach die Musik aus",
    "nächste Folge",
    "zurück zum vorherjen Lied",
]

"""Writer 340, ein Erzgebirgler Holzschnitzer aus Seiffen (Erzgebirgisch), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Wer war denn mei Nummer eins letzte Woche, gelle",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="nu sog emol, wen hab iech dieses Johr am meisten gehört",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Von wem bin iech in letzter Zeit fei ganz vernarrt",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Wos is denn mei Lieblingslied",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="De drei Lieder, die iech im Oktober am meisten gespielt hab",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="welches Lied lief diesen Monat am öftesten",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Welche Platte hab iech im Sommer am meisten laufen lassen",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Mei Lieblingsalbum vom letzten Johr, welches war'n des",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="Wos is mei Podcast, den iech in letzter Zeit am meisten hör",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie lange lief heiz Musik in dr Kiche",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie viel Stunden hab iech letzten Monat zugehört",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="Wie lang ham mir vorgestern ä bissl Musik gehabt",
        family="listening_time",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie viele Lieder hab iech seit Montag gespielt",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="Wie viel Folgen vom Podcast hab iech dieses Johr gehört",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele verschiedne Künstler hab iech ä seit März gehört",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="wie viel verschiedne Lieder warn's letzte Woche",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Wie oft hab iech Bohemian Rhapsody gespielt, des ganze Johr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="The Daily, wie oft lief des in de letzten dreißig Tage",
        family="play_count",
        period="last_30_days",
        name="The Daily",
    ),
    Fresh(
        text="Wie oft hab iech Queen gehört die Woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Hab iech gestern Daft Punk gehört, nu?",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Lief vorgestern wos vo Air",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="Ham mir letztes Johr Café Tacvba gehört",
        family="did_i",
        period="last_year",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="Hab iech heiz schon de Randfichten gehört",
        family="did_i",
        period="today",
        name="De Randfichten",
    ),
    Fresh(
        text="Wos hab iech gestern Ahmd gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wos lief denn heiz früh fei",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="am Samstag, wos ham mir do für Musik gehört",
        family="what_played",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wos lief gestern Ahmd um dreiviertel acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Wos war heiz früh um viertel neun dran",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="Vorgestern um neune ahmds, wos lief do in dr Kiche",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    Fresh(
        text="Wos hab iech eigentlich fürn Musikgeschmack, gelle",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr hör iech meistens Musik, un an welchem Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Hab iech in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wen hab iech diesen Monat zum ersten Mal gehört, wos Neues",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wie oft drück iech weiter, also überspringen mein iech",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Hör iech immer de gleichen Lieder, wie oft wiederhol iech die",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Tage am Stück hab iech jetzt schon wos gehört",
        family="streak",
    ),
    Fresh(
        text="Wann hab iech Justice zum ersten Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann lief des letzte Mal Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="nu, wos war des letzte Lied, des iech gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="Wos war heiz mei erstes Lied",
        family="first_today",
    ),
    Fresh(
        text="Mit welchem Lied hab iech gestern angefangen",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Wos war des letzte Lied letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Welches Lied überspring iech am allermeisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler drück iech am öftesten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wos läuft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl emol, wie war mei November",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie war mei Johr musikalisch, sog emol",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Hör iech früh mehr oder ahmds",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör iech am Wochenende mehr als unter dr Woch",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel ä bissl Daft Punk in dr Kiche",
    "Mach de Musik fei ä bissl lauter",
    "Wos is des fürn Lied",
    "Überspring des Lied, des mog iech nich",
    "Halt ämol den Podcast an",
    "Nächstes Lied in dr Stube",
    "Mach's Licht in dr Kiche aus",
    "Spiel des Album Discovery",
    "Spiel Weihnachtslieder aus'm Erzgebirge",
    "Leiser, gelle",
    "Zufallswiedergabe an",
    "Mach des Lied in Dauerschleife",
    "Verbind dän Lautsprecher in dr Kiche mit dem in dr Stube",
    "Stell ä Wecker auf zehn Minuten fürn Leim",
    "Wie wird's Wetter morgen in Seiffen",
    "Schreib Räucherkerzen auf de Einkaufsliste",
    "Mach de Heizung auf zweiundzwanzig Grad",
    "Wos hör iech grad",
    "Wos läuft grad in dr Kiche",
    "Spiel de neue Folge vo The Daily",
    "Mach de Musik aus, nu",
    "Spiel De Randfichten",
    "Erinner mich heiz um viere an de Pyramide",
    "Noch ämol des vorige Lied",
]

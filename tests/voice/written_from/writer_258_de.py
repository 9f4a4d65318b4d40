"""Writer 258, winemaker from the Palatinate speaking Pfälzisch, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Sag mol, wer war'n mei Künschtler Nummer eens des Johr?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wen hab isch die letscht Woch am meischde gehört, gell",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Welle Band hot misch in letschder Zeit so richtisch gepackt?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Wer war'n so mei Künschtler im Auguscht, während de Lese-Vorbereitung",
        family="top_artists",
        period="august",
    ),
    Fresh(
        text="Zwanzisch fünfezwanzisch, wer war do mei Top-Band?",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="Was war mei Lieblingslied im Oktober?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Nenn mer mol mei drei meischt gspielte Lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Welles Album hab isch im Summer am meischde laafe losse?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Welles Album hab isch die letschde drei Monat am meischde gehört",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="Welle Podcascht hör isch eischendlisch am liebschde?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wie lang is bei mir heit Musik gelaafe?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wieviel Stunne hab isch de Monat Podcascht gehört, sag",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Wie lang hab isch die letschde siwwe Daach insgesamt gehört?",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="Wieviel Lieder ware's heit morge in de Küch?",
        family="plays",
        period="this_morning",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Wieviel is letschde Monat bei uns gspielt worre, alles zamme?",
        family="plays",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Wieviel Lieder hammer am Wocheend gspielt?",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wieviel verschiedene Künschtler hab isch seit März gehört?",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="Wieviel verschiedene Lieder ware's letscht Johr?",
        family="songs_count",
        period="last_year",
    ),
    Fresh(
        text="Seit Mondag, wieviel verschiedene Lieder ware's do?",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Wie oft hab isch de Daft Punk die Woch gspielt?",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft lief'n Bohemian Rhapsody seit Oktober?",
        family="play_count",
        period="since_october",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief Sexy Boy in de letschde dreißisch Daach?",
        family="play_count",
        period="last_30_days",
        name="Sexy Boy",
    ),
    Fresh(
        text="Wieviel Mol hab isch im September The Daily ghört?",
        family="play_count",
        period="september",
        name="The Daily",
    ),
    Fresh(
        text="Hab isch geschdern de Justice gehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief vorgeschdern ebbes vun de Queen?",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
    ),
    Fresh(
        text="Hab isch jemols Radiohead gehört? Isch glaab net, gell",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Hab isch die letschde zwee Woche Air gehört?",
        family="did_i",
        period="last_2_weeks",
        name="Air",
    ),
    Fresh(
        text="Hab isch des Johr schun mol Wet Leg ghört?",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="Was hab isch geschdern owend so gehört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was is am Samschdag bei mer gelaafe?",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Was lief am dritte November?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Was hot die Ada letscht Nacht gehört?",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    Fresh(
        text="Heit nochmiddag, was lief do so?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was lief geschdern owend so gege Viertel nach acht?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Heit früh um halb neun, was war do an?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Was fer Musik mag isch eischendlisch, was is mei Gschmack?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wann hör isch normalerweis, also zu wellere Uhrzeit un an wellem Daach?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab isch de Monat neie Künschtler entdeckt?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wie oft drück isch weiter, also skippe, des Johr?",
        family="skips",
        period="this_year",
    ),
    Fresh(
        text="Hör isch immer widder desselbe? Wie hoch is mei Wiederholungsrate?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wieviel Daach hinnernanner hab isch jetzt schun gehört?",
        family="streak",
    ),
    Fresh(
        text="Wann hab isch zum erschde Mol Café Tacvba gehört?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann lief'n The Daily es letschde Mol?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann hab isch es letschde Mol Da Funk vum Daft Punk gehört?",
        family="last_play",
        name="Da Funk by Daft Punk",
    ),
    Fresh(
        text="Was war's letschde Lied, wo isch gspielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Mit was hab isch heit de Daach ogfange, musikalisch?",
        family="first_today",
    ),
    Fresh(
        text="Was war's erschde Lied am letschde Freidag?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Was war's letschde Lied geschdern?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Welles Lied skip isch am meischde?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welle Künschtler drück isch am öfteschde weg?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Was hab isch grad in Dauerschleif, welles Lied?",
        family="on_repeat",
    ),
    Fresh(
        text="Verzähl mer mol, wie war mei Monat so musikalisch?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Mach mer mol en Jahresrückblick, für des Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war mei letschder Summer so, vun de Musik her?",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="Hör isch mehr morgens oder owends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Laaft bei mir am Wocheend mehr als unner de Woch?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel mol de Daft Punk in de Küch",
    "Mach die Musik e bissel lauter, gell",
    "Was laaft'n grad in de Küch?",
    "Was is'n des fer e Lied?",
    "Überspring des Lied",
    "Halt de Podcascht o",
    "Nächschtes Lied",
    "Mach's Licht in de Küch aus",
    "Spiel's Album Discovery",
    "Leiser, leiser, des is ja net auszuhalte",
    "Zufallswiedergab o",
    "Wiederholung aus",
    "Stell mer en Wecker uff halb sechs, die Lese geht früh los",
    "Stell en Timer uff zehn Minute",
    "Wie werd's Wetter morge im Wingert?",
    "Schreib Korke uff die Einkaufslischt",
    "Mach die Heizung uff einezwanzisch",
    "Was hör isch grad?",
    "Spiel The Daily ab",
    "Verbinn de Lautsprecher in de Küch mit dem im Wohnzimmer",
    "Spiel ebbes vun de Queen",
    "Mach die Musik aus, mer gehn in de Keller",
]

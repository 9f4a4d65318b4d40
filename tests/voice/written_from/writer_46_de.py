"""Writer 46, a grandparent in their late seventies, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Computer, sei so gut und sag mir, wen ich diesen Monat am meisten gehört hab.",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Kapelle hab ich letztes Jahr am liebsten gehört, weißt du das?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Sag mal, Computer — nee, wie heißt du noch gleich — wer war denn mein Künstler des Jahres zweitausendfünfundzwanzig?",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="Was war denn mein Lieblingslied im Sommer?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Nenn mir mal meine fünf meistgespielten Lieder von diesem Jahr, sei so gut.",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="In der Küche, welches Lied lief da in den letzten dreißig Tagen am meisten?",
        family="top_tracks",
        period="last_30_days",
        room="kitchen",
    ),
    Fresh(
        text="Welche Platte hab ich am meisten aufgelegt, also das ganze Album, mein ich?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Welche Sendung, so ein Podcast heißt das ja jetzt, hab ich seit Oktober am meisten gehört?",
        family="top_podcasts",
        period="since_october",
    ),
    Fresh(
        text="Wie lange lief denn heute das Radio bei mir?",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="Computer, wie viele Stunden Musik hab ich letzte Woche gehört?",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="Wie lang hatten wir gestern Abend Musik an, weißt du das?",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie viele Lieder hab ich heute schon gespielt?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Folgen von den Sendungen hab ich im September gehört, diese Podcasts?",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele verschiedene Sänger und Kapellen hab ich dieses Jahr gehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder waren das diesen Monat, sei so gut?",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="Wie oft hab ich denn Bohemian Rhapsody gespielt, dieses Jahr?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief bei mir die Queen im letzten Monat?",
        family="play_count",
        period="last_month",
        name="Queen",
    ),
    Fresh(
        text="Wie oft hab ich Radiohead gehört? Der Enkel meint, die wären gut.",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Hab ich gestern Daft Punk gehört? Ich mein schon, aber ich weiß es nicht mehr genau.",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Lief diese Woche irgendwas von Air, diesen Franzosen?",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="Hab ich heute Morgen die Sendung The Daily gehört?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hab ich jemals was von Wet Leg gehört? Den Namen hab ich noch nie gehört.",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="Was hab ich denn gestern Abend gehört, Computer?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief am Dienstag, dem dritten November, bei mir?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Was haben wir am Samstag gehört, wie die Enkel da waren?",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Was hab ich denn heute Nachmittag gehört?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was lief gestern so gegen Viertel vor acht am Abend?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was war das für ein Lied heute früh um halb neun?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Am Donnerstag, dem neunzehnten, um acht Uhr abends, was lief da im Kasten in der Küche?",
        family="playing_at",
        moment="2026-11-19 20:00",
        room="kitchen",
    ),
    Fresh(
        text="Was für Musik mag ich eigentlich, was meinst du?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um welche Uhrzeit hör ich denn meistens Musik, und an welchem Tag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab ich in letzter Zeit jemand Neues entdeckt, einen Sänger, den ich vorher nicht kannte?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche neuen Kapellen sind bei mir dieses Jahr dazugekommen?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Wie oft überspring ich denn Lieder, also drück auf Weiter?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Hör ich immer wieder dieselben Lieder? Meine Frau sagt das jedenfalls.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Tage hintereinander hab ich jetzt schon Musik gehört?",
        family="streak",
    ),
    Fresh(
        text="Wann hab ich zum ersten Mal Justice gehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann hab ich zuletzt Don't Stop Me Now von Queen gespielt?",
        family="last_play",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="Was war das letzte Lied, das ich gespielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Womit hab ich heute den Tag angefangen, musikalisch, mein ich?",
        family="first_today",
    ),
    Fresh(
        text="Was war das erste Lied vorgestern, weißt du das noch?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Welches Lied lief letzte Nacht als Letztes?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Welches Lied überspring ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Sänger überspring ich am meisten, weißt du das?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied hab ich zur Zeit in Dauerschleife, wie die Jungen sagen?",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl mal, wie war denn mein Oktober, musikalisch?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mir mal eine Zusammenfassung von meinem Jahr, sei so gut.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Hör ich mehr morgens oder mehr abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör ich am Wochenende mehr Radio als unter der Woche?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Computer, spiel mal Queen in der Küche, sei so gut.",
    "Mach das Radio mal lauter, ich hör nix.",
    "Mach leiser, bitte, die Oma telefoniert.",
    "Was ist das für ein Lied, das grad läuft?",
    "Überspring das, das gefällt mir nicht.",
    "Halt die Sendung mal an, es klingelt.",
    "Spiel mal ein paar Schlager, weißt du, was Schönes.",
    "Leg mal die Platte Discovery auf.",
    "Nächstes Lied, bitte.",
    "Mach das Licht in der Küche aus.",
    "Stell mal einen Wecker auf sieben Uhr.",
    "Wie wird das Wetter morgen, brauch ich einen Schirm?",
    "Schreib Kaffee auf die Einkaufsliste.",
    "Dreh die Heizung auf zweiundzwanzig Grad.",
    "Was hör ich denn gerade?",
    "Stell mal einen Timer auf zehn Minuten für die Eier.",
    "Spiel die neueste Folge von The Daily.",
    "Mach die Musik aus, sei so gut.",
    "Spiel das Lied nochmal von vorne.",
    "Zufallswiedergabe an, oder wie das heißt.",
    "Spiel die Musik auch im Wohnzimmer, nicht nur im Kasten in der Küche.",
    "Wer singt das denn gerade?",
    "Mach den Kasten in der Küche mal ein bisschen leiser.",
    "Spiel WDR 4, weißt du, den Sender.",
    "Wie spät ist es denn?",
]

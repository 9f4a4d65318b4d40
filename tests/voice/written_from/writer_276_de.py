"""Writer 276, Kölner Karnevalsjeck (Kölsch-gefärbt), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Wer wor dann ming Nummer eins dat Johr?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Sach ens, wen hab ich in letzter Zeit am meisten jehört?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Wer wor ming Künstler vom Johr zweitausendfünfundzwanzig, wat meinste?",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="Wat is ming Lieblingsleedche diesen Monat?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Nenn mir ma die drei Lieder, die ich letztes Johr am meisten jespielt hab",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="Top fünf Leedcher seit Oktober, bitte schön",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="Welches Album lief bei mir im Sommer am meisten?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Welcher Podcast is dat, den ich am meisten hör?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wie lange lief hück schon Musik, sach ens",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hammer letzte Woch jehört?",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Wie lang hab ich in de letzte dreißig Tach Musik jehört?",
        family="listening_time",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="Wie viele Leedcher hab ich jestern jespielt?",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viele Podcastfolgen hab ich im Oktober jehört?",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel hab ich die letzten sieben Tach insjesamt jespielt?",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler hab ich dat Johr jehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder hatt ich seit Montach?",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Wie oft lief Bohemian Rhapsody dat Johr, wat meinste?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft hab ich de Höhner jehört, so insjesamt?",
        family="play_count",
        period="all_time",
        name="Höhner",
    ),
    Fresh(
        text="Hab ich jestern wat von Justice jehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief hück morjen The Daily?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hammer vorjestern BAP jehört, bei uns?",
        family="did_i",
        period="day_before_yesterday",
        name="BAP",
        person="we",
    ),
    Fresh(
        text="Air, hab ich dat vorije Woch jet jehört?",
        family="did_i",
        period="last_week",
        name="Air",
    ),
    Fresh(
        text="Wat hab ich jestern Ovend jehört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wat lief denn am Samstach in der Küch?",
        family="what_played",
        period="saturday",
        room="kitchen",
    ),
    Fresh(
        text="Letzte Nacht, wat hatt ich da an Musik laufen?",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="Wat lief jestern Ovend so jejen Viertel nach acht?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Wat hatt ich hück morjen um halb neun an?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wat für Musik mach ich eijentlich so, wat is ming Jeschmack?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wann hör ich denn meistens Musik, so Uhrzeit und Wochentach?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab ich in letzter Zeit neue Künstler entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wer wor denn im September neu dabei?",
        family="new_artists",
        period="september",
    ),
    Fresh(
        text="Wie oft skipp ich eijentlich Leedcher?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Hör ich immer dat selbe Zeug rauf und runter, oder wat?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Tach hintereinander hab ich jetzt schon Musik jehört?",
        family="streak",
    ),
    Fresh(
        text="Wann hab ich Daft Punk et erste Mal jehört?",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Café Tacvba, wann kam dat zum ersten Mal bei mir?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann lief Don't Stop Me Now dat letzte Mal?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wat wor dat letzte Leedche, dat ich jespielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Mit wat für nem Lied bin ich hück in den Tach jestartet?",
        family="first_today",
    ),
    Fresh(
        text="Wat wor dat erste Lied letzten Freitach?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Wat lief jestern als Letztes?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Welches Leedche skipp ich am meisten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler drück ich am öftesten wech?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wat hab ich zurzeit in Dauerschleife, sach ens",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl ma, wie wor ming Oktober, musikalisch jesehen?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jib mir ma nen Rückblick auf dat Johr, Alaaf!",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Hör ich mehr morjens oder mehr ovends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör ich am Wochenende mehr Musik als unner der Woch?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel ma Höhner in der Küch",
    "Mach die Musik lauter, et is Karneval!",
    "Wat is dat für e Leedche, wat jetzt läuft?",
    "Überspring dat Lied",
    "Mach beim Podcast ma Pause",
    "Nächster Titel in der Küch",
    "Mach dat Licht in der Küch aus",
    "Spiel dat Album Discovery",
    "Leiser, dat is ja viel zu laut",
    "Zufallswiedergabe an",
    "Mach die Wiederholung an",
    "Stell nen Timer auf zehn Minuten",
    "Wie wird dat Wetter hück in Kölle?",
    "Schreib Kölsch auf de Einkaufsliste",
    "Mach die Heizung auf zweiundzwanzig Jrad",
    "Wat hör ich jrad?",
    "Wat läuft jetzt in der Küch?",
    "Verbind die Box in der Küch mit der im Wohnzimmer",
    "Spiel The Daily ab",
    "Spiel wat von BAP",
    "Mach die Musik aus, et klingelt",
    "Lautstärke auf sechs",
    "Spiel Karnevalsleedcher in der Küch",
    "Wer singt dat hier?",
]

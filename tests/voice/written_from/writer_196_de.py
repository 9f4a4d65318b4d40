"""Writer 196, a retired engineer, precise and pedantic, East Frisian northern German, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Moin. Wat war letzte Woche mein meistgespielter Künstler? Letzte Woche heißt: Montag, der Neunte, bis einschließlich Sonntag, den Fünfzehnten.",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="sach mal, wer war in letzter Zeit so mein Lieblingskünstler, nech",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Die drei Künstler, die ich im Oktober am meisten gehört hab, bitte. Genau drei, nich mehr.",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="Wat war bei uns letzten Monat die meistgehörte Band? Also Oktober, komplett, vom Ersten bis zum Einunddreißigsten.",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="In der Küche, wat war da letztes Jahr der Künstler, der am meisten lief, 2025 also",
        family="top_artists",
        period="last_year",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Wat war mein Lied des Monats? November, vom Ersten bis jetzt.",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="meine fünf meistgespielten Lieder insgesamt, wenn ich bitten darf",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Welcher Titel lief die letzten dreißig Tage am häufigsten, den heutigen Tag mitgerechnet",
        family="top_tracks",
        period="last_30_days",
    ),
    Fresh(
        text="Meistgespieltes Lied über die letzten zwei Wochen, wat war dat",
        family="top_tracks",
        period="last_2_weeks",
    ),
    # top_albums
    Fresh(
        text="Wat is mein Lieblingsalbum, rein nach Anzahl der Wiedergaben, über alles gerechnet",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Welches Album hab ich seit März am meisten gespielt, also vom ersten März bis heute",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Top-Album in den letzten sieben Tagen, dat heißt Samstag, der Vierzehnte, bis heute",
        family="top_albums",
        period="last_7_days",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör ich in letzter Zeit am meisten? Ich ahn dat schon, aber ich will dat schwarz auf weiß.",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="meistgehörter Podcast im Jahr 2025, dat ganze Kalenderjahr",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief gestern Musik? Gestern, Donnerstag, von null bis vierundzwanzig Uhr.",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab ich diese Woche gehört, Montag, der Sechzehnte, bis jetzt, in Stunden und Minuten",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="In der Küche heute Nachmittag, zwölf bis achtzehn Uhr, wie viele Minuten lief da wat",
        family="listening_time",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="Wie viel Zeit hab ich im September mit Podcasts verbracht? Ungefähr reicht nich, genau bitte.",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Stunden hat Ada letzten Monat gehört, dat bin ich, nur damit dat klar is",
        family="listening_time",
        period="last_month",
        person="Ada",
    ),
    Fresh(
        text="wie viel hab ich letzten Sommer gehört, Juni bis August 2025, in Stunden",
        family="listening_time",
        period="last_summer",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich heute schon gespielt, so bis jetzt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Anzahl Wiedergaben insgesamt seit Oktober, also ab dem ersten Oktober, Musik und Podcasts zusammen",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="Wie viele Folgen hab ich letzten Monat gehört? Podcastfolgen mein ich.",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder liefen vorgestern, Mittwoch, den Achtzehnten",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab ich dieses Jahr gehört? Unterschiedliche, nich Wiedergaben.",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Bands waren dat im Sommer, Juni bis einschließlich August",
        family="artists_count",
        period="summer",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich letzte Woche gehört, Wiederholungen nich doppelt gezählt",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Anzahl unterschiedlicher Titel seit Montag, bitte",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Wie viele verschiedene Stücke insgesamt, seit Beginn der Aufzeichnung",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich Bohemian Rhapsody diesen Monat gespielt",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen, wie oft lief dat letztes Jahr, also 2025",
        family="play_count",
        period="last_year",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief Santiano bei mir dieses Jahr, büschen geschätzt reicht zur Not",
        family="play_count",
        period="this_year",
        name="Santiano",
    ),
    Fresh(
        text="Wie viel Daft Punk hab ich in den letzten drei Monaten gehört, in Wiedergaben gezählt, nich in Minuten",
        family="play_count",
        period="last_3_months",
        name="Daft Punk",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Abend Justice gehört, so ab achtzehn Uhr",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="Lief im August wat von Air? August dieses Jahres, nich letztes.",
        family="did_i",
        period="august",
        name="Air",
    ),
    Fresh(
        text="hab ich Eres von Café Tacvba seit Oktober mal gespielt",
        family="did_i",
        period="since_october",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Hab ich vorgestern, also Mittwoch, The Daily gehört",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Hatte ich dieses Jahr irgendwann Hannes Wader laufen? Glaub ich nich, aber prüf dat mal.",
        family="did_i",
        period="this_year",
        name="Hannes Wader",
    ),
    Fresh(
        text="Phantom, dat Ding von Justice, lief dat letzten Freitag, am Dreizehnten",
        family="did_i",
        period="last_friday",
        name="Phantom by Justice",
    ),
    # what_played
    Fresh(
        text="Wat hab ich letzte Nacht gehört? Sagen wir Donnerstag achtzehn Uhr bis heute früh um sechs.",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Erzähl mal, wat lief am Samstag, dem Vierzehnten",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="wat lief bei uns letztes Wochenende, Samstag und Sonntag, vierzehnter und fünfzehnter",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Wat für Musik hatte ich heute Morgen an, fünf bis zwölf Uhr",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wat hab ich gestern Abend so gehört, von sechs bis Mitternacht",
        family="what_played",
        period="yesterday_evening",
    ),
    # playing_at
    Fresh(
        text="Wat lief gestern gegen Viertel vor acht abends",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heute früh um halb neun, wat war da an",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wat lief vorgestern um einundzwanzig Uhr? Mittwoch, neun Uhr abends, mein ich.",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="sach mal, wat lief heute um Viertel nach fünf nachmittags",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Am Dienstag Punkt zwölf Uhr mittags, wat hatte ich da in der Küche laufen",
        family="playing_at",
        moment="2026-11-17 12:00",
        room="kitchen",
    ),
    Fresh(
        text="gestern Abend um zehn nach acht, wat war dat für'n Lied",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="Wie würdest du meinen Musikgeschmack beschreiben, nüchtern betrachtet",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wat hör ich eigentlich so für Zeug? Nach den Daten, nich nach meiner Meinung.",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um welche Uhrzeit hör ich normalerweise Musik, und an welchem Wochentag am meisten",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wann hör ich typischerweise, Stunde und Wochentag bitte, statistisch gesehen",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab ich in letzter Zeit neue Künstler entdeckt, also zum allerersten Mal gehört",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Bands hab ich im Oktober zum ersten Mal gehört",
        family="new_artists",
        period="october",
    ),
    # skips
    Fresh(
        text="Wie hoch is meine Überspringquote? Also übersprungene pro Wiedergaben, insgesamt.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie oft hab ich diese Woche Lieder übersprungen, Montag bis jetzt",
        family="skips",
        period="this_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="Wie oft hör ich dieselben Lieder immer wieder? Als Wiederholungsquote, in Prozent bitte.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie sehr wiederhol ich mich eigentlich dieses Jahr, seit dem ersten Januar",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück hab ich jetzt gehört, ohne Unterbrechung",
        family="streak",
    ),
    Fresh(
        text="wat is meine aktuelle Serie, Tage hintereinander",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Justice zum ersten Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Seit wann is Moon Safari, dat Album von Air, in meiner Historie? Also dat erste Abspielen, Datum bitte.",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="Wann hab ich zuletzt Don't Stop Me Now gehört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Café Tacvba, wann lief dat zuletzt, Datum und Uhrzeit",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann lief zuletzt wat von Fettes Brot",
        family="last_play",
        name="Fettes Brot",
    ),
    # last_song
    Fresh(
        text="Wat war dat letzte Lied, dat ich gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="letzter Titel, egal wann, bitte",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wat war heute mein erstes Lied, dat allererste",
        family="first_today",
    ),
    Fresh(
        text="Womit bin ich heute in den Tag gestartet, musikalisch, nech",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wat war gestern dat erste Lied, nach frühester Uhrzeit",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erstes Lied am dritten November, dat war ein Dienstag",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Womit hab ich letzten Freitag aufgehört, am Dreizehnten? Dat letzte Lied.",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Letztes Lied im September, bitte",
        family="last_in",
        period="september",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wat is dat Lied, dat ich am meisten wegdrücke, nach Anzahl, nich nach Quote",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Bei welcher Band drück ich dieses Jahr am häufigsten weiter",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="Wat hab ich zurzeit in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welches Lied krieg ich nich ausm Kopp, dat ich dauernd wieder anmach",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Moin, gib mir mal 'nen Rückblick auf den Oktober, den ganzen Monat",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jahresrückblick 2025, bitte, vollständig",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="Fass mir mal meine Woche zusammen, Montag bis heute",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gib mir mal 'nen Überblick über mein Hören, so allgemein",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich morgens mehr oder abends? Nach Minuten gerechnet.",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich mehr 'n Nachmittags- oder 'n Nachthörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Werktage gegen Wochenende: wann läuft bei mir mehr, proportional gesehen",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is dat so, dat ich samstags und sonntags mehr höre als Montag bis Freitag, oder bild ich mir dat bloß ein",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Moin, spiel mal Daft Punk in der Küche",
    "Mach die Musik büschen lauter, zwei Stufen, nich mehr",
    "Nächstes Lied, bitte",
    "Wat is dat für'n Lied, dat grad läuft",
    "Pausier mal den Podcast, ich muss kurz rüber zum Nachbarn snacken",
    "Küchenlicht aus, dat große, nich die Funzel überm Herd",
    "Spiel dat Album Discovery, von vorne bis hinten",
    "Stell 'nen Timer auf zwölf Minuten, genau zwölf",
    "Wie wird dat Wetter morgen an der Küste, Emden genauer gesagt",
    "Schreib Ostfriesentee auf die Einkaufsliste, fünfhundert Gramm",
    "Heizung im Keller auf achtzehn Grad",
    "Wat hör ich da grad eigentlich",
    "Zufallswiedergabe an, in der Küche",
    "Wiederholung aus, dat Lied soll nich in Schleife laufen",
    "Lautsprecher in Küche und Wohnzimmer zusammenschalten",
    "Spiel die neueste Folge von The Daily",
    "leiser, bitte, auf vier von zehn",
    "Stopp die Musik, ich will mal in Ruhe snacken",
    "Spiel wat von Queen in der Küche, ordentlich laut",
    "wer singt dat hier",
    "Musik aus der Küche ins Wohnzimmer rüberschieben",
    "Weck mich morgen um Viertel nach sechs",
    "Gibt dat heute Nacht Sturm, und wie viel Windstärke ungefähr",
    "Setz Kluntjes auf die Einkaufsliste",
    "ein Lied zurück",
    "Spring dreißig Sekunden vor in der Folge",
    "Mach den Küchenlautsprecher aus",
    "Wie heißt dat Album, dat grad läuft",
    "Spiel Bohemian Rhapsody, aber in voller Länge, nich gekürzt",
    "Licht im Keller an, ich geh runter",
]

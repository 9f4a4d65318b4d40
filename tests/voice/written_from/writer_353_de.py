"""Writer 353, eine Ärztin, die Fragen ins Handy diktiert (Spracherkennung ohne jede Satzzeichen, lange Sätze, ausgesprochene Zahlen), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Also kurze Frage zwischen zwei Patienten welchen Künstler habe ich letzte Woche eigentlich am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer ist denn bisher mein Künstler des Jahres ich frage weil die Kollegen auf Station das unbedingt wissen wollen",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Nenn mir bitte meine drei meistgehörten Bands in letzter Zeit ohne Podcasts nur Musik",
        family="top_artists",
        period="lately",
        count=3,
    ),
    Fresh(
        text="Sag mal was war denn im Oktober mein meistgehörtes Lied ich hab da so einen Verdacht aber ich will es genau wissen",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="ähm nenn mir meine fünf Lieblingslieder der letzten dreißig Tage und zwar in der richtigen Reihenfolge",
        family="top_tracks",
        period="last_30_days",
        count=5,
    ),
    Fresh(
        text="Welcher Titel lief in der Küche am häufigsten überhaupt",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="welches Album habe ich diesen Sommer am häufigsten laufen lassen also von Juni bis August",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Was ist eigentlich mein Lieblingsalbum insgesamt über die ganze Zeit gesehen",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welchen Podcast höre ich in letzter Zeit am meisten ich komme ja kaum noch zu was anderem",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Was war letztes Jahr mein meistgehörter Podcast also zweitausendfünfundzwanzig",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="wie lange lief bei mir heute insgesamt Musik ich war ja nur morgens und nach der Schicht kurz zuhause",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden habe ich diese Woche Podcasts gehört ungefähr reicht",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="wie lange haben wir gestern in der Küche Musik gehört also wir alle zusammen",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Wie viel Zeit habe ich seit März insgesamt mit Zuhören verbracht",
        family="listening_time",
        period="since_march",
    ),
    Fresh(
        text="wie viele Lieder habe ich heute Morgen vor der Visite gehört",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft insgesamt wurde letzten Monat bei mir etwas abgespielt Musik und Podcasts zusammen",
        family="plays",
        period="last_month",
    ),
    Fresh(
        text="Wie viele Folgen habe ich im August gehört Podcastfolgen meine ich",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="wie viele verschiedene Künstler habe ich seit Oktober gehört",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="Anzahl unterschiedlicher Interpreten im Jahr zweitausendfünfundzwanzig bitte",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder habe ich in den letzten drei Monaten gehört nicht wie oft sondern wie viele unterschiedliche",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie viele unterschiedliche Titel waren es im September",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="Wie oft habe ich diesen Monat Bohemian Rhapsody gehört ehrlich gesagt will ich es fast nicht wissen",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk seit März bei mir",
        family="play_count",
        period="since_march",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie viele Folgen von The Daily habe ich in den letzten sieben Tagen gehört",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    Fresh(
        text="wie oft habe ich dieses Jahr Don't Stop Me Now von Queen gehört das läuft doch gefühlt jeden Morgen",
        family="play_count",
        period="this_year",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="Habe ich gestern Abend eigentlich Justice gehört ich war nach dem Spätdienst ziemlich durch",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="hab ich letztes Wochenende was von Air gehört also der Band Air",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="Hab ich dieses Jahr überhaupt irgendwann Radiohead gehört",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="lief bei uns letzte Woche Eres von Cafe Tacuba",
        family="did_i",
        period="last_week",
        name="Eres by Café Tacvba",
        person="we",
    ),
    Fresh(
        text="was habe ich vorgestern so gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was lief am Samstag bei mir da hatte ich ja frei",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="was habe ich letzte Nacht nach dem Dienst noch gehört ich weiß es echt nicht mehr",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Welche Musik lief heute Nachmittag",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="was lief gestern gegen Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was lief heute früh um acht Uhr zehn als ich mir den Kaffee gemacht habe",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="was habe ich heute um zwanzig nach fünf gehört",
        family="playing_at",
        moment="2026-11-20 17:20",
    ),
    Fresh(
        text="Was lief vorgestern um neun Uhr abends in der Küche",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    Fresh(
        text="Wie würdest du meinen Musikgeschmack beschreiben so ganz ehrlich wie ein Befund",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="was für Musik höre ich eigentlich so wenn man sich das mal objektiv anschaut",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um welche Uhrzeit und an welchem Wochentag höre ich normalerweise am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wann höre ich typischerweise Musik also zu welcher Tageszeit",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Habe ich diesen Monat neue Künstler entdeckt oder immer nur das Gleiche",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Künstler habe ich im August zum ersten Mal gehört",
        family="new_artists",
        period="august",
    ),
    Fresh(
        text="Wie oft überspringe ich eigentlich Lieder so im Allgemeinen",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch war meine Skiprate letzte Woche in Prozent",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="Wie oft höre ich dieselben Lieder immer wieder das ist ja fast schon zwanghaft",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch ist meine Wiederholungsrate dieses Jahr",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="Wie viele Tage am Stück habe ich jetzt schon Musik gehört ohne Pause",
        family="streak",
    ),
    Fresh(
        text="wie lang ist meine aktuelle Hörserie",
        family="streak",
    ),
    Fresh(
        text="wann habe ich zum ersten Mal Justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann lief Around the World von Daft Punk das allererste Mal bei mir",
        family="first_play",
        name="Around the World by Daft Punk",
    ),
    Fresh(
        text="wann habe ich das erste Mal Wet Leg gehört falls überhaupt",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="Wann habe ich zuletzt Queen gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann lief das letzte Mal The Daily ich glaube ich hänge da total hinterher",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Was war das letzte Lied das ich gehört habe",
        family="last_song",
    ),
    Fresh(
        text="welcher Titel lief bei mir zuletzt ich will ihn einer Kollegin schicken",
        family="last_song",
    ),
    Fresh(
        text="Welches Lied habe ich heute als erstes gehört",
        family="first_today",
    ),
    Fresh(
        text="womit bin ich heute eigentlich aufgewacht musikalisch",
        family="first_today",
    ),
    Fresh(
        text="was war gestern das erste Lied das lief",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit welchem Lied habe ich letzten Freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Was war das letzte Lied gestern Abend bevor ich ins Bett bin",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="womit habe ich am dritten November aufgehört also welches Lied kam als letztes",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="Welches Lied überspringe ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Titel drücke ich immer weg das würde mich mal interessieren",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler skippe ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei welcher Band überspringe ich am öftesten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied läuft bei mir gerade in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="was ist zurzeit mein Ohrwurm den ich ständig wieder anmache",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl mal wie war mein Oktober so musikalisch",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir mal einen Jahresrückblick fürs ganze Jahr bis jetzt",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war meine Woche in Sachen Musik kurz zusammengefasst",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="fass mir doch mal mein Hörverhalten zusammen so eine kleine Anamnese quasi",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Höre ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher ein Morgenhörer oder ein Nachmittagshörer",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="höre ich werktags mehr als am Wochenende oder umgekehrt",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Läuft bei mir samstags und sonntags mehr Musik als von Montag bis Freitag",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in der Küche",
    "mach die Musik leiser ich telefoniere gerade mit der Station",
    "Mach die Musik lauter",
    "pausier den Podcast ich hab einen Anruf aus der Klinik",
    "Podcast weiter abspielen",
    "Nächstes Lied",
    "überspring dieses Lied",
    "Welches Lied ist das gerade",
    "was läuft gerade in der Küche",
    "Was höre ich gerade",
    "wer singt das hier",
    "Stell einen Timer auf zwölf Minuten",
    "wie wird das Wetter morgen früh ich hab um sechs Dienstbeginn",
    "Setz Kaffee und Handcreme auf die Einkaufsliste",
    "mach das Licht in der Küche aus",
    "Stell die Heizung auf einundzwanzig Grad",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Lautstärke auf vier in der Küche",
    "verbinde den Küchenlautsprecher mit dem im Wohnzimmer",
    "Spiel das Album Discovery",
    "spiel die neueste Folge von The Daily",
    "Stopp die Musik",
    "Weck mich morgen um halb sechs ich hab Frühdienst",
    "spiel was Ruhiges in der Küche nach so einem Tag",
    "Spiel Bohemian Rhapsody von Queen",
]

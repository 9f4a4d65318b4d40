"""Writer 383, Thüringer Rentner aus Gera (Thüringisch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Nu, wer war denn mei meistgehörter Künstler dis Jahr, gelle",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Saach ma, welche Gabelle hab ich letzten Monat am meisten gehört",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="die drei Künstler, die mir letztes Jahr am meisten gehört ham, welche warn'n das",
        family="top_artists",
        period="last_year",
        count=3,
        person="we",
    ),
    Fresh(
        text="Am Wochenende, also letztes, wer lief'n da am meisten",
        family="top_artists",
        period="last_weekend",
    ),
    # top_tracks
    Fresh(
        text="Was is'n mei Lieblingslied im Oktober gewesen",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Sag ma die fünf Lieder, die ich am meisten gespielt hab",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="letzten Sommer, welches Lied war'n da ganz vorne",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="Welches Album lief'n in der Küche am meisten im Sommer",
        family="top_albums",
        period="summer",
        room="kitchen",
    ),
    Fresh(
        text="Mei Lieblingsalbum, welches is'n das, gelle",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Bodcast hör ich denn am liebsten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Nu, welcher Podcast war'n im September vorne",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief'n heute Morschn Musik",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab ich diese Woche so gehört",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Wie lange ham mir denn vorgestern so zugehört",
        family="listening_time",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="seit Montag, wie viel Musik lief'n da bei mir",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden Musik hatte die Ada letzten Monat",
        family="listening_time",
        period="last_month",
        content="music",
        person="Ada",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich heude schon gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie oft lief'n überhaupt was in den letzten sieben Tagen",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Wie viele Folgen hab ich letzte Woche gehört, gelle",
        family="plays",
        period="last_week",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler warn's denn seit März",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="in den letzten dreißig Tagen, wie viele verschiedene Sänger und Gabellen",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich'n diesen Monat gehabt",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="nu die letzten drei Monate, wie viel verschiedene Stücke warn das",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich'n die Bohemien Rabsody gespielt dieses Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie viel Queen lief'n in den letzten zwei Wochen",
        family="play_count",
        period="last_2_weeks",
        name="Queen",
    ),
    Fresh(
        text="Wie oft hab ich denn die Buhdys gehört",
        family="play_count",
        period="all_time",
        name="Puhdys",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Daft Bunk gehört, gelle",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Lief am Sonnabend was von Justice",
        family="did_i",
        period="saturday",
        name="Justice",
    ),
    Fresh(
        text="Ham mir letzten Freitag The Daily gehört",
        family="did_i",
        period="last_friday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="Hab ich jemals Helene Fischer gehört",
        family="did_i",
        period="all_time",
        name="Helene Fischer",
    ),
    # what_played
    Fresh(
        text="Was hab ich'n gestern Ahmd so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl ma, was lief heute Nachmittag in der Küche",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="Was ham mir am dritten November gehört",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="im August, was hab ich'n da so gedudelt",
        family="what_played",
        period="august",
    ),
    # playing_at
    Fresh(
        text="Was lief'n gestern Ahmd gegen Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heude früh um halb neun, was war'n da dran",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Um fünfe rum heut Nachmittag, was lief da in der Küche",
        family="playing_at",
        moment="2026-11-20 17:00",
        room="kitchen",
    ),
    Fresh(
        text="Was hab ich gestern um acht abends gehört",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="Was für Musik mag ich'n eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib ma meinen Musikgeschmack in letzter Zeit",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="Um welche Uhrzeit hör ich denn meistens",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="An welchem Wochentag lief bei mir am meisten Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hab ich diesen Monat neue Künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Künstler sin'n dieses Jahr neu dazugekommen",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wie oft drück ich'n weiter, also überspringen mein ich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Lieder hab ich letzte Woche übersprungen",
        family="skips",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="zwanzig fünfundzwanzig, wie oft hab ich da weitergedrückt",
        family="skips",
        period="in_2025",
    ),
    # repeat
    Fresh(
        text="Hör ich immer des Gleiche wieder und wieder, gelle",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch is'n meine Wiederholungsrate seit Oktober",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück hab ich jetzt schon gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich zum ersten Mal die Café Tacuba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Seit wann is'n Around the World bei mir drin",
        family="first_play",
        name="Around the World",
    ),
    # last_play
    Fresh(
        text="Wann hab ich'n zuletzt Queen gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="The Daily, wann lief'n der 's letzte Mal",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Was war'n das letzte Lied, was ich gespielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied hab ich heude angefangen",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Welches Lied kam gestern als erstes",
        family="first_in",
        period="yesterday",
    ),
    # last_in
    Fresh(
        text="Womit hab ich letzten Freitag aufgehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Letzte Nacht, was war'n da das letzte Lied",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich'n am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler drück ich immer gleich weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hör ich in letzter Zeit ständig rauf und runter",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl ma, wie war mei Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mir ma 'n Rückblick aufs Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Nu, wie war'n so mei Musikmonat",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich früh mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Is bei mir am Sonnabend und Sonntag mehr los als werktags",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel ma die Buhdys in der Küche",
    "Mach ma die Musik lauter",
    "Was läuft'n grade in der Küche",
    "Was is'n das für a Lied",
    "Nächstes Lied, gelle",
    "Halt ma den Podcast an",
    "Mach's Licht in der Küche aus",
    "Spiel ma das Album Discovery",
    "Leiser, nu, leiser",
    "Zufallswiedergabe an",
    "Wiederholung aus machen",
    "Stell ma 'n Timer auf zwanzig Minuten für die Klöße",
    "Wie wird'n 's Wetter morschen in Gera",
    "Schreib Rostbrätelsenf auf die Einkaufsliste",
    "Heizung im Wohnzimmer auf zweiundzwanzig Grad",
    "Was hör ich'n grade",
    "Verbind ma den Lautsprecher in der Küche mit dem im Wohnzimmer",
    "Spiel The Daily ab",
    "Mach ma MDR Thüringen an",
    "Das Lied nochmal von vorne",
    "Musik aus, mir gehn schlafen",
    "Wer singt'n das grade",
    "Lautstärke auf dreißig Prozent",
    "Spiel was von Queen im Wohnzimmer",
    "Wie spät is'n",
    "Mach ma Schlager an in der Küche",
]

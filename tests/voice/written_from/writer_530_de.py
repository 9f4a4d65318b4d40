"""Writer 530, eine 85-jährige Tirolerin, höflich und umständlich, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Grüß Gott, sagen Sie mir bitte, welchen Künstler ich heuer am meisten gehört hab",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer war denn voriges Jahr mein liebster Sänger, wenn ich fragen darf",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="welche drei Gruppen haben wir im Oktober am öftesten gehört",
        family="top_artists",
        period="october",
        count=3,
        person="we",
    ),
    Fresh(
        text="jetzt hätt ich gern gewusst, welches Lied ich in letzter Zeit am meisten gespielt hab, das tät mich interessieren",
        family="top_tracks",
        period="lately",
    ),
    Fresh(
        text="sagen S', was ist denn überhaupt mein Lieblingslied",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="in der Küche, was läuft denn da am meisten, welches Lied",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="welche Platte hab ich heuer im Sommer am meisten gehört",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Verzeihung, welches Album war denn diesen Monat bei mir vorn",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="welchen Podcast, so heißt das ja heutzutage, hör ich am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="welche Sendung zum Anhören, also so ein Podcast, war letzten Monat bei mir die Nummer eins",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="wie lang ist denn gestern auf d'Nacht die Musik gelaufen bei mir",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich denn heuer schon zugehört, ungefähr",
        family="listening_time",
        period="this_year",
    ),
    Fresh(
        text="wie lange hab ich in den letzten dreißig Tagen Podcasts gehört, wenn S' so gut sind",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder hab ich heute schon gespielt, bitte schön",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie oft ist bei uns vorige Woche überhaupt etwas abgespielt worden",
        family="plays",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hab ich denn seit März gehört",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="von wie vielen unterschiedlichen Sängern und Gruppen hab ich im August etwas gehört",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="wie viele verschiedene Lieder waren es denn vorgestern",
        family="songs_count",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wie viele unterschiedliche Stückerl hab ich in den letzten drei Monaten gehört",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft hab ich heuer den Freddie Mercury gehört, die Queen halt",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="sagen Sie mir bitte, wie oft ich diese Daily-Sendung seit Oktober gehört hab",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    Fresh(
        text="die One More Time von dem Daft Punk, wie oft hab ich die diese Woche gespielt",
        family="play_count",
        period="this_week",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="hab ich gestern die Queen gehört oder hab ich mir das nur eingebildet",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="war heut in der Früh das Daily dabei, diese englische Nachrichtensendung",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hab ich voriges Jahr im Sommer einmal den Hansi Hinterseer gehört",
        family="did_i",
        period="last_summer",
        name="Hansi Hinterseer",
    ),
    Fresh(
        text="am Samstag, hab ich da den Daft Punk gehört, der Enkel hat ihn mir gezeigt",
        family="did_i",
        period="saturday",
        name="Daft Punk",
    ),
    Fresh(
        text="was hab ich denn am vorigen Freitag gehört",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="erzählen Sie mir bitte, was ich gestern so gehört hab",
        family="what_played",
        period="yesterday",
    ),
    Fresh(
        text="was hat die Ada am dritten November gehört",
        family="what_played",
        period="november_3",
        person="Ada",
    ),
    Fresh(
        text="was ist denn gestern so um Viertel vor acht am Abend gelaufen",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was hat heut in der Früh um halb neun gespielt",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief denn heute Nachmittag um fünf nach fünf",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="was für eine Musik mag ich denn eigentlich, was meinen Sie",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie würden Sie meinen Geschmack beschreiben, musikalisch gesehen",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um welche Uhrzeit hör ich denn für gewöhnlich Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="an welchem Wochentag und zu welcher Stunde hör ich meistens zu",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich heuer jemanden Neuen entdeckt, einen Sänger, den ich vorher nicht gekannt hab",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="welche Künstler hab ich diesen Monat zum ersten Mal gehört",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft überspring ich denn Lieder, das wüsst ich gern",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel hab ich diese Woche weitergedrückt, ohne fertig zu hören",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="hör ich immer wieder dieselben Lieder, sagen S' ehrlich",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="seit Montag, wie oft hab ich da dieselben Sachen noch einmal gehört",
        family="repeat",
        period="since_monday",
    ),
    Fresh(
        text="wie viele Tage hintereinander hab ich jetzt schon etwas gehört",
        family="streak",
    ),
    Fresh(
        text="an wie vielen Tagen am Stück hab ich das Radio laufen gehabt, also das Gerät da",
        family="streak",
    ),
    Fresh(
        text="wann hab ich denn den Justice zum ersten Mal gehört, war das im Jänner oder im Feber",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann war das erste Mal, dass ich die Bohemian Rhapsody gehört hab",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wann hab ich das erste Mal die Zillertaler Schürzenjäger gehört",
        family="first_play",
        name="Zillertaler Schürzenjäger",
    ),
    Fresh(
        text="wann hab ich zuletzt den Air gehört, diese Franzosen",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="wann hab ich das letzte Mal das Lied Eres gehört, von diesem Café Tacvba",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="welches Lied hab ich als letztes gespielt, ganz zuletzt",
        family="last_song",
    ),
    Fresh(
        text="was war denn das letzte Stückerl, das ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="mit welchem Lied hab ich denn heute den Tag angefangen",
        family="first_today",
    ),
    Fresh(
        text="was war heut das allererste Lied, bitte",
        family="first_today",
    ),
    Fresh(
        text="was war denn gestern das erste Lied, das ich gehört hab",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich am vorigen Wochenende angefangen, mit welchem Lied",
        family="first_in",
        period="last_weekend",
    ),
    Fresh(
        text="welches Lied hab ich gestern auf d'Nacht als letztes gehört",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="was war das letzte Lied im September",
        family="last_in",
        period="september",
    ),
    Fresh(
        text="welches Lied drück ich denn am öftesten weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welches Stück überspring ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler überspring ich am liebsten, also am öftesten mein ich",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei welcher Gruppe drück ich am meisten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches Lied hör ich denn zurzeit rauf und runter",
        family="on_repeat",
    ),
    Fresh(
        text="was ist im Moment mein Ohrwurm, den ich ständig spiel",
        family="on_repeat",
    ),
    Fresh(
        text="erzählen Sie mir doch bitte, wie mein Oktober so war mit der Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="geben Sie mir einen kleinen Überblick über mein Jahr, heuer halt",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war denn meine Woche, musikalisch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="einen Rückblick auf den vorigen Sommer hätt ich gern, wenn das geht",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="hör ich mehr in der Früh oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher eine, die am Vormittag zuhört, oder am Nachmittag",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich an den Werktagen mehr oder am Samstag und Sonntag",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich mehr Musik, wochentags oder am Wochenende, das tät mich wundern",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viele Podcastfolgen hab ich in den letzten sieben Tagen gehört",
        family="plays",
        period="last_7_days",
        content="podcasts",
    ),
]

NEGATIVES = [
    "spielen S' mir bitte ein bissl was von der Queen in der Küche",
    "machen S' die Musik ein bissl leiser, bitte",
    "was ist denn das für ein Lied, das grad läuft",
    "Verzeihung, das nächste Lied bitte",
    "halten S' den Podcast an, das Telefon läutet",
    "drehen S' bitte das Licht in der Küche ab",
    "wie wird denn das Wetter morgen in Innsbruck",
    "stellen S' mir bitte einen Wecker auf sechs in der Früh",
    "einen Küchenwecker auf zwanzig Minuten für den Strudel, bitte",
    "schreiben S' Topfen und Butter auf die Einkaufsliste",
    "drehen S' die Heizung ein bissl auf, mir ist kalt",
    "spielen S' das Album Discovery, das mag der Enkel",
    "lauter bitte, ich hör so schlecht",
    "was hör ich denn da grad jetzt",
    "die Zufallswiedergabe bitte ausschalten",
    "das Lied bitte in Dauerschleife",
    "den Lautsprecher in der Küche mit dem im Wohnzimmer zusammenschalten, bitte",
    "überspringen S' das, bitte schön",
    "stellen S' die Musik ab, ich geh schlafen",
    "spielen S' die Zillertaler Schürzenjäger",
    "wie spät ist es denn",
    "spielen S' das Daily, bitte",
    "was läuft denn grad in der Küche",
    "Lautstärke auf drei, bitte",
    "wird's heuer im Jänner viel schneien",
]

"""Writer 82, eine gesprächige Schwäbin im Ruhestand aus Stuttgart, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sag mal, wen hab ich letzte Woche am meisten gehört, gell, des tät mich halt interessieren",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wer war denn bis jetzt mein Künstler des Jahres, mei Enkelin fragt mich des nämlich dauernd",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wen hab ich in letzter Zeit so arg oft laufen lassen, welcher Künstler war des halt, ich komm grad nicht drauf",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Meine drei liebsten Künstler im Oktober, sag mir die mal bitte",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="Wen haben wir letzten Monat bei uns in der Küche am meisten gehört, mein Mann und ich",
        family="top_artists",
        period="last_month",
        person="we",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Was war denn im Sommer mein Lieblingslied, des wo ich immer mitgesungen hab beim Schaffen im Gärtle",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Nenn mir mal meine fünf meistgespielten Lieder seit März, gell",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="Welches Lied hab ich überhaupt am allermeisten gehört, so insgesamt, seit es des Ding gibt",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Und im September, welches Stückle lief da am häufigsten",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="In der Küche, welches Lied läuft da eigentlich am meisten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Welches Album hab ich letztes Jahr am meisten gehört, des tät mich jetzt arg interessieren",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="Mei Lieblingsalbum in den letzten drei Monaten, welches war des denn",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="Welche Platte lief diesen Monat am öftesten, so sagt man ja heut nimmer, gell, aber du weißt was ich mein",
        family="top_albums",
        period="this_month",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör ich denn in letzter Zeit am meisten, ich hör ja eigentlich bloß den einen",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Was war mein liebster Podcast im Jahr zweitausendfünfundzwanzig",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief bei mir heute eigentlich Musik, ich hab des ja gar nimmer ausgemacht",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab ich letzte Woche insgesamt zugehört, Musik und Podcasts und alles zusammen",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Wie lang hab ich diesen Monat Podcasts gehört, des würd mich halt mal interessieren",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel Zeit haben wir gestern in der Küche mit Musik verbracht",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="In den letzten zwei Wochen, wie viele Stunden Musik waren des so ungefähr",
        family="listening_time",
        period="last_2_weeks",
        content="music",
    ),
    Fresh(
        text="Seit Montag, wie lang hab ich da insgesamt zugehört, ich glaub des war fei a Menge",
        family="listening_time",
        period="since_monday",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich heut Morgen gehört, während ich die Kehrwoche gemacht hab",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft hab ich vorgestern überhaupt was abgespielt, alles zusammen",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Wie viele Folgen hab ich im September gehört, von den Podcasts halt",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="In den letzten dreißig Tagen, wie viele Stücke liefen da insgesamt",
        family="plays",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="Wie viele Lieder haben wir am Samstag gespielt, bei uns daheim, da war ja die ganze Familie da",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab ich denn dieses Jahr gehört, bin ich da a bissle eintönig",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Sag mal, wie viele unterschiedliche Bands waren des im letzten Monat",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich diese Woche gehört, also jedes bloß einmal gezählt",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="Wie viele unterschiedliche Titel hab ich seit Oktober gespielt",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich diesen Monat Bohemian Rhapsody gehört, des isch halt so a schönes Lied",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie viel Queen hab ich dieses Jahr laufen lassen, sei ehrlich",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Die Daily, wie oft hab ich die in den letzten sieben Tagen gehört",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    Fresh(
        text="Wie oft lief letztes Jahr Helene Fischer bei mir, gell, die mag ich ja",
        family="play_count",
        period="last_year",
        name="Helene Fischer",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Justice gehört, oder bild ich mir des bloß ein",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Am Samstag, hab ich da was von Daft Punk gehört",
        family="did_i",
        period="saturday",
        name="Daft Punk",
    ),
    Fresh(
        text="Lief letzten Freitag The Daily bei mir, ich weiß es nimmer",
        family="did_i",
        period="last_friday",
        name="The Daily",
    ),
    Fresh(
        text="Hab ich dieses Jahr eigentlich mal die Fantastischen Vier gehört, die sind ja von hier",
        family="did_i",
        period="this_year",
        name="Die Fantastischen Vier",
    ),
    Fresh(
        text="Hab ich am Wochenende des Lied Eres von Café Tacvba gehört",
        family="did_i",
        period="last_weekend",
        name="Eres by Café Tacvba",
    ),
    # what_played
    Fresh(
        text="Was hab ich gestern Abend gehört, ich hab nebenher Maultaschen gemacht und gar nicht aufgepasst",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl mal, was lief denn heute Nachmittag bei mir",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was für Musik hab ich am dritten November gehört, des war der Tag mit dem Arzttermin",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="Was lief letzte Nacht, ich bin ja im Sessel eingeschlafen",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was hat die Ada vorgestern gehört",
        family="what_played",
        period="day_before_yesterday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Gestern Abend um Viertel vor acht, was war des für a Lied",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was hab ich heut früh um halb neun gehört",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Heute Nachmittag um zehn nach fünf, was lief da in der Küche",
        family="playing_at",
        moment="2026-11-20 17:10",
        room="kitchen",
    ),
    Fresh(
        text="Was lief denn gestern um acht Uhr abends, da hat grad die Nachbarin geklingelt",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="Was für einen Musikgeschmack hab ich eigentlich, sag's mir ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="So im Großen und Ganzen, was für a Musikrichtung isch des, die ich mag",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr hör ich denn normalerweise, und an welchem Wochentag am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann hör ich eigentlich meistens Musik, zu welcher Tageszeit",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hab ich in letzter Zeit jemand Neues entdeckt, so an Künstler mein ich",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler hab ich diesen Monat zum ersten Mal gehört",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="Wie oft überspring ich eigentlich, bin ich da arg ungeduldig",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hab ich letzte Woche weitergedrückt, also im Verhältnis zu allem was lief",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Hör ich immer die gleichen Lieder, gell, mein Mann hat des früher immer gesagt",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hab ich dieses Jahr dieselben Stücke wiederholt",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander hab ich jetzt schon was gehört",
        family="streak",
    ),
    Fresh(
        text="Wie lang isch meine Serie, also jeden Tag was gehört ohne Pause",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich denn Justice zum ersten Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Digital Love, wann lief des bei mir zum allerersten Mal",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="Wann hab ich zum ersten Mal Wolfgang Petry gehört",
        family="first_play",
        name="Wolfgang Petry",
    ),
    # last_play
    Fresh(
        text="Wann hab ich zuletzt Queen gehört, des isch doch schon ewig her, oder",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Wann lief Moon Safari zum letzten Mal",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="Sag mal, wann hab ich The Daily zuletzt gehört",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Was war des letzte Lied, des ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="Welches Stück hab ich als allerletztes abgespielt, ich hab's nämlich schon wieder vergessen",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied hab ich heute den Tag angefangen",
        family="first_today",
    ),
    Fresh(
        text="Was war heute des erste Lied, gleich nach dem Aufstehen",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war gestern mein erstes Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit was hab ich letzten Freitag angefangen, welches Lied war des erste",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Und welches Lied lief am Samstag als letztes, bevor ich ins Bett bin",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Was war im Oktober des letzte Stück, des ich gehört hab",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich am allermeisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler drück ich immer weg, also wen überspring ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hab ich grad in Dauerschleife, ich krieg's ja nimmer aus dem Kopf",
        family="on_repeat",
    ),
    Fresh(
        text="Was läuft bei mir momentan rauf und runter, so a Lied mein ich",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mir mal, wie mein Jahr so war, musikalisch mein ich",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Gib mir doch mal an Überblick über mei Hören, so a kleine Zusammenfassung",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie war denn mei Woche so, mit der Musik und allem",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Mach mir mal an Rückblick auf den letzten Sommer, des war a schöner Sommer",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr morgens oder mehr abends, was meinsch du",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin ich eher a Nachmittags- oder a Nachthörerin",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Unter der Woche oder samstags und sonntags, wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Im August, war des mehr am Wochenende oder werktags mit dem Hören",
        family="compare_week",
        period="august",
    ),
]

NEGATIVES = [
    "Spiel mal a bissle Daft Punk in der Küche, gell",
    "Mach die Musik mal lauter, ich hör ja nix bei dem Wasserkocher",
    "Was isch des für a Lied, des grad läuft",
    "Überspring des mal, des mag ich jetzt nicht",
    "Halt den Podcast mal an, es hat geklingelt",
    "Nächstes Lied bitte",
    "Mach des Licht in der Küche aus, ich geh ins Bett",
    "Spiel mal des Album Discovery, des ganze",
    "Stell mir an Timer auf zwanzig Minuten für den Hefezopf",
    "Wie wird denn morgen des Wetter in Stuttgart, ich will Wäsche aufhängen",
    "Schreib Spätzlesmehl auf die Einkaufsliste",
    "Dreh die Heizung mal auf einundzwanzig Grad, es isch saukalt",
    "Was hör ich grad eigentlich, ich bin mittendrin reingekommen",
    "Mach mal Zufallswiedergabe an",
    "Des Lied bitte in Dauerschleife, des isch so schön",
    "Verbind den Lautsprecher in der Küche mit dem im Wohnzimmer",
    "Mach mal leiser, sonst beschwert sich die Nachbarin wieder",
    "Spiel die neueste Folge von The Daily",
    "Spiel mal was von Queen, was zum Mitsingen",
    "Musik aus, ich muss telefonieren",
    "Mach mit dem Podcast weiter, wo ich aufgehört hab",
    "Wer singt denn des Lied, des da grad läuft",
    "Spiel was Ruhiges in der Küche, ich hab heut an langen Tag gehabt",
    "Lautstärke auf fünf",
    "Wie spät isch es denn, ich hab ganz die Zeit vergessen",
    "Erinner mich um sieben dran, dass ich meine Schwester anruf",
    "Spring im Podcast dreißig Sekunden vor, des isch bloß Werbung",
    "Weck mich morgen um halb sieben",
    "Von welchem Album isch des Lied, des grad läuft",
    "Dauerschleife wieder aus, des nervt",
]

"""Writer 33, a grandparent speaking careful standard German, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Sag mal, welchen Interpreten habe ich denn in diesem Monat am häufigsten gehört, wenn ich fragen darf?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Wer war denn im vergangenen Jahr mein Künstler des Jahres? Das wüsste ich doch gern.",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="In der Küche, welcher Interpret läuft da seit März am allerhäufigsten?",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="Welches Stück habe ich denn in letzter Zeit am allermeisten gespielt, bitte schön?",
        family="top_tracks",
        period="lately",
    ),
    Fresh(
        text="Nennen Sie mir doch bitte meine drei meistgespielten Lieder aus diesem Jahr.",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Was war denn im vergangenen Sommer mein Lieblingsstück? Ich komme nicht mehr darauf.",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="Welche Platte habe ich denn im Oktober am häufigsten aufgelegt?",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="Was ist denn eigentlich mein Lieblingsalbum, also die Schallplatte, die ich insgesamt am meisten gehört habe?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Welche Sendung, also welchen Podcast, höre ich denn am liebsten?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Von welchem Podcast habe ich in den letzten dreißig Tagen am meisten gehört, wenn Sie so freundlich wären?",
        family="top_podcasts",
        period="last_30_days",
    ),
    Fresh(
        text="Wie lange lief denn heute bei mir schon Musik, wenn Sie mir das sagen könnten?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden haben wir in der vergangenen Woche in der Küche Musik gehört?",
        family="listening_time",
        period="last_week",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Wie lange habe ich denn an den letzten sieben Tagen Podcasts gehört, ungefähr in Stunden?",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Lieder habe ich denn gestern gespielt?",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viele Folgen meiner Sendung habe ich seit Montag gehört?",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel habe ich denn in den vergangenen zwei Wochen insgesamt abgespielt, Musik und alles zusammen?",
        family="plays",
        period="last_2_weeks",
    ),
    Fresh(
        text="Wie viele verschiedene Interpreten habe ich in diesem Jahr eigentlich gehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele verschiedene Stücke habe ich denn im September gehört, so ungefähr?",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="Wie viele unterschiedliche Lieder habe ich im August gehört? Es waren wohl nicht viele.",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="Wie oft habe ich denn diese Woche Queen gehört? Ich höre die Herren ja so gern.",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Wie oft lief bei mir in diesem Sommer das Stück Bohemian Rhapsody?",
        family="play_count",
        period="summer",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft hat die Ada seit Oktober das Lied Genesis gehört?",
        family="play_count",
        period="since_october",
        name="Genesis",
        person="Ada",
    ),
    Fresh(
        text="Habe ich gestern Abend eigentlich Daft Punk gehört, oder täusche ich mich da?",
        family="did_i",
        period="yesterday_evening",
        name="Daft Punk",
    ),
    Fresh(
        text="Habe ich jemals etwas von Radiohead gehört? Mein Enkel hat mir davon erzählt.",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Lief vorgestern die Sendung The Daily bei mir?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Haben wir am dritten November die Schallplatte Discovery gehört?",
        family="did_i",
        period="november_3",
        name="Discovery",
        person="we",
    ),
    Fresh(
        text="Was habe ich denn heute Morgen gehört? Ich war noch nicht ganz wach, müssen Sie wissen.",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Was haben wir denn am vergangenen Wochenende so gehört?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Was hat denn die Ada letzte Nacht gehört?",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    Fresh(
        text="Was lief denn heute Nachmittag bei mir, wenn ich fragen darf?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was lief denn gestern Abend gegen Viertel vor acht? Das war ein hübsches Stück.",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was wurde heute früh um halb neun gespielt?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Welches Stück spielte denn am Mittwoch um zwölf Uhr mittags?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Wie würden Sie meinen Musikgeschmack beschreiben, ganz ehrlich?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Was für Musik höre ich denn eigentlich so, was meinen Sie?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Zu welcher Tageszeit höre ich denn gewöhnlich Musik, und an welchem Wochentag am meisten?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Habe ich in letzter Zeit einen neuen Interpreten für mich entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler habe ich in den letzten drei Monaten zum ersten Mal gehört?",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Wie oft überspringe ich denn ein Stück, im Verhältnis zu allem, was läuft?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Lieder habe ich diesen Monat übersprungen, gemessen an allem, was gespielt wurde?",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="Höre ich denn immerzu dieselben Lieder? Wie oft wiederhole ich mich da?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Seit wie vielen Tagen höre ich nun schon ohne Unterbrechung jeden Tag etwas?",
        family="streak",
    ),
    Fresh(
        text="Wann habe ich denn zum allerersten Mal Justice gehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann lief die Platte Moon Safari bei mir zum ersten Mal?",
        family="first_play",
        name="Moon Safari",
    ),
    Fresh(
        text="Wann lief denn zuletzt Don't Stop Me Now von Queen?",
        family="last_play",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="Wann habe ich das letzte Mal Wet Leg gehört, falls überhaupt?",
        family="last_play",
        name="Wet Leg",
    ),
    Fresh(
        text="Welches Lied habe ich denn zuletzt gehört?",
        family="last_song",
    ),
    Fresh(
        text="Mit welchem Stück habe ich denn heute den Tag begonnen?",
        family="first_today",
    ),
    Fresh(
        text="Welches Lied habe ich denn am vergangenen Freitag als erstes gespielt?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Und welches Stück lief gestern als letztes, bevor ich zu Bett gegangen bin?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Welches Lied überspringe ich denn am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Interpreten überspringe ich denn am meisten? Das würde mich schon interessieren.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Stück höre ich denn zurzeit immer wieder, gewissermaßen in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Erzählen Sie mir doch bitte, wie mein November bisher gewesen ist, was die Musik betrifft.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Geben Sie mir bitte einen Rückblick auf das Jahr zweitausendfünfundzwanzig.",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="Wie war denn meine Woche so, musikalisch gesprochen?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Höre ich eigentlich mehr am Morgen oder eher am Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Höre ich am Wochenende mehr als unter der Woche, oder ist es umgekehrt?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spielen Sie bitte etwas von Queen in der Küche.",
    "Würden Sie die Musik bitte ein wenig lauter stellen?",
    "Was läuft denn gerade in der Küche?",
    "Was ist das für ein Stück, das gerade gespielt wird?",
    "Überspringen Sie bitte dieses Lied, es gefällt mir nicht.",
    "Halten Sie bitte die Sendung an, es hat geklingelt.",
    "Das nächste Stück im Wohnzimmer, bitte.",
    "Schalten Sie doch bitte das Licht in der Küche aus.",
    "Legen Sie bitte die Platte Discovery auf.",
    "Machen Sie die Musik bitte etwas leiser, meine Ohren sind nicht mehr die jüngsten.",
    "Bitte spielen Sie meine Musik in zufälliger Reihenfolge.",
    "Wiederholen Sie bitte dieses Lied immer wieder.",
    "Stellen Sie bitte einen Wecker für zwanzig Minuten, der Kuchen ist im Ofen.",
    "Wie wird denn morgen das Wetter, brauche ich einen Schirm?",
    "Setzen Sie bitte Butter und Mehl auf den Einkaufszettel.",
    "Stellen Sie die Heizung bitte auf zweiundzwanzig Grad.",
    "Wer singt denn da gerade, was höre ich da im Augenblick?",
    "Spielen Sie bitte die neueste Folge von The Daily.",
    "Verbinden Sie bitte den Lautsprecher in der Küche mit dem im Wohnzimmer.",
    "Schalten Sie bitte die Musik in der Küche aus, ich möchte telefonieren.",
    "Spielen Sie bitte etwas Ruhiges von Air, zum Abendbrot.",
    "Wie spät ist es denn jetzt?",
    "Erinnern Sie mich bitte morgen um zehn an meinen Arzttermin.",
]

"""Writer 540, eine 90-jährige Ostpreußin in Lübeck, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Entschuldigen Sie bitte, wer ist denn mein liebster Sänger in diesem Monat?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Kapelle habe ich voriges Jahr am meisten gehört, wissen Sie das?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Nu sagen Sie mal, wen höre ich denn in letzter Zeit am allermeisten?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Würden Sie mir freundlicherweise meine drei meistgespielten Lieder dieses Jahres nennen?",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Welches war denn mein Lieblingslied im Oktober, bitte schön?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Welche Platte habe ich am häufigsten aufgelegt, wenn ich fragen darf?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Das Album, das ich im Sommer am meisten gehört habe, welches war das noch?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Welche von diesen Podcast-Sendungen höre ich denn am liebsten?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Ach bitte, welcher Podcast lief seit März am meisten?",
        family="top_podcasts",
        period="since_march",
    ),
    Fresh(
        text="Wie lange lief denn heute schon Musik, bitte?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Können Sie mir wohl sagen, wie viele Stunden wir letzte Woche zugehört haben?",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="In der Küche, wie lange hatte ich vorgestern das Radio an?",
        family="listening_time",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="Wie viel Musik lief bei uns am Wochenende, ach Gottchen, ich weiß es nicht mehr",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie viele Lieder sind heute Morgen gespielt worden?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viele Stücke habe ich denn in den letzten dreißig Tagen gehört, alles zusammen?",
        family="plays",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="Wie viele Folgen von den Podcasts habe ich diesen Monat gehört, bitte?",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler habe ich dieses Jahr gehört, wenn Sie gestatten?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele unterschiedliche Sänger und Kapellen waren es im September?",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder habe ich seit Oktober gehört?",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="Verschiedene Lieder, wie viele waren das letzten Sommer, bitte?",
        family="songs_count",
        period="last_summer",
    ),
    Fresh(
        text="Wie oft habe ich denn diese Bohemian Rhapsody gehört in diesem Monat?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief Queen bei mir dieses Jahr, wenn Sie so freundlich wären?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Wie oft habe ich die Comedian Harmonists gehört, das möchte ich gern wissen",
        family="play_count",
        period="all_time",
        name="Comedian Harmonists",
    ),
    Fresh(
        text="Habe ich gestern Queen gehört, können Sie mir das sagen?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Lief in letzter Zeit etwas von Justice?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Hab ich am Samstag Air gehört, diese Franzosen?",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="Verzeihung, habe ich dieses Jahr mal Freddy Quinn gehört?",
        family="did_i",
        period="this_year",
        name="Freddy Quinn",
    ),
    Fresh(
        text="Was habe ich denn gestern Abend gehört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief am dritten November, bitte?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Letzten Freitag, was habe ich da gehört? Ich weiß es beim besten Willen nicht mehr",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="Was lief gestern gegen Viertel vor acht abends?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heute früh um acht, was spielte da, bitte?",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Was lief gestern Abend um fünf nach acht, Kastenchen?",
        family="playing_at",
        moment="2026-11-19 20:05",
    ),
    Fresh(
        text="Was für Musik mag ich eigentlich, was meinen Sie?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreiben Sie mir doch bitte meinen Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Zu welcher Tageszeit höre ich gewöhnlich Musik?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An welchem Wochentag und um welche Uhrzeit höre ich meistens, bitte?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Habe ich in letzter Zeit neue Künstler kennengelernt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Sänger habe ich diesen Monat zum ersten Mal gehört?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wie oft überspringe ich denn die Lieder, bitte?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel habe ich diese Woche weitergeschaltet, im Verhältnis, meine ich?",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="Höre ich immer wieder dieselben Lieder, sagen Sie ehrlich?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie sehr wiederhole ich mich seit Montag mit den Stücken?",
        family="repeat",
        period="since_monday",
    ),
    Fresh(
        text="Wie viele Tage hintereinander habe ich nun schon Musik gehört?",
        family="streak",
    ),
    Fresh(
        text="Wann habe ich Justice zum ersten Mal gehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Dieses Lied Eres, wann lief das zum allerersten Mal?",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="Wann habe ich zuletzt The Daily gehört, diese englische Sendung?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann lief Don't Stop Me Now das letzte Mal?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Welches Lied habe ich als letztes gehört?",
        family="last_song",
    ),
    Fresh(
        text="Welches Lied lief heute als allererstes?",
        family="first_today",
    ),
    Fresh(
        text="Was war gestern das erste Lied, bitte?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit habe ich letzte Woche angefangen, mit welchem Lied?",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="Welches Lied lief letzte Nacht als letztes?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Womit habe ich am Samstag aufgehört, wissen Sie das?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Welches Lied überspringe ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler schalte ich am meisten weg, bitte schön?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied höre ich zur Zeit immer wieder?",
        family="on_repeat",
    ),
    Fresh(
        text="Nu, welches Stück kann ich jetzt gar nicht lassen?",
        family="on_repeat",
    ),
    Fresh(
        text="Erzählen Sie mal, wie war denn mein Oktober mit der Musik?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Wie war meine Woche, musikalisch, bitte?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Geben Sie mir doch bitte einen Rückblick auf mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Höre ich morgens mehr oder abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin ich mehr am Nachmittag oder am Abend beim Zuhören, was meinen Sie?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Höre ich am Wochenende mehr als unter der Woche?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spielen Sie bitte Queen in der Küche",
    "Machen Sie die Musik bitte etwas lauter",
    "Bitte leiser, das ist mir zu laut",
    "Was ist das für ein Lied, das gerade läuft?",
    "Was läuft denn gerade in der Küche?",
    "Bitte dieses Lied überspringen",
    "Halten Sie den Podcast bitte an",
    "Nächstes Lied, bitte schön",
    "Machen Sie bitte das Licht in der Küche aus",
    "Spielen Sie das Album Discovery",
    "Wie wird das Wetter morgen in Lübeck?",
    "Stellen Sie bitte einen Kurzzeitwecker auf zehn Minuten, für die Klopse",
    "Schreiben Sie bitte Butter auf den Einkaufszettel",
    "Drehen Sie die Heizung ein bisschen höher, mir ist kalt",
    "Bitte in zufälliger Reihenfolge abspielen",
    "Dieses Lied bitte wiederholen",
    "Spielen Sie die Musik auch im Wohnzimmer, bitte, auf beiden Lautsprechern",
    "Was höre ich denn gerade jetzt?",
    "Lautstärke auf vier, bitte",
    "Stopp! Aufhören bitte",
    "Spielen Sie doch mal Ännchen von Tharau",
    "Wie spät ist es, bitte?",
    "Nächster Titel im Wohnzimmer",
    "Spielen Sie bitte die neueste Folge von The Daily",
]

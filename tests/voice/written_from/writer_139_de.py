"""Writer 139, an extremely formal Viennese Hofrat, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Gestatten, werter Assistent: Welchen Künstler habe ich vorige Woche am häufigsten gehört?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wären Sie so freundlich, mir mitzuteilen, ob ich diesen Monat Queen gehört habe?",
        family="did_i",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="Ich darf höflichst ersuchen: Was lief gestern Abend um dreiviertel acht?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Hätten Sie die Güte, mir zu sagen, wie viele Lieder heute gespielt wurden?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Nennen Sie mir bitte ergebenst meine drei meistgespielten Lieder des heurigen Jahres.",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Welches Album, wenn ich fragen darf, habe ich seit Oktober am öftesten aufgelegt?",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="Werter Assistent, welchen Podcast höre ich in letzter Zeit am liebsten?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie viele Stunden habe ich im vergangenen Monat zugehört, wären Sie so freundlich?",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="Gestatten Sie die Frage, wie viele verschiedene Künstler ich in den letzten dreißig Tagen gehört habe.",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder habe ich im Jahre zweitausendfünfundzwanzig gehört? Ich bitte um Auskunft.",
        family="songs_count",
        period="in_2025",
    ),
    Fresh(
        text="Wie oft habe ich seit März die Bohemian Rhapsody gespielt, wenn Sie so gütig wären?",
        family="play_count",
        period="since_march",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Erzählen Sie mir doch bitte, was ich gestern am Abend gehört habe.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wie würden Sie meinen musikalischen Geschmack beschreiben, werter Assistent?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Zu welcher Stunde und an welchem Wochentag pflege ich für gewöhnlich Musik zu hören?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Habe ich diesen Monat neue Künstler kennengelernt? Ich wäre Ihnen sehr verbunden.",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wie oft überspringe ich eigentlich etwas? Eine Quote wäre mir recht.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Sagen Sie, höre ich wohl allzu oft dieselben Lieder wieder und wieder?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Tage in Folge habe ich nunmehr Musik gehört, wenn ich bitten darf?",
        family="streak",
    ),
    Fresh(
        text="Wann habe ich Justice zum allerersten Mal gehört? Ergebensten Dank im Voraus.",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wären Sie so freundlich, mich zu erinnern, wann ich zuletzt The Daily gehört habe?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Welches Lied habe ich zuletzt gehört, werter Assistent?",
        family="last_song",
    ),
    Fresh(
        text="Gestatten: Womit habe ich heute früh den Tag musikalisch begonnen?",
        family="first_today",
    ),
    Fresh(
        text="Was war das erste Lied, das ich gestern gespielt habe? Ich bitte um gefällige Auskunft.",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit welchem Stück habe ich vergangenen Freitag geschlossen, wenn Sie so freundlich wären?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welches Lied überspringe ich am allerhäufigsten, darf ich fragen?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Und welchen Interpreten überspringe ich am öftesten? Seien Sie ruhig offen.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied läuft bei mir derzeit in Dauerschleife, wenn ich höflichst fragen darf?",
        family="on_repeat",
    ),
    Fresh(
        text="Hätten Sie die Güte, mir einen Überblick über meine Musikwoche zu geben?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Höre ich mehr am Vormittag oder eher am Abend? Das interessiert mich ergebenst.",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wären Sie so freundlich festzustellen, ob ich am Wochenende mehr höre als unter der Woche?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Wer war denn im Sommer mein Lieblingskünstler, werter Assistent?",
        family="top_artists",
        period="summer",
    ),
    Fresh(
        text="In der Küche, bitte: Welcher Künstler wurde dort heuer am meisten gespielt?",
        family="top_artists",
        period="this_year",
        room="kitchen",
    ),
    Fresh(
        text="Fünf meiner meistgehörten Lieder aller Zeiten, wenn ich bitten dürfte.",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Welche Platte habe ich im vorigen Sommer am häufigsten aufgelegt? Mein Gedächtnis lässt mich im Stich.",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="Wie lange lief heute Vormittag Musik, wenn Sie mir das gütigst verraten wollen?",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viele Podcastfolgen habe ich im Oktober gehört? Ich danke ergebenst.",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel Daft Punk habe ich diese Woche gehört, werter Assistent?",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Radiohead: Habe ich davon heuer überhaupt etwas gehört?",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="Gestatten, habe ich am vergangenen Wochenende Air gehört?",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="Was habe ich am Samstag gehört? Ich ersuche um eine kurze Zusammenfassung.",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Was lief denn heute früh um halb neun, wären Sie so freundlich?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Sind mir in den letzten dreißig Tagen neue Interpreten untergekommen?",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="Wann habe ich zum ersten Mal Don't Stop Me Now gehört, wenn ich fragen darf?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Und Café Tacvba, werter Assistent: Wann hatte ich die zuletzt auf?",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Gestatten Sie mir die Bitte um einen Jahresrückblick meines Musikhörens.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Welchen Künstler haben wir im Haushalt vergangenen Monat am meisten gehört?",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Wie lange hat die Ada vorgestern Musik gehört, wenn Sie so freundlich wären?",
        family="listening_time",
        period="day_before_yesterday",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="Wie viele Stücke wurden letzte Nacht gespielt? Ich bitte um die Zahl.",
        family="plays",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="Gestern Abend, so gegen zehn nach acht, lief etwas. Was war das, werter Assistent?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="Wie oft habe ich in den letzten dreißig Tagen The Daily gehört, ergebenst gefragt?",
        family="play_count",
        period="last_30_days",
        name="The Daily",
    ),
    Fresh(
        text="Sagen Sie, habe ich seit Montag das Genesis von Justice gehört?",
        family="did_i",
        period="since_monday",
        name="Genesis by Justice",
    ),
    Fresh(
        text="Erzählen Sie mir gütigst, wie mein Oktober musikalisch verlaufen ist.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Welche Sendung unter den Podcasts hat mich voriges Jahr am meisten beschäftigt?",
        family="top_podcasts",
        period="last_year",
    ),
]

NEGATIVES = [
    "Gestatten, spielen Sie bitte Daft Punk in der Küche.",
    "Wären Sie so freundlich, die Musik ein wenig lauter zu stellen?",
    "Werter Assistent, welches Lied ist das, das gerade spielt?",
    "Überspringen Sie dieses Stück, ich bitte ergebenst.",
    "Halten Sie den Podcast an, wenn ich bitten darf, das Telefon läutet.",
    "Hätten Sie die Güte, das Licht in der Küche auszuschalten?",
    "Spielen Sie bitte das Album Discovery von Anfang an.",
    "Stellen Sie mir gütigst einen Wecker auf zehn Minuten für die Eier.",
    "Wie wird denn das Wetter morgen in Wien, werter Assistent?",
    "Setzen Sie bitte Semmeln und Kaffee auf die Einkaufsliste.",
    "Werter Assistent, was höre ich denn gerade eben?",
    "Wären Sie so gütig, die Heizung auf einundzwanzig Grad zu stellen?",
    "Spielen Sie bitte die Musik in zufälliger Reihenfolge ab.",
    "Drehen Sie den Lautsprecher in der Küche ein wenig leiser, ich bitte Sie.",
    "Das nächste Lied, wenn ich bitten darf.",
    "Gestatten, spielen Sie bitte die neueste Folge von The Daily.",
    "Hätten Sie die Güte, den Lautsprecher in der Küche mit dem im Salon zu verbinden?",
    "Schalten Sie bitte die Wiederholung für dieses Album ein.",
    "Wer singt denn dieses Lied, das eben läuft, werter Assistent?",
    "Beenden Sie die Musik, ich habe Besuch, ergebensten Dank.",
    "Spielen Sie mir bitte Bohemian Rhapsody in der Küche vor.",
    "Erinnern Sie mich gütigst um sieben Uhr an meinen Termin beim Notar.",
    "Wären Sie so freundlich, das Album Moon Safari in der Küche abzuspielen?",
    "Setzen Sie den Podcast bitte dort fort, wo ich aufgehört habe.",
    "Stellen Sie die Lautstärke gefälligst auf fünf, ich bitte Sie.",
]

"""Writer 2, a chatty person, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Sag mal, ich hab mich gerade gefragt, wen hab ich eigentlich diesen Monat am meisten gehört, also welche Band oder welchen Künstler?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Kannst du mir mal verraten, wer letztes Jahr so mein Künstler Nummer eins war, ich bin echt gespannt, ob ich richtig liege",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Du, mal ehrlich, von wem bin ich in letzter Zeit so richtig besessen, künstlermäßig?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Was war denn so mein Lieblingslied im Oktober, also das, was am häufigsten lief?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Erzähl mal, welche fünf Songs hab ich dieses Jahr am meisten gespielt, ich will nämlich eine Playlist für meine Freundin machen",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="In der Küche, was läuft da eigentlich am allermeisten, also welches Lied, mir kommt's vor, als wär's immer dasselbe",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Kannst du mir sagen, welches Album ich im Sommer am meisten gehört hab, das war doch irgendwas Entspanntes, oder?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Sag mal, welche Platte hab ich in den letzten drei Monaten so am häufigsten aufgelegt?",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="Welcher Podcast ist denn eigentlich so mein Dauerbrenner, also insgesamt gesehen?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Mal ne Frage, welchen Podcast hab ich letzten Monat am meisten gehört, ich hab ja nicht so viele, aber trotzdem",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="Wie lange lief bei mir heute eigentlich so Musik, ich hab das Gefühl, das war den ganzen Tag",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Kannst du mir mal ausrechnen, wie viele Stunden wir letzte Woche gehört haben, so insgesamt, Musik und Podcasts und alles?",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Sag mal, wie viel Zeit hab ich seit März mit Podcasts verbracht, ich trau mich kaum zu fragen",
        family="listening_time",
        period="since_march",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Lieder hab ich denn heute Morgen gehört, ich war ja schon so früh wach",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Erzähl mal, wie oft wurde in der Küche am Samstag irgendwas abgespielt, also insgesamt?",
        family="plays",
        period="saturday",
        room="kitchen",
    ),
    Fresh(
        text="Wie viele Folgen hab ich eigentlich in den letzten dreißig Tagen gehört, so ungefähr reicht mir",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Ich hab mich gefragt, wie viele verschiedene Künstler ich dieses Jahr so gehört hab, bestimmt weniger als ich denke",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Kannst du mir sagen, wie viele unterschiedliche Bands ich überhaupt schon gehört hab, also seit Anfang an?",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder hab ich diese Woche gespielt, also ohne die Wiederholungen mitzuzählen",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="Sag mal, wie viele unterschiedliche Songs waren es im September, nur so aus Neugier",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="Wie oft hab ich denn dieses Jahr Bohemian Rhapsody gehört, und bitte nicht lachen",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Sag mal, wie viel Daft Punk lief bei mir diesen Monat, mein Mann meint nämlich, es war zu viel",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hab ich eigentlich schon Radiohead gehört, ich weiß ehrlich gar nicht, ob überhaupt",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Hab ich gestern eigentlich Justice gehört, ich glaub schon, aber ich war halb am Schlafen",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="In letzter Zeit mal Air gehört? Ich hab so das Gefühl, die kommen gerade zu kurz",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="Du, haben wir am Wochenende eigentlich Don't Stop Me Now gehört, als die Freunde da waren?",
        family="did_i",
        period="last_weekend",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="Sag mal, was hab ich gestern Abend so gehört, da lief irgendwas, aber ich komm einfach nicht mehr drauf",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Kannst du mir mal erzählen, was vorgestern so bei mir lief?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was lief denn gestern so gegen Viertel vor acht, da war so ein Lied, das mir total gefallen hat",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Sag mal, was lief heute früh um halb neun in der Küche, kurz bevor ich los bin?",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="Wie würdest du eigentlich meinen Musikgeschmack beschreiben, sei ruhig ehrlich, aber nett",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Sag mal, wann hör ich denn so normalerweise Musik, also zu welcher Uhrzeit und an welchem Wochentag am meisten?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab ich in letzter Zeit eigentlich irgendwen Neues entdeckt, also Künstler, die ich vorher noch nie gehört hatte?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Bands hab ich denn seit Oktober zum allerersten Mal gehört, kannst du mir das sagen?",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="Wie oft skippe ich eigentlich so, ich hab das Gefühl, ich lass nie was zu Ende laufen",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Sag mal, wie hoch war denn meine Überspringrate letzte Woche, also wie viel hab ich weggedrückt?",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="Hör ich eigentlich oft dieselben Sachen immer wieder, also wie hoch ist so meine Wiederholungsquote?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Tage am Stück hab ich jetzt eigentlich schon gehört, ich hoffe, das ist eine ordentliche Serie",
        family="streak",
    ),
    Fresh(
        text="Wann hab ich denn zum ersten Mal Café Tacvba gehört, ich weiß gar nicht mehr, wie ich auf die gekommen bin",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Sag mal, wann lief bei mir zum allerersten Mal The Daily?",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann hab ich eigentlich das letzte Mal Digital Love gehört, kommt mir ewig her vor",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="Kannst du mir sagen, wann ich zuletzt was von Wet Leg gehört hab, falls überhaupt?",
        family="last_play",
        name="Wet Leg",
    ),
    Fresh(
        text="Was war denn das letzte Lied, das ich gespielt hab, ich weiß echt nicht mehr, was vorhin lief",
        family="last_song",
    ),
    Fresh(
        text="Mit welchem Lied hab ich heute eigentlich den Tag angefangen, also das allererste?",
        family="first_today",
    ),
    Fresh(
        text="Sag mal, was war denn das erste Lied, das ich letzten Freitag gespielt hab?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Womit hab ich denn gestern aufgehört, also was war das letzte Lied vom Tag?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Und was lief bei uns als Letztes am dritten November, weißt du das noch?",
        family="last_in",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="Welches Lied überspring ich eigentlich am häufigsten, da gibt's bestimmt eins, das ich immer wegdrücke",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Sag mal, welchen Künstler skippe ich am meisten, wahrscheinlich einen, den ich eigentlich mag",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied läuft bei mir gerade so in Dauerschleife, ich krieg's nämlich nicht mehr aus dem Kopf",
        family="on_repeat",
    ),
    Fresh(
        text="Was ist denn momentan mein Ohrwurm, also der Song, den ich ständig wieder anmache?",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl mal, wie war denn so mein Oktober, musikalisch gesehen, so eine kleine Zusammenfassung wär schön",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Kannst du mir einen kleinen Rückblick auf mein Jahr geben, so wie das die Apps immer machen?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Gib mir doch mal einen Überblick, wie mein Hören so läuft, einfach so allgemein",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Bin ich eigentlich eher so ein Morgenhörer oder hör ich mehr abends, was meinst du?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Sag mal, hör ich am Wochenende mehr als unter der Woche, oder ist das nur so ein Gefühl von mir?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Mach doch mal bitte Daft Punk in der Küche an, so was Fröhliches zum Kochen",
    "Kannst du die Musik ein bisschen lauter machen, ich hör ja gar nichts beim Abwaschen",
    "Was läuft denn da gerade in der Küche, ich bin oben und hör's nur so halb",
    "Oh, das ist schön, wie heißt denn dieses Lied hier?",
    "Bitte überspring das Lied, da hab ich heute echt keine Lust drauf",
    "Halt mal kurz den Podcast an, da klingelt jemand an der Tür",
    "Nächstes Lied im Wohnzimmer bitte, das ist mir zu langsam",
    "Kannst du mal das Licht in der Küche ausmachen, ich geh jetzt ins Bett",
    "Spiel doch mal das ganze Album Discovery von vorne ab",
    "Stell die Lautstärke auf so zwanzig, es ist schon ein bisschen spät für so laut",
    "Mach mal Zufallswiedergabe an, die Reihenfolge langweilt mich langsam",
    "Schalt mal Wiederholen ein für das Lied, ich will's nochmal und nochmal hören",
    "Verbinde doch mal den Lautsprecher in der Küche mit dem im Wohnzimmer",
    "Stell mir bitte einen Timer auf zwölf Minuten für die Nudeln",
    "Sag mal, wie wird denn das Wetter morgen, brauch ich einen Schirm?",
    "Schreib Hafermilch auf die Einkaufsliste, die ist schon wieder alle",
    "Dreh doch mal die Heizung auf einundzwanzig Grad, mir ist so kalt",
    "Was hör ich denn gerade eigentlich, ich hab total den Faden verloren",
    "Spiel mal die neueste Folge von The Daily, falls es schon eine gibt",
    "Mach die Musik aus, wir essen jetzt",
    "Spiel den Podcast da weiter, wo ich aufgehört hab",
    "Spul mal dreißig Sekunden vor, die Werbung brauch ich nicht",
    "Wer singt denn das hier gerade, das ist ja richtig eingängig",
    "Mach mal im Schlafzimmer so entspannte Musik an, was zum Einschlafen",
]

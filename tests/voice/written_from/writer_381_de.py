"""Writer 381, ein pensionierter Studienrat, sehr förmlich und umständlich, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Ich hätte gern gewusst, welchen Künstler ich in der vergangenen Woche am häufigsten gehört habe.",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wären Sie wohl so freundlich, mir die drei Interpreten zu nennen, die ich in diesem Jahr am meisten gehört hätte?",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="In der Küche, wo ja bekanntlich das meiste läuft, welcher Künstler wäre dort seit Montag am häufigsten gespielt worden?",
        family="top_artists",
        period="since_monday",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Welches Lied hätte ich denn, sofern Sie mir die Frage gestatten, im Oktober am häufigsten abgespielt?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Könnten Sie mir freundlicherweise mitteilen, welche fünf Lieder ich im letzten Jahr am häufigsten gehört hätte?",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Ich hätte gern gewusst, welches Album ich seit März am häufigsten aufgelegt habe, wie man früher sagte.",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Welche Platte, um es einmal altmodisch auszudrücken, hätte ich in diesem Sommer am meisten gehört?",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hätte ich in letzter Zeit am meisten gehört, wenn ich fragen darf?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Es würde mich interessieren, welcher Podcast im vergangenen Jahr mein bevorzugter gewesen sei.",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="Wie lange, so hätte ich gern gewusst, lief bei mir gestern Musik?",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hätte ich in diesem Monat insgesamt zugehört, wenn man alles zusammenrechnete?",
        family="listening_time",
        period="this_month",
    ),
    Fresh(
        text="Wie viel Zeit hätte ich wohl in den letzten dreißig Tagen mit Podcasts zugebracht?",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Wie lange hätten wir am vergangenen Wochenende in der Küche Musik gehört?",
        family="listening_time",
        period="last_weekend",
        content="music",
        room="kitchen",
        person="we",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hätte ich heute bereits abgespielt, wenn Sie so freundlich wären nachzusehen?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Ich hätte gern gewusst, wie viele Podcastfolgen ich seit Oktober gehört habe.",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hätte ich in den letzten drei Monaten gehört, wenn Sie das ermitteln könnten?",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="Ich hätte gern gewusst, wie viele unterschiedliche Lieder ich in den letzten sieben Tagen gehört habe, jedes nur einmal gezählt.",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="Wie oft hätte ich denn Bohemian Rhapsody in diesem Monat gehört? Ich fürchte, recht häufig.",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie häufig, wenn die Frage erlaubt ist, lief im August etwas von Daft Punk?",
        family="play_count",
        period="august",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hätte ich in diesem Jahr Radiohead gehört? Ich vermute ja, überhaupt nicht.",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Hätte ich gestern Abend Queen gehört, oder täusche ich mich da?",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="Habe ich am Samstag The Daily gehört? Ich wüsste es gern.",
        family="did_i",
        period="saturday",
        name="The Daily",
    ),
    Fresh(
        text="Hätte ich im Sommer des vergangenen Jahres jemals Café Tacvba gehört, was meinen Sie?",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="Sagen Sie, hätte ich in den vergangenen zwei Wochen dieses D.A.N.C.E. von Justice gehört?",
        family="did_i",
        period="last_2_weeks",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="Was hätte ich denn vorgestern gehört, wenn Sie mir das kurz zusammenfassen könnten?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was hätten wir denn bei uns gestern Abend so gehört, wenn ich fragen darf?",
        family="what_played",
        period="yesterday_evening",
        person="we",
    ),
    Fresh(
        text="Was habe ich am dritten November gehört, sofern das noch festzustellen wäre?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Ich hätte gern gewusst, was Ada heute Morgen gehört hat.",
        family="what_played",
        period="this_morning",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern gegen Viertel vor acht am Abend, wenn ich fragen darf?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Ich hätte gern gewusst, was heute früh um halb neun gespielt wurde.",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Heute Nachmittag um fünf nach fünf lief doch etwas, was war das gleich?",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="Wie würden Sie meinen Musikgeschmack beschreiben, wenn Sie so freundlich wären?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Zu welcher Tageszeit und an welchem Wochentag höre ich für gewöhnlich Musik?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hätte ich in letzter Zeit irgendwelche neuen Künstler entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Interpreten habe ich in diesem Monat zum allerersten Mal gehört?",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="Wie hoch wäre denn in dieser Woche der Anteil dessen, was ich übersprungen habe?",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Inwieweit neige ich dazu, dieselben Stücke immer wieder von Neuem zu hören?",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Seit wie vielen Tagen in Folge höre ich nun schon ohne Unterbrechung?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hätte ich Justice eigentlich zum ersten Mal gehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann wäre Don't Stop Me Now erstmals in meinem Verlauf aufgetaucht?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    # last_play
    Fresh(
        text="Wann hätte ich zuletzt Digital Love von Daft Punk gehört?",
        family="last_play",
        name="Digital Love by Daft Punk",
    ),
    Fresh(
        text="Das Album Moon Safari, wann lief das eigentlich zum letzten Mal?",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="Welches Lied hätte ich denn zuletzt gehört? Es ist mir entfallen.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied hätte ich den heutigen Tag begonnen?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Welches war das erste Lied, das ich gestern gehört habe?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hätte ich am letzten Freitag meinen musikalischen Tag eröffnet?",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Welches Lied lief am Samstag als letztes, bevor Ruhe einkehrte?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Was hätte ich im September als Letztes gehört?",
        family="last_in",
        period="september",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspringe ich am häufigsten, wenn ich fragen dürfte?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspringe ich wohl am häufigsten? Ich hätte da eine Vermutung.",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Stück hätte ich denn dieser Tage in Dauerschleife laufen?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzählen Sie mir doch bitte, wie mein Oktober musikalisch verlaufen sei.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Ich hätte gern einen Rückblick auf mein Jahr, sofern das möglich wäre.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Könnten Sie mir einen zusammenfassenden Überblick über mein Hörverhalten geben?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie wäre denn das Jahr zweitausendfünfundzwanzig musikalisch verlaufen, im Rückblick betrachtet?",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="Höre ich, Ihrer Einschätzung nach, eher morgens oder eher abends Musik?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Würde ich an den Wochenenden mehr hören als an den Werktagen, oder verhielte es sich umgekehrt?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Wären Sie so freundlich, Daft Punk in der Küche zu spielen?",
    "Würden Sie die Musik bitte etwas lauter stellen, ich verstehe kaum etwas.",
    "Was ist denn das für ein Lied, das gerade läuft?",
    "Überspringen Sie bitte dieses Lied, es sagt mir nicht zu.",
    "Halten Sie den Podcast bitte an, es hat geklingelt.",
    "Ich hätte gern den nächsten Titel im Wohnzimmer.",
    "Würden Sie bitte das Licht in der Küche ausschalten?",
    "Spielen Sie doch bitte das Album Discovery.",
    "Stellen Sie die Lautstärke bitte auf dreißig Prozent.",
    "Wären Sie so gut, die Wiedergabe zu mischen?",
    "Schalten Sie bitte die Wiederholung für dieses Album ein.",
    "Verbinden Sie bitte den Lautsprecher in der Küche mit dem im Wohnzimmer.",
    "Stellen Sie mir bitte einen Wecker auf zwölf Minuten für die Eier.",
    "Wie wird denn das Wetter heute Abend?",
    "Setzen Sie bitte Orangenmarmelade auf die Einkaufsliste.",
    "Würden Sie die Heizung auf einundzwanzig Grad stellen?",
    "Was höre ich denn in diesem Augenblick?",
    "Was läuft gerade in der Küche?",
    "Spielen Sie bitte die neueste Folge von The Daily ab.",
    "Halten Sie die Musik bitte an.",
    "Spielen Sie Bohemian Rhapsody von Queen in der Küche, wenn Sie so freundlich wären.",
    "Drehen Sie die Küche bitte etwas leiser, es ist recht laut.",
    "Zurück zum vorigen Titel, bitte, ich habe den Anfang verpasst.",
    "Legen Sie doch bitte etwas klassische Musik auf.",
]

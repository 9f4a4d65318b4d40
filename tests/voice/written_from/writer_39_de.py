"""Writer 39, polite indirect Swiss speaker, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Grüezi, könnten Sie mir sagen, welcher Künstler diesen Monat bei mir zuoberst war?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Würde mich wunder nehmen, wen ich letztes Jahr am meisten gehört habe",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Hätten Sie vielleicht eine Ahnung, welche Band letzten Sommer meine liebste war?",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="Hätten Sie vielleicht meine drei meistgespielten Lieder seit Oktober?",
        family="top_tracks",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="Könnten Sie mir sagen, was im Sommer mein Lieblingslied war, merci",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="In der Küche, würde mich wunder nehmen, welches Lied da in den letzten drei Monaten am häufigsten lief",
        family="top_tracks",
        period="last_3_months",
        room="kitchen",
    ),
    Fresh(
        text="Würde mich wunder nehmen, welches Album ich dieses Jahr am häufigsten gehört habe",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Könnten Sie mir vielleicht sagen, was mein Lieblingsalbum ist?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Hätten Sie vielleicht eine Ahnung, welchen Podcast ich in letzter Zeit am meisten höre?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Könnten Sie mir bitte sagen, wie lange heute schon Musik gelaufen ist?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Würde mich wunder nehmen, wie viele Stunden wir letzte Woche in der Küche gehört haben",
        family="listening_time",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Könnten Sie mir sagen, wie lange ich seit Montag Podcasts gehört habe, merci vielmals",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="Wissen Sie vielleicht, wie viele Lieder ich gestern abgespielt habe?",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Hätten Sie vielleicht die Zahl, wie viel insgesamt gelaufen ist in den letzten dreissig Tagen",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="Grüezi, wie viele Folgen habe ich eigentlich letztes Wochenende gehört, könnten Sie mir das sagen?",
        family="plays",
        period="last_weekend",
        content="podcasts",
    ),
    Fresh(
        text="Könnten Sie mir sagen, wie viele verschiedene Künstler ich diesen Monat gehört habe",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="Würde mich wunder nehmen, wie viele verschiedene Interpreten es im Jahr zweitausendfünfundzwanzig waren",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="Würde mich wunder nehmen, wie viele verschiedene Lieder es letzten Monat waren",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Könnten Sie mir sagen, wie oft ich diese Woche Bohemian Rhapsody gehört habe?",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Würde mich wunder nehmen, wie viel Daft Punk ich im September gehört habe",
        family="play_count",
        period="september",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft lief eigentlich The Daily im Oktober, wissen Sie das vielleicht?",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="Grüezi, könnten Sie mir sagen, ob ich gestern Queen gehört habe?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Würde mich wunder nehmen, ob ich vorgestern etwas von Justice gehört habe",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="Hätten Sie vielleicht gesehen, ob ich in letzter Zeit Radiohead gehört habe?",
        family="did_i",
        period="lately",
        name="Radiohead",
    ),
    Fresh(
        text="Ist am dritten November in der Küche die Discovery gelaufen, wissen Sie das vielleicht?",
        family="did_i",
        period="november_3",
        name="Discovery",
        room="kitchen",
    ),
    Fresh(
        text="Könnten Sie mir sagen, was ich gestern Abend gehört habe?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Würde mich wunder nehmen, was bei uns am Samstag gelaufen ist",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Hätten Sie vielleicht kurz Zeit mir zu sagen, was heute Nachmittag lief?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Hätten Sie vielleicht eine Ahnung, was gestern um Viertel vor acht lief?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Könnten Sie mir sagen, welches Lied heute Morgen um halb neun gelaufen ist",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Was lief denn gestern Abend so gegen zehn nach acht, gäll, wissen Sie das noch?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="Würde mich wunder nehmen, was für einen Musikgeschmack ich eigentlich habe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Könnten Sie mir vielleicht beschreiben, was für Musik ich gern höre?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Hätten Sie vielleicht eine Ahnung, um welche Uhrzeit ich meistens Musik höre?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Würde mich wunder nehmen, an welchem Wochentag ich am meisten höre",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Könnten Sie mir sagen, ob ich in letzter Zeit neue Künstler entdeckt habe?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler habe ich seit März zum ersten Mal gehört, wissen Sie das vielleicht?",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="Würde mich wunder nehmen, wie oft ich eigentlich überspringe",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Hätten Sie vielleicht meine Skip-Quote von diesem Monat?",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="Könnten Sie mir sagen, wie oft ich die gleichen Lieder wiederhole?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Würde mich wunder nehmen, wie viele Tage am Stück ich jetzt schon höre",
        family="streak",
    ),
    Fresh(
        text="Hätten Sie vielleicht eine Ahnung, wann ich Air zum ersten Mal gehört habe?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Wann habe ich Wet Leg das erste Mal gehört, könnten Sie mir das sagen?",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="Könnten Sie mir sagen, wann ich zuletzt Don't Stop Me Now gehört habe",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Würde mich wunder nehmen, wann Café Tacvba das letzte Mal gelaufen ist",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Könnten Sie mir sagen, was das letzte Lied war, das ich gehört habe?",
        family="last_song",
    ),
    Fresh(
        text="Würde mich wunder nehmen, mit welchem Lied ich heute in den Tag gestartet bin",
        family="first_today",
    ),
    Fresh(
        text="Hätten Sie vielleicht eine Ahnung, was am letzten Freitag das erste Lied war?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Könnten Sie mir sagen, mit welchem Lied ich gestern aufgehört habe?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Was war letzte Nacht das letzte Lied, würde mich wunder nehmen",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Würde mich wunder nehmen, welches Lied ich am meisten überspringe",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Hätten Sie vielleicht eine Ahnung, welchen Künstler ich am häufigsten wegdrücke?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Könnten Sie mir sagen, welches Lied ich zurzeit rauf und runter höre?",
        family="on_repeat",
    ),
    Fresh(
        text="Grüezi, würden Sie mir erzählen, wie mein Oktober so war?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Hätten Sie vielleicht einen Rückblick auf mein Jahr für mich? Merci vielmals",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Könnten Sie mir einen kleinen Überblick über mein Hören geben, wenn das ginge",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Würde mich wunder nehmen, ob ich eher morgens oder abends Musik höre",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Höre ich am Wochenende mehr als unter der Woche, könnten Sie mir das sagen?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Grüezi, könnten Sie bitte Daft Punk in der Küche abspielen?",
    "Würden Sie die Musik vielleicht ein bisschen lauter machen, merci",
    "Könnten Sie mir sagen, was gerade in der Küche läuft?",
    "Würde mich wunder nehmen, was das für ein Lied ist",
    "Könnten Sie dieses Lied bitte überspringen?",
    "Hätten Sie die Güte, den Podcast zu pausieren, merci",
    "Würden Sie im Wohnzimmer bitte zum nächsten Titel wechseln?",
    "Könnten Sie das Licht in der Küche ausschalten, gäll",
    "Würden Sie mir bitte das Album Discovery abspielen?",
    "Könnten Sie die Lautstärke auf vier stellen, merci vielmals",
    "Hätten Sie vielleicht die Zufallswiedergabe für mich eingeschaltet?",
    "Könnten Sie den Wiederholungsmodus bitte ausschalten",
    "Würden Sie die Lautsprecher in Küche und Stube zusammenschalten?",
    "Könnten Sie einen Timer auf zwölf Minuten stellen, merci",
    "Würde mich wunder nehmen, wie das Wetter morgen wird",
    "Könnten Sie Milch auf die Einkaufsliste setzen?",
    "Würden Sie die Heizung bitte auf einundzwanzig Grad stellen",
    "Könnten Sie mir sagen, was ich gerade höre?",
    "Hätten Sie vielleicht The Daily für mich, die neueste Folge?",
    "Würden Sie bitte die Musik in der Küche stoppen",
    "Könnten Sie vielleicht das vorherige Lied nochmals spielen?",
    "Würden Sie den Küchenlautsprecher kurz stummschalten, merci",
    "Könnten Sie bitte Queen in der ganzen Wohnung abspielen",
]

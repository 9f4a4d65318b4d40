"""Writer 343, eine alte Siebenbürger Sächsin (Rumäniendeutsch, altmodisch), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Welche Kapelle hab ich denn die letzte Woche am meisten gehört, sag mir das, gelt",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wer ist denn heuer mein liebster Sänger gewesen, so insgesamt",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Die letzten drei Monate, wen hab ich da am meisten gehört gehabt",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Was für ein Lied hab ich in diesem Monat am öftesten gespielt gehabt",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Die drei Lieder, welche ich am meisten hör, die sag mir bitte",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Seit dem März, welches Stückl ist da bei mir am meisten gelaufen",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="Welche Platte hab ich im Oktober am meisten laufen gehabt",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="Welchen Podcast, so heißt das doch, hör ich in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie lange ist denn heut in der Küche Musik gelaufen, gelt",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Wie viele Stunden hab ich im Sommer zugehört, so alles zusammen",
        family="listening_time",
        period="summer",
    ),
    Fresh(
        text="In den letzten dreißig Tagen, wie lang hab ich da das Radio, also den Apparat, laufen gehabt",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="Wie viele Lieder hab ich denn gestern gespielt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wieviel Stückl sind seit Montag gelaufen, ich frag nur",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Von dem englischen Podcast, wie viele Folgen hab ich im August gehört, alle zusammen",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele verschiedene Sänger und Kapellen hab ich heuer gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder waren das im September, sag",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="Wie oft hab ich denn das Bohemian Rhapsody von der Queen gespielt diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="Die Daft Punk, wie oft hab ich die letzte Woche gehört",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hab ich die Kastelruther Spatzen gehört, überhaupt",
        family="play_count",
        period="all_time",
        name="Kastelruther Spatzen",
    ),
    Fresh(
        text="Hab ich gestern etwas von den Justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Ist heut früh The Daily gelaufen, das englische Programm mit den Nachrichten",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hab ich vorgestern etwas von Air gehört gehabt",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="Haben wir am Samstag das Don't Stop Me Now gespielt, weißt du das",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="Voriges Jahr, hab ich da den Peter Maffay gehört",
        family="did_i",
        period="last_year",
        name="Peter Maffay",
    ),
    Fresh(
        text="Was hab ich denn gestern Abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was ist denn heut Nachmittag gelaufen bei mir",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was haben wir am vergangenen Wochenende gehört, gelt, erzähl",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Am dritten November, was hab ich da für Musik gehört",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="Was ist denn gestern Abend um dreiviertel acht gelaufen",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was hat heut früh um acht gespielt",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Um halb sechs heut Nachmittag, was war denn das für ein Stück",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="Am Mittwoch zu Mittag, so um zwölf, was ist da gelaufen, wie ich die Paradeis eingekocht hab",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Was für eine Musik mag ich denn eigentlich, was meinst du",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Zu welcher Stund hör ich denn gewöhnlich Musik, und an welchem Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Hab ich in letzter Zeit neue Sänger gehört, welche ich früher nicht gekannt hab",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wen hab ich heuer zum ersten Mal gehört",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Wie oft drück ich denn weiter bei den Liedern, so überhaupt",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Spiel ich immer die gleichen Lieder, wie oft wiederhol ich die",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie viele Tage hintereinander hab ich jetzt schon gehört",
        family="streak",
    ),
    Fresh(
        text="Wann hab ich denn das erste Mal die Queen gehört",
        family="first_play",
        name="Queen",
    ),
    Fresh(
        text="Wann war denn das letzte Mal, dass ich das Eres gehört hab",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="Wann hab ich zuletzt The Daily gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Was war denn das letzte Lied, was ich gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="Was hab ich heut als erstes Lied gehabt, beim Aufstehen",
        family="first_today",
    ),
    Fresh(
        text="Welches Lied war am vorigen Freitag das erste",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Mit welchem Lied hab ich gestern angefangen",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Was war denn letzte Nacht das letzte Lied",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Welches Lied drück ich am öftesten weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Sänger überspring ich denn am meisten, gelt",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Was für ein Lied hör ich jetzt dauernd, immer wieder, sag",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl mir doch, wie war denn mein Oktober, so vom Hören her",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mir doch eine Zusammenfassung von meinem Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Sag einmal, wie ist meine Woche gewesen, mit dem Zuhören",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Hör ich mehr in der Früh oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör ich am Samstag und Sonntag mehr als unter der Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="In den letzten sieben Tagen, wie viel ist da gelaufen, so an Liedern",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="Seit Oktober, welche Kapelle war da bei mir die liebste",
        family="top_artists",
        period="since_october",
    ),
    Fresh(
        text="Letztes Jahr im Sommer, welches Lied hab ich da am meisten gehört",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="Im Jahr zweitausendfünfundzwanzig, welche Platte war die liebste",
        family="top_albums",
        period="in_2025",
    ),
]

NEGATIVES = [
    "Spiel mir doch die Daft Punk in der Küche",
    "Mach die Musik ein bissl lauter, gelt",
    "Leiser, bitte, ich telefonier",
    "Was ist denn das für ein Lied, was jetzt spielt",
    "Das nächste Lied, bitte",
    "Halt das Programm an, die Paradeissoß kocht über",
    "Mach das Licht in der Küche aus",
    "Spiel die Platte Discovery",
    "Stell einen Wecker auf halb sieben in der Früh",
    "Wie wird das Wetter morgen in Hermannstadt",
    "Schreib Paradeis und Kukuruz auf den Einkaufszettel",
    "Mach die Heizung wärmer, es zieht",
    "Was hör ich denn grad jetzt",
    "Was spielt denn in der Küche",
    "Spiel The Daily",
    "Stell auf Zufall",
    "Das Lied noch einmal wiederholen, bitte",
    "Stell mir eine Uhr auf zwanzig Minuten für den Hanklich",
    "Stopp die Musik",
    "Verbind den Lautsprecher in der Küche mit dem im Wohnzimmer",
    "Spiel was von der Queen",
    "Überspring das, das mag ich nicht",
    "Wie spät ist es denn",
    "Ruf meine Tochter an",
]

"""Writer 331, eine Thüringer Rentnerin aus Erfurt (Thüringisch, höflich, umständlich), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Nu sagen Se mir ma, wen hab ich denn letzte Woche am meisten gehört?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Entschuldigung, wenn ich frag, welcher Künstler war'n dies Jahr bei mir so der Liebste, also den ich am meisten gespielt hab?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wer war'n denn in den letzten drei Monaten mei Lieblingskünstler, weeß ich gar ni mehr",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Was hat'n die Ada letzten Monat am meisten gehört, welchen Sänger?",
        family="top_artists",
        period="last_month",
        person="Ada",
    ),
    Fresh(
        text="Welche drei Lieder hab ich denn im Oktober am meisten gespielt, gelle?",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="Mei Lieblingslied, was is'n das eigentlich, so insgesamt gesehen?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Die fünf meistgespielten Lieder seit März, könnten Se mir die ma vorlesen, bitte schön?",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="Welches Lied hab ich'n in den letzten zwei Wochen am meisten laufen lassen?",
        family="top_tracks",
        period="last_2_weeks",
    ),
    Fresh(
        text="Welche Bladde, äh, welches Album lief denn diesen Sommer am meisten?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Im Jahr zweitausendfünfundzwanzig, welches Album war'n da bei mir vorne?",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="Was is'n mei meistgehörter Podcast, wenn ich fragen darf?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Welcher Podcast war'n in letzter Zeit so mei Liebster, da hör ich ja immer beim Abwasch",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie lange lief denn bei mir gestern Musik, so ungefähr in Stunden?",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Nu, wie lange ham mir denn letztes Wochenende Musik gehört, mei Mann und ich?",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie lange lief denn heute Nachmittag was in der Küche, könnten Se das ma nachgucken?",
        family="listening_time",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="Wie viel hab ich'n in den letzten sieben Tagen gehört, so zeitlich mein ich",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="Wie viele Lieder hab ich denn heute schon gehört?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Podcastfolgen hab ich denn letzten Monat gehört, alles in allem?",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="Sagen Se ma, wie viel verschiedene Künstler hab ich'n dies Jahr gehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viel verschiedene Lieder warn das denn im September?",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="Seit Oktober, wie viele unterschiedliche Lieder hab ich da gehabt, ungefähr?",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="Wie oft hab ich denn diesen Monat das Bohemian Rhapsody vom Queen gehört?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="Wie oft lief'n die Daily, also The Daily, seit Montag?",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="In den letzten dreißig Tagen, wie oft hab ich'n Air gehört, die mit dem Sexy Boy?",
        family="play_count",
        period="last_30_days",
        name="Air",
    ),
    Fresh(
        text="Hab ich gestern Abend ä bissel Queen gehört?",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="Sagen Se ma, hab ich vorgestern den Justice gehört, die Franzosen da?",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="Hab ich eigentlich jemals Roland Kaiser gehört, der is doch so schön?",
        family="did_i",
        period="all_time",
        name="Roland Kaiser",
    ),
    Fresh(
        text="Was hab ich denn heute frühe so gehört, beim Frühstück?",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Was lief denn am Sonnabend bei mir in der Küche?",
        family="what_played",
        period="saturday",
        room="kitchen",
    ),
    Fresh(
        text="Was ham mir denn im August gehört, wir zwee?",
        family="what_played",
        period="august",
        person="we",
    ),
    Fresh(
        text="Hab ich letzte Nacht noch was gehört, oder war ich da schon im Bette? Was lief'n da?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Am dritten November, was lief'n da so bei mir?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Was lief denn gestern Abend so um Viertel neune rum?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Heute früh um dreiviertel neun, was hat'n da gespielt?",
        family="playing_at",
        moment="2026-11-20 08:45",
    ),
    Fresh(
        text="Und heute Nachmittag so um fünfe, was lief'n da, wissen Se das?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="Gestern um halb achte, nee, um acht am Abend, was war'n da dran?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Was hör ich'n eigentlich so für Musik, was is'n mei Geschmack, sagen Se ma",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr hör ich'n meistens, und an welchem Wochentag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab ich'n in letzter Zeit was Neues entdeckt, also neue Künstler, die ich vorher ni kannte?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche neuen Künstler warn'n letzten Sommer dabei?",
        family="new_artists",
        period="last_summer",
    ),
    Fresh(
        text="Wie oft überspring ich'n Lieder, also drück weiter, so im Schnitt?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie viel hab ich'n diesen Monat übersprungen, von allem was lief?",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="Hör ich immer wieder dasselbe? Sagen Se's ruhig ehrlich.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Tage am Stück hab ich'n jetzt schon was gehört, hintereinander weg?",
        family="streak",
    ),
    Fresh(
        text="Wann hab ich'n den Daft Punk das erste Mal gehört?",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Die Helene Fischer, wann hab ich'n die zum ersten Mal gehört?",
        family="first_play",
        name="Helene Fischer",
    ),
    Fresh(
        text="Wann hab ich denn zuletzt das Lied Eres gehört, das spanische?",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="Wann hab ich'n zuletzt den Podcast gehört, The Daily heißt der?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Was war'n das letzte Lied, was ich gespielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Was hab ich'n heute als Erstes gehört, gleich nach'm Aufstehn?",
        family="first_today",
    ),
    Fresh(
        text="Was war'n das erste Lied gestern, wissen Se das noch?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Und was lief als Letztes am letzten Freitag?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Gestern Abend, das letzte Lied, was war'n das gleich?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="Welches Lied überspring ich'n am allermeisten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler drück ich'n am häufigsten weg?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied hab ich'n grad so in Dauerschleife, sozusagen?",
        family="on_repeat",
    ),
    Fresh(
        text="Erzählen Se ma, wie war'n mei November bis jetzt, musikalisch?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Geben Se mir ma ne Zusammenfassung vom letzten Jahr, was ich so alles gehört hab.",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="Hör ich'n eher morgens mehr oder abends, was meinen Se?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Sonnabend und Sonntag oder unter der Woche, wann hör ich'n mehr?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spielen Se ma Daft Punk in der Küche, bitte.",
    "Machen Se ma die Musik ä bissel leiser, das is mir zu laut.",
    "Was läuft'n da grade in der Küche?",
    "Was is'n das für ein Lied, was da grad spielt?",
    "Nächstes Lied bitte, das gefällt mir ni.",
    "Halten Se ma den Podcast an, das Telefon klingelt.",
    "Machen Se ma das Licht in der Küche aus.",
    "Spielen Se ma das Album Discovery.",
    "Lauter bitte, ich hör so schlecht.",
    "Zufallswiedergabe an, wenn Se so freundlich wären.",
    "Stellen Se ma nen Timer auf zwanzig Minuten für die Klöße.",
    "Wie wird'n das Wetter morgen in Erfurt?",
    "Schreiben Se ma Rostbratwürste auf die Einkaufsliste.",
    "Machen Se die Heizung ä bissel wärmer, auf zweiundzwanzig Grad.",
    "Was hör ich'n grade?",
    "Spielen Se ma Queen im Wohnzimmer.",
    "Das Lied nochema von vorne, bitte.",
    "Den Lautsprecher in der Küche und den im Wohnzimmer zusammenschalten.",
    "Spielen Se ma die neueste Folge von The Daily.",
    "Hören Se ma auf mit der Musik, Schluss jetzt.",
    "Wie spät is'n das eigentlich?",
    "Machen Se ma MDR Thüringen an, in der Küche.",
    "Überspringen Se ma das Lied.",
    "Wiederholung aus, bitte schön.",
    "Spielen Se ma was Schönes zum Kaffee.",
]

"""Writer 194, sehr förmlich und höflich, lange ganze Sätze (Schweizer Hochdeutsch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Grüezi. Wären Sie so freundlich, mir zu sagen, welchen Interpreten ich letzte Woche am meisten gehört habe?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Dürfte ich erfahren, wer dieses Jahr bis jetzt mein Künstler Nummer eins gewesen ist?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Könnten Sie mir bitte meine drei meistgehörten Künstler aller Zeiten nennen?",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Ich hätte gern gewusst, von welcher Band ich in letzter Zeit so richtig angefressen bin.",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="In der Küche, welcher Künstler wurde dort seit Oktober am meisten gespielt, wenn ich fragen darf?",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Ich hätte gern gewusst, welches Lied im Oktober mein meistgespieltes war.",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Hätten Sie allenfalls die Güte, mir die fünf Lieder aufzuzählen, die ich innert der letzten dreissig Tage am häufigsten gespielt habe?",
        family="top_tracks",
        period="last_30_days",
        count=5,
    ),
    Fresh(
        text="Welches Lied haben wir letzten Monat am häufigsten gehört, wenn ich fragen darf?",
        family="top_tracks",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Was ist eigentlich mein Lied des Jahres? Ich wäre Ihnen für eine Auskunft sehr dankbar.",
        family="top_tracks",
        period="this_year",
    ),
    # top_albums
    Fresh(
        text="Könnten Sie mir grad sagen, welches Album ich diesen Sommer am meisten gespielt habe?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Wären Sie so nett, mir mein Lieblingsalbum seit März zu nennen?",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Welches waren meine zwei meistgespielten Alben im Jahr zweitausendfünfundzwanzig, bitte?",
        family="top_albums",
        period="in_2025",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast höre ich letzthin am allermeisten, bitte?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Dürfte ich Sie bitten, mir zu sagen, welcher Podcast letztes Jahr bei mir zuoberst auf der Liste stand?",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="Wie lange habe ich gestern insgesamt Musik gehört, wenn Sie so freundlich wären, das nachzuschauen?",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Könnten Sie mir bitte ausrechnen, wie viele Stunden ich diese Woche zugehört habe?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Ich wüsste gern, wie viele Minuten Podcast ich im September gehört habe.",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="Wie lange lief bei uns am letzten Wochenende etwas, alles in allem gerechnet?",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder habe ich heute bis jetzt abgespielt, bitte?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Dürfte ich erfahren, wie viele Wiedergaben es vorgestern in der Küche gegeben hat?",
        family="plays",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="Wie viele Podcastfolgen habe ich in den letzten zwei Wochen gehört, wenn ich fragen darf?",
        family="plays",
        period="last_2_weeks",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Musikstücke hat Ada diesen Monat laufen lassen, bitte?",
        family="plays",
        period="this_month",
        content="music",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler habe ich dieses Jahr gehört, bitte?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Könnten Sie mir grad sagen, wie viele unterschiedliche Interpreten bei uns letzten Sommer gelaufen sind?",
        family="artists_count",
        period="last_summer",
        person="we",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder habe ich im August gehört? Eine ungefähre Zahl genügt mir durchaus.",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="Hätten Sie die Freundlichkeit, mir zu sagen, wie viele unterschiedliche Titel ich insgesamt gespielt habe?",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="In den letzten sieben Tagen, wie viele verschiedene Stücke sind da bei mir zusammengekommen?",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="Wie viel Mal habe ich diesen Monat Bohemian Rhapsody gehört, wenn Sie mir das sagen könnten?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Dürfte ich wissen, wie oft Daft Punk seit Oktober bei mir gelaufen ist?",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft habe ich dieses Jahr Patent Ochsner gehört, bitte?",
        family="play_count",
        period="this_year",
        name="Patent Ochsner",
    ),
    Fresh(
        text="Wie oft lief Phantom von Justice in den letzten drei Monaten? Allenfalls können Sie mir das rasch sagen.",
        family="play_count",
        period="last_3_months",
        name="Phantom by Justice",
    ),
    # did_i
    Fresh(
        text="Habe ich gestern Abend allenfalls etwas von Justice gehört?",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="Wären Sie so freundlich, mir zu bestätigen, ob ich heute Morgen The Daily gehört habe?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Lief am Samstag in der Küche etwas von Air, bitte?",
        family="did_i",
        period="saturday",
        name="Air",
        room="kitchen",
    ),
    Fresh(
        text="Haben wir letztes Wochenende Züri West gehört, wenn ich fragen darf?",
        family="did_i",
        period="last_weekend",
        name="Züri West",
        person="we",
    ),
    # what_played
    Fresh(
        text="Was habe ich gestern Abend gehört, wenn ich fragen darf?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Könnten Sie mir eine kurze Übersicht geben, was ich heute Nachmittag gehört habe?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was für Musik lief bei uns letzten Freitag, bitte?",
        family="what_played",
        period="last_friday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Sagen Sie mir doch bitte, was letzte Nacht bei mir gelaufen ist.",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern Abend um Viertel vor acht, wenn Sie so freundlich wären?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Könnten Sie mir sagen, welches Lied heute Morgen um halb neun gespielt wurde?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Was lief am Mittwoch um zwölf Uhr mittags in der Küche, bitte?",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    Fresh(
        text="Dürfte ich erfahren, was am dritten November um acht Uhr morgens lief?",
        family="playing_at",
        moment="2026-11-03 08:00",
    ),
    Fresh(
        text="Am Montagabend um neun Uhr, was hatte ich da grad laufen?",
        family="playing_at",
        moment="2026-11-16 21:00",
    ),
    # taste
    Fresh(
        text="Wie würden Sie meinen Musikgeschmack beschreiben, wenn ich fragen darf?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Was für Musik höre ich eigentlich gern? Könnten Sie mir das grad zusammenfassen?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Zu welcher Tageszeit höre ich üblicherweise, und an welchem Wochentag am meisten?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann höre ich normalerweise Musik, bitte? Ich meine damit die Uhrzeit und den Wochentag.",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Habe ich letzthin neue Künstler entdeckt, wenn ich fragen darf?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Interpreten habe ich in den letzten drei Monaten zum ersten Mal gehört?",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Sind mir dieses Jahr allenfalls neue Bands begegnet, die ich vorher nie gehört hatte?",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wie oft überspringe ich eigentlich Lieder? Ich hätte gern die Quote.",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie hoch war meine Überspringquote letzte Woche, bitte?",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Wie häufig höre ich dieselben Lieder immer wieder, wenn Sie mir das sagen könnten?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch ist meine Wiederholungsrate dieses Jahr, bitte?",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="An wie vielen Tagen hintereinander habe ich nun schon zugehört, bitte?",
        family="streak",
    ),
    Fresh(
        text="Wie lange hält meine Serie von Hörtagen inzwischen an, wenn ich fragen darf?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann habe ich zum allerersten Mal Café Tacvba gehört, bitte?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Dürfte ich wissen, wann Digital Love von Daft Punk erstmals bei mir gelaufen ist?",
        family="first_play",
        name="Digital Love by Daft Punk",
    ),
    # last_play
    Fresh(
        text="Wann habe ich zuletzt Don't Stop Me Now gehört, bitte?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Könnten Sie mir sagen, wann ich das letzte Mal das Album Moon Safari gespielt habe?",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="Wann lief bei mir zuletzt etwas von Stephan Eicher, falls Sie das parat haben?",
        family="last_play",
        name="Stephan Eicher",
    ),
    # last_song
    Fresh(
        text="Welches Lied habe ich zuletzt gehört, bitte?",
        family="last_song",
    ),
    Fresh(
        text="Wären Sie so freundlich, mir das allerletzte Stück zu nennen, das ich abgespielt habe?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied habe ich heute den Tag begonnen, bitte?",
        family="first_today",
    ),
    Fresh(
        text="Was war heute mein erstes Lied, wenn ich fragen darf?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Welches Lied lief vorgestern als erstes, bitte?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Mit welchem Stück habe ich letzten Freitag angefangen, wenn Sie das nachschauen könnten?",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Welches Lied habe ich gestern als letztes gehört, bitte?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit habe ich am Samstag aufgehört, wenn ich fragen darf?",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspringe ich am häufigsten, bitte?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Könnten Sie mir sagen, welchen Titel ich dieses Jahr am meisten übersprungen habe?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Bei welchem Künstler drücke ich am meisten auf Überspringen, bitte?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welchen Interpreten überspringe ich am häufigsten? Ich bin grad neugierig.",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied läuft bei mir zurzeit in Dauerschleife, bitte?",
        family="on_repeat",
    ),
    Fresh(
        text="Gibt es ein Lied, das ich momentan ständig spiele und einfach nicht mehr loslassen kann?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Wären Sie so freundlich, mir einen Rückblick auf meine Woche zu geben?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Dürfte ich Sie höflich um einen Jahresrückblick bitten?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Erzählen Sie mir doch bitte, wie mein Oktober war, was das Hören anbelangt.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Einen kleinen Rückblick über mein Hören hätte ich gern parat, wären Sie so gut?",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Höre ich eher am Morgen oder eher am Abend, wenn ich fragen darf?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Ist es so, dass ich am Nachmittag mehr höre als in der Nacht?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wird bei mir unter der Woche mehr gehört als am Wochenende, bitte?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Könnten Sie mir grad sagen, ob ich an Werktagen oder am Wochenende mehr höre?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Wären Sie so freundlich, Daft Punk in der Küche abzuspielen?",
    "Machen Sie bitte die Musik etwas lauter.",
    "Könnten Sie bitte das Licht in der Küche ausschalten?",
    "Welches Lied läuft da grad, bitte?",
    "Überspringen Sie bitte dieses Lied.",
    "Pausieren Sie bitte den Podcast, ich habe einen Anruf auf dem Natel.",
    "Nächster Titel in der Stube, bitte.",
    "Spielen Sie bitte das Album Discovery ab.",
    "Dürfte ich Sie bitten, die Lautstärke in der Küche auf dreissig Prozent zu stellen?",
    "Schalten Sie bitte die Zufallswiedergabe ein.",
    "Bitte den Wiederholungsmodus für dieses Album aktivieren.",
    "Könnten Sie den Lautsprecher in der Küche mit dem in der Stube gruppieren?",
    "Stellen Sie mir bitte einen Timer auf zwölf Minuten für die Rösti.",
    "Wie wird das Wetter morgen in Bern, wenn ich fragen darf?",
    "Setzen Sie bitte Rüebli und Rahm auf die Einkaufsliste.",
    "Wären Sie so freundlich, die Heizung auf einundzwanzig Grad zu stellen?",
    "Was höre ich grad jetzt, bitte?",
    "Was läuft im Moment in der Küche?",
    "Spielen Sie bitte die neueste Folge von The Daily.",
    "Halten Sie die Musik bitte an, ich gehe kurz mit dem Velo einkaufen.",
    "Bitte etwas Ruhiges von Air im Schlafzimmer abspielen.",
    "Zurück zum vorherigen Lied, bitte.",
    "Schalten Sie bitte den Lautsprecher in der Küche stumm.",
    "Erinnern Sie mich bitte um sieben Uhr daran, meine Pendenzen zu erledigen.",
    "Wie spät ist es, bitte?",
    "Könnten Sie allenfalls Queen in der ganzen Wohnung laufen lassen?",
    "Von welchem Album ist dieses Lied, bitte?",
    "Spulen Sie den Podcast bitte dreissig Sekunden vor.",
    "Machen Sie bitte das Licht in der Stube etwas heller.",
    "Wird es heute Abend noch regnen, bitte?",
    "Stellen Sie bitte Radio SRF 3 an, merci vielmal.",
    "Nehmen Sie bitte das Poulet von der Einkaufsliste, ich habe es bereits gekauft.",
]

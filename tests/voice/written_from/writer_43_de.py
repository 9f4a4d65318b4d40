"""Writer 43, ein Hesse aus Frankfurt, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Ei gude, des war doch Daft Punk, wo isch letzte Monat am meiste gehört hab, oder?",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Wer war'n dies Jahr mein Künstler Nummer eins, gell, des war Justice?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Ei gude, wer war'n bei uns im September die Nummer eins, des war doch Air, oder net?",
        family="top_artists",
        period="september",
        person="we",
    ),
    Fresh(
        text="Sag emol, welsches Lied hab isch denn am allermeiste gespielt?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Mei drei meistgespielte Lieder im Oktober, da war doch Bohemian Rhapsody dabei, ne?",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="In der Küch, welsches Lied lief seit März am meiste, gell?",
        family="top_tracks",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="Discovery war doch mei Lieblingsalbum im Sommer, oder net?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Welsche Platt hab isch letzte Woch am meiste uffgelegt, isch tipp uff Cross?",
        family="top_albums",
        period="last_week",
    ),
    Fresh(
        text="Welschen Podcast hab isch in letzter Zeit am meiste gehört, des is doch The Daily, gell?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Was war'n im Jahr zwanzisch fünfunzwanzisch mein Lieblingspodcast, weißte des?",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="Wie lang hab isch heut Musik laufe gehabt, net so arg viel, ne?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie lang lief bei uns letzte Woch die Musik, des warn doch bestimmt zehn Stunne, oder?",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie lang hab isch in de letzte dreißisch Tag Podcasts gehört, ungefähr?",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Lieder hab isch heut Morsche gespielt, gell, so zehn?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Ei, des warn doch net viele Podcasts die Woch, oder?",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel hab isch seit Montag insgesamt abgespielt, alles zusamme?",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler hab isch dies Jahr gehört, isch schätz mal so fünf, oder?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Letzte Sommer, wie viele verschiedene Bands warn des, drei oder vier, gell?",
        family="artists_count",
        period="last_summer",
    ),
    Fresh(
        text="Wie viele unnerschiedliche Lieder warn des im August, weißte des?",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="In de letzte sieben Tag, wie viele verschiedene Lieder hab isch da gehabt, net viele, ne?",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="Wie oft hab isch Bohemian Rhapsody diesen Monat gespielt, bestimmt zwanzischmal, gell?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief Radiohead bei mir, isch glaab nie, oder?",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="The Daily, wie oft lief des in de letzte drei Monat, so ungefähr?",
        family="play_count",
        period="last_3_months",
        name="The Daily",
    ),
    Fresh(
        text="Isch hab gestern kaa Queen gehört, oder?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Hab isch vorgestern Air gehört, oder net?",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="Mer hamm doch letztes Wochenend Café Tacvba gehört, gell?",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="Wet Leg hab isch dies Jahr doch gar net gehört, oder?",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="Was hab isch denn gestern Abend so gehört, widder Daft Punk, ne?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl emol, was lief letzte Nacht bei mir?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was lief heut Nachmittag, widder des französische Zeusch, gell?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was lief denn gestern um Viertel vor acht, des war doch Daft Punk, oder?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heut früh um acht, was hat da gespielt?",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Was lief heut Nachmittag um fünf in der Küch, des war Air, ne?",
        family="playing_at",
        moment="2026-11-20 17:00",
        room="kitchen",
    ),
    Fresh(
        text="Was hab isch eigentlisch für'n Musikgeschmack, eher so französisch Elektro, gell?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Sag emol, was hör isch so für Musik, eher Elektro oder eher Rock?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr hör isch normalerweis Musik, des is doch abends um neun rum, oder?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An welschem Wochentag hör isch am meiste, weißt du des?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab isch in letzter Zeit irgendwen Neues entdeckt, eher net, oder?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wen hab isch letztes Jahr neu entdeckt, weißt des noch?",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="Isch skipp ganz schee viel, gell? Wie hoch is mei Skip-Rate?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Hab isch diese Woch viel übersprunge oder eher net?",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="Hör isch immer widder dieselbe Lieder, oder net? Wie viel wiederhol isch so?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Hab isch in de letzte zwei Woche oft dieselbe Lieder widder gespielt, gell?",
        family="repeat",
        period="last_2_weeks",
    ),
    Fresh(
        text="Wie viele Tage hintereinander hab isch jetzt schon Musik gehört, des sin doch schon zwei Woche, gell?",
        family="streak",
    ),
    Fresh(
        text="Wann hab isch denn Justice zum erste Mal gehört, war des letztes Jahr?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann lief bei mir des erste Mal The Weeknd, oder hab isch den nie gehört?",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="Wann hab isch zuletzt Queen uffgelegt, is des schon lang her, ne?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Was war des letzte Lied, wo isch gespielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Mit welschem Lied bin isch heut uffgewacht, des war doch One More Time, gell?",
        family="first_today",
    ),
    Fresh(
        text="Was war des erste Lied gestern, weißte des noch?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Am dritte November, womit hab isch da angefange, mit Genesis, oder net?",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="Letzten Freitag, womit hab isch da uffgehört, Da Funk, oder?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Was war am Samstag des letzte Lied, wo isch gehört hab?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Welsches Lied drück isch am meiste weg, des is doch Phantom, oder net?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Isch wett, des is Justice, wo isch am meiste überspring, gell?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Was für'n Lied hab isch grad in Dauerschleife, des is doch Digital Love, ne?",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl emol, wie war mei Jahr so musikalisch?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Gib mer emol en Rückblick uff den Oktober, gell",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Wie war denn die Woch so bei mir, was Musik angeht? Babbel emol",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Hör isch mehr morgens oder mehr abends, was meinste?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Am Wochenend hör isch doch mehr als unner der Woch, oder net?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Ei gude, spiel emol Daft Punk in der Küch",
    "Mach die Musik emol lauter, gell",
    "Was is des für'n Lied, wo grad läuft?",
    "Überspring des Lied, des mag isch net",
    "Halt den Podcast emol an",
    "Nächstes Lied im Wohnzimmer",
    "Mach des Licht in der Küch aus",
    "Spiel des Album Discovery",
    "Mach die Lautstärk uff drei",
    "Zufallswiedergabe an, gell",
    "Wiederholung aus, des nervt",
    "Verbind die Lautsprecher in der Küch und im Wohnzimmer",
    "Stell en Timer uff zwanzisch Minute für die Grie Soß",
    "Wie wird des Wetter in Frankfurt, regnet's widder, oder?",
    "Schreib Äbbelwoi uff die Einkaufslist",
    "Dreh die Heizung uff zweiundzwanzisch Grad",
    "Was hör isch grad, weißte des?",
    "Was läuft grad in der Küch?",
    "Spiel emol Bohemian Rhapsody von Queen",
    "Mach die Musik aus, mer esse jetzt",
    "Spul emol dreißisch Sekunde vor im Podcast",
    "Weck misch morsche um sechs",
    "Spiel die neue Folge von The Daily in der Küch",
]

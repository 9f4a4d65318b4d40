"""Writer 341, ein Nordhesse aus Kassel, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Sach mol, wen honn ich dänn diese Woche am meisten geheert?",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="Wer woar'n nu mei Künstler vom Johr, gell?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wer woar'n bei uns letzten Monat dä meistgespielte Künstler?",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Welches Lied honn ich im Oktober am meisten laafe lasse?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Nu sach, was sinn mei drei meistgespielte Lieder vom letzten Monat",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="In dä Küche, was lääft do am meisten, welches Lied?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Welches Album honn ich am meisten geheert, so insgesamt?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Was is dänn mei Lieblingsalbum des Johr, hä?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Welchen Podcast heer ich am meisten, hä?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wie lange lief dänn heut schon Mussik in dä Küche?",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Wie viel Stunne honn ich letzte Woche geheert, so alles zusamme?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Wie viel Podcast honn ich die letzte dreißich Dach geheert",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Lieder honn ich gestern gespielt?",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie oft is dänn im Sommer ebbes gelaafe, so insgesamt?",
        family="plays",
        period="summer",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler honn ich des Johr geheert?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viel unnerschiedliche Lieder woarn's dänn diesen Monat?",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="Seit März, wie viele verschiedene Lieder honn ich do gespielt?",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="Wie oft honn ich Bohemian Rhapsody geheert, des vom Queen, gell?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief dänn The Daily diese Woche?",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="Die Toten Hosen, wie oft honn ich die des Johr gespielt?",
        family="play_count",
        period="this_year",
        name="Die Toten Hosen",
    ),
    Fresh(
        text="Honn ich gestern Ohmd Daft Punk geheert?",
        family="did_i",
        period="yesterday_evening",
        name="Daft Punk",
    ),
    Fresh(
        text="Hä, woar do in letzter Zeit ebbes vom Justice dabei?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Vorgestern, honn ich do Sexy Boy gespielt odder nit?",
        family="did_i",
        period="day_before_yesterday",
        name="Sexy Boy",
    ),
    Fresh(
        text="Was honn ich dänn heut früh geheert?",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Was lief letzte Nacht so bei mir?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was honn mä letzte Woche so geheert, bei uns dahämm?",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Was lief am dritten November, waaßt du des?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Was woar dänn gestern Ohmd um zehn nooch acht an?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="Heut früh um achte, was lief do?",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Was lief vorhin so um Viertel nooch fünf?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Was fer Mussik heer ich dänn eichentlich so, was is mei Geschmack?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr heer ich normalerweise Mussik, un an welchem Dach?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Honn ich in letzter Zeit neue Künstler entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wie oft drück ich eichentlich uff weiter, überspring ich viel?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Heer ich dänn immer des gleiche Zeuch, wie hoch is mei Wiederholungsrate?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Dach am Stück honn ich jetzt schon ebbes geheert?",
        family="streak",
    ),
    Fresh(
        text="Wann honn ich Justice zum erschde Mol geheert?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann lief Queen s'letzte Mol?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Café Tacvba, wann honn ich die es letzte Mol geheert?",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Was woar es letzte Lied, wo ich gespielt honn?",
        family="last_song",
    ),
    Fresh(
        text="Womit bin ich heut uffgewacht, musikalisch, hä?",
        family="first_today",
    ),
    Fresh(
        text="Was woar es erschde Lied gestern?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Am Samstag, was woar do dä erschde Song?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="Womit honn ich letzten Freitag uffgehört?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Was woar es letzte Lied gestern Ohmd, nu?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="Welches Lied überspring ich am meisten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler drück ich am häufigsten weg?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Was honn ich grad so in Dauerschleife, gell?",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl mol, wie woar mei Oktober?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Mach mä mol en Rückblick uff's Johr, musikalisch",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Heer ich morjens mehr odder ohmds?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Heer ich am Wocheend mehr Mussik als unner dä Woch?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel mol Daft Punk in dä Küche",
    "Mach die Mussik e bissche lauter, ich heer nix",
    "Was lääft dänn grad in dä Küche?",
    "Was is dänn des fer e Lied?",
    "Nu skipp des, des is nix",
    "Halt mol de Podcast aa",
    "Nächstes Lied im Wohnzimmer",
    "Mach's Licht in dä Küche aus, gell",
    "Spiel es Album Discovery",
    "Leiser, hä, die Nochbarn",
    "Mach mol Zufallswiedergabe aa",
    "Des Lied in Dauerschleife, bitte",
    "Verbind dä Küchenlautsprecher mit dem im Wohnzimmer",
    "Stell en Timer uff zwanzich Minude fer die Kardoffeln",
    "Wie wird's Wetter morje in Kassel?",
    "Mach die Heizung e bissche hoch, s'is kalt",
    "Was heer ich dänn grad?",
    "Spiel The Daily",
    "Mach die Mussik aus",
    "Spiel ebbes vom Queen, awwer laut",
    "Schreib ahle Worscht uff de Einkaufsliste",
    "Weck mich morje um sechse",
    "Wer singt'n des grad?",
    "Spul mol dreißich Sekunde vor",
    "Spiel Air im Schlofzimmer",
]

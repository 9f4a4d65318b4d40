"""Writer 369, ein Rentner aus dem Allgäu (schwäbisch-allgäuerisch gefärbt), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Ha, sag amol, wen hab i denn den Monat am meischte ghört?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Welle Kapell isch bei mir letzts Johr vorne gwä, gell?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="In letzter Zeit, wer isch do mei Nummer eins bei de Künstler?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Was isch mei Lieblingsliedle, so überhaupt, vo allem?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Die drei Liader, die i die Woch am meischte gspielt hab, welle sin des?",
        family="top_tracks",
        period="this_week",
        count=3,
    ),
    Fresh(
        text="Im Summer, welles Lied isch do am meischte glaufe?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Welle Platte hab i des Johr am meischte ufglegt, also s Album mein i",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Mei Lieblingsalbum, ha, welles isch des eigentlich?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Welle Sendung, so en Podcast, hör i am meischte?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Letschte Monat, welle Podcast hab i do am meischte agha?",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="Wie lang isch heit scho Musig glaufe in dr Kuche?",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Wieviel Stund hab i letschte Woch zugloset, insgesamt?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Geschtern z'Obed, wie lang hat des Glump do gspielt?",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wie viel Lieder hab i heit früh gspielt, beim Kaffee?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Seit Montag, wie viel Sache sin do glaufe, alles zamme?",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Wie viel verschiedene Künstler hab i des Johr ghört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Verschiedene Lieder, wie viel sin des gwä die letschte dreißig Täg?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wie oft hab i denn den Bohemian Rhapsody gspielt den Monat?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Die Queen, wie oft hab i die des Johr ghört, ha?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Wie oft lief bei mir de Hansi Hinterseer, überhaupt amol?",
        family="play_count",
        period="all_time",
        name="Hansi Hinterseer",
    ),
    Fresh(
        text="Hab i geschtern Justice ghört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Des Daily, den Podcast, hab i den vorgeschtern ghört oder net?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Sag amol, die Daft Punk, sin die letschte Woch bei mir glaufe?",
        family="did_i",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Hab i im Oktober ebbes vom Andreas Gabalier ghört?",
        family="did_i",
        period="october",
        name="Andreas Gabalier",
    ),
    Fresh(
        text="Was hab i geschtern Obed ghört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Am Samstag, was hen mir do in dr Kuche laufe ghabt?",
        family="what_played",
        period="saturday",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="Was isch denn heit Nachmittag glaufe, i war im Garte",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was isch geschtern um dreiviertel achte glaufe?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heit früh um viertel neune, was hat do gspielt?",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="Am Mittwoch um neune z'Nacht, was isch do glaufe?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Was für a Musig hör i eigentlich gern, was moinsch du?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um welle Zeit hör i normalerweis, und an welem Tag am meischte?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab i die letschte drei Monat ebber Neis entdeckt, en neue Künstler?",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Wie oft drück i weiter, also wie viel überspring i?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Spiel i immer des gleiche, ha, wie oft wiederhol i Lieder?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viel Täg am Stück hab i jetzt scho Musig ghört?",
        family="streak",
    ),
    Fresh(
        text="Wann hab i des erscht Mol Justice ghört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Den Don't Stop Me Now vo de Queen, wann isch der des erschte Mol glaufe?",
        family="first_play",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="Wann hab i s letschte Mol Air ghört?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="Des letschte Lied, wo i gspielt hab, was war des?",
        family="last_song",
    ),
    Fresh(
        text="Mit was für em Lied hab i heit de Tag agfange?",
        family="first_today",
    ),
    Fresh(
        text="Letschte Freitag, was war do des erschte Lied?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Was war letschte Nacht des letschte Lied, bevor i ins Bett bin?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Welles Lied drück i am meischte weg?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welle Künstler überspring i am öftschte, die mag i wohl net, gell",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welles Lied lauft bei mir grad in oim fort, immer wieder?",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl amol, wie war mei Oktober mit dr Musig?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mer an Überblick über mei Johr, so an Rückblick halt",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Hör i mehr am Morge oder mehr am Obed?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Lauft bei mir am Wochenend mehr Musig als unter dr Woch?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Am dritte November, was hab i do ghört, des war dr Geburtstag vo dr Resi",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Des letscht Wochenend, wie lang hen mir Musig ghört, mir zwoi?",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="Seit Oktober, wie viel Folge vo dem Daily hab i ghört?",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
]

NEGATIVES = [
    "Spiel amol Daft Punk in dr Kuche.",
    "Mach d Musig lauter, i hör nix.",
    "Leiser, des isch jo viel z laut.",
    "Was lauft grad in dr Kuche?",
    "Was isch des für a Lied, des gfallt mir.",
    "Überspring des Lied, des mag i net.",
    "Halt den Podcast a, s Telefon läutet.",
    "Nächschtes Lied.",
    "Spiel s Album Discovery.",
    "Mach s Licht in dr Kuche aus.",
    "Wie wird s Wetter morge, brauch i en Schirm?",
    "Stell en Wecker auf zwanzig Minute für d Kässpatza.",
    "Schreib Bergkäs auf d Einkaufslischt.",
    "Wie warm isch s in dr Stub?",
    "Dreh d Heizung höher, mi friert s.",
    "Spiel des durchanand, Zufallswiedergabe.",
    "Des Lied nomol, immer wieder, Wiederholung a.",
    "Hör auf mit dr Musig.",
    "Spiel The Daily.",
    "Wer singt des grad?",
    "Was hör i grad?",
    "Verbind den Lautsprecher in dr Kuche mit dem im Wohnzimmer.",
    "Spiel Blasmusik im Wohnzimmer.",
    "Lautstärke auf vier.",
    "Mach weiter mit dem Podcast.",
    "Spiel Queen, aber net so laut.",
]

"""Writer 296, Styrian (Steirisch) Austrian woman in her forties, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Sag amol, wer woa denn heuer mei Künstler Nummer oans",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hob i vurige Wochn am meisten g'hört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Von wem bin i in letzter Zeit so richtig narrisch, musikalisch mein i",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="die drei Künstler, die i am öftesten g'hört hob, insgesamt",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in da Kuchl, welcher Interpret lauft do am meisten",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Wos is denn mei Liad vom Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welches Liadl hob i im Sommer am meisten g'spielt, gö",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="meine fünf meistgespielten Lieder seit März, sag's ma bitte",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="welches Album is bei mir voriges Jahr am meisten g'laufen",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="mei Lieblingsalbum, wos is des eigentlich",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Welcher Podcast lauft bei mir am meisten seit Oktober",
        family="top_podcasts",
        period="since_october",
    ),
    Fresh(
        text="wos is denn der Podcast, den i in letzter Zeit dauernd hör",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie lang hob i heit scho Musi g'hört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie vü Stunden hamma vurige Wochn Musik laufen g'habt",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie lang is gestern am Abend bei mir wos g'laufen",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wie vü Liader hob i heit scho g'hört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie vü Folgen vom Podcast hob i im September g'hört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie oft hob i in den letzten sieben Tagen wos abgespielt, ungefähr",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie vü verschiedene Künstler hob i heuer g'hört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="mit wie vielen unterschiedlichen Interpreten hob i's im Oktober z'tun g'habt",
        family="artists_count",
        period="october",
    ),
    Fresh(
        text="wie vü verschiedene Liader warn's letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Wie viele unterschiedliche Songs hab i in den letzten drei Monaten g'hört",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft hob i Bohemian Rhapsody heuer g'spielt",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft is Daft Punk diese Wochn g'laufen",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hob i eigentlich den Gabalier g'hört",
        family="play_count",
        period="all_time",
        name="Andreas Gabalier",
    ),
    Fresh(
        text="Don't Stop Me Now, wie oft woa des in letzter Zeit dran",
        family="play_count",
        period="lately",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Hob i gestern Queen g'hört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="woa vorgestern irgendwos von Justice dabei",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="hamma am Wochenend a bissl Air g'hört",
        family="did_i",
        period="last_weekend",
        name="Air",
        person="we",
    ),
    Fresh(
        text="Hob i STS heuer überhaupt amol g'hört",
        family="did_i",
        period="this_year",
        name="STS",
    ),
    Fresh(
        text="Hab i am dritten November The Daily g'hört oder net",
        family="did_i",
        period="november_3",
        name="The Daily",
    ),
    Fresh(
        text="Wos hob i gestern auf d'Nacht g'hört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wos is heit in da Fruah g'laufen bei mir",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Wos hob i am Samstag so g'hört",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Was lief letzten Freitag, Musik mein i",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="wos is gestern auf d'Nacht um dreiviertel acht g'laufen",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Wos is heit um halb neun in da Fruah g'spielt worden",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="um viertel sechs heit am Nachmittag, wos woa do",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="vorgestern um neine auf d'Nacht, wos lief do",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Wos für a Musik mog i eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib amol mein Musikgeschmack, i bin neugierig",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wann hör i denn meistens Musik, so Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="um welche Zeit hör i am meisten, und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hob i in letzter Zeit wen Neuen entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler hob i im August zum ersten Mal g'hört",
        family="new_artists",
        period="august",
    ),
    Fresh(
        text="wie oft überspring i eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie vü hob i diese Wochn weitergedrückt, im Verhältnis",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="hör i oft dieselben Liader immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch is mei Wiederholungsrate im letzten Monat",
        family="repeat",
        period="last_month",
    ),
    Fresh(
        text="wie vü Tog hintereinander hob i jetzt scho wos g'hört",
        family="streak",
    ),
    Fresh(
        text="Wie lang is mei Serie, also Tage am Stück",
        family="streak",
    ),
    Fresh(
        text="Wann hob i Justice zum ersten Mal g'hört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="The Daily, wann woa des des erste Mal bei mir",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann hob i zletzt Cafe Tacuba g'hört",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann is Sexy Boy zum letzten Mal g'laufen",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wann hob i Seiler und Speer s'letzte Mal g'hört",
        family="last_play",
        name="Seiler und Speer",
    ),
    Fresh(
        text="Wos woa des letzte Liad, des i g'spielt hob",
        family="last_song",
    ),
    Fresh(
        text="welches Lied hob i zuletzt g'hört, ganz allgemein",
        family="last_song",
    ),
    Fresh(
        text="mit wos für an Liad bin i heit munter worden",
        family="first_today",
    ),
    Fresh(
        text="Wos woa heit des erste Lied",
        family="first_today",
    ),
    Fresh(
        text="welches Liad woa gestern des erste",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hob i vurige Wochn ang'fangen",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="Wos woa des letzte Lied am Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="mit wos hob i im September aufg'hört",
        family="last_in",
        period="september",
    ),
    Fresh(
        text="welches Liad druck i am öftesten weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Bei welchem Künstler überspring i am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Liad hob i momentan ständig in da Schleife",
        family="on_repeat",
    ),
    Fresh(
        text="wos is grad mei Ohrwurm, den i dauernd spü",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl amol, wie woa mei Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib ma an Überblick über mei Musikjahr",
        family="recap",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="wie woa mei Wochn so, musikalisch",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="A kurze Zusammenfassung vom letzten Sommer, bitte",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="Wie woa's bei uns voriges Monat mit da Musi",
        family="recap",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="Hör i mehr in da Fruah oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör i am Wochenend mehr oder eher unter da Wochn",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spü Daft Punk in da Kuchl",
    "mach die Musi a bissl lauter",
    "wie wird's Wetter morgen in Graz",
    "stell an Timer auf zwanzig Minuten für d'Knödl",
    "nächstes Liad",
    "wos is des für a Liad grad",
    "schalt's Licht in da Kuchl aus",
    "setz Kürbiskernöl auf die Einkaufsliste",
    "Podcast pausieren",
    "Zufallswiedergabe ein",
    "wos lauft grad",
    "dreh d'Heizung auf zweiazwanzg Grad",
    "spü des Album Discovery",
    "Wiederholen aus, bitte",
    "häng die Lautsprecher im Wohnzimmer und in da Kuchl zamm",
    "leiser bitte, des is ma z'laut",
    "spü Antenne Steiermark",
    "weck mi morgen um sechse",
    "stopp",
    "überspring des, des mog i net",
    "spü The Daily weiter",
    "Lautstärke auf vier",
]

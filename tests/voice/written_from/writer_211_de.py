"""Writer 211, fitness-minded runner (Saarland German, saarländisch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Ei jo, wer war dann die Woch mei Nummer eins beim Laafe?",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="Wen hann isch letscht Johr am meischde gehört?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Sag emol, mei drei Top-Künschtler seit Oktober",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="Vun wem war isch in letzter Zeit hall ganz verrückt?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Wer lief bei uns letscht Woch in de Kich am meischde?",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="Was war dann mei Lieblingslied im Sommer?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Mei fünf meischt gespielte Lieder vun dem Johr, bitte",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="Welles Lied hann isch im Auguscht am meischde laafe gehatt?",
        family="top_tracks",
        period="august",
    ),
    Fresh(
        text="Lied vum Monat, welles war's dann letschde Monat?",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="Mei Top-Lied die letschde zwei Woche, was war das?",
        family="top_tracks",
        period="last_2_weeks",
    ),
    # top_albums
    Fresh(
        text="Welles Album hann isch die letschde drei Monat am meischde gehört?",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="Mei Lieblingsalbum zwanzisch fünfunzwanzisch, ei was war dann das?",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="Welle Platt lief im September am meischde?",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="Welle Podcast is dann eigentlich mei Lieblingspodcast?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Was war mei Podcast Nummer eins seit März?",
        family="top_podcasts",
        period="since_march",
    ),
    # listening_time
    Fresh(
        text="Wie lang hann isch heit Musik gehört, beim Laafe unn so?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wieviel Stunn Mussik warn das die Woch?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Wie lang hammer letscht Woch in de Kich Musik laafe gehatt?",
        family="listening_time",
        period="last_week",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Wie lang lief geschder Owend ebbes?",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wieviel Minudde Podcast hann isch im Oktober gehört?",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Letschde Summer, wie lang hann isch do Mussik gehört, insgesamt?",
        family="listening_time",
        period="last_summer",
        content="music",
    ),
    # plays
    Fresh(
        text="Wieviel Lieder warn das heit morje beim Laafe?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Seit Mondaa, wieviel Lieder warn das insgesamt?",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="Wieviel Folge vum Podcast die letschde dreißisch Daa?",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Wie oft hammer am Wochenend ebbes abgespielt?",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Heit Nommedaach, wieviel Lieder sinn do gelaaf, ungefähr?",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wieviel verschiedene Künschtler hann isch die Woch gehört?",
        family="artists_count",
        period="this_week",
    ),
    Fresh(
        text="Wieviel verschiedene Bands warn das letscht Johr?",
        family="artists_count",
        period="last_year",
    ),
    Fresh(
        text="Wieviel unnerschiedliche Interprete insgesamt, so alles zamme?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="Wieviel verschiedene Lieder hann isch im Oktober gehört?",
        family="songs_count",
        period="october",
    ),
    Fresh(
        text="Wieviel unnerschiedliche Lieder die letschde sieve Daa?",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="Mir hann geschder doch so viel gehört, wieviel verschiedene Lieder warn das?",
        family="songs_count",
        period="yesterday",
        person="we",
    ),
    # play_count
    Fresh(
        text="Wie oft hann isch Bohemian Rhapsody die Woch gehört?",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wieviel mol lief Daft Punk im Sommer?",
        family="play_count",
        period="summer",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hann isch Eres vun Café Tacvba gespielt, insgesamt?",
        family="play_count",
        period="all_time",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Wie oft hat die Ada letschde Monat The Daily gehört?",
        family="play_count",
        period="last_month",
        name="The Daily",
        person="Ada",
    ),
    Fresh(
        text="Wie oft hann isch seit März Rammstein gehört?",
        family="play_count",
        period="since_march",
        name="Rammstein",
    ),
    Fresh(
        text="Ei jo, wie oft lief La femme d'argent im Auguscht?",
        family="play_count",
        period="august",
        name="La femme d'argent",
    ),
    # did_i
    Fresh(
        text="Hann isch geschder ebbes vun Justice gehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="War am Samschdaa Queen debei, beim lange Lauf?",
        family="did_i",
        period="saturday",
        name="Queen",
    ),
    Fresh(
        text="Lief in letzter Zeit mol Air?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="Hann mir letschde Friedaa Sexy Boy gehört?",
        family="did_i",
        period="last_friday",
        name="Sexy Boy",
        person="we",
    ),
    Fresh(
        text="Hann isch vorgeschder Digital Love gehört?",
        family="did_i",
        period="day_before_yesterday",
        name="Digital Love",
    ),
    Fresh(
        text="Dies Johr, hann isch do iwwerhaupt mol Wanda gehört?",
        family="did_i",
        period="this_year",
        name="Wanda",
    ),
    Fresh(
        text="Hann isch am dritte November Moon Safari gehört?",
        family="did_i",
        period="november_3",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="Was lief dann heit Nommedaach so beim Krafttraining?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was lief dann letscht Nacht?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was hann isch am Samschdaa uff meim lange Lauf gehört?",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Was hat die Ada geschder gehört?",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    Fresh(
        text="Vorgeschder, was lief do so?",
        family="what_played",
        period="day_before_yesterday",
    ),
    # playing_at
    Fresh(
        text="Ei, was hat dann geschder Owend so um Viertel vor acht gespielt?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was lief heit morje um halb neun, do war isch grad am Dehne",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Was war um Viertel nach fünf heit Nommedaach dran?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Was lief am Samschdaa um zwölf Uhr middaachs?",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="Vorgeschder Owend um neun, was lief do?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Was lief geschder um acht Uhr owends?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Letschde Friedaa morjens um acht, was hat do gespielt?",
        family="playing_at",
        moment="2026-11-13 08:00",
    ),
    # taste
    Fresh(
        text="Was für Mussik heer isch dann eigentlich so?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib mol mei Geschmack, was lauft bei mir beim Sport",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann heer isch normalerweis, um wieviel Uhr unn an welschem Daa?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Um wieviel Uhr hör isch die Woch am meischde?",
        family="peak",
        period="this_week",
    ),
    # new_artists
    Fresh(
        text="Hann isch die Woch ebbes Neues entdeckt, neue Künschtler?",
        family="new_artists",
        period="this_week",
    ),
    Fresh(
        text="Welle Künschtler hann isch im Sommer 's erschde Mol gehört?",
        family="new_artists",
        period="summer",
    ),
    # skips
    Fresh(
        text="Wie oft skip isch eigentlich?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hann isch letscht Woch weggedrückt?",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Hör isch immer die gleiche Lieder, wie hoch is die Wiederholungsrate?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wieviel wiederhol isch seit Oktober, so in Prozent?",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="Wieviel Daa hintereinanner hann isch jetzt schon gehört?",
        family="streak",
    ),
    Fresh(
        text="Wie lang geht mei Serie schon, Daa am Stück?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hann isch Daft Punk 's erschde Mol gehört?",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Wann lief Genesis 's allererschde Mol?",
        family="first_play",
        name="Genesis",
    ),
    # last_play
    Fresh(
        text="Wann hann isch's letschde Mol Café Tacvba gehört?",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann lief Don't Stop Me Now zuletzt?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann hann isch zuletzt Helene Fischer gehört?",
        family="last_play",
        name="Helene Fischer",
    ),
    # last_song
    Fresh(
        text="Was war's letschde Lied, wo isch gespielt hann?",
        family="last_song",
    ),
    Fresh(
        text="Was lief als allerletschdes, iwwerhaupt?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit was fürm Lied bin isch heit wach worr?",
        family="first_today",
    ),
    Fresh(
        text="Was war heit 's erschde Lied?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war 's erschde Lied geschder?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit was hann isch letscht Woch angefang?",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="Erschdes Lied im September?",
        family="first_in",
        period="september",
    ),
    # last_in
    Fresh(
        text="Was war's letschde Lied am Samschdaa?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Mit was hann isch geschder Owend uffgehört?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief ganz am Schluss im Oktober?",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Welles Lied drück isch am meischde weg?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welles Stück überspring isch am öfdschde?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welle Künschtler wird bei mir am meischde übersprung?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wen skip isch am meischde, welle Band?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Was hann isch grad in Dauerschleif?",
        family="on_repeat",
    ),
    Fresh(
        text="Welles Lied lauft bei mir im Moment rauf unn runner?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Ei jo, wie war dann mei Woch, so musikalisch?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Gebb mir mol e Rückblick uff de Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Mei Johresrückblick, bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Fass mol zamme, wie mei Höre so war",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie war's bei uns letscht Monat, so insgesamt?",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör isch morjens mehr oder owends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin isch mehr e Morjehörer oder e Owendhörer, seit März?",
        family="compare_day_parts",
        period="since_march",
    ),
    # compare_week
    Fresh(
        text="Hör isch am Wochenend mehr als unner de Woch?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Unner de Woch oder am Wochenend, wann lauft bei mir mehr, so im Sommer?",
        family="compare_week",
        period="summer",
    ),
]

NEGATIVES = [
    "Spiel mol Daft Punk in de Kich",
    "Mach die Mussik lauter, isch hör jo nix",
    "Was für e Lied is dann das?",
    "Nächschdes Lied",
    "Mach de Podcast mol uff Paus",
    "Mach's Licht in de Kich aus",
    "Spiel 's Album Discovery",
    "Stell e Timer uff zehn Minudde",
    "Wie werd's Wedder heit Owend, kann isch noch laafe gehn?",
    "Schreib Haferflocke uff die Einkaufslischt",
    "Stell die Heizung uff einunzwanzisch",
    "Was hör isch grad?",
    "Zufallswiedergabe an",
    "Wiederhol das Lied",
    "Lautstärke uff sechs",
    "Verbinn de Lautsprecher in de Kich mit dem im Wohnzimmer",
    "Was lauft grad in de Kich?",
    "Leiser, gell",
    "Stopp, ei jo, stopp",
    "Spiel The Daily",
    "Spiel ebbes Schnelles fürs Intervalltraining",
    "Weck misch um halb sechs",
    "Wie kalt is es drauße?",
    "Spring zurück, das Lied nochemol",
    "Füg das Lied zu meiner Laaf-Playlist dazu",
    "Mach die Mussik in de Kich aus",
    "Spiel Queen, Don't Stop Me Now, ganz laut",
    "Wer singt dann das do grad?",
    "Mach mol weiter mit de Mussik",
    "Wiederholen aus",
    "Zehn Sekunde vorspule",
    "Spiel die neischt Folg vun The Daily",
]

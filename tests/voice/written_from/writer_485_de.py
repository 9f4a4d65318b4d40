"""Writer 485, a Hessian pensioner from Frankfurt (Hessisch), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Ei gude, wie? Wen hab isch dann die Woch am meiste gehört",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="Sach emal, wer war dann mei Lieblingskünstler letzt Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Welsches Liedsche hab isch dann im Oktober am meiste laufe lasse",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Mei drei meistgespielte Lieder, sach mer die emal",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="In de Küch, was war dann des meistgespielte Lied seit März",
        family="top_tracks",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="Welsche Platt hab isch dann am meiste gehört, des Album mein isch",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Was war dann mei Lieblingsplatt im letzte Sommer",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="Welscher Podcast läuft dann bei mir in letzter Zeit am meiste",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie lang hab isch heut Musik gehört, gell",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viel Stunde lief dann bei uns in de Küch letzt Woch die Musik",
        family="listening_time",
        period="last_week",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Wie lang liefe dann die Podcasts in de letzte dreißisch Tach",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel Musik lief dann die letzte sieben Tach",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="Wie viel Lieder hab isch dann heut morsche gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft lief dann vorgestern ebbes, so insgesamt",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Wie viel Folge vom Podcast hab isch dann seit Montag gehört",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel verschiedene Künstler hab isch dann des Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viel verschiedene Lieder warn des dann im September",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="Wie oft hab isch dann die Bohemien Rapsodie von de Kwien gehört, gell",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="Daft Pank, wie oft lief der dann seit Oktober",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hat dann die Ada im Sommer des Don't Stop Me Now gehört",
        family="play_count",
        period="summer",
        name="Don't Stop Me Now",
        person="Ada",
    ),
    Fresh(
        text="Hab isch gestern Owend ebbes von Justice gehört, wie?",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="Hab isch dann jemals die Helene Fischer gehört",
        family="did_i",
        period="all_time",
        name="Helene Fischer",
    ),
    Fresh(
        text="Hab isch letzt Woch den Deili gehört, den Podcast",
        family="did_i",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="Hab isch die letzte drei Monat ebbes vom Wolfgang Petry gehört",
        family="did_i",
        period="last_3_months",
        name="Wolfgang Petry",
    ),
    Fresh(
        text="Was lief dann am Samstag bei mir so",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Was hab isch letzt Nacht so gehört",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was lief dann gestern so um Viertel vor acht am Owend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Ei was hat dann heut morsche um acht gedudelt",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Was für Musik hör isch dann eigentlich so, sach emal",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr hör isch dann meistens, und an welschem Tach",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab isch in letzter Zeit ebbes Neues entdeckt, so Künstler mein isch",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wer war dann neu dabei im August",
        family="new_artists",
        period="august",
    ),
    Fresh(
        text="Wie oft drück isch dann aufs Weiter, also wie viel überspring isch",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hab isch dann am dritte November ebbes übersprunge",
        family="skips",
        period="november_3",
    ),
    Fresh(
        text="Hör isch dann immer des gleiche Zeusch widder und widder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viel Tach am Stück hab isch dann jetzt schon ebbes gehört",
        family="streak",
    ),
    Fresh(
        text="Wann hab isch dann die Band Air zum erste Mal gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Wann hab isch des erste Mal die Moon Safari gehört, die Platt",
        family="first_play",
        name="Moon Safari",
    ),
    Fresh(
        text="Wann lief dann des Eres von dem Café Tacuba zum letzte Mal",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Was war dann des letzte Liedsche, wo isch gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="Mit welschem Lied hab isch dann heut de Tach angefange",
        family="first_today",
    ),
    Fresh(
        text="Was war dann des erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Und des letzte Lied am Freitag vor ener Woch, was war des",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welsches Lied überspring isch dann am meiste",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welsche Künstler drück isch dann am meiste weg, net gern gehört halt",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Was hab isch dann grad so dauernd laufe, des eine Lied",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl emal, wie war dann mein Oktober so, vom Höre her",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mer emal en Rückblick uffs ganze Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Hör isch dann mehr morsche oder mehr owends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör isch unner de Woch mehr oder am Wocheend, wie?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Ei mach emal die Musik lauter",
    "Spiel emal Daft Pank in de Küch",
    "Mach des Radio aus, des is mer zu laut",
    "Was is des dann für e Lied grad",
    "Überspring des Lied, des gefällt mer net",
    "Halt emal den Podcast an, isch muss ans Telefon",
    "Nächstes Lied im Wohnzimmer",
    "Mach's Licht in de Küch aus",
    "Spiel emal des Album Discovery",
    "Leiser, noch e bissi leiser",
    "Mach emal die Zufallswiedergabe an",
    "Des Lied in Dauerschleif, bitte",
    "Verbind emal die Lautsprescher in de Küch und im Wohnzimmer",
    "Stell mer en Timer auf zwanzisch Minute für die Grie Soß",
    "Wie werd dann des Wetter morsche in Frankfurt",
    "Schreib Äbbelwoi uff die Einkaufsliste",
    "Mach die Heizung e bissi höher, isch frier",
    "Was hör isch dann grad jetzt",
    "Spiel emal ebbes von de Kwien",
    "Wie spät isses dann",
    "Lautstärk auf fünf",
    "Spiel die Daily weiter, wo isch uffgehört hab",
    "Was läuft dann grad in de Küch",
    "Ei mach emal des Lied nochemal von vorne",
]

"""Issue 45's sixty-ninth turn, German: blind writers 466, 470 and 469.

A Basler speaking Baseldytsch (writer 466), a Vorarlberger in Alemannic
Austrian German (470) and a German music nerd in jargon (469) were scored
blind. What this file pins, in its own phrasings
(`parse.dialect_de_high_alemannic`, `parse.jargon_de`, `elsewhere` and net
lines in `sentences/de.yaml`):

- Basel's long i written as "y" in more words: "syt Oktober" had been read
  as October alone, "my Wuche" and "mys Johr" as this month, and
  "zwanzgi füfezwanzg" as all time (wrong facts); "wär han ich" (whom did
  I hear) as the top song; "Dä Daily, wenn han ich dä s letschte Mol
  ghört" as the last play of all. "dryssg", "wytergsprunge", "bsässe
  gsi", "neui", "verschiideni", "emol", a filler "do" went unread.
- Vorarlberg's "wia mängmol", "glosat", "hot d Ada", "weli Zit ...
  normalerwis" (had been answered with the top song), "meischt
  gspielta", "Zämmafassig", "gschwind".
- The music nerd's "Airplay" of a name, "auf dem Plattenteller" of a time;
  "von wem ist dieser Ohrwurm, der grad läuft" asks the player, and had
  been answered with the song on repeat.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "wär han ich dä Monet am meischte ghört",
        "wen habe ich diesen Monat am meisten gehört",
    ),
    (
        "de",
        "die drei meischtghörte Liedli syt Augschte",
        "meine drei meistgehörten Lieder seit August",
    ),
    (
        "de",
        "Top drei Bands im zwanzgi vierezwanzg",
        "Top drei Bands im Jahr 2024",
    ),
    ("de", "wie isch my Wuche gsi, musigmässig", "wie war meine Woche"),
    ("de", "e Rückblick uf mys Johr bitte", "einen Rückblick auf mein Jahr"),
    (
        "de",
        "wie oft han ich geschter wytergsprunge",
        "wie oft habe ich gestern übersprungen",
    ),
    ("de", "neui Künschtler syt Oktober", "neue Künstler seit Oktober"),
    (
        "de",
        "vo wäm bin ich dä Monet bsässe gsi",
        "wen habe ich diesen Monat am meisten gehört",
    ),
    ("de", "wia mängmol hon i Genesis glosat", "wie oft habe ich Genesis gehört"),
    (
        "de",
        "was hot d Ada geschter glosat",
        "was hat Ada gestern gehört",
    ),
    (
        "de",
        "um weli Zit los i normalerwis Podcasts",
        "um welche Uhrzeit höre ich normalerweise Podcasts",
    ),
    (
        "de",
        "nenn mr gschwind mini fünf meischt gspielta Liedle",
        "nenn mir meine fünf meistgespielten Lieder",
    ),
    (
        "de",
        "wie viel Airplay hatte Justice diesen Monat",
        "wie oft lief Justice diesen Monat",
    ),
    (
        "de",
        "was hatte ich gestern Abend auf dem Plattenteller",
        "was habe ich gestern Abend gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wievyl Mol isch Air die letschte dryssg Täg gloffe",
        "wie oft lief Air in den letzten dreißig Tagen",
        "de",
    ),
    (
        "gschwind a Zämmafassig vo de letschta zwoa Wucha",
        "gib mir eine Zusammenfassung der letzten zwei Wochen",
        "de",
    ),
    (
        "Wär han ich dä Monet am meischte ghört",
        "wen habe ich diesen Monat am meisten gehört",
        "de",
    ),
    (
        "Mini zwei meischtghörte Liedli syt Oktober",
        "meine zwei meistgehörten Lieder seit Oktober",
        "de",
    ),
    (
        "Top drü Künschtler im zwanzgi füfezwanzg",
        "Top drei Künstler im Jahr 2025",
        "de",
    ),
    ("Wie isch my Wuche gsi", "wie war meine Woche", "de"),
    ("Gib mr e Rückblick uf mys Johr", "gib mir einen Rückblick auf mein Jahr", "de"),
    (
        "Dä Daily, wenn han ich dä s letschte Mol ghört",
        "wann habe ich The Daily zuletzt gehört",
        "de",
    ),
    (
        "The Daily, wenn isch där s erscht Mol gloffa",
        "wann lief The Daily zum ersten Mal",
        "de",
    ),
    (
        "um weli Zit los i normalerwis Musig",
        "um welche Uhrzeit höre ich normalerweise Musik",
        "de",
    ),
    (
        "Syt Mäntig, isch do Genesis emol gloffe",
        "lief Genesis seit Montag",
        "de",
    ),
    ("wia mängmol hon i Genesis glosat", "wie oft habe ich Genesis gehört", "de"),
    (
        "was hon i vorgeschter z Obed glosat",
        "was habe ich vorgestern Abend gehört",
        "de",
    ),
    (
        "Wievyl verschiideni Liedli sind dä Monet gloffe",
        "wie viele verschiedene Lieder liefen diesen Monat",
        "de",
    ),
    (
        "wie viel Airplay hatte Daft Punk diesen Monat",
        "wie oft lief Daft Punk diesen Monat",
        "de",
    ),
    (
        "was hatte ich gestern auf dem Plattenteller",
        "was habe ich gestern gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("von wem ist dieser Ohrwurm, der grad läuft", "de"),
    ("wie heißt das Lied, das gerade läuft", "de"),
    ("von wem ist dieser Song, der jetzt spielt", "de"),
)

"""Write `readings.tsv` again: every question's reading as the parser reads it now.

Run after reading each change `test_written_from` names:
`PYTHONPATH=. python -m tests.voice.written_from.pin`.
"""

from . import PINS, questions, reading_of


def main() -> None:
    """Pin every writer question's reading, one tab-separated line each."""
    lines = sorted(
        {
            f"{language}\t{text}\t{reading_of(text, language)}"
            for language, text in questions()
        }
    )
    PINS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

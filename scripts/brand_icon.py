"""Draw Encore's icon: a music note inside a circular "play it again" arrow.

Run with the project's venv (Pillow ships with Home Assistant):
    .venv/bin/python scripts/brand_icon.py
It writes custom_components/encore/brand/icon.png (256 px) and icon@2x.png (512 px).
"""

import math
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "custom_components" / "encore" / "brand"
SUPERSAMPLE = 4
ARC = (29, 185, 84, 255)  # a green that reads on light and dark themes
NOTE = (33, 33, 33, 255)
NOTE_OUTLINE = (255, 255, 255, 255)


def draw(size: int) -> Image.Image:
    """Return the icon at `size` pixels, transparent outside the shapes."""
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    unit = big / 256

    # The "again" arrow: a thick arc, open at the top right, with a head.
    centre = big / 2
    radius = 100 * unit
    width = int(26 * unit)
    box = (centre - radius, centre - radius, centre + radius, centre + radius)
    start, end = -50, 250  # degrees, clockwise from 3 o'clock
    pen.arc(box, start=start, end=end, fill=ARC, width=width)
    mid_radius = radius - width / 2
    angle = math.radians(start)
    base_x = centre + mid_radius * math.cos(angle)
    base_y = centre + mid_radius * math.sin(angle)
    # The head points along the arc, counter-clockwise: "round again".
    along = (math.sin(angle), -math.cos(angle))
    across = (math.cos(angle), math.sin(angle))
    head = 34 * unit
    pen.polygon(
        [
            (base_x + along[0] * head, base_y + along[1] * head),
            (base_x + across[0] * head * 0.9, base_y + across[1] * head * 0.9),
            (base_x - across[0] * head * 0.9, base_y - across[1] * head * 0.9),
        ],
        fill=ARC,
    )

    # A bold eighth note in the middle, outlined so it stays legible at 32 px.
    def note(fill: tuple[int, int, int, int], grow: float) -> None:
        g = grow * unit
        head_box = (
            88 * unit - g,
            150 * unit - g,
            138 * unit + g,
            190 * unit + g,
        )
        pen.ellipse(head_box, fill=fill)
        pen.rectangle(
            (122 * unit - g, 70 * unit - g, 138 * unit + g, 172 * unit), fill=fill
        )
        pen.polygon(
            [
                (122 * unit - g, 66 * unit - g),
                (176 * unit + g, 92 * unit - g),
                (176 * unit + g, 124 * unit + g),
                (138 * unit, 104 * unit + g),
            ],
            fill=fill,
        )

    note(NOTE_OUTLINE, 6)
    note(NOTE, 0)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    """Write both icon sizes."""
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(OUT / "icon.png", optimize=True)
    draw(512).save(OUT / "icon@2x.png", optimize=True)
    draw(32).save("/tmp/encore-icon-32.png")
    print(f"wrote {OUT / 'icon.png'} and {OUT / 'icon@2x.png'}")


if __name__ == "__main__":
    main()

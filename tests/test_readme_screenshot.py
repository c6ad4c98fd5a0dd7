"""The README's screenshot shows the app as it is: regenerated here and compared with the committed one.

`python docs/make_screenshot.py` makes docs/screenshot.png from the bundled sample articles. Two runs on the same
machine differ only by a few anti-aliased pixels (a mean difference near 0.03 of 255 after scaling down); a window
that gained or lost a column, a pane or a toolbar button differs by several units. When this fails, run the script
and commit the new picture.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
COMMITTED = REPO / "docs" / "screenshot.png"
# Mean absolute difference per channel (0-255) between the two pictures scaled to 180x112.
TOLERANCE = 2.0


def _has_cjk_font() -> bool:
    if shutil.which("fc-list") is None:
        return False
    listed = subprocess.run(["fc-list", ":lang=ko"], capture_output=True, text=True, timeout=30).stdout
    return bool(listed.strip())


def _difference(a: Path, b: Path) -> float:
    from PySide6.QtGui import QImage

    first, second = QImage(str(a)), QImage(str(b))
    assert first.size() == second.size(), f"sizes differ: {first.size()} and {second.size()}"
    small = [
        img.convertToFormat(QImage.Format.Format_RGB32).scaled(180, 112) for img in (first, second)
    ]  # fmt: skip
    total = count = 0
    for y in range(small[0].height()):
        for x in range(small[0].width()):
            p, q = small[0].pixel(x, y), small[1].pixel(x, y)
            for shift in (0, 8, 16):
                total += abs(((p >> shift) & 255) - ((q >> shift) & 255))
                count += 1
    return total / count


@pytest.mark.skipif(not _has_cjk_font(), reason="needs a Korean font (fonts-noto-cjk) to draw the Korean sample")
def test_the_readme_screenshot_is_what_the_app_shows_today(tmp_path, qapp):
    fresh = tmp_path / "screenshot.png"
    done = subprocess.run(
        [sys.executable, str(REPO / "docs" / "make_screenshot.py"), str(fresh)],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    difference = _difference(fresh, COMMITTED)
    assert difference < TOLERANCE, (
        f"docs/screenshot.png is out of date (mean difference {difference:.1f} of 255): "
        "run `python docs/make_screenshot.py` and commit the picture"
    )

"""The window's start after Reader moved a damaged library aside: it says so, and offers the good backup."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader_app.services import backups
from reader_app.services import library as library_service
from reader_app.services.recovery import LibraryBroken
from reader_app.storage import articles as article_store


@pytest.mark.allow_modal  # a QTimer reads the start-up dialog and clicks its button, as the analyst would
def test_the_next_start_names_the_moved_library_and_offers_the_backup(qtbot, qt_settings, tmp_path):
    from reader_app.ui.startup.recovery import open_window

    path = tmp_path / "library.sqlite3"
    library = library_service.open_or_explain(path, remember=True)
    with library.atomic():
        for i in range(30):
            article_store.insert(
                {"title": f"A{i}", "text": f"Body {i}. " * 300, "content_hash": f"h{i}", "imported_at": "t"}
            )
    backups.backup_now(library)
    library.close()
    data = bytearray(path.read_bytes())
    middle = 4096 * (len(data) // 4096 // 2)
    data[middle : middle + 3 * 4096] = bytes(range(256)) * 48
    path.write_bytes(bytes(data))
    with pytest.raises(LibraryBroken) as broken:
        library_service.open_or_explain(path, remember=True)  # a CLI command met the damage: moved aside
    seen: dict = {}

    def read_and_restore() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "missingLibraryDialog"
        seen["text"] = box.text() + "\n" + box.informativeText()
        button = next(b for b in box.buttons() if b.text() == "Restore Newest Backup")
        seen["enabled"] = button.isEnabled()
        if button.isEnabled():
            button.click()
        else:
            next(b for b in box.buttons() if b.text() == "Quit").click()

    QTimer.singleShot(100, read_and_restore)
    window = open_window(path)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert "moved it aside" in seen["text"] or "moved it to" in seen["text"], seen["text"]
        assert str(broken.value.broken.moved_to) in seen["text"] and "missing" not in seen["text"]
        assert seen["enabled"]
        assert window.article_pane.model.rowCount() == 30
    finally:
        window.close()

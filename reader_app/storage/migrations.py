"""Named, ordered schema migrations; the library's user_version records the last one applied."""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

# The first schema, frozen as SQL: later migrations must start from exactly this, whatever the models say now.
# AUTOINCREMENT so an id is never handed out twice (undo restores deleted rows under their old ids).
_INITIAL_SCHEMA = [
    """CREATE TABLE "label" ("name" VARCHAR(255) NOT NULL PRIMARY KEY, "display_name" VARCHAR(255) NOT NULL,
    "color" VARCHAR(255) NOT NULL, "icon" VARCHAR(255) NOT NULL, "shortcut" VARCHAR(255) NOT NULL,
    "field_key" VARCHAR(255), "field_title" VARCHAR(255), "position" INTEGER NOT NULL)""",
    """CREATE TABLE "article" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL,
    "text" TEXT NOT NULL, "format" VARCHAR(255) NOT NULL, "encoding" VARCHAR(255) NOT NULL,
    "content_hash" VARCHAR(255) NOT NULL, "imported_at" VARCHAR(255) NOT NULL, "source" TEXT NOT NULL,
    "url" TEXT NOT NULL, "published" VARCHAR(255) NOT NULL, "byline" TEXT NOT NULL, "section" TEXT NOT NULL,
    "language" VARCHAR(255) NOT NULL, "body_start" INTEGER NOT NULL, "body_end" INTEGER NOT NULL,
    "source_path" TEXT NOT NULL)""",
    'CREATE UNIQUE INDEX "article_content_hash" ON "article" ("content_hash")',
    """CREATE TABLE "article_raw" ("article_id" INTEGER NOT NULL PRIMARY KEY, "data" BLOB NOT NULL,
    FOREIGN KEY ("article_id") REFERENCES "article" ("id") ON DELETE CASCADE)""",
    """CREATE TABLE "annotation" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "article_id" INTEGER NOT NULL,
    "label" VARCHAR(255) NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, "text" TEXT NOT NULL,
    "prefix" TEXT NOT NULL, "suffix" TEXT NOT NULL, "note" TEXT NOT NULL, "fields" TEXT NOT NULL,
    "annotator" VARCHAR(255) NOT NULL, "created_at" VARCHAR(255) NOT NULL, "updated_at" VARCHAR(255) NOT NULL,
    FOREIGN KEY ("article_id") REFERENCES "article" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("label") REFERENCES "label" ("name") ON DELETE RESTRICT ON UPDATE CASCADE)""",
    'CREATE INDEX "annotation_article_id" ON "annotation" ("article_id")',
    'CREATE INDEX "annotation_label" ON "annotation" ("label")',
    'CREATE INDEX "annotation_article_id_start" ON "annotation" ("article_id", "start")',
    """CREATE TABLE "company" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "canonical" VARCHAR(255) NOT NULL,
    "aliases" TEXT NOT NULL, "exchange" VARCHAR(255) NOT NULL, "ticker" VARCHAR(255) NOT NULL,
    "created_at" VARCHAR(255) NOT NULL)""",
    'CREATE UNIQUE INDEX "company_canonical" ON "company" ("canonical")',
    """CREATE TABLE "rejected_suggestion" ("id" INTEGER PRIMARY KEY AUTOINCREMENT,
    "article_id" INTEGER NOT NULL, "label" VARCHAR(255) NOT NULL, "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL, "text" TEXT NOT NULL,
    FOREIGN KEY ("article_id") REFERENCES "article" ("id") ON DELETE CASCADE)""",
    'CREATE INDEX "rejected_suggestion_article_id" ON "rejected_suggestion" ("article_id")',
    """CREATE UNIQUE INDEX "rejected_suggestion_article_id_label_start_end"
    ON "rejected_suggestion" ("article_id", "label", "start", "end")""",
]


def _create_initial_tables(db: SqliteDatabase) -> None:
    for statement in _INITIAL_SCHEMA:
        db.execute_sql(statement)


def _seed_labels(db: SqliteDatabase) -> None:
    rows = [
        ("company", "Company", "#2f7fd8", "mdi6.domain", "Ctrl+1", "canonical", "Company", 0),
        ("quote", "Quote", "#1f9d6b", "mdi6.format-quote-close", "Ctrl+2", "speaker", "Speaker", 1),
        ("speculation", "Speculation", "#e08a1e", "mdi6.crystal-ball", "Ctrl+3", "cue", "Cue", 2),
    ]
    # Plain SQL, like every migration: the models may have grown columns this version does not have yet.
    for row in rows:
        db.execute_sql(
            'INSERT INTO "label" ("name", "display_name", "color", "icon", "shortcut", "field_key", "field_title", '
            '"position") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            row,
        )


def _add_anchor_lost(db: SqliteDatabase) -> None:
    # Set when re-decoding an article's text left an annotation's exact text nowhere to be found.
    db.execute_sql("ALTER TABLE annotation ADD COLUMN anchor_lost INTEGER NOT NULL DEFAULT 0")


def _add_learned_items(db: SqliteDatabase) -> None:
    # What the engine learned from the analyst. A company or cue row points at the annotation that taught it
    # and counts only while that annotation exists (so undo and redo of the tag undo and redo the learning);
    # no foreign key, so the row outlives a delete that undo may revert. A rejection row stands alone.
    db.execute_sql(
        """CREATE TABLE "learned_item" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "kind" VARCHAR(255) NOT NULL,
        "annotation_id" INTEGER, "label" VARCHAR(255) NOT NULL, "phrase" TEXT NOT NULL,
        "rule" VARCHAR(255) NOT NULL, "created_at" VARCHAR(255) NOT NULL)"""
    )
    db.execute_sql('CREATE INDEX "learned_item_kind" ON "learned_item" ("kind")')
    db.execute_sql('CREATE INDEX "learned_item_annotation_id" ON "learned_item" ("annotation_id")')


def _add_list_index(db: SqliteDatabase) -> None:
    # The article list filters and sorts on these columns; a covering index lets it do so without reading
    # the article text, which sits before source and published in every row (690 MiB at 100,000 articles).
    db.execute_sql('CREATE INDEX "article_list_columns" ON "article" ("published", "source", "title", "imported_at")')
    # The list's filters (label present, annotator) find articles from these without reading annotation rows.
    db.execute_sql('CREATE INDEX "annotation_label_article" ON "annotation" ("label", "article_id")')
    db.execute_sql('CREATE INDEX "annotation_annotator_article" ON "annotation" ("annotator", "article_id")')


def _add_search_index(db: SqliteDatabase) -> None:
    # Contentless: only the index is stored. See storage/search_index.py for what each table answers.
    db.execute_sql(
        "CREATE VIRTUAL TABLE search_trigram USING fts5(title, body, content='', columnsize=0, "
        "tokenize='trigram case_sensitive 1')"
    )
    db.execute_sql(
        "CREATE VIRTUAL TABLE search_grams USING fts5(title, body, content='', detail=none, tokenize='ascii')"
    )
    from reader_app.storage import search_index

    search_index.rebuild(db.execute_sql("SELECT id, title, text FROM article ORDER BY id"), db)


def _add_company_index(db: SqliteDatabase) -> None:
    # Companies across the library and the company filter read canonical names from this index, never the
    # annotation rows (a million of them in a large library). The name is a column of its own, kept by
    # storage/annotations.py, not an index on json_extract(fields): with trusted_schema off (a library file must
    # not run functions it names), SQLite refuses a function in an index. Partial: only companies carry one.
    db.execute_sql('ALTER TABLE "annotation" ADD COLUMN "company_canonical" TEXT')
    db.execute_sql(
        "UPDATE annotation SET company_canonical = json_extract(fields, '$.canonical') WHERE label = 'company'"
    )
    db.execute_sql(
        'CREATE INDEX "annotation_company_article" ON "annotation" '
        "(company_canonical, article_id) WHERE label = 'company'"
    )


# (version, name, function). Append only: a released migration is never edited.
MIGRATIONS: list[tuple[int, str, Callable[[SqliteDatabase], None]]] = [
    (1, "initial tables", _create_initial_tables),
    (2, "seed the three built-in labels", _seed_labels),
    (3, "flag annotations whose text was lost when an article was re-decoded", _add_anchor_lost),
    (4, "remember what the engine learned from the analyst", _add_learned_items),
    (5, "index the article list's columns and filters apart from the text", _add_list_index),
    (6, "full-text search index over titles and bodies", _add_search_index),
    (7, "index company mentions by canonical name", _add_company_index),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]


def pending(current_version: int) -> list[tuple[int, str, Callable[[SqliteDatabase], None]]]:
    return [m for m in MIGRATIONS if m[0] > current_version]

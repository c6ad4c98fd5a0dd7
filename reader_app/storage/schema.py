"""peewee models of the library tables; every model binds to one proxy so a library path is injected."""

from __future__ import annotations

from peewee import (
    AutoField,
    BlobField,
    CharField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from reader_app.storage.binding import LibraryProxy

database = LibraryProxy()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class LabelRow(BaseModel):
    name = CharField(primary_key=True)
    display_name = CharField()
    color = CharField()
    icon = CharField()
    shortcut = CharField(default="")
    field_key = CharField(null=True)
    field_title = CharField(null=True)
    position = IntegerField(default=0)

    class Meta:
        table_name = "label"


class ArticleRow(BaseModel):
    id = AutoField()
    title = TextField()
    text = TextField()
    format = CharField(default="txt")
    encoding = CharField(default="utf-8")
    content_hash = CharField(unique=True)
    imported_at = CharField()
    source = TextField(default="")
    url = TextField(default="")
    published = CharField(default="")
    byline = TextField(default="")
    section = TextField(default="")
    language = CharField(default="")
    body_start = IntegerField(default=0)
    body_end = IntegerField(default=0)
    source_path = TextField(default="")

    class Meta:
        table_name = "article"


class ArticleRawRow(BaseModel):
    """Original bytes of an imported page, kept so it can be re-extracted or re-decoded later."""

    article = ForeignKeyField(ArticleRow, primary_key=True, on_delete="CASCADE", backref="raw")
    data = BlobField()

    class Meta:
        table_name = "article_raw"


class AnnotationRow(BaseModel):
    id = AutoField()
    article = ForeignKeyField(ArticleRow, on_delete="CASCADE", backref="annotations", index=True)
    label = ForeignKeyField(LabelRow, column_name="label", on_delete="RESTRICT", on_update="CASCADE")
    start = IntegerField()
    end = IntegerField()
    text = TextField()
    prefix = TextField(default="")
    suffix = TextField(default="")
    note = TextField(default="")
    fields = TextField(default="{}")  # JSON object: canonical / speaker / cue and user labels' fields
    annotator = CharField(default="")
    created_at = CharField()
    updated_at = CharField()
    anchor_lost = IntegerField(default=0)
    # A company's canonical name from `fields`, as a column so an index can hold it (migration 7).
    company_canonical = TextField(null=True)

    class Meta:
        table_name = "annotation"
        indexes = ((("article", "start"), False),)


class CompanyRow(BaseModel):
    """A company the analyst tagged or entered: layered over the shipped registry for suggestions."""

    id = AutoField()
    canonical = CharField(unique=True)
    aliases = TextField(default="[]")  # JSON list of strings
    exchange = CharField(default="")
    ticker = CharField(default="")
    created_at = CharField()

    class Meta:
        table_name = "company"


class RejectedSuggestionRow(BaseModel):
    """A suggestion the analyst rejected, so it stays rejected for that article."""

    id = AutoField()
    article = ForeignKeyField(ArticleRow, on_delete="CASCADE", index=True)
    label = CharField()
    start = IntegerField()
    end = IntegerField()
    text = TextField()

    class Meta:
        table_name = "rejected_suggestion"
        indexes = ((("article", "label", "start", "end"), True),)


class LearnedItemRow(BaseModel):
    """Something the engine learned from the analyst: a company or cue (via its annotation) or a rejection."""

    id = AutoField()
    kind = CharField(index=True)  # "company", "cue" or "rejection"
    annotation_id = IntegerField(null=True, index=True)  # the teaching annotation (company, cue)
    label = CharField(default="")  # rejection: the suggestion's label
    phrase = TextField(default="")  # rejection: the suggestion's text, normalised
    rule = CharField(default="")  # rejection: the rule that proposed it
    created_at = CharField()

    class Meta:
        table_name = "learned_item"


ALL_MODELS = [LabelRow, ArticleRow, ArticleRawRow, AnnotationRow, CompanyRow, RejectedSuggestionRow, LearnedItemRow]

-- Documents: one row per distinct content (hash). result holds the whole
-- extraction output (events with mentions, quotes, entities) as JSON so that a
-- document view can show every coded span.
CREATE TABLE documents (
	id        INTEGER PRIMARY KEY,
	ext_id    TEXT NOT NULL,
	hash      TEXT NOT NULL UNIQUE,
	url       TEXT NOT NULL DEFAULT '',
	title     TEXT NOT NULL DEFAULT '',
	source    TEXT NOT NULL DEFAULT '',
	date      TEXT NOT NULL DEFAULT '',
	ingested  TEXT NOT NULL,
	text      TEXT NOT NULL,
	result    TEXT NOT NULL
);
CREATE INDEX documents_ext_id ON documents(ext_id);

CREATE TABLE sentences (
	doc_id INTEGER NOT NULL REFERENCES documents(id),
	idx    INTEGER NOT NULL,
	start  INTEGER NOT NULL,
	"end"  INTEGER NOT NULL,
	PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

-- Events merged across documents. mkey = type|actor keys|recipient keys|status;
-- day is the event date as days since 1970 (NULL when undated), used to merge
-- reports within store.MergeDays and to filter by date.
CREATE TABLE events (
	id          INTEGER PRIMARY KEY,
	uid         TEXT NOT NULL UNIQUE,
	mkey        TEXT NOT NULL,
	type        TEXT NOT NULL,
	kind        TEXT NOT NULL DEFAULT '',
	mode        TEXT NOT NULL DEFAULT '',
	status      TEXT NOT NULL DEFAULT '',
	date        TEXT NOT NULL DEFAULT '',
	day         INTEGER,
	confidence  REAL NOT NULL DEFAULT 0,
	num_mentions INTEGER NOT NULL DEFAULT 0,
	num_docs    INTEGER NOT NULL DEFAULT 0,
	first_seen  TEXT NOT NULL DEFAULT '',
	last_seen   TEXT NOT NULL DEFAULT '',
	sources     TEXT NOT NULL DEFAULT '', -- distinct document sources, tab-separated
	first_doc   INTEGER,                  -- the document of the first report
	record      TEXT NOT NULL
);
CREATE INDEX events_mkey_day ON events(mkey, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_type_day ON events(type, day);
CREATE INDEX events_kind_day ON events(kind, day);

-- Actor (role 'a') and recipient (role 'r') keys of an event, for filters.
CREATE TABLE event_keys (
	event_id INTEGER NOT NULL REFERENCES events(id),
	role     TEXT NOT NULL,
	key      TEXT NOT NULL,
	name     TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (key, role, event_id)
) WITHOUT ROWID;
CREATE INDEX event_keys_event ON event_keys(event_id);

-- One row per report of an event in a document.
CREATE TABLE mentions (
	id       INTEGER PRIMARY KEY,
	event_id INTEGER NOT NULL REFERENCES events(id),
	doc_id   INTEGER NOT NULL REFERENCES documents(id),
	uid      TEXT NOT NULL,
	sentence INTEGER NOT NULL,
	start    INTEGER NOT NULL,
	"end"    INTEGER NOT NULL,
	trigger  TEXT NOT NULL DEFAULT '',
	rule     TEXT NOT NULL DEFAULT '',
	evidence TEXT NOT NULL DEFAULT '',
	record   TEXT NOT NULL
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_doc ON mentions(doc_id);

CREATE TABLE entities (
	doc_id  INTEGER NOT NULL REFERENCES documents(id),
	start   INTEGER NOT NULL,
	"end"   INTEGER NOT NULL,
	name    TEXT NOT NULL DEFAULT '',
	country TEXT NOT NULL DEFAULT '',
	org     TEXT NOT NULL DEFAULT '',
	sector  TEXT NOT NULL DEFAULT '',
	role    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entities_doc ON entities(doc_id);

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id');
CREATE VIRTUAL TABLE mentions_fts USING fts5(evidence, content='mentions', content_rowid='id');

-- The SQLite schema (store/sqlite/migrations) in PostgreSQL terms. Text that
-- is compared or sorted is COLLATE "C": bytewise, as in SQLite and Go, so
-- both backends order events, sources and keys the same whatever the
-- database's locale. Full text uses the 'simple' configuration (lower case,
-- no stemming, no stop words): the words SQLite's FTS5 matches.

CREATE TABLE documents (
	id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	ext_id   text COLLATE "C" NOT NULL,
	hash     text COLLATE "C" NOT NULL UNIQUE,
	url      text NOT NULL DEFAULT '',
	title    text NOT NULL DEFAULT '',
	source   text COLLATE "C" NOT NULL DEFAULT '',
	date     text COLLATE "C" NOT NULL DEFAULT '',
	ingested timestamptz NOT NULL,
	text     text NOT NULL,
	result   text NOT NULL,
	tsv      tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || text)) STORED
);
CREATE INDEX documents_ext_id ON documents(ext_id);
CREATE INDEX documents_date ON documents(date DESC, hash DESC);
CREATE INDEX documents_tsv ON documents USING gin(tsv);

CREATE TABLE sentences (
	doc_id bigint NOT NULL REFERENCES documents(id),
	idx    integer NOT NULL,
	start  integer NOT NULL,
	"end"  integer NOT NULL,
	PRIMARY KEY (doc_id, idx)
);

-- Events merged across documents (store.Place): uid names the merge key and
-- window, so concurrent writers upsert on it. rank is the store.ReportRank
-- of the representative report, whose record, date, day, mode and document
-- the row carries.
CREATE TABLE events (
	id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	uid          text COLLATE "C" NOT NULL UNIQUE,
	mkey         text COLLATE "C" NOT NULL,
	type         text COLLATE "C" NOT NULL,
	kind         text COLLATE "C" NOT NULL DEFAULT '',
	mode         text NOT NULL DEFAULT '',
	status       text COLLATE "C" NOT NULL DEFAULT '',
	date         text COLLATE "C" NOT NULL DEFAULT '',
	day          bigint,
	confidence   double precision NOT NULL DEFAULT 0,
	num_mentions integer NOT NULL DEFAULT 0,
	num_docs     integer NOT NULL DEFAULT 0,
	first_seen   text COLLATE "C" NOT NULL DEFAULT '',
	last_seen    text COLLATE "C" NOT NULL DEFAULT '',
	sources      text COLLATE "C" NOT NULL DEFAULT '', -- distinct document sources, sorted, tab-separated
	first_doc    bigint REFERENCES documents(id),     -- the representative report's document
	record       text NOT NULL,
	rank         text COLLATE "C" NOT NULL
);
CREATE INDEX events_day ON events(day, uid);
CREATE INDEX events_type_day ON events(type, day);
CREATE INDEX events_kind_day ON events(kind, day);

-- Actor (role 'a') and recipient (role 'r') keys of an event, for filters;
-- named as the representative report names them.
CREATE TABLE event_keys (
	event_id bigint NOT NULL REFERENCES events(id),
	role     text COLLATE "C" NOT NULL,
	key      text COLLATE "C" NOT NULL,
	name     text COLLATE "C" NOT NULL DEFAULT '',
	PRIMARY KEY (key, role, event_id)
);
CREATE INDEX event_keys_event ON event_keys(event_id);

-- One row per report of an event in a document.
CREATE TABLE mentions (
	id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	event_id bigint NOT NULL REFERENCES events(id),
	doc_id   bigint NOT NULL REFERENCES documents(id),
	uid      text COLLATE "C" NOT NULL,
	sentence integer NOT NULL,
	start    integer NOT NULL,
	"end"    integer NOT NULL,
	trigger  text NOT NULL DEFAULT '',
	rule     text NOT NULL DEFAULT '',
	evidence text NOT NULL DEFAULT '',
	record   text NOT NULL,
	tsv      tsvector GENERATED ALWAYS AS (to_tsvector('simple', evidence)) STORED
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mentions_tsv ON mentions USING gin(tsv);

CREATE TABLE entities (
	doc_id  bigint NOT NULL REFERENCES documents(id),
	start   integer NOT NULL,
	"end"   integer NOT NULL,
	name    text NOT NULL DEFAULT '',
	country text NOT NULL DEFAULT '',
	org     text NOT NULL DEFAULT '',
	sector  text NOT NULL DEFAULT '',
	role    text NOT NULL DEFAULT ''
);
CREATE INDEX entities_doc ON entities(doc_id);

-- Reports merge by fixed calendar windows (store.Place): an event's uid names
-- its merge key and window, so merging needs no (mkey, day) lookup. rank is
-- the store.ReportRank of the event's representative report; events stored
-- before this migration keep their record ('' ranks first). The day index
-- carries uid, the tie-break that makes event order independent of ingest
-- order.
ALTER TABLE events ADD COLUMN rank TEXT NOT NULL DEFAULT '';
DROP INDEX events_mkey_day;
DROP INDEX events_day;
CREATE INDEX events_day ON events(day, uid);

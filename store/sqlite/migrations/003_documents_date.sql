-- The document list (GET /api/documents, the UI's /documents) pages newest
-- first; without this index every page sorted all documents first.
CREATE INDEX documents_date ON documents(date, hash);

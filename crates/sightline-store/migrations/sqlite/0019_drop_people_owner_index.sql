-- No query reads people by owner_org alone (lists read newest first by id and apply the
-- access policy to each row), and organisations are never deleted, so this index was
-- written on every insert and read by nothing: a sixth of an import's B-tree work.
DROP INDEX IF EXISTS people_owner;

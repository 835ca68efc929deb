-- A publish that reuses an idempotency key must be the same request: a SHA-256 of its payload is
-- kept with the key, and another payload under the key is refused. Null for articles published
-- before: any payload under their key counts as the same.
alter table article add column idempotency_fingerprint varchar(64);

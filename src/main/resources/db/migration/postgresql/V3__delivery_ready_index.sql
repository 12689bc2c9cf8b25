-- Dispatchers take ready rows oldest first. Final rows (ready_at NULL) are the vast majority over
-- time, so PostgreSQL indexes only the rows still in play.
CREATE INDEX delivery_ready ON delivery (ready_at) WHERE ready_at IS NOT NULL;

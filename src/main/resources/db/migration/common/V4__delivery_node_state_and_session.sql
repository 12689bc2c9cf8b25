-- What each delivering process wants of the shared rate limit (an idle one gives its share away),
-- and, on PostgreSQL, the key of the session lock that shows its connection is still open: a
-- killed process's lock goes with its connection, long before its last heartbeat is old.
ALTER TABLE delivery_node ADD COLUMN state VARCHAR(10) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE delivery_node ADD CONSTRAINT delivery_node_state CHECK (state IN ('ACTIVE', 'BOOSTED', 'IDLE'));
ALTER TABLE delivery_node ADD COLUMN session_key INTEGER;

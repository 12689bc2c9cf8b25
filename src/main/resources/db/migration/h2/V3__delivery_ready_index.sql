-- Dispatchers take ready rows oldest first; H2 has no partial indexes, so every row is indexed.
CREATE INDEX delivery_ready ON delivery (ready_at);

-- Asking for a training job first writes this one row, which holds its lock to the end of the asking
-- transaction: two requests at once (two clicks, two tabs, two instances) queue behind each other, and the
-- second finds the first one's job unfinished and returns it instead of queuing another. The write (not only
-- a locking read) also makes concurrent requests on two nodes of a Galera cluster conflict at commit.
CREATE TABLE ml_training_requests (
    id TINYINT NOT NULL PRIMARY KEY,
    last_requested_at DATETIME(6) NULL
);

INSERT INTO ml_training_requests (id, last_requested_at) VALUES (1, NULL);

-- Insights: a training job belongs to the instance that queued it. The owner keeps a heartbeat on its
-- unfinished jobs, so any instance can tell a job still being worked on from one whose instance stopped.
-- A run that must happen once across instances (a schedule's fire time, a shop's first start) claims a
-- unique key, so with several instances it starts one job, not one per instance.

ALTER TABLE ml_training_jobs
    ADD COLUMN owner        VARCHAR(100) NULL AFTER requested_by,
    ADD COLUMN claim        VARCHAR(100) NULL AFTER owner,
    ADD COLUMN heartbeat_at DATETIME(6)  NULL AFTER finished_at,
    ADD CONSTRAINT uq_ml_training_jobs_claim UNIQUE (claim);

UPDATE ml_training_jobs SET heartbeat_at = COALESCE(started_at, created_at);

ALTER TABLE ml_training_jobs MODIFY heartbeat_at DATETIME(6) NOT NULL;

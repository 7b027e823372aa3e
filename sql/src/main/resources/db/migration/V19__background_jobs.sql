-- Background jobs: a long user action (a batch action on thousands of orders, later pre-advice of a wave or a
-- re-run of rules) is one row here and one item per order. The submitting request commits the job and its items;
-- runners on any node claim a due job with a lease (holder and end), renew it after every chunk they commit,
-- and a job whose holder died (its lease ran out) is taken over where its committed items left it.
-- MySQL dialect; the same file runs on H2 in MySQL mode.

CREATE TABLE app_job (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(64)   NOT NULL,
    params        VARCHAR(4000),
    actor         VARCHAR(200)  NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    total         INT           NOT NULL,
    done          INT           NOT NULL DEFAULT 0,
    lease_holder  VARCHAR(200),
    leased_until  DATETIME(3),
    created_at    DATETIME(3)   NOT NULL,
    finished_at   DATETIME(3)
);
CREATE INDEX ix_job_due ON app_job (state, leased_until);

-- One order of a job: PENDING until the chunk that holds it commits, then SUCCEEDED or FAILED with the
-- reason in English and as a refusal code with its arguments (typed, so that a reader's language names them).
CREATE TABLE app_job_item (
    job_id        BIGINT        NOT NULL,
    seq           INT           NOT NULL,
    order_id      BIGINT        NOT NULL,
    outcome       VARCHAR(16)   NOT NULL,
    reason        VARCHAR(1000),
    refusal_code  VARCHAR(64),
    refusal_args  VARCHAR(1000),
    PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_job_item_job FOREIGN KEY (job_id) REFERENCES app_job (id)
);

-- A logistics method can be switched off: no new order is given it, and a bulk change to it is refused.
ALTER TABLE lgs_method ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;

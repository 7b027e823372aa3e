-- Who may work on which shops, and failed sign-ins counted for throttling.
-- A user with no row in app_user_shop works on every shop (admins always do).
-- app_sign_in_failure keeps one counter per user name and client address, in the database so that
-- every node of a cluster refuses the same attempts: failures counted since first_failed_at (the
-- window), and blocked_until once too many fell in one window. A successful sign-in removes the row.
-- MySQL dialect; the same file runs on H2 in MySQL mode.

CREATE TABLE app_user_shop (
    user_id  BIGINT NOT NULL,
    shop_id  BIGINT NOT NULL,
    PRIMARY KEY (user_id, shop_id),
    CONSTRAINT fk_user_shop_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_shop_shop FOREIGN KEY (shop_id) REFERENCES chn_shop (id)
);
CREATE INDEX ix_user_shop_shop ON app_user_shop (shop_id);

CREATE TABLE app_sign_in_failure (
    username         VARCHAR(255)  NOT NULL,
    address          VARCHAR(64)   NOT NULL,
    failures         INT           NOT NULL,
    first_failed_at  DATETIME(3)   NOT NULL,
    blocked_until    DATETIME(3),
    PRIMARY KEY (username, address)
);

-- What each person chose for the pages: the language they read and the time zone they think in.
-- Kept apart from app_user so that the account's own columns stay the access feature's.
CREATE TABLE app_user_preference (
    username    VARCHAR(64)  NOT NULL PRIMARY KEY,
    locale      VARCHAR(16)  NULL,
    time_zone   VARCHAR(64)  NULL,
    updated_at  DATETIME(3)  NOT NULL
);

-- Settings the trend views read (classifier version, anomaly threshold, minimum event n), written by refresh_views.
CREATE TABLE IF NOT EXISTS view_settings (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- Forms sent twice do their work once (ADR 0022). Each form Hubcycle renders for a POST carries a random
-- token; the first request with it claims this row, and records where it sent the browser. A second request
-- with the same token (a double click, a resend after a lost response) is sent there too, without doing the
-- work again, if it comes from the same person (made_by: the signed-in user's name, or null for a visitor).
-- Rows are kept for a day.
CREATE TABLE form_submission (
    token       varchar(22)              NOT NULL PRIMARY KEY,
    made_by     varchar(320),
    outcome     varchar(2000),
    received_at timestamp with time zone NOT NULL
);
CREATE INDEX form_submission_received_at ON form_submission (received_at);

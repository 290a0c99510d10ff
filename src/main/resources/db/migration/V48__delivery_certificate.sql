-- A certificate of participation, once issued, keeps the day it was issued and a code printed on it, with
-- which anyone it is shown to (a school, an employer) can check it online (ADR 0033).
CREATE TABLE issued_certificate (
    participant_id BIGINT      NOT NULL,
    hub_id         BIGINT      NOT NULL,
    code           VARCHAR(12) NOT NULL,
    issued_on      DATE        NOT NULL,
    CONSTRAINT issued_certificate_pk PRIMARY KEY (participant_id),
    CONSTRAINT issued_certificate_code_uq UNIQUE (code)
);

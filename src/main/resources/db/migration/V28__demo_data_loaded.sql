-- Demo mode only: which academic year's demo data, from which modules, is complete. A second start reads
-- this one row instead of asking every module (issue 14 point 5, ADR 0019). Empty in production.
CREATE TABLE demo_data_loaded (
    academic_year varchar(7) NOT NULL,
    modules varchar(1000) NOT NULL,
    loaded_at timestamp with time zone NOT NULL,
    PRIMARY KEY (academic_year, modules)
);
